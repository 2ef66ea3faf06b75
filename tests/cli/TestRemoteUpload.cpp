// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A file from the console's computer sent through a real `channeldesk serve` (the console's
// `upload` verb, then `send` with its token), with the local Graph API stand-in: the bytes reach
// Meta's media upload and the message names the media id, the server's copy goes once the send is
// final, and what must stay refused does (client-named paths, bad tokens, files over 16 MiB, a
// viewer, large bodies anywhere but the upload).
#include "remote/RemoteDesk.h"

#include "FakeGraphApiServer.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString token = QStringLiteral("EAA_FAKE_UPLOAD_TOKEN_CHANNELDESK_") + QString(60, QLatin1Char('3'));
const QString customer = QStringLiteral("15557654322");
const QString channel = QStringLiteral("uploads");
constexpr int Timeout = 10000;

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    return bytes;
}

QByteArray pngBytes()
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + randomBytes(4096);
}

} // namespace

class TestRemoteUpload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testImageFromThisComputerReachesMeta();
    void testFileOverTheLimitIsRefusedBeforeUploading();
    void testUploadVerbKeepsTheFilePrivateAndRemovesStaleOnes();
    void testSendRefusesPathsAndBadTokens();
    void testUploadRefusals();
    void testLargeBodiesOnlyForTheUpload();

private:
    QString uploadsDir() const { return m_home.filePath(QStringLiteral("data/uploads")); }
    QStringList uploads() const { return QDir(uploadsDir()).entryList(QDir::Files); }
    ServeProcess::Reply console(const QString& verb, const QString& role, const QJsonObject& body) const
    {
        return m_serve->post(QStringLiteral("/api/v1/console/") + verb, m_keys.value(role), body);
    }
    QJsonObject uploadBody(const QByteArray& data,
                           const QString& filename = QStringLiteral("photo.png")) const
    {
        return {{QStringLiteral("channel"), channel},
                {QStringLiteral("filename"), filename},
                {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                {QStringLiteral("data"), QString::fromLatin1(data.toBase64())}};
    }
    QJsonObject imageRequest() const
    {
        return {{QStringLiteral("channel_id"), channel},
                {QStringLiteral("to"), customer},
                {QStringLiteral("content"),
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("image")},
                             {QStringLiteral("mimeType"), QStringLiteral("image/png")}}}};
    }

    QTemporaryDir m_home;
    QTemporaryDir m_console;
    QTemporaryDir m_files;
    FakeGraphApiServer m_graph;
    std::unique_ptr<ServeProcess> m_serve;
    QHash<QString, QString> m_keys;
};

void TestRemoteUpload::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_graph.start());
    m_graph.setExpectedToken(token);
    m_serve = ServeProcess::inHome(m_home.path());
    m_keys
        = m_serve->createKeys(QStringLiteral("console-"),
                              {QStringLiteral("viewer"), QStringLiteral("sender"), QStringLiteral("admin")});
    QVERIFY(m_serve->start());
    const auto created
        = m_serve->addCloudChannel(m_keys.value(QStringLiteral("admin")), channel, token, m_graph.baseUrl());
    QVERIFY2(created.status == 201, created.body.constData());
    // The customer wrote first, so a free-form reply is inside the 24-hour window.
    WebhookClient webhook(m_serve->webhookPort());
    const QByteArray body
        = WebhookClient::textMessage(FakeGraphApiServer::phoneNumberId(), QStringLiteral("wamid.upload-in-1"),
                                     customer, QStringLiteral("Ana"), QStringLiteral("A photo please"),
                                     QDateTime::currentDateTimeUtc().addSecs(-60));
    // The receiver takes the new channel up shortly after it is saved; the wamid makes a repeat harmless.
    QTRY_COMPARE_WITH_TIMEOUT(
        webhook.post(FakeGraphApiServer::phoneNumberId(), body, TestEnvironment::appSecret().toUtf8()), 200,
        Timeout);
}

