// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"
#include "ConversationLogWidget.h"
#include "MessageListModel.h"
#include "ReplyComposerWidget.h"

#include "channels/CloudApiFields.h"
#include "desk/LocalDesk.h"
#include "util/DataDirectory.h"
#include "webhook/WebhookPayloadParser.h"

#include "FakeGraphApiServer.h"
#include "JournaledBuilder.h"
#include "LocalDeskFixture.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace ChannelDesk;

namespace {

const QString liWei = QStringLiteral("8613800138000");
const QString body = QStringLiteral("Hi Li Wei, your order R-7781 has shipped. Track it with R-7781.");

} // namespace

//! Templates and messages without text in the conversation log under the zh_CN translation: a sent
//! template shows its rendered body under its name in Chinese words, and the conversation list
//! words the last message's kind when it shows it (the store keeps the kind and the text only).
//! Also what a template with an image header and buttons sends to Meta (a local Graph server).
class TestTemplateHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testTemplateShowsRenderedBodyInChineseWords();
    void testPreviewsWithoutTextAreWordedInChinese();
    void testHeaderAndButtonsFromTheComposer();

private:
    void deliver(const QByteArray& webhook);
    void inboundText(const QString& from, const QString& wamid);
    void inboundOfType(const QString& from, const QString& wamid, const QString& typeAndObject);
    void openConversation(const QString& peer);
    //! Once the composer knows the conversation's window, as an operator would.
    void switchToTemplates();
    QModelIndex conversationOf(const QString& peer) const;
    QList<QJsonObject> sentMessages() const
    {
        QList<QJsonObject> sent;
        for (const QJsonObject& b : m_graph.messageBodies()) {
            if (b.contains(QLatin1String("to")))
                sent.append(b);
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
    QAbstractItemModel* conversations() const
    {
        return find<QListView>(QStringLiteral("conversationListView"))->model();
    }
    QAbstractItemModel* messages() const
    {
        return find<QListView>(QStringLiteral("messageListView"))->model();
    }

    QTranslator m_translator;
    FakeGraphApiServer m_graph;
    std::unique_ptr<QTemporaryDir> m_dir;
    LocalDeskFixture m_desk;
    std::unique_ptr<ConversationLogWidget> m_widget;
    QString m_path;
};

void TestTemplateHistory::initTestCase()
{
    TestEnvironment::init();
    // The translation the application embeds, as lrelease built it from translations/.
    QVERIFY(m_translator.load(QStringLiteral(CHANNELDESK_QM_DIR "/channeldesk_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QVERIFY(m_graph.start());
}

void TestTemplateHistory::init()
{
    m_graph.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = DataDirectory::databasePath(m_dir->path());
    QVERIFY2(m_desk.open(m_dir->path()), qPrintable(m_desk.errorString()));
    QVERIFY2(m_desk.addCloudChannel(m_graph), qPrintable(m_desk.errorString()));
    m_widget = std::make_unique<ConversationLogWidget>(m_desk.get());
    m_widget->resize(1000, 700);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    QTRY_VERIFY(m_desk->canSend(QStringLiteral("support")));
}

void TestTemplateHistory::cleanup()
{
    m_widget.reset();
    m_desk.reset();
}

void TestTemplateHistory::deliver(const QByteArray& webhook)
{
    QVERIFY(JournaledBuilder::commit(m_path,
                                     {Delivery{QStringLiteral("support"), QDateTime::currentDateTimeUtc(),
                                               webhook, WebhookPayloadParser::parse(webhook).value()}})
                .ok());
    emit m_desk->conversationsChanged(); // as the receiver's commits announce themselves
}

void TestTemplateHistory::inboundText(const QString& from, const QString& wamid)
{
    deliver(WebhookClient::textMessage(FakeGraphApiServer::phoneNumberId(), wamid, from,
                                       QStringLiteral("Li Wei"), QStringLiteral("你好"),
                                       QDateTime::currentDateTimeUtc().addSecs(-60)));
}

void TestTemplateHistory::inboundOfType(const QString& from, const QString& wamid,
                                        const QString& typeAndObject)
{
    deliver(
        QString::fromUtf8(
            R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{)"
            R"("messaging_product":"whatsapp","metadata":{"phone_number_id":"%1"},"contacts":[{"profile":{"name":"Zhang"},)"
            R"("wa_id":"%2"}],"messages":[{"from":"%2","id":"%3","timestamp":"%4",%5}]}}]}]})")
            .arg(FakeGraphApiServer::phoneNumberId(), from, wamid,
                 QString::number(QDateTime::currentSecsSinceEpoch() - 30), typeAndObject)
            .toUtf8());
}

QModelIndex TestTemplateHistory::conversationOf(const QString& peer) const
{
    for (int row = 0; row < conversations()->rowCount(); ++row) {
        const QModelIndex index = conversations()->index(row, 0);
        if (index.data(ConversationListModel::PeerRole).toString() == peer)
            return index;
    }
    return {};
}

void TestTemplateHistory::openConversation(const QString& peer)
{
    auto* list = find<QListView>(QStringLiteral("conversationListView"));
    QTRY_VERIFY(conversationOf(peer).isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(conversationOf(peer)).center());
}

void TestTemplateHistory::switchToTemplates()
{
    auto* mode = find<QToolButton>(QStringLiteral("templateModeButton"));
    // The window label is empty until the composer knows the conversation's 24 h window.
    QTRY_VERIFY(!find<QLabel>(QStringLiteral("windowLabel"))->text().isEmpty());
    QVERIFY(mode->isEnabled());
    QTest::mouseClick(mode, Qt::LeftButton);
    QTRY_VERIFY(mode->isChecked());
}

void TestTemplateHistory::testTemplateShowsRenderedBodyInChineseWords()
{
    inboundText(liWei, QStringLiteral("wamid.IN.1"));
    openConversation(liWei);
    switchToTemplates();
    auto* templates = find<QComboBox>(QStringLiteral("templateCombo"));
    QTRY_COMPARE(templates->count(), 4);
    templates->setCurrentIndex(templates->findText(QStringLiteral("order_shipped (en_US)")));
    const QList<QLineEdit*> parameters
        = find<QWidget>(QStringLiteral("parametersBox"))->findChildren<QLineEdit*>();
    QCOMPARE(parameters.size(), 2);
    parameters.at(0)->setText(QStringLiteral("Li Wei"));
    parameters.at(1)->setText(QStringLiteral("R-7781"));
    auto* send = find<QPushButton>(QStringLiteral("sendReplyButton"));
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(sentMessages().size(), 1);

    // The history: the template's name in Chinese words and the body as Li Wei sees it, not
    // "[template] order_shipped: Li Wei, R-7781".
    QTRY_COMPARE(messages()->rowCount(), 2);
    QTRY_COMPARE(messages()->index(1, 0).data(Qt::DisplayRole).toString(),
                 QStringLiteral("[模板：order_shipped] ") + body);
    QCOMPARE(messages()->index(1, 0).data(MessageListModel::TextRole).toString(), body);
    // The list: its preview in the same words.
    QTRY_COMPARE(conversationOf(liWei).data(ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("模板：") + body);
}

void TestTemplateHistory::testPreviewsWithoutTextAreWordedInChinese()
{
    inboundOfType(QStringLiteral("8613900139000"), QStringLiteral("wamid.IN.U"),
                  QString::fromUtf8(R"("type":"unsupported","unsupported":{"type":"edit"})"));
    inboundOfType(QStringLiteral("8613700137000"), QStringLiteral("wamid.IN.P"),
                  QString::fromUtf8(R"("type":"image","image":{"id":"555","mime_type":"image/jpeg"})"));
    QTRY_COMPARE(
        conversationOf(QStringLiteral("8613900139000")).data(ConversationListModel::PreviewRole).toString(),
        QStringLiteral("[不支持的消息]"));
    QTRY_COMPARE(
        conversationOf(QStringLiteral("8613700137000")).data(ConversationListModel::PreviewRole).toString(),
        QStringLiteral("📷 照片"));
    // What the store keeps is the kind and the (empty) text, in no language.
    auto page = m_desk->conversations({}, 10, std::nullopt);
    QTRY_VERIFY(page.isFinished());
    const Result<QList<ConversationRow>> rows = page.result();
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 2);
    for (const ConversationRow& row : rows.value())
        QVERIFY2(row.lastPreview.isEmpty(), qPrintable(row.lastPreview));
}

void TestTemplateHistory::testHeaderAndButtonsFromTheComposer()
{
    m_graph.setTemplates(QJsonArray{
        QJsonDocument::fromJson(
            R"({"name":"delivery_photo","language":"zh_CN","status":"APPROVED","category":"UTILITY","id":"77",)"
            R"("components":[{"type":"HEADER","format":"IMAGE"},{"type":"BODY","text":"{{1}}，您的包裹已送达。"},)"
            R"({"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"不是我的"},)"
            R"({"type":"URL","text":"查看","url":"https://example.com/t/{{1}}"}]}]})")
            .object()});
    inboundText(liWei, QStringLiteral("wamid.IN.2"));
    openConversation(liWei);
    switchToTemplates();
    auto* templates = find<QComboBox>(QStringLiteral("templateCombo"));
    QTRY_COMPARE(templates->count(), 1);
    templates->setCurrentIndex(0);
    auto* send = find<QPushButton>(QStringLiteral("sendReplyButton"));
    auto* link = find<QLineEdit>(QStringLiteral("headerLinkEdit"));
    auto* payload = find<QLineEdit>(QStringLiteral("buttonEdit0"));
    auto* suffix = find<QLineEdit>(QStringLiteral("buttonEdit1"));
    const QList<QLineEdit*> all = find<QWidget>(QStringLiteral("parametersBox"))->findChildren<QLineEdit*>();
    QCOMPARE(all.size(), 4); // header, one body parameter, two buttons
    QLineEdit* name = nullptr;
    for (QLineEdit* edit : all) {
        if (edit != link && edit != payload && edit != suffix)
            name = edit;
    }
    QVERIFY(name);
    name->setText(QStringLiteral("李伟"));
    payload->setText(QStringLiteral("NOT_MINE_R-7781"));
    suffix->setText(QStringLiteral("R-7781"));
    // A link Meta cannot download from is refused before sending, with the reason.
    link->setText(QStringLiteral("file:///tmp/box.jpg"));
    auto* problem = find<QLabel>(QStringLiteral("templateProblemLabel"));
    // In the window's language (zh_CN here).
    QTRY_VERIFY2(
        problem->text().contains(QStringLiteral("“file:///tmp/box.jpg”不是 Meta 可以下载的 http(s) 地址")),
        qPrintable(problem->text()));
    QVERIFY(!send->isEnabled());
    link->setText(QStringLiteral("https://cdn.example.com/box.jpg"));
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(sentMessages().size(), 1);
    const QJsonArray components = sentMessages()
                                      .first()
                                      .value(QLatin1String("template"))
                                      .toObject()
                                      .value(QLatin1String("components"))
                                      .toArray();
    // Raw strings stay out of the test macros: moc's preprocessor does not know them.
    const QJsonObject header
        = QJsonDocument::fromJson(
              R"({"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example.com/box.jpg"}}]})")
              .object();
    const QJsonObject quickReply
        = QJsonDocument::fromJson(
              R"({"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"NOT_MINE_R-7781"}]})")
              .object();
    const QJsonObject url
        = QJsonDocument::fromJson(
              R"({"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"R-7781"}]})")
              .object();
    QCOMPARE(components.size(), 4);
    QCOMPARE(components.at(0).toObject(), header);
    QCOMPARE(components.at(2).toObject(), quickReply);
    QCOMPARE(components.at(3).toObject(), url);
    QTRY_COMPARE(messages()->rowCount(), 2);
    QTRY_COMPARE(messages()->index(1, 0).data(MessageListModel::TextRole).toString(),
                 QStringLiteral("李伟，您的包裹已送达。"));
}

QTEST_MAIN(TestTemplateHistory)
#include "TestTemplateHistory.moc"
