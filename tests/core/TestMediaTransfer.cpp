// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MediaDownloader.h"
#include "api/MediaUploader.h"
#include "FakeGraphApiServer.h"
#include "FakeHostileServer.h"
#include "TestEnvironment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;
using Kind = GraphError::Kind;
using Problem = MediaDownloader::Problem;
using Mode = FakeHostileServer::Mode;

Q_DECLARE_METATYPE(std::optional<ChannelDesk::MediaKind>)
Q_DECLARE_METATYPE(FakeHostileServer::Mode)
Q_DECLARE_METATYPE(ChannelDesk::GraphError::Kind)

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
//! What loopback socket buffers and Qt's read buffer can hold beyond what the client read: the
//! kernel grows a receive buffer up to net.ipv4.tcp_rmem's maximum (32 MiB where these tests run).
constexpr qint64 BufferSlack = 32 * MiB;

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

QByteArray pngBytes()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + randomBytes(2000);
}

//! A WebP file header (RIFF/WEBP/VP8X); the animation flag is bit 1 of the VP8X flags byte.
QByteArray webpHeader(bool animated)
{
    QByteArray header("RIFF\0\0\0\0WEBPVP8X", 16);
    header += QByteArray("\x0a\0\0\0", 4);
    header += char(animated ? 0x02 : 0x00);
    return header;
}

} // namespace

class TestMediaTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testKindForMimeType_data();
    void testKindForMimeType();
    void testUpload();
    void testRejectedBeforeUpload_data();
    void testRejectedBeforeUpload();
    void testAnimatedStickerLimit();
    void testUploadMetaError();
    void testDownload();
    void testDownloadAcceptsHexChecksum();
    void testDownloadChecksumMismatch();
    void testDownloadFreshUrlAfter404();
    void testDownloadGivesUpAfterSecond404();
    void testDownloadUnknownMedia();
    void testMediaUrlNeedsBearer();
    void testDownloadCancel();
    void testDownloadStopsAtDeadline();
    void testDownloadStopsPastTheSizeLimit_data();
    void testDownloadStopsPastTheSizeLimit();
    void testHugeErrorBodyIsCut_data();
    void testHugeErrorBodyIsCut();

private:
    GraphEndpoint endpoint() const;
    MediaUploadResult uploadAndWait(const QString& path, std::optional<MediaKind> kind = {},
                                    const QString& mimeType = {});
    QString writeFile(const QString& name, const QByteArray& data, qint64 size = -1);
    bool downloadAndWait(MediaDownloader& downloader, const QString& mediaId, const QString& path);
    //! Makes server answer Meta's media lookup normally, with a media URL on itself; fileSize < 0
    //! leaves file_size out, as some answers do.
    static void serveLookup(FakeHostileServer& server, qint64 fileSize);

    FakeGraphApiServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMediaTransfer::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.start());
}

void TestMediaTransfer::init()
{
    m_server.reset();
    m_server.setExpectedToken(FakeGraphApiServer::validToken());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

GraphEndpoint TestMediaTransfer::endpoint() const
{
    return {m_server.baseUrl(), QStringLiteral("v25.0"), FakeGraphApiServer::validToken()};
}

QString TestMediaTransfer::writeFile(const QString& name, const QByteArray& data, qint64 size)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    // Large files are sparse: only their size matters to the checks.
    if (size > data.size() && !file.resize(size))
        return {};
    return path;
}

MediaUploadResult TestMediaTransfer::uploadAndWait(const QString& path, std::optional<MediaKind> kind,
                                                   const QString& mimeType)
{
    MediaUploader uploader(&m_network, endpoint(), FakeGraphApiServer::phoneNumberId());
    QSignalSpy finished(&uploader, &MediaUploader::finished);
    uploader.upload(QStringLiteral("up-1"), path, kind, mimeType);
    if (!finished.wait(15000) || finished.count() != 1)
        return {};
    return finished.first().at(1).value<MediaUploadResult>();
}

bool TestMediaTransfer::downloadAndWait(MediaDownloader& downloader, const QString& mediaId,
                                        const QString& path)
{
    QSignalSpy finished(&downloader, &MediaDownloader::finished);
    downloader.download(mediaId, path);
    return (finished.count() == 1 || finished.wait(15000)) && finished.count() == 1
        && !downloader.isRunning();
}

