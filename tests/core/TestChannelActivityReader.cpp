// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ChannelActivityReader.h"
#include "store/Database.h"
#include "store/MessageStore.h"

#include "ConversationLogFixture.h"
#include "JournaledBuilder.h"
#include "TestEnvironment.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

class TestChannelActivityReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testEmptyStoreListsEveryChannel();
    void testTimesAndTodayCounts();
    void testFailedSendsCountedOnce();
    void testRejectedDeliveriesAndLastError();
    void testRejectionsCountTheirRepeats();
    void testUsualRateAndLastHour();
    void testOldChannelKeepsLastInbound();
    void testMissingDatabaseDirectoryIsAnError();
    void testTrafficPerClockHour();
    void testFirstTrafficAfterTheLastError();

private:
    static constexpr qint64 Minute = 60 * 1000;
    static constexpr qint64 Hour = 60 * Minute;
    static constexpr qint64 Day = 24 * Hour;

    QDateTime ago(qint64 ms) const { return m_now.addMSecs(-ms); }
    void addChannel(const QString& id);
    void inbound(const QString& channel, const QString& wamid, qint64 agoMs);
    void status(const QString& channel, const QString& wamid, const QString& state, qint64 agoMs);
    void sent(const QString& channel, const QString& wamid, qint64 agoMs);
    void ack(const QString& channel, const QString& wamid, const QString& state, qint64 agoMs);
    void event(const QString& channel, const QString& kind, const QString& reason, const QString& detail,
               qint64 agoMs);
    void outbound(const QString& channel, const QString& wamid, const QString& state, qint64 updatedAgoMs);
    void fillSupport();
    ChannelActivity activityOf(const QString& channel) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<JournaledBuilder> m_store;
    QDateTime m_now;
};

void TestChannelActivityReader::initTestCase()
{
    TestEnvironment::init();
}

void TestChannelActivityReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("channeldesk.sqlite"));
    m_store = std::make_unique<JournaledBuilder>(m_path);
    // Local noon: "today" began 12 hours ago whatever the time zone.
    m_now = QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::LocalTime).toUTC();
    addChannel(QStringLiteral("sales"));
    addChannel(QStringLiteral("support"));
}

void TestChannelActivityReader::cleanup()
{
    m_store.reset();
    Database::close(m_path);
    m_dir.reset();
}

void TestChannelActivityReader::addChannel(const QString& id)
{
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    QSqlQuery insert(db.value());
    insert.prepare(QStringLiteral("INSERT INTO channels (id, name, kind, created_at, updated_at)"
                                  " VALUES (?, ?, 'whatsapp-cloud', '', '')"));
    insert.addBindValue(id);
    insert.addBindValue(id);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
}

void TestChannelActivityReader::inbound(const QString& channel, const QString& wamid, qint64 agoMs)
{
    const auto done = m_store->commit({ConversationLogFixture::inbound(
        channel, QStringLiteral("15557654321"), QStringLiteral("Ana"), wamid, wamid, ago(agoMs))});
    QVERIFY2(done.ok(), qPrintable(done.error().message));
}

void TestChannelActivityReader::status(const QString& channel, const QString& wamid, const QString& state,
                                       qint64 agoMs)
{
    StatusUpdate update;
    update.messageId = wamid;
    update.status = state;
    update.recipientId = QStringLiteral("15557654321");
    update.timestamp = ago(agoMs);
    Delivery delivery{channel, ago(agoMs), "{}", {}};
    delivery.batch.statuses.append(update);
    const auto done = m_store->commit({delivery});
    QVERIFY2(done.ok(), qPrintable(done.error().message));
}

void TestChannelActivityReader::sent(const QString& channel, const QString& wamid, qint64 agoMs)
{
    GatewayEvent event;
    event.channelId = channel;
    event.message.messageId = wamid;
    event.message.peer = QStringLiteral("15557654321");
    event.message.fromMe = true;
    event.message.type = QStringLiteral("text");
    event.message.text = wamid;
    event.message.timestamp = ago(agoMs);
    event.at = ago(agoMs);
    const auto done = m_store->projection().commitGatewayEvents({event});
    QVERIFY2(done.ok(), qPrintable(done.error().message));
}

