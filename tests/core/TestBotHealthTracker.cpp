// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// BotHealthTracker with a manual clock: ok, slow, failing with the bot's words, recovery, the hour
// window, and the backlog as a real journal's forward queue reports it.
#include "TestEnvironment.h"
#include "WebhookClient.h"
#include "forward/BotHealthTracker.h"
#include "forward/ForwardQueue.h"
#include "store/DeliveryJournal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

const QString channel = QStringLiteral("c");

ForwardOutcome outcome(const QDateTime& at, qint64 latencyMs, int status, const QByteArray& answer = {})
{
    ForwardOutcome outcome;
    outcome.channelId = channel;
    outcome.finishedAt = at;
    outcome.latencyMs = latencyMs;
    outcome.status = status;
    outcome.answer = answer;
    if (!outcome.succeeded())
        outcome.error = QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(answer));
    return outcome;
}

} // namespace

class TestBotHealthTracker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testPausedAndIdle();
    void testOk();
    void testSlowByLatency();
    void testFailingWithStatusAndAnswer();
    void testRecoversToOk();
    void testHourWindowDropsOldOutcomes();
    void testHistoryPerMinuteOverADay();
    void testAnswerTextKeepsWholeCharacters();
    void testBacklogFromForwardQueue();
};

void TestBotHealthTracker::testPausedAndIdle()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
    BotHealthTracker tracker(&clock);
    QCOMPARE(tracker.health(channel).state, BotHealth::State::Paused); // never told: no forward_url
    tracker.setForwarding(channel, true);
    const BotHealth health = tracker.health(channel);
    QCOMPARE(health.state, BotHealth::State::Idle);
    QCOMPARE(health.successRate, -1.0);
    QCOMPARE(health.p95Ms, qint64(-1));
    QCOMPARE(health.checkedAt, clock.now());
    tracker.record(outcome(clock.now(), 10, 200));
    tracker.setForwarding(channel, false);
    QCOMPARE(tracker.health(channel).state, BotHealth::State::Paused);
    QCOMPARE(BotHealth::stateName(BotHealth::State::Paused), QStringLiteral("paused"));
}

void TestBotHealthTracker::testOk()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
    BotHealthTracker tracker(&clock);
    tracker.setForwarding(channel, true);
    for (int i = 1; i <= 100; ++i) {
        clock.advance(1000);
        tracker.record(outcome(clock.now(), i, 200, "ok"));
    }
    const BotHealth health = tracker.health(channel);
    QCOMPARE(health.state, BotHealth::State::Ok);
    QCOMPARE(health.p50Ms, qint64(50));
    QCOMPARE(health.p95Ms, qint64(95));
    QCOMPARE(health.successRate, 1.0);
    QCOMPARE(health.attempts, 100);
    QCOMPARE(health.lastSuccessAt, clock.now());
    QCOMPARE(health.consecutiveFailures, 0);
    QCOMPARE(health.lastStatusCode, 200);
    QCOMPARE(health.lastAnswer, QStringLiteral("ok"));
}

void TestBotHealthTracker::testSlowByLatency()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
    BotHealthTracker tracker(&clock);
    tracker.setForwarding(channel, true);
    // 94 fast answers and 6 slow ones: the 95th percentile is a slow one.
    for (int i = 0; i < 100; ++i) {
        clock.advance(1000);
        tracker.record(outcome(clock.now(), i < 94 ? 20 : BotHealthTracker::kSlowP95Ms + 500, 200));
    }
    BotHealth health = tracker.health(channel);
    QCOMPARE(health.state, BotHealth::State::Slow);
    QCOMPARE(health.p50Ms, qint64(20));
    QCOMPARE(health.p95Ms, BotHealthTracker::kSlowP95Ms + 500);
    // Exactly at the threshold is not slow.
    BotHealthTracker edge(&clock);
    edge.setForwarding(channel, true);
    edge.record(outcome(clock.now(), BotHealthTracker::kSlowP95Ms, 200));
    QCOMPARE(edge.health(channel).state, BotHealth::State::Ok);
}

