// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "ChannelSetupWizard.h"
#include "ConnectionTestWidget.h"
#include "ConversationLogWidget.h"
#include "DashboardWidget.h"
#include "MessageBox.h"
#include "QuitGuard.h"
#include "TrayController.h"
#include "desk/LocalDesk.h"
#include "ReceiverSettingsDialog.h"
#include "ReplaceSecretDialog.h"

#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Settings.h"
#include "util/DataDirectory.h"
#include "util/SecretMask.h"

#include "FakeGraphApiServer.h"
#include "FakeSecretStore.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testEmptyStateOffersAddChannel();
    void testKeychainBannerOffersMemorySecrets();
    void testNoBannerWhenKeychainWorks();
    void testChannelListAndPageShowMaskedSecrets();
    void testShowChannelOptionSelectsChannel();
    void testTestConnectionUsesStoredToken();
    void testWizardSelectsNewChannel();
    void testReplaceSecretUpdatesStore();
    void testRemoveChannelAsksFirst();
    void testRemoveChannelDeletesSecrets();
    void testDataDirectoryErrorIsShown();
    void testClosingWhileKeychainIsBusyIsSafe();
    void testReceiverStateInStatusBar();
    void testReceiverSettingsAreApplied();
    void testWebhookActivityExplainsVerification();
    void testConversationsTabShowsDeliveries();
    void testLocalDeskIsNamedLocal();
    void testRecentServersMenu();
    void testClosingHidesToTrayWhileReceivingAndQuitAsks();
    void testClosingWithoutTrayAsksWhatStops();

private:
    void saveChannel(const QString& name,
                     const QString& graphBase = QStringLiteral("https://graph.facebook.com"));
    void openWindow(const QString& showChannel = {});
    //! Waits until the built-in receiver listens and serves the channels saved.
    //! The receiver once it runs and serves this many channels.
    std::optional<ReceiverStatus> runningReceiver(int channels);
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_window->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QString currentPageName() const
    {
        return find<QStackedWidget>(QStringLiteral("channelStack"))->currentWidget()->objectName();
    }

    FakeGraphApiServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.start());
}

void TestMainWindow::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_secrets = std::make_unique<FakeSecretStore>();
    // The built-in receiver listens on a free port, never on the real 8645.
    Settings settings(m_dataDir->path());
    ReceiverSettings receiver = settings.receiver();
    receiver.listen = QStringLiteral("127.0.0.1:0");
    QVERIFY(settings.setReceiver(receiver).ok());
    m_server.setScenario(FakeGraphApiServer::Scenario::Success);
    m_server.setExpectedToken(FakeGraphApiServer::validToken());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_secrets.reset();
    m_dataDir.reset();
}

void TestMainWindow::saveChannel(const QString& name, const QString& graphBase)
{
    // Saved through a separate manager, as an earlier run of ChannelDesk would have.
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    options.receiver = false;
    LocalDesk earlier(m_dataDir->path(), options);
    ChannelDraft draft;
    draft.channel.id = name.toLower();
    draft.channel.name = name;
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    using namespace CloudApiFields;
    draft.channel.fields.insert(phoneNumberId(), FakeGraphApiServer::phoneNumberId());
    draft.channel.fields.insert(publicBaseUrl(), QStringLiteral("https://bot.example.com"));
    draft.channel.fields.insert(apiVersion(), defaultApiVersion());
    draft.channel.fields.insert(graphBaseUrl(), graphBase);
    draft.secrets.insert(accessToken(), FakeGraphApiServer::validToken());
    draft.secrets.insert(appSecret(), TestEnvironment::appSecret());
    draft.secrets.insert(verifyToken(), TestEnvironment::verifyToken());
    auto saved = earlier.saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().error().message));
}

