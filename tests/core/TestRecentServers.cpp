// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/RecentServers.h"
#include "TestEnvironment.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestRecentServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testNewestFirstWithoutDuplicates();
    void testAtMostEightAndPersisted();

private:
    QTemporaryDir m_dir;
};

namespace {

QUrl server(int n)
{
    return QUrl(QStringLiteral("https://desk%1.example.com:8646").arg(n));
}

} // namespace

void TestRecentServers::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_dir.isValid());
}

void TestRecentServers::testNewestFirstWithoutDuplicates()
{
    RecentServers recent(m_dir.filePath(QStringLiteral("first.ini")));
    QVERIFY(recent.list().isEmpty());
    recent.add(server(1));
    recent.add(server(2));
    recent.add(server(1));
    QCOMPARE(recent.list(), (QList<QUrl>{server(1), server(2)}));
    recent.remove(server(1));
    QCOMPARE(recent.list(), QList<QUrl>{server(2)});
}

void TestRecentServers::testAtMostEightAndPersisted()
{
    const QString file = m_dir.filePath(QStringLiteral("second.ini"));
    {
        RecentServers recent(file);
        for (int n = 1; n <= 10; ++n)
            recent.add(server(n));
    }
    const QList<QUrl> kept = RecentServers(file).list();
    QCOMPARE(kept.size(), RecentServers::MaxEntries);
    QCOMPARE(kept.first(), server(10));
    QCOMPARE(kept.last(), server(3));
}

QTEST_GUILESS_MAIN(TestRecentServers)
#include "TestRecentServers.moc"
