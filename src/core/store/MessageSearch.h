// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What search finds for what a user typed: conversations whose contact's name or number
//! contains it (first), then messages whose text contains it, newest first. Matching is by
//! substring of folded text (SearchText): every word typed must occur, in any script, with or
//! without accents, in any case. A number fragment (5511987, "+55 11 987") finds a contact's number
//! by its digits. Blocking; meant for a worker thread, like ConversationReader.
//!
//! Messages are found through messages_fts (SearchTokenizer); a two-character word is a prefix
//! query answered by its index of two-character prefixes, so it costs no more than a longer word.
//! Contacts are few enough (one per conversation) to be scanned.
//!
//! A contact's hit has messageId 0 (a message's is its id, never 0): its snippet is the name (or
//! the number) with the match marked, its time, direction and type those of its conversation's
//! last message. The wire, the API (`match`) and the GUI tell the two apart by that.

#include "model/ConversationRows.h"
#include "model/LogEntry.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ChannelDesk {

class MessageSearch
{
public:
    explicit MessageSearch(QString databasePath);

    Result<QList<SearchHit>> search(const QString& text, const QString& channelId, int limit) const;

    //! A line of `channeldesk log --search`: what matched, "text" (the message) or "contact" (its
    //! contact's name or number; the entry is that conversation's last message).
    struct LogMatch
    {
        LogEntry entry;
        QString match;
    };
    //! What search() finds for text, at most query.limit hits (200 when 0), as log entries
    //! filtered like ConversationReader::log (channel, peer), oldest first.
    Result<QList<LogMatch>> log(const LogQuery& query, const QString& text) const;

    //! The FTS5 MATCH expression for folded words: each a quoted string (so nothing typed forms an
    //! operator), a prefix query when shorter than a trigram. Empty for no words.
    static QString matchExpression(const QStringList& words);

private:
    Result<QList<SearchHit>> contacts(const QStringList& words, const QString& number,
                                      const QString& channelId, int limit) const;
    Result<QList<SearchHit>> messages(const QStringList& words, const QString& channelId, int limit) const;

    QString m_path;
};

} // namespace ChannelDesk
