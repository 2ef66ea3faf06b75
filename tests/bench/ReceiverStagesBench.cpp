// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The receiver's per-delivery work split into its stages (signature, outline, durable append to
// the delivery journal, which the acknowledgement waits for; full parse and building the
// conversation store, which follow behind), run in one thread on throw-away files, so a change to one stage
// can be measured on its own. Usage: channeldesk-bench-receiver-stages [deliveries] [batch]

#include "store/DeliveryJournal.h"
#include "store/MessageStore.h"
#include "webhook/DeliveryProjection.h"
#include "webhook/SignatureVerifier.h"
#include "webhook/WebhookPayloadParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace ChannelDesk;

namespace {

QByteArray bodyFor(int n)
{
    const QByteArray from = "1555" + QByteArray::number(1000000 + n % 10000);
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
           "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":"
           "\"15550001234\",\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":"
           "\"Customer "
        + QByteArray::number(n % 10000) + "\"},\"wa_id\":\"" + from + "\"}],\"messages\":[{\"from\":\"" + from
        + "\",\"id\":\"wamid.HBgLMTU1NTc2NTQzMjEVAgASGBQzQTAy" + QByteArray::number(n)
        + "QUFBQkJCQ0ND\",\"timestamp\":\"1767225600\",\"text\":{\"body\":\"Hello, I would like to know "
          "the status of my order number "
        + QByteArray::number(n) + ". Thank you!\"},\"type\":\"text\"}]},\"field\":\"messages\"}]}]}";
}

double microsPer(const QElapsedTimer& timer, int count)
{
    return double(timer.nsecsElapsed()) / 1000.0 / count;
}

//! What the process has written so far (WAL frames, checkpoints), from Linux's accounting.
double bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    for (const QByteArray& line : io.readAll().split('\n')) {
        if (line.startsWith("wchar: "))
            return line.mid(7).toDouble();
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 50000;
    const int batchSize = argc > 2 ? atoi(argv[2]) : 128;
    const QByteArray secret = "0123456789abcdef0123456789abcdef";
    QList<QByteArray> bodies;
    QList<QByteArray> signatures;
    for (int i = 0; i < count; ++i) {
        bodies.append(bodyFor(i));
        signatures.append(SignatureVerifier::sign(bodies.last(), secret));
    }

    QElapsedTimer timer;
    timer.start();
    int valid = 0;
    for (int i = 0; i < count; ++i)
        valid += SignatureVerifier::verify(signatures.at(i), bodies.at(i), secret)
            == SignatureVerifier::Outcome::Valid;
    std::printf("verify  %.2f us/delivery (%d valid)\n", microsPer(timer, count), valid);

    timer.restart();
    int outlined = 0;
    for (int i = 0; i < count; ++i)
        outlined += WebhookPayloadParser::outline(bodies.at(i)).value().messages;
    std::printf("outline %.2f us/delivery (%d messages), what the receiver checks before answering\n",
                microsPer(timer, count), outlined);

    QList<Delivery> deliveries;
    deliveries.reserve(count);
    timer.restart();
    for (int i = 0; i < count; ++i) {
        Result<WebhookBatch> parsed = WebhookPayloadParser::parse(bodies.at(i));
        deliveries.append({QStringLiteral("bench"), QDateTime::currentDateTimeUtc(), bodies.at(i),
                           std::move(parsed.value()), i + 1});
    }
    std::printf("parse   %.2f us/delivery\n", microsPer(timer, count));

    QTemporaryDir dir;
    DeliveryJournal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    double written = bytesWritten();
    timer.restart();
    for (int i = 0; i < count; i += batchSize) {
        QList<JournalEntry> entries;
        for (int j = i; j < std::min(count, i + batchSize); ++j)
            entries.append({0, QStringLiteral("bench"), deliveries.at(j).receivedAt, bodies.at(j)});
        const auto appended = journal.append(entries);
        if (!appended.ok()) {
            std::fprintf(stderr, "journal append failed: %s\n", qPrintable(appended.error().message));
            return 1;
        }
    }
    std::printf("journal %.2f us/delivery in batches of %d, %.0f bytes/delivery written\n",
                microsPer(timer, count), batchSize, (bytesWritten() - written) / count);

    DeliveryProjection projection(dir.filePath(QStringLiteral("bench.sqlite")));
    MessageStore& store = projection.store();
    // As the receiver does: messages are indexed for search in batches (the last one is timed too).
    store.setSearchIndexInterval(250);
    int stored = 0;
    written = bytesWritten();
    timer.restart();
    for (int i = 0; i < count; i += batchSize) {
        const auto committed = projection.commitDeliveries(deliveries.mid(i, batchSize));
        if (!committed.ok()) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(committed.error().message));
            return 1;
        }
        for (const DeliveryOutcome& outcome : committed.value())
            stored += outcome.newMessages;
    }
    if (!store.indexPendingMessages().ok())
        return 1;
    // As the builder does: the raw bodies stay in the journal.
    std::printf("build   %.2f us/delivery in batches of %d, %.0f bytes/delivery written (%d stored)\n",
                microsPer(timer, count), batchSize, (bytesWritten() - written) / count, stored);
    timer.restart();
    deliveries.clear();
    std::printf("free    %.2f us/delivery\n", microsPer(timer, count));
    return stored == count ? 0 : 1;
}
