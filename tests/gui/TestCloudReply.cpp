// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationLogWidget.h"
#include "MessageBox.h"
#include "MessageListModel.h"
#include "ReplyComposerWidget.h"
#include "TestMessageDialog.h"

#include "channels/CloudApiFields.h"
#include "desk/LocalDesk.h"
#include "store/MessageStore.h"
#include "store/OutboundStore.h"
#include "util/Clock.h"
#include "util/DataDirectory.h"
#include "util/OperatorName.h"
#include "webhook/WebhookPayloadParser.h"

#include "FakeGraphApiServer.h"
#include "JournaledBuilder.h"
#include "LocalDeskFixture.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace ChannelDesk;

namespace {

const QString ana = QStringLiteral("15557654321");

} // namespace

//! Replying through the Cloud API from the conversation log: Markdown, the window countdown, the
//! switch to template mode when the window closes, and what reaches Meta (a local Graph server).
class TestCloudReply : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testTextInsideTheWindowThenTemplateAfterItCloses();
    void testOptedOutCustomerCannotBeMessaged();
    void testReactionTypingAndAttachmentDownload();
    void testSendTestMessageFollowsEachHop();

private:
    void inbound(const QString& text, const QDateTime& at);
    void openConversation();
    //! What was POSTed to /messages, without the read receipts.
    QList<QJsonObject> sentMessages() const
    {
        QList<QJsonObject> sent;
        for (const QJsonObject& body : m_graph.messageBodies()) {
            if (body.contains(QLatin1String("to")))
                sent.append(body);
        }
        return sent;
    }
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_widget->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    FakeGraphApiServer m_graph;
    std::unique_ptr<QTemporaryDir> m_dir;
    LocalDeskFixture m_desk;
    std::unique_ptr<ConversationLogWidget> m_widget;
    std::unique_ptr<ManualClock> m_clock;
    QString m_path;
    int m_inbound = 0;
};

void TestCloudReply::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_graph.start());
}

