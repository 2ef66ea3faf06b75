// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelCardWidget.h"
#include "DashboardWidget.h"
#include "MainWindow.h"
#include "NotificationSettingsDialog.h"
#include "settings/Settings.h"
#include "TrafficChart.h"
#include "TrayController.h"

#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "desk/ChannelMonitor.h"
#include "desk/LocalDesk.h"
#include "linking/GatewayAdapter.h"
#include "store/MessageStore.h"
#include "util/Clock.h"
#include "util/DataDirectory.h"

#include "ConversationLogFixture.h"
#include "FakeSecretStore.h"
#include "JournaledBuilder.h"
#include "TestEnvironment.h"

#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

//! A gateway session whose states the test sets by hand.
class ScriptedAdapter : public GatewayAdapter
{
public:
    using GatewayAdapter::GatewayAdapter;
    void open() override { }
    void close() override { }
    void restartPairing() override { }
    void logout() override { }
    void requestPairingCode(const QString&) override { }
    void sendText(const QString&, const QString&, const QString&) override { }
    bool supportsPairingCode() const override { return false; }

    void report(LinkState state, const QString& reason = {})
    {
        LinkStatus status;
        status.state = state;
        status.reason = reason;
        setStatus(status);
    }
    void fail(const QString& message) { emit errorOccurred(message); }
};

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testOneCardPerChannel();
    void testHealthBlockFromCloudHealth();
    void testTokenCountdownFollowsClock();
    void testHealthCheckFailureIsShown();
    void testDegradedReasonShownAndRecovered();
    void testMetaErrorIsLastError();
    void testLinkedStatesReconnectsAndFlapping();
    void testTrayWithoutSystemTray();
    void testNotificationSettingsDialog();
    void testMainWindowOpensOnDashboard();
    void testLoadingUntilTheFirstReadThenFigures();
    void testChartAndResolvedErrorFromTheStore();

private:
    void saveChannels();
    void openDashboard();
    ChannelCardWidget* card(const QString& id) const
    {
        ChannelCardWidget* c = m_dashboard->card(id);
        if (!c)
            qFatal("no card for %s", qPrintable(id));
        return c;
    }
    template <typename T> T* in(QWidget* parent, const QString& name) const
    {
        T* widget = parent->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QString text(const QString& channel, const QString& label) const
    {
        return in<QLabel>(card(channel), label)->text();
    }
    ChannelState stateOf(const QString& id) const
    {
        for (const ChannelState& state : m_dashboard->states()) {
            if (state.channelId == id)
                return state;
        }
        qFatal("no state for %s", qPrintable(id));
        return {};
    }
    CloudHealth healthyNumber(const QDateTime& expires) const;
    void addInbound(int count, qint64 spacingMs, const QDateTime& newest);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<DashboardWidget> m_dashboard;
    QPointer<ScriptedAdapter> m_adapter;
    int m_wamid = 0;
};

void TestDashboard::initTestCase()
{
    TestEnvironment::init();
}

void TestDashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<FakeSecretStore>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    saveChannels();
}