void TestMainWindow::openWindow(const QString& showChannel)
{
    m_window.reset();
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_window = std::make_unique<MainWindow>(m_desk.get(), showChannel);
    // Its periodic health checks would ask the real Meta about the test channels.
    m_window->setPeriodicHealthChecks(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(currentPageName() != QStringLiteral("loadingPage"));
    // The window opens on the Dashboard; these tests work with the Channels tab.
    m_window->findChild<QTabWidget*>(QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(m_window->findChild<QWidget*>(QStringLiteral("channelsTab")));
}

void TestMainWindow::testEmptyStateOffersAddChannel()
{
    openWindow();
    QCOMPARE(currentPageName(), QStringLiteral("emptyPage"));
    QCOMPARE(find<QLabel>(QStringLiteral("emptyTitleLabel"))->text(), QStringLiteral("No channels yet"));
    QVERIFY(find<QPushButton>(QStringLiteral("addChannelButton"))->isVisible());
    QVERIFY(!find<QAction>(QStringLiteral("removeChannelAction"))->isEnabled());

    QTest::mouseClick(find<QPushButton>(QStringLiteral("addChannelButton")), Qt::LeftButton);
    auto* wizard = m_window->findChild<ChannelSetupWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    wizard->reject();
}

void TestMainWindow::testKeychainBannerOffersMemorySecrets()
{
    m_secrets->setFailure(SecretResult::Code::NoBackend);
    openWindow();
    auto* banner = find<QFrame>(QStringLiteral("keychainBanner"));
    QTRY_VERIFY(banner->isVisible());
    auto* text = find<QLabel>(QStringLiteral("keychainBannerLabel"));
    QVERIFY2(text->text().contains(QStringLiteral("No keychain is available")), qPrintable(text->text()));
    QVERIFY(text->text().contains(QStringLiteral("GNOME Keyring or KWallet")));
    QVERIFY(text->text().contains(QStringLiteral("will NOT be written to disk")));
    auto* button = find<QPushButton>(QStringLiteral("useMemorySecretsButton"));
    QVERIFY(button->isVisible());
    QCOMPARE(button->text().remove(QLatin1Char('&')), QStringLiteral("Keep secrets in memory for this run"));

    QTest::mouseClick(button, Qt::LeftButton);
    auto* store = qobject_cast<MemorySecretStore*>(m_desk->secretStore());
    QVERIFY(store);
    QVERIFY(!store->isPersistent());
    QVERIFY(banner->isVisible());
    QVERIFY(!button->isVisible());
    QVERIFY2(text->text().contains(QStringLiteral("in memory for this run only")), qPrintable(text->text()));

    // Saving now works although the keychain is still missing.
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("support");
    draft.channel.name = QStringLiteral("Support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.secrets.insert(CloudApiFields::accessToken(), FakeGraphApiServer::validToken());
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
    QVERIFY(m_secrets->secrets().isEmpty());
}

void TestMainWindow::testNoBannerWhenKeychainWorks()
{
    openWindow();
    // The probe answers from the event loop; by the time a second probe read has come back, the
    // window has seen the first.
    auto probe = m_secrets->readSecret(QStringLiteral("__probe__"), QStringLiteral("probe"));
    QTRY_VERIFY(probe.isFinished());
    QVERIFY(!find<QFrame>(QStringLiteral("keychainBanner"))->isVisible());
}

void TestMainWindow::testChannelListAndPageShowMaskedSecrets()
{
    saveChannel(QStringLiteral("Support"));
    openWindow();
    auto* list = find<QListView>(QStringLiteral("channelListView"));
    QCOMPARE(list->model()->rowCount(), 1);
    const QModelIndex index = list->model()->index(0, 0);
    QCOMPARE(index.data().toString(), QStringLiteral("Support"));
    const QString tooltip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(QStringLiteral("support"))
                 && tooltip.contains(QStringLiteral("WhatsApp Cloud API"))
                 && tooltip.contains(QStringLiteral("Enabled")),
             qPrintable(tooltip));

    // The only channel is selected on start.
    QCOMPARE(currentPageName(), QStringLiteral("channelPage"));
    QCOMPARE(list->currentIndex().row(), 0);
    QVERIFY(find<QAction>(QStringLiteral("removeChannelAction"))->isEnabled());

    auto* token = find<QLabel>(QStringLiteral("accessTokenValueLabel"));
    QTRY_COMPARE(token->text(), SecretMask::mask(FakeGraphApiServer::validToken()));
    QVERIFY(token->text().startsWith(QStringLiteral("EAA")));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("appSecretValueLabel"))->text(),
                 SecretMask::mask(TestEnvironment::appSecret()));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("verifyTokenValueLabel"))->text(),
                 SecretMask::mask(TestEnvironment::verifyToken()));
    QCOMPARE(find<QLineEdit>(QStringLiteral("webhookUrlLineEdit"))->text(),
             QStringLiteral("https://bot.example.com/webhooks/whatsapp/106540352242922"));
    QCOMPARE(find<QLabel>(QStringLiteral("phoneNumberIdValueLabel"))->text(),
             FakeGraphApiServer::phoneNumberId());

    // No widget anywhere shows a whole secret.
    const QStringList secrets{FakeGraphApiServer::validToken(), TestEnvironment::appSecret(),
                              TestEnvironment::verifyToken()};
    for (const QLabel* label : m_window->findChildren<QLabel*>()) {
        for (const QString& secret : secrets)
            QVERIFY2(!label->text().contains(secret), qPrintable(label->objectName()));
    }
    for (const QLineEdit* edit : m_window->findChildren<QLineEdit*>()) {
        for (const QString& secret : secrets)
            QVERIFY2(!edit->text().contains(secret), qPrintable(edit->objectName()));
    }

    // The verify token is copied from the keychain, in full, only on request.
    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyVerifyTokenButton")), Qt::LeftButton);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), TestEnvironment::verifyToken());
}