void TestChannelActivityReader::ack(const QString& channel, const QString& wamid, const QString& state,
                                    qint64 agoMs)
{
    GatewayEvent event;
    event.channelId = channel;
    event.ackMessageId = wamid;
    event.ackStatus = state;
    event.at = ago(agoMs);
    const auto done = m_store->projection().commitGatewayEvents({event});
    QVERIFY2(done.ok(), qPrintable(done.error().message));
}

void TestChannelActivityReader::event(const QString& channel, const QString& kind, const QString& reason,
                                      const QString& detail, qint64 agoMs)
{
    const Status done = m_store->store().recordEvents(
        {ChannelEvent{channel, ago(agoMs), kind, reason, detail, QStringLiteral("127.0.0.1")}});
    QVERIFY2(done.ok(), qPrintable(done.error().message));
}

void TestChannelActivityReader::outbound(const QString& channel, const QString& wamid, const QString& state,
                                         qint64 updatedAgoMs)
{
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    QSqlQuery insert(db.value());
    insert.prepare(
        QStringLiteral("INSERT INTO outbound (channel_id, peer, kind, content, state, wamid,"
                       " created_at, updated_at) VALUES (?, '15557654321', 'text', '{}', ?, ?, ?, ?)"));
    insert.addBindValue(channel);
    insert.addBindValue(state);
    insert.addBindValue(wamid.isEmpty() ? QVariant() : QVariant(wamid));
    insert.addBindValue(ago(updatedAgoMs + Minute).toMSecsSinceEpoch());
    insert.addBindValue(ago(updatedAgoMs).toMSecsSinceEpoch());
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
}

void TestChannelActivityReader::fillSupport()
{
    const QString support = QStringLiteral("support");
    // A status from long ago first: the id search has to skip it.
    status(support, QStringLiteral("wamid.OLD"), QStringLiteral("read"), 10 * Day);
    inbound(support, QStringLiteral("wamid.IN.5"), 9 * Day); // before the 7-day window
    inbound(support, QStringLiteral("wamid.IN.4"), 6 * Day);
    inbound(support, QStringLiteral("wamid.IN.3"), 20 * Hour); // yesterday
    status(support, QStringLiteral("wamid.S.2"), QStringLiteral("read"), 3 * Hour);
    inbound(support, QStringLiteral("wamid.IN.2"), 2 * Hour);
    sent(support, QStringLiteral("out.3"), 26 * Hour);
    sent(support, QStringLiteral("out.2"), 40 * Minute);
    ack(support, QStringLiteral("out.2"), QStringLiteral("failed"), 39 * Minute);
    sent(support, QStringLiteral("out.1"), 30 * Minute);
    ack(support, QStringLiteral("out.1"), QStringLiteral("failed"), 29 * Minute);
    inbound(support, QStringLiteral("wamid.IN.1"), 10 * Minute);
    status(support, QStringLiteral("wamid.S.1"), QStringLiteral("delivered"), 5 * Minute);

    outbound(support, QStringLiteral("out.1"), QStringLiteral("failed"), 29 * Minute); // same as out.1
    outbound(support, QString(), QStringLiteral("failed"), Hour); // refused before Meta accepted it
    outbound(support, QString(), QStringLiteral("failed"), 25 * Hour); // yesterday
    outbound(support, QStringLiteral("out.1b"), QStringLiteral("sent"), Minute);

    event(QString(), QStringLiteral("rejected"), QStringLiteral("unknown-channel"),
          QStringLiteral("No channel"), 3 * Hour);
    event(support, QStringLiteral("rejected"), QStringLiteral("bad-signature"), QStringLiteral("old"),
          2 * Hour);
    event(support, QStringLiteral("rejected"), QStringLiteral("bad-signature"), QStringLiteral("sig 1"),
          50 * Minute);
    event(support, QStringLiteral("rejected"), QStringLiteral("bad-signature"), QStringLiteral("sig 2"),
          40 * Minute);
    event(support, QStringLiteral("rejected"), QStringLiteral("bad-signature"), QStringLiteral("sig 3"),
          30 * Minute);
    event(support, QStringLiteral("rejected"), QStringLiteral("too-large"), QStringLiteral("too large"),
          20 * Minute);
    event(support, QStringLiteral("meta-error"), QStringLiteral("131026"),
          QStringLiteral("Message undeliverable — the number is not on WhatsApp"), 10 * Minute);
    event(support, QStringLiteral("verification"), QStringLiteral("verified"),
          QStringLiteral("Meta verified"), 5 * Minute);
}