void TestDashboard::cleanup()
{
    m_dashboard.reset();
    m_desk.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestDashboard::saveChannels()
{
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    options.receiver = false;
    options.adapterFactory = [this](const QString&, const GatewayConfig& config) {
        auto* adapter = new ScriptedAdapter(config);
        m_adapter = adapter;
        return adapter;
    };
    m_desk = std::make_unique<LocalDesk>(m_dir->path(), options);
    m_desk->setClock(m_clock.get());
    ChannelDraft cloud;
    cloud.channel.id = QStringLiteral("support");
    cloud.channel.name = QStringLiteral("Support");
    cloud.channel.kind = ChannelKinds::whatsAppCloud();
    cloud.channel.fields.insert(CloudApiFields::phoneNumberId(), QStringLiteral("106540352242922"));
    cloud.secrets.insert(CloudApiFields::accessToken(), QStringLiteral("EAA_FAKE_token_x7Q"));
    ChannelDraft linked;
    linked.channel.id = QStringLiteral("phone-bot");
    linked.channel.name = QStringLiteral("Phone Bot");
    linked.channel.kind = ChannelKinds::whatsAppLinked();
    linked.channel.fields.insert(LinkedFields::gateway(), LinkedFields::waha());
    linked.channel.fields.insert(LinkedFields::baseUrl(), QStringLiteral("http://127.0.0.1:9"));
    linked.channel.fields.insert(LinkedFields::session(), QStringLiteral("default"));
    linked.secrets.insert(LinkedFields::apiKey(), QStringLiteral("waha-fake-key"));
    const Status saved = TestEnvironment::waitFor(m_desk->saveChannels({cloud, linked}));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(m_desk->channels().size(), 2);
}

void TestDashboard::openDashboard()
{
    // Health checks stay off: health only comes from setHealth, never from Meta.
    QVERIFY(TestEnvironment::waitFor(m_desk->loadChannels()).ok());
    m_dashboard = std::make_unique<DashboardWidget>(m_desk.get());
    m_dashboard->setClock(m_clock.get());
    m_dashboard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
}

CloudHealth TestDashboard::healthyNumber(const QDateTime& expires) const
{
    CloudHealth health;
    health.phoneNumberId = QStringLiteral("106540352242922");
    health.displayNumber = QStringLiteral("+1 555-010-0100");
    health.verifiedName = QStringLiteral("Acme Support");
    health.qualityRating = QStringLiteral("YELLOW");
    health.messagingLimit = QStringLiteral("TIER_1K");
    health.throughputLevel = QStringLiteral("STANDARD");
    TokenInfo token;
    token.type = QStringLiteral("USER");
    token.valid = true;
    token.issuedAt = m_clock->now().addSecs(-3600);
    token.expiresAt = expires;
    token.scopes
        = {QStringLiteral("whatsapp_business_messaging"), QStringLiteral("whatsapp_business_management")};
    health.token = token;
    health.checkedAt = m_clock->now();
    return health;
}

void TestDashboard::addInbound(int count, qint64 spacingMs, const QDateTime& newest)
{
    JournaledBuilder store(DataDirectory::databasePath(m_dir->path()));
    QList<Delivery> batch;
    for (int i = count - 1; i >= 0; --i)
        batch.append(ConversationLogFixture::inbound(
            QStringLiteral("support"), QStringLiteral("15557654321"), QStringLiteral("Ana"),
            QStringLiteral("wamid.DASH.%1").arg(++m_wamid), QStringLiteral("hello"),
            newest.addMSecs(-i * spacingMs)));
    const auto done = store.commit(batch);
    QVERIFY2(done.ok(), qPrintable(done.error().message));
}

void TestDashboard::testLoadingUntilTheFirstReadThenFigures()
{
    // A restart of the window over a data directory with traffic: the cards say they are loading,
    // never "0 in" or "Last error: none", and show the figures as soon as the store is read.
    addInbound(3, 1000, m_clock->now());
    m_desk.reset();
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    options.receiver = false;
    m_desk = std::make_unique<LocalDesk>(m_dir->path(), options);
    m_desk->setClock(m_clock.get());
    m_dashboard = std::make_unique<DashboardWidget>(m_desk.get());
    m_dashboard->setClock(m_clock.get());
    m_dashboard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dashboard.get()));
    m_desk->loadChannels();
    QTRY_VERIFY(m_dashboard->card(QStringLiteral("support")));
    const QString first = text(QStringLiteral("support"), QStringLiteral("todayLabel"));
    QVERIFY2(first == QStringLiteral("Loading…") || first == QStringLiteral("3 in · 0 out"),
             qPrintable(first));
    if (first == QStringLiteral("Loading…")) {
        QCOMPARE(text(QStringLiteral("support"), QStringLiteral("lastErrorLabel")),
                 QStringLiteral("Loading…"));
        QCOMPARE(text(QStringLiteral("support"), QStringLiteral("sendUsageLabel")),
                 QStringLiteral("Loading…"));
    }
    QTRY_COMPARE(text(QStringLiteral("support"), QStringLiteral("todayLabel")),
                 QStringLiteral("3 in · 0 out"));
    QCOMPARE(text(QStringLiteral("support"), QStringLiteral("lastErrorLabel")), QStringLiteral("none"));
    QTRY_VERIFY(text(QStringLiteral("support"), QStringLiteral("sendUsageLabel"))
                    .startsWith(QStringLiteral("0 of ")));
    // A channel without any traffic is read as such, not left loading.
    QTRY_COMPARE(text(QStringLiteral("phone-bot"), QStringLiteral("todayLabel")),
                 QStringLiteral("0 in · 0 out"));
    QCOMPARE(text(QStringLiteral("phone-bot"), QStringLiteral("lastErrorLabel")), QStringLiteral("none"));
}