void TestMainWindow::testShowChannelOptionSelectsChannel()
{
    saveChannel(QStringLiteral("Sales"));
    saveChannel(QStringLiteral("Support"));
    openWindow(QStringLiteral("support"));
    auto* list = find<QListView>(QStringLiteral("channelListView"));
    QCOMPARE(list->model()->rowCount(), 2);
    QTRY_COMPARE(list->currentIndex().data().toString(), QStringLiteral("Support"));
    QCOMPARE(currentPageName(), QStringLiteral("channelPage"));
    QCOMPARE(find<QLabel>(QStringLiteral("channelIdValueLabel"))->text(), QStringLiteral("support"));
}

void TestMainWindow::testTestConnectionUsesStoredToken()
{
    saveChannel(QStringLiteral("Support"), m_server.baseUrl().toString());
    openWindow();
    auto* widget = find<ConnectionTestWidget>(QStringLiteral("connectionTestWidget"));
    QSignalSpy finished(widget, &ConnectionTestWidget::testFinished);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    const QString result = find<QLabel>(QStringLiteral("testResultLabel"))->text();
    QVERIFY2(result.contains(QStringLiteral("Connected to Acme Support (+1 555-000-1234)")),
             qPrintable(result));
    QCOMPARE(m_server.lastAuthorization(), "Bearer " + FakeGraphApiServer::validToken().toUtf8());

    const QModelIndex index = find<QListView>(QStringLiteral("channelListView"))->model()->index(0, 0);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Last test passed")));
}

void TestMainWindow::testWizardSelectsNewChannel()
{
    saveChannel(QStringLiteral("Sales"));
    openWindow();
    QCOMPARE(find<QLabel>(QStringLiteral("channelIdValueLabel"))->text(), QStringLiteral("sales"));

    find<QAction>(QStringLiteral("addChannelAction"))->trigger();
    QPointer<ChannelSetupWizard> wizard = m_window->findChild<ChannelSetupWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    wizard->setField(QStringLiteral("channelName"), QStringLiteral("Support"));
    wizard->next();
    using namespace CloudApiFields;
    wizard->setField(phoneNumberId(), FakeGraphApiServer::phoneNumberId());
    wizard->setField(accessToken(), FakeGraphApiServer::validToken());
    wizard->setField(appSecret(), TestEnvironment::appSecret());
    wizard->setField(verifyToken(), TestEnvironment::verifyToken());
    wizard->setField(publicBaseUrl(), QStringLiteral("https://bot.example.com"));
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ChannelSetupWizard::WebhookPage));
    // Saved as the page opened (for Meta's verification); Finish is enabled once it is.
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    QTRY_VERIFY(!wizard); // closed and deleted
    auto* list = find<QListView>(QStringLiteral("channelListView"));
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Support"));
    QCOMPARE(currentPageName(), QStringLiteral("channelPage"));
    QCOMPARE(find<QLabel>(QStringLiteral("channelIdValueLabel"))->text(), QStringLiteral("support"));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("accessTokenValueLabel"))->text(),
                 SecretMask::mask(FakeGraphApiServer::validToken()));
}

