// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/OutboundQueue.h"
#include "store/ConversationReader.h"
#include "store/MessageStore.h"
#include "util/Clock.h"
#include "util/DataDirectory.h"
#include "webhook/WebhookPayloadParser.h"
#include "FakeGraphApiServer.h"
#include "JournaledBuilder.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

const QString channel = QStringLiteral("support");
const QString peer = QStringLiteral("15557654321");

OutboundContent text(const QString& body)
{
    OutboundContent content;
    content.text = body;
    return content;
}

OutboundContent templateContent()
{
    OutboundContent content;
    content.kind = OutboundContent::Kind::Template;
    content.templateName = QStringLiteral("order_shipped");
    content.templateLanguage = QStringLiteral("en_US");
    content.templateParameters = {QStringLiteral("Ana")};
    return content;
}

} // namespace

class TestOutboundQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testTextIsSentAndAccepted();
    void testEverySendKindReachesMeta();
    void testRefusalsHaveStableCodes_data();
    void testRefusalsHaveStableCodes();
    void testTemplateGoesOutsideTheWindow();
    void testSendLimitsSayWhenTheyFree();
    void testThroughputLimitIsRetriedWithBackoff();
    void testPairRateLimitDelaysOnlyThatRecipient();
    void testNonRetryableErrorsFailAtOnce_data();
    void testNonRetryableErrorsFailAtOnce();
    void testExpiredTokenStopsTheChannel();
    void testTimeoutIsUnknownAndNeverResent();
    void testOneMessageAtATimePerRecipient();
    void testQueueSurvivesARestart();

private:
    std::unique_ptr<OutboundQueue> makeQueue();
    void openWindow(const QString& who = peer);
    OutboundItem submitAndWait(const SendRequest& request);
    std::optional<OutboundItem> finalState(qint64 id, int timeoutMs = 10000);

    FakeGraphApiServer m_graph;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<OutboundQueue> m_queue;
    QList<OutboundItem> m_changes;
    QString m_path;
};

void TestOutboundQueue::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_graph.start());
}

void TestOutboundQueue::init()
{
    m_graph.reset();
    m_graph.setExpectedToken(FakeGraphApiServer::validToken());
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = DataDirectory::databasePath(m_dir->path());
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_changes.clear();
    m_queue = makeQueue();
    m_queue->start();
}

void TestOutboundQueue::cleanup()
{
    m_queue.reset();
}

std::unique_ptr<OutboundQueue> TestOutboundQueue::makeQueue()
{
    auto queue = std::make_unique<OutboundQueue>(m_path, m_clock.get());
    queue->setRequestTimeout(1500);
    queue->setCloudChannel(
        channel, GraphEndpoint{m_graph.baseUrl(), QStringLiteral("v25.0"), FakeGraphApiServer::validToken()},
        FakeGraphApiServer::phoneNumberId());
    connect(queue.get(), &OutboundQueue::itemChanged, this,
            [this](const OutboundItem& item) { m_changes.append(item); });
    return queue;
}

void TestOutboundQueue::openWindow(const QString& who)
{
    // The customer wrote an hour ago (by the manual clock).
    const QJsonObject message{
        {QStringLiteral("from"), who},
        {QStringLiteral("id"), QString(QStringLiteral("wamid.IN-") + who)},
        {QStringLiteral("timestamp"), QString::number(m_clock->now().addSecs(-3600).toSecsSinceEpoch())},
        {QStringLiteral("type"), QStringLiteral("text")},
        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hi")}}}};
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("messages"), QJsonArray{message}}};
    const QJsonObject change{{QStringLiteral("field"), QStringLiteral("messages")},
                             {QStringLiteral("value"), value}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    const QJsonObject payload{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                              {QStringLiteral("entry"), QJsonArray{entry}}};
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    JournaledBuilder store(m_path);
    QVERIFY(store.commit({Delivery{channel, m_clock->now(), body, WebhookPayloadParser::parse(body).value()}})
                .ok());
}

std::optional<OutboundItem> TestOutboundQueue::finalState(qint64 id, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        for (const OutboundItem& item : std::as_const(m_changes)) {
            if (item.id == id && item.isFinal())
                return item;
        }
        QTest::qWait(10);
    }
    return std::nullopt;
}

