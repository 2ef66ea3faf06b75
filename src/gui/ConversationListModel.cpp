// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"

#include "MessagePreview.h"
#include "channels/ServiceWindowRules.h"
#include "channels/WeComFields.h"
#include "desk/Desk.h"
#include "util/Logging.h"
#include "util/WhenFinished.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <utility>

namespace ChannelDesk {
ConversationListModel::ConversationListModel(Desk* desk, QObject* parent)
    : QAbstractListModel(parent)
    , m_desk(desk)
{
    connect(desk, &Desk::conversationsChanged, this, &ConversationListModel::refresh);
    start(Request::NextPage);
}

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PeerNameRole:
        return row.peerName.isEmpty() ? peerTextOf(row) : row.peerName;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return accessibleText(row);
    case ConversationIdRole:
        return row.id;
    case ChannelIdRole:
        return row.channelId;
    case ChannelNameRole:
        // Only worth showing when the list mixes channels.
        return m_channelId.isEmpty() ? m_channelNames.value(row.channelId, row.channelId) : QString();
    case PeerRole:
        return row.peer;
    case PeerNumberRole:
        return peerTextOf(row);
    case PreviewRole:
        return MessagePreview::line(row.lastType, row.lastPreview);
    case LastMessageAtRole:
        return row.lastMessageAt;
    case TimeTextRole:
        return timeText(row.lastMessageAt, QDateTime::currentDateTimeUtc());
    case UnreadCountRole:
        return row.unreadCount;
    case WindowOpenRole:
        return ServiceWindowRules::isOpen(kindOf(row.channelId), row.window(),
                                          QDateTime::currentDateTimeUtc());
    case WindowTextRole:
        return ServiceWindowRules::shortText(kindOf(row.channelId), row.window(),
                                             QDateTime::currentDateTimeUtc());
    case TakenOverRole:
        return row.takenOver;
    case NotAllowedRole:
        return m_desk && isNotAllowed(m_desk->channel(row.channelId), row.peer);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ConversationIdRole, "conversationId");
    names.insert(ChannelIdRole, "channelId");
    names.insert(ChannelNameRole, "channelName");
    names.insert(PeerRole, "peer");
    names.insert(PeerNameRole, "peerName");
    names.insert(PeerNumberRole, "peerNumber");
    names.insert(PreviewRole, "preview");
    names.insert(LastMessageAtRole, "lastMessageAt");
    names.insert(TimeTextRole, "timeText");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(WindowOpenRole, "windowOpen");
    names.insert(WindowTextRole, "windowText");
    names.insert(TakenOverRole, "takenOver");
    names.insert(NotAllowedRole, "notAllowed");
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void ConversationListModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid() && m_hasMore)
        start(Request::NextPage);
}

void ConversationListModel::setTakenOverOnly(bool only)
{
    if (only == m_filter.takenOverOnly)
        return;
    m_filter.takenOverOnly = only;
    const QString channelId = m_channelId;
    m_channelId = QStringLiteral("\n"); // never a channel id: forces the reload below
    setChannelFilter(channelId);
}

void ConversationListModel::setChannelFilter(const QString& channelId)
{
    if (channelId == m_channelId)
        return;
    ++m_generation;
    beginResetModel();
    m_channelId = channelId;
    m_rows.clear();
    m_hasMore = true;
    m_current = Request::None;
    m_nextPageWanted = false;
    m_refreshWanted = false;
    endResetModel();
    start(Request::NextPage);
}

void ConversationListModel::setChannelNames(const QHash<QString, QString>& names)
{
    m_channelNames = names;
    if (!m_rows.isEmpty())
        // The channels changed: names, and a WeCom channel's allowlist, may be different.
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void ConversationListModel::refresh()
{
    start(Request::Refresh);
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == conversationId)
            return row;
    }
    return -1;
}

