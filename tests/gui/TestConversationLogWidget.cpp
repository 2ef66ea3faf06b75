// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"
#include "ConversationLogWidget.h"
#include "MessageListModel.h"

#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "desk/LocalDesk.h"
#include "store/ConversationReader.h"
#include "util/DataDirectory.h"
#include "settings/Settings.h"

#include "FakeSecretStore.h"
#include "FakeWahaServer.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString supportPhoneId = QStringLiteral("200000000000002");
const QString salesPhoneId = QStringLiteral("300000000000003");
const QString ana = QStringLiteral("15557654321");
const QString bruno = QStringLiteral("5511987654321");

} // namespace

class TestConversationLogWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testDeliveryAppearsLiveAndSelectingMarksRead();
    void testNewMessagesInOpenConversationAppearLive();
    void testChannelFilter();
    void testTakeOverButtonAndFilter();
    void testSearchShowsResultsInPlaceOfList();
    void testNoReplyWithoutSendingQueue();
    void testLinkedReplyWaitsForItsEcho();

private:
    void saveChannel(const QString& id, const QString& name, const QString& phoneNumberId);
    //! Without a time, messages are a second apart in the order posted: Meta's timestamps have seconds.
    void post(const QString& phoneNumberId, const QString& from, const QString& name, const QString& text,
              const QDateTime& at = {});
    void select(QListView* view, int row);
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_widget->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QAbstractItemModel* conversations() const
    {
        return find<QListView>(QStringLiteral("conversationListView"))->model();
    }
    QAbstractItemModel* messages() const
    {
        return find<QListView>(QStringLiteral("messageListView"))->model();
    }
    int unreadInStore(qint64 conversationId) const
    {
        return ConversationReader(m_path).conversation(conversationId).value()->unreadCount;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<FakeWahaServer> m_waha; //!< outlives the desk's gateway session
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<ConversationLogWidget> m_widget;
    std::unique_ptr<QAbstractItemModelTester> m_conversationTester;
    std::unique_ptr<QAbstractItemModelTester> m_messageTester;
    std::unique_ptr<WebhookClient> m_client;
    int m_sent = 0;
    QDateTime m_start;
};

void TestConversationLogWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = DataDirectory::databasePath(m_dir->path());
    m_start = QDateTime::currentDateTimeUtc().addSecs(-600);
    m_sent = 0;
    m_secrets = std::make_unique<FakeSecretStore>();
    ReceiverSettings settings;
    settings.listen = QStringLiteral("127.0.0.1:0");
    QVERIFY(Settings(m_dir->path()).setReceiver(settings).ok());

    // The receiver runs inside the desk, as in the main window.
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    m_desk = std::make_unique<LocalDesk>(m_dir->path(), options);
    m_desk->setHealthChecksActive(false);
    auto loaded = m_desk->loadChannels();
    QTRY_VERIFY(loaded.isFinished());
    QVERIFY2(loaded.result().ok(), qPrintable(loaded.result().error().message));
    saveChannel(QStringLiteral("support"), QStringLiteral("Support"), supportPhoneId);
    saveChannel(QStringLiteral("sales"), QStringLiteral("Sales"), salesPhoneId);
    m_widget = std::make_unique<ConversationLogWidget>(m_desk.get());
    m_conversationTester = std::make_unique<QAbstractItemModelTester>(
        m_widget->conversationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_messageTester = std::make_unique<QAbstractItemModelTester>(
        m_widget->messageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_widget->resize(1000, 650);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QTRY_COMPARE(m_desk->receiverStatus().state, ReceiverStatus::State::Running);
    QTRY_COMPARE(m_desk->receiverStatus().servedChannels, 2);
    m_client = std::make_unique<WebhookClient>(m_desk->receiverStatus().port);
}

void TestConversationLogWidget::cleanup()
{
    m_client.reset();
    m_messageTester.reset();
    m_conversationTester.reset();
    m_widget.reset();
    m_desk.reset();
    m_waha.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestConversationLogWidget::saveChannel(const QString& id, const QString& name,
                                            const QString& phoneNumberId)
{
    ChannelDraft draft;
    draft.channel.id = id;
    draft.channel.name = name;
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), phoneNumberId);
    draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    draft.secrets.insert(CloudApiFields::verifyToken(), TestEnvironment::verifyToken());
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
}