OutboundItem TestOutboundQueue::submitAndWait(const SendRequest& request)
{
    QSignalSpy queued(m_queue.get(), &OutboundQueue::queued);
    m_queue->submit(request);
    if (queued.isEmpty())
        return {};
    const qint64 id = queued.first().at(1).value<OutboundItem>().id;
    return finalState(id).value_or(OutboundItem{});
}

void TestOutboundQueue::testTextIsSentAndAccepted()
{
    openWindow();
    const OutboundItem item = submitAndWait(SendRequest{
        QStringLiteral("r1"), channel, QStringLiteral("+1 (555) 765-4321"),
        text(QStringLiteral("*Hello* Ana")), QStringLiteral("test"), QStringLiteral("crm-bridge")});
    QCOMPARE(item.state, QStringLiteral("accepted"));
    QCOMPARE(item.sentBy, QStringLiteral("crm-bridge"));
    QVERIFY(item.messageId.startsWith(QLatin1String("wamid.")));
    const QList<QJsonObject> bodies = m_graph.messageBodies();
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(bodies.first().value(QLatin1String("to")).toString(), QStringLiteral("+15557654321"));
    QCOMPARE(bodies.first().value(QLatin1String("type")).toString(), QStringLiteral("text"));
    QCOMPARE(bodies.first().value(QLatin1String("text")).toObject().value(QLatin1String("body")).toString(),
             QStringLiteral("*Hello* Ana"));
    const auto log = ConversationReader(m_path).log(LogQuery{channel, peer, 0}).value();
    QCOMPARE(log.last().messageId, item.messageId);
    QCOMPARE(log.last().status, QStringLiteral("accepted"));
    QCOMPARE(log.last().sentBy, QStringLiteral("crm-bridge"));
}

void TestOutboundQueue::testEverySendKindReachesMeta()
{
    openWindow();
    QList<OutboundContent> contents;
    OutboundContent buttons;
    buttons.kind = OutboundContent::Kind::Buttons;
    buttons.text = QStringLiteral("Was this helpful?");
    buttons.buttons = {ReplyButton{QStringLiteral("yes"), QStringLiteral("Yes")},
                       ReplyButton{QStringLiteral("no"), QStringLiteral("No")}};
    contents << buttons;
    OutboundContent list;
    list.kind = OutboundContent::Kind::List;
    list.text = QStringLiteral("Pick a slot");
    list.listButton = QStringLiteral("Slots");
    list.sections = {
        ListSection{QStringLiteral("Tomorrow"), {ListRow{QStringLiteral("t9"), QStringLiteral("9:00"), {}}}}};
    contents << list;
    OutboundContent image;
    image.kind = OutboundContent::Kind::Image;
    image.mediaLink = QStringLiteral("https://example.com/a.jpg");
    image.text = QStringLiteral("Your receipt");
    contents << image;
    OutboundContent location;
    location.kind = OutboundContent::Kind::Location;
    location.latitude = 52.52;
    location.longitude = 13.405;
    location.locationName = QStringLiteral("Shop");
    contents << location;
    OutboundContent reaction;
    reaction.kind = OutboundContent::Kind::Reaction;
    reaction.text = QStringLiteral("👍");
    reaction.targetMessageId = QStringLiteral("wamid.IN-") + peer;
    contents << reaction;
    contents << templateContent();
    const QStringList types{QStringLiteral("interactive"), QStringLiteral("interactive"),
                            QStringLiteral("image"),       QStringLiteral("location"),
                            QStringLiteral("reaction"),    QStringLiteral("template")};
    for (int i = 0; i < contents.size(); ++i) {
        const OutboundItem item = submitAndWait(
            SendRequest{QStringLiteral("k%1").arg(i), channel, peer, contents.at(i), QStringLiteral("test")});
        QCOMPARE(item.state, QStringLiteral("accepted"));
        QCOMPARE(m_graph.messageBodies().last().value(QLatin1String("type")).toString(), types.at(i));
    }

    // Uploaded media: the file goes to /media first, the send uses its id.
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("receipt.pdf"));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n% test\n");
    pdf.close();
    OutboundContent document;
    document.kind = OutboundContent::Kind::Document;
    document.localFile = path;
    document.mimeType = QStringLiteral("application/pdf");
    document.filename = QStringLiteral("receipt.pdf");
    const OutboundItem sent = submitAndWait(SendRequest{QStringLiteral("doc"), channel, peer, document, {}});
    QCOMPARE(sent.state, QStringLiteral("accepted"));
    QCOMPARE(m_graph.uploads().size(), 1);
    const QJsonObject sentDocument
        = m_graph.messageBodies().last().value(QLatin1String("document")).toObject();
    QCOMPARE(sentDocument.value(QLatin1String("id")).toString(), m_graph.uploads().first().mediaId);
    QCOMPARE(sentDocument.value(QLatin1String("filename")).toString(), QStringLiteral("receipt.pdf"));

    // Mark as read with the typing indicator: not queued, answered with success.
    QSignalSpy read(m_queue.get(), &OutboundQueue::markReadFinished);
    m_queue->markRead(channel, QStringLiteral("wamid.IN-") + peer, true);
    QVERIFY(read.wait());
    QCOMPARE(read.first().at(1).toString(), QString());
    const QJsonObject readBody = m_graph.messageBodies().last();
    QCOMPARE(readBody.value(QLatin1String("status")).toString(), QStringLiteral("read"));
    QCOMPARE(
        readBody.value(QLatin1String("typing_indicator")).toObject().value(QLatin1String("type")).toString(),
        QStringLiteral("text"));
}

