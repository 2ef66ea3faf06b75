// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The receiver's lock after a crash or a full disk: a lock nobody holds any more never blocks a new
// receiver, a live one always does.
#include "util/ReceiverLock.h"

#include "util/DataDirectory.h"
#include "webhook/DeliveryCommitter.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestReceiverLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testStaleLockIsTakenOver_data();
    void testStaleLockIsTakenOver();
    void testServeStartsAfterAnEmptyLock();
    void testLiveLockIsRespected();

private:
    static void writeLock(const QString& path, const QByteArray& contents);
    static qint64 deadProcessId();
};

void TestReceiverLock::writeLock(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(contents), contents.size());
}

qint64 TestReceiverLock::deadProcessId()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    process.waitForFinished();
    return process.processId() > 0 ? process.processId() : 999999;
}

void TestReceiverLock::testStaleLockIsTakenOver_data()
{
    QTest::addColumn<QByteArray>("contents");
    const QByteArray host = QSysInfo::machineHostName().toUtf8();
    const QByteArray app = QCoreApplication::applicationName().toUtf8();
    QTest::newRow("empty (the disk was full)") << QByteArray();
    QTest::newRow("process 0") << QByteArray("0\n" + app + "\n" + host + "\n");
    QTest::newRow("garbage") << QByteArray("\xff\xfe\x00", 3);
    // A process id that belonged to a process that has ended.
    QTest::newRow("dead process") << QByteArray(QByteArray::number(deadProcessId()) + "\n" + app + "\n" + host
                                                + "\n");
}

void TestReceiverLock::testStaleLockIsTakenOver()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    const QString path = ReceiverLock::path(dir.path());
    writeLock(path, contents);
    QLockFile lock(path);
    qint64 holder = -1;
    QVERIFY(ReceiverLock::take(lock, &holder));
    QVERIFY(lock.isLocked());
    qint64 pid = 0;
    QString host;
    QString app;
    QVERIFY(lock.getLockInfo(&pid, &host, &app));
    QCOMPARE(pid, QCoreApplication::applicationPid());
}

void TestReceiverLock::testServeStartsAfterAnEmptyLock()
{
    QTemporaryDir dir;
    writeLock(ReceiverLock::path(dir.path()), QByteArray());
    DeliveryCommitter committer(DataDirectory::databasePath(dir.path()));
    const Status started = committer.start();
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    committer.stop(0);
}

void TestReceiverLock::testLiveLockIsRespected()
{
    QTemporaryDir dir;
    const QString path = ReceiverLock::path(dir.path());
    QLockFile running(path);
    QVERIFY(running.tryLock(0));

    QLockFile second(path);
    qint64 holder = 0;
    QVERIFY(!ReceiverLock::take(second, &holder));
    QCOMPARE(holder, QCoreApplication::applicationPid());
    QVERIFY(QFile::exists(path));

    DeliveryCommitter committer(DataDirectory::databasePath(dir.path()));
    const Status refused = committer.start();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestReceiverLock)
#include "TestReceiverLock.moc"
