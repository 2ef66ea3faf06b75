// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SearchIndex.h"

#include <QSqlQuery>

namespace ChannelDesk {

bool SearchIndex::catchUp(QSqlQuery& query)
{
    // One statement for all new rows instead of a trigger per row: a virtual-table write inside
    // every insert cost a statement savepoint each.
    return query.exec(QStringLiteral("INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages"
                                     " WHERE id > (SELECT upto FROM search_index)"))
        && query.exec(QStringLiteral("UPDATE search_index SET upto = (SELECT max(id) FROM messages)"
                                     " WHERE (SELECT max(id) FROM messages) > upto"));
}

} // namespace ChannelDesk
