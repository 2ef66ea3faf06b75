// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Owns the list of channels of a data directory and saves and deletes them together with their
//! secrets. Database work runs on a worker thread and keychain work is asynchronous, so the GUI
//! thread never blocks; results come back as futures on this object's thread.

#include "channels/Channel.h"
#include "secrets/SecretStore.h"
#include "store/DatabaseWorker.h"
#include "util/Result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QPromise>

#include <optional>

namespace ChannelDesk {

class ChannelManager : public QObject
{
    Q_OBJECT

public:
    //! Error codes in Status results.
    enum ErrorCode
    {
        StoreFailed = 1,
        KeychainUnavailable = 3,
        KeychainFailed = 4,
        UnknownChannel = 5
    };

    ChannelManager(QString dataDirectory, SecretStore* secrets, QObject* parent = nullptr);
    ~ChannelManager() override;

    QString dataDirectory() const { return m_dataDirectory; }
    SecretStore* secretStore() const { return m_secrets; }
    void setSecretStore(SecretStore* secrets);

    QFuture<Status> reload();
    const QList<Channel>& channels() const { return m_channels; }
    std::optional<Channel> channel(const QString& id) const;

    //! Writes every draft's secrets first; only if all succeed are the rows committed (in one
    //! transaction). Secrets of channels that did not exist before are removed again on failure.
    QFuture<Status> save(const QList<ChannelDraft>& drafts);
    //! Deletes the channel's secrets from the keychain, then its row.
    QFuture<Status> remove(const QString& id);
    //! The environment variable (headless servers) wins over the secret store.
    QFuture<SecretResult> readSecret(const QString& channelId, const QString& field);

    //! CHANNELDESK_SECRET_<CHANNEL_ID>_<FIELD>: id upper-cased with "-" as "_", e.g.
    //! CHANNELDESK_SECRET_SUPPORT_BR_ACCESS_TOKEN.
    static QString environmentVariable(const QString& channelId, const QString& field);
    static Error secretError(const SecretResult& result);

signals:
    void channelsChanged();

private:
    struct SecretWrite
    {
        QString channelId;
        QString field;
        QString value;
        bool isNewChannel = false;
    };
    void writeSecrets(std::shared_ptr<QPromise<Status>> promise, QList<SecretWrite> pending,
                      QList<SecretWrite> written, QList<ChannelDraft> drafts);
    void deleteSecrets(std::shared_ptr<QPromise<Status>> promise, const QString& channelId,
                       QStringList fields);
    void rollBack(QList<SecretWrite> written);
    void commitRows(std::shared_ptr<QPromise<Status>> promise, const QList<ChannelDraft>& drafts,
                    QList<SecretWrite> written);

    QString m_dataDirectory;
    QString m_databasePath;
    QPointer<SecretStore> m_secrets;
    QList<Channel> m_channels;
    bool m_copyRefreshed = false;
    DatabaseWorker m_worker;
};

} // namespace ChannelDesk