void TestOutboundQueue::testRefusalsHaveStableCodes_data()
{
    QTest::addColumn<QString>("channelId");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("window");
    QTest::addColumn<bool>("optedOut");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown channel") << "nope" << peer << true << false << "NOT_CONNECTED";
    QTest::newRow("letters") << channel << "call me" << true << false << "INVALID_NUMBER";
    QTest::newRow("no country code") << channel << "0151 2345678" << true << false << "INVALID_NUMBER";
    QTest::newRow("never wrote") << channel << peer << false << false << "WINDOW_CLOSED";
    QTest::newRow("opted out") << channel << peer << true << true << "OPTED_OUT";
}

void TestOutboundQueue::testRefusalsHaveStableCodes()
{
    QFETCH(QString, channelId);
    QFETCH(QString, to);
    QFETCH(bool, window);
    QFETCH(bool, optedOut);
    QFETCH(QString, code);
    if (window)
        openWindow();
    if (optedOut)
        QVERIFY(OutboundStore(m_path)
                    .setOptedOut(channel, peer, true, QStringLiteral("STOP"), m_clock->now())
                    .ok());
    QSignalSpy refused(m_queue.get(), &OutboundQueue::refused);
    m_queue->submit(SendRequest{QStringLiteral("x"), channelId, to, text(QStringLiteral("hi")), {}});
    QCOMPARE(refused.size(), 1);
    const SendRefusal refusal = refused.first().at(1).value<SendRefusal>();
    QCOMPARE(OutboundItem::codeName(refusal.code), code);
    QVERIFY(!refusal.message.isEmpty());
    QCOMPARE(m_graph.messageBodies().size(), 0);
}

void TestOutboundQueue::testTemplateGoesOutsideTheWindow()
{
    const OutboundItem item
        = submitAndWait(SendRequest{QStringLiteral("t"), channel, peer, templateContent(), {}});
    QCOMPARE(item.state, QStringLiteral("accepted"));
    const QJsonObject sent = m_graph.messageBodies().last().value(QLatin1String("template")).toObject();
    QCOMPARE(sent.value(QLatin1String("name")).toString(), QStringLiteral("order_shipped"));
}

void TestOutboundQueue::testSendLimitsSayWhenTheyFree()
{
    openWindow();
    m_queue->setLimits(SendLimits{2, 100, 1000});
    QCOMPARE(
        submitAndWait(SendRequest{QStringLiteral("1"), channel, peer, text(QStringLiteral("a")), {}}).state,
        QStringLiteral("accepted"));
    m_clock->advance(10 * 1000);
    QCOMPARE(
        submitAndWait(SendRequest{QStringLiteral("2"), channel, peer, text(QStringLiteral("b")), {}}).state,
        QStringLiteral("accepted"));
    QSignalSpy refused(m_queue.get(), &OutboundQueue::refused);
    m_queue->submit(SendRequest{QStringLiteral("3"), channel, peer, text(QStringLiteral("c")), {}});
    QCOMPARE(refused.size(), 1);
    const SendRefusal refusal = refused.first().at(1).value<SendRefusal>();
    QCOMPARE(refusal.code, SendCode::RateLimited);
    QCOMPARE(refusal.freesAt, m_clock->now().addSecs(50)); // the first send leaves the minute
    QVERIFY(m_queue->usage(channel).today >= 2);
    // Another recipient is not affected by this recipient's limit.
    openWindow(QStringLiteral("4915123456789"));
    QCOMPARE(submitAndWait(SendRequest{QStringLiteral("4"),
                                       channel,
                                       QStringLiteral("+4915123456789"),
                                       text(QStringLiteral("d")),
                                       {}})
                 .state,
             QStringLiteral("accepted"));
    m_clock->advance(51 * 1000);
    QCOMPARE(
        submitAndWait(SendRequest{QStringLiteral("5"), channel, peer, text(QStringLiteral("e")), {}}).state,
        QStringLiteral("accepted"));
}

