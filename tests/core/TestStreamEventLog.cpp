// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"
#include "store/StreamEventLog.h"
#include "util/DataDirectory.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestStreamEventLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testAppendAndReadAfter();
    void testPruneKeepsCursorsGrowing();
    void testWireForm();

private:
    StreamEventDraft draft(int i, const QDateTime& at) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StreamEventLog> m_log;
    QString m_path;
    QDateTime m_now;
};

void TestStreamEventLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = DataDirectory::databasePath(m_dir->path());
    m_log = std::make_unique<StreamEventLog>(m_path);
    m_now = QDateTime::currentDateTimeUtc();
}

void TestStreamEventLog::cleanup()
{
    Database::close(m_path);
}

StreamEventDraft TestStreamEventLog::draft(int i, const QDateTime& at) const
{
    return {at, QStringLiteral("support"), QStringLiteral("backlog"),
            QByteArray("{\"backlog\":") + QByteArray::number(i) + '}'};
}

void TestStreamEventLog::testAppendAndReadAfter()
{
    QCOMPARE(m_log->latestCursor().value(), 0);
    QCOMPARE(m_log->oldestCursor().value(), 0);
    QList<StreamEventDraft> drafts;
    for (int i = 1; i <= 10; ++i)
        drafts.append(draft(i, m_now));
    const auto last = m_log->append(drafts);
    QVERIFY2(last.ok(), qPrintable(last.error().message));
    QCOMPARE(last.value(), 10);
    QCOMPARE(m_log->append({draft(11, m_now)}).value(), 11);
    QCOMPARE(m_log->latestCursor().value(), 11);
    QCOMPARE(m_log->oldestCursor().value(), 1);

    const auto page = m_log->after(3, 4);
    QVERIFY(page.ok());
    QCOMPARE(page.value().size(), 4);
    for (int i = 0; i < 4; ++i) {
        const StreamEvent& e = page.value().at(i);
        QCOMPARE(e.cursor, 4 + i);
        QCOMPARE(e.channelId, QStringLiteral("support"));
        QCOMPARE(e.type, QStringLiteral("backlog"));
        QCOMPARE(e.body, QByteArray("{\"backlog\":") + QByteArray::number(4 + i) + '}');
        QCOMPARE(e.at.toMSecsSinceEpoch(), m_now.toMSecsSinceEpoch());
    }
    QCOMPARE(m_log->after(11, 100).value().size(), 0);
    QCOMPARE(m_log->after(0, 100).value().size(), 11);
}

void TestStreamEventLog::testPruneKeepsCursorsGrowing()
{
    QList<StreamEventDraft> drafts;
    for (int i = 1; i <= 20; ++i)
        drafts.append(draft(i, i <= 5 ? m_now.addDays(-8) : m_now));
    QVERIFY(m_log->append(drafts).ok());
    // Older than 7 days: 1-5 go. At most 10 rows: 6-10 go as well.
    const auto pruned = m_log->prune(10, m_now.addDays(-7));
    QVERIFY(pruned.ok());
    QCOMPARE(pruned.value(), 10);
    QCOMPARE(m_log->oldestCursor().value(), 11);
    QCOMPARE(m_log->latestCursor().value(), 20);

    // Everything pruned: the cursor is still remembered, and never given again.
    QVERIFY(m_log->prune(0, m_now.addDays(1)).ok());
    QCOMPARE(m_log->oldestCursor().value(), 0);
    QCOMPARE(m_log->latestCursor().value(), 20);
    QCOMPARE(m_log->append({draft(21, m_now)}).value(), 21);
}

void TestStreamEventLog::testWireForm()
{
    StreamEvent e;
    e.cursor = 42;
    e.at = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0, 5), Qt::UTC);
    e.channelId = QStringLiteral("sup\"port");
    e.type = QStringLiteral("message");
    e.body = QByteArray("{\"text\":\"h\\u00e9\\n\",\"peer\":\"1555\"}");
    const QJsonDocument doc = QJsonDocument::fromJson(e.toWire());
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QLatin1String("cursor")).toInteger(), 42);
    QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("message"));
    QCOMPARE(o.value(QLatin1String("channel")).toString(), QStringLiteral("sup\"port"));
    QCOMPARE(o.value(QLatin1String("at")).toString(), QStringLiteral("2026-03-01T12:00:00.005Z"));
    QCOMPARE(o.value(QLatin1String("text")).toString(), QStringLiteral("hé\n"));
    QCOMPARE(o.value(QLatin1String("peer")).toString(), QStringLiteral("1555"));
    e.body = "{}";
    QVERIFY(QJsonDocument::fromJson(e.toWire()).isObject());
    QCOMPARE(StreamEvent::quote(QStringLiteral("a\x01\\")), QByteArray("\"a\\u0001\\\\\""));
}

QTEST_GUILESS_MAIN(TestStreamEventLog)
#include "TestStreamEventLog.moc"
