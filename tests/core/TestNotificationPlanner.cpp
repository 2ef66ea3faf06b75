// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/BotHealthSummary.h"
#include "health/NotificationPlanner.h"
#include "util/Clock.h"

#include "TestEnvironment.h"

#include <QLocale>
#include <QTest>

using namespace ChannelDesk;

class TestNotificationPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void testFailedDegradedRecovered();
    void testStartingStatesAreQuiet();
    void testLoggedOutCountsAsFailed();
    void testRepeatsAreHeldBack();
    void testQrWaitingOncePerWindow();
    void testTokenAboutToExpire();
    void testNewMessagesOnlyWhileHidden();
    void testSwitchedOffKindsStaySilent();
    void testWorstStateAndSummary();
    void testBotFailingAfterFiveMinutesOncePerRun();
    void testBotRecoveredOnlyAfterAnnouncedFailure();
    void testBotNotificationsCanBeSwitchedOff();
    void testBotSentence();

private:
    static BotHealth failingBot(const QDateTime& since)
    {
        BotHealth health;
        health.state = BotHealth::State::Failing;
        health.failingSince = since;
        health.consecutiveFailures = 3;
        health.lastStatusCode = 500;
        health.lastAnswer = QStringLiteral("bot is down");
        return health;
    }
    static BotHealth botIn(BotHealth::State state)
    {
        BotHealth health;
        health.state = state;
        return health;
    }

    ChannelState state(LinkState link, bool degraded = false, const QString& reason = {}) const
    {
        ChannelState s;
        s.channelId = QStringLiteral("support");
        s.name = QStringLiteral("Support");
        s.state = link;
        s.degraded = degraded;
        s.reason = reason;
        return s;
    }
    static QList<NotificationKind> kinds(const QList<PlannedNotification>& planned)
    {
        QList<NotificationKind> result;
        for (const PlannedNotification& p : planned)
            result.append(p.kind);
        return result;
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<NotificationPlanner> m_planner;
};

void TestNotificationPlanner::initTestCase()
{
    TestEnvironment::init();
}

void TestNotificationPlanner::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    m_planner = std::make_unique<NotificationPlanner>();
}

void TestNotificationPlanner::testFailedDegradedRecovered()
{
    QVERIFY(m_planner->statesChanged({state(LinkState::Connected)}, m_clock->now()).isEmpty());

    m_clock->advance(60 * 1000);
    auto planned
        = m_planner->statesChanged({state(LinkState::Connected, true,
                                          QStringLiteral("Flapping: reconnected 3 times in the last hour."))},
                                   m_clock->now());
    QCOMPARE(kinds(planned), QList<NotificationKind>{NotificationKind::ChannelDegraded});
    QCOMPARE(planned.first().channelId, QStringLiteral("support"));
    QCOMPARE(planned.first().title, QStringLiteral("Support: degraded"));
    QVERIFY2(planned.first().message.contains(QStringLiteral("reconnected 3 times")),
             qPrintable(planned.first().message));
    QCOMPARE(planned.first().urgency, PlannedNotification::Urgency::Warning);
    // Unchanged: nothing new.
    QVERIFY(m_planner->statesChanged({state(LinkState::Connected, true)}, m_clock->now()).isEmpty());

    m_clock->advance(60 * 1000);
    planned = m_planner->statesChanged({state(LinkState::Connected)}, m_clock->now());
    QCOMPARE(kinds(planned), QList<NotificationKind>{NotificationKind::ChannelRecovered});
    QCOMPARE(planned.first().title, QStringLiteral("Support: recovered"));

    m_clock->advance(60 * 1000);
    planned = m_planner->statesChanged(
        {state(LinkState::Failed, false, QStringLiteral("API key rejected (HTTP 401)"))}, m_clock->now());
    QCOMPARE(kinds(planned), QList<NotificationKind>{NotificationKind::ChannelFailed});
    QCOMPARE(planned.first().urgency, PlannedNotification::Urgency::Critical);
    QVERIFY(planned.first().message.contains(QStringLiteral("API key rejected (HTTP 401)")));
    QVERIFY(planned.first().title.contains(QStringLiteral("failed")));
}

