// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"
#include "ConversationLogWidget.h"
#include "MessageListModel.h"
#include "ReplyComposerWidget.h"

#include "channels/WeComFields.h"
#include "desk/LocalDesk.h"
#include "util/DataDirectory.h"
#include "wecom/WeComCallbackParser.h"

#include "FakeSecretStore.h"
#include "FakeWeComApi.h"
#include "JournaledBuilder.h"
#include "TestEnvironment.h"
#include "WeComCallbackSigner.h"

#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString channelId = QStringLiteral("hr-desk");

} // namespace

//! A WeCom app's conversations in the log: members' user ids as they are, events as system lines,
//! the allowlist in the list, the header and the composer, and a reply reaching WeCom's API
//! (FakeWeComApi).
class TestWeComConversation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testEventsAreSystemLinesAndReplyReachesWeCom();
    void testMemberOutsideTheAllowlistCannotBeAnswered();
    void testEventTexts();

private:
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_widget->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    void callback(const QByteArray& xml);
    QModelIndex conversationOf(const QString& peer) const;
    void open(const QString& peer);

    FakeWeComApi m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<ConversationLogWidget> m_widget;
    qint64 m_time = 0;
};

void TestWeComConversation::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_api.start());
}

void TestWeComConversation::init()
{
    m_api.reset();
    m_time = QDateTime::currentSecsSinceEpoch() - 600;
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<FakeSecretStore>();
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    options.receiver = false;
    m_desk = std::make_unique<LocalDesk>(m_dir->path(), options);
    m_desk->setHealthChecksActive(false);
    auto loaded = m_desk->loadChannels();
    QTRY_VERIFY(loaded.isFinished());
    QVERIFY(loaded.result().ok());
    const FakeWeComApi::App app = FakeWeComApi::defaultApp();
    ChannelDraft draft;
    draft.channel.id = channelId;
    draft.channel.name = QStringLiteral("HR desk");
    draft.channel.kind = ChannelKinds::weCom();
    draft.channel.fields.insert(WeComFields::corpId(), app.corpId);
    draft.channel.fields.insert(WeComFields::agentId(), QString::number(app.agentId));
    draft.channel.fields.insert(WeComFields::publicBaseUrl(), QStringLiteral("https://desk.example.com"));
    draft.channel.fields.insert(WeComFields::apiBaseUrl(), m_api.baseUrl().toString());
    // "10086" is all digits, like a phone number; it is a user id all the same.
    draft.channel.fields.insert(WeComFields::allowedUsers(), QStringLiteral("zhangsan,10086"));
    draft.secrets.insert(WeComFields::corpSecret(), app.secret);
    draft.secrets.insert(WeComFields::token(), QStringLiteral("Tok3nOfTheHrDesk"));
    draft.secrets.insert(WeComFields::encodingAesKey(),
                         QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"));
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().error().message));

    m_widget = std::make_unique<ConversationLogWidget>(m_desk.get());
    m_widget->resize(1000, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestWeComConversation::cleanup()
{
    m_widget.reset();
    m_desk.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestWeComConversation::callback(const QByteArray& xml)
{
    const auto message = WeComCallbackParser::parseMessage(xml);
    QVERIFY(message.ok());
    WebhookBatch batch;
    batch.messages.append(WeComCallbackParser::toInbound(message.value()));
    const auto committed = JournaledBuilder::commit(
        DataDirectory::databasePath(m_dir->path()),
        {Delivery{channelId, QDateTime::currentDateTimeUtc(), xml, batch, 0, false}});
    QVERIFY2(committed.ok(), qPrintable(committed.error().message));
    emit m_desk->conversationsChanged(); // as the receiver's commits announce themselves
}

QModelIndex TestWeComConversation::conversationOf(const QString& peer) const
{
    QAbstractItemModel* model = find<QListView>(QStringLiteral("conversationListView"))->model();
    const QModelIndexList found
        = model->match(model->index(0, 0), ConversationListModel::PeerRole, peer, 1, Qt::MatchExactly);
    return found.value(0);
}

void TestWeComConversation::open(const QString& peer)
{
    QTRY_VERIFY(conversationOf(peer).isValid());
    auto* list = find<QListView>(QStringLiteral("conversationListView"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(conversationOf(peer)).center());
    QTRY_VERIFY(find<QLabel>(QStringLiteral("conversationTitleLabel"))->text() == peer);
}

void TestWeComConversation::testEventsAreSystemLinesAndReplyReachesWeCom()
{
    const QByteArray corp = FakeWeComApi::defaultApp().corpId.toUtf8();
    callback(WeComCallbackSigner::eventXml(corp, "zhangsan", ++m_time, "enter_agent"));
    callback(WeComCallbackSigner::eventXml(corp, "zhangsan", ++m_time, "click", "MENU_LEAVE"));
    callback(WeComCallbackSigner::textXml(corp, "zhangsan", ++m_time, "我想请假", "20001"));
    open(QStringLiteral("zhangsan"));
    const QModelIndex row = conversationOf(QStringLiteral("zhangsan"));
    QVERIFY(!row.data(ConversationListModel::NotAllowedRole).toBool());
    QCOMPARE(row.data(ConversationListModel::WindowTextRole).toString(), QString()); // no 24 h window
    const QString details = find<QLabel>(QStringLiteral("conversationDetailsLabel"))->text();
    QCOMPARE(details, QStringLiteral("HR desk"));

    QAbstractItemModel* messages = find<QListView>(QStringLiteral("messageListView"))->model();
    QTRY_COMPARE(messages->rowCount(), 3);
    QCOMPARE(messages->index(0, 0).data(MessageListModel::TypeRole).toString(), QStringLiteral("event"));
    QCOMPARE(messages->index(0, 0).data(MessageListModel::TextRole).toString(),
             QStringLiteral("opened the app"));
    QCOMPARE(messages->index(0, 0).data(MessageListModel::TypeLabelRole).toString(), QString());
    QCOMPARE(messages->index(1, 0).data(MessageListModel::TextRole).toString(),
             QStringLiteral("tapped menu item MENU_LEAVE"));
    QCOMPARE(messages->index(2, 0).data(MessageListModel::TextRole).toString(), QStringLiteral("我想请假"));

    // Text only, like a linked device: no window, templates or attachments.
    for (const char* hidden : {"windowLabel", "templateModeButton", "attachButton"})
        QVERIFY2(!find<QWidget>(QString::fromLatin1(hidden))->isVisible(), hidden);
    auto* text = find<QPlainTextEdit>(QStringLiteral("replyTextEdit"));
    auto* send = find<QPushButton>(QStringLiteral("sendReplyButton"));
    QVERIFY(text->isEnabled());
    text->setFocus();
    text->insertPlainText(QStringLiteral("好的，已批准")); // keyClicks takes Latin-1 only
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(m_api.delivered().size(), 1);
    QCOMPARE(m_api.delivered().first().touser, QStringLiteral("zhangsan"));
    QCOMPARE(m_api.delivered().first().content, QStringLiteral("好的，已批准"));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("replyStatusLabel"))->text(), QStringLiteral("Sent to WeCom."));
    QVERIFY(text->toPlainText().isEmpty());
}

void TestWeComConversation::testMemberOutsideTheAllowlistCannotBeAnswered()
{
    const QByteArray corp = FakeWeComApi::defaultApp().corpId.toUtf8();
    callback(WeComCallbackSigner::textXml(corp, "10086", ++m_time, "在吗", "30001"));
    callback(WeComCallbackSigner::textXml(corp, "wangwu", ++m_time, "你好", "30002"));
    QTRY_VERIFY(conversationOf(QStringLiteral("wangwu")).isValid());
    QVERIFY(conversationOf(QStringLiteral("wangwu")).data(ConversationListModel::NotAllowedRole).toBool());
    QVERIFY(conversationOf(QStringLiteral("wangwu"))
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QLatin1String("not allowed")));
    // A user id of digits is no phone number: no "+".
    QCOMPARE(conversationOf(QStringLiteral("10086")).data(Qt::DisplayRole).toString(),
             QStringLiteral("10086"));
    QVERIFY(!conversationOf(QStringLiteral("10086")).data(ConversationListModel::NotAllowedRole).toBool());

    open(QStringLiteral("wangwu"));
    QCOMPARE(find<QLabel>(QStringLiteral("conversationDetailsLabel"))->text(),
             QStringLiteral("HR desk · not allowed"));
    auto* text = find<QPlainTextEdit>(QStringLiteral("replyTextEdit"));
    QTRY_VERIFY(!text->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("sendReplyButton"))->isEnabled());
    QCOMPARE(
        find<QLabel>(QStringLiteral("replyStatusLabel"))->text(),
        QStringLiteral("wangwu is not on the allowlist of HR desk; add them to the channel's allowed users "
                       "to answer."));

    // Added to the allowlist, the member can be answered at once.
    auto channel = *m_desk->channel(channelId);
    channel.fields.insert(WeComFields::allowedUsers(), QStringLiteral("zhangsan,10086,wangwu"));
    auto saved = m_desk->saveChannels({ChannelDraft{channel, {}}});
    QTRY_VERIFY(text->isEnabled());
    QTRY_VERIFY(
        !conversationOf(QStringLiteral("wangwu")).data(ConversationListModel::NotAllowedRole).toBool());
    QCOMPARE(find<QLabel>(QStringLiteral("conversationDetailsLabel"))->text(), QStringLiteral("HR desk"));
}

void TestWeComConversation::testEventTexts()
{
    QCOMPARE(MessageListModel::eventText(QStringLiteral("subscribe"), {}),
             QStringLiteral("added to the app's members"));
    QCOMPARE(MessageListModel::eventText(QStringLiteral("unsubscribe"), {}),
             QStringLiteral("removed from the app's members"));
    QCOMPARE(MessageListModel::eventText(QStringLiteral("view"), QStringLiteral("https://hr.example.com")),
             QStringLiteral("opened menu link https://hr.example.com"));
    QCOMPARE(MessageListModel::eventText(QStringLiteral("batch_job_result"), {}),
             QStringLiteral("event: batch_job_result"));
}

QTEST_MAIN(TestWeComConversation)
#include "TestWeComConversation.moc"
