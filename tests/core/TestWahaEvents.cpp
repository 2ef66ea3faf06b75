// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/WahaEvents.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QTest>

using namespace ChannelDesk;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestWahaEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testSentMessageId_data();
    void testSentMessageId();
    void testAck_data();
    void testAck();
    void testChatIdFor_data();
    void testChatIdFor();
    void testEnvelope_data();
    void testEnvelope();
    void testMessages();
    void testStatuses_data();
    void testStatuses();
};

void TestWahaEvents::initTestCase()
{
    TestEnvironment::init();
}

void TestWahaEvents::testSentMessageId_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<QString>("messageId");
    // devlikeapro/waha#760 and #1087: the shape depends on the engine and the release.
    QTest::newRow("NOWEB proto, Baileys JID")
        << QByteArray(R"({"key":{"remoteJid":"15557654321@s.whatsapp.net",)"
                      R"("fromMe":true,"id":"3EB0AA"},"status":"PENDING"})")
        << "true_15557654321@c.us_3EB0AA";
    QTest::newRow("NOWEB proto without remoteJid")
        << QByteArray(R"({"key":{"id":"3EB0BB"}})") << "true_15557654321@c.us_3EB0BB";
    QTest::newRow("WEBJS id string") << QByteArray(R"({"id":"true_15557654321@c.us_3EB0CC","body":"x"})")
                                     << "true_15557654321@c.us_3EB0CC";
    QTest::newRow("WEBJS id object") << QByteArray(R"({"id":{"fromMe":true,"id":"3EB0DD",)"
                                                   R"("_serialized":"true_15557654321@c.us_3EB0DD"}})")
                                     << "true_15557654321@c.us_3EB0DD";
    QTest::newRow("WEBJS wrapped in _data")
        << QByteArray(R"({"_data":{"id":{"_serialized":"true_1@c.us_EE"}}})") << "true_1@c.us_EE";
    QTest::newRow("empty 201") << QByteArray() << QString();
    QTest::newRow("no id at all") << QByteArray(R"({"sent":true})") << QString();
}

void TestWahaEvents::testSentMessageId()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, messageId);
    QCOMPARE(WahaEvents::sentMessageId(QJsonDocument::fromJson(response).object(),
                                       QStringLiteral("15557654321@c.us")),
             messageId);
}

void TestWahaEvents::testAck_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("ack");
    QTest::newRow("ackName READ") << QByteArray(R"({"id":"x","ack":3,"ackName":"READ"})")
                                  << int(GatewayAck::Read);
    QTest::newRow("ackName wins over number")
        << QByteArray(R"({"ack":1,"ackName":"DEVICE"})") << int(GatewayAck::Device);
    QTest::newRow("ackName ERROR") << QByteArray(R"({"ackName":"ERROR"})") << int(GatewayAck::Error);
    QTest::newRow("lower-case name") << QByteArray(R"({"ackName":"played"})") << int(GatewayAck::Played);
    QTest::newRow("number only") << QByteArray(R"({"ack":0})") << int(GatewayAck::Pending);
    QTest::newRow("number -1") << QByteArray(R"({"ack":-1})") << int(GatewayAck::Error);
    QTest::newRow("out of range") << QByteArray(R"({"ack":9})") << -99;
    QTest::newRow("nothing") << QByteArray(R"({"id":"x"})") << -99;
}

void TestWahaEvents::testAck()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, ack);
    const std::optional<GatewayAck> parsed = WahaEvents::toAck(QJsonDocument::fromJson(payload).object());
    QCOMPARE(parsed.has_value(), ack != -99);
    if (parsed)
        QCOMPARE(int(*parsed), ack);
}

void TestWahaEvents::testChatIdFor_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("chatId");
    QTest::newRow("digits") << "15557654321"
                            << "15557654321@c.us";
    QTest::newRow("formatted number") << "+1 (555) 765-4321"
                                      << "15557654321@c.us";
    QTest::newRow("c.us kept") << "15557654321@c.us"
                               << "15557654321@c.us";
    QTest::newRow("Baileys JID kept") << "15557654321@s.whatsapp.net"
                                      << "15557654321@s.whatsapp.net";
    QTest::newRow("group kept") << "120363025246125486@g.us"
                                << "120363025246125486@g.us";
}

