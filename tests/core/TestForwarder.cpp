// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The forwarder against a real journal file and a bot on 127.0.0.1, with a manual clock: order per
// conversation under retries, and parking after the maximum age, then --retry.
#include "FakeBot.h"
#include "FakeHostileServer.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"
#include "forward/ForwardQueue.h"
#include "forward/Forwarder.h"
#include "store/DeliveryJournal.h"
#include "webhook/SignatureVerifier.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;
using Mode = FakeHostileServer::Mode;

Q_DECLARE_METATYPE(FakeHostileServer::Mode)

namespace {

const QByteArray appSecret = "00112233445566778899aabbccddeeff";

} // namespace

class TestForwarder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testOrderPerConversationUnderRetries();
    void testRecoveredBotGetsWaitingRetriesAtOnce();
    void testParkedAfterMaxAgeThenRetried();
    void testLinkedEventsAreSignedAtSendTimeAndNotBuilt();
    void testTakenOverConversationIsHandledByAPerson();
    void testHostileAnswersEndQuickly_data();
    void testHostileAnswersEndQuickly();

private:
    //! Journals n deliveries from customers A and B alternately; returns their wamids.
    QStringList journal(const QString& path, int n, const QDateTime& at,
                        const QString& prefix = QStringLiteral("T"));
};

QStringList TestForwarder::journal(const QString& path, int n, const QDateTime& at, const QString& prefix)
{
    DeliveryJournal journal(path);
    QList<JournalEntry> entries;
    QStringList wamids;
    for (int i = 0; i < n; ++i) {
        const QString wamid = QStringLiteral("wamid.%1%2").arg(prefix).arg(i);
        const QByteArray body = WebhookClient::textMessage(
            QStringLiteral("1"), wamid, i % 2 ? QStringLiteral("155501") : QStringLiteral("155502"),
            QStringLiteral("Ana"), QStringLiteral("x"), at);
        entries.append({0, QStringLiteral("c"), at, body, SignatureVerifier::sign(body, appSecret), true});
        wamids << wamid;
    }
    [&] { QVERIFY(journal.append(entries).ok()); }();
    return wamids;
}

void TestForwarder::testOrderPerConversationUnderRetries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const QStringList wamids = journal(path, 10, clock.now());
    FakeBot bot(appSecret);
    QVERIFY(bot.start());
    bot.setStatus(503);
    Forwarder forwarder(path, &clock);
    QSignalSpy failed(&forwarder, &Forwarder::failed);
    QSignalSpy forwarded(&forwarder, &Forwarder::forwarded);
    forwarder.setTargets({{QStringLiteral("c"), {QUrl(bot.url()), 5000}}});
    forwarder.start();
    // Both conversations' first deliveries are tried, and only they: the rest waits behind them.
    QTRY_COMPARE(bot.refusedCount(), 2);
    QTRY_COMPARE(forwarder.inFlight(), 0);
    bot.setStatus(200);
    clock.advance(1000); // the first retry is due after at most 1 s
    forwarder.wake();
    QTRY_COMPARE(bot.acceptedCount(), 10);
    QStringList a;
    QStringList b;
    for (const FakeBot::Received& received : bot.accepted()) {
        QVERIFY(received.verified);
        const QString wamid = FakeBot::wamidOf(received.body);
        (wamids.indexOf(wamid) % 2 ? a : b) << wamid;
    }
    QCOMPARE(a, (QStringList{wamids[1], wamids[3], wamids[5], wamids[7], wamids[9]}));
    QCOMPARE(b, (QStringList{wamids[0], wamids[2], wamids[4], wamids[6], wamids[8]}));
    QTRY_VERIFY(ForwardQueue(path).backlog().value().isEmpty());
    // The outcomes carry what BotHealthTracker needs: status, latency and the bot's words.
    QCOMPARE(failed.count(), 2);
    const auto refused = failed.first().first().value<ForwardOutcome>();
    QCOMPARE(refused.channelId, QStringLiteral("c"));
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.finishedAt, clock.now().addMSecs(-1000));
    QVERIFY(refused.latencyMs >= 0);
    QVERIFY(refused.error.startsWith(QLatin1String("HTTP 503")));
    QVERIFY(!refused.succeeded());
    QCOMPARE(forwarded.count(), 10);
    const auto taken = forwarded.last().first().value<ForwardOutcome>();
    QCOMPARE(taken.status, 200);
    QVERIFY(taken.succeeded() && taken.error.isEmpty());
}

