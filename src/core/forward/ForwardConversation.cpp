// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forward/ForwardConversation.h"

#include "linking/GatewayAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ChannelDesk {

QString ForwardConversation::keyOf(const QByteArray& body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (root.contains(QLatin1String("event"))) {
        // A linked channel's WAHA-shaped event: the chat, normalised as the store names the peer.
        const QJsonObject payload = root.value(QLatin1String("payload")).toObject();
        const bool fromMe = payload.value(QLatin1String("fromMe")).toBool();
        return normalisePeer(payload.value(fromMe ? QLatin1String("to") : QLatin1String("from")).toString());
    }
    const QJsonArray entries = root.value(QLatin1String("entry")).toArray();
    QString status;
    QString contact;
    for (const QJsonValue& entry : entries) {
        for (const QJsonValue& change : entry.toObject().value(QLatin1String("changes")).toArray()) {
            const QJsonObject value = change.toObject().value(QLatin1String("value")).toObject();
            const QJsonArray messages = value.value(QLatin1String("messages")).toArray();
            if (!messages.isEmpty())
                return messages.first().toObject().value(QLatin1String("from")).toString();
            const QJsonArray statuses = value.value(QLatin1String("statuses")).toArray();
            if (status.isEmpty() && !statuses.isEmpty())
                status = statuses.first().toObject().value(QLatin1String("recipient_id")).toString();
            const QJsonArray contacts = value.value(QLatin1String("contacts")).toArray();
            if (contact.isEmpty() && !contacts.isEmpty())
                contact = contacts.first().toObject().value(QLatin1String("wa_id")).toString();
        }
    }
    return status.isEmpty() ? contact : status;
}

} // namespace ChannelDesk
