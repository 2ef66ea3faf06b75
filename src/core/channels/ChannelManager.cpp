// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/ChannelManager.h"

#include "channels/ChannelRepository.h"
#include "store/SetupCopy.h"
#include "util/DataDirectory.h"
#include "util/Logging.h"
#include "util/WhenFinished.h"

#include <QPromise>

#include <utility>

namespace ChannelDesk {
namespace {

template <typename T> void finishWith(const std::shared_ptr<QPromise<T>>& promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}

} // namespace

ChannelManager::ChannelManager(QString dataDirectory, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_databasePath(DataDirectory::databasePath(m_dataDirectory))
    , m_secrets(secrets)
    , m_worker(m_databasePath)
{ }

ChannelManager::~ChannelManager() = default;

void ChannelManager::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
}

std::optional<Channel> ChannelManager::channel(const QString& id) const
{
    for (const Channel& c : m_channels) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

QString ChannelManager::environmentVariable(const QString& channelId, const QString& field)
{
    QString id = channelId.toUpper();
    id.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("CHANNELDESK_SECRET_") + id + QLatin1Char('_') + field.toUpper();
}

Error ChannelManager::secretError(const SecretResult& result)
{
    if (result.code == SecretResult::Code::NoBackend)
        return Error{KeychainUnavailable,
                     tr("No keychain is available (%1). Start a Secret Service such as GNOME Keyring or "
                        "KWallet, or on a headless server provide the secrets as environment variables "
                        "CHANNELDESK_SECRET_<CHANNEL_ID>_<FIELD>.")
                         .arg(result.errorString)};
    if (result.code == SecretResult::Code::AccessDenied)
        return Error{KeychainFailed,
                     tr("The keychain refused access: %1. Unlock it and try again.").arg(result.errorString)};
    return Error{KeychainFailed, tr("The keychain failed: %1").arg(result.errorString)};
}

QFuture<Status> ChannelManager::reload()
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    const QString path = m_databasePath;
    // The copy of the setup beside the journal is refreshed once a run, in case an older version
    // changed the channels without writing it.
    const bool first = !std::exchange(m_copyRefreshed, true);
    const auto load = [path, first] {
        Result<QList<Channel>> loaded = ChannelRepository(path).loadAll();
        if (loaded.ok() && first)
            SetupCopy::update(path, SetupCopy::When::Starting);
        return loaded;
    };
    whenFinished(m_worker.run(load), this, [this, promise](const Result<QList<Channel>>& loaded) {
        if (!loaded.ok()) {
            finishWith<Status>(promise, loaded.error());
            return;
        }
        m_channels = loaded.value();
        emit channelsChanged();
        finishWith<Status>(promise, Done{});
    });
    return promise->future();
}

QFuture<Status> ChannelManager::save(const QList<ChannelDraft>& drafts)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    QList<SecretWrite> pending;
    for (const ChannelDraft& draft : drafts) {
        const bool isNew = !channel(draft.channel.id).has_value();
        for (auto it = draft.secrets.cbegin(); it != draft.secrets.cend(); ++it)
            pending.append({draft.channel.id, it.key(), it.value(), isNew});
    }
    if (!pending.isEmpty() && !m_secrets) {
        finishWith<Status>(promise, Error{KeychainUnavailable, tr("No secret store is configured.")});
        return promise->future();
    }
    writeSecrets(promise, pending, {}, drafts);
    return promise->future();
}

void ChannelManager::writeSecrets(std::shared_ptr<QPromise<Status>> promise, QList<SecretWrite> pending,
                                  QList<SecretWrite> written, QList<ChannelDraft> drafts)
{
    if (pending.isEmpty()) {
        commitRows(promise, drafts, written);
        return;
    }
    const SecretWrite next = pending.takeFirst();
    whenFinished(m_secrets->writeSecret(next.channelId, next.field, next.value), this,
                 [this, promise, pending, written, drafts, next](const SecretResult& result) mutable {
                     if (!result.ok()) {
                         rollBack(written);
                         finishWith<Status>(promise, secretError(result));
                         return;
                     }
                     written.append(next);
                     writeSecrets(promise, pending, written, drafts);
                 });
}

void ChannelManager::rollBack(QList<SecretWrite> written)
{
    for (const SecretWrite& w : written) {
        // Only secrets of channels that never existed can be removed: an existing channel's old
        // value is gone once overwritten, and removing it would break the channel.
        if (w.isNewChannel && m_secrets)
            m_secrets->deleteSecret(w.channelId, w.field);
    }
}

void ChannelManager::commitRows(std::shared_ptr<QPromise<Status>> promise, const QList<ChannelDraft>& drafts,
                                QList<SecretWrite> written)
{
    const QString path = m_databasePath;
    QList<ChannelDraft> rows = drafts;
    for (ChannelDraft& row : rows) {
        // Only the key names reach the database.
        for (auto it = row.secrets.begin(); it != row.secrets.end(); ++it)
            it.value().clear();
    }
    whenFinished(m_worker.run([path, rows] { return ChannelRepository(path).saveAll(rows); }), this,
                 [this, promise, written](const Status& saved) {
                     if (!saved.ok()) {
                         rollBack(written);
                         finishWith(promise, saved);
                         return;
                     }
                     whenFinished(reload(), this,
                                  [promise](const Status& status) { finishWith(promise, status); });
                 });
}

QFuture<Status> ChannelManager::remove(const QString& id)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    const QString path = m_databasePath;
    whenFinished(m_worker.run([path, id] { return ChannelRepository(path).secretFields(id); }), this,
                 [this, promise, id](const Result<QStringList>& fields) {
                     if (!fields.ok()) {
                         finishWith<Status>(promise, fields.error());
                         return;
                     }
                     deleteSecrets(promise, id, fields.value());
                 });
    return promise->future();
}

void ChannelManager::deleteSecrets(std::shared_ptr<QPromise<Status>> promise, const QString& channelId,
                                   QStringList fields)
{
    if (fields.isEmpty() || !m_secrets) {
        const QString path = m_databasePath;
        whenFinished(m_worker.run([path, channelId] { return ChannelRepository(path).remove(channelId); }),
                     this, [this, promise](const Result<QStringList>& removed) {
                         if (!removed.ok()) {
                             finishWith<Status>(promise, removed.error());
                             return;
                         }
                         whenFinished(reload(), this,
                                      [promise](const Status& status) { finishWith(promise, status); });
                     });
        return;
    }
    const QString field = fields.takeFirst();
    whenFinished(m_secrets->deleteSecret(channelId, field), this,
                 [this, promise, channelId, fields](const SecretResult& result) {
                     if (!result.ok()) {
                         // Keep the row so the index still knows which secrets are left to delete.
                         finishWith<Status>(promise, secretError(result));
                         return;
                     }
                     deleteSecrets(promise, channelId, fields);
                 });
}

QFuture<SecretResult> ChannelManager::readSecret(const QString& channelId, const QString& field)
{
    const QString fromEnvironment
        = qEnvironmentVariable(environmentVariable(channelId, field).toLatin1().constData());
    if (!fromEnvironment.isEmpty())
        return QtFuture::makeReadyFuture(SecretResult{SecretResult::Code::Ok, fromEnvironment, {}});
    if (!m_secrets)
        return QtFuture::makeReadyFuture(
            SecretResult{SecretResult::Code::NoBackend, {}, tr("no secret store")});
    return m_secrets->readSecret(channelId, field);
}

} // namespace ChannelDesk