void TestForwarder::testRecoveredBotGetsWaitingRetriesAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    // Three customers' deliveries fail in a row: the bot is down (one refusal among answers it
    // takes would not count as an outage).
    journal(path, 2, clock.now());
    DeliveryJournal more(path);
    const QByteArray third
        = WebhookClient::textMessage(QStringLiteral("1"), QStringLiteral("wamid.D"), QStringLiteral("155504"),
                                     QStringLiteral("Di"), QStringLiteral("x"), clock.now());
    QVERIFY(more.append({{0, QStringLiteral("c"), clock.now(), third,
                          SignatureVerifier::sign(third, appSecret), true}})
                .ok());
    FakeBot bot(appSecret);
    QVERIFY(bot.start());
    bot.setStatus(503);
    Forwarder forwarder(path, &clock);
    forwarder.setTargets({{QStringLiteral("c"), {QUrl(bot.url()), 5000}}});
    forwarder.start();
    QTRY_COMPARE(bot.refusedCount(), 3);
    QTRY_COMPARE(forwarder.inFlight(), 0);
    // Back up; the clock stands still, so the three only go before their backoff is over if the
    // forwarder sees the bot answer again, here through a delivery of a fourth customer.
    bot.setStatus(200);
    const QByteArray body
        = WebhookClient::textMessage(QStringLiteral("1"), QStringLiteral("wamid.C"), QStringLiteral("155503"),
                                     QStringLiteral("Cy"), QStringLiteral("x"), clock.now());
    QVERIFY(more.append({{0, QStringLiteral("c"), clock.now(), body, SignatureVerifier::sign(body, appSecret),
                          true}})
                .ok());
    forwarder.wake();
    QTRY_COMPARE(bot.acceptedCount(), 4);
    QCOMPARE(FakeBot::wamidOf(bot.accepted().first().body), QStringLiteral("wamid.C"));
    QTRY_VERIFY(ForwardQueue(path).backlog().value().isEmpty());
    QCOMPARE(bot.refusedCount(), 3);
}

void TestForwarder::testParkedAfterMaxAgeThenRetried()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    journal(path, 4, clock.now());
    FakeBot bot(appSecret);
    QVERIFY(bot.start());
    bot.setStatus(500);
    Forwarder forwarder(path, &clock);
    ForwardPolicy policy;
    policy.maxAgeMs = 60 * 60 * 1000;
    forwarder.setPolicy(policy);
    forwarder.setTargets({{QStringLiteral("c"), {QUrl(bot.url()), 5000}}});
    clock.advance(2 * 60 * 60 * 1000); // older than the maximum age at the first failure
    forwarder.start();
    ForwardQueue queue(path);
    QTRY_VERIFY(!queue.backlog().value().isEmpty() && queue.backlog().value().first().parked == 4);
    QCOMPARE(queue.backlog().value().first().waiting, 0);
    QVERIFY(queue.backlog().value().first().lastError.startsWith(QLatin1String("HTTP 500")));
    bot.setStatus(200);
    QCOMPARE(queue.retryParked(QString()).value(), 4);
    forwarder.wake();
    QTRY_COMPARE(bot.acceptedCount(), 4);
    QTRY_VERIFY(queue.backlog().value().isEmpty());
}

void TestForwarder::testLinkedEventsAreSignedAtSendTimeAndNotBuilt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const QByteArray oldSecret = "old-forward-secret";
    const QByteArray newSecret = "new-forward-secret";
    const QByteArray event
        = R"({"event":"message","session":"default","payload":{"id":"m1","from":"155501@c.us"}})";
    {
        DeliveryJournal journal(path);
        QVERIFY(journal
                    .append({{0,
                              QStringLiteral("l"),
                              QDateTime::currentDateTimeUtc(),
                              event,
                              {},
                              true,
                              JournalEntry::Kind::LinkedEvent}})
                    .ok());
        // Never handed to the log builder: it is not Meta's.
        QVERIFY(journal.entriesAfter(0, 10).value().isEmpty());
        QCOMPARE(journal.countAfter(0).value(), qMakePair(qint64(0), qint64(0)));
    }
    // The bot has the new secret; the row was queued while the old one was in use.
    FakeBot bot(newSecret, "x-channeldesk-signature-256");
    QVERIFY(bot.start());
    Forwarder forwarder(path);
    ForwardTarget target{QUrl(bot.url()), 5000, oldSecret, "X-ChannelDesk-Signature-256"};
    forwarder.setTargets({{QStringLiteral("l"), target}});
    forwarder.start();
    QTRY_COMPARE(bot.refusedCount(), 1);
    target.secret = newSecret;
    forwarder.setTargets({{QStringLiteral("l"), target}});
    // Retried after the backoff (at most 1 s), signed with the secret of the send.
    QTRY_COMPARE_WITH_TIMEOUT(bot.acceptedCount(), 1, 10000);
    const FakeBot::Received received = bot.accepted().first();
    QVERIFY(received.verified);
    QCOMPARE(received.body, event);
    QCOMPARE(received.signature, ForwardTarget::sign(newSecret, event));
    QCOMPARE(received.signature.left(7), QByteArray("sha256="));
}