void TestOutboundQueue::testThroughputLimitIsRetriedWithBackoff()
{
    openWindow();
    m_graph.queueError(130429, QStringLiteral("/messages"));
    QSignalSpy queued(m_queue.get(), &OutboundQueue::queued);
    m_queue->submit(SendRequest{QStringLiteral("r"), channel, peer, text(QStringLiteral("hi")), {}});
    const qint64 id = queued.first().at(1).value<OutboundItem>().id;
    QTRY_VERIFY(std::any_of(m_changes.cbegin(), m_changes.cend(), [&](const OutboundItem& item) {
        return item.id == id && item.state == QLatin1String("queued") && item.errorCode == 130429;
    }));
    const OutboundItem waiting = m_changes.last();
    QVERIFY(waiting.nextAttemptAt > m_clock->now());
    QVERIFY(waiting.error.contains(QLatin1String("130429")));
    m_queue->pump(); // not due yet: nothing goes out
    QCOMPARE(m_graph.messageBodies().size(), 1);
    m_clock->setNow(waiting.nextAttemptAt);
    m_queue->pump();
    const auto done = finalState(id);
    QVERIFY(done);
    QCOMPARE(done->state, QStringLiteral("accepted"));
    QCOMPARE(done->attempts, 2);
    QCOMPARE(m_graph.messageBodies().size(), 2);
}

void TestOutboundQueue::testPairRateLimitDelaysOnlyThatRecipient()
{
    const QString other = QStringLiteral("4915123456789");
    openWindow();
    openWindow(other);
    m_graph.queueError(131056, QStringLiteral("/messages"));
    QSignalSpy queued(m_queue.get(), &OutboundQueue::queued);
    m_queue->submit(SendRequest{QStringLiteral("a"), channel, peer, text(QStringLiteral("first")), {}});
    const qint64 first = queued.last().at(1).value<OutboundItem>().id;
    QTRY_VERIFY(!m_changes.isEmpty() && m_changes.last().id == first
                && m_changes.last().state == QLatin1String("queued") && m_changes.last().errorCode == 131056);
    QCOMPARE(m_clock->now().msecsTo(m_changes.last().nextAttemptAt), 1000); // 4^0 s
    const OutboundItem otherItem = submitAndWait(
        SendRequest{QStringLiteral("b"), channel, QLatin1Char('+') + other, text(QStringLiteral("x")), {}});
    QCOMPARE(otherItem.state, QStringLiteral("accepted"));
    m_clock->advance(1000);
    m_queue->pump();
    QCOMPARE(finalState(first)->state, QStringLiteral("accepted"));
}

void TestOutboundQueue::testNonRetryableErrorsFailAtOnce_data()
{
    QTest::addColumn<int>("metaCode");
    QTest::addColumn<QString>("code");
    QTest::newRow("131047 window") << 131047 << "WINDOW_CLOSED";
    QTest::newRow("131026 undeliverable") << 131026 << "INVALID_NUMBER";
    QTest::newRow("100 parameter") << 100 << "SEND_FAILED";
    QTest::newRow("132001 template") << 132001 << "SEND_FAILED";
    QTest::newRow("131050 marketing opt-out") << 131050 << "OPTED_OUT";
    QTest::newRow("368 restricted") << 368 << "SEND_FAILED";
}

