// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One configured channel: identity, kind and its non-secret fields (secrets live in the keychain).

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ChannelDesk {

namespace ChannelKinds {
// Kinds are strings on purpose: later kinds (whatsapp-linked, wecom-callback) are added by
// teaching the validator and the wizard, not by migrating the store.
inline QString whatsAppCloud()
{
    return QStringLiteral("whatsapp-cloud");
}
inline QString whatsAppLinked()
{
    return QStringLiteral("whatsapp-linked");
}
//! A WeCom (企业微信) self-built app: encrypted callbacks in, message/send out.
inline QString weCom()
{
    return QStringLiteral("wecom");
}
} // namespace ChannelKinds

struct Channel
{
    QString id; //!< slug, unique, stable
    QString name; //!< display name
    QString kind;
    bool enabled = true;
    QJsonObject fields; //!< non-secret, kind-specific
    QDateTime createdAt;
    QDateTime updatedAt;

    QString field(const QString& key) const { return fields.value(key).toString(); }
};

//! A channel to create or update, with the secrets to (re)write. A secret field that is absent
//! keeps the value already in the keychain.
struct ChannelDraft
{
    Channel channel;
    QHash<QString, QString> secrets;
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::Channel)
