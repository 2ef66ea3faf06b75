// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndexProbe.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace SearchIndexProbe {

int matches(const QString& databasePath, const QString& words)
{
    auto db = ChannelDesk::Database::open(databasePath);
    if (!db.ok())
        return -1;
    QSqlQuery search(db.value());
    search.prepare(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?"));
    search.addBindValue(words);
    return search.exec() && search.next() ? search.value(0).toInt() : -1;
}

QString integrityProblem(const QString& databasePath)
{
    auto db = ChannelDesk::Database::open(databasePath);
    if (!db.ok())
        return db.error().message;
    QSqlQuery check(db.value());
    if (!check.exec(QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")))
        return check.lastError().text();
    return {};
}

} // namespace SearchIndexProbe
