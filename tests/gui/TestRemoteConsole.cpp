// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window attached to a real `channeldesk serve` (loopback, real keychain, the local Graph API
// and WAHA stand-ins): a reply typed in the window reaches Meta and shows its ticks from status
// webhooks posted to the server; a second console sees it within a second, labelled with who sent
// it; a viewer cannot reply; a reply typed while the server is away stays in the composer and what
// happened meanwhile shows on return; a channel set up with the wizard keeps its secrets on the
// server only.
#include "ChannelSetupWizard.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "TestMessageDialog.h"
#include "remote/RemoteDesk.h"

#include "FakeGraphApiServer.h"
#include "FakeWahaServer.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QTableWidget>
#include <QTreeWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString token = QStringLiteral("EAA_FAKE_CONSOLE_TOKEN_CHANNELDESK_") + QString(60, QLatin1Char('3'));
const QString customer = QStringLiteral("15557654321");
constexpr int Timeout = 10000;

struct Console
{
    std::unique_ptr<RemoteDesk> desk;
    std::unique_ptr<MainWindow> window;

    template <typename T> T* find(const QString& name) const
    {
        T* widget = window->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QAbstractItemModel* messages() const
    {
        return find<QListView>(QStringLiteral("messageListView"))->model();
    }
    //! The row of the message with this text, or -1.
    int rowOf(const QString& text) const
    {
        for (int row = 0; row < messages()->rowCount(); ++row) {
            if (messages()->index(row, 0).data(MessageListModel::TextRole).toString() == text)
                return row;
        }
        return -1;
    }
};

} // namespace

class TestRemoteConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testReplyReachesMetaAndShowsItsTicks();
    void testSecondConsoleSeesTheReplyWithinASecond();
    void testViewerCannotReply();
    void testSendTestMessageFollowsItsHops();
    void testWizardKeepsSecretsOnTheServer();
    void testAdminSeesTheServersKeys();
    void testServerAwayKeepsTheReplyAndShowsWhatHappened();

private:
    Console attach(const QString& role);
    void openConversation(const Console& console);
    void receive(const QString& text);
    void postStatus(const QString& wamid, const QString& status);
    //! Meta's id of the newest template sent to the customer, as the console sees it.
    QString templateWamid(RemoteDesk* desk) const;
    //! What was POSTed to /messages, without the read receipts.
    QList<QJsonObject> sentMessages() const;

    QTemporaryDir m_home;
    QTemporaryDir m_console;
    FakeGraphApiServer m_graph;
    FakeWahaServer m_waha;
    std::unique_ptr<ServeProcess> m_serve;
    QHash<QString, QString> m_keys;
    int m_received = 0;
};

void TestRemoteConsole::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_graph.start());
    m_graph.setExpectedToken(token);
    QVERIFY(m_waha.start());
    m_waha.setStepMs(20);
    m_serve = ServeProcess::inHome(m_home.path());
    for (const QString& role : {QStringLiteral("viewer"), QStringLiteral("alice"), QStringLiteral("bob"),
                                QStringLiteral("admin")}) {
        const bool sender = role == QLatin1String("alice") || role == QLatin1String("bob");
        m_keys.insert(
            role,
            m_serve->createKey(QStringLiteral("desk-") + role, sender ? QStringLiteral("sender") : role));
    }
    QVERIFY(m_serve->start());
    const auto created = m_serve->addCloudChannel(m_keys.value(QStringLiteral("admin")),
                                                  QStringLiteral("consoledesk"), token, m_graph.baseUrl());
    QVERIFY2(created.status == 201, created.body.constData());
    receive(QStringLiteral("Is my order on its way?"));
}

void TestRemoteConsole::cleanupTestCase()
{
    m_serve->stop();
    // Nothing of the server's data or secrets is kept by the consoles.
    const QByteArray console = TestEnvironment::allFileContents(m_console.path());
    for (const QByteArray& secret :
         {token.toUtf8(), TestEnvironment::appSecret().toUtf8(), FakeWahaServer::apiKey().toUtf8(),
          customer.toUtf8(), QByteArray("Is my order on its way?")})
        QVERIFY2(!console.contains(secret), secret.constData());
    for (const QString& key : std::as_const(m_keys))
        QVERIFY(!console.contains(key.toUtf8()));
}