void TestDashboard::testOneCardPerChannel()
{
    openDashboard();
    QCOMPARE(text(QStringLiteral("support"), QStringLiteral("nameLabel")), QStringLiteral("Support"));
    QCOMPARE(text(QStringLiteral("support"), QStringLiteral("kindLabel")),
             QStringLiteral("WhatsApp Cloud API"));
    QCOMPARE(text(QStringLiteral("phone-bot"), QStringLiteral("nameLabel")), QStringLiteral("Phone Bot"));
    QCOMPARE(text(QStringLiteral("phone-bot"), QStringLiteral("kindLabel")),
             QStringLiteral("WhatsApp linked device"));
    // Only Cloud API channels have a health block.
    QVERIFY(in<QGroupBox>(card(QStringLiteral("support")), QStringLiteral("healthGroupBox"))->isVisible());
    QVERIFY(!in<QGroupBox>(card(QStringLiteral("phone-bot")), QStringLiteral("healthGroupBox"))->isVisible());
    // Before the first check the Cloud channel is starting, in words.
    QCOMPARE(text(QStringLiteral("support"), QStringLiteral("stateLabel")), QStringLiteral("starting"));
    QCOMPARE(m_dashboard->states().size(), 2);

    // A new channel gets a card, a removed one loses it.
    ChannelDraft sales;
    sales.channel.id = QStringLiteral("sales");
    sales.channel.name = QStringLiteral("Sales");
    sales.channel.kind = ChannelKinds::whatsAppCloud();
    QVERIFY(TestEnvironment::waitFor(m_desk->saveChannels({sales})).ok());
    QTRY_VERIFY(m_dashboard->card(QStringLiteral("sales")));
    QVERIFY(TestEnvironment::waitFor(m_desk->removeChannel(QStringLiteral("sales"))).ok());
    QTRY_VERIFY(!m_dashboard->card(QStringLiteral("sales")));
}