void TestMainWindow::testReplaceSecretUpdatesStore()
{
    saveChannel(QStringLiteral("Support"));
    openWindow();
    QTRY_VERIFY(find<QPushButton>(QStringLiteral("replaceAccessTokenButton"))->isVisible());
    QTest::mouseClick(find<QPushButton>(QStringLiteral("replaceAccessTokenButton")), Qt::LeftButton);
    auto* dialog = m_window->findChild<ReplaceSecretDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("secretMessageLabel"));
    QPushButton* ok
        = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("EAA123"));
    QVERIFY(message->text().startsWith(QStringLiteral("Error: The token is only 6 characters long")));
    QVERIFY(!ok->isEnabled());

    const QString newToken
        = QStringLiteral("EAA_NEW_TOKEN_FOR_CHANNELDESK_TESTS_000000000000000000000000aZ9");
    edit->selectAll();
    QTest::keyClicks(edit, newToken);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE(m_secrets->value(QStringLiteral("support"), CloudApiFields::accessToken()), newToken);
    QTRY_COMPARE(find<QLabel>(QStringLiteral("accessTokenValueLabel"))->text(), SecretMask::mask(newToken));
    QTRY_VERIFY(
        find<QLabel>(QStringLiteral("secretsMessageLabel"))->text().contains(QStringLiteral("replaced")));
    // The other secrets are untouched.
    QCOMPARE(m_secrets->value(QStringLiteral("support"), CloudApiFields::appSecret()),
             TestEnvironment::appSecret());
}

void TestMainWindow::testRemoveChannelAsksFirst()
{
    saveChannel(QStringLiteral("Support"));
    openWindow();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("removeChannelButton")), Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>()) && box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("“Support” (support)")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("removed from the keychain")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));

    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox*>());
    QCOMPARE(m_desk->channels().size(), 1);
    QCOMPARE(m_secrets->secrets().size(), 3);
    QCOMPARE(currentPageName(), QStringLiteral("channelPage"));
}

void TestMainWindow::testRemoveChannelDeletesSecrets()
{
    saveChannel(QStringLiteral("Support"));
    openWindow();
    QCOMPARE(currentPageName(), QStringLiteral("channelPage"));
    QCOMPARE(m_secrets->secrets().size(), 3);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("removeChannelButton")), Qt::LeftButton);
    QTRY_VERIFY(m_desk->channels().isEmpty());
    QVERIFY(m_secrets->secrets().isEmpty());
    QTRY_COMPARE(currentPageName(), QStringLiteral("emptyPage"));
    QCOMPARE(find<QLabel>(QStringLiteral("emptyTitleLabel"))->text(), QStringLiteral("No channels yet"));
    QCOMPARE(find<QListView>(QStringLiteral("channelListView"))->model()->rowCount(), 0);
    QVERIFY(!find<QAction>(QStringLiteral("removeChannelAction"))->isEnabled());
}

void TestMainWindow::testDataDirectoryErrorIsShown()
{
    // A path below a regular file can never be created.
    const QString blocker = m_dataDir->filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString option = blocker + QStringLiteral("/data");
    QVERIFY(DataDirectory::resolve(option).isEmpty());
    m_window = std::make_unique<MainWindow>(nullptr, QString(), DataDirectory::unusableMessage(option));
    m_window->show();
    QCOMPARE(currentPageName(), QStringLiteral("errorPage"));
    QVERIFY(
        find<QLabel>(QStringLiteral("errorTextLabel"))->text().contains(blocker + QStringLiteral("/data")));
    QVERIFY(!find<QAction>(QStringLiteral("addChannelAction"))->isEnabled());
    QVERIFY(!m_window->desk());
}

void TestMainWindow::testClosingWhileKeychainIsBusyIsSafe()
{
    saveChannel(QStringLiteral("Support"));
    // The keychain waits (as for an unlock prompt): the page's reads of the masked secrets are
    // still pending when the window closes.
    m_secrets->setHolding(true);
    openWindow();
    QCOMPARE(find<QLabel>(QStringLiteral("accessTokenValueLabel"))->text(),
             QStringLiteral("reading the keychain…"));
    m_window.reset();
    auto later = m_secrets->readSecret(QStringLiteral("support"), CloudApiFields::accessToken());
    m_secrets->setHolding(false);
    QTRY_VERIFY(later.isFinished());
    // Also when the store goes away with requests still pending.
    openWindow();
    m_secrets.reset();
    m_window.reset();
}

std::optional<ReceiverStatus> TestMainWindow::runningReceiver(int channels)
{
    Desk* desk = m_window->desk();
    const bool running = QTest::qWaitFor(
        [desk, channels] {
            const ReceiverStatus status = desk->receiverStatus();
            return status.state == ReceiverStatus::State::Running && status.servedChannels == channels;
        },
        10000);
    return running ? std::optional<ReceiverStatus>(desk->receiverStatus()) : std::nullopt;
}

