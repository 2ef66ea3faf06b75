// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationLogWidget.h"
#include "MessageListDelegate.h"
#include "MessageListModel.h"
#include "MessageMediaLoader.h"

#include "channels/CloudApiFields.h"
#include "desk/LocalDesk.h"
#include "util/DataDirectory.h"
#include "webhook/WebhookPayloadParser.h"

#include "FakeGraphApiServer.h"
#include "JournaledBuilder.h"
#include "LocalDeskFixture.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QBuffer>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ChannelDesk;
using State = MessageMediaLoader::State;

namespace {

const QString ana = QStringLiteral("15557654321");

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        qFatal("cannot write %s", format);
    return bytes;
}

} // namespace

//! The conversation view's media: thumbnails of photos and stickers fetched from Meta (a local
//! Graph server) when their rows are painted, kept in the media cache, a voice note's duration and
//! a document's size.
class TestConversationMedia : public QObject
{
    Q_OBJECT

public slots:
    //! QDesktopServices' handler for file URLs in this test: what the view opened.
    void openUrl(const QUrl& url) { m_opened.append(url); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testThumbnailsDurationAndCache();

private:
    std::unique_ptr<ConversationLogWidget> openLog();
    QString preview(ConversationLogWidget* log, const QString& mediaId) const;
    //! The URL lookups and the downloads of a media file, and that each carried the channel's token.
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

    FakeGraphApiServer m_graph;
    std::unique_ptr<QTemporaryDir> m_dir;
    LocalDeskFixture m_desk;
    QString m_cacheDir;
    QList<QUrl> m_opened;
};

void TestConversationMedia::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_graph.start());
    // Stickers are WebP: Debian's qt6-image-formats-plugins reads them.
    QVERIFY(QImageWriter::supportedImageFormats().contains("webp"));
}

void TestConversationMedia::init()
{
    m_graph.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cacheDir = m_dir->filePath(QStringLiteral("media-cache"));
    QVERIFY2(m_desk.open(m_dir->path()), qPrintable(m_desk.errorString()));
    QVERIFY2(m_desk.addCloudChannel(m_graph), qPrintable(m_desk.errorString()));
    QTRY_VERIFY(m_desk->canSend(QStringLiteral("support")));
}

void TestConversationMedia::cleanup()
{
    m_desk.reset();
    m_dir.reset();
}

std::unique_ptr<ConversationLogWidget> TestConversationMedia::openLog()
{
    auto log = std::make_unique<ConversationLogWidget>(m_desk.get());
    log->setMediaCacheDirectory(m_cacheDir);
    log->resize(1000, 2000); // every message in sight
    log->show();
    if (!QTest::qWaitForWindowExposed(log.get()))
        return {};
    auto* list = log->findChild<QListView*>(QStringLiteral("conversationListView"));
    if (!QTest::qWaitFor([list] { return list->model()->rowCount() == 1; }))
        return {};
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    return log;
}

QString TestConversationMedia::preview(ConversationLogWidget* log, const QString& mediaId) const
{
    auto* view = log->findChild<QListView*>(QStringLiteral("messageListView"));
    auto* delegate = qobject_cast<MessageListDelegate*>(view->itemDelegate());
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(MessageListModel::MediaRole).toJsonObject().value(QLatin1String("id")).toString()
            == mediaId)
            return delegate->labelText(index);
    }
    return {};
}

