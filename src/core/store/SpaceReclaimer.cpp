// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SpaceReclaimer.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace ChannelDesk::SpaceReclaimer {
namespace {

qint64 pragmaValue(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

int autoVacuumMode(QSqlDatabase& db)
{
    return int(pragmaValue(db, QStringLiteral("auto_vacuum")));
}

qint64 fileBytes(QSqlDatabase& db)
{
    return pragmaValue(db, QStringLiteral("page_count")) * pragmaValue(db, QStringLiteral("page_size"));
}

qint64 freePages(QSqlDatabase& db)
{
    return pragmaValue(db, QStringLiteral("freelist_count"));
}

Status makeIncremental(QSqlDatabase& db, qint64 maxBytes, bool* converted)
{
    if (converted)
        *converted = false;
    if (autoVacuumMode(db) == 2)
        return Done{};
    if (maxBytes > 0 && fileBytes(db) > maxBytes)
        return Done{};
    QSqlQuery query(db);
    // The mode only takes effect on an existing file through a VACUUM.
    if (!query.exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"))
        || !query.exec(QStringLiteral("VACUUM")))
        return queryError(query, db.databaseName());
    if (converted)
        *converted = autoVacuumMode(db) == 2;
    return Done{};
}

qint64 vacuumStep(QSqlDatabase& db, int pages)
{
    if (autoVacuumMode(db) != 2)
        return 0;
    const qint64 before = freePages(db);
    if (before <= 0)
        return 0;
    QSqlQuery query(db);
    // incremental_vacuum returns no row per page; exec() steps it through to the end.
    if (!query.exec(QStringLiteral("PRAGMA incremental_vacuum(%1)").arg(pages)))
        return 0;
    while (query.next()) { }
    query.finish();
    return qMax<qint64>(0, before - freePages(db));
}

} // namespace ChannelDesk::SpaceReclaimer
