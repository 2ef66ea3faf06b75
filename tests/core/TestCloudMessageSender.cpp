// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/CloudMessageSender.h"
#include "api/MetaErrorDecoder.h"
#include "FakeGraphApiServer.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ChannelDesk;
using Kind = GraphError::Kind;

namespace {

QJsonObject envelope(const QString& type, const QJsonObject& content)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("recipient_type"), QStringLiteral("individual")},
            {QStringLiteral("to"), QStringLiteral("+4915112345678")},
            {QStringLiteral("type"), type},
            {type, content}};
}

QJsonObject reply(const QString& id, const QString& title)
{
    return {
        {QStringLiteral("type"), QStringLiteral("reply")},
        {QStringLiteral("reply"), QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), title}}}};
}

} // namespace

class TestCloudMessageSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testPayloadReachesServer_data();
    void testPayloadReachesServer();
    void testResultParsing_data();
    void testResultParsing();
    void testSuccessWithoutMessageIdIsMalformed();
    void testFakeRejectsBadRequests_data();
    void testFakeRejectsBadRequests();
    void testErrorCodes_data();
    void testErrorCodes();
    void testScriptedRateLimitThenSuccess();
    void testHtml5xx();
    void testTimeout();
    void testConnectionRefused();
    void testCancel();
    void testWrongToken();
    void testParallelSends();

private:
    std::unique_ptr<CloudMessageSender> makeSender(const QUrl& base = {},
                                                   const QString& token = FakeGraphApiServer::validToken());
    SendResult sendAndWait(CloudMessageSender& sender, const QJsonObject& payload,
                           const QString& reference = QStringLiteral("ref-1"));

    FakeGraphApiServer m_server;
    QNetworkAccessManager m_network;
};

void TestCloudMessageSender::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.start());
}

void TestCloudMessageSender::init()
{
    m_server.reset();
    m_server.setExpectedToken(FakeGraphApiServer::validToken());
}

std::unique_ptr<CloudMessageSender> TestCloudMessageSender::makeSender(const QUrl& base, const QString& token)
{
    const GraphEndpoint endpoint{base.isEmpty() ? m_server.baseUrl() : base, QStringLiteral("v25.0"), token};
    return std::make_unique<CloudMessageSender>(&m_network, endpoint, FakeGraphApiServer::phoneNumberId());
}

SendResult TestCloudMessageSender::sendAndWait(CloudMessageSender& sender, const QJsonObject& payload,
                                               const QString& reference)
{
    QSignalSpy finished(&sender, &CloudMessageSender::finished);
    sender.send(reference, payload);
    if (finished.isEmpty() && !finished.wait(15000))
        return {};
    if (finished.count() != 1 || finished.first().at(0).toString() != reference)
        return {};
    return finished.first().at(1).value<SendResult>();
}

