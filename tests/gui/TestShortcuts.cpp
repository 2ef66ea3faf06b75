// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizard.h"
#include "ConnectToServerDialog.h"
#include "ForwardTargetDialog.h"
#include "InteractiveMessageDialog.h"
#include "MainWindow.h"
#include "NotificationSettingsDialog.h"
#include "ReceiverSettingsDialog.h"
#include "ReplaceSecretDialog.h"
#include "SendSettingsDialog.h"
#include "ServerApiDialog.h"
#include "channels/CloudApiFields.h"
#include "desk/LocalDesk.h"
#include "settings/Settings.h"

#include "FakeGraphApiServer.h"
#include "FakeSecretStore.h"
#include "ShortcutAudit.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QAbstractButton>
#include <QListView>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

//! No key means two things in one window: Ctrl+Q was registered twice (and so did nothing), Alt+S
//! was both the Settings menu and Send, and the wizard's two Copy buttons shared Alt+O.
class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testEveryTabOfTheMainWindow();
    void testEveryPageOfTheWizard();
    void testDialogs();

private:
    static void verifyUnique(QWidget* window, const QString& where);

    FakeGraphApiServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
};

void TestShortcuts::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.start());
}

void TestShortcuts::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<FakeSecretStore>();
    Settings settings(m_dataDir->path());
    ReceiverSettings receiver = settings.receiver();
    receiver.listen = QStringLiteral("127.0.0.1:0");
    QVERIFY(settings.setReceiver(receiver).ok());
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
}

void TestShortcuts::cleanup()
{
    m_desk.reset();
    m_secrets.reset();
    m_dataDir.reset();
}

void TestShortcuts::verifyUnique(QWidget* window, const QString& where)
{
    const QStringList clashes = ShortcutAudit::clashes(window);
    QVERIFY2(clashes.isEmpty(),
             qPrintable(where + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
}

void TestShortcuts::testEveryTabOfTheMainWindow()
{
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("support");
    draft.channel.name = QStringLiteral("Support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    using namespace CloudApiFields;
    draft.channel.fields.insert(phoneNumberId(), FakeGraphApiServer::phoneNumberId());
    draft.channel.fields.insert(publicBaseUrl(), QStringLiteral("https://bot.example.com"));
    draft.channel.fields.insert(apiVersion(), defaultApiVersion());
    draft.channel.fields.insert(graphBaseUrl(), m_server.baseUrl().toString());
    draft.secrets.insert(accessToken(), FakeGraphApiServer::validToken());
    draft.secrets.insert(appSecret(), TestEnvironment::appSecret());
    draft.secrets.insert(verifyToken(), TestEnvironment::verifyToken());
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());

    MainWindow window(m_desk.get(), QStringLiteral("support"));
    window.setPeriodicHealthChecks(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(
        window.findChild<QStackedWidget*>(QStringLiteral("channelStack"))->currentWidget()->objectName()
        != QStringLiteral("loadingPage"));
    QTRY_COMPARE(m_desk->receiverStatus().state, ReceiverStatus::State::Running);
    WebhookClient meta(m_desk->receiverStatus().port);
    const QByteArray body = WebhookClient::textMessage(
        FakeGraphApiServer::phoneNumberId(), QStringLiteral("wamid.KEYS.1"), QStringLiteral("15557654321"),
        QStringLiteral("Ana Souza"), QStringLiteral("Hi there"), QDateTime::currentDateTimeUtc());
    QCOMPARE(meta.post(FakeGraphApiServer::phoneNumberId(), body, TestEnvironment::appSecret().toUtf8()),
             200);

    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabWidget"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (tabs->currentWidget()->objectName() == QStringLiteral("conversationsTab")) {
            // With a conversation open, so that the composer and its Send button are shown.
            auto* list = window.findChild<QListView*>(QStringLiteral("conversationListView"));
            QTRY_COMPARE(list->model()->rowCount(), 1);
            list->setCurrentIndex(list->model()->index(0, 0));
            QTRY_VERIFY(window.findChild<QWidget*>(QStringLiteral("replyComposerWidget"))->isVisible());
        }
        verifyUnique(&window, tabs->currentWidget()->objectName());
    }
}

void TestShortcuts::testEveryPageOfTheWizard()
{
    ChannelSetupWizard wizard(m_desk.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (int id : wizard.pageIds()) {
        wizard.setStartId(id);
        wizard.restart();
        QCOMPARE(wizard.currentId(), id);
        verifyUnique(&wizard, wizard.currentPage()->objectName());
        // Again with every collapsed section open.
        for (QAbstractButton* toggle : wizard.currentPage()->findChildren<QAbstractButton*>()) {
            if (toggle->isCheckable() && toggle->objectName().startsWith(QLatin1String("advanced"))
                && !toggle->isChecked())
                toggle->click();
        }
        verifyUnique(&wizard, wizard.currentPage()->objectName() + QStringLiteral(" (expanded)"));
    }
}

void TestShortcuts::testDialogs()
{
    Settings settings(m_dataDir->path());
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<ReceiverSettingsDialog>(settings.receiver()));
    dialogs.push_back(std::make_unique<SendSettingsDialog>(settings.sendLimits(), settings.optOutWords()));
    dialogs.push_back(std::make_unique<NotificationSettingsDialog>(settings.notifications(), true));
    dialogs.push_back(std::make_unique<ServerApiDialog>(m_desk.get()));
    dialogs.push_back(std::make_unique<ConnectToServerDialog>());
    dialogs.push_back(
        std::make_unique<ReplaceSecretDialog>(CloudApiFields::accessToken(), QStringLiteral("Support")));
    dialogs.push_back(std::make_unique<ForwardTargetDialog>(QStringLiteral("Support"), QString(), QString()));
    dialogs.push_back(std::make_unique<InteractiveMessageDialog>(InteractiveMessageDialog::Mode::Buttons,
                                                                 QStringLiteral("Pick one")));
    dialogs.push_back(std::make_unique<InteractiveMessageDialog>(InteractiveMessageDialog::Mode::List,
                                                                 QStringLiteral("Pick one")));
    for (const auto& dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        verifyUnique(dialog.get(), QString::fromLatin1(dialog->metaObject()->className()));
        dialog->hide();
    }
}

QTEST_MAIN(TestShortcuts)
#include "TestShortcuts.moc"