void TestConversationLogWidget::post(const QString& phoneNumberId, const QString& from, const QString& name,
                                     const QString& text, const QDateTime& at)
{
    ++m_sent;
    const QDateTime time = at.isValid() ? at : m_start.addSecs(m_sent);
    const QByteArray body = WebhookClient::textMessage(
        phoneNumberId, QStringLiteral("wamid.LOG.%1").arg(m_sent), from, name, text, time);
    QCOMPARE(m_client->post(phoneNumberId, body, TestEnvironment::appSecret().toUtf8()), 200);
}

void TestConversationLogWidget::select(QListView* view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
}

void TestConversationLogWidget::testDeliveryAppearsLiveAndSelectingMarksRead()
{
    QCOMPARE(conversations()->rowCount(), 0);
    auto* status = find<QLabel>(QStringLiteral("listStatusLabel"));
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("No conversations yet")));

    // Written 2 h 30 min ago: 21 h 30 min of the customer service window are left.
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-(2 * 3600 + 1800));
    post(supportPhoneId, ana, QStringLiteral("Ana Souza"), QStringLiteral("Is my order 4512 on its way?"),
         at);
    post(supportPhoneId, ana, QStringLiteral("Ana Souza"), QStringLiteral("Hello?"), at.addSecs(60));
    QTRY_COMPARE(conversations()->rowCount(), 1);
    QTRY_COMPARE(conversations()->index(0, 0).data(ConversationListModel::UnreadCountRole).toInt(), 2);
    const QModelIndex row = conversations()->index(0, 0);
    QCOMPARE(row.data(Qt::DisplayRole).toString(), QStringLiteral("Ana Souza"));
    QCOMPARE(row.data(ConversationListModel::PeerNumberRole).toString(), QStringLiteral("+15557654321"));
    QCOMPARE(row.data(ConversationListModel::PreviewRole).toString(), QStringLiteral("Hello?"));
    QCOMPARE(row.data(ConversationListModel::WindowTextRole).toString(), QStringLiteral("21 h left"));
    QCOMPARE(row.data(ConversationListModel::ChannelNameRole).toString(), QStringLiteral("Support"));
    QVERIFY(!status->isVisible());
    const qint64 id = row.data(ConversationListModel::ConversationIdRole).toLongLong();
    QCOMPARE(unreadInStore(id), 2);

    auto* messageStack = find<QStackedWidget>(QStringLiteral("messageStack"));
    QCOMPARE(messageStack->currentWidget()->objectName(), QStringLiteral("noConversationPage"));
    select(find<QListView>(QStringLiteral("conversationListView")), 0);
    QCOMPARE(messageStack->currentWidget()->objectName(), QStringLiteral("messageListView"));
    QTRY_COMPARE(messages()->rowCount(), 2);
    QCOMPARE(messages()->index(0, 0).data(MessageListModel::TextRole).toString(),
             QStringLiteral("Is my order 4512 on its way?"));
    QCOMPARE(messages()->index(1, 0).data(MessageListModel::OutboundRole).toBool(), false);
    QCOMPARE(conversations()->index(0, 0).data(ConversationListModel::UnreadCountRole).toInt(), 0);
    QTRY_COMPARE(unreadInStore(id), 0);
    QTRY_COMPARE(find<QLabel>(QStringLiteral("conversationTitleLabel"))->text(), QStringLiteral("Ana Souza"));
    const QString details = find<QLabel>(QStringLiteral("conversationDetailsLabel"))->text();
    QCOMPARE(details, QStringLiteral("+15557654321 · Support · 21 h left"));
}

