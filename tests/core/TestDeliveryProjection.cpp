// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"
#include "store/StreamEventLog.h"
#include "util/DataDirectory.h"
#include "webhook/DeliveryProjection.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

const QDateTime kAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);

//! Journal entry 1 of channel support: count text messages from Ana, wamid.in1 "hello 1" onwards,
//! a second apart after kAt.
Delivery textDelivery(int count)
{
    Delivery delivery;
    delivery.channelId = QStringLiteral("support");
    delivery.receivedAt = kAt;
    delivery.journalId = 1;
    for (int i = 1; i <= count; ++i) {
        InboundMessage m;
        m.messageId = QStringLiteral("wamid.in%1").arg(i);
        m.from = QStringLiteral("15550001111");
        m.profileName = QStringLiteral("Ana");
        m.timestamp = kAt.addSecs(i);
        m.type = QStringLiteral("text");
        m.text = QStringLiteral("hello %1").arg(i);
        m.rawJson = "{}";
        delivery.batch.messages.append(m);
    }
    return delivery;
}

} // namespace

class TestDeliveryProjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testNewMessagesAndStatusesBecomeStreamEvents();
    void testGatewayEventsBecomeStreamEvents();
    void testStreamEventsKeepNoCopyOfTheirRow();
};

void TestDeliveryProjection::testNewMessagesAndStatusesBecomeStreamEvents()
{
    QTemporaryDir dir;
    const QString path = DataDirectory::databasePath(dir.path());
    const QDateTime at = kAt;
    Delivery delivery = textDelivery(2);
    StatusUpdate s;
    s.messageId = QStringLiteral("wamid.out1");
    s.status = QStringLiteral("delivered");
    s.recipientId = QStringLiteral("15550001111");
    s.timestamp = at.addSecs(3);
    s.rawJson = "{}";
    delivery.batch.statuses.append(s);

    {
        DeliveryProjection projection(path);
        QVERIFY(projection.commitDeliveries({delivery}).ok());
        // The same delivery again (a retry, or a restart before the mark): nothing new.
        delivery.journalId = 2;
        QVERIFY(projection.commitDeliveries({delivery}).ok());
    }
    const StreamEventLog log(path);
    const auto events = log.after(0, 100);
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 3);
    QCOMPARE(events.value().at(0).type, QStringLiteral("message"));
    QCOMPARE(events.value().at(1).type, QStringLiteral("message"));
    QCOMPARE(events.value().at(2).type, QStringLiteral("status"));
    const QJsonObject message = QJsonDocument::fromJson(events.value().at(1).toWire()).object();
    QCOMPARE(message.value(QLatin1String("channel")).toString(), QStringLiteral("support"));
    QCOMPARE(message.value(QLatin1String("direction")).toString(), QStringLiteral("in"));
    QCOMPARE(message.value(QLatin1String("peer")).toString(), QStringLiteral("15550001111"));
    QCOMPARE(message.value(QLatin1String("peer_name")).toString(), QStringLiteral("Ana"));
    QCOMPARE(message.value(QLatin1String("message_id")).toString(), QStringLiteral("wamid.in2"));
    QCOMPARE(message.value(QLatin1String("message_type")).toString(), QStringLiteral("text"));
    QCOMPARE(message.value(QLatin1String("text")).toString(), QStringLiteral("hello 2"));
    QCOMPARE(message.value(QLatin1String("timestamp")).toString(), QStringLiteral("2026-03-01T12:00:02Z"));
    const QJsonObject status = QJsonDocument::fromJson(events.value().at(2).toWire()).object();
    QCOMPARE(status.value(QLatin1String("message_id")).toString(), QStringLiteral("wamid.out1"));
    QCOMPARE(status.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    QCOMPARE(status.value(QLatin1String("peer")).toString(), QStringLiteral("15550001111"));
    QVERIFY(!status.contains(QLatin1String("errors")));
    Database::close(path);
}

void TestDeliveryProjection::testGatewayEventsBecomeStreamEvents()
{
    QTemporaryDir dir;
    const QString path = DataDirectory::databasePath(dir.path());
    GatewayEvent message;
    message.channelId = QStringLiteral("phone");
    message.message.messageId = QStringLiteral("true_1555@c.us_ABC");
    message.message.peer = QStringLiteral("1555");
    message.message.fromMe = true;
    message.message.text = QStringLiteral("sent from the phone");
    message.at = QDateTime::currentDateTimeUtc();
    GatewayEvent ack;
    ack.channelId = QStringLiteral("phone");
    ack.ackMessageId = message.message.messageId;
    ack.ackStatus = QStringLiteral("read");
    ack.at = message.at;
    {
        DeliveryProjection projection(path);
        QCOMPARE(projection.commitGatewayEvents({message, ack}).value(), 1);
        QCOMPARE(projection.commitGatewayEvents({message, ack}).value(), 0);
    }
    const auto events = StreamEventLog(path).after(0, 100);
    QVERIFY(events.ok());
    QCOMPARE(events.value().size(), 2);
    const QJsonObject sent = QJsonDocument::fromJson(events.value().at(0).toWire()).object();
    QCOMPARE(sent.value(QLatin1String("direction")).toString(), QStringLiteral("out"));
    QCOMPARE(events.value().at(1).type, QStringLiteral("status"));
    Database::close(path);
}

void TestDeliveryProjection::testStreamEventsKeepNoCopyOfTheirRow()
{
    QTemporaryDir dir;
    const QString path = DataDirectory::databasePath(dir.path());
    Delivery delivery = textDelivery(3);
    QVERIFY(DeliveryProjection(path).commitDeliveries({delivery}).ok());
    auto db = Database::open(path);
    QVERIFY(db.ok());
    QSqlQuery q(db.value());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM stream_events WHERE body = '' AND ref > 0"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    q.finish();
    // A row from before schema 16 kept its body, and is read as it was written.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO stream_events (at, channel_id, type, body) VALUES"
                                  " (0, 'support', 'message', '{\"text\":\"written whole\"}')")));
    // Retention took the first message: its event goes, and a page of 3 is still 3 long.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM messages WHERE wamid = 'wamid.in1'")));
    const auto page = StreamEventLog(path).after(0, 3);
    QVERIFY(page.ok());
    QCOMPARE(page.value().size(), 3);
    QCOMPARE(page.value().at(0).cursor, 2);
    const QJsonObject second = QJsonDocument::fromJson(page.value().at(0).toWire()).object();
    QCOMPARE(second.value(QLatin1String("message_id")).toString(), QStringLiteral("wamid.in2"));
    QCOMPARE(second.value(QLatin1String("peer_name")).toString(), QStringLiteral("Ana"));
    const QJsonObject old = QJsonDocument::fromJson(page.value().at(2).toWire()).object();
    QCOMPARE(old.value(QLatin1String("text")).toString(), QStringLiteral("written whole"));
    QCOMPARE(old.value(QLatin1String("cursor")).toInteger(), 4);
    Database::close(path);
}

QTEST_GUILESS_MAIN(TestDeliveryProjection)
#include "TestDeliveryProjection.moc"
