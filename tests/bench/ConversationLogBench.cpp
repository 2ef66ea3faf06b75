// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a store with N messages in M conversations (unless it already holds them) and times the
// reads the conversation log makes: first page of conversations, opening a conversation, search.
#include "store/ConversationReader.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"
#include "JournaledBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace ChannelDesk;

namespace {

const char* const words[]
    = {"order",    "delivery", "invoice", "refund",    "address",  "price",   "size",  "colour",
       "tracking", "thanks",   "hello",   "available", "tomorrow", "payment", "store", "return"};

Delivery makeDelivery(qint64 first, int count, int conversations)
{
    Delivery delivery{QStringLiteral("bench"), QDateTime::currentDateTimeUtc(), QByteArray("{}"), {}};
    for (qint64 n = first; n < first + count; ++n) {
        InboundMessage m;
        m.messageId = QStringLiteral("wamid.bench.%1").arg(n);
        m.from = QStringLiteral("1555%1").arg(1000000 + n % conversations);
        m.profileName = QStringLiteral("Customer %1").arg(n % conversations);
        m.type = QStringLiteral("text");
        m.text = QStringLiteral("%1 about my %2, message %3 — %4")
                     .arg(QLatin1String(words[n % 16]), QLatin1String(words[(n / 16) % 16]))
                     .arg(n)
                     .arg(n % 997 == 0 ? QStringLiteral("zanzibar") : QStringLiteral("please"));
        m.timestamp = QDateTime::fromSecsSinceEpoch(1767225600 + n * 2, Qt::UTC);
        m.rawJson = "{\"id\":\"" + m.messageId.toUtf8() + "\"}";
        delivery.batch.messages.append(m);
    }
    return delivery;
}

template <typename F> double medianMs(F&& run, int repeats = 7)
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

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
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
          QStringLiteral("10000")}});
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
        std::printf("filled %lld messages in %d conversations in %.1f s\n", total, conversations,
                    double(fill.elapsed()) / 1000);
    }
    // Only the time counts here; the results are checked by TestConversationReader.
    const double firstPage = medianMs([&] { (void)reader.conversations({}, 200); });
    const double count = medianMs([&] { (void)reader.conversationCount({}); });
    const auto page = reader.conversations({}, 200).value();
    qint64 busiest = page.isEmpty() ? 0 : page.first().id;
    const double open = medianMs([&] { (void)reader.olderMessages(busiest, std::nullopt, 200); });
    const double searchRare = medianMs([&] { (void)reader.search(QStringLiteral("zanzibar"), {}); });
    const double searchCommon = medianMs([&] { (void)reader.search(QStringLiteral("order"), {}); });
    const double searchPrefix = medianMs([&] { (void)reader.search(QStringLiteral("deliv"), {}); });
    std::printf("conversations: first page of 200 %.2f ms, count %.2f ms\n", firstPage, count);
    std::printf("open conversation (newest 200 messages): %.2f ms\n", open);
    std::printf("search: rare word %.2f ms, common word %.2f ms, prefix %.2f ms\n", searchRare, searchCommon,
                searchPrefix);
    std::printf("peak RSS %ld kB\n", peakRssKb());
    return 0;
}
