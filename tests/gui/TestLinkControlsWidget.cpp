// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelCardWidget.h"
#include "DashboardWidget.h"
#include "LinkControlsWidget.h"
#include "MessageBox.h"

#include "channels/LinkedFields.h"
#include "desk/LocalDesk.h"
#include "linking/ConnectionGatewayAdapter.h"

#include "FakeConnectionGateway.h"
#include "FakeSecretStore.h"
#include "FakeWahaServer.h"
#include "TestEnvironment.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString ChannelId = QStringLiteral("phone");
const QString Session = QStringLiteral("default");
constexpr int Timeout = 5000;

LinkStatus status(LinkState state, TransportProblem problem = TransportProblem::None)
{
    LinkStatus status;
    status.state = state;
    status.problem = problem;
    return status;
}

} // namespace

class TestLinkControlsWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void cleanup();
    void testOffer_data();
    void testOffer();
    void testStopStopsOnGatewayAndStartResumes();
    void testRestartKeepsTheLink();
    void testLogOutAsksThenReachesTheGateway();
    void testLogOutCancelledSendsNothing();
    void testCodesRanOutOfferNewPairingWindow();
    void testDashboardCardStopsAndLogsOutConnectionGateway();

private:
    //! A desk over a fresh data directory with one enabled linked channel, linked to the phone.
    void openLinked(const QString& gateway);
    template <typename T> static T* find(QWidget* parent, const QString& name)
    {
        T* child = parent->findChild<T*>(name);
        if (!child)
            qFatal("no widget named %s", qPrintable(name));
        return child;
    }
    static void click(QWidget* parent, const QString& name)
    {
        auto* button = find<QPushButton>(parent, name);
        QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    LinkState state() const { return m_desk->linkStatus(ChannelId).state; }

    std::unique_ptr<FakeWahaServer> m_waha;
    std::unique_ptr<FakeConnectionGateway> m_gateway;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    FakeSecretStore m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<QWidget> m_widget;
};

void TestLinkControlsWidget::cleanup()
{
    m_widget.reset();
    m_desk.reset();
    m_dataDir.reset();
    m_gateway.reset();
    m_waha.reset();
}