void ConversationListModel::markRead(qint64 conversationId)
{
    if (!m_desk)
        return;
    const int row = rowOf(conversationId);
    if (row >= 0) {
        if (m_rows.at(row).unreadCount == 0)
            return;
        m_rows[row].unreadCount = 0;
        emit dataChanged(index(row), index(row), {UnreadCountRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    }
    // A conversation not loaded (opened from a search result) is cleared in the store only.
    const qint64 id = conversationId;
    whenFinished(m_desk->markConversationRead(id), this, [](const Status& status) {
        if (!status.ok())
            qCWarning(lcGui) << "Cannot mark a conversation read:" << status.error().message;
    });
}

void ConversationListModel::start(Request request)
{
    if (!m_desk)
        return;
    if (m_current != Request::None) {
        // One request at a time: a page asked for during a refresh must start after the rows it
        // continues from are final. Views ask for the next page again and again while the last
        // row is visible; the page already on its way answers them all.
        if (request == Request::Refresh)
            m_refreshWanted = true;
        else if (m_current != Request::NextPage)
            m_nextPageWanted = true;
        return;
    }
    if (request == Request::NextPage && !m_hasMore)
        return;
    m_current = request;
    const quint64 generation = m_generation;
    const QString channelId = m_channelId;
    const ConversationFilter filter = m_filter;
    if (request == Request::NextPage) {
        std::optional<ConversationKey> after;
        if (!m_rows.isEmpty())
            after = ConversationKey{m_rows.constLast().lastMessageAt.toMSecsSinceEpoch(),
                                    m_rows.constLast().id};
        const int limit = m_pageSize;
        // One row more than asked tells whether there is another page, without a count.
        whenFinished(m_desk->conversations(channelId, limit + 1, after, filter), this,
                     [this, generation, limit](const Result<QList<ConversationRow>>& rows) {
                         if (generation != m_generation)
                             return;
                         if (rows.ok())
                             appendPage(rows.value(), limit);
                         else
                             qCWarning(lcGui) << "Cannot read conversations:" << rows.error().message;
                         startNext();
                     });
        return;
    }
    const int limit = std::max(int(m_rows.size()), m_pageSize);
    whenFinished(m_desk->conversations(channelId, limit + 1, std::nullopt, filter), this,
                 [this, generation, limit](const Result<QList<ConversationRow>>& rows) {
                     if (generation != m_generation)
                         return;
                     if (rows.ok())
                         applyRefresh(rows.value(), limit);
                     else
                         qCWarning(lcGui) << "Cannot read conversations:" << rows.error().message;
                     startNext();
                 });
}

void ConversationListModel::startNext()
{
    m_current = Request::None;
    emit loaded();
    if (std::exchange(m_refreshWanted, false))
        start(Request::Refresh);
    else if (std::exchange(m_nextPageWanted, false))
        start(Request::NextPage);
}

void ConversationListModel::appendPage(const QList<ConversationRow>& rows, int requested)
{
    m_hasMore = rows.size() > requested;
    QSet<qint64> shown;
    for (const ConversationRow& row : std::as_const(m_rows))
        shown.insert(row.id);
    QList<ConversationRow> fresh;
    for (const ConversationRow& row : rows.mid(0, requested)) {
        if (!shown.contains(row.id))
            fresh.append(row);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows += fresh;
    endInsertRows();
}

void ConversationListModel::applyRefresh(const QList<ConversationRow>& rows, int requested)
{
    m_hasMore = rows.size() > requested;
    const QList<ConversationRow> fresh = rows.mid(0, requested);
    QSet<qint64> freshIds;
    for (const ConversationRow& row : fresh)
        freshIds.insert(row.id);
    // Rows no longer among the first `requested` go first (pushed past the end, or gone) ...
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // ... then each position is made right by a move, an insert or a change, so that persistent
    // indexes (the selection, the current row) follow their conversation.
    for (int row = 0; row < fresh.size(); ++row) {
        const ConversationRow& wanted = fresh.at(row);
        if (row < m_rows.size() && m_rows.at(row).id == wanted.id) {
            if (m_rows.at(row) != wanted) {
                m_rows[row] = wanted;
                emit dataChanged(index(row), index(row));
            }
            continue;
        }
        int from = -1;
        for (int other = row + 1; other < m_rows.size(); ++other) {
            if (m_rows.at(other).id == wanted.id) {
                from = other;
                break;
            }
        }
        if (from < 0) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, wanted);
            endInsertRows();
            continue;
        }
        beginMoveRows({}, from, from, {}, row);
        m_rows.move(from, row);
        endMoveRows();
        if (m_rows.at(row) != wanted) {
            m_rows[row] = wanted;
            emit dataChanged(index(row), index(row));
        }
    }
}

QString ConversationListModel::accessibleText(const ConversationRow& row) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList parts{row.peerName.isEmpty() ? peerTextOf(row) : row.peerName};
    if (!row.peerName.isEmpty())
        parts << peerTextOf(row);
    if (m_channelId.isEmpty())
        parts << m_channelNames.value(row.channelId, row.channelId);
    if (row.unreadCount > 0)
        parts << tr("%n unread", nullptr, row.unreadCount);
    if (row.takenOver)
        parts << tr("taken over by %1").arg(row.takenOverBy);
    if (m_desk && isNotAllowed(m_desk->channel(row.channelId), row.peer))
        parts << tr("not allowed");
    parts << tr("last message %1: %2")
                 .arg(timeText(row.lastMessageAt, now), MessagePreview::line(row.lastType, row.lastPreview));
    const QString window = ServiceWindowRules::shortText(kindOf(row.channelId), row.window(), now);
    if (!window.isEmpty())
        parts << window;
    return parts.join(QStringLiteral(" · "));
}

bool ConversationListModel::isWeCom(const QString& channelId) const
{
    return kindOf(channelId) == ChannelKinds::weCom();
}

QString ConversationListModel::kindOf(const QString& channelId) const
{
    const auto channel = m_desk ? m_desk->channel(channelId) : std::nullopt;
    return channel ? channel->kind : QString();
}

QString ConversationListModel::peerTextOf(const ConversationRow& row) const
{
    return isWeCom(row.channelId) ? row.peer : peerNumber(row.peer);
}

QString ConversationListModel::peerText(const QString& kind, const QString& peer)
{
    return kind == ChannelKinds::weCom() ? peer : peerNumber(peer);
}

bool ConversationListModel::isNotAllowed(const std::optional<Channel>& channel, const QString& peer)
{
    // The rule itself is WeComFields::allows, the one the sender applies.
    return channel && channel->kind == ChannelKinds::weCom() && !WeComFields::allows(*channel, peer);
}

QString ConversationListModel::peerNumber(const QString& peer)
{
    const bool digits
        = !peer.isEmpty() && std::all_of(peer.cbegin(), peer.cend(), [](QChar c) { return c.isDigit(); });
    return digits ? QLatin1Char('+') + peer : peer;
}

QString ConversationListModel::timeText(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    const QDate day = at.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return locale.toString(at.toLocalTime().time(), QLocale::ShortFormat);
    if (day == today.addDays(-1))
        return tr("Yesterday");
    if (day > today.addDays(-7) && day < today)
        return locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(day, QLocale::ShortFormat);
}

} // namespace ChannelDesk