void TestCloudMessageSender::testPayloadReachesServer_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("messageStatus");
    const QString none;
    QTest::newRow("text") << envelope(QStringLiteral("text"),
                                      {{QStringLiteral("preview_url"), false},
                                       {QStringLiteral("body"), QStringLiteral("Olá! *Pedido* 42 ✅")}})
                          << none;
    QJsonObject quoted = envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("Yes")}});
    quoted.insert(QStringLiteral("context"),
                  QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.HBgLINBOUND")}});
    QTest::newRow("text quoting") << quoted << none;
    QTest::newRow("template") << envelope(
        QStringLiteral("template"),
        {{QStringLiteral("name"), QStringLiteral("order_shipped")},
         {QStringLiteral("language"),
          QJsonObject{{QStringLiteral("policy"), QStringLiteral("deterministic")},
                      {QStringLiteral("code"), QStringLiteral("en_US")}}},
         {QStringLiteral("components"),
          QJsonArray{
              QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                          {QStringLiteral("parameters"),
                           QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                  {QStringLiteral("text"), QStringLiteral("Ana")}},
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                  {QStringLiteral("text"), QStringLiteral("A-1001")}}}}}}}})
                              << QStringLiteral("accepted");
    QTest::newRow("buttons") << envelope(
        QStringLiteral("interactive"),
        {{QStringLiteral("type"), QStringLiteral("button")},
         {QStringLiteral("header"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                      {QStringLiteral("text"), QStringLiteral("Delivery")}}},
         {QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), QStringLiteral("When?")}}},
         {QStringLiteral("footer"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Acme")}}},
         {QStringLiteral("action"),
          QJsonObject{{QStringLiteral("buttons"),
                       QJsonArray{reply(QStringLiteral("am"), QStringLiteral("Morning")),
                                  reply(QStringLiteral("pm"), QStringLiteral("Afternoon"))}}}}})
                             << none;
    QTest::newRow("list") << envelope(
        QStringLiteral("interactive"),
        {{QStringLiteral("type"), QStringLiteral("list")},
         {QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Pick a slot")}}},
         {QStringLiteral("action"),
          QJsonObject{
              {QStringLiteral("button"), QStringLiteral("Slots")},
              {QStringLiteral("sections"),
               QJsonArray{QJsonObject{
                   {QStringLiteral("title"), QStringLiteral("Monday")},
                   {QStringLiteral("rows"),
                    QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("mon-9")},
                                           {QStringLiteral("title"), QStringLiteral("09:00")},
                                           {QStringLiteral("description"), QStringLiteral("Free")}}}}}}}}}})
                          << none;
    QTest::newRow("cta url") << envelope(
        QStringLiteral("interactive"),
        {{QStringLiteral("type"), QStringLiteral("cta_url")},
         {QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Track it")}}},
         {QStringLiteral("action"),
          QJsonObject{{QStringLiteral("name"), QStringLiteral("cta_url")},
                      {QStringLiteral("parameters"),
                       QJsonObject{{QStringLiteral("display_text"), QStringLiteral("Open")},
                                   {QStringLiteral("url"), QStringLiteral("https://example.com/t/1")}}}}}})
                             << none;
    QTest::newRow("image by id") << envelope(QStringLiteral("image"),
                                             {{QStringLiteral("id"), QStringLiteral("1730000000000001")},
                                              {QStringLiteral("caption"), QStringLiteral("Receipt")}})
                                 << none;
    QTest::newRow("image by link") << envelope(
        QStringLiteral("image"), {{QStringLiteral("link"), QStringLiteral("https://example.com/a.png")}})
                                   << none;
    QTest::newRow("document") << envelope(QStringLiteral("document"),
                                          {{QStringLiteral("id"), QStringLiteral("1730000000000002")},
                                           {QStringLiteral("filename"), QStringLiteral("invoice.pdf")},
                                           {QStringLiteral("caption"), QStringLiteral("Invoice")}})
                              << none;
    QTest::newRow("audio") << envelope(QStringLiteral("audio"),
                                       {{QStringLiteral("id"), QStringLiteral("17300003")}})
                           << none;
    QTest::newRow("video") << envelope(QStringLiteral("video"),
                                       {{QStringLiteral("id"), QStringLiteral("17300004")}})
                           << none;
    QTest::newRow("sticker") << envelope(QStringLiteral("sticker"),
                                         {{QStringLiteral("id"), QStringLiteral("17300005")}})
                             << none;
    QTest::newRow("location") << envelope(QStringLiteral("location"),
                                          {{QStringLiteral("latitude"), -23.5505},
                                           {QStringLiteral("longitude"), -46.6333},
                                           {QStringLiteral("name"), QStringLiteral("Acme São Paulo")},
                                           {QStringLiteral("address"), QStringLiteral("Av. Paulista 1000")}})
                              << none;
    QTest::newRow("reaction") << envelope(
        QStringLiteral("reaction"),
        {{QStringLiteral("message_id"), QStringLiteral("wamid.HBgLINBOUND")},
         {QStringLiteral("emoji"), QStringLiteral("👍")}})
                              << none;
    const QJsonObject markRead{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                               {QStringLiteral("status"), QStringLiteral("read")},
                               {QStringLiteral("message_id"), QStringLiteral("wamid.HBgLINBOUND")}};
    QTest::newRow("mark read") << markRead << none;
    QJsonObject typing = markRead;
    typing.insert(QStringLiteral("typing_indicator"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
    QTest::newRow("typing") << typing << none;
}

void TestCloudMessageSender::testPayloadReachesServer()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QString, messageStatus);
    auto sender = makeSender();
    const SendResult result = sendAndWait(*sender, payload);
    QVERIFY2(result.ok(), qPrintable(result.error.message + result.error.body));

    // Byte for byte what the caller built, at the right place with the right headers.
    QCOMPARE(m_server.messageBodies().size(), 1);
    QCOMPARE(m_server.messageBodies().first(), payload);
    const FakeGraphApiServer::Request request = m_server.requests().last();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QStringLiteral("/v25.0/106540352242922/messages"));
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(request.headers.value("authorization"), "Bearer " + FakeGraphApiServer::validToken().toUtf8());
    QVERIFY(request.headers.value("user-agent").startsWith("ChannelDesk/"));

    if (CloudMessageSender::isStatusUpdate(payload)) {
        QVERIFY(result.messageId.isEmpty());
    } else {
        QVERIFY2(result.messageId.startsWith(QStringLiteral("wamid.FAKE")), qPrintable(result.messageId));
        QCOMPARE(result.waId, QStringLiteral("4915112345678"));
    }
    QCOMPARE(result.messageStatus, messageStatus);
}