void TestRemoteUpload::cleanupTestCase()
{
    m_serve->stop();
}

void TestRemoteUpload::testImageFromThisComputerReachesMeta()
{
    const QByteArray png = pngBytes();
    const QString path = m_files.filePath(QStringLiteral("photo.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(png);
    file.close();

    RemoteDesk::Options options;
    options.server = QUrl(m_serve->apiBase());
    options.key = m_keys.value(QStringLiteral("sender"));
    options.consoleDirectory = m_console.path();
    RemoteDesk desk(options);
    const QFuture<Status> loaded = desk.loadChannels();
    QVERIFY(QTest::qWaitFor([&] { return loaded.isFinished(); }, Timeout));
    QVERIFY(desk.canSend(channel));

    QSignalSpy queued(&desk, &Desk::sendQueued);
    QSignalSpy refused(&desk, &Desk::sendRefused);
    SendRequest request{QStringLiteral("u1"), channel, customer, {}, QStringLiteral("gui")};
    request.content.kind = OutboundContent::Kind::Image;
    request.content.localFile = path;
    request.content.mimeType = QStringLiteral("image/png");
    request.content.text = QStringLiteral("Here it is");
    const int uploadsBefore = m_graph.uploads().size();
    desk.send(request);
    QVERIFY2(queued.wait(Timeout),
             refused.isEmpty() ? "no answer"
                               : qPrintable(refused.first().at(1).value<SendRefusal>().message));
    QCOMPARE(queued.first().at(0).toString(), QStringLiteral("u1"));
    // The console never learns where the server keeps the file.
    QVERIFY(queued.first().at(1).value<OutboundItem>().content.localFile.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(m_graph.uploads().size(), uploadsBefore + 1, Timeout);
    const FakeGraphApiServer::Upload upload = m_graph.uploads().last();
    QCOMPARE(upload.data, png);
    QCOMPARE(upload.typeField, QStringLiteral("image/png"));
    const auto imageSent = [&] {
        const QList<QJsonObject> bodies = m_graph.messageBodies();
        return !bodies.isEmpty()
            && bodies.last().value(QStringLiteral("image")).toObject().value(QStringLiteral("id")).toString()
            == upload.mediaId;
    };
    QTRY_VERIFY_WITH_TIMEOUT(imageSent(), Timeout);
    QCOMPARE(m_graph.messageBodies()
                 .last()
                 .value(QStringLiteral("image"))
                 .toObject()
                 .value(QStringLiteral("caption")),
             QStringLiteral("Here it is"));
    // Meta took it: the send is final and the server's copy is gone.
    QTRY_VERIFY_WITH_TIMEOUT(uploads().isEmpty(), Timeout);
}

void TestRemoteUpload::testFileOverTheLimitIsRefusedBeforeUploading()
{
    const QString path = m_files.filePath(QStringLiteral("huge.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(17 * 1024 * 1024));
    file.close();
    RemoteDesk::Options options;
    options.server = QUrl(m_serve->apiBase());
    options.key = m_keys.value(QStringLiteral("sender"));
    options.consoleDirectory = m_console.path();
    RemoteDesk desk(options);
    const QFuture<Status> loaded = desk.loadChannels();
    QVERIFY(QTest::qWaitFor([&] { return loaded.isFinished(); }, Timeout));
    QSignalSpy refused(&desk, &Desk::sendRefused);
    SendRequest request{QStringLiteral("big"), channel, customer, {}, QStringLiteral("gui")};
    request.content.kind = OutboundContent::Kind::Image;
    request.content.localFile = path;
    request.content.mimeType = QStringLiteral("image/png");
    desk.send(request);
    QVERIFY(refused.wait(Timeout));
    QCOMPARE(refused.first().at(0).toString(), QStringLiteral("big"));
    const auto refusal = refused.first().at(1).value<SendRefusal>();
    QVERIFY2(refusal.message.contains(QStringLiteral("16 MiB")), qPrintable(refusal.message));
    QVERIFY(uploads().isEmpty());

    // The server holds the same line for any client.
    const auto tooLarge = console(QStringLiteral("upload"), QStringLiteral("sender"),
                                  uploadBody(QByteArray(17 * 1024 * 1024, 'x')));
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.code(), QStringLiteral("TOO_LARGE"));
    QVERIFY2(tooLarge.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("16 MiB")),
             tooLarge.body.constData());
    QVERIFY(uploads().isEmpty());
}

void TestRemoteUpload::testUploadVerbKeepsTheFilePrivateAndRemovesStaleOnes()
{
    const auto first = console(QStringLiteral("upload"), QStringLiteral("sender"),
                               uploadBody(pngBytes(), QStringLiteral("../../etc/évil name.png")));
    QVERIFY2(first.status == 200, first.body.constData());
    const QString firstToken = first.json.value(QStringLiteral("upload")).toString();
    QCOMPARE(firstToken.size(), 32);
    QCOMPARE(uploads(), QStringList{firstToken + QStringLiteral("-_vil_name.png")});
    const QString firstPath = uploadsDir() + QLatin1Char('/') + uploads().first();
    QCOMPARE(QFile::permissions(firstPath) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    // A day-old upload no send used goes with the next upload.
    QFile stale(firstPath);
    QVERIFY(stale.open(QIODevice::ReadWrite));
    QVERIFY(stale.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-25 * 3600),
                              QFileDevice::FileModificationTime));
    stale.close();
    const auto second = console(QStringLiteral("upload"), QStringLiteral("sender"), uploadBody(pngBytes()));
    QVERIFY2(second.status == 200, second.body.constData());
    const QString secondToken = second.json.value(QStringLiteral("upload")).toString();
    QCOMPARE(uploads(), QStringList{secondToken + QStringLiteral("-photo.png")});

    // Only a media message takes it, and a refused send removes it.
    QJsonObject text = imageRequest();
    text.insert(QStringLiteral("content"),
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("text")},
                            {QStringLiteral("text"), QStringLiteral("hi")}});
    const auto notMedia
        = console(QStringLiteral("send"), QStringLiteral("sender"),
                  {{QStringLiteral("request"), text}, {QStringLiteral("upload"), secondToken}});
    QCOMPARE(notMedia.status, 400);
    QJsonObject elsewhere = imageRequest();
    elsewhere.insert(QStringLiteral("to"), QStringLiteral("15550000001")); // never wrote: window closed
    const auto closed
        = console(QStringLiteral("send"), QStringLiteral("sender"),
                  {{QStringLiteral("request"), elsewhere}, {QStringLiteral("upload"), secondToken}});
    QVERIFY2(closed.status >= 400, closed.body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(uploads().isEmpty(), Timeout);
    const auto reused
        = console(QStringLiteral("send"), QStringLiteral("sender"),
                  {{QStringLiteral("request"), imageRequest()}, {QStringLiteral("upload"), secondToken}});
    QCOMPARE(reused.status, 404);
    QCOMPARE(reused.code(), QStringLiteral("UNKNOWN_UPLOAD"));
}

void TestRemoteUpload::testSendRefusesPathsAndBadTokens()
{
    const int sendsBefore = m_graph.messageBodies().size();
    QJsonObject named = imageRequest();
    named.insert(QStringLiteral("content"),
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("image")},
                             {QStringLiteral("localFile"), QStringLiteral("/etc/passwd")}});
    const auto path
        = console(QStringLiteral("send"), QStringLiteral("sender"), {{QStringLiteral("request"), named}});
    QCOMPARE(path.status, 400);
    QVERIFY2(path.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("never reads")),
             path.body.constData());
    for (const QString& bad : {QStringLiteral("xyz"), QStringLiteral("../../../../etc/passwd"),
                               QString(32, QLatin1Char('G')), QString(33, QLatin1Char('a'))}) {
        const auto refused
            = console(QStringLiteral("send"), QStringLiteral("sender"),
                      {{QStringLiteral("request"), imageRequest()}, {QStringLiteral("upload"), bad}});
        QVERIFY2(refused.status == 400, qPrintable(bad));
    }
    const auto unknown = console(QStringLiteral("send"), QStringLiteral("sender"),
                                 {{QStringLiteral("request"), imageRequest()},
                                  {QStringLiteral("upload"), QString(32, QLatin1Char('a'))}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.code(), QStringLiteral("UNKNOWN_UPLOAD"));
    QCOMPARE(m_graph.messageBodies().size(), sendsBefore);
}