void TestNotificationPlanner::testStartingStatesAreQuiet()
{
    QVERIFY(m_planner->statesChanged({state(LinkState::Unknown)}, m_clock->now()).isEmpty());
    QVERIFY(m_planner->statesChanged({state(LinkState::Starting)}, m_clock->now()).isEmpty());
    QVERIFY(m_planner->statesChanged({state(LinkState::Reconnecting)}, m_clock->now()).isEmpty());
    // Connected after starting is not a recovery.
    QVERIFY(m_planner->statesChanged({state(LinkState::Connected)}, m_clock->now()).isEmpty());
}

void TestNotificationPlanner::testLoggedOutCountsAsFailed()
{
    m_planner->statesChanged({state(LinkState::Connected)}, m_clock->now());
    const auto planned = m_planner->statesChanged({state(LinkState::LoggedOut)}, m_clock->now());
    QCOMPARE(kinds(planned), QList<NotificationKind>{NotificationKind::ChannelFailed});
    QVERIFY2(planned.first().message.contains(QStringLiteral("logged out")),
             qPrintable(planned.first().message));
}

void TestNotificationPlanner::testRepeatsAreHeldBack()
{
    m_planner->statesChanged({state(LinkState::Connected)}, m_clock->now());
    QCOMPARE(m_planner->statesChanged({state(LinkState::Connected, true)}, m_clock->now()).size(), 1);
    m_clock->advance(60 * 1000);
    QCOMPARE(m_planner->statesChanged({state(LinkState::Connected)}, m_clock->now()).size(), 1);
    // Degraded again two minutes later: a flapping channel is not announced on every swing.
    m_clock->advance(60 * 1000);
    QVERIFY(m_planner->statesChanged({state(LinkState::Connected, true)}, m_clock->now()).isEmpty());
    m_clock->advance(60 * 1000);
    m_planner->statesChanged({state(LinkState::Connected)}, m_clock->now());
    m_clock->advance(NotificationPlanner::RepeatAfterMs);
    QCOMPARE(kinds(m_planner->statesChanged({state(LinkState::Connected, true)}, m_clock->now())),
             QList<NotificationKind>{NotificationKind::ChannelDegraded});
}

void TestNotificationPlanner::testQrWaitingOncePerWindow()
{
    m_planner->statesChanged({state(LinkState::Starting)}, m_clock->now());
    auto planned = m_planner->statesChanged({state(LinkState::AwaitingScan)}, m_clock->now());
    QCOMPARE(kinds(planned), QList<NotificationKind>{NotificationKind::QrWaiting});
    QVERIFY(planned.first().message.contains(QStringLiteral("QR code")));
    // The gateway rotates codes within the same window: no new notification.
    m_clock->advance(20 * 1000);
    QVERIFY(m_planner->statesChanged({state(LinkState::AwaitingScan)}, m_clock->now()).isEmpty());
}

void TestNotificationPlanner::testTokenAboutToExpire()
{
    ChannelState cloud = state(LinkState::Connected);
    cloud.tokenExpiresAt = m_clock->now().addSecs(3 * 3600);
    cloud.temporaryToken = true;
    QVERIFY(m_planner->statesChanged({cloud}, m_clock->now()).isEmpty());
    m_clock->advance(61 * 60 * 1000); // 1 h 59 min left
    auto planned = m_planner->statesChanged({cloud}, m_clock->now());
    QCOMPARE(kinds(planned), QList<NotificationKind>{NotificationKind::TokenExpiring});
    QVERIFY2(planned.first().message.contains(QStringLiteral("temporary access token")),
             qPrintable(planned.first().message));
    QVERIFY2(planned.first().message.contains(QStringLiteral("1 h 59 min")),
             qPrintable(planned.first().message));
    // Once per expiry time.
    m_clock->advance(30 * 60 * 1000);
    QVERIFY(m_planner->statesChanged({cloud}, m_clock->now()).isEmpty());
    // A replaced token that also expires soon is announced again.
    cloud.tokenExpiresAt = m_clock->now().addSecs(30 * 60);
    QCOMPARE(m_planner->statesChanged({cloud}, m_clock->now()).size(), 1);
    // An expired token is no longer "about to" expire (the channel fails instead).
    cloud.tokenExpiresAt = m_clock->now().addSecs(-60);
    QVERIFY(m_planner->statesChanged({cloud}, m_clock->now()).isEmpty());
}

