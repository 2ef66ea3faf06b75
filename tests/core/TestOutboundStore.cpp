// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConversationReader.h"
#include "store/Database.h"
#include "store/MessageStore.h"
#include "store/OutboundStore.h"
#include "util/DataDirectory.h"
#include "webhook/DeliveryProjection.h"
#include "webhook/WebhookPayloadParser.h"
#include "JournaledBuilder.h"
#include "SearchIndexProbe.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

const QString channel = QStringLiteral("support");
const QString peer = QStringLiteral("15557654321");

QJsonObject envelope(const QString& key, const QJsonObject& item)
{
    QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                      {QStringLiteral("metadata"),
                       QJsonObject{{QStringLiteral("phone_number_id"), QStringLiteral("200000000000002")}}},
                      {key, QJsonArray{item}}};
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                         {QStringLiteral("changes"),
                          QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                                 {QStringLiteral("field"), QStringLiteral("messages")}}}}}}}};
}

QString seconds(const QDateTime& at)
{
    return QString::number(at.toSecsSinceEpoch());
}

} // namespace

//! Sends in the store: the queue's rows, the conversation they show in, their statuses, the 24 h
//! window, opt-outs, and how a template and the list's previews are kept (structure, not words).
class TestOutboundStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void testEnqueueShowsTheSendInTheConversation();
    void testSentByFollowsTheSendIntoTheLog();
    void testLinkedSendIsLabelledWhicheverComesFirst();
    void testOnlyOneProcessClaimsASend();
    void testStatusThatBeatTheApiResponseIsApplied();
    void testFailedStatusWebhookFailsTheItem();
    void testWindowFollowsInboundMessagesAnd131047();
    void testStopOptsOutAndOperatorClearsIt();
    void testInterruptedSendsBecomeUnknown();
    void testSendsThatCountAgainstLimits();
    void testSearchIndexSharedWithADeferringReceiver();
    void testTemplateIsStoredAsStructure();
    void testOldPreviewsBecomeTheMessagesText();

private:
    int searchMatches(const QString& word) { return SearchIndexProbe::matches(m_path, word); }
    void deliver(const QJsonObject& payload);
    void inbound(const QString& id, const QString& text, const QDateTime& at);
    void status(const QString& id, const QString& state, const QDateTime& at, const QJsonArray& errors = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JournaledBuilder> m_messages;
    std::unique_ptr<OutboundStore> m_store;
    QString m_path;
    QDateTime m_now;
};

void TestOutboundStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = DataDirectory::databasePath(m_dir->path());
    m_messages = std::make_unique<JournaledBuilder>(m_path);
    m_store = std::make_unique<OutboundStore>(m_path);
    m_now = QDateTime::currentDateTimeUtc().addSecs(-60);
}

void TestOutboundStore::deliver(const QJsonObject& payload)
{
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const auto parsed = WebhookPayloadParser::parse(body);
    QVERIFY(parsed.ok());
    QVERIFY(
        m_messages->commit({Delivery{channel, QDateTime::currentDateTimeUtc(), body, parsed.value()}}).ok());
}

void TestOutboundStore::inbound(const QString& id, const QString& text, const QDateTime& at)
{
    deliver(envelope(QStringLiteral("messages"),
                     QJsonObject{{QStringLiteral("from"), peer},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("timestamp"), seconds(at)},
                                 {QStringLiteral("type"), QStringLiteral("text")},
                                 {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}}));
}

void TestOutboundStore::status(const QString& id, const QString& state, const QDateTime& at,
                               const QJsonArray& errors)
{
    QJsonObject item{{QStringLiteral("id"), id},
                     {QStringLiteral("status"), state},
                     {QStringLiteral("timestamp"), seconds(at)},
                     {QStringLiteral("recipient_id"), peer}};
    if (!errors.isEmpty())
        item.insert(QStringLiteral("errors"), errors);
    deliver(envelope(QStringLiteral("statuses"), item));
}

