// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/WahaEvents.h"
#include "linking/GatewayAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ChannelDesk {

namespace {

QString mediaType(const QJsonObject& payload)
{
    const QString mime
        = payload.value(QLatin1String("media")).toObject().value(QLatin1String("mimetype")).toString();
    if (mime.startsWith(QLatin1String("image/")))
        return QStringLiteral("image");
    if (mime.startsWith(QLatin1String("video/")))
        return QStringLiteral("video");
    if (mime.startsWith(QLatin1String("audio/")))
        return QStringLiteral("audio");
    return QStringLiteral("document");
}

QDateTime timestampFrom(const QJsonValue& value)
{
    const qint64 number = qint64(value.toDouble());
    if (number <= 0)
        return QDateTime::currentDateTimeUtc();
    // Message payloads count seconds, envelopes milliseconds; tell them apart by magnitude.
    return number > 100000000000LL ? QDateTime::fromMSecsSinceEpoch(number, Qt::UTC)
                                   : QDateTime::fromSecsSinceEpoch(number, Qt::UTC);
}

// WAHA's own id for a message: fromMe, the chat in @c.us form and the engine's short id.
QString serializedId(bool fromMe, const QString& chatJid, const QString& shortId)
{
    QString chat = chatJid;
    chat.replace(QLatin1String("@s.whatsapp.net"), QLatin1String("@c.us"));
    return (fromMe ? QLatin1String("true_") : QLatin1String("false_")) + chat + QLatin1Char('_') + shortId;
}

} // namespace

std::optional<WahaEvents::Envelope> WahaEvents::parseEnvelope(const QString& frame)
{
    const QJsonDocument document = QJsonDocument::fromJson(frame.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    Envelope envelope;
    envelope.raw = document.object();
    envelope.event = envelope.raw.value(QLatin1String("event")).toString();
    if (envelope.event.isEmpty())
        return std::nullopt;
    envelope.session = envelope.raw.value(QLatin1String("session")).toString();
    envelope.payload = envelope.raw.value(QLatin1String("payload")).toObject();
    envelope.me = envelope.raw.value(QLatin1String("me")).toObject();
    return envelope;
}

GatewayMessage WahaEvents::toMessage(const QJsonObject& payload)
{
    GatewayMessage message;
    message.raw = payload;
    message.messageId = messageId(payload.value(QLatin1String("id")));
    message.fromMe = payload.value(QLatin1String("fromMe")).toBool();
    message.chatJid = payload.value(message.fromMe ? QLatin1String("to") : QLatin1String("from")).toString();
    message.peer = normalisePeer(message.chatJid);
    message.text = payload.value(QLatin1String("body")).toString();
    message.type
        = payload.value(QLatin1String("hasMedia")).toBool() ? mediaType(payload) : QStringLiteral("text");
    message.timestamp = timestampFrom(payload.value(QLatin1String("timestamp")));
    // The contact's display name sits in the engine's raw data: notifyName (WEBJS), pushName (NOWEB).
    const QJsonObject data = payload.value(QLatin1String("_data")).toObject();
    message.peerName = data.value(QLatin1String("notifyName")).toString();
    if (message.peerName.isEmpty())
        message.peerName = data.value(QLatin1String("pushName")).toString();
    return message;
}

std::optional<GatewayAck> WahaEvents::toAck(const QJsonObject& payload)
{
    static const QStringList names{QStringLiteral("PENDING"), QStringLiteral("SERVER"),
                                   QStringLiteral("DEVICE"), QStringLiteral("READ"),
                                   QStringLiteral("PLAYED")};
    const QString name = payload.value(QLatin1String("ackName")).toString().toUpper();
    if (name == QLatin1String("ERROR"))
        return GatewayAck::Error;
    if (const qsizetype index = names.indexOf(name); index >= 0)
        return GatewayAck(int(index));
    const QJsonValue number = payload.value(QLatin1String("ack"));
    if (number.isDouble() && number.toInt() >= -1 && number.toInt() <= 4)
        return GatewayAck(number.toInt());
    return std::nullopt;
}

QString WahaEvents::messageId(const QJsonValue& id)
{
    if (id.isString())
        return id.toString();
    const QJsonObject object = id.toObject();
    if (const QString serialized = object.value(QLatin1String("_serialized")).toString();
        !serialized.isEmpty())
        return serialized;
    return object.value(QLatin1String("id")).toString();
}

LinkState WahaEvents::stateFromStatus(const QString& status)
{
    const QString upper = status.toUpper();
    if (upper == QLatin1String("STARTING"))
        return LinkState::Starting;
    if (upper == QLatin1String("SCAN_QR_CODE"))
        return LinkState::AwaitingScan;
    if (upper == QLatin1String("WORKING"))
        return LinkState::Connected;
    if (upper == QLatin1String("FAILED"))
        return LinkState::Failed;
    if (upper == QLatin1String("STOPPED"))
        return LinkState::Stopped;
    return LinkState::Unknown;
}

QString WahaEvents::sentMessageId(const QJsonObject& response, const QString& chatId)
{
    const QJsonObject key = response.value(QLatin1String("key")).toObject();
    if (const QString shortId = key.value(QLatin1String("id")).toString(); !shortId.isEmpty()) {
        // NOWEB gives Baileys' short id, while its events use WAHA's serialized form; build that so
        // acks and the message.any echo match the id we report.
        const QString remote = key.value(QLatin1String("remoteJid")).toString();
        return serializedId(key.value(QLatin1String("fromMe")).toBool(true),
                            remote.isEmpty() ? chatId : remote, shortId);
    }
    if (const QString id = messageId(response.value(QLatin1String("id"))); !id.isEmpty())
        return id;
    // Some WEBJS builds wrap the message: {_data: {id: {_serialized}}}.
    return messageId(response.value(QLatin1String("_data")).toObject().value(QLatin1String("id")));
}

QString WahaEvents::chatIdFor(const QString& peer)
{
    if (peer.contains(QLatin1Char('@')))
        return peer;
    return normalisePeer(peer) + QLatin1String("@c.us");
}

} // namespace ChannelDesk