void TestRemoteUpload::testUploadRefusals()
{
    const auto viewer = console(QStringLiteral("upload"), QStringLiteral("viewer"), uploadBody(pngBytes()));
    QCOMPARE(viewer.status, 403);
    QJsonObject badBase64 = uploadBody(pngBytes());
    badBase64.insert(QStringLiteral("data"), QStringLiteral("not*base64!"));
    QCOMPARE(console(QStringLiteral("upload"), QStringLiteral("sender"), badBase64).status, 400);
    QJsonObject unknownChannel = uploadBody(pngBytes());
    unknownChannel.insert(QStringLiteral("channel"), QStringLiteral("nope"));
    QCOMPARE(console(QStringLiteral("upload"), QStringLiteral("sender"), unknownChannel).status, 404);
    QJsonObject executable = uploadBody(pngBytes());
    executable.insert(QStringLiteral("mime_type"), QStringLiteral("application/x-msdownload"));
    QCOMPARE(console(QStringLiteral("upload"), QStringLiteral("sender"), executable).status, 400);
    QJsonObject missing = uploadBody(pngBytes());
    missing.remove(QStringLiteral("filename"));
    QCOMPARE(console(QStringLiteral("upload"), QStringLiteral("sender"), missing).status, 400);
    QVERIFY(uploads().isEmpty());
    // Audited like every other change, under the channel.
    const auto audit
        = m_serve->get(QStringLiteral("/api/v1/audit?limit=50"), m_keys.value(QStringLiteral("admin")));
    QVERIFY(audit.body.contains("media.upload"));
}

