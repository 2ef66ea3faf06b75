// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/HandoffController.h"

#include "channels/ChannelManager.h"
#include "channels/HandoffFields.h"
#include "forward/ForwardQueue.h"
#include "model/OutboundItem.h"
#include "store/AuditStore.h"
#include "store/ConversationReader.h"
#include "util/Clock.h"
#include "util/DataDirectory.h"
#include "util/Logging.h"
#include "util/WhenFinished.h"

namespace ChannelDesk {
namespace {

struct Paths
{
    QString database;
    QString journal;
};

//! On the worker thread: the journal first, so the forwarder obeys before the list shows it.
Result<std::optional<HandoffChange>> apply(const Paths& paths, qint64 conversationId, bool takenOver,
                                           const QString& by, const QString& auditRemote, const QDateTime& at)
{
    const auto before = ConversationReader(paths.database).conversation(conversationId);
    if (!before.ok())
        return before.error();
    if (!before.value())
        return std::optional<HandoffChange>();
    const ConversationRow& row = *before.value();
    if (row.takenOver == takenOver)
        return std::optional<HandoffChange>(HandoffChange{row, false});
    Result<std::optional<HandoffChange>> result = [&]() -> Result<std::optional<HandoffChange>> {
        ForwardQueue queue(paths.journal);
        const Status journalled = queue.setTakenOver(row.channelId, row.peer, takenOver, at);
        if (!journalled.ok())
            return journalled.error();
        return HandoffStore(paths.database).set(conversationId, takenOver, by, at);
    }();
    if (!auditRemote.isEmpty()) {
        const QString action
            = takenOver ? QStringLiteral("conversation.takeover") : QStringLiteral("conversation.return");
        const QString outcome = result.ok() ? QStringLiteral("ok") : result.error().message;
        const Result<qint64> audited = AuditStore(paths.database)
                                           .record({0, at, by, auditRemote, action,
                                                    row.channelId + QLatin1Char('/') + row.peer, outcome});
        if (!audited.ok())
            qCWarning(lcStore) << "Could not write the audit log:" << audited.error().message;
    }
    return result;
}

} // namespace

HandoffController::HandoffController(ChannelManager* manager, const QString& dataDirectory, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_databasePath(DataDirectory::databasePath(dataDirectory))
    , m_journalPath(DataDirectory::journalPath(dataDirectory))
    , m_clock(Clock::system())
    , m_worker(m_databasePath)
{
    m_returnTimer.setInterval(kReturnCheckMs);
    connect(&m_returnTimer, &QTimer::timeout, this, &HandoffController::returnQuietConversations);
    m_returnTimer.start();
    // A return that fell due while nothing ran happens once the channels are read, not a minute
    // later; a changed handoff_return_hours applies at once too.
    if (manager)
        connect(manager, &ChannelManager::channelsChanged, this,
                &HandoffController::returnQuietConversations);
}

HandoffController::~HandoffController()
{
    m_worker.shutDown();
}

QFuture<Result<std::optional<HandoffChange>>>
HandoffController::set(qint64 conversationId, bool takenOver, const QString& by, const QString& auditRemote)
{
    auto future = m_worker.run(
        [paths = Paths{m_databasePath, m_journalPath}, conversationId, takenOver, by, auditRemote,
         at = m_clock->now()] { return apply(paths, conversationId, takenOver, by, auditRemote, at); });
    whenFinished(future, this,
                 [this](const Result<std::optional<HandoffChange>>& result) { announce(result); });
    return future;
}

void HandoffController::noteQueued(const OutboundItem& item)
{
    // A bot's replies come through the API under its key (source "api"); only a person at the
    // window or a remote console counts as the operator.
    if (item.source != QLatin1String("gui") && item.source != QLatin1String("console"))
        return;
    const std::optional<Channel> channel = m_manager ? m_manager->channel(item.channelId) : std::nullopt;
    if (!channel)
        return;
    const bool takeOver = HandoffFields::takesOverOnReply(*channel);
    if (!takeOver && HandoffFields::returnAfterHours(*channel) == 0)
        return;
    const QString by = item.sentBy.isEmpty() ? QStringLiteral("operator") : item.sentBy;
    auto future = m_worker.run([paths = Paths{m_databasePath, m_journalPath}, channelId = item.channelId,
                                peer = item.peer, takeOver, by,
                                at = m_clock->now()]() -> Result<std::optional<HandoffChange>> {
        const auto replied = HandoffStore(paths.database).recordOperatorReply(channelId, peer, at);
        if (!replied.ok())
            return replied.error();
        if (!takeOver || !replied.value() || replied.value()->takenOver)
            return std::optional<HandoffChange>();
        return apply(paths, replied.value()->id, true, by, HandoffController::automaticAddress(), at);
    });
    whenFinished(future, this,
                 [this](const Result<std::optional<HandoffChange>>& result) { announce(result); });
}

void HandoffController::returnQuietConversations()
{
    if (!m_manager)
        return;
    QList<QPair<QString, QDateTime>> due;
    const QDateTime now = m_clock->now();
    for (const Channel& channel : m_manager->channels()) {
        if (const int hours = HandoffFields::returnAfterHours(channel); hours > 0)
            due.append({channel.id, now.addSecs(-qint64(hours) * 3600)});
    }
    if (due.isEmpty())
        return;
    auto future = m_worker.run([paths = Paths{m_databasePath, m_journalPath}, due, now] {
        QList<Result<std::optional<HandoffChange>>> results;
        for (const auto& [channelId, cutoff] : due) {
            const auto quiet = HandoffStore(paths.database).quietSince(channelId, cutoff);
            if (!quiet.ok()) {
                results.append(quiet.error());
                continue;
            }
            for (const ConversationRow& row : quiet.value())
                results.append(apply(paths, row.id, false, QStringLiteral("channeldesk"),
                                     HandoffController::automaticAddress(), now));
        }
        return results;
    });
    whenFinished(future, this, [this](const QList<Result<std::optional<HandoffChange>>>& results) {
        for (const auto& result : results)
            announce(result);
    });
}

void HandoffController::announce(const Result<std::optional<HandoffChange>>& result)
{
    if (!result.ok()) {
        qCWarning(lcStore) << "Could not change who answers a conversation:" << result.error().message;
        return;
    }
    if (!result.value() || !result.value()->changed)
        return;
    if (m_wake)
        m_wake();
    emit handoffChanged(result.value()->row);
}

} // namespace ChannelDesk
