// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"
#include "ConversationLogWidget.h"
#include "ReplyComposerWidget.h"

#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "desk/LocalDesk.h"
#include "settings/Settings.h"
#include "util/DataDirectory.h"
#include "webhook/WebhookPayloadParser.h"

#include "FakeGraphApiServer.h"
#include "FakeWahaServer.h"
#include "JournaledBuilder.h"
#include "LocalDeskFixture.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString ana = QStringLiteral("15557654321");
constexpr int timeout = 10000; // the log notices writes of the outbound queue by polling (2 s)

} // namespace

//! The 24 h window as the list, the conversation header and the composer show it: only on Cloud API
//! channels, and closed everywhere once Meta refused a reply with 131047, until the customer writes.
class TestConversationWindowState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testLinkedChatShowsNoWindow();
    void testCloudChatCountsDown();
    void testMetaRefusalClosesTheWindowEverywhereUntilTheCustomerWrites();

private:
    //! With the receiver when gateway messages must reach the log; Cloud messages are committed here.
    void openDesk(bool receiver);
    void openWithCloudChannel();
    void inbound(const QString& text, const QDateTime& at);
    void openFirstConversation();
    QString listWindowText() const
    {
        return m_widget->conversationModel()
            ->index(0, 0)
            .data(ConversationListModel::WindowTextRole)
            .toString();
    }
    QString headerText() const { return find<QLabel>(QStringLiteral("conversationDetailsLabel"))->text(); }
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_widget->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    FakeGraphApiServer m_graph;
    std::unique_ptr<FakeWahaServer> m_waha;
    std::unique_ptr<QTemporaryDir> m_dir;
    LocalDeskFixture m_desk;
    std::unique_ptr<ConversationLogWidget> m_widget;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_inbound = 0;
};

void TestConversationWindowState::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_graph.start());
}

void TestConversationWindowState::init()
{
    m_graph.reset();
    m_inbound = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    ReceiverSettings receiver;
    receiver.listen = QStringLiteral("127.0.0.1:0"); // never the real 8645
    QVERIFY(Settings(m_dir->path()).setReceiver(receiver).ok());
}

