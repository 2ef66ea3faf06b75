// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/MediaCache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

//! The media cache's paths, its size cap and its eviction order, on a real folder.
class TestMediaCache : public QObject
{
    Q_OBJECT

private slots:
    void testHostileIdsStayInTheFolder_data();
    void testHostileIdsStayInTheFolder();
    void testPathKeepsTheKindOfFile();
    void testLeastRecentlyUsedGoesFirst();
    void testKeptFileSurvivesAlone();
    void testAdoptMovesAFinishedDownload();
    void testFolderIsOwnerOnly();

private:
    static void write(const QString& path, qint64 bytes, const QDateTime& modified);
};

void TestMediaCache::write(const QString& path, qint64 bytes, const QDateTime& modified)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(QByteArray(bytes, 'x')), bytes);
    QVERIFY(file.flush()); // a write at close would set the time again
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
}

void TestMediaCache::testHostileIdsStayInTheFolder_data()
{
    QTest::addColumn<QString>("mediaId");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("plain");
    QTest::newRow("meta's numeric id") << QStringLiteral("1037543291543636") << QString() << true;
    QTest::newRow("parent folders") << QStringLiteral("../../.ssh/authorized_keys") << QString() << false;
    QTest::newRow("absolute path") << QStringLiteral("/etc/passwd") << QString() << false;
    QTest::newRow("dot dot alone") << QStringLiteral("..") << QString() << false;
    QTest::newRow("backslashes") << QStringLiteral("..\\..\\windows") << QString() << false;
    QTest::newRow("control characters") << QStringLiteral("a\nb\tc") << QString() << false;
    QTest::newRow("very long") << QString(5000, QLatin1Char('a')) << QString() << false;
    QTest::newRow("hostile file name")
        << QStringLiteral("42") << QStringLiteral("../../../home/x/.bashrc") << true;
    QTest::newRow("hidden file name") << QStringLiteral("42") << QStringLiteral(".profile") << true;
    QTest::newRow("windows file name")
        << QStringLiteral("42") << QStringLiteral("C:\\Users\\x\\evil.pdf") << true;
}

