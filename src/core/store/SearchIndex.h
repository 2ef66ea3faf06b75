// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Keeps the full-text index (messages_fts) up to date with messages. search_index.upto is the
//! highest message id already indexed; every row above it still has to be. Writers catch up inside
//! their own write transaction, so two writers never index the same row. The receiver does so only
//! every few hundred milliseconds: indexing (and FTS5's segment merges) inside every
//! acknowledgement transaction made each delivery wait for it.
//!
//! FTS5 merges its segments only when asked (automerge is off since schema 5), in bounded steps:
//! its own merges grew with the index and stalled a delivery transaction for up to 17 ms. A step
//! merges a level once it holds 16 segments (usermerge, schema 15), which keeps how often a message
//! is rewritten by merges low as the index grows.

#include <QtGlobal>

class QSqlQuery;

namespace ChannelDesk {

class SearchIndex
{
public:
    //! Indexes the messages above the high-water mark, at most limit of them (0: all), and moves
    //! the mark. *more tells whether messages above the mark remain, *remaining about how many
    //! (by id). Uses query, whose lastError() tells what failed. Call inside a write transaction.
    static bool catchUp(QSqlQuery& query, int limit = 0, bool* more = nullptr, qint64* remaining = nullptr);
    //! Merges up to a few dozen pages of the index's segments. *merged tells whether there was
    //! anything to merge, that is whether another step is worth running. Call inside a write
    //! transaction.
    static bool mergeStep(QSqlQuery& query, bool* merged = nullptr);
};

} // namespace ChannelDesk