void TestDashboard::testHealthBlockFromCloudHealth()
{
    openDashboard();
    QSignalSpy states(m_desk.get(), &Desk::channelStatesChanged);
    m_desk->monitor()->setHealth(QStringLiteral("support"), healthyNumber(m_clock->now().addSecs(20 * 3600)));
    QVERIFY(!states.isEmpty());
    const QString id = QStringLiteral("support");
    QCOMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("connected"));
    QCOMPARE(text(id, QStringLiteral("displayNumberLabel")), QStringLiteral("+1 555-010-0100"));
    QCOMPARE(text(id, QStringLiteral("verifiedNameLabel")), QStringLiteral("Acme Support"));
    auto* quality = in<QLabel>(card(id), QStringLiteral("qualityLabel"));
    QCOMPARE(quality->text(), QStringLiteral("Medium (YELLOW)"));
    QVERIFY2(quality->styleSheet().contains(QStringLiteral("background-color")),
             qPrintable(quality->styleSheet()));
    auto* limit = in<QLabel>(card(id), QStringLiteral("messagingLimitLabel"));
    QVERIFY2(limit->text().contains(QStringLiteral("1,000")), qPrintable(limit->text()));
    QVERIFY(limit->text().contains(QStringLiteral("TIER_1K")));
    QVERIFY(limit->text().contains(QStringLiteral("business portfolio")));
    QVERIFY(limit->toolTip().contains(QStringLiteral("business portfolio")));
    QVERIFY(text(id, QStringLiteral("throughputLabel")).contains(QStringLiteral("STANDARD")));
    const QString token = text(id, QStringLiteral("tokenLabel"));
    QVERIFY2(token.contains(QStringLiteral("User token")), qPrintable(token));
    QVERIFY(token.contains(QStringLiteral("whatsapp_business_messaging")));
    auto* warning = in<QLabel>(card(id), QStringLiteral("tokenWarningLabel"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("temporary access token")), qPrintable(warning->text()));
    QVERIFY(text(id, QStringLiteral("healthStatusLabel")).startsWith(QStringLiteral("Checked ")));

    // A System User token that never expires: no warning, no countdown.
    CloudHealth permanent = healthyNumber({});
    permanent.token->type = QStringLiteral("SYSTEM_USER");
    permanent.token->issuedAt = {};
    permanent.qualityRating = QStringLiteral("GREEN");
    m_desk->monitor()->setHealth(id, permanent);
    QVERIFY(!warning->isVisible());
    QCOMPARE(text(id, QStringLiteral("tokenExpiryLabel")), QStringLiteral("never"));
    QCOMPARE(text(id, QStringLiteral("qualityLabel")), QStringLiteral("High (GREEN)"));
}

void TestDashboard::testTokenCountdownFollowsClock()
{
    openDashboard();
    const QString id = QStringLiteral("support");
    m_desk->monitor()->setHealth(id, healthyNumber(m_clock->now().addSecs(2 * 3600 + 30 * 60)));
    QVERIFY2(text(id, QStringLiteral("tokenExpiryLabel")).contains(QStringLiteral("in 2 h 30 min")),
             qPrintable(text(id, QStringLiteral("tokenExpiryLabel"))));
    m_clock->advance(45 * 60 * 1000);
    m_desk->monitor()->publish();
    QVERIFY2(text(id, QStringLiteral("tokenExpiryLabel")).contains(QStringLiteral("in 1 h 45 min")),
             qPrintable(text(id, QStringLiteral("tokenExpiryLabel"))));
    QVERIFY(stateOf(id).tokenExpiresAt.isValid());
    m_clock->advance(2 * 3600 * 1000);
    m_desk->monitor()->publish();
    QVERIFY2(text(id, QStringLiteral("tokenExpiryLabel")).contains(QStringLiteral("expired 15 min ago")),
             qPrintable(text(id, QStringLiteral("tokenExpiryLabel"))));
    // An expired token fails the channel, with the reason in words.
    QCOMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("failed"));
    QVERIFY(text(id, QStringLiteral("stateReasonLabel")).contains(QStringLiteral("token expired")));
}

void TestDashboard::testHealthCheckFailureIsShown()
{
    openDashboard();
    CloudHealth failed;
    failed.checkedAt = m_clock->now();
    failed.phoneError.kind = GraphError::Kind::Api;
    failed.phoneError.httpStatus = 401;
    failed.phoneError.code = 190;
    failed.phoneError.type = QStringLiteral("OAuthException");
    failed.phoneError.message = QStringLiteral("Error validating access token: Session has expired.");
    m_desk->monitor()->setHealth(QStringLiteral("support"), failed);
    const QString id = QStringLiteral("support");
    QCOMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("failed"));
    // Meta's own words, on the state line, in the health block and as the last error.
    QVERIFY(text(id, QStringLiteral("stateReasonLabel")).contains(QStringLiteral("Session has expired")));
    QVERIFY(text(id, QStringLiteral("healthStatusLabel")).contains(QStringLiteral("Session has expired")));
    QVERIFY(text(id, QStringLiteral("lastErrorLabel")).contains(QStringLiteral("Session has expired")));

    CloudHealth offline;
    offline.checkedAt = m_clock->now();
    offline.phoneError.kind = GraphError::Kind::Network;
    offline.phoneError.message = QStringLiteral("Host graph.facebook.com not found");
    m_desk->monitor()->setHealth(id, offline);
    QCOMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("reconnecting"));
    QVERIFY(text(id, QStringLiteral("stateReasonLabel")).contains(QStringLiteral("Cannot reach Meta")));
}

