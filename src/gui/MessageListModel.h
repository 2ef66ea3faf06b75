// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The messages of one conversation, oldest at the top, holding a contiguous window of it: first
//! the newest page (or a page around a message found by search), then older pages as the view
//! scrolls up (fetchOlder) and newer ones as it scrolls down (canFetchMore/fetchMore). refresh()
//! reloads the window and merges it in, so new messages and status ticks appear in place.
//!
//! Older pages deliberately do not use fetchMore: QAbstractItemView calls fetchMore whenever the
//! last row is visible, and in a chat the last row is the newest message, so the whole history
//! would be loaded while the user just looks at it. The view asks for older pages at the top.

#include "model/ConversationRows.h"
#include "model/OutboundContent.h"
#include "util/Result.h"

#include <QAbstractListModel>
#include <QPointer>

#include <optional>

namespace ChannelDesk {

class Desk;

class MessageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        OutboundRole, //!< bool
        TypeRole, //!< the type as stored: text, image, reaction, …; "event" for a WeCom event
        TypeLabelRole, //!< "Image", "Voice message", …; empty for plain text
        TextRole, //!< text, caption, emoji, reply title; the file name of a document without caption;
                  //!< what a WeCom member did for an event ("opened the app")
        TimestampRole, //!< QDateTime, UTC
        TimeTextRole,
        StatusRole, //!< sent, delivered, read, played, failed; empty for inbound
        StatusTextRole, //!< the status in words
        ExternalIdRole, //!< the id WhatsApp or the gateway gave the message (wamid)
        MediaRole, //!< QJsonObject: id, mime_type, sha256, filename of an attachment; empty if none
        SentByTextRole, //!< "sent by NAME" for a send made through ChannelDesk; empty otherwise
        QuoteRole, //!< the message a reply quotes (MessageAnnotations::quote); empty if none
        ReactionsRole, //!< the reactions on the message, e.g. "❤️ 👍"; empty if none
        LocationUrlRole, //!< QUrl of a map at a shared location; invalid for other messages
        ChannelIdRole,
    };

    explicit MessageListModel(Desk* desk, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    //! Newer messages, when the window does not reach the newest one.
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    //! Shows the conversation (0: none): its newest page, or a page around focusMessageId.
    void setConversation(qint64 conversationId, qint64 focusMessageId = 0);
    qint64 conversationId() const { return m_conversationId; }
    bool canFetchOlder() const { return m_conversationId != 0 && m_hasOlder; }
    void fetchOlder();
    //! Reloads the rows shown from the store and merges in what changed.
    void refresh();
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    int rowOf(qint64 messageId) const;
    //! Tells the views that what is shown of these media changed (a thumbnail arrived).
    void mediaChanged(const QSet<QString>& mediaIds);
    bool isLoading() const { return m_current != Request::None; }

    static QString typeLabel(const QString& type, const QString& subtype, const QJsonObject& media);
    static QString statusText(const QString& status);
    //! A WeCom event in words: "opened the app", "tapped menu item KEY", "event: NAME". key is
    //! the stored text (the EventKey of a menu click or view).
    static QString eventText(const QString& event, const QString& key);

signals:
    //! A page or a refresh has been applied.
    void loaded();

private:
    enum class Request
    {
        None,
        First,
        Older,
        Newer,
        Refresh
    };
    //! What a request brings back from the store.
    struct Page
    {
        QList<MessageRow> rows;
        bool hasOlder = false; //!< for First and Older
        bool atEnd = true; //!< for First, Newer and Refresh: nothing newer follows
    };

    void start(Request request);
    //! The first page: around key, or the newest rows without one.
    void loadAround(const std::optional<MessageKey>& key);
    //! Applies what a request brought unless the conversation changed meanwhile.
    void apply(quint64 generation, Request request, const Result<Page>& page);
    void finish();
    void applyFirst(const Page& page);
    void prepend(const Page& page);
    void append(const Page& page);
    void merge(const Page& page);
    //! The template a row shows, from its stored structure; none for other rows and old ones.
    static std::optional<OutboundContent> templateOf(const MessageRow& row);
    //! The type label, or for a template we sent its name in words.
    static QString labelOf(const MessageRow& row);
    static QString shownText(const MessageRow& row);
    static QString displayText(const MessageRow& row);
    static QString accessibleText(const MessageRow& row);

    QPointer<Desk> m_desk;
    qint64 m_conversationId = 0;
    qint64 m_focusMessageId = 0;
    QList<MessageRow> m_rows;
    int m_pageSize = 200;
    bool m_hasOlder = false;
    bool m_atEnd = true;
    Request m_current = Request::None;
    bool m_refreshWanted = false;
    quint64 m_generation = 0;
};

} // namespace ChannelDesk
