// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the conversation view gets for each message, from webhook bodies built into a real SQLite
// store: the message a reply quotes, reactions on the message they react to (and not as lines of
// their own), a location's coordinates; and an older store migrated to the same.
#include "store/ConversationReader.h"
#include "store/Database.h"
#include "webhook/WebhookPayloadParser.h"

#include "JournaledBuilder.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString kPeer = QStringLiteral("15557654321");

//! One message of Meta's webhook format from kPeer, with `fields` merged into the message object.
QByteArray webhook(const QString& wamid, qint64 seconds, const QJsonObject& fields)
{
    QJsonObject message{{QStringLiteral("from"), kPeer},
                        {QStringLiteral("id"), wamid},
                        {QStringLiteral("timestamp"), QString::number(seconds)}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        message.insert(it.key(), it.value());
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550100100")},
                     {QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")}}},
        {QStringLiteral("contacts"),
         QJsonArray{QJsonObject{
             {QStringLiteral("wa_id"), kPeer},
             {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Li Wei")}}}}}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("102290129340398")},
                                {QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                        {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject text(const QString& body)
{
    return {{QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

} // namespace

class TestConversationViewRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testReplyQuotesItsMessage();
    void testReactionsShownOnTheirMessage();
    void testReactionToAMessageNotStoredStaysALine();
    void testLocationKeepsItsCoordinates();
    void testOlderStoreIsMigrated();

private:
    void deliver(const QByteArray& body);
    QList<MessageRow> messages() const;
    MessageRow byWamid(const QString& wamid) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<JournaledBuilder> m_store;
    qint64 m_seconds = 1772368400;
};

void TestConversationViewRows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("channeldesk.sqlite"));
    m_store = std::make_unique<JournaledBuilder>(m_path);
}

void TestConversationViewRows::cleanup()
{
    m_store.reset();
    Database::close(m_path);
    m_dir.reset();
}

void TestConversationViewRows::deliver(const QByteArray& body)
{
    const auto batch = WebhookPayloadParser::parse(body);
    QVERIFY2(batch.ok(), qPrintable(batch.error().message));
    const auto done = m_store->commit(
        {Delivery{QStringLiteral("support"), QDateTime::currentDateTimeUtc(), body, batch.value()}});
    QVERIFY2(done.ok(), qPrintable(done.error().message));
}

QList<MessageRow> TestConversationViewRows::messages() const
{
    const ConversationReader reader(m_path);
    const auto conversations = reader.conversations({}, 10);
    if (!conversations.ok() || conversations.value().isEmpty())
        qFatal("no conversation");
    const auto rows = reader.olderMessages(conversations.value().first().id, {}, 100);
    if (!rows.ok())
        qFatal("%s", qPrintable(rows.error().message));
    return rows.value();
}

MessageRow TestConversationViewRows::byWamid(const QString& wamid) const
{
    for (const MessageRow& row : messages()) {
        if (row.wamid == wamid)
            return row;
    }
    return {};
}

void TestConversationViewRows::testReplyQuotesItsMessage()
{
    deliver(webhook(QStringLiteral("wamid.Q1"), ++m_seconds, text(QStringLiteral("Where is order R-7781?"))));
    QJsonObject reply = text(QStringLiteral("And can I change the address?"));
    reply.insert(
        QStringLiteral("context"),
        QJsonObject{{QStringLiteral("from"), kPeer}, {QStringLiteral("id"), QStringLiteral("wamid.Q1")}});
    deliver(webhook(QStringLiteral("wamid.Q2"), ++m_seconds, reply));
    const MessageRow quoting = byWamid(QStringLiteral("wamid.Q2"));
    QVERIFY(quoting.hasQuote());
    QCOMPARE(quoting.quotedDirection, QStringLiteral("in"));
    QCOMPARE(quoting.quotedType, QStringLiteral("text"));
    QCOMPARE(quoting.quotedText, QStringLiteral("Where is order R-7781?"));
    QVERIFY(!byWamid(QStringLiteral("wamid.Q1")).hasQuote());
}

void TestConversationViewRows::testReactionsShownOnTheirMessage()
{
    deliver(webhook(QStringLiteral("wamid.R1"), ++m_seconds, text(QStringLiteral("Thanks!"))));
    const auto reaction = [](const QString& emoji) {
        QJsonObject content{{QStringLiteral("message_id"), QStringLiteral("wamid.R1")}};
        if (!emoji.isNull())
            content.insert(QStringLiteral("emoji"), emoji);
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("reaction")},
                           {QStringLiteral("reaction"), content}};
    };
    deliver(webhook(QStringLiteral("wamid.R2"), ++m_seconds, reaction(QStringLiteral("👍"))));
    deliver(webhook(QStringLiteral("wamid.R3"), ++m_seconds, reaction(QStringLiteral("❤️"))));
    QList<MessageRow> rows = messages();
    // The reactions are on the message, not lines of their own; the newest one counts.
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().wamid, QStringLiteral("wamid.R1"));
    QCOMPARE(rows.first().reactionIn, QStringLiteral("❤️"));
    QVERIFY(rows.first().reactionOut.isEmpty());
    // Removed (Meta omits the emoji): no reaction shown.
    deliver(webhook(QStringLiteral("wamid.R4"), ++m_seconds, reaction({})));
    rows = messages();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().reactionIn.isEmpty());
}

void TestConversationViewRows::testReactionToAMessageNotStoredStaysALine()
{
    const QJsonObject reaction{{QStringLiteral("type"), QStringLiteral("reaction")},
                               {QStringLiteral("reaction"),
                                QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.GONE")},
                                            {QStringLiteral("emoji"), QStringLiteral("😂")}}}};
    deliver(webhook(QStringLiteral("wamid.R9"), ++m_seconds, reaction));
    const QList<MessageRow> rows = messages();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().type, QStringLiteral("reaction"));
    QCOMPARE(rows.first().text, QStringLiteral("😂"));
}

void TestConversationViewRows::testLocationKeepsItsCoordinates()
{
    const QJsonObject location{{QStringLiteral("type"), QStringLiteral("location")},
                               {QStringLiteral("location"),
                                QJsonObject{{QStringLiteral("latitude"), 31.2304},
                                            {QStringLiteral("longitude"), 121.4737},
                                            {QStringLiteral("name"), QStringLiteral("People's Square")}}}};
    deliver(webhook(QStringLiteral("wamid.L1"), ++m_seconds, location));
    const MessageRow row = byWamid(QStringLiteral("wamid.L1"));
    QCOMPARE(row.text, QStringLiteral("People's Square"));
    QCOMPARE(row.media.value(QStringLiteral("latitude")).toDouble(), 31.2304);
    QCOMPARE(row.media.value(QStringLiteral("longitude")).toDouble(), 121.4737);
}

void TestConversationViewRows::testOlderStoreIsMigrated()
{
    deliver(webhook(QStringLiteral("wamid.M1"), ++m_seconds, text(QStringLiteral("Hello"))));
    deliver(webhook(QStringLiteral("wamid.M2"), ++m_seconds,
                    {{QStringLiteral("type"), QStringLiteral("reaction")},
                     {QStringLiteral("reaction"),
                      QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.M1")},
                                  {QStringLiteral("emoji"), QStringLiteral("🙏")}}}}));
    deliver(webhook(
        QStringLiteral("wamid.M3"), ++m_seconds,
        {{QStringLiteral("type"), QStringLiteral("location")},
         {QStringLiteral("location"),
          QJsonObject{{QStringLiteral("latitude"), -33.8568}, {QStringLiteral("longitude"), 151.2153}}}}));
    {
        // As schema 11 stored them: no target on reactions, no coordinates on locations.
        auto db = Database::open(m_path);
        QVERIFY(db.ok());
        QSqlQuery q(db.value());
        for (const char* sql :
             {"UPDATE messages SET context_id = NULL WHERE type = 'reaction'",
              "UPDATE messages SET media = NULL WHERE type = 'location'", "DROP INDEX messages_reactions",
              "ALTER TABLE stream_events DROP COLUMN ref", "PRAGMA user_version = 11"})
            QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
    }
    m_store.reset();
    Database::close(m_path);
    // The next connection migrates: the reaction moves onto its message, the location gets its
    // coordinates back from the raw JSON.
    const QList<MessageRow> rows = messages();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).wamid, QStringLiteral("wamid.M1"));
    QCOMPARE(rows.at(0).reactionIn, QStringLiteral("🙏"));
    QCOMPARE(rows.at(1).media.value(QStringLiteral("latitude")).toDouble(), -33.8568);
    QCOMPARE(rows.at(1).media.value(QStringLiteral("longitude")).toDouble(), 151.2153);
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    QSqlQuery q(db.value());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::schemaVersion());
}

QTEST_GUILESS_MAIN(TestConversationViewRows)
#include "TestConversationViewRows.moc"