void TestLinkControlsWidget::openLinked(const QString& gateway)
{
    const bool waha = gateway == LinkedFields::waha();
    QUrl baseUrl;
    QString secret;
    if (waha) {
        m_waha = std::make_unique<FakeWahaServer>();
        QVERIFY(m_waha->start());
        m_waha->addSession(Session, QStringLiteral("WORKING"), true);
        baseUrl = m_waha->baseUrl();
        secret = FakeWahaServer::apiKey();
    } else {
        m_gateway = std::make_unique<FakeConnectionGateway>();
        QVERIFY(m_gateway->start());
        baseUrl = m_gateway->baseUrl();
        secret = FakeConnectionGateway::token();
    }
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    LocalDesk::Options options;
    options.secrets = &m_secrets;
    options.receiver = false;
    options.linkMaxAttempts = 5;
    options.linkInitialBackoffMs = 20;
    options.linkMaxBackoffMs = 80;
    options.adapterFactory = [](const QString& type, const GatewayConfig& config) {
        GatewayAdapter* adapter = LinkedChannelController::createAdapter(type, config);
        if (auto* polled = qobject_cast<ConnectionGatewayAdapter*>(adapter))
            polled->setPollIntervals(40, 40);
        return adapter;
    };
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_desk->setHealthChecksActive(false);
    auto loaded = m_desk->loadChannels();
    QTRY_VERIFY(loaded.isFinished());
    ChannelDraft draft;
    draft.channel.id = ChannelId;
    draft.channel.name = QStringLiteral("Phone");
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(LinkedFields::gateway(), gateway);
    draft.channel.fields.insert(LinkedFields::baseUrl(), baseUrl.toString());
    draft.channel.fields.insert(LinkedFields::session(), waha ? Session : QStringLiteral("ops1"));
    draft.secrets.insert(LinkedFields::apiKey(), secret);
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->hasLink(ChannelId), Timeout);
    if (!waha) {
        QTRY_COMPARE_WITH_TIMEOUT(m_gateway->state(QStringLiteral("ops1")), FakeConnectionGateway::State::Qr,
                                  Timeout);
        m_gateway->simulateScan(QStringLiteral("ops1"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(state(), LinkState::Connected, Timeout);
}

void TestLinkControlsWidget::testOffer_data()
{
    QTest::addColumn<LinkStatus>("status");
    QTest::addColumn<QString>("shown");
    // s: stop, t: start, r: restart, l: log out, p: new pairing window, c: connect again
    QTest::newRow("linked") << status(LinkState::Connected) << QStringLiteral("srl");
    QTest::newRow("reconnecting") << status(LinkState::Reconnecting) << QStringLiteral("srl");
    QTest::newRow("awaiting scan") << status(LinkState::AwaitingScan) << QStringLiteral("sr");
    QTest::newRow("stopped") << status(LinkState::Stopped) << QStringLiteral("tl");
    QTest::newRow("codes ran out") << status(LinkState::Failed) << QStringLiteral("slp");
    QTest::newRow("logged out") << status(LinkState::LoggedOut) << QStringLiteral("sp");
    QTest::newRow("gateway unreachable")
        << status(LinkState::Failed, TransportProblem::GaveUp) << QStringLiteral("c");
    QTest::newRow("key rejected") << status(LinkState::Failed, TransportProblem::AuthRejected) << QString();
}

void TestLinkControlsWidget::testOffer()
{
    QFETCH(LinkStatus, status);
    QFETCH(QString, shown);
    const LinkControlsWidget::Offer offer = LinkControlsWidget::offer(status);
    QString actual;
    for (const auto& [on, letter] :
         {std::pair{offer.stop, 's'}, std::pair{offer.start, 't'}, std::pair{offer.restart, 'r'},
          std::pair{offer.logOut, 'l'}, std::pair{offer.newPairingWindow, 'p'},
          std::pair{offer.connectAgain, 'c'}}) {
        if (on)
            actual += QLatin1Char(letter);
    }
    QCOMPARE(actual, shown);
}

void TestLinkControlsWidget::testStopStopsOnGatewayAndStartResumes()
{
    openLinked(LinkedFields::waha());
    auto* controls = new LinkControlsWidget;
    m_widget.reset(controls);
    controls->setDesk(m_desk.get());
    controls->setChannel(ChannelId);
    controls->show();
    QVERIFY(!find<QPushButton>(controls, QStringLiteral("startLinkButton"))->isVisible());
    click(controls, QStringLiteral("stopLinkButton"));
    QCOMPARE(state(), LinkState::Stopped);
    QTRY_COMPARE_WITH_TIMEOUT(m_waha->sessionStatus(Session), QStringLiteral("STOPPED"), Timeout);
    QCOMPARE(m_waha->requestsTo(QStringLiteral("POST /api/sessions/default/stop")), 1);
    QVERIFY(m_waha->isLinked(Session));
    QVERIFY(!find<QPushButton>(controls, QStringLiteral("stopLinkButton"))->isVisible());
    click(controls, QStringLiteral("startLinkButton"));
    QTRY_COMPARE_WITH_TIMEOUT(state(), LinkState::Connected, Timeout);
    QCOMPARE(m_waha->requestsTo(QStringLiteral("POST /api/sessions/default/start")), 1);
    QVERIFY(find<QPushButton>(controls, QStringLiteral("stopLinkButton"))->isVisible());
}

void TestLinkControlsWidget::testRestartKeepsTheLink()
{
    openLinked(LinkedFields::waha());
    auto* controls = new LinkControlsWidget;
    m_widget.reset(controls);
    controls->setDesk(m_desk.get());
    controls->setChannel(ChannelId);
    controls->show();
    click(controls, QStringLiteral("restartLinkButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_waha->requestsTo(QStringLiteral("POST /api/sessions/default/restart")), 1,
                              Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(state(), LinkState::Connected, Timeout);
    QVERIFY(m_waha->isLinked(Session));
    QVERIFY(!m_desk->linkStatus(ChannelId).needsNewScan);
}

void TestLinkControlsWidget::testLogOutAsksThenReachesTheGateway()
{
    openLinked(LinkedFields::waha());
    auto* controls = new LinkControlsWidget;
    m_widget.reset(controls);
    controls->setDesk(m_desk.get());
    controls->setChannel(ChannelId);
    controls->show();
    click(controls, QStringLiteral("logOutButton"));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = controls->findChild<QMessageBox*>()) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("new scan")));
    QCOMPARE(m_waha->requestsTo(QStringLiteral("POST /api/sessions/default/logout")), 0);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_waha->requestsTo(QStringLiteral("POST /api/sessions/default/logout")), 1,
                              Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_waha->isLinked(Session), Timeout);
    // WAHA starts the session again and offers a code to link anew.
    QTRY_COMPARE_WITH_TIMEOUT(state(), LinkState::AwaitingScan, Timeout);
}