Console TestRemoteConsole::attach(const QString& role)
{
    RemoteDesk::Options options;
    options.server = QUrl(m_serve->apiBase());
    options.key = m_keys.value(role);
    options.consoleDirectory = m_console.path();
    options.initialBackoffMs = 100;
    options.maxBackoffMs = 400;
    Console console;
    console.desk = std::make_unique<RemoteDesk>(options);
    console.window = std::make_unique<MainWindow>(console.desk.get());
    console.window->setPeriodicHealthChecks(false);
    console.window->show();
    if (!QTest::qWaitFor([&] { return console.desk->connection().state == DeskConnection::State::Connected; },
                         Timeout))
        qWarning() << "not connected:" << console.desk->connection().stateText()
                   << console.desk->connection().error;
    return console;
}

void TestRemoteConsole::openConversation(const Console& console)
{
    console.find<QTabWidget>(QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(console.find<QWidget>(QStringLiteral("conversationsTab")));
    auto* list = console.find<QListView>(QStringLiteral("conversationListView"));
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 1, Timeout);
    const QModelIndex index = list->model()->index(0, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QTRY_VERIFY_WITH_TIMEOUT(console.messages()->rowCount() >= 1, Timeout);
}

void TestRemoteConsole::receive(const QString& text)
{
    const int n = ++m_received;
    WebhookClient webhook(m_serve->webhookPort());
    const QByteArray body = WebhookClient::textMessage(
        FakeGraphApiServer::phoneNumberId(), QStringLiteral("wamid.console-in-%1").arg(n), customer,
        QStringLiteral("Ana"), text, QDateTime::currentDateTimeUtc().addSecs(-600 + n));
    // Right after set-up (or a restart) the receiver may still be reading the channel's secrets.
    QTRY_COMPARE_WITH_TIMEOUT(
        webhook.post(FakeGraphApiServer::phoneNumberId(), body, TestEnvironment::appSecret().toUtf8()), 200,
        Timeout);
}

void TestRemoteConsole::postStatus(const QString& wamid, const QString& status)
{
    const QByteArray body
        = QStringLiteral(
              R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{)"
              R"("messaging_product":"whatsapp","metadata":{"phone_number_id":"%5"},)"
              R"("statuses":[{"id":"%1","status":"%2","timestamp":"%3","recipient_id":"%4"}]}}]}]})")
              .arg(wamid, status, QString::number(QDateTime::currentSecsSinceEpoch()), customer,
                   FakeGraphApiServer::phoneNumberId())
              .toUtf8();
    WebhookClient webhook(m_serve->webhookPort());
    QCOMPARE(webhook.post(FakeGraphApiServer::phoneNumberId(), body, TestEnvironment::appSecret().toUtf8()),
             200);
}

QString TestRemoteConsole::templateWamid(RemoteDesk* desk) const
{
    const QFuture<Result<std::optional<ConversationRow>>> row
        = desk->conversationWith(QStringLiteral("consoledesk"), customer);
    if (!QTest::qWaitFor([&] { return row.isFinished(); }, Timeout) || !row.result().ok()
        || !row.result().value())
        return {};
    const QFuture<Result<QList<MessageRow>>> rows
        = desk->olderMessages(row.result().value()->id, std::nullopt, 50);
    if (!QTest::qWaitFor([&] { return rows.isFinished(); }, Timeout) || !rows.result().ok())
        return {};
    QString wamid;
    const QList<MessageRow> messages = rows.result().value();
    for (const MessageRow& message : messages) {
        if (message.type == QLatin1String("template") && message.wamid.startsWith(QLatin1String("wamid.")))
            wamid = message.wamid;
    }
    return wamid;
}

QList<QJsonObject> TestRemoteConsole::sentMessages() const
{
    QList<QJsonObject> sent;
    for (const QJsonObject& body : m_graph.messageBodies()) {
        if (body.contains(QLatin1String("to")))
            sent.append(body);
    }
    return sent;
}

void TestRemoteConsole::testReplyReachesMetaAndShowsItsTicks()
{
    const Console alice = attach(QStringLiteral("alice"));
    QVERIFY(alice.window->windowTitle().contains(QStringLiteral("127.0.0.1:%1").arg(m_serve->apiPort())));
    QTRY_VERIFY(alice.find<QLabel>(QStringLiteral("connectionStateLabel"))
                    ->text()
                    .contains(QStringLiteral("desk-alice")));
    QVERIFY(alice.find<QLabel>(QStringLiteral("connectionStateLabel"))
                ->text()
                .contains(QStringLiteral("sender")));
    openConversation(alice);
    auto* text = alice.find<QPlainTextEdit>(QStringLiteral("replyTextEdit"));
    auto* send = alice.find<QPushButton>(QStringLiteral("sendReplyButton"));
    const int before = int(sentMessages().size());
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Yes, it ships tomorrow"));
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sentMessages().size(), before + 1, Timeout);
    QCOMPARE(
        sentMessages().last().value(QLatin1String("text")).toObject().value(QLatin1String("body")).toString(),
        QStringLiteral("Yes, it ships tomorrow"));
    QTRY_VERIFY(text->toPlainText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(alice.rowOf(QStringLiteral("Yes, it ships tomorrow")) >= 0, Timeout);
    const int row = alice.rowOf(QStringLiteral("Yes, it ships tomorrow"));
    const QModelIndex reply = alice.messages()->index(row, 0);
    QCOMPARE(reply.data(MessageListModel::SentByTextRole).toString(), QStringLiteral("sent by desk-alice"));
    QTRY_VERIFY_WITH_TIMEOUT(alice.messages()
                                 ->index(alice.rowOf(QStringLiteral("Yes, it ships tomorrow")), 0)
                                 .data(MessageListModel::ExternalIdRole)
                                 .toString()
                                 .startsWith(QLatin1String("wamid.FAKE")),
                             Timeout);
    const QString wamid = alice.messages()
                              ->index(alice.rowOf(QStringLiteral("Yes, it ships tomorrow")), 0)
                              .data(MessageListModel::ExternalIdRole)
                              .toString();
    // Meta's status webhooks go to the server; the ticks follow in the console.
    postStatus(wamid, QStringLiteral("delivered"));
    QTRY_COMPARE_WITH_TIMEOUT(alice.messages()
                                  ->index(alice.rowOf(QStringLiteral("Yes, it ships tomorrow")), 0)
                                  .data(MessageListModel::StatusRole)
                                  .toString(),
                              QStringLiteral("delivered"), Timeout);
    postStatus(wamid, QStringLiteral("read"));
    QTRY_COMPARE_WITH_TIMEOUT(alice.messages()
                                  ->index(alice.rowOf(QStringLiteral("Yes, it ships tomorrow")), 0)
                                  .data(MessageListModel::StatusRole)
                                  .toString(),
                              QStringLiteral("read"), Timeout);
}

void TestRemoteConsole::testSecondConsoleSeesTheReplyWithinASecond()
{
    const Console alice = attach(QStringLiteral("alice"));
    const Console bob = attach(QStringLiteral("bob"));
    openConversation(alice);
    openConversation(bob);
    const int before = int(sentMessages().size());
    auto* text = alice.find<QPlainTextEdit>(QStringLiteral("replyTextEdit"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Bob, I answered this one"));
    QTRY_VERIFY_WITH_TIMEOUT(alice.find<QPushButton>(QStringLiteral("sendReplyButton"))->isEnabled(),
                             Timeout);
    QTest::mouseClick(alice.find<QPushButton>(QStringLiteral("sendReplyButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sentMessages().size(), before + 1, Timeout);
    // Within a second of Meta taking it, the other console shows it, and who sent it.
    QTRY_VERIFY_WITH_TIMEOUT(bob.rowOf(QStringLiteral("Bob, I answered this one")) >= 0, 1000);
    QCOMPARE(bob.messages()
                 ->index(bob.rowOf(QStringLiteral("Bob, I answered this one")), 0)
                 .data(MessageListModel::SentByTextRole)
                 .toString(),
             QStringLiteral("sent by desk-alice"));
}

void TestRemoteConsole::testViewerCannotReply()
{
    const Console viewer = attach(QStringLiteral("viewer"));
    openConversation(viewer);
    auto* send = viewer.find<QPushButton>(QStringLiteral("sendReplyButton"));
    auto* status = viewer.find<QLabel>(QStringLiteral("replyStatusLabel"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("viewer"))
                && status->text().contains(QStringLiteral("sender")));
    QVERIFY(!send->isEnabled());
    QVERIFY(!viewer.find<QPlainTextEdit>(QStringLiteral("replyTextEdit"))->isEnabled());
    // Adding a channel needs admin: disabled, saying why.
    auto* add = viewer.window->findChild<QAction*>(QStringLiteral("addChannelAction"));
    QVERIFY(add && !add->isEnabled());
    QVERIFY(add->toolTip().contains(QStringLiteral("admin")));
}

void TestRemoteConsole::testSendTestMessageFollowsItsHops()
{
    const Console alice = attach(QStringLiteral("alice"));
    auto* dialog = new TestMessageDialog(alice.desk.get(), QStringLiteral("consoledesk"), alice.window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->findChild<QLineEdit*>(QStringLiteral("numberEdit"))->setText(QStringLiteral("+1 555-765-4321"));
    QTRY_VERIFY(dialog->sendButton()->isEnabled());
    const int before = int(sentMessages().size());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sentMessages().size(), before + 1, Timeout);
    QCOMPARE(sentMessages()
                 .last()
                 .value(QLatin1String("template"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("hello_world"));
    auto* hops = dialog->findChild<QTreeWidget*>(QStringLiteral("hopTree"));
    QTRY_COMPARE_WITH_TIMEOUT(hops->topLevelItemCount(), 2, Timeout);
    QCOMPARE(hops->topLevelItem(1)->data(0, Qt::UserRole).toString(), QStringLiteral("accepted"));
    // Meta's delivery report reaches the server; the console's dialog follows it.
    QString wamid;
    QTRY_VERIFY_WITH_TIMEOUT(!(wamid = templateWamid(alice.desk.get())).isEmpty(), Timeout);
    postStatus(wamid, QStringLiteral("delivered"));
    QTRY_VERIFY_WITH_TIMEOUT(
        hops->topLevelItemCount() >= 3
            && hops->topLevelItem(hops->topLevelItemCount() - 1)->data(0, Qt::UserRole).toString()
                == QLatin1String("delivered"),
        Timeout);
    dialog->close();
}

void TestRemoteConsole::testWizardKeepsSecretsOnTheServer()
{
    const Console admin = attach(QStringLiteral("admin"));
    admin.find<QAction>(QStringLiteral("addChannelAction"))->trigger();
    QPointer<ChannelSetupWizard> wizard = admin.window->findChild<ChannelSetupWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    auto* linked = wizard->findChild<QAbstractButton*>(QStringLiteral("linkedDeviceRadioButton"));
    QTest::mouseClick(linked, Qt::LeftButton, {}, QPoint(8, linked->height() / 2));
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("channelNameLineEdit")),
                     QStringLiteral("Phone Bot"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ChannelSetupWizard::GatewayPage));
    auto* url = wizard->findChild<QLineEdit*>(QStringLiteral("gatewayBaseUrlLineEdit"));
    url->selectAll();
    QTest::keyClicks(url, m_waha.baseUrl().toString());
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("gatewayApiKeyLineEdit")),
                     FakeWahaServer::apiKey());
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ChannelSetupWizard::PairingPage));

    // Saved on the server, which reads the gateway's key from its own keychain to pair.
    QTRY_VERIFY_WITH_TIMEOUT(admin.desk->channel(QStringLiteral("phone-bot")).has_value(), Timeout);
    const QString adminKey = m_keys.value(QStringLiteral("admin"));
    QTRY_COMPARE_WITH_TIMEOUT(m_serve->get(QStringLiteral("/api/v1/channels/phone-bot/status"), adminKey)
                                  .json.value(QStringLiteral("state"))
                                  .toString(),
                              QStringLiteral("awaiting_scan"), Timeout);
    QVERIFY(!m_serve->get(QStringLiteral("/api/v1/channels/phone-bot"), adminKey)
                 .body.contains(FakeWahaServer::apiKey().toUtf8()));
    QTRY_VERIFY_WITH_TIMEOUT(admin.desk->pairingQr(QStringLiteral("phone-bot")).raw
                                 == m_waha.currentQr(QStringLiteral("default")),
                             Timeout);
    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard);
    QVERIFY(!TestEnvironment::allFileContents(m_console.path()).contains(FakeWahaServer::apiKey().toUtf8()));
    const auto removed = m_serve->request("DELETE", QStringLiteral("/api/v1/channels/phone-bot"), adminKey);
    QCOMPARE(removed.status, 200);
}

void TestRemoteConsole::testAdminSeesTheServersKeys()
{
    const Console viewer = attach(QStringLiteral("viewer"));
    auto* viewerAction = viewer.find<QAction>(QStringLiteral("serverApiAction"));
    QVERIFY(!viewerAction->isEnabled());
    QVERIFY(viewerAction->toolTip().contains(QStringLiteral("admin")));

    const Console admin = attach(QStringLiteral("admin"));
    auto* action = admin.find<QAction>(QStringLiteral("serverApiAction"));
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    auto* dialog = admin.window->findChild<QDialog*>(QStringLiteral("serverApiDialog"));
    QVERIFY(dialog);
    // The server's keys, not the console's; its API settings are shown but not changed from here.
    auto* keys = dialog->findChild<QTableWidget*>(QStringLiteral("keysTableWidget"));
    QTRY_VERIFY_WITH_TIMEOUT(!keys->findItems(QStringLiteral("desk-admin"), Qt::MatchExactly).isEmpty(),
                             Timeout);
    QVERIFY(!keys->findItems(QStringLiteral("desk-viewer"), Qt::MatchExactly).isEmpty());
    QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("enabledCheckBox"))->isEnabled());
    dialog->reject();
}

