// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ConversationReader.h"

#include "store/Database.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"
#include "webhook/WebhookPayloadParser.h"
#include "JournaledBuilder.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace ChannelDesk;

namespace {

const QString sales = QStringLiteral("sales");
const QString support = QStringLiteral("support");
constexpr int generatedPeers = 40;
constexpr int messagesPerPeer = 25;
// 2026-02-01T00:00:00Z, after every fixture's timestamp.
constexpr qint64 generatedStart = 1769904000000;

QByteArray fixture(const QString& name)
{
    QFile file(qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QStringLiteral("/webhooks/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString generatedPeer(int peer)
{
    return QStringLiteral("4915100%1").arg(peer, 4, 10, QLatin1Char('0'));
}

//! Message m of peer p: peers take turns, so every conversation spans the whole period.
qint64 generatedTime(int peer, int message)
{
    return generatedStart + (qint64(message) * generatedPeers + peer) * 60000;
}

} // namespace

class TestConversationReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testConversationPagesCoverEverythingOnce();
    void testChannelFilter();
    void testConversationRowHasWhatTheListShows();
    void testMessagesNewestPageFirstThenOlder();
    void testNewerMessagesRange();
    void testSearchFinds_data();
    void testSearchFinds();
    void testSearchIsSafe_data();
    void testSearchIsSafe();
    void testSearchChannelFilterAndLimit();
    void testSearchSortsByTimeWritten();
    void testMatchExpression_data();
    void testMatchExpression();
    void testMarkConversationRead();
    void testDataVersionSeesOtherConnections();

private:
    qint64 conversationIdOf(const QString& channel, const QString& peer);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ConversationReader> m_reader;
};

void TestConversationReader::initTestCase()
{
    TestEnvironment::init();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = DataDirectory::databasePath(m_dir->path());
    JournaledBuilder store(m_path);

    // Every fixture, as the receiver would store it for the support channel.
    QList<Delivery> fixtures;
    const QStringList names
        = QDir(qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QStringLiteral("/webhooks"))
              .entryList({QStringLiteral("*.json")});
    QVERIFY(names.size() > 20);
    for (const QString& name : names) {
        const QByteArray body = fixture(name);
        auto parsed = WebhookPayloadParser::parse(body);
        QVERIFY2(parsed.ok(), qPrintable(name));
        fixtures.append({support, QDateTime::currentDateTimeUtc(), body, parsed.value()});
    }
    QVERIFY(store.commit(fixtures).ok());

    // Then generated traffic: 40 peers on the sales channel, 25 messages each.
    QList<Delivery> generated;
    for (int m = 0; m < messagesPerPeer; ++m) {
        for (int p = 0; p < generatedPeers; ++p) {
            InboundMessage message;
            message.messageId = QStringLiteral("wamid.GEN.%1.%2").arg(p).arg(m);
            message.from = generatedPeer(p);
            message.profileName = QStringLiteral("Peer %1").arg(p);
            message.timestamp = QDateTime::fromMSecsSinceEpoch(generatedTime(p, m), Qt::UTC);
            message.type = QStringLiteral("text");
            message.text = QStringLiteral("generated message %1 of peer %2").arg(m).arg(p);
            Delivery delivery{sales, QDateTime::currentDateTimeUtc(), "{}", {}};
            delivery.batch.messages.append(message);
            generated.append(delivery);
        }
    }
    QVERIFY(store.commit(generated).ok());
    m_reader = std::make_unique<ConversationReader>(m_path);
}

qint64 TestConversationReader::conversationIdOf(const QString& channel, const QString& peer)
{
    QSqlQuery query(Database::open(m_path).value());
    query.prepare(QStringLiteral("SELECT id FROM conversations WHERE channel_id = ? AND peer = ?"));
    query.addBindValue(channel);
    query.addBindValue(peer);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

void TestConversationReader::testConversationPagesCoverEverythingOnce()
{
    const auto count = m_reader->conversationCount({});
    QVERIFY(count.ok());
    QVERIFY(count.value() > generatedPeers);

    QList<ConversationRow> all;
    std::optional<ConversationKey> after;
    for (;;) {
        const auto page = m_reader->conversations({}, 7, after);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QVERIFY(page.value().size() <= 7);
        all += page.value();
        if (page.value().size() < 7)
            break;
        const ConversationRow& last = page.value().constLast();
        after = ConversationKey{last.lastMessageAt.toMSecsSinceEpoch(), last.id};
    }
    QCOMPARE(all.size(), count.value());
    QSet<qint64> ids;
    for (int i = 0; i < all.size(); ++i) {
        ids.insert(all.at(i).id);
        if (i > 0) {
            const ConversationRow& a = all.at(i - 1);
            const ConversationRow& b = all.at(i);
            QVERIFY(a.lastMessageAt > b.lastMessageAt || (a.lastMessageAt == b.lastMessageAt && a.id > b.id));
        }
    }
    QCOMPARE(ids.size(), all.size());
    // The peer who wrote last comes first.
    QCOMPARE(all.first().peer, generatedPeer(generatedPeers - 1));
}

void TestConversationReader::testChannelFilter()
{
    QCOMPARE(m_reader->conversationCount(sales).value(), generatedPeers);
    const auto rows = m_reader->conversations(sales, 1000);
    QCOMPARE(rows.value().size(), generatedPeers);
    for (const ConversationRow& row : rows.value())
        QCOMPARE(row.channelId, sales);
    const auto supportRows = m_reader->conversations(support, 1000);
    QVERIFY(!supportRows.value().isEmpty());
    for (const ConversationRow& row : supportRows.value())
        QCOMPARE(row.channelId, support);
    QCOMPARE(m_reader->conversationCount(QStringLiteral("nobody")).value(), 0);
}

void TestConversationReader::testConversationRowHasWhatTheListShows()
{
    const qint64 id = conversationIdOf(sales, generatedPeer(3));
    QVERIFY(id > 0);
    const auto row = m_reader->conversation(id);
    QVERIFY(row.ok() && row.value().has_value());
    const ConversationRow& c = *row.value();
    QCOMPARE(c.peer, generatedPeer(3));
    QCOMPARE(c.peerName, QStringLiteral("Peer 3"));
    QCOMPARE(c.lastPreview, QStringLiteral("generated message %1 of peer 3").arg(messagesPerPeer - 1));
    QCOMPARE(c.lastType, QStringLiteral("text"));
    QCOMPARE(c.lastDirection, QStringLiteral("in"));
    QCOMPARE(c.unreadCount, messagesPerPeer);
    QCOMPARE(c.lastMessageAt.toMSecsSinceEpoch(), generatedTime(3, messagesPerPeer - 1));
    QCOMPARE(c.lastInboundAt, c.lastMessageAt);
    QCOMPARE(m_reader->conversation(999999).value(), std::nullopt);

    // A fixture conversation: the profile name and a media preview.
    const qint64 ana = conversationIdOf(support, QStringLiteral("15557654321"));
    const auto anaRow = m_reader->conversation(ana);
    QVERIFY(anaRow.value().has_value());
    QVERIFY(!anaRow.value()->peerName.isEmpty());
}

void TestConversationReader::testMessagesNewestPageFirstThenOlder()
{
    const qint64 id = conversationIdOf(sales, generatedPeer(5));
    const auto newest = m_reader->olderMessages(id, std::nullopt, 10);
    QVERIFY(newest.ok());
    QCOMPARE(newest.value().size(), 10);
    // Oldest first within the page, and the page is the newest ten.
    QCOMPARE(newest.value().first().text, QStringLiteral("generated message 15 of peer 5"));
    QCOMPARE(newest.value().last().text, QStringLiteral("generated message 24 of peer 5"));
    QCOMPARE(newest.value().last().direction, QStringLiteral("in"));
    QCOMPARE(newest.value().last().type, QStringLiteral("text"));
    QCOMPARE(newest.value().last().channelId, sales);

    QList<MessageRow> all = newest.value();
    std::optional<MessageKey> before = all.first().key();
    for (;;) {
        const auto older = m_reader->olderMessages(id, before, 10);
        QVERIFY(older.ok());
        if (older.value().isEmpty())
            break;
        all = older.value() + all;
        before = all.first().key();
    }
    QCOMPARE(all.size(), messagesPerPeer);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).text, QStringLiteral("generated message %1 of peer 5").arg(i));

    const auto key = m_reader->messageKey(all.at(7).id);
    QVERIFY(key.ok() && key.value().has_value());
    QCOMPARE(key.value()->timestamp, generatedTime(5, 7));
    QCOMPARE(m_reader->messageKey(-1).value(), std::nullopt);
}

void TestConversationReader::testNewerMessagesRange()
{
    const qint64 id = conversationIdOf(sales, generatedPeer(6));
    const auto all = m_reader->olderMessages(id, std::nullopt, 100).value();
    QCOMPARE(all.size(), messagesPerPeer);
    const auto tail = m_reader->newerMessages(id, all.at(20).key(), std::nullopt, 100);
    QCOMPARE(tail.value().size(), 5);
    QCOMPARE(tail.value().first().id, all.at(20).id);
    const auto range = m_reader->newerMessages(id, all.at(3).key(), all.at(8).key(), 100);
    QCOMPARE(range.value().size(), 6);
    QCOMPARE(range.value().last().id, all.at(8).id);
    QCOMPARE(m_reader->newerMessages(id, all.at(3).key(), std::nullopt, 2).value().size(), 2);
}

void TestConversationReader::testSearchFinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two words") << QStringLiteral("order 4512") << QStringLiteral("order 4512");
    QTest::newRow("other case") << QStringLiteral("ORDER") << QStringLiteral("order 4512");
    QTest::newRow("prefix while typing") << QStringLiteral("damag") << QStringLiteral("Box arrived damaged");
    QTest::newRow("caption of an image") << QStringLiteral("box arrived") << QStringLiteral("Box arrived");
    QTest::newRow("without diacritics") << QStringLiteral("cafe") << QStringLiteral("café");
    QTest::newRow("quoted by the user") << QStringLiteral("\"order\"") << QStringLiteral("order 4512");
    QTest::newRow("punctuation") << QStringLiteral("order, (4512)?") << QStringLiteral("order 4512");
}