void TestOutboundStore::testEnqueueShowsTheSendInTheConversation()
{
    OutboundContent content;
    content.text = QStringLiteral("Your parcel left the warehouse");
    const auto item = m_store->enqueue(channel, peer, content, QStringLiteral("gui"), m_now);
    QVERIFY(item.ok());
    QCOMPARE(item.value().state, QStringLiteral("queued"));
    QCOMPARE(item.value().messageId, QStringLiteral("local-%1").arg(item.value().id));

    const auto log = ConversationReader(m_path).log(LogQuery{channel, peer, 0});
    QVERIFY(log.ok());
    QCOMPARE(log.value().size(), 1);
    QCOMPARE(log.value().first().direction, QStringLiteral("out"));
    QCOMPARE(log.value().first().status, QStringLiteral("queued"));
    QCOMPARE(log.value().first().text, content.text);

    QSqlQuery search(Database::open(m_path).value());
    QVERIFY(search.exec(
        QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'warehouse'")));
    QVERIFY(search.next());
    QCOMPARE(search.value(0).toInt(), 1);

    const auto stored = m_store->item(item.value().id);
    QVERIFY(stored.ok() && stored.value());
    QCOMPARE(stored.value()->content.text, content.text);
}

void TestOutboundStore::testSentByFollowsTheSendIntoTheLog()
{
    inbound(QStringLiteral("wamid.in1"), QStringLiteral("Where is my parcel?"), m_now.addSecs(-10));
    OutboundContent content;
    content.text = QStringLiteral("On its way");
    const auto item = m_store->enqueue(channel, peer, content, QStringLiteral("api"), m_now,
                                       QStringLiteral("dispatch-bot"));
    QVERIFY(item.ok());
    QCOMPARE(item.value().sentBy, QStringLiteral("dispatch-bot"));
    const auto stored = m_store->item(item.value().id);
    QVERIFY(stored.ok() && stored.value());
    QCOMPARE(stored.value()->sentBy, QStringLiteral("dispatch-bot"));
    // Another send from the window, to tell the rows apart.
    const auto other = m_store->enqueue(channel, peer, content, QStringLiteral("gui"), m_now.addSecs(1),
                                        QStringLiteral("alice"));
    QVERIFY(other.ok());

    const ConversationReader reader(m_path);
    const auto sentBy = [&] {
        QStringList names;
        const auto log = reader.log(LogQuery{channel, peer, 0});
        for (const LogEntry& e : log.value())
            names.append(e.sentBy);
        return names;
    };
    // Queued (wamid still local), then accepted under Meta's wamid: the label stays.
    QCOMPARE(sentBy(), (QStringList{QString(), QStringLiteral("dispatch-bot"), QStringLiteral("alice")}));
    QVERIFY(m_store->claim(item.value().id, m_now).value());
    QVERIFY(m_store->markAccepted(item.value().id, QStringLiteral("wamid.out1"), m_now).ok());
    QCOMPARE(sentBy(), (QStringList{QString(), QStringLiteral("dispatch-bot"), QStringLiteral("alice")}));
    const auto newest = reader.log(LogQuery{channel, peer, 1});
    QCOMPARE(newest.value().first().sentBy, QStringLiteral("alice"));

    const auto conversations = reader.conversations(channel, 10);
    QVERIFY(conversations.ok());
    const auto rows = reader.olderMessages(conversations.value().first().id, std::nullopt, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 3);
    QCOMPARE(rows.value().at(0).sentBy, QString());
    QCOMPARE(rows.value().at(1).wamid, QStringLiteral("wamid.out1"));
    QCOMPARE(rows.value().at(1).sentBy, QStringLiteral("dispatch-bot"));
    QCOMPARE(rows.value().at(2).sentBy, QStringLiteral("alice"));
    const auto newer
        = reader.newerMessages(conversations.value().first().id, rows.value().at(1).key(), std::nullopt, 1);
    QVERIFY(newer.ok());
    QCOMPARE(newer.value().first().sentBy, QStringLiteral("dispatch-bot"));

    // The label is found through the index, not by reading every send.
    QSqlQuery plan(Database::open(m_path).value());
    QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT sent_by FROM outbound o"
                                     " WHERE o.channel_id = 'support' AND o.wamid = 'wamid.out1'")));
    QString details;
    while (plan.next())
        details += plan.value(3).toString();
    QVERIFY2(details.contains(QStringLiteral("outbound_by_wamid")), qPrintable(details));
}