void TestWahaEvents::testChatIdFor()
{
    QFETCH(QString, peer);
    QFETCH(QString, chatId);
    QCOMPARE(WahaEvents::chatIdFor(peer), chatId);
}

void TestWahaEvents::testEnvelope_data()
{
    QTest::addColumn<QString>("frame");
    QTest::addColumn<QString>("event");
    QTest::newRow("session.status") << QStringLiteral(
        R"({"id":"evt_1","timestamp":1741249702485,"event":"session.status","session":"ops1",)"
        R"("me":{"id":"7911111@c.us","pushName":"~"},"payload":{"status":"SCAN_QR_CODE"}})")
                                    << "session.status";
    QTest::newRow("not JSON") << QStringLiteral("ping") << QString();
    QTest::newRow("JSON array") << QStringLiteral("[1,2]") << QString();
    QTest::newRow("no event name") << QStringLiteral(R"({"payload":{}})") << QString();
}

void TestWahaEvents::testEnvelope()
{
    QFETCH(QString, frame);
    QFETCH(QString, event);
    const std::optional<WahaEvents::Envelope> envelope = WahaEvents::parseEnvelope(frame);
    QCOMPARE(envelope.has_value(), !event.isEmpty());
    if (!envelope)
        return;
    QCOMPARE(envelope->event, event);
    QCOMPARE(envelope->session, QStringLiteral("ops1"));
    QCOMPARE(envelope->payload.value(QLatin1String("status")).toString(), QStringLiteral("SCAN_QR_CODE"));
    QCOMPARE(envelope->me.value(QLatin1String("id")).toString(), QStringLiteral("7911111@c.us"));
}

void TestWahaEvents::testMessages()
{
    const GatewayMessage inbound = WahaEvents::toMessage(object(
        R"({"id":"false_15557654321@c.us_AAA","timestamp":1700000000,"from":"15557654321@c.us","fromMe":false,)"
        R"("source":"app","to":"7911111@c.us","body":"hi","hasMedia":false,"_data":{"notifyName":"Ann"}})"));
    QCOMPARE(inbound.messageId, QStringLiteral("false_15557654321@c.us_AAA"));
    QCOMPARE(inbound.peer, QStringLiteral("15557654321"));
    QCOMPARE(inbound.chatJid, QStringLiteral("15557654321@c.us"));
    QCOMPARE(inbound.peerName, QStringLiteral("Ann"));
    QCOMPARE(inbound.type, QStringLiteral("text"));
    QCOMPARE(inbound.timestamp, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    QVERIFY(!inbound.fromMe);

    const GatewayMessage outbound = WahaEvents::toMessage(object(
        R"({"id":{"_serialized":"true_15557654321@s.whatsapp.net_BBB"},"from":"7911111@c.us","fromMe":true,)"
        R"("to":"15557654321@s.whatsapp.net","body":"","hasMedia":true,"media":{"mimetype":"image/jpeg"},)"
        R"("_data":{"pushName":"Me"}})"));
    QCOMPARE(outbound.messageId, QStringLiteral("true_15557654321@s.whatsapp.net_BBB"));
    QVERIFY(outbound.fromMe);
    QCOMPARE(outbound.peer, inbound.peer);
    QCOMPARE(outbound.type, QStringLiteral("image"));
    QVERIFY(outbound.timestamp.isValid());
}

void TestWahaEvents::testStatuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("state");
    QTest::newRow("STARTING") << "STARTING"
                              << "starting";
    QTest::newRow("SCAN_QR_CODE") << "SCAN_QR_CODE"
                                  << "awaiting-scan";
    QTest::newRow("WORKING") << "WORKING"
                             << "connected";
    QTest::newRow("FAILED") << "FAILED"
                            << "failed";
    QTest::newRow("STOPPED") << "STOPPED"
                             << "stopped";
    QTest::newRow("lower case") << "working"
                                << "connected";
    QTest::newRow("passkey (GOWS only)") << "PASSKEY_REQUIRED"
                                         << "unknown";
}

void TestWahaEvents::testStatuses()
{
    QFETCH(QString, status);
    QFETCH(QString, state);
    QCOMPARE(LinkStateText::id(WahaEvents::stateFromStatus(status)), state);
}

QTEST_GUILESS_MAIN(TestWahaEvents)
#include "TestWahaEvents.moc"
