// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditStore.h"
#include "store/Database.h"
#include "util/DataDirectory.h"
#include "TestEnvironment.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestAuditStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testRecordAndRecent();
    void testRefusalsAggregatePerMinute();

private:
    AuditEntry entry(int i) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditStore> m_store;
    QString m_path;
    QDateTime m_now;
};

void TestAuditStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = DataDirectory::databasePath(m_dir->path());
    m_store = std::make_unique<AuditStore>(m_path);
    m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
}

void TestAuditStore::cleanup()
{
    Database::close(m_path);
}

AuditEntry TestAuditStore::entry(int i) const
{
    AuditEntry e;
    e.at = m_now.addSecs(i);
    e.keyName = QStringLiteral("ops");
    e.remote = QStringLiteral("192.0.2.%1").arg(i);
    e.action = QStringLiteral("send");
    e.target = QStringLiteral("support");
    e.result = i % 2 ? QStringLiteral("ok") : QStringLiteral("refused: window closed");
    return e;
}

void TestAuditStore::testRecordAndRecent()
{
    QVERIFY(m_store->recent(10).value().isEmpty());
    qint64 lastId = 0;
    for (int i = 1; i <= 5; ++i) {
        const auto id = m_store->record(entry(i));
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QVERIFY(id.value() > lastId);
        lastId = id.value();
    }
    const auto recent = m_store->recent(3);
    QVERIFY(recent.ok());
    QCOMPARE(recent.value().size(), 3);
    // Newest first.
    const AuditEntry& newest = recent.value().at(0);
    QCOMPARE(newest.id, lastId);
    QCOMPARE(newest.at, m_now.addSecs(5));
    QCOMPARE(newest.keyName, QStringLiteral("ops"));
    QCOMPARE(newest.remote, QStringLiteral("192.0.2.5"));
    QCOMPARE(newest.action, QStringLiteral("send"));
    QCOMPARE(newest.target, QStringLiteral("support"));
    QCOMPARE(newest.result, QStringLiteral("ok"));
    QCOMPARE(recent.value().at(1).remote, QStringLiteral("192.0.2.4"));
    QCOMPARE(recent.value().at(1).result, QStringLiteral("refused: window closed"));
    QCOMPARE(recent.value().at(2).remote, QStringLiteral("192.0.2.3"));
    QCOMPARE(m_store->recent(100).value().size(), 5);

    // Empty fields are stored as empty, not refused.
    AuditEntry bare;
    bare.at = m_now;
    bare.action = QStringLiteral("key.create");
    QVERIFY(m_store->record(bare).ok());
    QCOMPARE(m_store->recent(1).value().at(0).target, QString());
}

void TestAuditStore::testRefusalsAggregatePerMinute()
{
    const QString remote = QStringLiteral("198.51.100.7");
    // 50 wrong keys within one minute, 3 rate limited requests of a key, then the next minute.
    for (int i = 0; i < 50; ++i)
        QVERIFY(m_store->countRefusal(QString(), remote, 401, m_now.addMSecs(i * 1000)).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_store->countRefusal(QStringLiteral("ops"), remote, 429, m_now.addSecs(59)).ok());
    QVERIFY(m_store->countRefusal(QString(), remote, 401, m_now.addSecs(60)).ok());
    QVERIFY(m_store->countRefusal(QString(), QStringLiteral("203.0.113.1"), 401, m_now.addSecs(60)).ok());

    const auto counts = m_store->refusals(10);
    QVERIFY(counts.ok());
    QCOMPARE(counts.value().size(), 4);
    // Newest minute first.
    const QDateTime next = m_now.addSecs(60);
    QCOMPARE(counts.value().at(0).minute, next);
    QCOMPARE(counts.value().at(0).remote, QStringLiteral("198.51.100.7"));
    QCOMPARE(counts.value().at(0).count, 1);
    QCOMPARE(counts.value().at(1).minute, next);
    QCOMPARE(counts.value().at(1).remote, QStringLiteral("203.0.113.1"));
    const RefusalCount& wrongKeys = counts.value().at(2);
    QCOMPARE(wrongKeys.minute, m_now);
    QCOMPARE(wrongKeys.keyName, QString());
    QCOMPARE(wrongKeys.status, 401);
    QCOMPARE(wrongKeys.count, 50);
    const RefusalCount& limited = counts.value().at(3);
    QCOMPARE(limited.keyName, QStringLiteral("ops"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.count, 3);
    QCOMPARE(m_store->refusals(1).value().size(), 1);

    // Counted, not one row each, and never in the audit log itself.
    QSqlQuery q(Database::open(m_path).value());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM refusals")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    QVERIFY(m_store->recent(10).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditStore)
#include "TestAuditStore.moc"
