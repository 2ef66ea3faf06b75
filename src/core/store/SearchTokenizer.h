// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The FTS5 tokenizer of messages_fts ("channeldesk") and the SQL function channeldesk_fold(text),
//! both folding through SearchText. SQLite keeps tokenizers and functions per connection, so
//! every connection to the data directory's database gets them when it opens
//! (Database::openDurable): the delete trigger of messages tokenizes the deleted text, and a
//! connection without the tokenizer could not delete a message at all.
//!
//! The tokenizer emits every run of three folded characters (a trigram) of a document, with the
//! offsets of the original characters, so any substring of three or more characters is a phrase
//! of trigrams, whatever the script. At the end of a document it also emits the last two
//! characters and the last one, so that every one- and two-character substring is the prefix of
//! some token: a two-character query (退货) is a prefix query, answered by the table's index of
//! two-character prefixes. SQLite 3.40 (Debian 12) has a trigram tokenizer, but not its
//! remove_diacritics option (3.45) nor short queries.

struct sqlite3;
class QSqlDatabase;

namespace ChannelDesk {

class SearchTokenizer
{
public:
    //! Registers the tokenizer and the function on db; false if SQLite refused.
    static bool install(sqlite3* db);
    static bool install(const QSqlDatabase& db);
};

} // namespace ChannelDesk