void TestBotHealthTracker::testFailingWithStatusAndAnswer()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
    BotHealthTracker tracker(&clock);
    tracker.setForwarding(channel, true);
    tracker.record(outcome(clock.now(), 10, 200));
    const QDateTime firstFailure = clock.now().addSecs(1);
    const QByteArray words = "Internal error: " + QByteArray(300, 'x');
    for (int i = 1; i < BotHealthTracker::kFailingAfter; ++i) {
        clock.advance(1000);
        tracker.record(outcome(clock.now(), 10, 500, words.left(200)));
        QCOMPARE(tracker.health(channel).state, BotHealth::State::Ok); // not yet
    }
    clock.advance(1000);
    tracker.record(outcome(clock.now(), 10, 500, words.left(200)));
    const BotHealth health = tracker.health(channel);
    QCOMPARE(health.state, BotHealth::State::Failing);
    QCOMPARE(health.consecutiveFailures, BotHealthTracker::kFailingAfter);
    QCOMPARE(health.lastStatusCode, 500);
    QCOMPARE(health.lastAnswer, QString::fromLatin1(words.left(200)));
    QCOMPARE(health.lastAnswer.size(), qsizetype(200));
    QVERIFY(health.lastError.startsWith(QStringLiteral("HTTP 500: Internal error")));
    QCOMPARE(health.failingSince, firstFailure);
    QCOMPARE(health.successRate, 0.25);
    // No answer at all (refused, timed out) counts the same, with status 0.
    clock.advance(1000);
    tracker.record(outcome(clock.now(), 10000, 0));
    QCOMPARE(tracker.health(channel).lastStatusCode, 0);
    QCOMPARE(tracker.health(channel).state, BotHealth::State::Failing);
    // Failing outlasts the hour: the bot was not seen answering since.
    clock.advance(2 * BotHealthTracker::kWindowMs);
    QCOMPARE(tracker.health(channel).state, BotHealth::State::Failing);
    QCOMPARE(tracker.health(channel).attempts, 0);
}

void TestBotHealthTracker::testRecoversToOk()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
    BotHealthTracker tracker(&clock);
    tracker.setForwarding(channel, true);
    for (int i = 0; i < 5; ++i) {
        clock.advance(1000);
        tracker.record(outcome(clock.now(), 5, 503, "down"));
    }
    QCOMPARE(tracker.health(channel).state, BotHealth::State::Failing);
    clock.advance(1000);
    tracker.record(outcome(clock.now(), 30, 200, "{}"));
    const BotHealth health = tracker.health(channel);
    QCOMPARE(health.state, BotHealth::State::Ok);
    QCOMPARE(health.consecutiveFailures, 0);
    QVERIFY(!health.failingSince.isValid());
    QCOMPARE(health.lastSuccessAt, clock.now());
    QCOMPARE(health.lastStatusCode, 200);
    QCOMPARE(health.lastAnswer, QStringLiteral("{}"));
    QCOMPARE(health.lastError, QStringLiteral("HTTP 503: down")); // the newest failure stays readable
    QCOMPARE(health.p95Ms, qint64(30)); // failures do not count in the latency
    QCOMPARE(health.successRate, 1.0 / 6);
}

void TestBotHealthTracker::testHourWindowDropsOldOutcomes()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
    BotHealthTracker tracker(&clock);
    tracker.setForwarding(channel, true);
    // An hour ago the bot was slow and refused one; now it is fast.
    tracker.record(outcome(clock.now(), 9000, 200));
    tracker.record(outcome(clock.now(), 10, 500, "no"));
    QCOMPARE(tracker.health(channel).state, BotHealth::State::Slow);
    clock.advance(BotHealthTracker::kWindowMs - 1000);
    tracker.record(outcome(clock.now(), 40, 200));
    BotHealth health = tracker.health(channel);
    QCOMPARE(health.attempts, 3); // the old ones are still inside the hour
    clock.advance(1001);
    health = tracker.health(channel);
    QCOMPARE(health.attempts, 1);
    QCOMPARE(health.state, BotHealth::State::Ok);
    QCOMPARE(health.p50Ms, qint64(40));
    QCOMPARE(health.p95Ms, qint64(40));
    QCOMPARE(health.successRate, 1.0);
    // A whole hour without an attempt: idle, but the last success is still known.
    clock.advance(BotHealthTracker::kWindowMs);
    health = tracker.health(channel);
    QCOMPARE(health.state, BotHealth::State::Idle);
    QCOMPARE(health.successRate, -1.0);
    QVERIFY(health.lastSuccessAt.isValid());
    // Bounded: never more than kMaxOutcomes per channel, even within the hour.
    for (int i = 0; i < BotHealthTracker::kMaxOutcomes + 50; ++i)
        tracker.record(outcome(clock.now(), 1, 200));
    QCOMPARE(tracker.health(channel).attempts, BotHealthTracker::kMaxOutcomes);
}