void TestRemoteConsole::testServerAwayKeepsTheReplyAndShowsWhatHappened()
{
    const Console alice = attach(QStringLiteral("alice"));
    openConversation(alice);
    auto* state = alice.find<QLabel>(QStringLiteral("connectionStateLabel"));
    auto* text = alice.find<QPlainTextEdit>(QStringLiteral("replyTextEdit"));
    auto* send = alice.find<QPushButton>(QStringLiteral("sendReplyButton"));
    m_serve->stop();
    QTRY_VERIFY_WITH_TIMEOUT(
        state->text().contains(
            QStringLiteral("Reconnecting to 127.0.0.1:%1 (attempt").arg(m_serve->apiPort())),
        Timeout);
    // Typing goes on; sending waits for the server.
    QTRY_VERIFY(text->isEnabled());
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Typed while the server was away"));
    QVERIFY(!send->isEnabled());
    QVERIFY(alice.find<QLabel>(QStringLiteral("replyStatusLabel"))
                ->text()
                .contains(QStringLiteral("stays here")));

    QVERIFY(m_serve->restart());
    receive(QStringLiteral("Hello? Anyone there"));
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("Connected")), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(alice.rowOf(QStringLiteral("Hello? Anyone there")) >= 0, Timeout);
    QCOMPARE(text->toPlainText(), QStringLiteral("Typed while the server was away"));
    const int before = int(sentMessages().size());
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sentMessages().size(), before + 1, Timeout);
}

QTEST_MAIN(TestRemoteConsole)
#include "TestRemoteConsole.moc"
