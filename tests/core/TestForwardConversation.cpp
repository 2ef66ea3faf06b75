// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forward/ForwardConversation.h"

#include "linking/WahaEvents.h"
#include "linking/WahaForwardEvent.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ChannelDesk;

namespace {

const QString kAna = QStringLiteral("15557654321");
const QString kBruno = QStringLiteral("5511955550199");

QByteArray readFixture(const QString& name)
{
    QFile file(qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QLatin1String("/webhooks/") + name
               + QLatin1String(".json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

//! A delivery with one entry whose changes carry the given values (JSON objects, verbatim).
QByteArray delivery(const QList<QByteArray>& values)
{
    QByteArray changes;
    for (const QByteArray& value : values) {
        if (!changes.isEmpty())
            changes += ',';
        changes += "{\"field\":\"messages\",\"value\":" + value + '}';
    }
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[" + changes
        + "]}]}";
}

} // namespace

class TestForwardConversation : public QObject
{
    Q_OBJECT

private slots:
    void testFixtures_data();
    void testFixtures();
    void testKey_data();
    void testKey();
    void testLinkedEventKeyIsTheStoresPeer_data();
    void testLinkedEventKeyIsTheStoresPeer();
};

void TestForwardConversation::testFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("key");
    QTest::newRow("text message") << QStringLiteral("message-text") << kAna;
    QTest::newRow("several messages: the first's sender") << QStringLiteral("batch-multi") << kAna;
    // The system message names a new wa_id in its body; the sender is still the key.
    QTest::newRow("system message") << QStringLiteral("message-system") << kAna;
    QTest::newRow("status read") << QStringLiteral("status-read") << kAna;
    QTest::newRow("status failed") << QStringLiteral("status-failed-with-errors") << kAna;
    QTest::newRow("account update: no customer") << QStringLiteral("field-account-update") << QString();
}

void TestForwardConversation::testFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QString, key);
    const QByteArray body = readFixture(fixture);
    QVERIFY2(!body.isEmpty(), qPrintable(fixture));
    QCOMPARE(ForwardConversation::keyOf(body), key);
}

void TestForwardConversation::testKey_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key");
    const QByteArray message = R"({"messages":[{"from":"15557654321","type":"text"}]})";
    const QByteArray status = R"({"statuses":[{"status":"sent","recipient_id":"5511955550199"}]})";
    const QByteArray contact = R"({"contacts":[{"wa_id":"5511955550199"}]})";

    QTest::newRow("message from") << delivery({message}) << kAna;
    QTest::newRow("status recipient_id") << delivery({status}) << kBruno;
    QTest::newRow("contact wa_id") << delivery({contact}) << kBruno;
    // A message anywhere in the delivery decides, even after a status of another customer.
    QTest::newRow("message after status") << delivery({status, message}) << kAna;
    QTest::newRow("message beats contact") << delivery({R"({"contacts":[{"wa_id":"5511955550199"}],)"
                                                        R"("messages":[{"from":"15557654321"}]})"})
                                           << kAna;
    // Status-only: the customer the status is about, not a contact listed with it.
    QTest::newRow("status beats contact") << delivery(
        {R"({"contacts":[{"wa_id":"15557654321"}],"statuses":[{"recipient_id":"5511955550199"}]})"})
                                          << kBruno;
    QTest::newRow("contact of another change before status")
        << delivery({R"({"contacts":[{"wa_id":"15557654321"}]})", status}) << kBruno;
    QTest::newRow("first status of several")
        << delivery({R"({"statuses":[{"recipient_id":"15557654321"},{"recipient_id":"5511955550199"}]})"})
        << kAna;

    QTest::newRow("empty body") << QByteArray() << QString();
    QTest::newRow("not json") << QByteArray("hello") << QString();
    QTest::newRow("json array") << QByteArray("[1,2]") << QString();
    QTest::newRow("no entry") << QByteArray(R"({"object":"whatsapp_business_account"})") << QString();
    QTest::newRow("empty value") << delivery({"{}"}) << QString();
    QTest::newRow("empty lists") << delivery({R"({"messages":[],"statuses":[],"contacts":[]})"}) << QString();
    QTest::newRow("message without from") << delivery({R"({"messages":[{"type":"text"}]})"}) << QString();
}

void TestForwardConversation::testKey()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, key);
    QCOMPARE(ForwardConversation::keyOf(body), key);
}

void TestForwardConversation::testLinkedEventKeyIsTheStoresPeer_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("key");
    QTest::newRow("c.us") << QStringLiteral("15557654321@c.us") << kAna;
    QTest::newRow("s.whatsapp.net") << QStringLiteral("15557654321@s.whatsapp.net") << kAna;
    QTest::newRow("device suffix") << QStringLiteral("15557654321:12@s.whatsapp.net") << kAna;
    QTest::newRow("group kept as given")
        << QStringLiteral("120363025555555555@g.us") << QStringLiteral("120363025555555555");
}

void TestForwardConversation::testLinkedEventKeyIsTheStoresPeer()
{
    QFETCH(QString, from);
    QFETCH(QString, key);
    // As a WAHA payload arrives, parsed as the store gets it, then built for the bot.
    const GatewayMessage message
        = WahaEvents::toMessage(QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")},
                                            {QStringLiteral("from"), from},
                                            {QStringLiteral("fromMe"), false},
                                            {QStringLiteral("body"), QStringLiteral("hi")},
                                            {QStringLiteral("timestamp"), 1741249702}});
    QCOMPARE(message.peer, key);
    const QByteArray body = WahaForwardEvent::body(message, QStringLiteral("default"));
    QCOMPARE(ForwardConversation::keyOf(body), message.peer);
    const QJsonObject event = QJsonDocument::fromJson(body).object();
    QCOMPARE(event.value(QLatin1String("event")).toString(), QStringLiteral("message"));
    QCOMPARE(event.value(QLatin1String("session")).toString(), QStringLiteral("default"));
    const QJsonObject payload = event.value(QLatin1String("payload")).toObject();
    QCOMPARE(payload.value(QLatin1String("id")).toString(), QStringLiteral("m1"));
    QCOMPARE(payload.value(QLatin1String("from")).toString(), from);
    QCOMPARE(payload.value(QLatin1String("body")).toString(), QStringLiteral("hi"));
    QCOMPARE(payload.value(QLatin1String("timestamp")).toInteger(), 1741249702);
    QCOMPARE(payload.value(QLatin1String("hasMedia")).toBool(), false);
}

QTEST_GUILESS_MAIN(TestForwardConversation)
#include "TestForwardConversation.moc"