void TestOutboundStore::testLinkedSendIsLabelledWhicheverComesFirst()
{
    const auto gatewayMessage = [&](const QString& id, const QString& text) {
        GatewayMessage message;
        message.messageId = id;
        message.peer = peer;
        message.fromMe = true;
        message.type = QStringLiteral("text");
        message.text = text;
        message.timestamp = m_now;
        return GatewayEvent{channel, message, {}, {}, m_now};
    };
    const auto linkedSend = [&](const QString& id, const QString& sentBy) {
        OutboundItem item;
        item.channelId = channel;
        item.peer = peer;
        item.content.text = QStringLiteral("hello");
        item.state = QStringLiteral("accepted");
        item.messageId = id;
        item.source = QStringLiteral("gui");
        item.sentBy = sentBy;
        item.createdAt = m_now;
        item.updatedAt = m_now;
        item.acceptedAt = m_now;
        return item;
    };
    DeliveryProjection projection(m_path);
    // The gateway reports the message before it confirms the send, and the other way round.
    QVERIFY(
        projection.commitGatewayEvents({gatewayMessage(QStringLiteral("true_1@c.us_A"), QStringLiteral("a"))})
            .ok());
    QVERIFY(
        m_store->recordLinkedSend(linkedSend(QStringLiteral("true_1@c.us_A"), QStringLiteral("alice"))).ok());
    QVERIFY(
        m_store->recordLinkedSend(linkedSend(QStringLiteral("true_1@c.us_B"), QStringLiteral("bot"))).ok());
    QVERIFY(
        projection.commitGatewayEvents({gatewayMessage(QStringLiteral("true_1@c.us_B"), QStringLiteral("b"))})
            .ok());
    // Sent from the phone itself: no label.
    QVERIFY(
        projection.commitGatewayEvents({gatewayMessage(QStringLiteral("true_1@c.us_C"), QStringLiteral("c"))})
            .ok());

    const auto log = ConversationReader(m_path).log(LogQuery{channel, peer, 0});
    QVERIFY(log.ok());
    QHash<QString, QString> sentBy;
    for (const LogEntry& e : log.value())
        sentBy.insert(e.messageId, e.sentBy);
    QCOMPARE(sentBy.size(), 3);
    QCOMPARE(sentBy.value(QStringLiteral("true_1@c.us_A")), QStringLiteral("alice"));
    QCOMPARE(sentBy.value(QStringLiteral("true_1@c.us_B")), QStringLiteral("bot"));
    QCOMPARE(sentBy.value(QStringLiteral("true_1@c.us_C")), QString());
    // Recorded as accepted: never picked up by the queue.
    const auto queued = m_store->queued();
    QVERIFY(queued.ok() && queued.value().isEmpty());
}

void TestOutboundStore::testOnlyOneProcessClaimsASend()
{
    OutboundContent content;
    content.text = QStringLiteral("hi");
    const qint64 id = m_store->enqueue(channel, peer, content, {}, m_now).value().id;
    OutboundStore other(m_path);
    QCOMPARE(m_store->claim(id, m_now).value(), true);
    QCOMPARE(other.claim(id, m_now).value(), false);
    QCOMPARE(m_store->item(id).value()->state, QStringLiteral("sending"));
    QCOMPARE(m_store->item(id).value()->attempts, 1);
    QCOMPARE(m_store->queued().value().size(), 1); // sending rows still block their recipient
}

