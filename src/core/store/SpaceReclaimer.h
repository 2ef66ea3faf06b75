// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Gives the pages that deletions freed back to the filesystem. A SQLite file only shrinks by
//! itself with auto_vacuum=INCREMENTAL, which must be chosen before its first table (new files get
//! it in Database::openDurable) or set by one VACUUM, which rewrites the whole file while holding
//! the write lock: the retention pruner does that only for small files (the receiver waits at most
//! a moment), and `channeldesk status --vacuum` for any file while no receiver runs.

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace ChannelDesk::SpaceReclaimer {

//! auto_vacuum of an open connection: 0 none, 1 full, 2 incremental; -1 when it cannot be read.
int autoVacuumMode(QSqlDatabase& db);
//! page_count × page_size.
qint64 fileBytes(QSqlDatabase& db);
//! Switches the file to incremental auto-vacuum (one VACUUM) if it is not yet, but only when it
//! is at most maxBytes (0: whatever its size). *converted tells whether it did.
Status makeIncremental(QSqlDatabase& db, qint64 maxBytes, bool* converted = nullptr);
//! Frees up to pages pages of the freelist (one short write transaction). Returns how many the
//! freelist shrank by; 0 when the file is not incremental or has nothing free.
qint64 vacuumStep(QSqlDatabase& db, int pages);
//! PRAGMA freelist_count.
qint64 freePages(QSqlDatabase& db);

} // namespace ChannelDesk::SpaceReclaimer
