// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The conversations of the log, most recent activity first, fetched a page at a time on the
//! Desk (canFetchMore/fetchMore), never all at once. refresh() reloads the rows
//! already shown and applies the difference as moves, inserts and changes, so the view keeps its
//! selection when a conversation jumps to the top.

#include "channels/Channel.h"
#include "model/ConversationRows.h"
#include "util/Result.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

#include <optional>

namespace ChannelDesk {

class Desk;

class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    //! Roles shared with SearchResultModel, so ConversationListDelegate draws both.
    enum Role
    {
        ConversationIdRole = Qt::UserRole + 1,
        ChannelIdRole,
        ChannelNameRole,
        PeerRole, //!< wa_id as stored
        PeerNameRole, //!< profile name, or the number when there is none
        PeerNumberRole, //!< "+15557654321", or the user id of a username-only user
        PreviewRole, //!< last message, or a search snippet with match markers
        LastMessageAtRole, //!< QDateTime, UTC
        TimeTextRole, //!< "14:05", "Yesterday", "12/01/2026"
        UnreadCountRole,
        WindowOpenRole, //!< bool: free-form replies are allowed (always where no 24 h window applies)
        WindowTextRole, //!< "21 h left", "40 min left", "window closed"; empty where no window applies
        MessageIdRole, //!< search results only
        TakenOverRole, //!< bool: a person answers the conversation, not the bot
        NotAllowedRole, //!< bool: a WeCom member outside the channel's allowlist (no replies)
    };

    explicit ConversationListModel(Desk* desk, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    //! Shows only this channel's conversations (empty: every channel) and starts over.
    void setChannelFilter(const QString& channelId);
    QString channelFilter() const { return m_channelId; }
    //! Only the conversations a person has taken over from the bot.
    void setTakenOverOnly(bool only);
    bool takenOverOnly() const { return m_filter.takenOverOnly; }
    //! Names shown for channel ids.
    void setChannelNames(const QHash<QString, QString>& names);
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    //! Reloads the rows shown (at least one page) from the store.
    void refresh();
    int rowOf(qint64 conversationId) const;
    //! Clears the unread badge at once and in the store.
    void markRead(qint64 conversationId);
    bool isLoading() const { return m_current != Request::None; }

    //! "+15557654321" for a wa_id; other peer ids (business-scoped user ids) as they are.
    static QString peerNumber(const QString& peer);
    //! The peer as shown on a channel of this kind: a WeCom user id as it is (even all digits),
    //! otherwise peerNumber().
    static QString peerText(const QString& kind, const QString& peer);
    //! Whether replies to peer are refused because it is not on the WeCom channel's allowlist.
    static bool isNotAllowed(const std::optional<Channel>& channel, const QString& peer);
    static QString timeText(const QDateTime& at, const QDateTime& now);

signals:
    //! A page or a refresh has been applied.
    void loaded();

private:
    enum class Request
    {
        None,
        NextPage,
        Refresh
    };
    void start(Request request);
    void startNext();
    void appendPage(const QList<ConversationRow>& rows, int requested);
    void applyRefresh(const QList<ConversationRow>& rows, int requested);
    QString accessibleText(const ConversationRow& row) const;
    QString peerTextOf(const ConversationRow& row) const;
    bool isWeCom(const QString& channelId) const;
    //! The channel's kind; empty when the channel is not (or no longer) configured.
    QString kindOf(const QString& channelId) const;

    QPointer<Desk> m_desk;
    QList<ConversationRow> m_rows;
    QHash<QString, QString> m_channelNames;
    QString m_channelId;
    ConversationFilter m_filter;
    int m_pageSize = 200;
    bool m_hasMore = true;
    Request m_current = Request::None;
    bool m_nextPageWanted = false;
    bool m_refreshWanted = false;
    //! Bumped on every reset, so answers to requests made before it are dropped.
    quint64 m_generation = 0;
};

} // namespace ChannelDesk
