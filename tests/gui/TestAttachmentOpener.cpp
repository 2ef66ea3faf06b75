// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttachmentOpener.h"
#include "MessageMediaLoader.h"

#include "desk/LocalDesk.h"

#include "FakeGraphApiServer.h"
#include "LocalDeskFixture.h"
#include "TestEnvironment.h"

#include <QDesktopServices>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace ChannelDesk;

//! Opening and saving an inbound attachment from the conversation view's context menu: through
//! the view's media cache when the file is there, otherwise downloaded from Meta (a local Graph
//! server) through a LocalDesk.
class TestAttachmentOpener : public QObject
{
    Q_OBJECT

public slots:
    //! QDesktopServices' handler for file URLs in this test: what the opener opened.
    void openUrl(const QUrl& url) { m_opened.append(url); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testSuggestedNameNeverCarriesAFolder();
    void testSaveAsDownloadsToTheChosenFile();
    void testOpenDownloadsOnceThenUsesTheCache();
    void testSaveAsCopiesACachedFile();
    void testRefusedDownloadIsWorded();

private:
    QJsonObject media(const QString& id, const QString& mimeType, const QString& filename = {}) const
    {
        QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("mime_type"), mimeType}};
        if (!filename.isEmpty())
            object.insert(QStringLiteral("filename"), filename);
        return object;
    }
    //! Requests for the media (the URL lookup and the bytes), -1 if one lacked the channel's token.
    int mediaRequests(const QString& mediaId) const
    {
        int count = 0;
        for (const FakeGraphApiServer::Request& request : m_graph.requests()) {
            if (!request.path.endsWith(QLatin1Char('/') + mediaId)
                && request.query.queryItemValue(QStringLiteral("mid")) != mediaId)
                continue;
            if (request.headers.value("authorization")
                != "Bearer " + FakeGraphApiServer::validToken().toUtf8())
                return -1;
            ++count;
        }
        return count;
    }
    static QByteArray contentsOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    FakeGraphApiServer m_graph;
    std::unique_ptr<QTemporaryDir> m_dir;
    LocalDeskFixture m_desk;
    std::unique_ptr<QWidget> m_window;
    MessageMediaLoader* m_loader = nullptr;
    AttachmentOpener* m_opener = nullptr;
    QList<QUrl> m_opened;
};

void TestAttachmentOpener::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_graph.start());
}

void TestAttachmentOpener::init()
{
    m_graph.reset();
    m_opened.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_desk.open(m_dir->path()), qPrintable(m_desk.errorString()));
    QVERIFY2(m_desk.addCloudChannel(m_graph), qPrintable(m_desk.errorString()));
    QTRY_VERIFY(m_desk->canSend(QStringLiteral("support")));
    m_window = std::make_unique<QWidget>();
    m_loader = new MessageMediaLoader(m_desk.get(), m_dir->filePath(QStringLiteral("media-cache")),
                                      m_window.get());
    m_opener = new AttachmentOpener(m_desk.get(), m_window.get());
    m_opener->setMediaLoader(m_loader);
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
}

void TestAttachmentOpener::cleanup()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    m_window.reset();
    m_desk.reset();
    m_dir.reset();
}

void TestAttachmentOpener::testSuggestedNameNeverCarriesAFolder()
{
    QCOMPARE(AttachmentOpener::suggestedName(media(QStringLiteral("1"), QStringLiteral("application/pdf"),
                                                   QStringLiteral("invoice.pdf"))),
             QStringLiteral("invoice.pdf"));
    QCOMPARE(AttachmentOpener::suggestedName(media(QStringLiteral("1"), QStringLiteral("application/pdf"),
                                                   QStringLiteral("../../.ssh/authorized_keys"))),
             QStringLiteral("authorized_keys"));
    QCOMPARE(AttachmentOpener::suggestedName(media(QStringLiteral("77"), QStringLiteral("image/png"))),
             QStringLiteral("whatsapp-77.png"));
    QCOMPARE(AttachmentOpener::suggestedName(media(QStringLiteral("78"), QStringLiteral("no/such-type"))),
             QStringLiteral("whatsapp-78.bin"));
}