void TestNotificationPlanner::testNewMessagesOnlyWhileHidden()
{
    m_planner->statesChanged({state(LinkState::Connected)}, m_clock->now());
    ChannelActivity activity;
    activity.channelId = QStringLiteral("support");
    activity.lastInbound = m_clock->now();
    activity.inToday = 4;
    // The first figures are the baseline: old messages are not news.
    QVERIFY(m_planner->activityRefreshed({activity}, true).isEmpty());

    activity.lastInbound = activity.lastInbound.addSecs(30);
    activity.inToday = 6;
    QVERIFY(m_planner->activityRefreshed({activity}, false).isEmpty()); // window visible

    activity.lastInbound = activity.lastInbound.addSecs(30);
    activity.inToday = 9;
    const auto planned = m_planner->activityRefreshed({activity}, true);
    QCOMPARE(kinds(planned), QList<NotificationKind>{NotificationKind::NewMessage});
    QVERIFY2(planned.first().message.contains(QStringLiteral("3 new message")),
             qPrintable(planned.first().message));
    QVERIFY(planned.first().message.contains(QStringLiteral("Support")));
    // Nothing new: nothing to tell.
    QVERIFY(m_planner->activityRefreshed({activity}, true).isEmpty());
}

void TestNotificationPlanner::testSwitchedOffKindsStaySilent()
{
    m_planner->setEnabled(NotificationKind::ChannelFailed, false);
    m_planner->setEnabled(NotificationKind::QrWaiting, false);
    QVERIFY(!m_planner->isEnabled(NotificationKind::ChannelFailed));
    QVERIFY(m_planner->isEnabled(NotificationKind::ChannelDegraded));
    m_planner->statesChanged({state(LinkState::Connected)}, m_clock->now());
    QVERIFY(m_planner->statesChanged({state(LinkState::Failed)}, m_clock->now()).isEmpty());
    QVERIFY(m_planner->statesChanged({state(LinkState::AwaitingScan)}, m_clock->now()).isEmpty());
    m_planner->setEnabled(NotificationKind::ChannelFailed, true);
    m_clock->advance(60 * 1000);
    QCOMPARE(kinds(m_planner->statesChanged({state(LinkState::Failed)}, m_clock->now())),
             QList<NotificationKind>{NotificationKind::ChannelFailed});
}

void TestNotificationPlanner::testWorstStateAndSummary()
{
    using Severity = ChannelStateSummary::Severity;
    ChannelState connected = state(LinkState::Connected);
    ChannelState scanning = state(LinkState::AwaitingScan);
    ChannelState degraded = state(LinkState::Connected, true);
    ChannelState failed = state(LinkState::Failed);
    ChannelState stopped = state(LinkState::Stopped);
    QCOMPARE(ChannelStateSummary::worst({}), Severity::Idle);
    QCOMPARE(ChannelStateSummary::worst({connected, stopped}), Severity::Connected);
    QCOMPARE(ChannelStateSummary::worst({connected, scanning}), Severity::Attention);
    QCOMPARE(ChannelStateSummary::worst({scanning, degraded, connected}), Severity::Degraded);
    QCOMPARE(ChannelStateSummary::worst({degraded, failed}), Severity::Failed);
    QCOMPARE(ChannelStateSummary::stateText(degraded), QStringLiteral("degraded"));
    QCOMPARE(ChannelStateSummary::stateText(scanning), QStringLiteral("awaiting scan"));
    // A failed link is shown as failed even when traffic also looks degraded.
    ChannelState both = state(LinkState::Failed, true);
    QCOMPARE(ChannelStateSummary::stateText(both), QStringLiteral("failed"));
    QCOMPARE(ChannelStateSummary::summaryText({connected, degraded, connected}),
             QStringLiteral("1 degraded, 2 connected"));
}

