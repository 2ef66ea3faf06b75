// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeWahaEventHub.h"
#include "FakeGatewayFront.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

FakeWahaEventHub::FakeWahaEventHub(FakeGatewayFront* front, QString keyParameter, QString key,
                                   QObject* parent)
    : QObject(parent)
    , m_front(front)
    , m_keyParameter(std::move(keyParameter))
    , m_key(std::move(key))
{
    connect(m_front, &FakeGatewayFront::webSocketConnected, this, &FakeWahaEventHub::accept);
}

void FakeWahaEventHub::accept(QWebSocket* socket)
{
    const QUrlQuery query(socket->requestUrl());
    // WAHA accepts the upgrade and then closes with 1008 when the key is wrong.
    if (query.queryItemValue(m_keyParameter, QUrl::FullyDecoded) != m_key) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("Unauthorized"));
        emit clientArrived(false);
        return;
    }
    QStringList events;
    for (const QString& value : query.allQueryItemValues(QStringLiteral("events"), QUrl::FullyDecoded))
        events += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    // No filter (the connection gateway's feed): everything.
    socket->setProperty("events", events.isEmpty() ? QStringList{QStringLiteral("*")} : events);
    const QString session = query.queryItemValue(QStringLiteral("session"), QUrl::FullyDecoded);
    socket->setProperty("session", session.isEmpty() ? QStringLiteral("*") : session);
    emit clientArrived(true);
}

void FakeWahaEventHub::publish(const QString& session, const QString& event, const QJsonObject& payload,
                               const QJsonObject& me)
{
    const QJsonObject envelope{
        {QStringLiteral("id"), QStringLiteral("evt_%1").arg(QRandomGenerator::global()->generate(), 8, 16)},
        {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()},
        {QStringLiteral("event"), event},
        {QStringLiteral("session"), session},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("channeldesk"), QStringLiteral("1")}}},
        {QStringLiteral("me"), me.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(me)},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("engine"), QStringLiteral("NOWEB")}};
    const QString frame = QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
    for (QWebSocket* socket : m_front->webSockets()) {
        const QString wanted = socket->property("session").toString();
        const QStringList events = socket->property("events").toStringList();
        if (wanted.isEmpty() || (wanted != QLatin1String("*") && wanted != session))
            continue;
        if (!events.contains(QLatin1String("*")) && !events.contains(event))
            continue;
        socket->sendTextMessage(frame);
    }
}

QJsonObject FakeWahaEventHub::messagePayload(const QString& id, const QString& from, const QString& to,
                                             bool fromMe, const QString& source, const QString& body)
{
    QJsonObject payload{{QStringLiteral("id"), id},
                        {QStringLiteral("timestamp"), QDateTime::currentSecsSinceEpoch()},
                        {QStringLiteral("from"), from},
                        {QStringLiteral("fromMe"), fromMe},
                        {QStringLiteral("source"), source},
                        {QStringLiteral("to"), to},
                        {QStringLiteral("body"), body},
                        {QStringLiteral("hasMedia"), false},
                        {QStringLiteral("ack"), fromMe ? 0 : 1}};
    if (!fromMe)
        payload.insert(QStringLiteral("_data"),
                       QJsonObject{{QStringLiteral("notifyName"), QStringLiteral("Test Contact")}});
    return payload;
}

QJsonObject FakeWahaEventHub::ackPayload(const QString& messageId, int ack)
{
    static const QStringList names{QStringLiteral("ERROR"),  QStringLiteral("PENDING"),
                                   QStringLiteral("SERVER"), QStringLiteral("DEVICE"),
                                   QStringLiteral("READ"),   QStringLiteral("PLAYED")};
    return {{QStringLiteral("id"), messageId},
            {QStringLiteral("from"), messageId.section(QLatin1Char('_'), 1, 1)},
            {QStringLiteral("participant"), QJsonValue::Null},
            {QStringLiteral("fromMe"), messageId.startsWith(QLatin1String("true_"))},
            {QStringLiteral("ack"), ack},
            {QStringLiteral("ackName"), names.value(ack + 1)}};
}
