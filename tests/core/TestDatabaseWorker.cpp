// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"
#include "store/DatabaseWorker.h"
#include "util/DataDirectory.h"
#include "TestEnvironment.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace ChannelDesk;

class TestDatabaseWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testRunsWorkInOrderOnOneThread();
    void testClosesTheConnectionOnTheWorkerThread();
    void testQueuedWorkFinishesBeforeDestruction();
};

void TestDatabaseWorker::initTestCase()
{
    TestEnvironment::init();
}

void TestDatabaseWorker::testRunsWorkInOrderOnOneThread()
{
    QTemporaryDir dir;
    DatabaseWorker worker(DataDirectory::databasePath(dir.path()));
    // Only the worker thread touches these until the last future has finished.
    QList<int> order;
    QList<QThread*> threads;
    QList<QFuture<void>> futures;
    for (int i = 0; i < 50; ++i) {
        futures << worker.run([&order, &threads, i] {
            order << i;
            threads << QThread::currentThread();
        });
    }
    futures.last().waitForFinished();
    QCOMPARE(order.size(), 50);
    for (int i = 0; i < order.size(); ++i)
        QCOMPARE(order.at(i), i);
    QVERIFY(threads.first() != QThread::currentThread());
    QCOMPARE(threads.count(threads.first()), threads.size());
}

void TestDatabaseWorker::testClosesTheConnectionOnTheWorkerThread()
{
    QTemporaryDir dir;
    const QString path = DataDirectory::databasePath(dir.path());
    auto worker = std::make_unique<DatabaseWorker>(path);
    const QStringList before = QSqlDatabase::connectionNames();
    const QString name = worker
                             ->run([path] {
                                 const Result<QSqlDatabase> db = Database::open(path);
                                 return db.ok() ? db.value().connectionName() : QString();
                             })
                             .result();
    QVERIFY(!name.isEmpty());
    QVERIFY(!before.contains(name));
    // Still open between jobs: the thread keeps it.
    QVERIFY(QSqlDatabase::contains(name));
    worker.reset();
    // The name carries the thread that opened it, so only a close on that thread removes it.
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestDatabaseWorker::testQueuedWorkFinishesBeforeDestruction()
{
    QTemporaryDir dir;
    auto worker = std::make_unique<DatabaseWorker>(DataDirectory::databasePath(dir.path()));
    std::atomic<int> done{0};
    const QFuture<void> slow = worker->run([&done] {
        QThread::msleep(100);
        ++done;
    });
    worker->post([&done] { ++done; });
    worker.reset();
    QVERIFY(slow.isFinished());
    QCOMPARE(done.load(), 2);
}

QTEST_GUILESS_MAIN(TestDatabaseWorker)
#include "TestDatabaseWorker.moc"