void TestCloudReply::init()
{
    m_graph.reset();
    m_inbound = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = DataDirectory::databasePath(m_dir->path());
    QVERIFY2(m_desk.open(m_dir->path()), qPrintable(m_desk.errorString()));
    QVERIFY2(m_desk.addCloudChannel(m_graph), qPrintable(m_desk.errorString()));

    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    m_widget = std::make_unique<ConversationLogWidget>(m_desk.get());
    find<ReplyComposerWidget>(QStringLiteral("replyComposerWidget"))->setClock(m_clock.get());
    m_widget->resize(1000, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QTRY_VERIFY(m_desk->canSend(QStringLiteral("support")));
}

void TestCloudReply::cleanup()
{
    m_widget.reset();
    m_desk.reset();
}

void TestCloudReply::inbound(const QString& text, const QDateTime& at)
{
    ++m_inbound;
    const QByteArray body = WebhookClient::textMessage(FakeGraphApiServer::phoneNumberId(),
                                                       QStringLiteral("wamid.IN.%1").arg(m_inbound), ana,
                                                       QStringLiteral("Ana Souza"), text, at);
    JournaledBuilder store(m_path);
    QVERIFY(store
                .commit({Delivery{QStringLiteral("support"), QDateTime::currentDateTimeUtc(), body,
                                  WebhookPayloadParser::parse(body).value()}})
                .ok());
    emit m_desk->conversationsChanged(); // as the receiver's commits announce themselves
}

void TestCloudReply::openConversation()
{
    auto* list = find<QListView>(QStringLiteral("conversationListView"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    const QModelIndex index = list->model()->index(0, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
}

void TestCloudReply::testTextInsideTheWindowThenTemplateAfterItCloses()
{
    // Ana wrote 23 h 57 min ago: three minutes of the window are left.
    inbound(QStringLiteral("Is my order on its way?"), m_clock->now().addSecs(-(24 * 3600 - 180)));
    openConversation();
    auto* window = find<QLabel>(QStringLiteral("windowLabel"));
    QTRY_VERIFY2(window->text().startsWith(QLatin1String("24-hour window open: 0 h 03 min left")),
                 qPrintable(window->text()));
    auto* templateMode = find<QToolButton>(QStringLiteral("templateModeButton"));
    QVERIFY(!templateMode->isChecked());
    QVERIFY(templateMode->isEnabled());

    // Markdown becomes WhatsApp markup; the counter counts what will be sent.
    auto* text = find<QPlainTextEdit>(QStringLiteral("replyTextEdit"));
    auto* send = find<QPushButton>(QStringLiteral("sendReplyButton"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("**Yes**, it ships ~~today~~ tomorrow"));
    QCOMPARE(find<QLabel>(QStringLiteral("replyCounterLabel"))->text(), QStringLiteral("32 / 4096"));
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(sentMessages().size(), 1);
    QCOMPARE(sentMessages()
                 .first()
                 .value(QLatin1String("text"))
                 .toObject()
                 .value(QLatin1String("body"))
                 .toString(),
             QStringLiteral("*Yes*, it ships ~today~ tomorrow"));
    QTRY_VERIFY(text->toPlainText().isEmpty()); // once the queue said it took the reply
    auto* status = find<QLabel>(QStringLiteral("replyStatusLabel"));
    QTRY_COMPARE(status->text(), QStringLiteral("Accepted by WhatsApp."));
    // The reply is in the conversation, with Meta's id.
    QAbstractItemModel* messages = find<QListView>(QStringLiteral("messageListView"))->model();
    QTRY_COMPARE(messages->rowCount(), 2);
    QTRY_VERIFY(messages->index(1, 0)
                    .data(MessageListModel::ExternalIdRole)
                    .toString()
                    .startsWith(QLatin1String("wamid.FAKE")));
    // Labelled with the operator who sent it; Ana's message is not.
    QCOMPARE(messages->index(1, 0).data(MessageListModel::SentByTextRole).toString(),
             QStringLiteral("sent by ") + OperatorName::current());
    QVERIFY(messages->index(0, 0).data(MessageListModel::SentByTextRole).toString().isEmpty());

    // Four minutes later the window has closed: only templates, listed from the business account.
    m_clock->advance(4 * 60 * 1000);
    find<ReplyComposerWidget>(QStringLiteral("replyComposerWidget"))->refreshConversationState();
    QTRY_VERIFY2(window->text().startsWith(QLatin1String("24-hour window closed")),
                 qPrintable(window->text()));
    QVERIFY(templateMode->isChecked());
    QVERIFY(!templateMode->isEnabled());
    QCOMPARE(find<QStackedWidget>(QStringLiteral("modeStack"))->currentWidget()->objectName(),
             QStringLiteral("templatePicker"));
    auto* templates = find<QComboBox>(QStringLiteral("templateCombo"));
    QTRY_COMPARE(templates->count(), 4); // the approved ones only
    QVERIFY(!send->isEnabled());
    templates->setCurrentIndex(templates->findText(QStringLiteral("order_shipped (en_US)")));
    QCOMPARE(find<QLineEdit>(QStringLiteral("languageEdit"))->text(), QStringLiteral("en_US"));
    const QList<QLineEdit*> parameters
        = find<QWidget>(QStringLiteral("parametersBox"))->findChildren<QLineEdit*>();
    QCOMPARE(parameters.size(), 2);
    parameters.at(0)->setText(QStringLiteral("Ana"));
    QVERIFY(!send->isEnabled()); // the second parameter is still empty
    parameters.at(1)->setText(QStringLiteral("4512"));
    QCOMPARE(find<QLabel>(QStringLiteral("bodyPreviewLabel"))->text(),
             QStringLiteral("Hi Ana, your order 4512 has shipped. Track it with 4512."));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(sentMessages().size(), 2);
    const QJsonObject sent = sentMessages().last().value(QLatin1String("template")).toObject();
    QCOMPARE(sent.value(QLatin1String("name")).toString(), QStringLiteral("order_shipped"));
    QCOMPARE(sent.value(QLatin1String("components"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("parameters"))
                 .toArray()
                 .size(),
             2);
}

void TestCloudReply::testOptedOutCustomerCannotBeMessaged()
{
    inbound(QStringLiteral("Hi"), m_clock->now().addSecs(-60));
    inbound(QStringLiteral("STOP"), m_clock->now().addSecs(-30));
    openConversation();
    auto* window = find<QLabel>(QStringLiteral("windowLabel"));
    QTRY_VERIFY2(window->text().startsWith(QLatin1String("Opted out")), qPrintable(window->text()));
    auto* clear = find<QPushButton>(QStringLiteral("clearOptOutButton"));
    QVERIFY(clear->isVisible());
    QVERIFY(!find<QPushButton>(QStringLiteral("sendReplyButton"))->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY2(window->text().startsWith(QLatin1String("24-hour window open")), qPrintable(window->text()));
    QVERIFY(!clear->isVisible());
    // Only the read receipt for Ana's messages went to Meta; no message.
    const QList<QJsonObject> bodies = m_graph.messageBodies();
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(bodies.first().value(QLatin1String("status")).toString(), QStringLiteral("read"));
    QCOMPARE(bodies.first().value(QLatin1String("message_id")).toString(), QStringLiteral("wamid.IN.2"));
}

void TestCloudReply::testReactionTypingAndAttachmentDownload()
{
    const QByteArray photo = QByteArray("\xff\xd8\xff\xe0 fake jpeg ", 15).repeated(500);
    const QString mediaId = m_graph.addMedia(photo, QStringLiteral("image/jpeg"));
    const QString wamid = QStringLiteral("wamid.PHOTO");
    const QByteArray body
        = QStringLiteral(
              R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{)"
              R"("messaging_product":"whatsapp","metadata":{"phone_number_id":"%1"},"contacts":[{"profile":{"name":"Ana"},)"
              R"("wa_id":"%2"}],"messages":[{"from":"%2","id":"%3","timestamp":"%4","type":"image","image":{"id":"%5",)"
              R"("mime_type":"image/jpeg","caption":"the box arrived like this"}}]}}]}]})")
              .arg(FakeGraphApiServer::phoneNumberId(), ana, wamid,
                   QString::number(m_clock->now().addSecs(-120).toSecsSinceEpoch()), mediaId)
              .toUtf8();
    QVERIFY(JournaledBuilder::commit(m_path,
                                     {Delivery{QStringLiteral("support"), QDateTime::currentDateTimeUtc(),
                                               body, WebhookPayloadParser::parse(body).value()}})
                .ok());
    emit m_desk->conversationsChanged(); // as the receiver's commits announce themselves
    openConversation();
    auto* window = find<QLabel>(QStringLiteral("windowLabel"));
    QTRY_VERIFY2(window->text().startsWith(QLatin1String("24-hour window open")), qPrintable(window->text()));

    // Typing shows "typing…" to the customer (and marks the photo read).
    auto* text = find<QPlainTextEdit>(QStringLiteral("replyTextEdit"));
    text->setFocus();
    QTRY_VERIFY(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("Sorry"));
    const auto typingSent = [this] {
        const QList<QJsonObject> bodies = m_graph.messageBodies();
        return std::any_of(bodies.cbegin(), bodies.cend(), [](const QJsonObject& b) {
            return b.contains(QLatin1String("typing_indicator"));
        });
    };
    QTRY_VERIFY(typingSent());

    // A reaction to the photo.
    find<ReplyComposerWidget>(QStringLiteral("replyComposerWidget"))
        ->sendReaction(wamid, QStringLiteral("😢"));
    QTRY_COMPARE(sentMessages().size(), 1);
    const QJsonObject reaction = sentMessages().first().value(QLatin1String("reaction")).toObject();
    QCOMPARE(reaction.value(QLatin1String("message_id")).toString(), wamid);
    QCOMPARE(reaction.value(QLatin1String("emoji")).toString(), QStringLiteral("😢"));

    // The photo itself, downloaded in two steps with the channel's token and checked.
    QAbstractItemModel* messages = find<QListView>(QStringLiteral("messageListView"))->model();
    QTRY_VERIFY(messages->rowCount() >= 1);
    QCOMPARE(messages->index(0, 0)
                 .data(MessageListModel::MediaRole)
                 .toJsonObject()
                 .value(QLatin1String("id"))
                 .toString(),
             mediaId);
    QTemporaryDir target;
    const QString path = target.filePath(QStringLiteral("photo.jpg"));
    QSignalSpy downloaded(m_desk.get(), &Desk::mediaDownloaded);
    m_desk->downloadMedia(QStringLiteral("support"), mediaId, path);
    QVERIFY(downloaded.wait(10000));
    QCOMPARE(downloaded.first().at(2).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), photo);
}

void TestCloudReply::testSendTestMessageFollowsEachHop()
{
    auto* dialog = new TestMessageDialog(m_desk.get(), QStringLiteral("support"));
    dialog->show();
    auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("numberEdit"));
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("numberMessageLabel"));
    number->setText(QStringLiteral("0151 2345678"));
    QVERIFY(message->text().contains(QLatin1String("country code")));
    QVERIFY(!dialog->sendButton()->isEnabled());
    number->setText(QStringLiteral("+1 555-765-4321"));
    QCOMPARE(message->text(), QStringLiteral("Sends to +15557654321."));
    QTRY_VERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);

    // Meta's sample template goes out: it needs no open window.
    QTRY_COMPARE(sentMessages().size(), 1);
    QCOMPARE(sentMessages()
                 .first()
                 .value(QLatin1String("template"))
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("hello_world"));
    auto* hops = dialog->findChild<QTreeWidget*>(QStringLiteral("hopTree"));
    QTRY_COMPARE(hops->topLevelItemCount(), 2);
    QCOMPARE(hops->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("queued"));
    QCOMPARE(hops->topLevelItem(1)->data(0, Qt::UserRole).toString(), QStringLiteral("accepted"));

    // The delivery reports arrive through the webhook into the store; the dialog follows them.
    const auto recent = OutboundStore(m_path).recent(QStringLiteral("support"), 1);
    QVERIFY(recent.ok() && !recent.value().isEmpty());
    const QString wamid = recent.value().first().messageId;
    QVERIFY(wamid.startsWith(QLatin1String("wamid.")));
    QCOMPARE(recent.value().first().sentBy, OperatorName::current());
    for (const QString& status : {QStringLiteral("sent"), QStringLiteral("delivered")}) {
        const QByteArray body
            = QStringLiteral(
                  R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{)"
                  R"("messaging_product":"whatsapp","statuses":[{"id":"%1","status":"%2","timestamp":"%3","recipient_id":"%4"}]}}]}]})")
                  .arg(wamid, status, QString::number(QDateTime::currentSecsSinceEpoch()), ana)
                  .toUtf8();
        QVERIFY(JournaledBuilder::commit(m_path,
                                         {Delivery{QStringLiteral("support"), QDateTime::currentDateTimeUtc(),
                                                   body, WebhookPayloadParser::parse(body).value()}})
                    .ok());
    }
    QTRY_COMPARE_WITH_TIMEOUT(hops->topLevelItemCount(), 4, 5000);
    QCOMPARE(hops->topLevelItem(3)->data(0, Qt::UserRole).toString(), QStringLiteral("delivered"));
    QVERIFY(!hops->topLevelItem(3)->text(1).isEmpty());
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
             QStringLiteral("Delivered: the channel works end to end."));
    dialog->close();
}

QTEST_MAIN(TestCloudReply)
#include "TestCloudReply.moc"