void TestOutboundStore::testStatusThatBeatTheApiResponseIsApplied()
{
    OutboundContent content;
    content.text = QStringLiteral("hi");
    const qint64 id = m_store->enqueue(channel, peer, content, {}, m_now).value().id;
    QVERIFY(m_store->claim(id, m_now).value());
    const QString wamid = QStringLiteral("wamid.FAST");
    status(wamid, QStringLiteral("delivered"), m_now);
    QVERIFY(m_store->markAccepted(id, wamid, m_now).ok());
    const auto item = m_store->item(id).value();
    QCOMPARE(item->state, QStringLiteral("delivered"));
    QCOMPARE(item->messageId, wamid);
    status(wamid, QStringLiteral("read"), m_now.addSecs(5));
    QCOMPARE(m_store->item(id).value()->state, QStringLiteral("read"));
    QCOMPARE(ConversationReader(m_path).log(LogQuery{channel, peer, 0}).value().first().messageId, wamid);
}

void TestOutboundStore::testFailedStatusWebhookFailsTheItem()
{
    OutboundContent content;
    content.text = QStringLiteral("hi");
    const qint64 id = m_store->enqueue(channel, peer, content, {}, m_now).value().id;
    QVERIFY(m_store->claim(id, m_now).value());
    QVERIFY(m_store->markAccepted(id, QStringLiteral("wamid.LATE"), m_now).ok());
    const QJsonArray errors{
        QJsonObject{{QStringLiteral("code"), 131026},
                    {QStringLiteral("title"), QStringLiteral("Message undeliverable")},
                    {QStringLiteral("message"), QStringLiteral("Message undeliverable")}}};
    status(QStringLiteral("wamid.LATE"), QStringLiteral("failed"), m_now.addSecs(2), errors);
    const auto item = m_store->item(id).value();
    QCOMPARE(item->state, QStringLiteral("failed"));
    QCOMPARE(item->errorCode, 131026);
    QVERIFY2(item->error.contains(QLatin1String("undeliverable")), qPrintable(item->error));
}

void TestOutboundStore::testWindowFollowsInboundMessagesAnd131047()
{
    QVERIFY(!m_store->window(channel, peer).value().isOpen(m_now)); // never wrote

    inbound(QStringLiteral("wamid.IN1"), QStringLiteral("Hello"), m_now.addSecs(-3600));
    ServiceWindow window = m_store->window(channel, peer).value();
    QVERIFY(window.isOpen(m_now));
    QCOMPARE(
        window.closesAt(),
        QDateTime::fromSecsSinceEpoch(m_now.addSecs(-3600).toSecsSinceEpoch(), Qt::UTC).addSecs(24 * 3600));
    QVERIFY(!window.isOpen(window.closesAt()));

    // Meta's word outranks our clock: a 131047 failure after the last inbound closes it.
    OutboundContent content;
    content.text = QStringLiteral("late reply");
    const qint64 id = m_store->enqueue(channel, peer, content, {}, m_now).value().id;
    QVERIFY(m_store->claim(id, m_now).value());
    QVERIFY(m_store->markAccepted(id, QStringLiteral("wamid.OUT"), m_now).ok());
    status(QStringLiteral("wamid.OUT"), QStringLiteral("failed"), m_now.addSecs(1),
           QJsonArray{QJsonObject{{QStringLiteral("code"), 131047},
                                  {QStringLiteral("title"), QStringLiteral("Re-engagement message")}}});
    window = m_store->window(channel, peer).value();
    QVERIFY(window.closedByMeta);
    QVERIFY(!window.isOpen(m_now));

    // The customer writes again: the window reopens.
    inbound(QStringLiteral("wamid.IN2"), QStringLiteral("Still there?"), m_now.addSecs(30));
    window = m_store->window(channel, peer).value();
    QVERIFY(!window.closedByMeta);
    QVERIFY(window.isOpen(m_now.addSecs(60)));
}