void TestConversationReader::testSearchFinds()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto hits = m_reader->search(text, {});
    QVERIFY2(hits.ok(), qPrintable(hits.error().message));
    const auto found
        = std::find_if(hits.value().cbegin(), hits.value().cend(), [&expected](const SearchHit& h) {
              QString plain = h.snippet;
              return plain.remove(ConversationReader::matchStart())
                  .remove(ConversationReader::matchEnd())
                  .contains(expected);
          });
    QVERIFY(found != hits.value().cend());
    const SearchHit& hit = *found;
    QVERIFY(hit.snippet.contains(ConversationReader::matchStart()));
    QCOMPARE(hit.channelId, support);
    QCOMPARE(hit.peer, QStringLiteral("15557654321"));
    QVERIFY(hit.conversationId > 0 && hit.messageId > 0);
    QVERIFY(hit.timestamp.isValid());
}

void TestConversationReader::testSearchIsSafe_data()
{
    QTest::addColumn<QString>("text");
    for (const char* text : {"\"",
                             "\"\"",
                             "*",
                             "order*",
                             "NEAR(",
                             "NEAR(order 4512)",
                             "-",
                             "-order",
                             "order -",
                             "order OR",
                             "AND",
                             "NOT order",
                             "text:order",
                             "^order",
                             "{text}: order",
                             "(",
                             ")",
                             "'",
                             "'; DROP TABLE messages; --",
                             "",
                             "   ",
                             "\\",
                             "order\"4512",
                             "%",
                             "_"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestConversationReader::testSearchIsSafe()
{
    QFETCH(QString, text);
    const auto hits = m_reader->search(text, {});
    QVERIFY2(hits.ok(), qPrintable(hits.error().message));
    for (const SearchHit& hit : hits.value())
        QVERIFY(hit.messageId > 0 || hit.conversationId > 0); // a contact's hit has messageId 0
    QVERIFY(m_reader->conversationCount({}).value() > 0);
}

void TestConversationReader::testSearchChannelFilterAndLimit()
{
    const auto all = m_reader->search(QStringLiteral("generated"), {});
    QCOMPARE(all.value().size(), 200);
    // Newest first.
    QCOMPARE(all.value().first().peer, generatedPeer(generatedPeers - 1));
    for (int i = 1; i < all.value().size(); ++i)
        QVERIFY(all.value().at(i - 1).timestamp >= all.value().at(i).timestamp);
    QCOMPARE(m_reader->search(QStringLiteral("generated"), {}, 5).value().size(), 5);
    QVERIFY(m_reader->search(QStringLiteral("generated"), support).value().isEmpty());
    QVERIFY(m_reader->search(QStringLiteral("order 4512"), sales).value().isEmpty());
    QCOMPARE(m_reader->search(QStringLiteral("order 4512"), support).value().size(), 1);
}

void TestConversationReader::testSearchSortsByTimeWritten()
{
    // Meta retries: the older message arrives (and is numbered) after the newer one.
    const auto message = [](const QString& wamid, qint64 at) {
        InboundMessage m;
        m.messageId = wamid;
        m.from = QStringLiteral("15550007777");
        m.timestamp = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        m.type = QStringLiteral("text");
        m.text = QStringLiteral("kiwi ") + wamid;
        Delivery delivery{sales, QDateTime::currentDateTimeUtc(), "{}", {}};
        delivery.batch.messages.append(m);
        return delivery;
    };
    JournaledBuilder store(m_path);
    QVERIFY(store.commit({message(QStringLiteral("wamid.KIWI.NEW"), generatedStart + 100000)}).ok());
    QVERIFY(store.commit({message(QStringLiteral("wamid.KIWI.OLD"), generatedStart + 1000)}).ok());
    const auto hits = m_reader->search(QStringLiteral("kiwi"), {});
    QCOMPARE(hits.value().size(), 2);
    QVERIFY(hits.value().at(0).snippet.contains(QStringLiteral("NEW")));
    QVERIFY(hits.value().at(1).snippet.contains(QStringLiteral("OLD")));
}

void TestConversationReader::testMatchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one word") << QStringLiteral("order") << QStringLiteral("\"order\"");
    QTest::newRow("finished word") << QStringLiteral("order ") << QStringLiteral("\"order\"");
    QTest::newRow("folded") << QString::fromUtf8("MÜLLER") << QStringLiteral("\"muller\"");
    QTest::newRow("one letter") << QStringLiteral("o") << QString();
    QTest::newRow("one CJK character, prefix") << QString::fromUtf8("货") << QString::fromUtf8("\"货\"*");
    QTest::newRow("two CJK characters, one token")
        << QString::fromUtf8("退货") << QString::fromUtf8("\"退货\"");
    QTest::newRow("two Latin letters, prefix") << QStringLiteral("ok") << QStringLiteral("\"ok\"*");
    QTest::newRow("a CJK character and a digit, prefix")
        << QString::fromUtf8("货1") << QString::fromUtf8("\"货1\"*");
    QTest::newRow("two words") << QStringLiteral("my order") << QStringLiteral("\"my\"* \"order\"");
    QTest::newRow("quote separates") << QStringLiteral("ab\"cd ") << QStringLiteral("\"ab\"* \"cd\"*");
    QTest::newRow("star separates") << QStringLiteral("ord*") << QStringLiteral("\"ord\"");
    QTest::newRow("NEAR is a word") << QStringLiteral("NEAR(a b)") << QStringLiteral("\"near\"");
    QTest::newRow("punctuation only") << QStringLiteral("- * \" (") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestConversationReader::testMatchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ConversationReader::matchExpression(text), expected);
}