void TestNotificationPlanner::testBotFailingAfterFiveMinutesOncePerRun()
{
    const QString id = QStringLiteral("support");
    const QString name = QStringLiteral("Support");
    const QDateTime since = m_clock->now();
    const BotHealth failing = failingBot(since);
    QVERIFY(m_planner->botHealthChanged(id, name, failing, m_clock->now()).isEmpty());
    // The ticks keep asking while nothing changes: silent up to the 5-minute mark…
    m_clock->advance(NotificationPlanner::BotFailingAfterMs);
    QVERIFY(m_planner->botHealthChanged(id, name, failing, m_clock->now()).isEmpty());
    // …and announced once past it, with the bot's own words.
    m_clock->advance(15 * 1000);
    const QList<PlannedNotification> planned = m_planner->botHealthChanged(id, name, failing, m_clock->now());
    QCOMPARE(kinds(planned), QList<NotificationKind>{NotificationKind::BotFailing});
    QCOMPARE(planned.first().channelId, id);
    QCOMPARE(planned.first().urgency, PlannedNotification::Urgency::Critical);
    QCOMPARE(planned.first().title, QStringLiteral("Support: bot failing"));
    QVERIFY2(planned.first().message.contains(QStringLiteral("HTTP 500: bot is down")),
             qPrintable(planned.first().message));
    QVERIFY(planned.first().message.contains(QStringLiteral("5 minute")));
    // The same run is not announced again, however long it lasts.
    for (int i = 0; i < 100; ++i) {
        m_clock->advance(60 * 1000);
        QVERIFY(m_planner->botHealthChanged(id, name, failing, m_clock->now()).isEmpty());
    }
    // Recovery, then a new run: announced after its own 5 minutes (the last announcement is
    // older than RepeatAfterMs by now).
    QCOMPARE(kinds(m_planner->botHealthChanged(id, name, botIn(BotHealth::State::Ok), m_clock->now())),
             QList<NotificationKind>{NotificationKind::BotRecovered});
    const BotHealth again = failingBot(m_clock->now());
    QVERIFY(m_planner->botHealthChanged(id, name, again, m_clock->now()).isEmpty());
    m_clock->advance(NotificationPlanner::BotFailingAfterMs + 1000);
    QCOMPARE(kinds(m_planner->botHealthChanged(id, name, again, m_clock->now())),
             QList<NotificationKind>{NotificationKind::BotFailing});
}