void TestOutboundStore::testStopOptsOutAndOperatorClearsIt()
{
    inbound(QStringLiteral("wamid.A"), QStringLiteral("Please stop sending me offers"), m_now);
    QCOMPARE(m_store->isOptedOut(channel, peer).value(), false);
    inbound(QStringLiteral("wamid.B"), QStringLiteral(" Stop! "), m_now.addSecs(1));
    QCOMPARE(m_store->isOptedOut(channel, peer).value(), true);
    QCOMPARE(m_store->isOptedOut(QStringLiteral("other"), peer).value(), false);
    QVERIFY(m_store->setOptedOut(channel, peer, false, {}, m_now).ok());
    QCOMPARE(m_store->isOptedOut(channel, peer).value(), false);
    inbound(QStringLiteral("wamid.C"), QStringLiteral("unsubscribe"), m_now.addSecs(2));
    QCOMPARE(m_store->isOptedOut(channel, peer).value(), true);
}

void TestOutboundStore::testInterruptedSendsBecomeUnknown()
{
    OutboundContent content;
    content.text = QStringLiteral("hi");
    const qint64 sending = m_store->enqueue(channel, peer, content, {}, m_now).value().id;
    const qint64 waiting
        = m_store->enqueue(channel, QStringLiteral("4915123456789"), content, {}, m_now).value().id;
    QVERIFY(m_store->claim(sending, m_now).value());
    OutboundStore restarted(m_path);
    // A young "sending" row may be another running process's request in flight: left alone.
    QCOMPARE(restarted.recoverInterrupted(m_now.addSecs(60)).value(), 0);
    QCOMPARE(restarted.item(sending).value()->state, QStringLiteral("sending"));
    QCOMPARE(restarted.recoverInterrupted(m_now.addSecs(OutboundStore::InterruptedAfterSeconds + 1)).value(),
             1);
    QCOMPARE(restarted.item(sending).value()->state, QStringLiteral("unknown"));
    QVERIFY(!restarted.item(sending).value()->error.isEmpty());
    QCOMPARE(restarted.item(waiting).value()->state, QStringLiteral("queued"));
}

void TestOutboundStore::testSendsThatCountAgainstLimits()
{
    OutboundContent content;
    content.text = QStringLiteral("hi");
    const qint64 accepted = m_store->enqueue(channel, peer, content, {}, m_now).value().id;
    QVERIFY(m_store->claim(accepted, m_now).value());
    QVERIFY(m_store->markAccepted(accepted, QStringLiteral("wamid.1"), m_now).ok());
    const qint64 refused = m_store->enqueue(channel, peer, content, {}, m_now).value().id;
    QVERIFY(m_store->claim(refused, m_now).value());
    QVERIFY(m_store->markFailed(refused, 100, QStringLiteral("bad parameter"), m_now).ok());
    QVERIFY(m_store->enqueue(channel, peer, content, {}, m_now).ok());
    QVERIFY(m_store->enqueue(channel, peer, content, {}, m_now.addSecs(-2 * 24 * 3600)).ok());

    const auto records = m_store->sendsSince(m_now.addSecs(-24 * 3600)).value();
    QCOMPARE(records.size(), 2); // accepted + queued; not the one Meta refused, not the old one
    QCOMPARE(records.first().peer, peer);
}

void TestOutboundStore::testSearchIndexSharedWithADeferringReceiver()
{
    // The receiver indexes for search in batches; an operator's send in between indexes its own
    // message and the receiver's, and neither may be indexed twice.
    m_messages->store().setSearchIndexInterval(60 * 60 * 1000);
    QVERIFY(m_messages->store().indexPendingMessages().ok());
    QCOMPARE(m_messages->store().msUntilIndexDue(), -1);
    inbound(QStringLiteral("wamid.ZEBRA1"), QStringLiteral("Is the zebra crossing open?"), m_now);
    QCOMPARE(searchMatches(QStringLiteral("zebra")), 0);
    QVERIFY(m_messages->store().msUntilIndexDue() > 0);

    OutboundContent content;
    content.text = QStringLiteral("Yes, the zebra crossing is open");
    QVERIFY(m_store->enqueue(channel, peer, content, {}, m_now).ok());
    QCOMPARE(searchMatches(QStringLiteral("zebra")), 2);

    QVERIFY(m_messages->store().indexPendingMessages().ok());
    QCOMPARE(m_messages->store().msUntilIndexDue(), -1);
    QCOMPARE(searchMatches(QStringLiteral("zebra")), 2);
    QCOMPARE(searchMatches(QStringLiteral("open")), 2);
    QCOMPARE(SearchIndexProbe::integrityProblem(m_path), QString());
}