void TestCloudMessageSender::testResultParsing_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messageId");
    QTest::addColumn<QString>("waId");
    QTest::addColumn<QString>("status");
    const QJsonObject text
        = envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("hi")}});
    const QJsonObject read{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("status"), QStringLiteral("read")},
                           {QStringLiteral("message_id"), QStringLiteral("wamid.X")}};
    QTest::newRow("meta example")
        << text
        << QByteArray(
               R"({"messaging_product":"whatsapp","contacts":[{"input":"+15557654321","wa_id":"15557654321"}],)"
               R"("messages":[{"id":"wamid.HBgLMTU1NTc2NTQzMjEVAgARGBI1","message_status":"accepted"}]})")
        << true << QStringLiteral("wamid.HBgLMTU1NTc2NTQzMjEVAgARGBI1") << QStringLiteral("15557654321")
        << QStringLiteral("accepted");
    QTest::newRow("held for quality")
        << text
        << QByteArray(R"({"messages":[{"id":"wamid.A","message_status":"held_for_quality_assessment"}]})")
        << true << QStringLiteral("wamid.A") << QString() << QStringLiteral("held_for_quality_assessment");
    QTest::newRow("no messages") << text << QByteArray(R"({"messaging_product":"whatsapp","contacts":[]})")
                                 << false << QString() << QString() << QString();
    QTest::newRow("message without id")
        << text << QByteArray(R"({"messages":[{"message_status":"accepted"}]})") << false << QString()
        << QString() << QStringLiteral("accepted");
    QTest::newRow("success for a send")
        << text << QByteArray(R"({"success":true})") << false << QString() << QString() << QString();
    QTest::newRow("read success") << read << QByteArray(R"({"success":true})") << true << QString()
                                  << QString() << QString();
    QTest::newRow("read not confirmed")
        << read << QByteArray(R"({"success":false})") << false << QString() << QString() << QString();
}

void TestCloudMessageSender::testResultParsing()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QByteArray, answer);
    QFETCH(bool, ok);
    QFETCH(QString, messageId);
    QFETCH(QString, waId);
    QFETCH(QString, status);
    const SendResult result
        = CloudMessageSender::resultFromJson(payload, QJsonDocument::fromJson(answer).object());
    QCOMPARE(result.ok(), ok);
    QCOMPARE(result.messageId, messageId);
    QCOMPARE(result.waId, waId);
    QCOMPARE(result.messageStatus, status);
    if (!ok) {
        QCOMPARE(result.error.kind, Kind::Malformed);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(!result.error.body.isEmpty());
    }
}

void TestCloudMessageSender::testSuccessWithoutMessageIdIsMalformed()
{
    m_server.queueResponse(200, R"({"messaging_product":"whatsapp","contacts":[{"input":"+1","wa_id":"1"}]})",
                           QStringLiteral("/messages"));
    auto sender = makeSender();
    const SendResult result = sendAndWait(
        *sender, envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("x")}}));
    QCOMPARE(result.error.kind, Kind::Malformed);
    QVERIFY(result.error.message.contains(QStringLiteral("messages[0].id")));
    QVERIFY(
        MetaErrorDecoder::explain(result.error).cause.contains(QStringLiteral("not the JSON Meta sends")));
}