ChannelActivity TestChannelActivityReader::activityOf(const QString& channel) const
{
    const auto read = ChannelActivityReader::read(m_path, m_now);
    if (!read.ok())
        qFatal("read failed: %s", qPrintable(read.error().message));
    for (const ChannelActivity& activity : read.value()) {
        if (activity.channelId == channel)
            return activity;
    }
    qFatal("no activity for %s", qPrintable(channel));
    return {};
}

void TestChannelActivityReader::testEmptyStoreListsEveryChannel()
{
    const auto read = ChannelActivityReader::read(m_path, m_now);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(read.value().size(), 2);
    QCOMPARE(read.value().at(0).channelId, QStringLiteral("sales"));
    QCOMPARE(read.value().at(1).channelId, QStringLiteral("support"));
    const ChannelActivity& empty = read.value().at(1);
    QVERIFY(!empty.lastInbound.isValid());
    QVERIFY(!empty.lastOutbound.isValid());
    QVERIFY(!empty.lastStatus.isValid());
    QCOMPARE(empty.inToday, 0);
    QCOMPARE(empty.failedToday, 0);
    QCOMPARE(empty.usualInboundPerHour, 0.0);
    QVERIFY(empty.lastError.isEmpty());
}

void TestChannelActivityReader::testTimesAndTodayCounts()
{
    fillSupport();
    const ChannelActivity a = activityOf(QStringLiteral("support"));
    QCOMPARE(a.lastInbound, ago(10 * Minute));
    QCOMPARE(a.lastOutbound, ago(30 * Minute));
    QCOMPARE(a.lastStatus, ago(5 * Minute));
    QCOMPARE(a.lastTraffic(), ago(5 * Minute));
    QCOMPARE(a.inToday, 2); // IN.1 and IN.2; IN.3 was yesterday (local day)
    QCOMPARE(a.outToday, 2); // out.1 and out.2
    // Nothing leaks into the other channel.
    const ChannelActivity sales = activityOf(QStringLiteral("sales"));
    QCOMPARE(sales.inToday, 0);
    QCOMPARE(sales.rejectedLastHour, 0);
    QVERIFY(!sales.lastInbound.isValid());
}

void TestChannelActivityReader::testFailedSendsCountedOnce()
{
    fillSupport();
    // out.1: queue row and message both failed, counted once; the queue row without wamid; out.2,
    // failed by its ack with no queue row. Yesterday's failure and the sent row do not count.
    QCOMPARE(activityOf(QStringLiteral("support")).failedToday, 3);
}

void TestChannelActivityReader::testRejectedDeliveriesAndLastError()
{
    fillSupport();
    const ChannelActivity a = activityOf(QStringLiteral("support"));
    QCOMPARE(a.rejectedLastHour, 4);
    QCOMPARE(a.badSignaturesLastHour, 3);
    // The newest error, not the verification after it, in the receiver's words.
    QCOMPARE(a.lastError, QStringLiteral("Message undeliverable — the number is not on WhatsApp"));
    QCOMPARE(a.lastErrorAt, ago(10 * Minute));
}

void TestChannelActivityReader::testRejectionsCountTheirRepeats()
{
    // A flood merged into one row a minute (see MessageStore::recordEvents) counts every request.
    ChannelEvent flood{QStringLiteral("support"),       ago(20 * Minute),        QStringLiteral("rejected"),
                       QStringLiteral("bad-signature"), QStringLiteral("first"), QStringLiteral("192.0.2.1")};
    flood.count = 4000;
    flood.lastAt = ago(20 * Minute - 30 * 1000);
    flood.lastDetail = QStringLiteral("the last of them");
    QVERIFY(m_store->store().recordEvents({flood}).ok());
    const ChannelActivity a = activityOf(QStringLiteral("support"));
    QCOMPARE(a.rejectedLastHour, 4000);
    QCOMPARE(a.badSignaturesLastHour, 4000);
    QCOMPARE(a.lastError, QStringLiteral("the last of them"));
    QCOMPARE(a.lastErrorAt, flood.lastAt);
}

