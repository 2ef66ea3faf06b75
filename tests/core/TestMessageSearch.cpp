// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MessageSearch.h"

#include "store/ConversationReader.h"
#include "store/Database.h"
#include "store/RetentionPruner.h"
#include "store/SearchText.h"
#include "util/DataDirectory.h"
#include "JournaledBuilder.h"
#include "SearchIndexProbe.h"
#include "TestEnvironment.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <memory>

using namespace ChannelDesk;

namespace {

const QString shop = QStringLiteral("shop");
const QString other = QStringLiteral("other");
// 2026-03-01T00:00:00Z
constexpr qint64 start = 1772323200000;

struct Sample
{
    const char* from;
    const char* name;
    const char* text;
};

// In order of arrival; each a minute after the one before.
const Sample samples[] = {
    {"8613800138000", "王芳", "你好，我想退货"},
    {"8613800138000", "王芳", "退货了吗？订单什么时候发货"},
    {"819012345678", "田中太郎", "明日の配達時間を変更したいです"},
    {"821012345678", "김민준", "안녕하세요, 환불하고 싶어요"},
    {"5511987654321", "Hans Müller", "Olá, meu pedido não chegou"},
    {"4915112345678", "ANNA MULLER", "Where is my order R-77812?"},
    {"33612345678", "François", "Ma commande est arrivée abîmée, café renversé"},
    {"15557654321", "", "Thanks, the invoice from Müller GmbH is fine"},
};

QString plain(QString snippet)
{
    return snippet.remove(SearchHit::matchStart()).remove(SearchHit::matchEnd());
}

//! The marked parts of a snippet.
QStringList marked(const QString& snippet)
{
    QStringList parts;
    qsizetype at = 0;
    while ((at = snippet.indexOf(SearchHit::matchStart(), at)) >= 0) {
        const qsizetype end = snippet.indexOf(SearchHit::matchEnd(), at);
        if (end < 0)
            break;
        parts << snippet.mid(at + 1, end - at - 1);
        at = end;
    }
    return parts;
}

Delivery delivery(const QString& channel, const Sample& sample, int n)
{
    InboundMessage m;
    m.messageId = QStringLiteral("wamid.SEARCH.%1.%2").arg(channel).arg(n);
    m.from = QString::fromLatin1(sample.from);
    m.profileName = QString::fromUtf8(sample.name);
    m.timestamp = QDateTime::fromMSecsSinceEpoch(start + n * 60000, Qt::UTC);
    m.type = QStringLiteral("text");
    m.text = QString::fromUtf8(sample.text);
    Delivery d{channel, QDateTime::currentDateTimeUtc(), "{}", {}};
    d.batch.messages.append(m);
    return d;
}

} // namespace

class TestMessageSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testFindsSubstringsInCjk_data();
    void testFindsSubstringsInCjk();
    void testShortQueryFindsNoLongerWord();
    void testNamesWithoutAccentsOrCase_data();
    void testNamesWithoutAccentsOrCase();
    void testNumberFragments_data();
    void testNumberFragments();
    void testNumberInsideMessageText();
    void testSnippetShowsTheWordsAsWritten();
    void testChannelFilter();
    void testMigrationFromUnicode61Index();
    void testIndexMergesALevelOnlyWhenFull();
    void testDeletedAndPrunedMessagesAreNotFound();
    void testLogSearch();
    void testFold_data();
    void testFold();

private:
    QList<SearchHit> search(const QString& text, const QString& channel = {});
    QList<SearchHit> messageHits(const QString& text);
    int indexSegments();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMessageSearch::init()
{
    TestEnvironment::init();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = DataDirectory::databasePath(m_dir->path());
    QList<Delivery> deliveries;
    int n = 0;
    for (const Sample& sample : samples)
        deliveries << delivery(shop, sample, n++);
    QVERIFY(JournaledBuilder(m_path).commit(deliveries).ok());
}

void TestMessageSearch::cleanup()
{
    Database::close(m_path);
    m_dir.reset();
}

QList<SearchHit> TestMessageSearch::search(const QString& text, const QString& channel)
{
    const auto hits = MessageSearch(m_path).search(text, channel, 200);
    if (!hits.ok())
        qWarning() << hits.error().message;
    return hits.ok() ? hits.value() : QList<SearchHit>();
}

QList<SearchHit> TestMessageSearch::messageHits(const QString& text)
{
    QList<SearchHit> hits = search(text);
    hits.erase(std::remove_if(hits.begin(), hits.end(), [](const SearchHit& h) { return h.messageId == 0; }),
               hits.end());
    return hits;
}