void TestDashboard::testDegradedReasonShownAndRecovered()
{
    // A busy channel: 30 messages in the last three hours, one every 6 minutes.
    addInbound(30, 6 * 60 * 1000, m_clock->now().addSecs(-20));
    openDashboard();
    const QString id = QStringLiteral("support");
    m_desk->monitor()->setHealth(id, healthyNumber({}));
    // A read may already be under way; the one asked for now follows it.
    m_dashboard->refreshActivity();
    QTRY_VERIFY(text(id, QStringLiteral("lastInboundLabel")).contains(QStringLiteral("just now")));
    QCOMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("connected"));
    QVERIFY2(text(id, QStringLiteral("todayLabel")).startsWith(QStringLiteral("30 in"))
                 || m_clock->now().toLocalTime().time() < QTime(3, 0),
             qPrintable(text(id, QStringLiteral("todayLabel"))));

    // An hour without any traffic, while it claims to be connected.
    m_clock->advance(60 * 60 * 1000);
    m_desk->monitor()->publish();
    QCOMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("degraded"));
    const QString reason = text(id, QStringLiteral("stateReasonLabel"));
    QVERIFY2(reason.contains(QStringLiteral("No inbound messages or status updates for 60 minute")),
             qPrintable(reason));
    QVERIFY(reason.contains(QStringLiteral("per hour")));
    QVERIFY(stateOf(id).degraded);

    // Traffic resumes: connected again.
    addInbound(1, 0, m_clock->now());
    m_dashboard->refreshActivity();
    QTRY_COMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("connected"));
    QVERIFY(text(id, QStringLiteral("stateReasonLabel")).isEmpty());
}

void TestDashboard::testMetaErrorIsLastError()
{
    openDashboard();
    MessageStore store(DataDirectory::databasePath(m_dir->path()));
    QVERIFY(store
                .recordEvents({ChannelEvent{QStringLiteral("support"),
                                            m_clock->now(),
                                            QStringLiteral("meta-error"),
                                            QStringLiteral("131042"),
                                            QStringLiteral("Business eligibility payment issue"),
                                            {}}})
                .ok());
    QSignalSpy refreshed(m_desk.get(), &Desk::channelActivityChanged);
    m_dashboard->refreshActivity();
    QTRY_VERIFY(text(QStringLiteral("support"), QStringLiteral("lastErrorLabel"))
                    .contains(QStringLiteral("Business eligibility payment issue")));
    QVERIFY(!refreshed.isEmpty());
}