void TestRemoteUpload::testLargeBodiesOnlyForTheUpload()
{
    // 2 MiB of JSON is over the 1 MiB every other endpoint takes.
    QJsonObject padded = imageRequest();
    padded.insert(QStringLiteral("padding"), QString(2 * 1024 * 1024, QLatin1Char('x')));
    const auto send
        = console(QStringLiteral("send"), QStringLiteral("sender"), {{QStringLiteral("request"), padded}});
    QCOMPARE(send.status, 413);
    QCOMPARE(send.code(), QStringLiteral("TOO_LARGE"));
    const auto channels
        = m_serve->request("POST", QStringLiteral("/api/v1/channels"), m_keys.value(QStringLiteral("admin")),
                           QByteArray(2 * 1024 * 1024, ' ') + "{}");
    QCOMPARE(channels.status, 413);
    // The same size as an upload goes through.
    const auto upload = console(QStringLiteral("upload"), QStringLiteral("sender"),
                                uploadBody(randomBytes(2 * 1024 * 1024)));
    QVERIFY2(upload.status == 200, upload.body.constData());
    const QString uploaded = upload.json.value(QStringLiteral("upload")).toString();
    QCOMPARE(uploads(), QStringList{uploaded + QStringLiteral("-photo.png")});
    QVERIFY(QFile::remove(uploadsDir() + QLatin1Char('/') + uploads().first()));
}

QTEST_GUILESS_MAIN(TestRemoteUpload)
#include "TestRemoteUpload.moc"
