// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Looks into a store's full-text index the way a search would, for tests of who indexes what.

#include <QString>

namespace SearchIndexProbe {

//! Messages of the store at databasePath whose text matches words (FTS5 syntax); -1 on an error.
int matches(const QString& databasePath, const QString& words);
//! Empty when FTS5's integrity-check passes, otherwise what it reported.
QString integrityProblem(const QString& databasePath);

} // namespace SearchIndexProbe
