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
//! some token. Two characters of scripts written without spaces (退货) are also a token of their
//! own, at the same position as the trigram they start: such a query is one exact token. Other
//! short queries (ok, 7) are prefix queries over the trigrams. An index of two-character prefixes
//! (prefix='2', schema 11 to 13) answered those too, but doubled what every message costs to
//! index, for the sake of Latin two-letter queries nobody waits for. SQLite 3.40 (Debian 12) has
//! a trigram tokenizer, but not its remove_diacritics option (3.45) nor short queries.

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
