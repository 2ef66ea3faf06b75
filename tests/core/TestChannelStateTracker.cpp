// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ChannelStateTracker.h"
#include "model/LinkTypes.h"
#include "util/Clock.h"

#include <QTest>

using namespace ChannelDesk;

namespace {

const QDateTime start(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

Channel cloudChannel(const QString& id = QStringLiteral("support"))
{
    Channel channel;
    channel.id = id;
    channel.name = QStringLiteral("Support");
    channel.kind = ChannelKinds::whatsAppCloud();
    return channel;
}

Channel linkedChannel(const QString& id = QStringLiteral("shop"))
{
    Channel channel;
    channel.id = id;
    channel.name = QStringLiteral("Shop");
    channel.kind = ChannelKinds::whatsAppLinked();
    return channel;
}

LinkStatus status(LinkState state, const QString& reason = {})
{
    LinkStatus result;
    result.state = state;
    result.reason = reason;
    return result;
}

CloudHealth healthyNumber(const QDateTime& checkedAt, const QDateTime& tokenExpiry = {})
{
    CloudHealth health;
    health.phoneNumberId = QStringLiteral("1234567890");
    health.qualityRating = QStringLiteral("GREEN");
    health.checkedAt = checkedAt;
    TokenInfo token;
    token.valid = true;
    token.expiresAt = tokenExpiry;
    health.token = token;
    return health;
}

} // namespace

class TestChannelStateTracker : public QObject
{
    Q_OBJECT

private slots:
    void testDisabledChannelIsStopped();
    void testLinkedChannelFollowsItsGateway();
    void testCloudChannelWaitsForHealthThenConnects();
    void testFlappingDegradesAndHealsAfterAnHour();
    void testSilenceCountsFromConnectionAndDegrades();
    void testTokenExpiryFailsTheChannelWhenItPasses();
    void testSinceMovesOnlyWhenTheShownStateChanges();
    void testHealthChecksComeDueAndRetrySoonerWhenMetaIsUnreachable();
    void testNewestErrorWins();
    void testRemovedChannelsAreForgotten();
};

void TestChannelStateTracker::testDisabledChannelIsStopped()
{
    ManualClock clock(start);
    ChannelStateTracker tracker(&clock);
    Channel channel = cloudChannel();
    channel.enabled = false;
    tracker.setChannels({channel});
    const QList<ChannelState> states = tracker.evaluate();
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.first().state, LinkState::Stopped);
    QVERIFY(!states.first().reason.isEmpty());
    QVERIFY(tracker.dueHealthChecks().isEmpty());
}

void TestChannelStateTracker::testLinkedChannelFollowsItsGateway()
{
    ManualClock clock(start);
    ChannelStateTracker tracker(&clock);
    tracker.setChannels({linkedChannel()});
    QCOMPARE(tracker.evaluate().first().state, LinkState::Unknown);

    tracker.setLinkAttached(QStringLiteral("shop"), true);
    tracker.noteLinkStatus(QStringLiteral("shop"),
                           status(LinkState::AwaitingScan, QStringLiteral("Scan the QR")));
    ChannelState state = tracker.evaluate().first();
    QCOMPARE(state.state, LinkState::AwaitingScan);
    QCOMPARE(state.reason, QStringLiteral("Scan the QR"));

    tracker.noteLinkStatus(QStringLiteral("shop"), status(LinkState::Connected));
    QCOMPARE(tracker.evaluate().first().state, LinkState::Connected);
    // A linked channel never has a Meta health check.
    QVERIFY(tracker.dueHealthChecks().isEmpty());
}

