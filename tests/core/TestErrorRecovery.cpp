// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// When the dashboard shows a channel's last error as resolved: only once the channel works again.
#include "health/ErrorRecovery.h"

#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

class TestErrorRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testNoErrorIsNothingToResolve();
    void testTrafficAfterTheError();
    void testGatewayConnectedAgain();
    void testHealthCheckIsNoRecovery();
    void testTheEarlierSignCounts();
    void testAChannelInTroubleIsNotResolved();
    void testTrafficBeforeANewerErrorDoesNotResolveIt();

private:
    static QDateTime at(int minute) { return QDateTime(QDate(2026, 5, 1), QTime(10, minute), Qt::UTC); }
    static ChannelState connectedSince(int minute, int errorMinute)
    {
        ChannelState state;
        state.channelId = QStringLiteral("support");
        state.state = LinkState::Connected;
        state.since = at(minute);
        state.lastError = QStringLiteral("(#131026) Message undeliverable");
        state.lastErrorAt = at(errorMinute);
        return state;
    }
    static ChannelActivity trafficAt(int minute)
    {
        ChannelActivity activity;
        activity.channelId = QStringLiteral("support");
        activity.firstTrafficAfterError = minute < 0 ? QDateTime() : at(minute);
        return activity;
    }
};

void TestErrorRecovery::testNoErrorIsNothingToResolve()
{
    ChannelState state = connectedSince(1, 5);
    state.lastError.clear();
    state.lastErrorAt = {};
    QVERIFY(!ErrorRecovery::resolvedAt(state, trafficAt(10), true).isValid());
}

void TestErrorRecovery::testTrafficAfterTheError()
{
    // Connected long before the error (a Cloud API channel): only a message through resolves it.
    QVERIFY(!ErrorRecovery::resolvedAt(connectedSince(1, 5), trafficAt(-1), true).isValid());
    QCOMPARE(ErrorRecovery::resolvedAt(connectedSince(1, 5), trafficAt(9), true), at(9));
}

void TestErrorRecovery::testGatewayConnectedAgain()
{
    QCOMPARE(ErrorRecovery::resolvedAt(connectedSince(7, 5), trafficAt(-1), true), at(7));
    // A stopped channel is quiet, not in trouble; with traffic after the error it is resolved too.
    ChannelState stopped = connectedSince(7, 5);
    stopped.state = LinkState::Stopped;
    QVERIFY(!ErrorRecovery::resolvedAt(stopped, trafficAt(-1), true).isValid());
    QCOMPARE(ErrorRecovery::resolvedAt(stopped, trafficAt(8), true), at(8));
}

void TestErrorRecovery::testHealthCheckIsNoRecovery()
{
    // A Cloud API channel "connected" by a passing health check after the error: still standing.
    QVERIFY(!ErrorRecovery::resolvedAt(connectedSince(7, 5), trafficAt(-1), false).isValid());
    QCOMPARE(ErrorRecovery::resolvedAt(connectedSince(7, 5), trafficAt(9), false), at(9));
}

void TestErrorRecovery::testTheEarlierSignCounts()
{
    QCOMPARE(ErrorRecovery::resolvedAt(connectedSince(12, 5), trafficAt(8), true), at(8));
    QCOMPARE(ErrorRecovery::resolvedAt(connectedSince(8, 5), trafficAt(12), true), at(8));
}

void TestErrorRecovery::testAChannelInTroubleIsNotResolved()
{
    ChannelState reconnecting = connectedSince(7, 5);
    reconnecting.state = LinkState::Reconnecting;
    QVERIFY(!ErrorRecovery::resolvedAt(reconnecting, trafficAt(9), true).isValid());
    ChannelState degraded = connectedSince(1, 5);
    degraded.degraded = true;
    QVERIFY(!ErrorRecovery::resolvedAt(degraded, trafficAt(9), true).isValid());
}

void TestErrorRecovery::testTrafficBeforeANewerErrorDoesNotResolveIt()
{
    // The store's recovery belongs to an older error than the state's (e.g. the gateway's own).
    QVERIFY(!ErrorRecovery::resolvedAt(connectedSince(1, 20), trafficAt(9), true).isValid());
}

QTEST_GUILESS_MAIN(TestErrorRecovery)
#include "TestErrorRecovery.moc"