void TestMainWindow::testReceiverStateInStatusBar()
{
    saveChannel(QStringLiteral("Support"));
    openWindow();
    auto* label = find<QLabel>(QStringLiteral("receiverStateLabel"));
    QVERIFY(label->isVisible());
    const std::optional<ReceiverStatus> receiver = runningReceiver(1);
    QVERIFY(receiver);
    QTRY_VERIFY2(label->text().startsWith(QStringLiteral("Receiving on 127.0.0.1:%1 — ").arg(receiver->port)),
                 qPrintable(label->text()));
    QVERIFY(label->toolTip().contains(QStringLiteral("/webhooks/whatsapp/")));
}

void TestMainWindow::testReceiverSettingsAreApplied()
{
    openWindow();
    QVERIFY(runningReceiver(0));
    find<QAction>(QStringLiteral("receiverSettingsAction"))->trigger();
    auto* dialog = m_window->findChild<ReceiverSettingsDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* enabled = dialog->findChild<QCheckBox*>(QStringLiteral("enabledCheckBox"));
    QVERIFY(enabled->isChecked());
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("listenLineEdit"))->text(),
             QStringLiteral("127.0.0.1:0"));
    enabled->setChecked(false);
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_COMPARE(find<QLabel>(QStringLiteral("receiverStateLabel"))->text(),
                 QStringLiteral("Receiver stopped"));
    QTRY_COMPARE(Settings(m_dataDir->path()).receiver().enabled, false);
}

void TestMainWindow::testWebhookActivityExplainsVerification()
{
    saveChannel(QStringLiteral("Support"));
    openWindow();
    auto* empty = find<QLabel>(QStringLiteral("webhookActivityEmptyLabel"));
    auto* list = find<QListView>(QStringLiteral("webhookActivityListView"));
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("Nothing has reached the receiver yet."));
    QVERIFY(!list->isVisible());

    const std::optional<ReceiverStatus> receiver = runningReceiver(1);
    QVERIFY(receiver);
    WebhookClient meta(receiver->port);
    QCOMPARE(meta.verify(FakeGraphApiServer::phoneNumberId(), QStringLiteral("typed-wrong-in-dashboard"),
                         QStringLiteral("1158201444")),
             403);
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->isVisible());
    QVERIFY(!empty->isVisible());
    const QString text = list->model()->index(0, 0).data().toString();
    QVERIFY2(
        text.contains(QStringLiteral("Verify token mismatch: the token typed in Meta's dashboard differs "
                                     "from this channel's"))
            && text.contains(QStringLiteral("from 127.0.0.1")),
        qPrintable(text));
    // The detail says what was received, masked; the whole secret is never shown.
    QVERIFY(!list->model()
                 ->index(0, 0)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(TestEnvironment::verifyToken()));

    QCOMPARE(meta.verify(FakeGraphApiServer::phoneNumberId(), TestEnvironment::verifyToken(),
                         QStringLiteral("1158201444")),
             200);
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QVERIFY(
        list->model()->index(0, 0).data().toString().contains(QStringLiteral("Meta verified the webhook")));
    // Both are in the store, so a window opened later shows them too.
    m_window.reset();
    openWindow();
    QTRY_COMPARE(find<QListView>(QStringLiteral("webhookActivityListView"))->model()->rowCount(), 2);
}

void TestMainWindow::testConversationsTabShowsDeliveries()
{
    saveChannel(QStringLiteral("Support"));
    openWindow();
    auto* tabs = find<QTabWidget>(QStringLiteral("mainTabWidget"));
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("channelsTab"));
    const std::optional<ReceiverStatus> receiver = runningReceiver(1);
    QVERIFY(receiver);
    WebhookClient meta(receiver->port);
    const QByteArray body = WebhookClient::textMessage(
        FakeGraphApiServer::phoneNumberId(), QStringLiteral("wamid.MAIN.1"), QStringLiteral("15557654321"),
        QStringLiteral("Ana Souza"), QStringLiteral("Hi there"), QDateTime::currentDateTimeUtc());
    QCOMPARE(meta.post(FakeGraphApiServer::phoneNumberId(), body, TestEnvironment::appSecret().toUtf8()),
             200);

    tabs->setCurrentWidget(find<QWidget>(QStringLiteral("conversationsTab")));
    auto* conversations = find<QListView>(QStringLiteral("conversationListView"));
    QVERIFY(conversations->isVisible());
    QTRY_COMPARE(conversations->model()->rowCount(), 1);
    QCOMPARE(conversations->model()->index(0, 0).data().toString(), QStringLiteral("Ana Souza"));
}