void TestMessageSearch::testFindsSubstringsInCjk_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("texts");
    const auto texts = [](std::initializer_list<const char*> list) {
        QStringList out;
        for (const char* t : list)
            out << QString::fromUtf8(t);
        return out;
    };
    // Newest first.
    QTest::newRow("2 Chinese characters, at the end and at the start")
        << QStringLiteral("退货") << texts({"退货了吗？订单什么时候发货", "你好，我想退货"});
    QTest::newRow("Chinese, inside") << QStringLiteral("我想退") << texts({"你好，我想退货"});
    // Pairs are tokens at the position of the trigram they start: phrases across them still line up.
    QTest::newRow("2 Chinese characters in the middle")
        << QStringLiteral("订单") << texts({"退货了吗？订单什么时候发货"});
    QTest::newRow("4 Chinese characters in the middle")
        << QStringLiteral("订单什么") << texts({"退货了吗？订单什么时候发货"});
    QTest::newRow("Chinese, the order matters") << QStringLiteral("单订") << QStringList();
    QTest::newRow("1 Chinese character")
        << QStringLiteral("货") << texts({"退货了吗？订单什么时候发货", "你好，我想退货"});
    QTest::newRow("Japanese kanji") << QStringLiteral("配達") << texts({"明日の配達時間を変更したいです"});
    QTest::newRow("Japanese kana") << QStringLiteral("したい") << texts({"明日の配達時間を変更したいです"});
    QTest::newRow("Korean, 2 syllables") << QStringLiteral("환불") << texts({"안녕하세요, 환불하고 싶어요"});
    QTest::newRow("Korean, inside a word")
        << QStringLiteral("녕하세") << texts({"안녕하세요, 환불하고 싶어요"});
    QTest::newRow("Chinese, not there") << QStringLiteral("退款") << QStringList();
    QTest::newRow("Japanese, not there") << QStringLiteral("配送") << QStringList();
}

void TestMessageSearch::testFindsSubstringsInCjk()
{
    QFETCH(QString, query);
    QFETCH(QStringList, texts);
    const QList<SearchHit> hits = messageHits(query);
    QStringList found;
    for (const SearchHit& hit : hits) {
        found << plain(hit.snippet);
        QCOMPARE(marked(hit.snippet).value(0), query);
    }
    QCOMPARE(found, texts);
}

void TestMessageSearch::testShortQueryFindsNoLongerWord()
{
    // A pair of characters is a token of its own: it must not match across other characters.
    QVERIFY(messageHits(QStringLiteral("退发")).isEmpty());
    QVERIFY(messageHits(QStringLiteral("货你")).isEmpty());
    QCOMPARE(messageHits(QStringLiteral("发货")).size(), 1);
    // Two Latin letters are a prefix of trigrams, in the middle of a word or at the end of a text.
    QStringList found;
    for (const SearchHit& hit : messageHits(QStringLiteral("ab")))
        found << plain(hit.snippet);
    QCOMPARE(found, QStringList{QString::fromUtf8("Ma commande est arrivée abîmée, café renversé")});
    QCOMPARE(messageHits(QStringLiteral("ne")).size(), 1); // "…is fine": the last two characters
    QVERIFY(messageHits(QStringLiteral("zq")).isEmpty());
}

void TestMessageSearch::testNamesWithoutAccentsOrCase_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("Muller finds Müller and MULLER")
        << QStringLiteral("Muller")
        << QStringList{QStringLiteral("ANNA MULLER"), QString::fromUtf8("Hans Müller")};
    QTest::newRow("müller finds MULLER")
        << QString::fromUtf8("müller")
        << QStringList{QStringLiteral("ANNA MULLER"), QString::fromUtf8("Hans Müller")};
    QTest::newRow("two words, any order")
        << QStringLiteral("muller hans") << QStringList{QString::fromUtf8("Hans Müller")};
    QTest::newRow("cedilla") << QStringLiteral("francois") << QStringList{QString::fromUtf8("François")};
    QTest::newRow("CJK name") << QString::fromUtf8("田中") << QStringList{QString::fromUtf8("田中太郎")};
    QTest::newRow("Hangul name") << QString::fromUtf8("민준") << QStringList{QString::fromUtf8("김민준")};
    QTest::newRow("no one") << QStringLiteral("schmidt") << QStringList();
}

void TestMessageSearch::testNamesWithoutAccentsOrCase()
{
    QFETCH(QString, query);
    QFETCH(QStringList, names);
    QStringList found;
    for (const SearchHit& hit : search(query)) {
        if (hit.messageId != 0)
            continue;
        found << hit.peerName;
        QCOMPARE(hit.messageId, qint64(0));
        QVERIFY(hit.conversationId > 0);
        QCOMPARE(plain(hit.snippet), hit.peerName);
        QVERIFY(!marked(hit.snippet).isEmpty());
    }
    QCOMPARE(found, names);
    // Contacts come before messages.
    const QList<SearchHit> hits = search(query);
    QVERIFY(
        std::is_partitioned(hits.cbegin(), hits.cend(), [](const SearchHit& h) { return h.messageId == 0; }));
}