void TestOutboundStore::testTemplateIsStoredAsStructure()
{
    OutboundContent content;
    content.kind = OutboundContent::Kind::Template;
    content.templateName = QStringLiteral("order_shipped");
    content.templateLanguage = QStringLiteral("en_US");
    content.templateParameters = {QStringLiteral("Li Wei"), QStringLiteral("R-7781")};
    content.templateBody = QStringLiteral("Hi Li Wei, your order R-7781 has shipped.");
    content.templateHeaderType = QStringLiteral("image");
    content.templateHeader = QStringLiteral("https://cdn.example.com/box.jpg");
    content.templateButtons
        = {TemplateButtonParameter{TemplateButtonParameter::Type::QuickReply, 0, QStringLiteral("TRACK")}};
    QVERIFY(m_store->enqueue(channel, peer, content, QStringLiteral("cli"), m_now).ok());

    const ConversationReader reader(m_path);
    const auto conversation = reader.conversationWith(channel, peer);
    QVERIFY(conversation.ok() && conversation.value());
    // The list keeps the kind and the text; the words for the kind are the front end's.
    QCOMPARE(conversation.value()->lastType, QStringLiteral("template"));
    QCOMPARE(conversation.value()->lastPreview, content.templateBody);
    const auto rows = reader.olderMessages(conversation.value()->id, std::nullopt, 10);
    QVERIFY(rows.ok());
    QCOMPARE(rows.value().size(), 1);
    const MessageRow& row = rows.value().first();
    QCOMPARE(row.type, QStringLiteral("template"));
    QCOMPARE(row.text, content.templateBody); // what search finds
    const auto stored = OutboundContent::fromJson(row.content);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().templateName, content.templateName);
    QCOMPARE(stored.value().templateParameters, content.templateParameters);
    QCOMPARE(stored.value().templateBody, content.templateBody);
    QCOMPARE(stored.value().templateHeader, content.templateHeader);
    QCOMPARE(stored.value().templateButtons, content.templateButtons);
    QCOMPARE(searchMatches(QStringLiteral("shipped")), 1);
}

void TestOutboundStore::testOldPreviewsBecomeTheMessagesText()
{
    // Rows as schema 10 left them: "[type]" for an inbound message without text, the sending
    // process's English words for a send.
    inbound(QStringLiteral("wamid.IN.1"), QStringLiteral("hello"), m_now.addSecs(-30));
    OutboundContent photo;
    photo.kind = OutboundContent::Kind::Image;
    photo.mediaLink = QStringLiteral("https://example.com/a.jpg");
    photo.text = QStringLiteral("the box");
    QVERIFY(m_store->enqueue(channel, peer, photo, QStringLiteral("gui"), m_now).ok());
    {
        QSqlDatabase db = Database::open(m_path).value();
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO conversations (channel_id, peer, last_preview, last_type,"
                                  " last_direction) VALUES ('support', '111', '[unsupported]', 'unsupported',"
                                  " 'in')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE conversations SET last_preview = '📷 the box' WHERE peer = '%1'")
                           .arg(peer)));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE stream_events DROP COLUMN ref")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 12")));
    }
    m_messages.reset(); // its statements belong to the connection closed here
    Database::close(m_path);
    QSqlDatabase db = Database::open(m_path).value();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT peer, last_preview FROM conversations ORDER BY peer")));
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QString()); // peer 111: the list says "[Unsupported message]"
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("the box")); // the list adds the camera and no word
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::schemaVersion());
}

QTEST_GUILESS_MAIN(TestOutboundStore)
#include "TestOutboundStore.moc"
