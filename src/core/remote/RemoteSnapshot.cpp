// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/RemoteSnapshot.h"

#include "wire/BotWire.h"
#include "wire/ChannelWire.h"

namespace ChannelDesk {

bool RemoteSnapshot::fromWire(const QJsonObject& json, RemoteSnapshot* snapshot)
{
    RemoteSnapshot read;
    read.cursor = qint64(json.value(QStringLiteral("cursor")).toDouble());
    if (!fromWireArray(json.value(QStringLiteral("channels")), &read.channels)
        || !fromWireArray(json.value(QStringLiteral("states")), &read.states)
        || !fromWireArray(json.value(QStringLiteral("activity")), &read.activity)
        || !ChannelDesk::fromWire(json.value(QStringLiteral("receiver")), &read.receiver)
        || !ChannelDesk::fromWire(json.value(QStringLiteral("api")), &read.api))
        return false;
    for (const QJsonValue& value : json.value(QStringLiteral("links")).toArray()) {
        const QJsonObject entry = value.toObject();
        Link link;
        if (!ChannelDesk::fromWire(entry.value(QStringLiteral("status")), &link.status))
            return false;
        const QJsonValue qr = entry.value(QStringLiteral("qr"));
        if (qr.isObject() && !ChannelDesk::fromWire(qr, &link.qr))
            return false;
        link.pairingCode = entry.value(QStringLiteral("pairing_code")).toBool();
        read.links.insert(entry.value(QStringLiteral("channel")).toString(), link);
    }
    for (const QJsonValue& id : json.value(QStringLiteral("can_send")).toArray())
        read.canSend.insert(id.toString());
    for (const QJsonValue& value : json.value(QStringLiteral("health")).toArray()) {
        const QJsonObject entry = value.toObject();
        Health health;
        const QJsonValue cloud = entry.value(QStringLiteral("health"));
        if (cloud.isObject()) {
            CloudHealth decoded;
            if (!ChannelDesk::fromWire(cloud, &decoded))
                return false;
            health.health = decoded;
        }
        health.checking = entry.value(QStringLiteral("checking")).toBool();
        health.problem = entry.value(QStringLiteral("problem")).toString();
        read.health.insert(entry.value(QStringLiteral("channel")).toString(), health);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("bots")).toArray()) {
        const QJsonObject entry = value.toObject();
        BotHealth bot;
        if (!ChannelDesk::fromWire(entry.value(QStringLiteral("bot")), &bot))
            return false;
        read.bots.insert(entry.value(QStringLiteral("channel")).toString(), bot);
    }
    *snapshot = std::move(read);
    return true;
}

bool RemoteSnapshot::sameChannels(const QList<Channel>& a, const QList<Channel>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Channel& x = a.at(i);
        const Channel& y = b.at(i);
        if (x.id != y.id || x.name != y.name || x.kind != y.kind || x.enabled != y.enabled
            || x.fields != y.fields || x.updatedAt != y.updatedAt)
            return false;
    }
    return true;
}

} // namespace ChannelDesk
