// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Keeps the full-text index (messages_fts) up to date with messages. search_index.upto is the
//! highest message id already indexed; every row above it still has to be. Writers catch up inside
//! their own write transaction, so two writers never index the same row. The receiver does so only
//! every few hundred milliseconds: indexing (and FTS5's segment merges) inside every
//! acknowledgement transaction made each delivery wait for it.

class QSqlQuery;

namespace ChannelDesk {

class SearchIndex
{
public:
    //! Indexes every message above the high-water mark and moves the mark, using query (whose
    //! lastError() tells what failed). Call inside a write transaction.
    static bool catchUp(QSqlQuery& query);
};

} // namespace ChannelDesk