void TestCloudMessageSender::testFakeRejectsBadRequests_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QJsonObject noProduct = envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("x")}});
    noProduct.remove(QStringLiteral("messaging_product"));
    QTest::newRow("no messaging_product") << noProduct << 100 << QStringLiteral("messaging_product");
    QJsonObject noTo = envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("x")}});
    noTo.remove(QStringLiteral("to"));
    QTest::newRow("no to") << noTo << 100 << QStringLiteral("parameter to");
    QJsonObject noContent = envelope(QStringLiteral("image"), {});
    noContent.remove(QStringLiteral("image"));
    QTest::newRow("no image object") << noContent << 131008 << QStringLiteral("Required parameter");
    const QJsonObject badRead{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                              {QStringLiteral("status"), QStringLiteral("read")},
                              {QStringLiteral("message_id"), QStringLiteral("not-a-wamid")}};
    QTest::newRow("read of a bad id") << badRead << 131009 << QStringLiteral("not valid");
}

void TestCloudMessageSender::testFakeRejectsBadRequests()
{
    QFETCH(QJsonObject, payload);
    QFETCH(int, code);
    QFETCH(QString, words);
    auto sender = makeSender();
    const SendResult result = sendAndWait(*sender, payload);
    QCOMPARE(result.error.kind, Kind::Api);
    QCOMPARE(result.error.code, code);
    QVERIFY2(MetaErrorDecoder::remoteWords(result.error).contains(words),
             qPrintable(MetaErrorDecoder::remoteWords(result.error)));
    QCOMPARE(m_server.messageBodies().last(), payload); // rejected bodies are recorded too
}

void TestCloudMessageSender::testErrorCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("retryable");
    // The bold rows of the spec's §7 table, plus the transient server errors.
    const QList<int> retryable{4,      80007,  130429, 131056, 131048, 1,  2,
                               131000, 131016, 133004, 131057, 613,    17, 80008};
    const QList<int> codes = FakeGraphApiServer::documentedErrorCodes();
    QVERIFY(codes.size() >= 46);
    for (int code : codes)
        QTest::newRow(qPrintable(QStringLiteral("code %1").arg(code))) << code << retryable.contains(code);
}

void TestCloudMessageSender::testErrorCodes()
{
    QFETCH(int, code);
    QFETCH(bool, retryable);
    m_server.queueError(code, QStringLiteral("/messages"));
    auto sender = makeSender();
    const SendResult result = sendAndWait(
        *sender, envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("x")}}));
    QVERIFY(!result.ok());
    QVERIFY(result.messageId.isEmpty());
    QCOMPARE(result.error.kind, Kind::Api);
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.error.httpStatus, FakeGraphApiServer::httpStatusForError(code));
    QCOMPARE(result.error.fbtraceId, QStringLiteral("AFakeTrace%1").arg(code));
    QVERIFY(!result.error.message.isEmpty());

    const ErrorExplanation explanation = MetaErrorDecoder::explain(result.error);
    QVERIFY(!explanation.cause.isEmpty());
    QVERIFY(!explanation.fix.isEmpty());
    QVERIFY(!explanation.dashboardLocation.isEmpty());
    // Every documented code has its own explanation, not the catch-all.
    QVERIFY2(!explanation.cause.contains(QStringLiteral("rejected the request (error")),
             qPrintable(explanation.cause));
    QCOMPARE(explanation.retryable, retryable);
    QVERIFY(MetaErrorDecoder::technicalDetails(result.error).contains(QStringLiteral("code: %1").arg(code)));
}

void TestCloudMessageSender::testScriptedRateLimitThenSuccess()
{
    m_server.queueError(130429, QStringLiteral("/messages"));
    auto sender = makeSender();
    const QJsonObject payload
        = envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("retry me")}});
    const SendResult first = sendAndWait(*sender, payload);
    QCOMPARE(first.error.code, 130429);
    QCOMPARE(first.error.details, QStringLiteral("Cloud API message throughput has been reached."));
    QVERIFY(MetaErrorDecoder::explain(first.error).retryable);
    const SendResult second = sendAndWait(*sender, payload);
    QVERIFY(second.ok());
    QVERIFY(second.messageId.startsWith(QStringLiteral("wamid.FAKE")));
    QCOMPARE(m_server.messageBodies().size(), 2);
    QCOMPARE(m_server.messageBodies().at(0), m_server.messageBodies().at(1));
}