void TestNotificationPlanner::testBotRecoveredOnlyAfterAnnouncedFailure()
{
    const QString id = QStringLiteral("support");
    const QString name = QStringLiteral("Support");
    // A short outage (under 5 minutes) is neither announced nor its end.
    QVERIFY(m_planner->botHealthChanged(id, name, failingBot(m_clock->now()), m_clock->now()).isEmpty());
    m_clock->advance(4 * 60 * 1000);
    QVERIFY(m_planner->botHealthChanged(id, name, failingBot(m_clock->now().addSecs(-240)), m_clock->now())
                .isEmpty());
    QVERIFY(m_planner->botHealthChanged(id, name, botIn(BotHealth::State::Ok), m_clock->now()).isEmpty());

    // Slow and idle count as recovered too; paused (forwarding switched off) is forgotten silently.
    for (const BotHealth::State after :
         {BotHealth::State::Slow, BotHealth::State::Idle, BotHealth::State::Paused}) {
        m_clock->advance(NotificationPlanner::RepeatAfterMs);
        const BotHealth failing = failingBot(m_clock->now().addSecs(-600));
        QCOMPARE(kinds(m_planner->botHealthChanged(id, name, failing, m_clock->now())),
                 QList<NotificationKind>{NotificationKind::BotFailing});
        const QList<PlannedNotification> planned
            = m_planner->botHealthChanged(id, name, botIn(after), m_clock->now());
        if (after == BotHealth::State::Paused) {
            QVERIFY(planned.isEmpty());
        } else {
            QCOMPARE(kinds(planned), QList<NotificationKind>{NotificationKind::BotRecovered});
            QCOMPARE(planned.first().title, QStringLiteral("Support: bot recovered"));
        }
        QVERIFY(m_planner->botHealthChanged(id, name, botIn(after), m_clock->now()).isEmpty());
    }
    // Another channel's bot is its own run.
    const QList<PlannedNotification> other = m_planner->botHealthChanged(
        QStringLiteral("sales"), QString(), failingBot(m_clock->now().addSecs(-301)), m_clock->now());
    QCOMPARE(kinds(other), QList<NotificationKind>{NotificationKind::BotFailing});
    QCOMPARE(other.first().title, QStringLiteral("sales: bot failing"));
}

void TestNotificationPlanner::testBotNotificationsCanBeSwitchedOff()
{
    const QString id = QStringLiteral("support");
    m_planner->setEnabled(NotificationKind::BotFailing, false);
    const BotHealth failing = failingBot(m_clock->now().addSecs(-600));
    QVERIFY(m_planner->botHealthChanged(id, {}, failing, m_clock->now()).isEmpty());
    // Never announced failing, so its recovery is no news either.
    QVERIFY(m_planner->botHealthChanged(id, {}, botIn(BotHealth::State::Ok), m_clock->now()).isEmpty());
    m_planner->setEnabled(NotificationKind::BotFailing, true);
    m_planner->setEnabled(NotificationKind::BotRecovered, false);
    QCOMPARE(kinds(m_planner->botHealthChanged(id, {}, failing, m_clock->now())),
             QList<NotificationKind>{NotificationKind::BotFailing});
    QVERIFY(m_planner->botHealthChanged(id, {}, botIn(BotHealth::State::Ok), m_clock->now()).isEmpty());
}

void TestNotificationPlanner::testBotSentence()
{
    using State = BotHealth::State;
    QCOMPARE(BotHealthSummary::sentence(botIn(State::Paused)), QStringLiteral("Paused — no forward URL"));
    BotHealth slow = botIn(State::Slow);
    slow.p95Ms = 2400;
    QCOMPARE(BotHealthSummary::sentence(slow), QStringLiteral("Slow — 95% of answers within 2.4 s"));
    BotHealth ok = botIn(State::Ok);
    ok.p95Ms = 120;
    QCOMPARE(BotHealthSummary::sentence(ok), QStringLiteral("OK — 95% of answers within 120 ms"));
    const QDateTime since = QDateTime(QDate(2026, 3, 2), QTime(10, 2)).toUTC();
    QCOMPARE(BotHealthSummary::sentence(failingBot(since)),
             QStringLiteral("Failing since %1 — HTTP 500: bot is down")
                 .arg(QLocale().toString(QTime(10, 2), QLocale::ShortFormat)));
    BotHealth refused = failingBot(since);
    refused.lastStatusCode = 0;
    refused.lastAnswer.clear();
    refused.lastError = QStringLiteral("Connection refused");
    QCOMPARE(BotHealthSummary::failureText(refused), QStringLiteral("Connection refused"));
    QCOMPARE(BotHealthSummary::severity(State::Failing), ChannelStateSummary::Severity::Failed);
    QCOMPARE(BotHealthSummary::severity(State::Slow), ChannelStateSummary::Severity::Attention);
    QCOMPARE(BotHealthSummary::severity(State::Paused), ChannelStateSummary::Severity::Idle);
}

QTEST_GUILESS_MAIN(TestNotificationPlanner)
#include "TestNotificationPlanner.moc"