void TestDashboard::testChartAndResolvedErrorFromTheStore()
{
    openDashboard();
    // A healthy number with a permanent token: only the error can need the operator.
    CloudHealth permanent = healthyNumber({});
    permanent.token->type = QStringLiteral("SYSTEM_USER");
    permanent.token->issuedAt = {};
    permanent.qualityRating = QStringLiteral("GREEN");
    m_desk->monitor()->setHealth(QStringLiteral("support"), permanent);
    const QDateTime now = m_clock->now();
    MessageStore store(DataDirectory::databasePath(m_dir->path()));
    QVERIFY(store
                .recordEvents({ChannelEvent{QStringLiteral("support"),
                                            now.addSecs(-20 * 60),
                                            QStringLiteral("meta-error"),
                                            QStringLiteral("131042"),
                                            QStringLiteral("Business eligibility payment issue"),
                                            {}}})
                .ok());
    m_dashboard->refreshActivity();
    const auto errorText
        = [this] { return text(QStringLiteral("support"), QStringLiteral("lastErrorLabel")); };
    QTRY_VERIFY(errorText().contains(QStringLiteral("Business eligibility payment issue")));
    QVERIFY(!errorText().contains(QStringLiteral("resolved")));
    QVERIFY(card(QStringLiteral("support"))->detailsShown());

    // Messages came in after the error: it is past, and the chart has them in the current hour.
    addInbound(3, 60 * 1000, now.addSecs(-60));
    m_dashboard->refreshActivity();
    QTRY_VERIFY2(errorText().startsWith(QStringLiteral("resolved ")), qPrintable(errorText()));
    // Nothing else is wrong, so the card folds to its one line.
    QTRY_VERIFY(!card(QStringLiteral("support"))->detailsShown());
    const auto* chart = in<TrafficChart>(card(QStringLiteral("support")), QStringLiteral("trafficChart"));
    QCOMPARE(chart->hours().size(), ChannelActivity::TrafficHours);
    int received = 0;
    for (const TrafficHour& hour : chart->hours())
        received += hour.in;
    QCOMPARE(received, 3);
    // The newest hour holds the message of a minute ago.
    QVERIFY(chart->hours().last().in >= 1);
    QVERIFY(chart->start().secsTo(now) < 24 * 3600);
}

void TestDashboard::testLinkedStatesReconnectsAndFlapping()
{
    openDashboard();
    QTRY_VERIFY(m_adapter);
    QTRY_VERIFY(m_desk->hasLink(QStringLiteral("phone-bot")));
    const QString id = QStringLiteral("phone-bot");
    m_adapter->report(LinkState::AwaitingScan);
    QCOMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("awaiting scan"));
    m_adapter->report(LinkState::Connected);
    QCOMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("connected"));
    for (int i = 0; i < 3; ++i) {
        m_clock->advance(60 * 1000);
        m_adapter->report(LinkState::Reconnecting);
        m_adapter->report(LinkState::Connected);
    }
    QCOMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("degraded"));
    QVERIFY2(text(id, QStringLiteral("stateReasonLabel")).contains(QStringLiteral("reconnected 3 time")),
             qPrintable(text(id, QStringLiteral("stateReasonLabel"))));
    QCOMPARE(text(id, QStringLiteral("reconnectsLabel")),
             QStringLiteral("3 since start, 3 in the last hour"));

    // An hour later the flapping is over; the total stays.
    m_clock->advance(61 * 60 * 1000);
    m_desk->monitor()->publish();
    QCOMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("connected"));
    QCOMPARE(text(id, QStringLiteral("reconnectsLabel")),
             QStringLiteral("3 since start, 0 in the last hour"));

    // The gateway's own words become the last error.
    m_adapter->fail(QStringLiteral("WAHA answered 500: session FAILED"));
    QVERIFY(text(id, QStringLiteral("lastErrorLabel"))
                .contains(QStringLiteral("WAHA answered 500: session FAILED")));
    m_adapter->report(LinkState::Failed, QStringLiteral("All QR codes expired"));
    QCOMPARE(text(id, QStringLiteral("stateLabel")), QStringLiteral("failed"));
    QCOMPARE(text(id, QStringLiteral("stateReasonLabel")), QStringLiteral("All QR codes expired"));
}