void TestChannelActivityReader::testUsualRateAndLastHour()
{
    fillSupport();
    const ChannelActivity a = activityOf(QStringLiteral("support"));
    // Last hour: IN.1, S.1 and the two failed acks.
    QCOMPARE(a.eventsLastHour, 4);
    // Before the last hour, within 7 days: IN.2, IN.3, IN.4 and S.2, since IN.4 six days ago.
    QVERIFY2(qFuzzyCompare(a.usualInboundPerHour, 4.0 / (6 * 24 - 1)),
             qPrintable(QString::number(a.usualInboundPerHour)));
}

void TestChannelActivityReader::testOldChannelKeepsLastInbound()
{
    inbound(QStringLiteral("sales"), QStringLiteral("wamid.SALES.1"), 8 * Day);
    const ChannelActivity sales = activityOf(QStringLiteral("sales"));
    // Older than the window, still known from the conversation.
    QCOMPARE(sales.lastInbound, ago(8 * Day));
    QCOMPARE(sales.inToday, 0);
    QCOMPARE(sales.usualInboundPerHour, 0.0);
    QCOMPARE(sales.eventsLastHour, 0);
}

void TestChannelActivityReader::testMissingDatabaseDirectoryIsAnError()
{
    const auto read = ChannelActivityReader::read(
        m_dir->filePath(QStringLiteral("missing/dir/channeldesk.sqlite")), m_now);
    QVERIFY(!read.ok());
    QVERIFY(!read.error().message.isEmpty());
}

void TestChannelActivityReader::testTrafficPerClockHour()
{
    fillSupport();
    const ChannelActivity a = activityOf(QStringLiteral("support"));
    QCOMPARE(a.traffic.size(), ChannelActivity::TrafficHours);
    // m_now is on the hour, so the last (current) hour begins now and the first 23 hours earlier.
    QCOMPARE(a.trafficStart, ago(23 * Hour));
    QList<TrafficHour> expected(ChannelActivity::TrafficHours);
    expected[3] = {1, 0, 0}; // IN.3, 20 h ago
    expected[21] = {1, 0, 0}; // IN.2, 2 h ago
    // The hour before now: IN.1, out.1 and out.2 (both failed by their acks; out.1's queue row is
    // the same send) and the queue row refused before Meta accepted it.
    expected[22] = {1, 2, 3};
    for (int i = 0; i < ChannelActivity::TrafficHours; ++i)
        QVERIFY2(a.traffic.at(i) == expected.at(i),
                 qPrintable(QStringLiteral("hour %1: %2 in, %3 out, %4 failed")
                                .arg(i)
                                .arg(a.traffic.at(i).in)
                                .arg(a.traffic.at(i).out)
                                .arg(a.traffic.at(i).failed)));
    // Older traffic (out.3, 26 h ago; yesterday's failed queue row) is not on the chart.
    const ChannelActivity sales = activityOf(QStringLiteral("sales"));
    QCOMPARE(sales.traffic, QList<TrafficHour>(ChannelActivity::TrafficHours));
}

void TestChannelActivityReader::testFirstTrafficAfterTheLastError()
{
    fillSupport();
    // IN.1 arrived with the error (10 min ago), not after it: nothing went through since.
    QVERIFY(!activityOf(QStringLiteral("support")).firstTrafficAfterError.isValid());
    // A send that failed after the error is no sign of recovery; a message received is.
    sent(QStringLiteral("support"), QStringLiteral("out.after"), 8 * Minute);
    ack(QStringLiteral("support"), QStringLiteral("out.after"), QStringLiteral("failed"), 7 * Minute);
    QVERIFY(!activityOf(QStringLiteral("support")).firstTrafficAfterError.isValid());
    inbound(QStringLiteral("support"), QStringLiteral("wamid.after.1"), 6 * Minute);
    inbound(QStringLiteral("support"), QStringLiteral("wamid.after.2"), 2 * Minute);
    QCOMPARE(activityOf(QStringLiteral("support")).firstTrafficAfterError, ago(6 * Minute));
    // The other channel has no error, so nothing to recover from.
    inbound(QStringLiteral("sales"), QStringLiteral("wamid.SALES.2"), Minute);
    QVERIFY(!activityOf(QStringLiteral("sales")).firstTrafficAfterError.isValid());
}

QTEST_GUILESS_MAIN(TestChannelActivityReader)
#include "TestChannelActivityReader.moc"