void TestConversationLogWidget::testNewMessagesInOpenConversationAppearLive()
{
    post(supportPhoneId, ana, QStringLiteral("Ana Souza"), QStringLiteral("First"));
    post(supportPhoneId, bruno, QStringLiteral("Bruno"), QStringLiteral("Other chat"));
    QTRY_COMPARE(conversations()->rowCount(), 2);
    auto* list = find<QListView>(QStringLiteral("conversationListView"));
    select(list, 1); // Ana: Bruno wrote last
    QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Ana Souza"));
    QTRY_COMPARE(messages()->rowCount(), 1);

    post(supportPhoneId, ana, QStringLiteral("Ana Souza"), QStringLiteral("Second"));
    QTRY_COMPARE(messages()->rowCount(), 2);
    QCOMPARE(messages()->index(1, 0).data(MessageListModel::TextRole).toString(), QStringLiteral("Second"));
    // Ana moved to the top and is still the selected conversation; what she wrote has been seen.
    QTRY_COMPARE(conversations()->index(0, 0).data().toString(), QStringLiteral("Ana Souza"));
    QCOMPARE(list->currentIndex().row(), 0);
    QTRY_COMPARE(conversations()->index(0, 0).data(ConversationListModel::UnreadCountRole).toInt(), 0);
    QCOMPARE(conversations()->index(1, 0).data(ConversationListModel::UnreadCountRole).toInt(), 1);
}

void TestConversationLogWidget::testChannelFilter()
{
    post(supportPhoneId, ana, QStringLiteral("Ana Souza"), QStringLiteral("Support question"));
    post(salesPhoneId, bruno, QStringLiteral("Bruno"), QStringLiteral("Sales question"));
    QTRY_COMPARE(conversations()->rowCount(), 2);
    auto* filter = find<QComboBox>(QStringLiteral("channelFilterComboBox"));
    QCOMPARE(filter->count(), 3);
    QCOMPARE(filter->itemText(0), QStringLiteral("All channels"));
    QCOMPARE(filter->itemText(1), QStringLiteral("Sales"));
    QCOMPARE(filter->itemText(2), QStringLiteral("Support"));
    QCOMPARE(conversations()->index(0, 0).data(ConversationListModel::ChannelNameRole).toString(),
             QStringLiteral("Sales"));

    filter->setCurrentIndex(1);
    QTRY_COMPARE(conversations()->rowCount(), 1);
    QCOMPARE(conversations()->index(0, 0).data().toString(), QStringLiteral("Bruno"));
    QVERIFY(conversations()->index(0, 0).data(ConversationListModel::ChannelNameRole).toString().isEmpty());
    // Live updates respect the filter.
    post(supportPhoneId, QStringLiteral("4930123456"), QStringLiteral("Clara"), QStringLiteral("Hallo"));
    post(salesPhoneId, QStringLiteral("4930999999"), QStringLiteral("Dora"), QStringLiteral("Preis?"));
    QTRY_COMPARE(conversations()->rowCount(), 2);
    QCOMPARE(conversations()->index(0, 0).data().toString(), QStringLiteral("Dora"));

    filter->setCurrentIndex(0);
    QTRY_COMPARE(conversations()->rowCount(), 4);
}

void TestConversationLogWidget::testTakeOverButtonAndFilter()
{
    post(supportPhoneId, ana, QStringLiteral("Ana Souza"), QStringLiteral("Support question"));
    post(salesPhoneId, bruno, QStringLiteral("Bruno"), QStringLiteral("Sales question"));
    QTRY_COMPARE(conversations()->rowCount(), 2);
    auto* button = find<QPushButton>(QStringLiteral("handoffButton"));
    QVERIFY(!button->isVisible()); // nothing selected
    auto* list = find<QListView>(QStringLiteral("conversationListView"));
    const int anaRow = conversations()->index(0, 0).data().toString() == QLatin1String("Ana Souza") ? 0 : 1;
    select(list, anaRow);
    const qint64 id
        = conversations()->index(anaRow, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Tak&e over"));
    QVERIFY(button->isEnabled()); // a local desk may do everything
    QSignalSpy changed(m_desk.get(), &Desk::conversationHandoffChanged);
    button->click();
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), id);
    QCOMPARE(changed.first().at(1).toBool(), true);
    QTRY_COMPARE(button->text(), QStringLiteral("Ret&urn to bot"));
    QTRY_VERIFY(conversations()->index(anaRow, 0).data(ConversationListModel::TakenOverRole).toBool());
    QVERIFY(find<QLabel>(QStringLiteral("conversationDetailsLabel"))
                ->text()
                .contains(QStringLiteral("taken over")));
    QVERIFY(ConversationReader(m_path).conversation(id).value()->takenOver);

    auto* filter = find<QCheckBox>(QStringLiteral("takenOverCheckBox"));
    filter->setChecked(true);
    QTRY_COMPARE(conversations()->rowCount(), 1);
    QCOMPARE(conversations()->index(0, 0).data().toString(), QStringLiteral("Ana Souza"));
    // Live updates respect the filter: a new conversation not taken over stays out; proven by a
    // later message of the taken-over one that does show.
    post(salesPhoneId, QStringLiteral("4930999999"), QStringLiteral("Dora"), QStringLiteral("Preis?"));
    post(supportPhoneId, ana, QStringLiteral("Ana Souza"), QStringLiteral("Still there?"));
    QTRY_COMPARE(conversations()->index(0, 0).data(ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("Still there?"));
    QCOMPARE(conversations()->rowCount(), 1);

    button->click();
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(1).toBool(), false);
    QTRY_COMPARE(button->text(), QStringLiteral("Tak&e over"));
    QTRY_COMPARE(conversations()->rowCount(), 0);
    filter->setChecked(false);
    QTRY_COMPARE(conversations()->rowCount(), 3);
}

