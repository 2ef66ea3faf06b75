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

#include "model/ConversationRows.h"
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

    //! The FTS5 MATCH expression for folded words: each a quoted string (so nothing typed forms an
    //! operator), a prefix query when shorter than a trigram. Empty for no words.
    static QString matchExpression(const QStringList& words);

private:
    Result<QList<SearchHit>> contacts(const QStringList& words, const QString& number, const QString& channelId,
                                      int limit) const;
    Result<QList<SearchHit>> messages(const QStringList& words, const QString& channelId, int limit) const;

    QString m_path;
};

} // namespace ChannelDesk