void TestCloudMessageSender::testHtml5xx()
{
    m_server.queueResponse(503, "<html><body>Service Unavailable</body></html>", QStringLiteral("/messages"),
                           "text/html");
    auto sender = makeSender();
    const SendResult result = sendAndWait(
        *sender, envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("x")}}));
    QCOMPARE(result.error.kind, Kind::Http);
    QCOMPARE(result.error.httpStatus, 503);
    QVERIFY(result.error.body.contains(QStringLiteral("Service Unavailable")));
    const ErrorExplanation explanation = MetaErrorDecoder::explain(result.error);
    QVERIFY(explanation.retryable);
    QVERIFY(explanation.cause.contains(QStringLiteral("HTTP 503")));
}

void TestCloudMessageSender::testTimeout()
{
    m_server.queueHang(QStringLiteral("/messages"));
    auto sender = makeSender();
    sender->setTimeout(300);
    const SendResult result = sendAndWait(
        *sender, envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("x")}}));
    QCOMPARE(result.error.kind, Kind::Timeout);
    QVERIFY(result.messageId.isEmpty());
    QVERIFY(!sender->isPending(QStringLiteral("ref-1")));
}

void TestCloudMessageSender::testConnectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    auto sender = makeSender(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const SendResult result = sendAndWait(
        *sender, envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("x")}}));
    QCOMPARE(result.error.kind, Kind::Network);
    QVERIFY2(result.error.message.contains(QStringLiteral("refused")), qPrintable(result.error.message));
    QVERIFY(MetaErrorDecoder::explain(result.error).retryable);
}

void TestCloudMessageSender::testCancel()
{
    m_server.queueHang(QStringLiteral("/messages"));
    auto sender = makeSender();
    QSignalSpy finished(sender.get(), &CloudMessageSender::finished);
    sender->send(QStringLiteral("ref-c"),
                 envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("x")}}));
    QVERIFY(sender->isPending(QStringLiteral("ref-c")));
    QTRY_COMPARE(m_server.requestsTo(QStringLiteral("/messages")).size(), 1);
    sender->cancel(QStringLiteral("ref-c"));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("ref-c"));
    QCOMPARE(finished.first().at(1).value<SendResult>().error.kind, Kind::Cancelled);
    QVERIFY(!sender->isPending(QStringLiteral("ref-c")));
    // Exactly once: no second report shows up while events are processed.
    QVERIFY(!QTest::qWaitFor([&] { return finished.count() > 1; }, 200));
}

void TestCloudMessageSender::testWrongToken()
{
    auto sender = makeSender({}, QStringLiteral("EAA_FAKE_other_x7Q"));
    const SendResult result = sendAndWait(
        *sender, envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("x")}}));
    QCOMPARE(result.error.code, 190);
    QCOMPARE(result.error.httpStatus, 401);
    QVERIFY(MetaErrorDecoder::explain(result.error).fix.contains(QStringLiteral("System User")));
}

void TestCloudMessageSender::testParallelSends()
{
    auto sender = makeSender();
    QSignalSpy finished(sender.get(), &CloudMessageSender::finished);
    for (int i = 0; i < 3; ++i)
        sender->send(
            QStringLiteral("ref-%1").arg(i),
            envelope(QStringLiteral("text"), {{QStringLiteral("body"), QStringLiteral("n%1").arg(i)}}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 15000);
    QSet<QString> references;
    QSet<QString> ids;
    for (const QList<QVariant>& arguments : std::as_const(finished)) {
        references << arguments.at(0).toString();
        ids << arguments.at(1).value<SendResult>().messageId;
    }
    QCOMPARE(references,
             (QSet<QString>{QStringLiteral("ref-0"), QStringLiteral("ref-1"), QStringLiteral("ref-2")}));
    QCOMPARE(ids.size(), 3);
}

QTEST_GUILESS_MAIN(TestCloudMessageSender)
#include "TestCloudMessageSender.moc"