void TestAttachmentOpener::testSaveAsDownloadsToTheChosenFile()
{
    const QByteArray pdf = QByteArray("%PDF-1.4 fake invoice\n").repeated(200);
    const QString id = m_graph.addMedia(pdf, QStringLiteral("application/pdf"));
    const QString target = m_dir->filePath(QStringLiteral("saved invoice.pdf"));
    QSignalSpy notices(m_opener, &AttachmentOpener::notice);
    m_opener->open(QStringLiteral("support"),
                   media(id, QStringLiteral("application/pdf"), QStringLiteral("invoice.pdf")), target);
    QTRY_COMPARE(notices.size(), 1);
    QCOMPARE(notices.at(0).at(0).value<FieldCheck::Severity>(), FieldCheck::Severity::Ok);
    QCOMPARE(notices.at(0).at(1).toString(), QStringLiteral("Saved to %1.").arg(target));
    QCOMPARE(contentsOf(target), pdf);
    QCOMPARE(mediaRequests(id), 2);
    QVERIFY(m_opened.isEmpty());
}

void TestAttachmentOpener::testOpenDownloadsOnceThenUsesTheCache()
{
    const QByteArray bytes = QByteArray("a voice note's bytes ").repeated(50);
    const QString id = m_graph.addMedia(bytes, QStringLiteral("audio/ogg"));
    const QJsonObject voice = media(id, QStringLiteral("audio/ogg"));
    m_opener->open(QStringLiteral("support"), voice, {});
    QTRY_COMPARE(m_opened.size(), 1);
    const QString cached = m_opened.at(0).toLocalFile();
    QVERIFY2(cached.startsWith(m_dir->filePath(QStringLiteral("media-cache"))), qPrintable(cached));
    QCOMPARE(contentsOf(cached), bytes);
    const QStringList loose = TestEnvironment::notOwnerOnly(m_dir->filePath(QStringLiteral("media-cache")));
    QVERIFY2(loose.isEmpty(), qPrintable(loose.join(QLatin1Char('\n'))));
    QCOMPARE(mediaRequests(id), 2);

    // The second click opens the same file at once: nothing more is asked of Meta.
    m_opener->open(QStringLiteral("support"), voice, {});
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(m_opened.at(1), m_opened.at(0));
    QCOMPARE(mediaRequests(id), 2);
}

void TestAttachmentOpener::testSaveAsCopiesACachedFile()
{
    const QByteArray bytes = QByteArray("photo bytes ").repeated(80);
    const QString id = m_graph.addMedia(bytes, QStringLiteral("image/jpeg"));
    const QJsonObject photo = media(id, QStringLiteral("image/jpeg"));
    m_loader->request(QStringLiteral("support"), QStringLiteral("image"), photo);
    QTRY_VERIFY(!m_loader->preview(id).filePath.isEmpty());
    QCOMPARE(mediaRequests(id), 2);

    const QString target = m_dir->filePath(QStringLiteral("photo copy.jpg"));
    QFile stale(target);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("an older file the operator chose to replace");
    stale.close();
    QSignalSpy notices(m_opener, &AttachmentOpener::notice);
    m_opener->open(QStringLiteral("support"), photo, target);
    QTRY_COMPARE(notices.size(), 1);
    QCOMPARE(notices.at(0).at(0).value<FieldCheck::Severity>(), FieldCheck::Severity::Ok);
    QCOMPARE(notices.at(0).at(1).toString(), QStringLiteral("Saved to %1.").arg(target));
    QCOMPARE(contentsOf(target), bytes);
    QCOMPARE(mediaRequests(id), 2);
}

void TestAttachmentOpener::testRefusedDownloadIsWorded()
{
    QSignalSpy notices(m_opener, &AttachmentOpener::notice);
    m_opener->open(QStringLiteral("support"), media(QStringLiteral("999000111"), QStringLiteral("image/png")),
                   m_dir->filePath(QStringLiteral("never.png")));
    QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 15000);
    QCOMPARE(notices.at(0).at(0).value<FieldCheck::Severity>(), FieldCheck::Severity::Error);
    const QString words = notices.at(0).at(1).toString();
    const QString prefix = QStringLiteral("The attachment was not downloaded: ");
    QVERIFY2(words.startsWith(prefix) && words.size() > prefix.size() + 10, qPrintable(words));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("never.png"))));
    QVERIFY(m_opened.isEmpty());
}

QTEST_MAIN(TestAttachmentOpener)
#include "TestAttachmentOpener.moc"