void TestForwarder::testTakenOverConversationIsHandledByAPerson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    FakeBot bot(appSecret);
    QVERIFY(bot.start());
    ForwardQueue queue(path);
    // Taken over before anything came: 155501's deliveries (odd ones) are the person's.
    QVERIFY(queue.setTakenOver(QStringLiteral("c"), QStringLiteral("155501"), true, clock.now()).ok());
    const QStringList first = journal(path, 6, clock.now());
    Forwarder forwarder(path, &clock);
    QSignalSpy handled(&forwarder, &Forwarder::handledByPerson);
    QSignalSpy failed(&forwarder, &Forwarder::failed);
    forwarder.setTargets({{QStringLiteral("c"), {QUrl(bot.url()), 5000}}});
    forwarder.start();
    QTRY_COMPARE(bot.acceptedCount(), 3);
    QTRY_COMPARE(handled.count(), 3);
    QCOMPARE(failed.count(), 0);
    for (const FakeBot::Received& received : bot.accepted())
        QVERIFY(first.indexOf(FakeBot::wamidOf(received.body)) % 2 == 0);
    // Handled rows leave the queue like forwarded ones: nothing waits, nothing is parked.
    QTRY_VERIFY(queue.backlog().value().isEmpty());

    // Given back while deliveries of the taken-over time still wait (the bot is down): they stay
    // the person's; the next one goes to the bot.
    bot.setStatus(503);
    const QStringList during = journal(path, 2, clock.now(), QStringLiteral("D")); // one each
    QTRY_COMPARE(bot.refusedCount(), 1); // 155502's; 155501's was dropped
    // The retry is due a backoff after the forwarder took the 503 in, by the manual clock: the
    // clock may only move on once it has (the bot counts the refusal before that).
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(queue.setTakenOver(QStringLiteral("c"), QStringLiteral("155501"), false, clock.now()).ok());
    QCOMPARE(queue.handoffs()
                 .value()
                 .value(ForwardQueue::handoffKey(QStringLiteral("c"), QStringLiteral("155501")))
                 .takenOver,
             false);
    bot.setStatus(200);
    const QStringList after = journal(path, 2, clock.now(), QStringLiteral("X"));
    clock.advance(1000);
    forwarder.wake();
    QTRY_COMPARE(bot.acceptedCount(), 6);
    QStringList got;
    for (const FakeBot::Received& received : bot.accepted())
        got << FakeBot::wamidOf(received.body);
    QVERIFY(!got.contains(during.at(1)));
    QVERIFY(got.contains(after.at(1)));
    QTRY_VERIFY(queue.backlog().value().isEmpty());
    QCOMPARE(handled.count(), 4);
}

void TestForwarder::testHostileAnswersEndQuickly_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("status");
    QTest::newRow("endless") << Mode::Endless << 200;
    QTest::newRow("huge Content-Length") << Mode::HugeLength << 200;
    QTest::newRow("endless error body") << Mode::Endless << 500;
    QTest::newRow("trickle") << Mode::Trickle << 200;
}

void TestForwarder::testHostileAnswersEndQuickly()
{
    QFETCH(Mode, mode);
    QFETCH(int, status);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    ManualClock clock(QDateTime::currentDateTimeUtc());
    journal(path, 1, clock.now());
    FakeHostileServer bot(mode, status);
    QVERIFY(bot.start());
    Forwarder forwarder(path, &clock);
    QSignalSpy failed(&forwarder, &Forwarder::failed);
    QSignalSpy forwarded(&forwarder, &Forwarder::forwarded);
    // The timeout is the deadline for the trickle; the cap ends the others, as the bytes the bot
    // managed to write show.
    forwarder.setTargets({{QStringLiteral("c"), {QUrl(bot.baseUrl()), 1000}}});
    QElapsedTimer elapsed;
    elapsed.start();
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count() + forwarded.count(), 1, 10000);
    QVERIFY2(elapsed.elapsed() < 10000, qPrintable(QString::number(elapsed.elapsed())));
    const auto outcome = (forwarded.isEmpty() ? failed : forwarded).first().first().value<ForwardOutcome>();
    // The bot's status counts, however its answer goes on; only the answer's start is kept.
    QCOMPARE(outcome.status, status);
    QCOMPARE(outcome.succeeded(), status == 200);
    QVERIFY(outcome.answer.size() <= Forwarder::kAnswerExcerptBytes);
    QVERIFY2(bot.bytesSent() < 32 * 1024 * 1024, qPrintable(QString::number(bot.bytesSent())));
}

QTEST_GUILESS_MAIN(TestForwarder)
#include "TestForwarder.moc"
