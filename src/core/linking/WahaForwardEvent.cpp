// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/WahaForwardEvent.h"

#include "linking/WahaEvents.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ChannelDesk {

QByteArray WahaForwardEvent::body(const GatewayMessage& message, const QString& session)
{
    QJsonObject payload = message.raw;
    payload.insert(QLatin1String("id"), message.messageId);
    if (message.timestamp.isValid())
        payload.insert(QLatin1String("timestamp"), message.timestamp.toSecsSinceEpoch());
    const QString chat = message.chatJid.isEmpty() ? WahaEvents::chatIdFor(message.peer) : message.chatJid;
    payload.insert(QLatin1String("from"), chat);
    payload.insert(QLatin1String("fromMe"), message.fromMe);
    payload.insert(QLatin1String("body"), message.text);
    payload.insert(QLatin1String("hasMedia"),
                   message.type != QLatin1String("text") && !message.type.isEmpty());
    payload.insert(QLatin1String("type"), message.type);
    if (!message.peerName.isEmpty() && !payload.contains(QLatin1String("_data"))) {
        QJsonObject data;
        data.insert(QLatin1String("notifyName"), message.peerName);
        payload.insert(QLatin1String("_data"), data);
    }
    QJsonObject event;
    event.insert(QLatin1String("id"), QString(QStringLiteral("evt_") + message.messageId));
    event.insert(QLatin1String("timestamp"),
                 message.timestamp.isValid() ? message.timestamp.toMSecsSinceEpoch() : qint64(0));
    event.insert(QLatin1String("event"), QStringLiteral("message"));
    event.insert(QLatin1String("session"), session);
    event.insert(QLatin1String("engine"), QStringLiteral("CHANNELDESK"));
    event.insert(QLatin1String("payload"), payload);
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

} // namespace ChannelDesk