void TestLinkControlsWidget::testLogOutCancelledSendsNothing()
{
    openLinked(LinkedFields::waha());
    auto* controls = new LinkControlsWidget;
    m_widget.reset(controls);
    controls->setDesk(m_desk.get());
    controls->setChannel(ChannelId);
    controls->show();
    MessageBox::setNextAnswer(QMessageBox::No);
    click(controls, QStringLiteral("logOutButton"));
    QVERIFY(!QTest::qWaitFor([&] { return state() != LinkState::Connected; }, 300));
    QCOMPARE(m_waha->requestsTo(QStringLiteral("POST /api/sessions/default/logout")), 0);
    QVERIFY(m_waha->isLinked(Session));
}

void TestLinkControlsWidget::testCodesRanOutOfferNewPairingWindow()
{
    openLinked(LinkedFields::waha());
    auto* controls = new LinkControlsWidget;
    m_widget.reset(controls);
    controls->setDesk(m_desk.get());
    controls->setChannel(ChannelId);
    controls->show();
    m_waha->setMaxCodes(1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(controls, QStringLiteral("logOutButton"));
    QTRY_COMPARE_WITH_TIMEOUT(state(), LinkState::AwaitingScan, Timeout);
    m_waha->rotateQr(Session);
    QTRY_COMPARE_WITH_TIMEOUT(state(), LinkState::Failed, Timeout);
    QVERIFY(!find<QPushButton>(controls, QStringLiteral("restartLinkButton"))->isVisible());
    click(controls, QStringLiteral("startNewPairingButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_waha->requestsTo(QStringLiteral("POST /api/sessions/default/restart")), 1,
                              Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(state(), LinkState::AwaitingScan, Timeout);
}

void TestLinkControlsWidget::testDashboardCardStopsAndLogsOutConnectionGateway()
{
    openLinked(LinkedFields::connectionGateway());
    auto* dashboard = new DashboardWidget(m_desk.get());
    m_widget.reset(dashboard);
    dashboard->resize(900, 700);
    dashboard->show();
    ChannelCardWidget* card = nullptr;
    QTRY_VERIFY((card = dashboard->findChild<ChannelCardWidget*>(QStringLiteral("channelCard_phone"))));
    LinkControlsWidget* controls = card->linkControls();
    // A healthy card is one line; its controls are in the details, a click away.
    if (!card->detailsShown())
        card->findChild<QToolButton*>(QStringLiteral("detailsButton"))->click();
    QTRY_VERIFY(controls->isVisible());
    // Several cards show these at once: no Alt+letter on them.
    QCOMPARE(find<QPushButton>(controls, QStringLiteral("logOutButton"))->text(), QStringLiteral("Log Out…"));

    // The protocol has no stop: ChannelDesk stops following, the phone stays linked.
    click(controls, QStringLiteral("stopLinkButton"));
    QCOMPARE(state(), LinkState::Stopped);
    QVERIFY(m_desk->linkStatus(ChannelId).reason.contains(QStringLiteral("stays linked")));
    QCOMPARE(m_gateway->state(QStringLiteral("ops1")), FakeConnectionGateway::State::Connected);
    click(controls, QStringLiteral("startLinkButton"));
    QTRY_COMPARE_WITH_TIMEOUT(state(), LinkState::Connected, Timeout);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(controls, QStringLiteral("logOutButton"));
    QTRY_COMPARE_WITH_TIMEOUT(state(), LinkState::LoggedOut, Timeout);
    QCOMPARE(m_gateway->requestsTo(QStringLiteral("DELETE /api/connections/ops1")), 1);
    QVERIFY(!m_gateway->hasConnection(QStringLiteral("ops1")));
    QTRY_VERIFY(find<QPushButton>(controls, QStringLiteral("startNewPairingButton"))->isVisible());
}

QTEST_MAIN(TestLinkControlsWidget)
#include "TestLinkControlsWidget.moc"