void TestDashboard::testTrayWithoutSystemTray()
{
    openDashboard();
    TrayController tray(m_dashboard.get());
    tray.setClock(m_clock.get());
    // Offscreen there is no tray: everything still works, nothing is shown.
    QVERIFY(!tray.isAvailable());
    connect(m_desk.get(), &Desk::channelStatesChanged, &tray, &TrayController::updateStates);
    QTRY_VERIFY(m_adapter);
    m_adapter->report(LinkState::Connected);
    m_desk->monitor()->setHealth(QStringLiteral("support"), healthyNumber({}));
    QCOMPARE(tray.severity(), ChannelStateSummary::Severity::Connected);
    QCOMPARE(tray.toolTip(), QStringLiteral("ChannelDesk — 2 connected"));
    QVERIFY(!tray.icon().isNull());
    auto* line = tray.menu()->findChild<QAction*>(QStringLiteral("trayChannel_support"));
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("Support — connected"));
    QVERIFY(!line->isEnabled());

    m_adapter->report(LinkState::Failed, QStringLiteral("API key rejected"));
    QCOMPARE(tray.severity(), ChannelStateSummary::Severity::Failed);
    QVERIFY(tray.toolTip().contains(QStringLiteral("1 failed")));
    QCOMPARE(tray.menu()->findChild<QAction*>(QStringLiteral("trayChannel_phone-bot"))->text(),
             QStringLiteral("Phone Bot — failed"));
    QCOMPARE(tray.lastNotifications().size(), 1);
    QCOMPARE(tray.lastNotifications().constFirst().kind, NotificationKind::ChannelFailed);

    QSignalSpy quit(&tray, &TrayController::quitRequested);
    tray.menu()->findChild<QAction*>(QStringLiteral("trayQuitAction"))->trigger();
    QCOMPARE(quit.count(), 1);
}

void TestDashboard::testNotificationSettingsDialog()
{
    const std::unique_ptr<Settings> store = Settings::createTemporary();
    NotificationSettings settings = store->notifications();
    for (NotificationKind kind : NotificationSettings::kinds())
        QVERIFY(settings.isEnabled(kind));
    settings.setEnabled(NotificationKind::NewMessage, false);

    NotificationSettingsDialog dialog(settings, false);
    dialog.show();
    auto* newMessage = in<QCheckBox>(&dialog, QStringLiteral("newMessageCheckBox"));
    auto* qr = in<QCheckBox>(&dialog, QStringLiteral("qrWaitingCheckBox"));
    QVERIFY(!newMessage->isChecked());
    QVERIFY(qr->isChecked());
    QVERIFY(in<QLabel>(&dialog, QStringLiteral("trayUnavailableLabel"))->isVisible());
    QTest::mouseClick(qr, Qt::LeftButton);
    QTest::mouseClick(newMessage, Qt::LeftButton);
    const NotificationSettings chosen = dialog.settings();
    QVERIFY(chosen.isEnabled(NotificationKind::NewMessage));
    QVERIFY(!chosen.isEnabled(NotificationKind::QrWaiting));

    QVERIFY(store->setNotifications(chosen).ok());
    const QSettings file(store->fileName(), QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("notifications/qrWaiting")).toBool(), false);
    QVERIFY(store->notifications() == chosen);
}

void TestDashboard::testMainWindowOpensOnDashboard()
{
    m_desk.reset();
    {
        Settings settings(m_dir->path());
        ReceiverSettings receiver = settings.receiver();
        receiver.listen = QStringLiteral("127.0.0.1:0");
        QVERIFY(settings.setReceiver(receiver).ok());
    }
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    LocalDesk desk(m_dir->path(), options);
    MainWindow window(&desk);
    window.setPeriodicHealthChecks(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabWidget"));
    QCOMPARE(tabs->widget(0)->objectName(), QStringLiteral("dashboardTab"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("dashboardTab"));
    QVERIFY(window.dashboard());
    QVERIFY(window.trayController());
    QTRY_VERIFY(window.dashboard()->card(QStringLiteral("support")));
    // "Open" on a card shows the channel on the Channels tab.
    auto* open = window.dashboard()
                     ->card(QStringLiteral("support"))
                     ->findChild<QPushButton*>(QStringLiteral("openChannelButton"));
    QTRY_VERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("channelsTab"));
    QVERIFY(window.findChild<QAction*>(QStringLiteral("notificationSettingsAction")));
}

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
