// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The receiver's per-delivery work split into its stages (signature, outline, durable append to
// the delivery journal, which the acknowledgement waits for; reading the journal back, full parse
// and building the conversation store, which follow behind), run in one thread on throw-away
// files, so a change to one stage can be measured on its own. Usage: channeldesk-bench-receiver-stages
// [deliveries] [batch]

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
#include <ctime>

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

//! Wall time and the process's own CPU time since start(): on a busy machine the wall time
//! grows with what else runs, the CPU time much less.
class StageClock
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = cpuNanos();
    }
    QByteArray per(int count) const
    {
        return QByteArray::number(double(m_wall.nsecsElapsed()) / 1000.0 / count, 'f', 2)
            + " us/delivery, CPU " + QByteArray::number(cpuMicrosPer(count), 'f', 2) + " us";
    }
    double cpuMicrosPer(int count) const { return double(cpuNanos() - m_cpu) / 1000.0 / count; }

private:
    static qint64 cpuNanos()
    {
        timespec now = {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

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

    StageClock timer;
    double ackPathCpu = 0;
    timer.start();
    int valid = 0;
    for (int i = 0; i < count; ++i)
        valid += SignatureVerifier::verify(signatures.at(i), bodies.at(i), secret)
            == SignatureVerifier::Outcome::Valid;
    ackPathCpu += timer.cpuMicrosPer(count);
    std::printf("verify  %s (%d valid)\n", timer.per(count).constData(), valid);

    timer.start();
    int outlined = 0;
    for (int i = 0; i < count; ++i)
        outlined += WebhookPayloadParser::outline(bodies.at(i)).value().messages;
    ackPathCpu += timer.cpuMicrosPer(count);
    std::printf("outline %s (%d messages), what the receiver checks before answering\n",
                timer.per(count).constData(), outlined);

    QList<Delivery> deliveries;
    deliveries.reserve(count);
    timer.start();
    for (int i = 0; i < count; ++i) {
        Result<WebhookBatch> parsed = WebhookPayloadParser::parse(bodies.at(i));
        deliveries.append({QStringLiteral("bench"), QDateTime::currentDateTimeUtc(), bodies.at(i),
                           std::move(parsed.value()), i + 1});
    }
    const double parseCpu = timer.cpuMicrosPer(count);
    std::printf("parse   %s\n", timer.per(count).constData());

    QTemporaryDir dir;
    DeliveryJournal journal(dir.filePath(QStringLiteral("journal.sqlite")));
    double written = bytesWritten();
    timer.start();
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
    ackPathCpu += timer.cpuMicrosPer(count);
    std::printf("journal %s in batches of %d, %.0f bytes/delivery written\n", timer.per(count).constData(),
                batchSize, (bytesWritten() - written) / count);

    // As the builder's reader does, on a thread of its own: the entries back, in batches.
    timer.start();
    qint64 readUpTo = 0;
    int read = 0;
    for (;;) {
        const auto entries = journal.entriesAfter(readUpTo, batchSize);
        if (!entries.ok() || entries.value().isEmpty())
            break;
        read += int(entries.value().size());
        readUpTo = entries.value().constLast().id;
    }
    const double readCpu = timer.cpuMicrosPer(count);
    std::printf("read    %s in batches of %d (%d entries)\n", timer.per(count).constData(), batchSize, read);

    DeliveryProjection projection(dir.filePath(QStringLiteral("bench.sqlite")));
    MessageStore& store = projection.store();
    // As the receiver does: messages are indexed for search in batches (the last one is timed too).
    store.setSearchIndexInterval(250);
    int stored = 0;
    written = bytesWritten();
    timer.start();
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
    const double buildCpu = timer.cpuMicrosPer(count);
    std::printf("build   %s in batches of %d, %.0f bytes/delivery written (%d stored)\n",
                timer.per(count).constData(), batchSize, (bytesWritten() - written) / count, stored);
    timer.start();
    deliveries.clear();
    const double freeCpu = timer.cpuMicrosPer(count);
    std::printf("free    %s\n", timer.per(count).constData());
    std::printf("CPU per delivery: acknowledgement path (verify + outline + journal) %.2f us;"
                " behind it (read + parse + build + free) %.2f us\n",
                ackPathCpu, readCpu + parseCpu + buildCpu + freeCpu);
    return stored == count ? 0 : 1;
}