void TestMediaTransfer::testKindForMimeType_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<std::optional<MediaKind>>("kind");
    QTest::newRow("jpeg") << QStringLiteral("image/jpeg") << std::optional(MediaKind::Image);
    QTest::newRow("png with parameter")
        << QStringLiteral("Image/PNG; charset=binary") << std::optional(MediaKind::Image);
    QTest::newRow("webp is a sticker") << QStringLiteral("image/webp") << std::optional(MediaKind::Sticker);
    QTest::newRow("mp4 video") << QStringLiteral("video/mp4") << std::optional(MediaKind::Video);
    QTest::newRow("mp3") << QStringLiteral("audio/mpeg") << std::optional(MediaKind::Audio);
    QTest::newRow("ogg") << QStringLiteral("audio/ogg") << std::optional(MediaKind::Audio);
    QTest::newRow("pdf") << QStringLiteral("application/pdf") << std::optional(MediaKind::Document);
    QTest::newRow("docx") << QStringLiteral(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                          << std::optional(MediaKind::Document);
    QTest::newRow("gif") << QStringLiteral("image/gif") << std::optional<MediaKind>();
    QTest::newRow("zip") << QStringLiteral("application/zip") << std::optional<MediaKind>();
}

void TestMediaTransfer::testKindForMimeType()
{
    QFETCH(QString, mimeType);
    QFETCH(std::optional<MediaKind>, kind);
    QCOMPARE(MediaUploader::kindForMimeType(mimeType), kind);
}

void TestMediaTransfer::testUpload()
{
    const QByteArray data = pngBytes();
    const QString path = writeFile(QStringLiteral("photo.png"), data);
    const MediaUploadResult result = uploadAndWait(path);
    QVERIFY2(result.ok(), qPrintable(result.rejection + result.error.message));
    QVERIFY(!result.mediaId.isEmpty());
    QCOMPARE(result.mimeType, QStringLiteral("image/png"));
    QCOMPARE(result.size, data.size());

    const QList<FakeGraphApiServer::Upload> uploads = m_server.uploads();
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads.first().mediaId, result.mediaId);
    QCOMPARE(uploads.first().messagingProduct, QStringLiteral("whatsapp"));
    QCOMPARE(uploads.first().typeField, QStringLiteral("image/png"));
    QCOMPARE(uploads.first().fileName, QStringLiteral("photo.png"));
    QCOMPARE(uploads.first().fileContentType, QStringLiteral("image/png"));
    QCOMPARE(uploads.first().data, data);
    const FakeGraphApiServer::Request request = m_server.requests().last();
    QCOMPARE(request.path, QStringLiteral("/v25.0/106540352242922/media"));
    QVERIFY(request.headers.value("content-type").startsWith("multipart/form-data; boundary="));
    QCOMPARE(request.headers.value("authorization"), "Bearer " + FakeGraphApiServer::validToken().toUtf8());
}

void TestMediaTransfer::testRejectedBeforeUpload_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<std::optional<MediaKind>>("kind");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("image over 5 MB") << QStringLiteral("big.png") << pngBytes() << 5 * MiB + 1
                                     << std::optional<MediaKind>() << QString()
                                     << QStringList{QStringLiteral("5 MB"), QStringLiteral("image")};
    QTest::newRow("video over 16 MB")
        << QStringLiteral("clip.mp4") << QByteArray("....ftypisom") << 16 * MiB + 1
        << std::optional(MediaKind::Video) << QStringLiteral("video/mp4")
        << QStringList{QStringLiteral("16 MB"), QStringLiteral("video")};
    QTest::newRow("static sticker over 100 KB")
        << QStringLiteral("s.webp") << webpHeader(false) << 100 * KiB + 1 << std::optional<MediaKind>()
        << QString() << QStringList{QStringLiteral("100 kB"), QStringLiteral("static sticker")};
    QTest::newRow("animated sticker over 500 KB")
        << QStringLiteral("a.webp") << webpHeader(true) << 500 * KiB + 1 << std::optional<MediaKind>()
        << QString() << QStringList{QStringLiteral("500 kB"), QStringLiteral("animated sticker")};
    QTest::newRow("document over 100 MB")
        << QStringLiteral("r.pdf") << QByteArray("%PDF-1.7\n") << 100 * MiB + 1 << std::optional<MediaKind>()
        << QStringLiteral("application/pdf")
        << QStringList{QStringLiteral("100 MB"), QStringLiteral("document")};
    QTest::newRow("gif not allowed") << QStringLiteral("a.gif") << QByteArray("GIF89a") << qint64(100)
                                     << std::optional<MediaKind>() << QStringLiteral("image/gif")
                                     << QStringList{QStringLiteral("image/gif"), QStringLiteral("PNG")};
    QTest::newRow("png as a sticker")
        << QStringLiteral("p.png") << pngBytes() << qint64(-1) << std::optional(MediaKind::Sticker)
        << QString() << QStringList{QStringLiteral("image/png"), QStringLiteral("image/webp")};
    QTest::newRow("empty file") << QStringLiteral("e.txt") << QByteArray() << qint64(-1)
                                << std::optional(MediaKind::Document) << QStringLiteral("text/plain")
                                << QStringList{QStringLiteral("empty")};
    QTest::newRow("missing file") << QString() << QByteArray() << qint64(-1) << std::optional<MediaKind>()
                                  << QString() << QStringList{QStringLiteral("Cannot read")};
}