void TestChannelStateTracker::testCloudChannelWaitsForHealthThenConnects()
{
    ManualClock clock(start);
    ChannelStateTracker tracker(&clock);
    tracker.setChannels({cloudChannel()});
    QCOMPARE(tracker.evaluate().first().state, LinkState::Starting);

    tracker.setHealth(QStringLiteral("support"), healthyNumber(start));
    QCOMPARE(tracker.evaluate().first().state, LinkState::Connected);

    tracker.setHealthProblem(QStringLiteral("support"), QStringLiteral("No access token is stored."));
    const ChannelState failed = tracker.evaluate().first();
    QCOMPARE(failed.state, LinkState::Failed);
    QCOMPARE(failed.reason, QStringLiteral("No access token is stored."));
}

void TestChannelStateTracker::testFlappingDegradesAndHealsAfterAnHour()
{
    ManualClock clock(start);
    ChannelStateTracker tracker(&clock);
    // No figures read yet: flapping is counted from the gateway's states alone.
    tracker.setChannels({linkedChannel()});
    for (int i = 0; i < 3; ++i) {
        tracker.noteLinkStatus(QStringLiteral("shop"), status(LinkState::Reconnecting));
        clock.advance(60 * 1000);
        tracker.noteLinkStatus(QStringLiteral("shop"), status(LinkState::Connected));
        clock.advance(60 * 1000);
    }
    ChannelState state = tracker.evaluate().first();
    QCOMPARE(state.reconnectsLastHour, 3);
    QCOMPARE(state.reconnects, 3);
    QVERIFY(state.degraded);
    QVERIFY2(state.reason.contains(QLatin1String("Flapping")), qPrintable(state.reason));
    QCOMPARE(ChannelStateSummary::severity(state), ChannelStateSummary::Severity::Degraded);

    clock.advance(61 * 60 * 1000);
    state = tracker.evaluate().first();
    QCOMPARE(state.reconnectsLastHour, 0);
    QCOMPARE(state.reconnects, 3);
    QVERIFY(!state.degraded);
}

void TestChannelStateTracker::testSilenceCountsFromConnectionAndDegrades()
{
    ManualClock clock(start);
    ChannelStateTracker tracker(&clock);
    tracker.setChannels({cloudChannel()});
    ChannelActivity busy;
    busy.channelId = QStringLiteral("support");
    busy.usualInboundPerHour = 60;
    busy.lastInbound = start.addSecs(-3 * 3600);
    tracker.setActivity({busy});
    tracker.setHealth(QStringLiteral("support"), healthyNumber(start));
    // Silence before the channel was connected does not count: nothing could arrive then.
    QVERIFY(!tracker.evaluate().first().degraded);

    clock.advance(29 * 60 * 1000);
    QVERIFY(!tracker.evaluate().first().degraded);
    clock.advance(2 * 60 * 1000);
    const ChannelState state = tracker.evaluate().first();
    QVERIFY(state.degraded);
    QCOMPARE(state.state, LinkState::Connected);
    QVERIFY2(state.reason.contains(QLatin1String("60")), qPrintable(state.reason));

    busy.lastInbound = clock.now();
    tracker.setActivity({busy});
    QVERIFY(!tracker.evaluate().first().degraded);
}

void TestChannelStateTracker::testTokenExpiryFailsTheChannelWhenItPasses()
{
    ManualClock clock(start);
    ChannelStateTracker tracker(&clock);
    tracker.setChannels({cloudChannel()});
    const QDateTime expiry = start.addSecs(3600);
    tracker.setHealth(QStringLiteral("support"), healthyNumber(start, expiry));
    ChannelState state = tracker.evaluate().first();
    QCOMPARE(state.state, LinkState::Connected);
    QCOMPARE(state.tokenExpiresAt, expiry);

    clock.setNow(expiry.addSecs(1));
    state = tracker.evaluate().first();
    QCOMPARE(state.state, LinkState::Failed);
    QVERIFY2(state.reason.contains(QLatin1String("expired")), qPrintable(state.reason));
}