void TestBotHealthTracker::testHistoryPerMinuteOverADay()
{
    const QDateTime start(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
    ManualClock clock(start.addSecs(5));
    BotHealthTracker tracker(&clock);
    tracker.setForwarding(channel, true);
    QVERIFY(tracker.history(QStringLiteral("other")).isEmpty());
    tracker.record(outcome(clock.now(), 1, 200));
    tracker.record(outcome(clock.now(), 1, 200));
    tracker.record(outcome(clock.now(), 1, 503));
    clock.advance(2 * 60 * 1000);
    tracker.record(outcome(clock.now(), 1, 200));
    // One that finished in the previous minute but is reported late lands in its own minute.
    tracker.record(outcome(start.addSecs(59), 1, 500));
    QList<BotMinute> minutes = tracker.history(channel);
    QCOMPARE(minutes.size(), 2);
    QCOMPARE(minutes.at(0), (BotMinute{start, 2, 2}));
    QCOMPARE(minutes.at(1), (BotMinute{start.addSecs(120), 1, 0}));
    // Counted from every outcome, beyond the kMaxOutcomes the health keeps.
    for (int i = 0; i < BotHealthTracker::kMaxOutcomes + 10; ++i)
        tracker.record(outcome(clock.now(), 1, 200));
    QCOMPARE(tracker.history(channel).constLast().forwarded, BotHealthTracker::kMaxOutcomes + 11);
    // A day later the first minute has gone, the later one is the oldest kept.
    clock.advance(qint64(BotHealthTracker::kHistoryMinutes - 1) * 60 * 1000);
    minutes = tracker.history(channel);
    QCOMPARE(minutes.size(), 1);
    QCOMPARE(minutes.at(0).minute, start.addSecs(120));
    clock.advance(60 * 1000);
    QVERIFY(tracker.history(channel).isEmpty());
}

void TestBotHealthTracker::testAnswerTextKeepsWholeCharacters()
{
    const QByteArray euro = "\xe2\x82\xac"; // €
    QCOMPARE(BotHealthTracker::answerText("ab" + euro), QStringLiteral("ab") + QChar(0x20AC));
    QCOMPARE(BotHealthTracker::answerText("ab" + euro.left(2)), QStringLiteral("ab"));
    QCOMPARE(BotHealthTracker::answerText("ab" + euro.left(1)), QStringLiteral("ab"));
    QCOMPARE(BotHealthTracker::answerText({}), QString());
}

void TestBotHealthTracker::testBacklogFromForwardQueue()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const QDateTime oldest(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
    {
        DeliveryJournal journal(path);
        QList<JournalEntry> entries;
        for (int i = 0; i < 3; ++i) {
            const QDateTime at = oldest.addSecs(60 * i);
            const QByteArray body = WebhookClient::textMessage(
                QStringLiteral("1"), QStringLiteral("wamid.B%1").arg(i), QStringLiteral("155501"),
                QStringLiteral("Ana"), QStringLiteral("x"), at);
            entries.append({0, channel, at, body, QByteArray(), true});
        }
        QVERIFY(journal.append(entries).ok());
    }
    ForwardQueue queue(path);
    const Result<QList<ForwardBacklog>> backlog = queue.backlog();
    QVERIFY(backlog.ok());
    ManualClock clock(QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
    BotHealthTracker tracker(&clock);
    tracker.setForwarding(channel, true);
    tracker.setBacklog(backlog.value());
    BotHealth health = tracker.health(channel);
    QCOMPARE(health.backlog, qint64(3));
    QCOMPARE(health.parked, qint64(0));
    QCOMPARE(health.oldestWaitingAt, oldest);
    // The bot took the oldest one: the next one is now the oldest waiting.
    const Result<QList<ForwardItem>> waiting = queue.waitingAfter(0, 10);
    QVERIFY(waiting.ok());
    QCOMPARE(waiting.value().size(), 3);
    QVERIFY(queue.remove({waiting.value().first().deliveryId}).ok());
    tracker.setBacklog(queue.backlog().value());
    health = tracker.health(channel);
    QCOMPARE(health.backlog, qint64(2));
    QCOMPARE(health.oldestWaitingAt, oldest.addSecs(60));
    // All taken: the channel is gone from the backlog, so its backlog is empty again.
    QVERIFY(queue.remove({waiting.value().at(1).deliveryId, waiting.value().at(2).deliveryId}).ok());
    tracker.setBacklog(queue.backlog().value());
    health = tracker.health(channel);
    QCOMPARE(health.backlog, qint64(0));
    QVERIFY(!health.oldestWaitingAt.isValid());
}

QTEST_GUILESS_MAIN(TestBotHealthTracker)
#include "TestBotHealthTracker.moc"