void TestMediaTransfer::testRejectedBeforeUpload()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, head);
    QFETCH(qint64, size);
    QFETCH(std::optional<MediaKind>, kind);
    QFETCH(QString, mimeType);
    QFETCH(QStringList, words);
    const QString path = name.isEmpty() ? m_dir->filePath(QStringLiteral("does-not-exist.png"))
                                        : writeFile(name, head, size);
    QVERIFY(!path.isEmpty());
    const MediaUploadResult result = uploadAndWait(path, kind, mimeType);
    QVERIFY(!result.ok());
    QVERIFY(result.mediaId.isEmpty());
    QVERIFY(!result.error.isError());
    for (const QString& word : std::as_const(words))
        QVERIFY2(result.rejection.contains(word), qPrintable(result.rejection));
    QCOMPARE(m_server.requestCount(), 0); // never reached Meta
}

void TestMediaTransfer::testAnimatedStickerLimit()
{
    // 200 KB: too big for a static sticker, fine for an animated one.
    QVERIFY(!MediaUploader::check(MediaKind::Sticker, QStringLiteral("image/webp"), 200 * KiB, false).ok());
    QVERIFY(MediaUploader::check(MediaKind::Sticker, QStringLiteral("image/webp"), 200 * KiB, true).ok());
    QByteArray data = webpHeader(true) + randomBytes(200 * KiB);
    const MediaUploadResult result = uploadAndWait(writeFile(QStringLiteral("wave.webp"), data));
    QVERIFY2(result.ok(), qPrintable(result.rejection + result.error.message));
    QCOMPARE(m_server.uploads().size(), 1);
    QCOMPARE(m_server.uploads().first().typeField, QStringLiteral("image/webp"));
}

void TestMediaTransfer::testUploadMetaError()
{
    m_server.queueError(131053, QStringLiteral("/media"));
    const MediaUploadResult result = uploadAndWait(writeFile(QStringLiteral("photo.png"), pngBytes()));
    QVERIFY(!result.ok());
    QVERIFY(result.rejection.isEmpty());
    QCOMPARE(result.error.kind, Kind::Api);
    QCOMPARE(result.error.code, 131053);
    QVERIFY(result.mediaId.isEmpty());
}

void TestMediaTransfer::testDownload()
{
    const QByteArray data = randomBytes(300 * KiB);
    const QString mediaId = m_server.addMedia(data, QStringLiteral("image/jpeg"));
    MediaDownloader downloader(&m_network, endpoint(), FakeGraphApiServer::phoneNumberId());
    QSignalSpy progress(&downloader, &MediaDownloader::progress);
    const QString path = m_dir->filePath(QStringLiteral("in.jpg"));
    QVERIFY(downloadAndWait(downloader, mediaId, path));
    QVERIFY2(downloader.succeeded(), qPrintable(downloader.errorString()));
    QCOMPARE(downloader.problem(), Problem::None);
    QCOMPARE(downloader.mimeType(), QStringLiteral("image/jpeg"));
    QCOMPARE(downloader.fileSize(), data.size());
    QCOMPARE(downloader.sha256(),
             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toBase64()));
    QCOMPARE(downloader.urlLookups(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), data);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), data.size());
    QCOMPARE(progress.last().at(1).toLongLong(), data.size());

    // Step one asks Meta for the URL (and ownership); step two fetches it with the bearer token.
    const QList<FakeGraphApiServer::Request> lookups
        = m_server.requestsTo(QStringLiteral("/v25.0/") + mediaId);
    QCOMPARE(lookups.size(), 1);
    QCOMPARE(lookups.first().query.queryItemValue(QStringLiteral("phone_number_id")),
             FakeGraphApiServer::phoneNumberId());
    const QList<FakeGraphApiServer::Request> downloads = m_server.requestsTo(QStringLiteral("/attachments"));
    QCOMPARE(downloads.size(), 1);
    QCOMPARE(downloads.first().headers.value("authorization"),
             "Bearer " + FakeGraphApiServer::validToken().toUtf8());
}

