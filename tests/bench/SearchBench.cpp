// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a store with N messages in M conversations, a mix of English, Portuguese, Chinese, Japanese
// and Korean with accented and CJK contact names (unless the store already holds them), and times
// what search makes of typed text: two CJK characters, one, a name without its accent, a number
// fragment, a common word, a rare word. With --rebuild it also times rebuilding the index as the
// migration to schema 11 does.
#include "store/ConversationReader.h"
#include "store/Database.h"
#include "util/DataDirectory.h"
#include "JournaledBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace ChannelDesk;

namespace {

const char* const texts[] = {
    "Hello, where is my order R-%1? It was due yesterday",
    "Thanks a lot, the delivery arrived in good shape",
    "Can I change the address of order %1 please",
    "Olá, meu pedido %1 ainda não chegou, você pode verificar?",
    "Obrigado pela ajuda, até amanhã",
    "你好，请问订单%1什么时候发货？",
    "谢谢你的帮助，我已经收到了",
    "我的包裹还没到，订单号%1",
    "明日の配達時間を変更したいです。注文番号%1",
    "ありがとうございます。よろしくお願いします",
    "안녕하세요, 주문 %1 배송이 언제 되나요?",
    "감사합니다. 좋은 하루 되세요",
    "Bonjour, ma commande %1 est arrivée abîmée",
    "Is the blue one available in size M?",
    "Ich möchte meine Bestellung %1 stornieren",
    "Perfect, see you tomorrow",
};
// Rare: one message in 997 asks to return something (退货), one in 4999 names Zanzibar.
const char* const rare[] = {"你好，我想退货，订单%1", "Can you ship to Zanzibar? Order %1"};

const char* const givenNames[] = {"Hans", "Søren", "José", "François", "Zoë", "Łukasz", "Ana", "Mehmet"};
const char* const familyNames[] = {"Müller", "Gonçalves", "Núñez", "Dvořák", "Nguyễn", "O'Brien", "Şahin"};
const char* const cjkNames[] = {"王芳", "李雷", "田中太郎", "佐藤花子", "김민준", "이서연"};

QString nameOf(int conversation)
{
    if (conversation % 4 == 3)
        return QString::fromUtf8(cjkNames[(conversation / 4) % 6]) + QString::number(conversation);
    return QString::fromUtf8(givenNames[conversation % 8]) + QLatin1Char(' ')
        + QString::fromUtf8(familyNames[(conversation / 8) % 7]) + QLatin1Char(' ')
        + QString::number(conversation);
}

QString peerOf(int conversation)
{
    // Brazilian, German, Chinese and US numbers.
    static const char* const prefixes[] = {"55119", "49151", "86138", "1555"};
    return QString::fromLatin1(prefixes[conversation % 4])
        + QStringLiteral("%1").arg(conversation * 7919 % 100000000, 8, 10, QLatin1Char('0'));
}

Delivery makeDelivery(qint64 first, int count, int conversations)
{
    Delivery delivery{QStringLiteral("bench"), QDateTime::currentDateTimeUtc(), QByteArray("{}"), {}};
    for (qint64 n = first; n < first + count; ++n) {
        const int conversation = int(n % conversations);
        InboundMessage m;
        m.messageId = QStringLiteral("wamid.search.%1").arg(n);
        m.from = peerOf(conversation);
        m.profileName = nameOf(conversation);
        m.type = QStringLiteral("text");
        const char* text = n % 997 == 0 ? rare[0] : n % 4999 == 1 ? rare[1] : texts[(n * 7) % 16];
        m.text = QString::fromUtf8(text);
        if (m.text.contains(QLatin1String("%1")))
            m.text = m.text.arg(10000 + n % 90000);
        m.timestamp = QDateTime::fromSecsSinceEpoch(1767225600 + n * 2, Qt::UTC);
        m.rawJson = "{\"id\":\"" + m.messageId.toUtf8() + "\"}";
        delivery.batch.messages.append(m);
    }
    return delivery;
}

template <typename F> double medianMs(F&& run, int repeats = 9)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("data-dir"), QStringLiteral("store to fill or reuse"), QStringLiteral("dir")},
         {QStringLiteral("messages"), QStringLiteral("messages"), QStringLiteral("n"),
          QStringLiteral("1000000")},
         {QStringLiteral("conversations"), QStringLiteral("conversations"), QStringLiteral("n"),
          QStringLiteral("20000")},
         {QStringLiteral("rebuild"), QStringLiteral("time rebuilding the index as the migration does")}});
    parser.process(app);
    const QString dir = parser.value(QStringLiteral("data-dir"));
    const qint64 total = parser.value(QStringLiteral("messages")).toLongLong();
    const int conversations = parser.value(QStringLiteral("conversations")).toInt();
    if (dir.isEmpty() || total <= 0 || conversations <= 0) {
        std::fprintf(stderr, "need --data-dir and positive --messages/--conversations\n");
        return 2;
    }
    QDir().mkpath(dir);
    const QString path = DataDirectory::databasePath(dir);
    ConversationReader reader(path);
    if (reader.conversationCount({}).value() == 0) {
        JournaledBuilder store(path);
        QElapsedTimer fill;
        fill.start();
        constexpr int perTransaction = 10000;
        for (qint64 first = 0; first < total; first += perTransaction) {
            const auto done = store.commit(
                {makeDelivery(first, int(std::min<qint64>(perTransaction, total - first)), conversations)});
            if (!done.ok()) {
                std::fprintf(stderr, "fill failed: %s\n", qPrintable(done.error().message));
                return 1;
            }
        }
        std::printf("filled %lld messages in %d conversations in %.1f s (indexing included)\n", total,
                    conversations, double(fill.elapsed()) / 1000);
    }
    if (parser.isSet(QStringLiteral("rebuild"))) {
        QSqlQuery q(Database::open(path).value());
        QElapsedTimer rebuild;
        rebuild.start();
        const bool ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"))
            && q.exec(QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('delete-all')"))
            && q.exec(QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('automerge', 4)"))
            && q.exec(QStringLiteral("INSERT INTO messages_fts (rowid, text) SELECT id, text FROM messages"
                                     " WHERE id <= (SELECT upto FROM search_index)"))
            && q.exec(QStringLiteral("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')"))
            && q.exec(QStringLiteral("INSERT INTO messages_fts (messages_fts, rank) VALUES ('automerge', 0)"))
            && q.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            std::fprintf(stderr, "rebuild failed: %s\n", qPrintable(q.lastError().text()));
            return 1;
        }
        std::printf("index rebuilt as the migration does in %.1f s\n", double(rebuild.elapsed()) / 1000);
    }
    std::printf("store %.0f MB\n", double(QFileInfo(path).size()) / 1e6);
    struct Query
    {
        const char* label;
        const char* text;
    };
    const Query queries[] = {
        {"2 CJK characters, rare (退货)", "退货"},
        {"2 CJK characters, common (订单)", "订单"},
        {"1 CJK character (货)", "货"},
        {"2 Hangul syllables (주문)", "주문"},
        {"Japanese (配達時間)", "配達時間"},
        {"name without accent (muller)", "muller"},
        {"name, CJK (田中)", "田中"},
        {"number fragment (5511900)", "5511900"},
        {"order number fragment (R-4242)", "4242"},
        {"common word (order)", "order"},
        {"two letters (or)", "or"},
        {"rare word (zanzibar)", "zanzibar"},
        {"nothing (xylophone)", "xylophone"},
    };
    // Only the time counts here; the results are checked by TestMessageSearch.
    for (const Query& query : queries) {
        const QString text = QString::fromUtf8(query.text);
        int hits = 0;
        const double ms = medianMs([&] { hits = int(reader.search(text, {}).value().size()); });
        std::printf("search %-36s %7.2f ms  (%d hits)\n", query.label, ms, hits);
    }
    return 0;
}
