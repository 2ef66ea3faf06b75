// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/GatewayEventBody.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ChannelDesk {
namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

QByteArray GatewayEventBody::encode(const GatewayEvent& event)
{
    QJsonObject object;
    if (!event.ackMessageId.isEmpty()) {
        object.insert(key("ack"), event.ackMessageId);
        object.insert(key("status"), event.ackStatus);
    } else {
        const GatewayMessage& m = event.message;
        object.insert(key("id"), m.messageId);
        object.insert(key("peer"), m.peer);
        object.insert(key("chat"), m.chatJid);
        object.insert(key("name"), m.peerName);
        object.insert(key("me"), m.fromMe);
        object.insert(key("type"), m.type);
        object.insert(key("text"), m.text);
        object.insert(key("ts"), m.timestamp.isValid() ? m.timestamp.toMSecsSinceEpoch() : qint64(0));
        object.insert(key("raw"), m.raw);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<GatewayEvent> GatewayEventBody::decode(const QByteArray& body, const QString& channelId,
                                              const QDateTime& at)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("GatewayEventBody", "Not a gateway event: %1")
                         .arg(error.error == QJsonParseError::NoError ? QStringLiteral("not an object")
                                                                      : error.errorString())};
    const QJsonObject object = document.object();
    GatewayEvent event;
    event.channelId = channelId;
    event.at = at;
    const auto ack = object.constFind(key("ack"));
    if (ack != object.constEnd()) {
        event.ackMessageId = ack->toString();
        event.ackStatus = object.value(key("status")).toString();
        return event;
    }
    GatewayMessage& m = event.message;
    m.messageId = object.value(key("id")).toString();
    m.peer = object.value(key("peer")).toString();
    m.chatJid = object.value(key("chat")).toString();
    m.peerName = object.value(key("name")).toString();
    m.fromMe = object.value(key("me")).toBool();
    m.type = object.value(key("type")).toString();
    m.text = object.value(key("text")).toString();
    const qint64 ts = object.value(key("ts")).toInteger();
    if (ts > 0)
        m.timestamp = QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC);
    m.raw = object.value(key("raw")).toObject();
    if (m.messageId.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("GatewayEventBody", "A gateway message without its id")};
    return event;
}

} // namespace ChannelDesk