void TestMediaTransfer::testDownloadAcceptsHexChecksum()
{
    const QByteArray data = randomBytes(10 * KiB);
    const QString mediaId = m_server.addMedia(data, QStringLiteral("application/pdf"));
    m_server.setMediaSha256(
        mediaId, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    MediaDownloader downloader(&m_network, endpoint(), FakeGraphApiServer::phoneNumberId());
    QVERIFY(downloadAndWait(downloader, mediaId, m_dir->filePath(QStringLiteral("doc.pdf"))));
    QVERIFY2(downloader.succeeded(), qPrintable(downloader.errorString()));
}

void TestMediaTransfer::testDownloadChecksumMismatch()
{
    const QString mediaId = m_server.addMedia(randomBytes(20 * KiB), QStringLiteral("image/jpeg"));
    m_server.setMediaSha256(
        mediaId,
        QString::fromLatin1(QCryptographicHash::hash("other", QCryptographicHash::Sha256).toBase64()));
    MediaDownloader downloader(&m_network, endpoint(), FakeGraphApiServer::phoneNumberId());
    const QString path = m_dir->filePath(QStringLiteral("bad.jpg"));
    QVERIFY(downloadAndWait(downloader, mediaId, path));
    QVERIFY(!downloader.succeeded());
    QCOMPARE(downloader.problem(), Problem::Checksum);
    QVERIFY(downloader.errorString().contains(QStringLiteral("SHA-256")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList()); // no temporary left behind
}

void TestMediaTransfer::testDownloadFreshUrlAfter404()
{
    const QByteArray data = randomBytes(50 * KiB);
    const QString mediaId = m_server.addMedia(data, QStringLiteral("video/mp4"));
    m_server.failMediaDownloads(1);
    MediaDownloader downloader(&m_network, endpoint(), FakeGraphApiServer::phoneNumberId());
    const QString path = m_dir->filePath(QStringLiteral("clip.mp4"));
    QVERIFY(downloadAndWait(downloader, mediaId, path));
    QVERIFY2(downloader.succeeded(), qPrintable(downloader.errorString()));
    QCOMPARE(downloader.urlLookups(), 2);
    const QList<FakeGraphApiServer::Request> downloads = m_server.requestsTo(QStringLiteral("/attachments"));
    QCOMPARE(downloads.size(), 2);
    // The second try used the fresh URL, not the old one again.
    QVERIFY(downloads.at(0).query.toString() != downloads.at(1).query.toString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), data);
}

void TestMediaTransfer::testDownloadGivesUpAfterSecond404()
{
    const QString mediaId = m_server.addMedia(randomBytes(KiB), QStringLiteral("audio/ogg"));
    m_server.failMediaDownloads(2);
    MediaDownloader downloader(&m_network, endpoint(), FakeGraphApiServer::phoneNumberId());
    const QString path = m_dir->filePath(QStringLiteral("voice.ogg"));
    QVERIFY(downloadAndWait(downloader, mediaId, path));
    QCOMPARE(downloader.problem(), Problem::Graph);
    QCOMPARE(downloader.error().httpStatus, 404);
    QCOMPARE(downloader.urlLookups(), 2);
    QCOMPARE(m_server.requestsTo(QStringLiteral("/attachments")).size(), 2);
    QVERIFY(!QFile::exists(path));
}

void TestMediaTransfer::testDownloadUnknownMedia()
{
    MediaDownloader downloader(&m_network, endpoint(), FakeGraphApiServer::phoneNumberId());
    QVERIFY(downloadAndWait(downloader, QStringLiteral("999"), m_dir->filePath(QStringLiteral("x"))));
    QCOMPARE(downloader.problem(), Problem::Graph);
    QCOMPARE(downloader.error().kind, Kind::Api);
    QCOMPARE(downloader.error().code, 100);
    QVERIFY(!downloader.errorString().isEmpty());
    QCOMPARE(m_server.requestsTo(QStringLiteral("/attachments")).size(), 0);
}

void TestMediaTransfer::testMediaUrlNeedsBearer()
{
    // Meta's media URLs refuse requests without the token; the fake does the same.
    const QString mediaId = m_server.addMedia(randomBytes(KiB), QStringLiteral("image/png"));
    QNetworkRequest lookup(QUrl(m_server.baseUrl().toString() + QStringLiteral("/v25.0/") + mediaId));
    lookup.setRawHeader("Authorization", "Bearer " + FakeGraphApiServer::validToken().toUtf8());
    std::unique_ptr<QNetworkReply> info(m_network.get(lookup));
    QTRY_VERIFY(info->isFinished());
    const QUrl url(QJsonDocument::fromJson(info->readAll()).object().value(QLatin1String("url")).toString());
    QVERIFY(url.isValid());
    std::unique_ptr<QNetworkReply> anonymous(m_network.get(QNetworkRequest(url)));
    QTRY_VERIFY(anonymous->isFinished());
    QCOMPARE(anonymous->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
}

void TestMediaTransfer::testDownloadCancel()
{
    const QByteArray data = randomBytes(512 * KiB);
    const QString mediaId = m_server.addMedia(data, QStringLiteral("video/mp4"));
    m_server.setMediaChunkSize(8 * KiB); // about a second in all, so cancel lands mid-transfer
    MediaDownloader downloader(&m_network, endpoint(), FakeGraphApiServer::phoneNumberId());
    QSignalSpy finished(&downloader, &MediaDownloader::finished);
    QSignalSpy progress(&downloader, &MediaDownloader::progress);
    const QString path = m_dir->filePath(QStringLiteral("long.mp4"));
    downloader.download(mediaId, path);
    QVERIFY(downloader.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toLongLong() > 0, 10000);
    downloader.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!downloader.isRunning());
    QCOMPARE(downloader.problem(), Problem::Graph);
    QCOMPARE(downloader.error().kind, Kind::Cancelled);
    QVERIFY(progress.last().at(0).toLongLong() < data.size());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestMediaTransfer::testDownloadStopsAtDeadline()
{
    const QByteArray data = randomBytes(512 * KiB);
    const QString mediaId = m_server.addMedia(data, QStringLiteral("video/mp4"));
    m_server.setMediaChunkSize(8 * KiB); // about a second in all, always moving: no idle timeout
    MediaDownloader downloader(&m_network, endpoint(), FakeGraphApiServer::phoneNumberId());
    downloader.setDeadline(300);
    const QString path = m_dir->filePath(QStringLiteral("slow.mp4"));
    // Whether the deadline cut the transfer shows in the outcome (a timeout, no file), not in a
    // wall-clock bound, which a loaded machine can overrun.
    QVERIFY(downloadAndWait(downloader, mediaId, path));
    QCOMPARE(downloader.problem(), Problem::Graph);
    QCOMPARE(downloader.error().kind, Kind::Timeout);
    QVERIFY2(downloader.errorString().contains(QLatin1String("whole file within 0.3 s")),
             qPrintable(downloader.errorString()));
    QVERIFY(!QFile::exists(path));
}

void TestMediaTransfer::testDownloadStopsPastTheSizeLimit_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<qint64>("announced");
    QTest::addColumn<QString>("words");
    const QString pastAnnounced = QStringLiteral("sent more than the 1048576 bytes Meta announced");
    const QString pastCap = QStringLiteral("sent more than 2 MiB");
    // Endless answers are caught while the bytes stream in; a huge Content-Length before the first.
    QTest::newRow("endless, past file_size") << Mode::Endless << MiB << pastAnnounced;
    QTest::newRow("64 MiB Content-Length, past file_size") << Mode::HugeLength << MiB << pastAnnounced;
    QTest::newRow("endless, no file_size, past the cap") << Mode::Endless << qint64(-1) << pastCap;
    QTest::newRow("64 MiB Content-Length, no file_size, past the cap")
        << Mode::HugeLength << qint64(-1) << pastCap;
}

void TestMediaTransfer::testDownloadStopsPastTheSizeLimit()
{
    QFETCH(Mode, mode);
    QFETCH(qint64, announced);
    QFETCH(QString, words);
    FakeHostileServer server(mode);
    QVERIFY(server.start());
    serveLookup(server, announced);
    MediaDownloader downloader(
        &m_network,
        GraphEndpoint{server.baseUrl(), QStringLiteral("v25.0"), FakeGraphApiServer::validToken()},
        FakeGraphApiServer::phoneNumberId());
    // 2 MiB stands in for the 100 MiB cap. The deadline is far beyond what the cap needs and ends
    // the test should the cap fail, before the endless answer fills the disk.
    downloader.setMaxSize(2 * MiB);
    downloader.setDeadline(10000);
    const QString path = m_dir->filePath(QStringLiteral("huge.mp4"));
    QVERIFY(downloadAndWait(downloader, QStringLiteral("1"), path));
    QCOMPARE(downloader.problem(), Problem::Graph);
    QCOMPARE(downloader.error().kind, Kind::Malformed);
    QVERIFY2(downloader.errorString().contains(words), qPrintable(downloader.errorString()));
    QVERIFY2(downloader.errorString().contains(QLatin1String("discarded")),
             qPrintable(downloader.errorString()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList()); // the partial file is gone
    QCOMPARE(server.requestCount(), 1);
    // What the server managed to write is the limit plus what the buffers held (about 5 MB here),
    // short of the 64 MiB (or the endless stream) it offered.
    const qint64 limit = announced > 0 ? announced : 2 * MiB;
    QVERIFY2(server.bytesSent() < limit + BufferSlack, qPrintable(QString::number(server.bytesSent())));
    qInfo("stopped with the server at %lld bytes written", server.bytesSent());
}

void TestMediaTransfer::testHugeErrorBodyIsCut_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("requests");
    // An error JSON followed by endless whitespace is still valid JSON once cut: Meta's words
    // survive the cap. A 404 asks for a fresh URL once, so it is fetched twice.
    QTest::newRow("404, Meta's error") << 404 << FakeGraphApiServer::errorBody(131052) << Kind::Api
                                       << QStringLiteral("(#131052) Media download error") << 2;
    QTest::newRow("500, Meta's error") << 500 << FakeGraphApiServer::errorBody(2) << Kind::Api
                                       << QStringLiteral("An unexpected error has occurred") << 1;
    QTest::newRow("502, an HTML page")
        << 502 << QByteArray("<html><body>Bad gateway") << Kind::Http << QStringLiteral("HTTP 502") << 1;
}

void TestMediaTransfer::testHugeErrorBodyIsCut()
{
    QFETCH(int, status);
    QFETCH(QByteArray, prefix);
    QFETCH(Kind, kind);
    QFETCH(QString, words);
    QFETCH(int, requests);
    FakeHostileServer server(Mode::Endless, status);
    server.setBodyPrefix(prefix);
    QVERIFY(server.start());
    serveLookup(server, 10 * KiB);
    MediaDownloader downloader(
        &m_network,
        GraphEndpoint{server.baseUrl(), QStringLiteral("v25.0"), FakeGraphApiServer::validToken()},
        FakeGraphApiServer::phoneNumberId());
    downloader.setDeadline(10000); // the cap, not the deadline, must end these
    const QString path = m_dir->filePath(QStringLiteral("error.mp4"));
    QVERIFY(downloadAndWait(downloader, QStringLiteral("1"), path));
    QCOMPARE(downloader.problem(), Problem::Graph);
    QCOMPARE(downloader.error().kind, kind);
    QCOMPARE(downloader.error().httpStatus, status);
    QVERIFY2(downloader.errorString().contains(words), qPrintable(downloader.errorString()));
    QVERIFY(downloader.error().body.size() <= 4096);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
    QCOMPARE(server.requestCount(), requests);
    // 64 KiB of each error page was kept; the rest of the endless page was never read.
    QVERIFY2(server.bytesSent() < requests * (64 * KiB + BufferSlack),
             qPrintable(QString::number(server.bytesSent())));
    qInfo("cut with the server at %lld bytes written", server.bytesSent());
}

void TestMediaTransfer::serveLookup(FakeHostileServer& server, qint64 fileSize)
{
    // The URL is on the server itself: the token goes only to https or to the Graph API's own host.
    QJsonObject lookup{
        {QStringLiteral("url"), QString(server.baseUrl().toString() + QStringLiteral("/attachments?mid=1"))},
        {QStringLiteral("mime_type"), QStringLiteral("video/mp4")},
        {QStringLiteral("id"), QStringLiteral("1")}};
    if (fileSize >= 0)
        lookup.insert(QStringLiteral("file_size"), QString::number(fileSize));
    server.answerNormally(QStringLiteral("/v25.0/"), QJsonDocument(lookup).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestMediaTransfer)
#include "TestMediaTransfer.moc"