void TestConversationMedia::testThumbnailsDurationAndCache()
{
    QImage photo(600, 400, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    QImage sticker(512, 512, QImage::Format_ARGB32);
    sticker.fill(Qt::transparent);
    QFile voice(qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QStringLiteral("/media/voice-3500ms.opus"));
    QVERIFY(voice.open(QIODevice::ReadOnly));
    const QByteArray pdf = QByteArray("%PDF-1.4 fake invoice\n").repeated(100);
    const QString photoId = m_graph.addMedia(encoded(photo, "PNG"), QStringLiteral("image/png"));
    const QString stickerId = m_graph.addMedia(encoded(sticker, "WEBP"), QStringLiteral("image/webp"));
    const QString voiceId = m_graph.addMedia(voice.readAll(), QStringLiteral("audio/ogg; codecs=opus"));
    const QString brokenId = m_graph.addMedia("not a picture at all", QStringLiteral("image/jpeg"));
    const QString documentId = m_graph.addMedia(pdf, QStringLiteral("application/pdf"));

    const qint64 at = QDateTime::currentDateTimeUtc().addSecs(-600).toSecsSinceEpoch();
    const auto message = [&](int n, const QString& type, const QJsonObject& media) {
        return QJsonObject{{QStringLiteral("from"), ana},
                           {QStringLiteral("id"), QStringLiteral("wamid.M%1").arg(n)},
                           {QStringLiteral("timestamp"), QString::number(at + n)},
                           {QStringLiteral("type"), type},
                           {type, media}};
    };
    const QJsonArray messages{
        message(1, QStringLiteral("image"),
                {{QStringLiteral("id"), photoId},
                 {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                 {QStringLiteral("caption"), QStringLiteral("the box arrived like this")}}),
        message(2, QStringLiteral("sticker"),
                {{QStringLiteral("id"), stickerId},
                 {QStringLiteral("mime_type"), QStringLiteral("image/webp")},
                 {QStringLiteral("animated"), false}}),
        message(3, QStringLiteral("audio"),
                {{QStringLiteral("id"), voiceId},
                 {QStringLiteral("mime_type"), QStringLiteral("audio/ogg; codecs=opus")},
                 {QStringLiteral("voice"), true}}),
        message(
            4, QStringLiteral("image"),
            {{QStringLiteral("id"), brokenId}, {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")}}),
        message(5, QStringLiteral("document"),
                {{QStringLiteral("id"), documentId},
                 {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
                 {QStringLiteral("filename"), QStringLiteral("invoice.pdf")}}),
    };
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("phone_number_id"), FakeGraphApiServer::phoneNumberId()}}},
        {QStringLiteral("contacts"),
         QJsonArray{QJsonObject{
             {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")}}},
             {QStringLiteral("wa_id"), ana}}}},
        {QStringLiteral("messages"), messages}};
    const QByteArray body = WebhookClient::messagesChange(value);
    QVERIFY(JournaledBuilder::commit(DataDirectory::databasePath(m_dir->path()),
                                     {Delivery{QStringLiteral("support"), QDateTime::currentDateTimeUtc(),
                                               body, WebhookPayloadParser::parse(body).value()}})
                .ok());

    // Slow bytes, so that downloads overlap: never more than two at once.
    m_graph.setMediaChunkSize(512);
    std::unique_ptr<ConversationLogWidget> log = openLog();
    QVERIFY(log);
    MessageMediaLoader* loader = log->mediaLoader();
    int mostAtOnce = 0;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this,
            [&] { mostAtOnce = std::max(mostAtOnce, loader->activeDownloads()); });
    watch.start(0);

    QTRY_COMPARE_WITH_TIMEOUT(int(loader->preview(photoId).state), int(State::Ready), 20000);
    QCOMPARE(loader->preview(photoId).thumbnail.size(), QSize(240, 160));
    QTRY_COMPARE_WITH_TIMEOUT(int(loader->preview(stickerId).state), int(State::Ready), 20000);
    QCOMPARE(loader->preview(stickerId).thumbnail.size(), QSize(240, 240));
    QTRY_COMPARE_WITH_TIMEOUT(preview(log.get(), voiceId), QStringLiteral("🎤 Voice message · 0:04"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(int(loader->preview(brokenId).state), int(State::Failed), 20000);
    QVERIFY(!loader->preview(brokenId).error.isEmpty());
    watch.stop();
    QVERIFY2(mostAtOnce >= 1 && mostAtOnce <= MessageMediaLoader::maxDownloads,
             qPrintable(QString::number(mostAtOnce)));
    QCOMPARE(loader->activeDownloads(), 0);

    // The photo's row grew to its thumbnail.
    auto* view = log->findChild<QListView*>(QStringLiteral("messageListView"));
    const QModelIndex photoRow = view->model()->index(0, 0);
    QTRY_VERIFY(view->visualRect(photoRow).height() > 160);

    // A click on the thumbnail opens the cached photo; a click on its caption does not.
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
    auto* delegate = qobject_cast<MessageListDelegate*>(view->itemDelegate());
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.font = view->font();
    option.rect = view->visualRect(photoRow);
    const QRect thumbnail = delegate->mediaRect(option, photoRow);
    QCOMPARE(thumbnail.size(), QSize(240, 160));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      QPoint(thumbnail.center().x(), thumbnail.bottom() + 12));
    QVERIFY(m_opened.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, thumbnail.center());
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(
        m_opened,
        QList<QUrl>{QUrl::fromLocalFile(loader->cache().filePath(photoId, QStringLiteral("image/png")))});

    // Each file came once, with the channel's token, and sits in the cache (owner-only).
    for (const QString& id : {photoId, stickerId, voiceId})
        QCOMPARE(mediaRequests(id), 2); // the URL lookup, then the bytes
    const QString cachedPhoto = loader->cache().filePath(photoId, QStringLiteral("image/png"));
    QVERIFY(cachedPhoto.startsWith(m_cacheDir));
    QVERIFY(QFileInfo::exists(cachedPhoto));
    QCOMPARE(QFileInfo(cachedPhoto).size(), encoded(photo, "PNG").size());
    QVERIFY(TestEnvironment::notOwnerOnly(m_cacheDir).isEmpty());
    // A document is not fetched for its size: Meta describes it (one lookup, no bytes).
    QTRY_COMPARE(preview(log.get(), documentId),
                 QStringLiteral("[Document] %1").arg(QLocale().formattedDataSize(pdf.size())));
    QCOMPARE(mediaRequests(documentId), 1);
    QVERIFY(!QFileInfo::exists(loader->cache().filePath(documentId, QStringLiteral("application/pdf"),
                                                        QStringLiteral("invoice.pdf"))));

    // Another view (a new window) finds the files in the cache: nothing is downloaded again.
    log.reset();
    std::unique_ptr<ConversationLogWidget> again = openLog();
    QVERIFY(again);
    QTRY_COMPARE(int(again->mediaLoader()->preview(photoId).state), int(State::Ready));
    QTRY_COMPARE(int(again->mediaLoader()->preview(stickerId).state), int(State::Ready));
    QTRY_COMPARE(preview(again.get(), voiceId), QStringLiteral("🎤 Voice message · 0:04"));
    for (const QString& id : {photoId, stickerId, voiceId})
        QCOMPARE(mediaRequests(id), 2);
}

QTEST_MAIN(TestConversationMedia)
#include "TestConversationMedia.moc"
