// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Merging repeated channel events: in memory, and over real loopback HTTP into a real SQLite file.
#include "webhook/ChannelEventAggregator.h"

#include "store/Database.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"
#include "webhook/WebhookReceiver.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

const QString phoneId = QStringLiteral("200000000000002");

ChannelEvent rejected(const QDateTime& at, const QString& reason, const QString& remote,
                      const QString& detail = {})
{
    return {QStringLiteral("support"), at, QStringLiteral("rejected"), reason, detail, remote};
}

//! Sends request count times over connections sockets, pipelined in rounds, and returns how many
//! answers had the expected status.
int flood(quint16 port, const QByteArray& request, int count, int connections, const QByteArray& status)
{
    constexpr int round = 100;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < connections; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
        if (!sockets.back()->waitForConnected(5000))
            return 0;
    }
    int answered = 0;
    int sent = 0;
    while (sent < count) {
        QList<int> expected;
        for (auto& socket : sockets) {
            const int n = std::min(round, count - sent);
            if (n <= 0)
                break;
            QByteArray many;
            for (int i = 0; i < n; ++i)
                many += request;
            socket->write(many);
            expected.append(n);
            sent += n;
        }
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QTcpSocket& socket = *sockets.at(size_t(i));
            QByteArray answers;
            QElapsedTimer timer;
            timer.start();
            while (answers.count("HTTP/1.1 ") < expected.at(i) && timer.elapsed() < 20000) {
                if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(1000))
                    continue;
                answers += socket.readAll();
            }
            answered += int(answers.count(QByteArray("HTTP/1.1 " + status)));
        }
    }
    return answered;
}

} // namespace

class TestChannelEventAggregator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testRepeatsOfAMinuteAreOneEvent();
    void testFloodKeepsTheTableSmall();
};

void TestChannelEventAggregator::testRepeatsOfAMinuteAreOneEvent()
{
    const QDateTime minute = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    ChannelEventAggregator aggregator;
    const QString a = QStringLiteral("192.0.2.1");
    const QString b = QStringLiteral("192.0.2.2");
    aggregator.add(rejected(minute.addSecs(1), QStringLiteral("bad-signature"), a, QStringLiteral("first")));
    for (int i = 2; i < 60; ++i)
        aggregator.add(
            rejected(minute.addSecs(i), QStringLiteral("bad-signature"), a, QStringLiteral("#%1").arg(i)));
    aggregator.add(rejected(minute.addSecs(5), QStringLiteral("missing-signature"), a));
    aggregator.add(rejected(minute.addSecs(6), QStringLiteral("bad-signature"), b));
    aggregator.add(rejected(minute.addSecs(60), QStringLiteral("bad-signature"), a));
    QCOMPARE(aggregator.size(), 4);
    const QList<ChannelEvent> events = aggregator.take();
    QVERIFY(aggregator.isEmpty());
    QCOMPARE(events.size(), 4);
    // In the order their first request came.
    QCOMPARE(events.at(0).count, 59);
    QCOMPARE(events.at(0).at, minute.addSecs(1));
    QCOMPARE(events.at(0).detail, QStringLiteral("first"));
    QCOMPARE(events.at(0).lastAt, minute.addSecs(59));
    QCOMPARE(events.at(0).lastDetail, QStringLiteral("#59"));
    QCOMPARE(events.at(1).reason, QStringLiteral("missing-signature"));
    QCOMPARE(events.at(1).count, 1);
    QVERIFY(!events.at(1).lastAt.isValid());
    QCOMPARE(events.at(2).remote, b);
    QCOMPARE(events.at(3).at, minute.addSecs(60));
    QCOMPARE(events.at(3).count, 1);
}

void TestChannelEventAggregator::testFloodKeepsTheTableSmall()
{
    QTemporaryDir dir;
    const QString path = DataDirectory::databasePath(dir.path());
    WebhookReceiver receiver(path);
    receiver.setChannels({{QStringLiteral("support"), phoneId, true, "0123456789abcdef0123456789abcdef",
                           "receiver-test-verify-token-0001"}});
    QVERIFY(receiver.start(QStringLiteral("127.0.0.1"), 0).ok());
    // Emitted on the log builder's thread; counted here, on the test's.
    QObject sink;
    int signals_ = 0;
    int live = 0;
    connect(&receiver, &WebhookReceiver::eventRecorded, &sink, [&](const ChannelEvent& event) {
        ++signals_;
        live += event.count;
    });
    const qint64 startMinute = QDateTime::currentMSecsSinceEpoch() / ChannelEvent::kMinuteMs;

    // Unsigned POSTs to a real channel, and GETs for a channel that does not exist.
    constexpr int requests = 5000;
    const QByteArray unsigned_ = "POST /webhooks/whatsapp/" + phoneId.toLatin1()
        + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
    const QByteArray unknown = "GET /webhooks/whatsapp/999?hub.mode=subscribe HTTP/1.1\r\nHost: x\r\n\r\n";
    QCOMPARE(flood(receiver.port(), unsigned_, requests, 4, "401"), requests);
    QCOMPARE(flood(receiver.port(), unknown, requests, 4, "404"), requests);
    const qint64 minutes = QDateTime::currentMSecsSinceEpoch() / ChannelEvent::kMinuteMs - startMinute + 1;

    // Every request is counted once written.
    const auto sum = [&path](const QString& reason, const char* what) {
        QSqlDatabase db = Database::open(path).value();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM channel_events WHERE reason = ?").arg(QLatin1String(what)));
        q.addBindValue(reason);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(sum(QStringLiteral("missing-signature"), "SUM(count)"), qint64(requests),
                              10000);
    QTRY_COMPARE_WITH_TIMEOUT(sum(QStringLiteral("unknown-channel"), "SUM(count)"), qint64(requests), 10000);
    // One row per minute, reason and address, not one per request.
    QVERIFY2(sum(QStringLiteral("missing-signature"), "COUNT(*)") <= minutes,
             qPrintable(QString::number(sum(QStringLiteral("missing-signature"), "COUNT(*)"))));
    QVERIFY(sum(QStringLiteral("unknown-channel"), "COUNT(*)") <= minutes);

    // The channel page still gets the reason, with the count.
    const auto events = MessageStore(path).recentEvents(QStringLiteral("support"), 50);
    QVERIFY(events.ok());
    QVERIFY(!events.value().isEmpty());
    int counted = 0;
    for (const ChannelEvent& event : events.value()) {
        QCOMPARE(event.reason, QStringLiteral("missing-signature"));
        QCOMPARE(event.remote, QStringLiteral("127.0.0.1"));
        counted += event.count;
    }
    QCOMPARE(counted, requests);
    // Live updates come merged too: a few per write, and they add up to the requests.
    QTRY_COMPARE(live, 2 * requests);
    QVERIFY2(signals_ < 200, qPrintable(QString::number(signals_)));
    receiver.stop();
}

QTEST_GUILESS_MAIN(TestChannelEventAggregator)
#include "TestChannelEventAggregator.moc"