void TestMainWindow::testLocalDeskIsNamedLocal()
{
    saveChannel(QStringLiteral("Support"));
    openWindow();
    // The title names what is shown: the tab, or the channel open on Channels.
    auto* tabs = find<QTabWidget>(QStringLiteral("mainTabWidget"));
    tabs->setCurrentWidget(find<QWidget>(QStringLiteral("dashboardTab")));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Dashboard — ChannelDesk — local"));
    tabs->setCurrentWidget(find<QWidget>(QStringLiteral("conversationsTab")));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Conversations — ChannelDesk — local"));
    tabs->setCurrentWidget(find<QWidget>(QStringLiteral("channelsTab")));
    auto* list = find<QListView>(QStringLiteral("channelListView"));
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Support — ChannelDesk — local"));
    QVERIFY(!find<QAction>(QStringLiteral("openLocalDataAction"))->isEnabled());
    QVERIFY(find<QAction>(QStringLiteral("connectToServerAction"))->isEnabled());
    QVERIFY(!find<QLabel>(QStringLiteral("connectionStateLabel"))->isVisible());
    QVERIFY(!find<QFrame>(QStringLiteral("connectionBanner"))->isVisible());
    // Locally every role check passes: the window's own settings stay editable.
    QVERIFY(find<QAction>(QStringLiteral("receiverSettingsAction"))->isEnabled());
    QVERIFY(find<QAction>(QStringLiteral("serverApiAction"))->isEnabled());
    QVERIFY(find<QAction>(QStringLiteral("sendSettingsAction"))->isEnabled());
    QVERIFY(find<QAction>(QStringLiteral("addChannelAction"))->isEnabled());
}

void TestMainWindow::testRecentServersMenu()
{
    openWindow();
    auto* menu = find<QMenu>(QStringLiteral("recentServersMenu"));
    QVERIFY(!menu->isEnabled());
    const QUrl first(QStringLiteral("https://desk.example.com:8646"));
    const QUrl second(QStringLiteral("http://127.0.0.1:8646"));
    m_window->setRecentServers({first, second});
    QVERIFY(menu->isEnabled());
    QCOMPARE(menu->actions().size(), 2);
    QCOMPARE(menu->actions().constFirst()->text(), first.toString());
    QSignalSpy requested(m_window.get(), &MainWindow::recentServerRequested);
    menu->actions().at(1)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toUrl(), second);
}

void TestMainWindow::testClosingHidesToTrayWhileReceivingAndQuitAsks()
{
    saveChannel(QStringLiteral("Support"));
    openWindow();
    QVERIFY(runningReceiver(1));
    QVERIFY(QuitGuard::whatStops(m_window->desk())
                .startsWith(QStringLiteral("webhooks are no longer received on 127.0.0.1:")));
    TrayController::assumeAvailable(true);
    // Closing hides the window and says so once; the receiver goes on.
    QVERIFY(!m_window->close());
    QVERIFY(!m_window->isVisible());
    QVERIFY(m_window->trayController()->lastAnnouncement().startsWith(
        QStringLiteral("ChannelDesk keeps running")));
    QCOMPARE(m_window->desk()->receiverStatus().state, ReceiverStatus::State::Running);
    m_window->show();
    m_window->trayController()->announce({}, {});
    QVERIFY(!m_window->close());
    QCOMPARE(m_window->trayController()->lastAnnouncement(), QStringLiteral("\n"));
    // Quit asks what stops; Cancel keeps everything.
    m_window->show();
    auto* quit = find<QAction>(QStringLiteral("quitAction"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    quit->trigger();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(m_window->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    quit->trigger();
    QTRY_VERIFY(!m_window->isVisible());
    TrayController::assumeAvailable(false);
}

void TestMainWindow::testClosingWithoutTrayAsksWhatStops()
{
    saveChannel(QStringLiteral("Support"));
    openWindow();
    QVERIFY(runningReceiver(1));
    QVERIFY(!m_window->trayController()->isAvailable());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(m_window->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!m_window->close());
    QTRY_VERIFY(!m_window->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