void TestOutboundQueue::testNonRetryableErrorsFailAtOnce()
{
    QFETCH(int, metaCode);
    QFETCH(QString, code);
    openWindow();
    m_graph.queueError(metaCode, QStringLiteral("/messages"));
    const OutboundItem item
        = submitAndWait(SendRequest{QStringLiteral("f"), channel, peer, text(QStringLiteral("hi")), {}});
    QCOMPARE(item.state, QStringLiteral("failed"));
    QCOMPARE(item.errorCode, metaCode);
    QCOMPARE(item.attempts, 1);
    QCOMPARE(OutboundItem::codeName(item.code()), code);
    QVERIFY2(item.error.contains(QString::number(metaCode)), qPrintable(item.error));
    // The first line explains; the details after it carry what a support request needs.
    QVERIFY2(item.error.section(QLatin1Char('\n'), 2).contains(QLatin1String("fbtrace_id")),
             qPrintable(item.error));
    // Never shown as sent: the conversation shows it failed.
    QCOMPARE(ConversationReader(m_path).log(LogQuery{channel, peer, 0}).value().last().status,
             QStringLiteral("failed"));
    if (metaCode == 131047)
        QVERIFY(!OutboundStore(m_path).window(channel, peer).value().isOpen(m_clock->now()));
}

void TestOutboundQueue::testExpiredTokenStopsTheChannel()
{
    openWindow();
    m_graph.queueError(190, QStringLiteral("/messages"));
    const OutboundItem item
        = submitAndWait(SendRequest{QStringLiteral("f"), channel, peer, text(QStringLiteral("hi")), {}});
    QCOMPARE(item.code(), SendCode::AuthFailed);
    QSignalSpy refused(m_queue.get(), &OutboundQueue::refused);
    m_queue->submit(SendRequest{QStringLiteral("g"), channel, peer, text(QStringLiteral("again")), {}});
    QCOMPARE(refused.first().at(1).value<SendRefusal>().code, SendCode::AuthFailed);
    QCOMPARE(m_graph.messageBodies().size(), 1);
}

void TestOutboundQueue::testTimeoutIsUnknownAndNeverResent()
{
    openWindow();
    m_graph.queueHang(QStringLiteral("/messages"));
    const OutboundItem item
        = submitAndWait(SendRequest{QStringLiteral("h"), channel, peer, text(QStringLiteral("hi")), {}});
    QCOMPARE(item.state, QStringLiteral("unknown"));
    m_clock->advance(3600 * 1000);
    m_queue->pump();
    QTest::qWait(100);
    QCOMPARE(m_graph.messageBodies().size(), 1);
}

void TestOutboundQueue::testOneMessageAtATimePerRecipient()
{
    openWindow();
    QSignalSpy queued(m_queue.get(), &OutboundQueue::queued);
    m_queue->submit(SendRequest{QStringLiteral("1"), channel, peer, text(QStringLiteral("one")), {}});
    m_queue->submit(SendRequest{QStringLiteral("2"), channel, peer, text(QStringLiteral("two")), {}});
    m_queue->submit(SendRequest{QStringLiteral("3"), channel, peer, text(QStringLiteral("three")), {}});
    QCOMPARE(queued.size(), 3);
    const qint64 last = queued.last().at(1).value<OutboundItem>().id;
    QVERIFY(finalState(last));
    QStringList order;
    for (const QJsonObject& body : m_graph.messageBodies())
        order << body.value(QLatin1String("text")).toObject().value(QLatin1String("body")).toString();
    QCOMPARE(order, (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    // Each went out only after Meta accepted the one before.
    for (const OutboundItem& item : std::as_const(m_changes))
        QVERIFY(item.state != QLatin1String("failed"));
}

void TestOutboundQueue::testQueueSurvivesARestart()
{
    openWindow();
    m_graph.queueError(130429, QStringLiteral("/messages"));
    QSignalSpy queued(m_queue.get(), &OutboundQueue::queued);
    m_queue->submit(SendRequest{QStringLiteral("p"), channel, peer, text(QStringLiteral("persist me")), {}});
    const qint64 id = queued.first().at(1).value<OutboundItem>().id;
    QTRY_VERIFY(!m_changes.isEmpty() && m_changes.last().state == QLatin1String("queued")
                && m_changes.last().attempts == 1);
    const QDateTime due = m_changes.last().nextAttemptAt;
    m_queue.reset(); // the console quits with the send still queued

    m_clock->setNow(due.addSecs(1));
    m_queue = makeQueue();
    m_queue->start();
    const auto done = finalState(id);
    QVERIFY(done);
    QCOMPARE(done->state, QStringLiteral("accepted"));
    QCOMPARE(m_graph.messageBodies()
                 .last()
                 .value(QLatin1String("text"))
                 .toObject()
                 .value(QLatin1String("body"))
                 .toString(),
             QStringLiteral("persist me"));
}

QTEST_GUILESS_MAIN(TestOutboundQueue)
#include "TestOutboundQueue.moc"