void TestConversationLogWidget::testSearchShowsResultsInPlaceOfList()
{
    post(supportPhoneId, ana, QStringLiteral("Ana Souza"), QStringLiteral("Is my order 4512 on its way?"));
    post(salesPhoneId, bruno, QStringLiteral("Bruno"), QStringLiteral("Do you ship to Recife?"));
    post(supportPhoneId, ana, QStringLiteral("Ana Souza"), QStringLiteral("Thanks"));
    QTRY_COMPARE(conversations()->rowCount(), 2);
    auto* search = find<QLineEdit>(QStringLiteral("searchLineEdit"));
    auto* stack = find<QStackedWidget>(QStringLiteral("listStack"));
    auto* results = find<QListView>(QStringLiteral("searchResultListView"));
    auto* status = find<QLabel>(QStringLiteral("listStatusLabel"));

    QTest::keyClicks(search, QStringLiteral("ord"));
    QTRY_COMPARE(stack->currentWidget(), results);
    QTRY_COMPARE(results->model()->rowCount(), 1);
    QCOMPARE(status->text(), QStringLiteral("1 matching message(s), newest first."));
    const QModelIndex hit = results->model()->index(0, 0);
    QCOMPARE(hit.data().toString(), QStringLiteral("Ana Souza"));
    QVERIFY(hit.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Is my order 4512 on its way?")));

    select(results, 0);
    QTRY_COMPARE(messages()->rowCount(), 2);
    QTRY_COMPARE(find<QListView>(QStringLiteral("messageListView"))
                     ->currentIndex()
                     .data(MessageListModel::TextRole)
                     .toString(),
                 QStringLiteral("Is my order 4512 on its way?"));

    // Nothing typed can break the query.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("\"NEAR( * -"));
    QTRY_COMPARE(status->text(), QStringLiteral("No messages match “\"NEAR( * -”."));
    QCOMPARE(results->model()->rowCount(), 0);

    search->clear();
    QCOMPARE(stack->currentWidget(), find<QListView>(QStringLiteral("conversationListView")));
    QCOMPARE(conversations()->rowCount(), 2);
    // The conversation opened from the result is the selected one in the list.
    QTRY_COMPARE(find<QListView>(QStringLiteral("conversationListView"))->currentIndex().data().toString(),
                 QStringLiteral("Ana Souza"));
}

void TestConversationLogWidget::testNoReplyWithoutSendingQueue()
{
    auto* composer = find<QWidget>(QStringLiteral("replyComposerWidget"));
    QVERIFY(!composer->isVisible()); // nothing to reply to yet
    post(supportPhoneId, ana, QStringLiteral("Ana Souza"), QStringLiteral("Can I reply?"));
    QTRY_COMPARE(conversations()->rowCount(), 1);
    select(find<QListView>(QStringLiteral("conversationListView")), 0);
    QVERIFY(composer->isVisible());
    auto* status = find<QLabel>(QStringLiteral("replyStatusLabel"));
    // The channel has no access token: the composer says so, and nothing can be sent.
    QTRY_COMPARE(
        status->text(),
        QStringLiteral("This channel cannot send: it is disabled or its access token is not available."));
    QVERIFY(status->isVisible());
    QVERIFY(!find<QPushButton>(QStringLiteral("sendReplyButton"))->isEnabled());
}

void TestConversationLogWidget::testLinkedReplyWaitsForItsEcho()
{
    constexpr int timeout = 8000;
    const QString session = QStringLiteral("default");
    const QString channelId = QStringLiteral("phone-bot");
    m_waha = std::make_unique<FakeWahaServer>();
    QVERIFY(m_waha->start());
    m_waha->addSession(session, QStringLiteral("WORKING"), true);
    ChannelDraft draft;
    draft.channel.id = channelId;
    draft.channel.name = QStringLiteral("Phone Bot");
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(LinkedFields::gateway(), LinkedFields::waha());
    draft.channel.fields.insert(LinkedFields::baseUrl(), m_waha->baseUrl().toString());
    draft.channel.fields.insert(LinkedFields::session(), session);
    draft.secrets.insert(LinkedFields::apiKey(), FakeWahaServer::apiKey());
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->linkStatus(channelId).state, LinkState::Connected, timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_waha->webSocketClientCount(), 1, timeout);
    m_waha->pushInbound(session, QStringLiteral("15557654321@s.whatsapp.net"),
                        QStringLiteral("Is the shop open?"));
    QTRY_COMPARE_WITH_TIMEOUT(conversations()->rowCount(), 1, timeout);
    select(find<QListView>(QStringLiteral("conversationListView")), 0);
    QTRY_COMPARE(messages()->rowCount(), 1);

    auto* text = find<QPlainTextEdit>(QStringLiteral("replyTextEdit"));
    auto* send = find<QPushButton>(QStringLiteral("sendReplyButton"));
    auto* status = find<QLabel>(QStringLiteral("replyStatusLabel"));
    QTRY_VERIFY(text->isEnabled());
    QVERIFY(!send->isEnabled());
    QTest::keyClicks(text, QStringLiteral("Yes, until 6 pm."));
    QVERIFY(send->isEnabled());
    // Without its echo the gateway's word is all there is: the composer says it is waiting.
    m_waha->setEchoSends(false);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(status->text(), QStringLiteral("Sending…"));
    QVERIFY(!send->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                              QStringLiteral("Sent — waiting for the gateway to report it back…"), timeout);
    QVERIFY(text->toPlainText().isEmpty());
    QCOMPARE(messages()->rowCount(), 1);

    // With its echo the reply lands in the log, and only then counts as sent.
    m_waha->setEchoSends(true);
    QTest::keyClicks(text, QStringLiteral("See you."));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(status->text(), QStringLiteral("Sending…"));
    QTRY_COMPARE_WITH_TIMEOUT(m_waha->lastSendRequest().value(QStringLiteral("text")).toString(),
                              QStringLiteral("See you."), timeout);
    QCOMPARE(m_waha->lastSendRequest().value(QStringLiteral("chatId")).toString(),
             QStringLiteral("15557654321@c.us"));
    QTRY_COMPARE_WITH_TIMEOUT(messages()->rowCount(), 2, timeout);
    const QModelIndex sent = messages()->index(1, 0);
    QCOMPARE(sent.data(MessageListModel::TextRole).toString(), QStringLiteral("See you."));
    QVERIFY(sent.data(MessageListModel::OutboundRole).toBool());
    QCOMPARE(sent.data(MessageListModel::ExternalIdRole).toString(), m_waha->lastSentMessageId());
    QTRY_COMPARE(status->text(), QStringLiteral("Sent."));
    QVERIFY(text->toPlainText().isEmpty());

    // The phone is unlinked: the text stays, and nothing can be sent until it is linked again.
    QTest::keyClicks(text, QStringLiteral("Anything else?"));
    m_waha->dropLink(session);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("The number is not linked right now")),
                             timeout);
    QVERIFY(!send->isEnabled());
    QCOMPARE(text->toPlainText(), QStringLiteral("Anything else?"));
}

QTEST_MAIN(TestConversationLogWidget)
#include "TestConversationLogWidget.moc"