void TestMessageSearch::testNumberFragments_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("digits") << QStringLiteral("5511987");
    QTest::newRow("as written") << QStringLiteral("+55 11 98765-4321");
    QTest::newRow("with parentheses") << QStringLiteral("(11) 98765");
    QTest::newRow("the end") << QStringLiteral("987654321");
    QTest::newRow("full-width digits") << QString::fromUtf8("５５１１９８７");
}

void TestMessageSearch::testNumberFragments()
{
    QFETCH(QString, query);
    const QList<SearchHit> hits = search(query);
    const auto contact
        = std::find_if(hits.cbegin(), hits.cend(), [](const SearchHit& h) { return h.messageId == 0; });
    QVERIFY(contact != hits.cend());
    QCOMPARE(contact->peer, QStringLiteral("5511987654321"));
    QCOMPARE(contact->channelId, shop);
    QCOMPARE(plain(contact->snippet), QStringLiteral("5511987654321"));
    QCOMPARE(
        int(std::count_if(hits.cbegin(), hits.cend(), [](const SearchHit& h) { return h.messageId == 0; })),
        1);
}

void TestMessageSearch::testNumberInsideMessageText()
{
    const QList<SearchHit> hits = messageHits(QStringLiteral("7781"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(plain(hits.first().snippet), QStringLiteral("Where is my order R-77812?"));
    QCOMPARE(marked(hits.first().snippet), QStringList{QStringLiteral("7781")});
    QCOMPARE(messageHits(QStringLiteral("R-77812")).size(), 1);
    QVERIFY(messageHits(QStringLiteral("77813")).isEmpty());
}

void TestMessageSearch::testSnippetShowsTheWordsAsWritten()
{
    QList<SearchHit> hits = messageHits(QStringLiteral("MULLER GMBH"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(marked(hits.first().snippet),
             (QStringList{QString::fromUtf8("Müller"), QStringLiteral("GmbH")}));
    hits = messageHits(QStringLiteral("abime cafe"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(marked(hits.first().snippet),
             (QStringList{QString::fromUtf8("abîmé"), QString::fromUtf8("café")}));

    // A long text is cut around the first match, at a word.
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("filler%1 ").arg(i);
    text += QStringLiteral("needle ");
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("after%1 ").arg(i);
    const QString snippet = SearchText::snippet(text, SearchText::words(QStringLiteral("needle")));
    QVERIFY(snippet.startsWith(QStringLiteral("…filler")));
    QVERIFY(snippet.endsWith(QStringLiteral("…")));
    QVERIFY(snippet.size() < 100);
    QCOMPARE(marked(snippet), QStringList{QStringLiteral("needle")});
}

void TestMessageSearch::testChannelFilter()
{
    QVERIFY(JournaledBuilder(m_path).commit({delivery(other, samples[0], 100)}).ok());
    QCOMPARE(search(QStringLiteral("退货"), other).size(), 1);
    QCOMPARE(messageHits(QStringLiteral("退货")).size(), 3);
    QVERIFY(search(QStringLiteral("环"), other).isEmpty());
    for (const SearchHit& hit : search(QStringLiteral("王芳"), other))
        QCOMPARE(hit.channelId, other);
}

void TestMessageSearch::testMigrationFromUnicode61Index()
{
    // The index as schema 10 had it: words of unicode61, no prefix index.
    {
        QSqlDatabase db = Database::open(m_path).value();
        QSqlQuery q(db);
        for (const char* statement :
             {"DROP TRIGGER messages_fts_delete", "DROP TABLE messages_fts",
              "CREATE VIRTUAL TABLE messages_fts USING fts5 (text, content='messages', content_rowid='id',"
              " tokenize='unicode61 remove_diacritics 2')",
              "INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')",
              "INSERT INTO messages_fts (messages_fts, rank) VALUES ('automerge', 0)",
              "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
              " INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text); "
              "END",
              "ALTER TABLE stream_events DROP COLUMN ref", "PRAGMA user_version=10"})
            QVERIFY2(q.exec(QString::fromUtf8(statement)), qPrintable(q.lastError().text()));
        // Under the old tokenizer a part of a word finds nothing.
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH '\"7781\"'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    Database::close(m_path);
    QVERIFY(Database::open(m_path).ok());
    QSqlQuery q(Database::open(m_path).value());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::schemaVersion());
    q.finish();
    QCOMPARE(messageHits(QStringLiteral("7781")).size(), 1);
    QCOMPARE(messageHits(QStringLiteral("退货")).size(), 2);
    QCOMPARE(messageHits(QStringLiteral("muller")).size(), 1);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")));
    // The migrated index merges as a new one does (testIndexMergesALevelOnlyWhenFull).
    QVERIFY(q.exec(QStringLiteral("SELECT v FROM messages_fts_config WHERE k = 'usermerge'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 16);
    q.finish();
    // New messages are indexed as before.
    QVERIFY(
        JournaledBuilder(m_path).commit({delivery(shop, {"15550001111", "", "新しい注文です"}, 50)}).ok());
    QCOMPARE(messageHits(QStringLiteral("注文")).size(), 1);
}

int TestMessageSearch::indexSegments()
{
    QSqlQuery q(Database::open(m_path).value());
    if (!q.exec(QStringLiteral("SELECT count(DISTINCT segid) FROM messages_fts_idx")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestMessageSearch::testIndexMergesALevelOnlyWhenFull()
{
    // init() indexed one segment. Each commit here indexes its message as a segment of its own and
    // then takes a merge step; a level is merged once it holds 16 segments. With FTS5's default of
    // 4 the first segments would already be merged here, and rewritten again and again as the
    // index grows.
    JournaledBuilder builder(m_path);
    for (int n = 0; n < 14; ++n)
        QVERIFY(builder.commit({delivery(other, samples[n % 8], 100 + n)}).ok());
    QCOMPARE(indexSegments(), 15);
    QVERIFY(builder.commit({delivery(other, samples[0], 200)}).ok());
    QCOMPARE(indexSegments(), 1);
    // Nothing is lost in the merge: 退货 is in samples 0 and 1, committed by init() and here at
    // n = 0, 1, 8, 9 and once more.
    QCOMPARE(messageHits(QStringLiteral("退货")).size(), 7);
    QCOMPARE(SearchIndexProbe::integrityProblem(m_path), QString());
}

void TestMessageSearch::testDeletedAndPrunedMessagesAreNotFound()
{
    QCOMPARE(messageHits(QStringLiteral("退货")).size(), 2);
    {
        QSqlQuery q(Database::open(m_path).value());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM messages WHERE text = '你好，我想退货'")));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QCOMPARE(messageHits(QStringLiteral("退货")).size(), 1);

    // Retention deletes the rest (all older than a day) on a connection of its own.
    RetentionSettings retention;
    retention.messageDays = 1;
    RetentionPruner pruner(m_dir->path());
    pruner.setRetention(retention);
    const RetentionPruner::Outcome outcome
        = pruner.pruneOnce(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).addDays(3));
    QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.messages, qint64(std::size(samples) - 1));
    QVERIFY(messageHits(QStringLiteral("退货")).isEmpty());
    QVERIFY(messageHits(QStringLiteral("7781")).isEmpty());
    QSqlQuery q(Database::open(m_path).value());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('integrity-check')")),
             qPrintable(q.lastError().text()));
}

void TestMessageSearch::testLogSearch()
{
    const MessageSearch search(m_path);
    LogQuery query;
    auto lines = search.log(query, QStringLiteral("退货"));
    QVERIFY(lines.ok());
    // Oldest first, like the log; the contact 王芳 does not match 退货.
    QCOMPARE(lines.value().size(), 2);
    QCOMPARE(lines.value().at(0).entry.text, QString::fromUtf8("你好，我想退货"));
    QCOMPARE(lines.value().at(0).match, QStringLiteral("text"));

    lines = search.log(query, QStringLiteral("5511987"));
    QCOMPARE(lines.value().size(), 1);
    QCOMPARE(lines.value().at(0).entry.peer, QStringLiteral("5511987654321"));
    QCOMPARE(lines.value().at(0).match, QStringLiteral("contact"));

    query.peer = QStringLiteral("15557654321");
    lines = search.log(query, QStringLiteral("muller"));
    QCOMPARE(lines.value().size(), 1);
    QCOMPARE(lines.value().at(0).match, QStringLiteral("text"));
    QCOMPARE(lines.value().at(0).entry.peer, QStringLiteral("15557654321"));
}

void TestMessageSearch::testFold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("accents and case")
        << QString::fromUtf8("Müller ÉCOLE Łódź") << QString::fromUtf8("muller ecole łodz");
    QTest::newRow("full width") << QString::fromUtf8("ＡＢＣ１２３") << QStringLiteral("abc123");
    QTest::newRow("decomposed input") << QString::fromUtf8("Mu\u0308ller") << QStringLiteral("muller");
    QTest::newRow("Hangul stays whole") << QString::fromUtf8("환불") << QString::fromUtf8("환불");
    QTest::newRow("CJK unchanged") << QString::fromUtf8("你好，我想退货")
                                   << QString::fromUtf8("你好,我想退货");
}

void TestMessageSearch::testFold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchText::fold(text), folded);
    QCOMPARE(SearchText::fold(folded), folded);
}

QTEST_GUILESS_MAIN(TestMessageSearch)
#include "TestMessageSearch.moc"