void TestChannelStateTracker::testSinceMovesOnlyWhenTheShownStateChanges()
{
    ManualClock clock(start);
    ChannelStateTracker tracker(&clock);
    tracker.setChannels({linkedChannel()});
    tracker.noteLinkStatus(QStringLiteral("shop"), status(LinkState::Connected));
    QCOMPARE(tracker.evaluate().first().since, start);

    clock.advance(10 * 60 * 1000);
    // The same state reported again, and a look later, leave "since" where it was.
    tracker.noteLinkStatus(QStringLiteral("shop"), status(LinkState::Connected));
    QCOMPARE(tracker.evaluate().first().since, start);

    tracker.noteLinkStatus(QStringLiteral("shop"),
                           status(LinkState::LoggedOut, QStringLiteral("Logged out")));
    QCOMPARE(tracker.evaluate().first().since, clock.now());
}

void TestChannelStateTracker::testHealthChecksComeDueAndRetrySoonerWhenMetaIsUnreachable()
{
    ManualClock clock(start);
    ChannelStateTracker tracker(&clock);
    tracker.setChannels({cloudChannel(), linkedChannel()});
    QCOMPARE(tracker.dueHealthChecks(), QStringList{QStringLiteral("support")});

    tracker.noteHealthCheckStarted(QStringLiteral("support"));
    QVERIFY(tracker.dueHealthChecks().isEmpty());
    clock.advance(ChannelStateTracker::HealthIntervalMs - 1000);
    QVERIFY(tracker.dueHealthChecks().isEmpty());
    clock.advance(1000);
    QCOMPARE(tracker.dueHealthChecks(), QStringList{QStringLiteral("support")});

    tracker.noteHealthCheckStarted(QStringLiteral("support"));
    CloudHealth unreachable = healthyNumber(clock.now());
    unreachable.phoneError.kind = GraphError::Kind::Network;
    unreachable.phoneError.message = QStringLiteral("Host not found");
    tracker.setHealth(QStringLiteral("support"), unreachable);
    QCOMPARE(tracker.evaluate().first().state, LinkState::Reconnecting);
    clock.advance(ChannelStateTracker::HealthRetryMs);
    QCOMPARE(tracker.dueHealthChecks(), QStringList{QStringLiteral("support")});
}

void TestChannelStateTracker::testNewestErrorWins()
{
    ManualClock clock(start);
    ChannelStateTracker tracker(&clock);
    tracker.setChannels({linkedChannel()});
    tracker.noteLinkError(QStringLiteral("shop"), QStringLiteral("Gateway said no"));
    QCOMPARE(tracker.evaluate().first().lastError, QStringLiteral("Gateway said no"));
    QCOMPARE(tracker.evaluate().first().lastErrorAt, start);

    clock.advance(60 * 1000);
    ChannelActivity activity;
    activity.channelId = QStringLiteral("shop");
    activity.lastError = QStringLiteral("Rejected delivery");
    activity.lastErrorAt = clock.now();
    tracker.setActivity({activity});
    QCOMPARE(tracker.evaluate().first().lastError, QStringLiteral("Rejected delivery"));

    // An older error that arrives later does not hide the newer one.
    activity.lastErrorAt = start.addSecs(-60);
    tracker.setActivity({activity});
    QCOMPARE(tracker.evaluate().first().lastError, QStringLiteral("Gateway said no"));
}

void TestChannelStateTracker::testRemovedChannelsAreForgotten()
{
    ManualClock clock(start);
    ChannelStateTracker tracker(&clock);
    tracker.setChannels({cloudChannel(), linkedChannel()});
    tracker.setHealth(QStringLiteral("support"), healthyNumber(start));
    tracker.setChannels({linkedChannel()});
    QCOMPARE(tracker.evaluate().size(), 1);
    QVERIFY(!tracker.health(QStringLiteral("support")));
    tracker.setChannels({cloudChannel(), linkedChannel()});
    QCOMPARE(tracker.evaluate().first().state, LinkState::Starting);
}

QTEST_GUILESS_MAIN(TestChannelStateTracker)
#include "TestChannelStateTracker.moc"