void TestConversationWindowState::openDesk(bool receiver)
{
    QVERIFY2(m_desk.open(m_dir->path(), receiver), qPrintable(m_desk.errorString()));
    m_widget = std::make_unique<ConversationLogWidget>(m_desk.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_widget->conversationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_widget->resize(1000, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestConversationWindowState::cleanup()
{
    m_tester.reset();
    m_widget.reset();
    m_desk.reset();
    m_waha.reset();
    m_dir.reset();
}

void TestConversationWindowState::openWithCloudChannel()
{
    openDesk(false);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_desk.addCloudChannel(m_graph), qPrintable(m_desk.errorString()));
    QTRY_VERIFY(m_desk->canSend(QStringLiteral("support")));
}

void TestConversationWindowState::inbound(const QString& text, const QDateTime& at)
{
    ++m_inbound;
    const QByteArray body = WebhookClient::textMessage(FakeGraphApiServer::phoneNumberId(),
                                                       QStringLiteral("wamid.IN.%1").arg(m_inbound), ana,
                                                       QStringLiteral("Ana Souza"), text, at);
    JournaledBuilder store(DataDirectory::databasePath(m_dir->path()));
    QVERIFY(store
                .commit({Delivery{QStringLiteral("support"), QDateTime::currentDateTimeUtc(), body,
                                  WebhookPayloadParser::parse(body).value()}})
                .ok());
    emit m_desk->conversationsChanged(); // as the receiver's commits announce themselves
}

void TestConversationWindowState::openFirstConversation()
{
    auto* list = find<QListView>(QStringLiteral("conversationListView"));
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, timeout);
    const QModelIndex index = list->model()->index(0, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QTRY_VERIFY(!headerText().isEmpty()); // the channel's name at least, once the header is read
}

void TestConversationWindowState::testLinkedChatShowsNoWindow()
{
    const QString session = QStringLiteral("default");
    m_waha = std::make_unique<FakeWahaServer>();
    QVERIFY(m_waha->start());
    m_waha->addSession(session, QStringLiteral("WORKING"), true);
    openDesk(true);
    if (QTest::currentTestFailed())
        return;
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("phone-bot");
    draft.channel.name = QStringLiteral("Phone Bot");
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(LinkedFields::gateway(), LinkedFields::waha());
    draft.channel.fields.insert(LinkedFields::baseUrl(), m_waha->baseUrl().toString());
    draft.channel.fields.insert(LinkedFields::session(), session);
    draft.secrets.insert(LinkedFields::apiKey(), FakeWahaServer::apiKey());
    QVERIFY2(m_desk.save({draft}), qPrintable(m_desk.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->linkStatus(draft.channel.id).state, LinkState::Connected, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_waha->webSocketClientCount(), 1, timeout);
    m_waha->pushInbound(session, ana + QStringLiteral("@s.whatsapp.net"),
                        QStringLiteral("Is the shop open?"));
    openFirstConversation();

    // A linked device answers at any time: no window words in the list, its tooltip or the header.
    const QModelIndex row = m_widget->conversationModel()->index(0, 0);
    QCOMPARE(row.data(ConversationListModel::WindowTextRole).toString(), QString());
    QVERIFY(row.data(ConversationListModel::WindowOpenRole).toBool());
    QVERIFY2(!row.data(Qt::ToolTipRole).toString().contains(QLatin1String(" left")),
             qPrintable(row.data(Qt::ToolTipRole).toString()));
    QVERIFY2(!headerText().contains(QLatin1String("left")) && !headerText().contains(QLatin1String("window")),
             qPrintable(headerText()));
    QVERIFY(!find<QLabel>(QStringLiteral("windowLabel"))->isVisible());
}

void TestConversationWindowState::testCloudChatCountsDown()
{
    openWithCloudChannel();
    if (QTest::currentTestFailed())
        return;
    // 50 minutes ago: 23 h 10 min are left, shown rounded down.
    inbound(QStringLiteral("Is my order on its way?"), QDateTime::currentDateTimeUtc().addSecs(-50 * 60));
    openFirstConversation();
    QCOMPARE(listWindowText(), QStringLiteral("23 h left"));
    QVERIFY2(headerText().contains(QLatin1String("23 h left")), qPrintable(headerText()));
    auto* window = find<QLabel>(QStringLiteral("windowLabel"));
    QTRY_VERIFY2(window->text().startsWith(QLatin1String("24-hour window open: 23 h")),
                 qPrintable(window->text()));
}

void TestConversationWindowState::testMetaRefusalClosesTheWindowEverywhereUntilTheCustomerWrites()
{
    openWithCloudChannel();
    if (QTest::currentTestFailed())
        return;
    // By our clock the window is open for 23 more hours; Meta knows better (131047).
    inbound(QStringLiteral("Is my order on its way?"), QDateTime::currentDateTimeUtc().addSecs(-3600));
    openFirstConversation();
    auto* window = find<QLabel>(QStringLiteral("windowLabel"));
    QTRY_VERIFY(window->text().startsWith(QLatin1String("24-hour window open")));
    // Opening the conversation marks it read first: that request must not take the queued error.
    QTRY_VERIFY(!m_graph.messageBodies().isEmpty());
    m_graph.queueError(131047, QStringLiteral("/messages"));

    auto* text = find<QPlainTextEdit>(QStringLiteral("replyTextEdit"));
    auto* send = find<QPushButton>(QStringLiteral("sendReplyButton"));
    text->setPlainText(QStringLiteral("Yes, it ships today."));
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);

    // The composer: a short red headline, a plain explanation and a way to the templates.
    auto* notice = find<QWidget>(QStringLiteral("windowClosedNotice"));
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), timeout);
    auto* headline = find<QLabel>(QStringLiteral("windowClosedHeadlineLabel"));
    auto* explanation = find<QLabel>(QStringLiteral("windowClosedExplanationLabel"));
    QCOMPARE(headline->text(), QStringLiteral("Not sent: the 24-hour window is closed"));
    QVERIFY(headline->styleSheet().contains(QLatin1String("color")));
    QVERIFY2(explanation->styleSheet().isEmpty(), qPrintable(explanation->styleSheet()));
    QCOMPARE(explanation->palette().color(QPalette::WindowText),
             m_widget->palette().color(QPalette::WindowText));
    QVERIFY(explanation->text().contains(QLatin1String("template")));
    QVERIFY(!find<QLabel>(QStringLiteral("replyStatusLabel"))->isVisible()); // no second, red paragraph
    // Meta's own words stay one click away.
    QCOMPARE(explanation->actions().size(), 1);
    explanation->actions().constFirst()->trigger();
    QVERIFY2(QGuiApplication::clipboard()->text().contains(QLatin1String("131047")),
             qPrintable(QGuiApplication::clipboard()->text()));
    QTRY_VERIFY2_WITH_TIMEOUT(
        window->text().startsWith(QLatin1String("24-hour window closed: WhatsApp rejected")),
        qPrintable(window->text()), timeout);

    // The header and the list agree with the composer, and so does a list loaded afresh.
    QTRY_COMPARE_WITH_TIMEOUT(listWindowText(), QStringLiteral("window closed"), timeout);
    QTRY_VERIFY2_WITH_TIMEOUT(headerText().contains(QLatin1String("window closed")), qPrintable(headerText()),
                              timeout);
    QVERIFY(!m_widget->conversationModel()->index(0, 0).data(ConversationListModel::WindowOpenRole).toBool());
    ConversationListModel reloaded(m_desk.get());
    QTRY_COMPARE(reloaded.rowCount(), 1);
    QCOMPARE(reloaded.index(0, 0).data(ConversationListModel::WindowTextRole).toString(),
             QStringLiteral("window closed"));

    // "Choose a Template" takes the composer to the templates.
    auto* templateMode = find<QToolButton>(QStringLiteral("templateModeButton"));
    auto* modes = find<QStackedWidget>(QStringLiteral("modeStack"));
    templateMode->setChecked(false);
    QCOMPARE(modes->currentWidget()->objectName(), QStringLiteral("textPage"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("chooseTemplateButton")), Qt::LeftButton);
    QVERIFY(templateMode->isChecked());
    QCOMPARE(modes->currentWidget()->objectName(), QStringLiteral("templatePicker"));

    // Ana writes again (timestamps are whole seconds: a little ahead of the refusal): open again.
    inbound(QStringLiteral("Hello?"), QDateTime::currentDateTimeUtc().addSecs(2));
    QTRY_VERIFY2_WITH_TIMEOUT(listWindowText().endsWith(QLatin1String(" h left")),
                              qPrintable(listWindowText()), timeout);
    QTRY_VERIFY2_WITH_TIMEOUT(headerText().contains(QLatin1String(" h left")), qPrintable(headerText()),
                              timeout);
    QTRY_VERIFY2_WITH_TIMEOUT(window->text().startsWith(QLatin1String("24-hour window open")),
                              qPrintable(window->text()), timeout);
    QVERIFY(!notice->isVisible());
    QVERIFY(templateMode->isEnabled());
}

QTEST_MAIN(TestConversationWindowState)
#include "TestConversationWindowState.moc"
