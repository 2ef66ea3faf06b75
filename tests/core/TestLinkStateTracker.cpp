// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/LinkStateTracker.h"
#include "linking/WahaEvents.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

class TestLinkStateTracker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testSequences_data();
    void testSequences();
    void testNewWindowOnlyWhenEnteringQrState();
};

void TestLinkStateTracker::initTestCase()
{
    TestEnvironment::init();
}

void TestLinkStateTracker::testSequences_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("needsNewScan");
    QTest::addColumn<QString>("reason");

    // Upper-case steps are WAHA statuses; "qr" = a code was shown, "drop" = our connection
    // dropped, "code" = a pairing code was issued, "window" = the admin started a new window.
    const auto steps = [](const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    QTest::newRow("plain start") << steps("STARTING") << "starting" << false << "starting the session";
    QTest::newRow("code on offer") << steps("STARTING SCAN_QR_CODE") << "awaiting-scan" << false
                                   << "Scan the code";
    QTest::newRow("scanned") << steps("SCAN_QR_CODE qr STARTING") << "authenticating" << false
                             << "Scanned, confirming on the phone";
    QTest::newRow("still confirming")
        << steps("SCAN_QR_CODE qr STARTING STARTING") << "authenticating" << false << "Scanned";
    QTest::newRow("starting before any code was shown")
        << steps("SCAN_QR_CODE STARTING") << "starting" << false << "starting the session";
    QTest::newRow("linked") << steps("SCAN_QR_CODE qr STARTING WORKING") << "connected" << false << "Linked";
    QTest::newRow("gateway reconnects to WhatsApp")
        << steps("WORKING STARTING") << "reconnecting" << false << "reconnecting to WhatsApp";
    QTest::newRow("gateway reconnected")
        << steps("WORKING STARTING WORKING") << "connected" << false << "Linked";
    QTest::newRow("restart that kept the link")
        << steps("WORKING drop STARTING WORKING") << "connected" << false << "Linked";
    QTest::newRow("restart that lost the link")
        << steps("WORKING drop STARTING SCAN_QR_CODE") << "awaiting-scan" << true
        << "The gateway restarted and the link is gone: scan again";
    QTest::newRow("lost link, code rotates") << steps("WORKING drop SCAN_QR_CODE qr SCAN_QR_CODE")
                                             << "awaiting-scan" << true << "The gateway restarted";
    QTest::newRow("lost link, scanned again")
        << steps("WORKING drop SCAN_QR_CODE qr STARTING WORKING") << "connected" << false << "Linked";
    QTest::newRow("link removed on the phone")
        << steps("WORKING SCAN_QR_CODE") << "awaiting-scan" << true << "removed on the phone";
    QTest::newRow("all codes expired") << steps("SCAN_QR_CODE qr FAILED") << "failed" << false
                                       << "All pairing codes expired: start a new pairing window";
    QTest::newRow("failed without a code")
        << steps("STARTING FAILED") << "failed" << false << "session failed";
    QTest::newRow("pairing code issued")
        << steps("SCAN_QR_CODE code") << "awaiting-code" << false << "Enter the pairing code";
    QTest::newRow("pairing code survives a rotation")
        << steps("SCAN_QR_CODE code SCAN_QR_CODE") << "awaiting-code" << false << "Enter the pairing code";
    QTest::newRow("pairing code entered")
        << steps("SCAN_QR_CODE code STARTING") << "authenticating" << false << "Scanned";
    QTest::newRow("pairing code not entered in time")
        << steps("SCAN_QR_CODE code FAILED") << "failed" << false << "pairing code was not entered";
    QTest::newRow("new window after expiry")
        << steps("SCAN_QR_CODE qr FAILED window STARTING") << "starting" << false << "starting the session";
    QTest::newRow("new window while a code is shown")
        << steps("SCAN_QR_CODE qr window STARTING") << "starting" << false << "starting the session";
    QTest::newRow("logged out") << steps("WORKING logout") << "logged-out" << false << "Logged out";
    QTest::newRow("logged out, new code")
        << steps("WORKING logout STARTING SCAN_QR_CODE") << "awaiting-scan" << false << "Scan the code";
    QTest::newRow("stopped") << steps("STOPPED") << "stopped" << false << "stopped";
    QTest::newRow("unknown status stays visible")
        << steps("PASSKEY_REQUIRED") << "unknown" << false << "PASSKEY_REQUIRED";
}

void TestLinkStateTracker::testSequences()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, state);
    QFETCH(bool, needsNewScan);
    QFETCH(QString, reason);
    LinkStateTracker tracker;
    bool qrShown = false;
    LinkStatus status;
    for (const QString& step : std::as_const(steps)) {
        if (step == QLatin1String("qr")) {
            qrShown = true;
        } else if (step == QLatin1String("drop")) {
            tracker.transportLost();
        } else if (step == QLatin1String("code")) {
            status = tracker.pairingCodeIssued();
        } else if (step == QLatin1String("window")) {
            tracker.newPairingWindow();
            qrShown = false;
        } else if (step == QLatin1String("logout")) {
            status = tracker.loggedOut(QStringLiteral("Logged out"));
            qrShown = false;
        } else {
            const LinkStateTracker::Step result
                = tracker.gatewayReported(WahaEvents::stateFromStatus(step), step, qrShown);
            status = result.status;
            QCOMPARE(status.gatewayState, step);
            // What the adapters do with the window: a new one forgets the codes shown.
            if (result.newWindow || status.state == LinkState::Connected || status.state == LinkState::Failed)
                qrShown = false;
        }
    }
    QCOMPARE(LinkStateText::id(status.state), state);
    QCOMPARE(status.needsNewScan, needsNewScan);
    QVERIFY2(status.reason.contains(reason), qPrintable(status.reason));
    QCOMPARE(status.problem, TransportProblem::None);
}

void TestLinkStateTracker::testNewWindowOnlyWhenEnteringQrState()
{
    LinkStateTracker tracker;
    QVERIFY(!tracker.gatewayReported(LinkState::Starting, QStringLiteral("STARTING"), false).newWindow);
    QVERIFY(
        tracker.gatewayReported(LinkState::AwaitingScan, QStringLiteral("SCAN_QR_CODE"), false).newWindow);
    // WAHA repeats SCAN_QR_CODE on each rotation: same window.
    QVERIFY(
        !tracker.gatewayReported(LinkState::AwaitingScan, QStringLiteral("SCAN_QR_CODE"), true).newWindow);
    tracker.transportLost();
    // After a drop we cannot know; the adapters' QrWindow keeps the code if it is unchanged.
    QVERIFY(tracker.gatewayReported(LinkState::AwaitingScan, QStringLiteral("SCAN_QR_CODE"), true).newWindow);
}

QTEST_GUILESS_MAIN(TestLinkStateTracker)
#include "TestLinkStateTracker.moc"