void TestMediaCache::testHostileIdsStayInTheFolder()
{
    QFETCH(QString, mediaId);
    QFETCH(QString, fileName);
    QFETCH(bool, plain);
    QTemporaryDir dir;
    const MediaCache cache(dir.filePath(QStringLiteral("media-cache")));
    QVERIFY(cache.prepare());
    const QString path = cache.filePath(mediaId, QStringLiteral("application/pdf"), fileName);
    const QFileInfo info(path);
    // Right inside the folder, as a hidden-free plain name, whatever the id or name said.
    QCOMPARE(info.absolutePath(), QFileInfo(cache.directory()).absoluteFilePath());
    QVERIFY2(!info.fileName().startsWith(QLatin1Char('.')), qPrintable(info.fileName()));
    QVERIFY(!info.fileName().contains(QLatin1Char('/')) && !info.fileName().contains(QLatin1Char('\\')));
    QVERIFY(info.fileName().size() < 250);
    QCOMPARE(info.fileName().startsWith(mediaId), plain);
    // The same media always has the same file; another id another one.
    QCOMPARE(cache.filePath(mediaId, QStringLiteral("application/pdf"), fileName), path);
    QVERIFY(cache.filePath(mediaId + QLatin1Char('x'), QStringLiteral("application/pdf"), fileName) != path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
}

void TestMediaCache::testPathKeepsTheKindOfFile()
{
    const MediaCache cache(QStringLiteral("/cache"));
    QCOMPARE(cache.filePath(QStringLiteral("77"), QStringLiteral("image/jpeg")),
             QStringLiteral("/cache/77.jpg"));
    QCOMPARE(cache.filePath(QStringLiteral("77"), QStringLiteral("audio/ogg; codecs=opus")),
             QStringLiteral("/cache/77.ogg"));
    QCOMPARE(cache.filePath(QStringLiteral("77"), QStringLiteral("image/webp")),
             QStringLiteral("/cache/77.webp"));
    QCOMPARE(cache.filePath(QStringLiteral("77"), QStringLiteral("application/x-unknown")),
             QStringLiteral("/cache/77.bin"));
    QCOMPARE(cache.filePath(QStringLiteral("77"), QStringLiteral("application/pdf"),
                            QStringLiteral("Rechnung März.pdf")),
             QStringLiteral("/cache/77-Rechnung März.pdf"));
    QCOMPARE(
        cache.filePath(QStringLiteral("77"), QStringLiteral("application/pdf"), QStringLiteral("invoice")),
        QStringLiteral("/cache/77-invoice.pdf"));
    QCOMPARE(cache.filePath(QString(), QStringLiteral("image/jpeg")), QString());
}

void TestMediaCache::testLeastRecentlyUsedGoesFirst()
{
    QTemporaryDir dir;
    const MediaCache cache(dir.path(), 1000);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    write(cache.filePath(QStringLiteral("old"), QStringLiteral("image/png")), 400, now.addSecs(-300));
    write(cache.filePath(QStringLiteral("middle"), QStringLiteral("image/png")), 400, now.addSecs(-200));
    write(cache.filePath(QStringLiteral("new"), QStringLiteral("image/png")), 400, now.addSecs(-100));
    QVERIFY(QDir(cache.incomingDirectory()).mkpath(QStringLiteral(".")));
    write(cache.incomingDirectory() + QStringLiteral("/partial.png.aB3dE9"), 5000, now.addSecs(-900));
    write(cache.incomingDirectory() + QStringLiteral("/abandoned.jpg"), 5000, now.addDays(-2));
    // The oldest was just looked at: it is now the most recently used.
    QVERIFY(cache.use(cache.filePath(QStringLiteral("old"), QStringLiteral("image/png"))));
    QVERIFY(!cache.use(cache.filePath(QStringLiteral("absent"), QStringLiteral("image/png"))));

    const QStringList removed = cache.trim();
    QCOMPARE(removed,
             QStringList{QFileInfo(cache.filePath(QStringLiteral("middle"), QStringLiteral("image/png")))
                             .absoluteFilePath()});
    QCOMPARE(cache.size(), 800);
    QVERIFY(QFileInfo::exists(cache.filePath(QStringLiteral("old"), QStringLiteral("image/png"))));
    QVERIFY(QFileInfo::exists(cache.filePath(QStringLiteral("new"), QStringLiteral("image/png"))));
    // A download in progress is no entry of the cache; one left behind days ago is removed.
    QVERIFY(QFileInfo::exists(cache.incomingDirectory() + QStringLiteral("/partial.png.aB3dE9")));
    QVERIFY(!QFileInfo::exists(cache.incomingDirectory() + QStringLiteral("/abandoned.jpg")));
    QVERIFY(cache.trim().isEmpty());
}

void TestMediaCache::testKeptFileSurvivesAlone()
{
    QTemporaryDir dir;
    const MediaCache cache(dir.path(), 1000);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString small = cache.filePath(QStringLiteral("small"), QStringLiteral("image/png"));
    const QString big = cache.filePath(QStringLiteral("big"), QStringLiteral("image/png"));
    write(small, 100, now);
    write(big, 1500, now.addSecs(-60));
    // The file just added is larger than the cap: everything else goes, it stays to be shown.
    QCOMPARE(cache.trim(big).size(), 1);
    QVERIFY(QFileInfo::exists(big));
    QVERIFY(!QFileInfo::exists(small));
    // Without the exception it goes too.
    QCOMPARE(cache.trim().size(), 1);
    QCOMPARE(cache.size(), 0);
}

void TestMediaCache::testAdoptMovesAFinishedDownload()
{
    QTemporaryDir dir;
    const MediaCache cache(dir.filePath(QStringLiteral("cache")));
    QVERIFY(cache.prepare());
    const QString incoming = cache.incomingDirectory() + QStringLiteral("/5.jpg");
    write(incoming, 10, QDateTime::currentDateTimeUtc().addDays(-3));
    const QString path = cache.filePath(QStringLiteral("5"), QStringLiteral("image/jpeg"));
    QVERIFY(cache.adopt(incoming, path));
    QVERIFY(!QFileInfo::exists(incoming));
    QCOMPARE(QFileInfo(path).size(), 10);
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QVERIFY(QFileInfo(path).lastModified().secsTo(QDateTime::currentDateTime()) < 60);
    // Saved elsewhere by another download of the same media: copied, the user's file stays.
    QTemporaryDir elsewhere;
    const QString saved = elsewhere.filePath(QStringLiteral("photo.jpg"));
    write(saved, 20, QDateTime::currentDateTimeUtc());
    QVERIFY(cache.adopt(saved, path));
    QVERIFY(QFileInfo::exists(saved));
    QCOMPARE(QFileInfo(path).size(), 20);
    QVERIFY(!cache.adopt(elsewhere.filePath(QStringLiteral("missing.jpg")), path));
}

void TestMediaCache::testFolderIsOwnerOnly()
{
    QTemporaryDir dir;
    const MediaCache cache(dir.filePath(QStringLiteral("a/b/media-cache")));
    QVERIFY(cache.prepare());
    const QFileDevice::Permissions permissions = QFileInfo(cache.directory()).permissions();
    QVERIFY(permissions & QFileDevice::WriteOwner);
    QCOMPARE(permissions & (QFileDevice::ReadOther | QFileDevice::ReadGroup | QFileDevice::ExeOther),
             QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestMediaCache)
#include "TestMediaCache.moc"