void TestConversationReader::testMarkConversationRead()
{
    const qint64 id = conversationIdOf(sales, generatedPeer(9));
    QCOMPARE(m_reader->conversation(id).value()->unreadCount, messagesPerPeer);
    QVERIFY(m_reader->markConversationRead(id).ok());
    QCOMPARE(m_reader->conversation(id).value()->unreadCount, 0);
    // Others are untouched; marking again is harmless.
    QCOMPARE(m_reader->conversation(conversationIdOf(sales, generatedPeer(10))).value()->unreadCount,
             messagesPerPeer);
    QVERIFY(m_reader->markConversationRead(id).ok());
}

void TestConversationReader::testDataVersionSeesOtherConnections()
{
    const auto before = m_reader->dataVersion();
    QVERIFY(before.ok());
    QCOMPARE(m_reader->dataVersion().value(), before.value());

    // A commit on another thread uses another connection, like the receiver's writer.
    bool committed = false;
    std::unique_ptr<QThread> writer(QThread::create([this, &committed] {
        InboundMessage message;
        message.messageId = QStringLiteral("wamid.OTHER.1");
        message.from = QStringLiteral("15550009999");
        message.timestamp = QDateTime::currentDateTimeUtc();
        message.type = QStringLiteral("text");
        message.text = QStringLiteral("from another connection");
        Delivery delivery{sales, QDateTime::currentDateTimeUtc(), "{}", {}};
        delivery.batch.messages.append(message);
        committed = JournaledBuilder::commit(m_path, {delivery}).ok();
        Database::close(m_path);
    }));
    writer->start();
    QVERIFY(writer->wait(10000));
    QVERIFY(committed);
    QVERIFY(m_reader->dataVersion().value() != before.value());
    QCOMPARE(m_reader->search(QStringLiteral("another connection"), sales).value().size(), 1);
}

QTEST_GUILESS_MAIN(TestConversationReader)
#include "TestConversationReader.moc"
