// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One signed delivery of many small messages (the largest body the receiver accepts is 3 MiB):
// how long parsing it and building it into the conversation store take, on throw-away files.
// Building must grow linearly with the body. Usage: channeldesk-bench-large-body [MiB] [senders]
// (senders: how many distinct customers the messages come from, each with a contacts entry;
// default one per message, the worst case for matching messages to contacts; a third argument
// `statuses` sends delivery statuses instead of messages).

#include "store/MessageStore.h"
#include "webhook/DeliveryProjection.h"
#include "webhook/WebhookPayloadParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace ChannelDesk;

namespace {

QByteArray largeBody(qsizetype targetBytes, int senders, bool statuses, int* messages)
{
    QByteArray contacts;
    QByteArray items;
    int n = 0;
    while (contacts.size() + items.size() < targetBytes - 400) {
        const int sender = senders > 0 ? n % senders : n;
        const QByteArray from = "86138" + QByteArray::number(10000000 + sender);
        if (senders <= 0 || n < senders) {
            contacts += (contacts.isEmpty() ? "" : ",");
            contacts += "{\"profile\":{\"name\":\"Customer " + QByteArray::number(sender) + "\"},\"wa_id\":\""
                + from + "\"}";
        }
        items += (items.isEmpty() ? "" : ",");
        if (statuses) {
            items += "{\"id\":\"wamid.out" + QByteArray::number(n)
                + "\",\"status\":\"delivered\",\"timestamp\":"
                  "\"1767225600\",\"recipient_id\":\""
                + from + "\"}";
            ++n;
            continue;
        }
        items += "{\"from\":\"" + from + "\",\"id\":\"wamid.large" + QByteArray::number(n)
            + "\",\"timestamp\":\"1767225600\",\"text\":{\"body\":\"message " + QByteArray::number(n)
            + "\"},\"type\":\"text\"}";
        ++n;
    }
    *messages = n;
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
           "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":"
           "\"15550001234\",\"phone_number_id\":\"106540352242922\"},\"contacts\":["
        + (statuses ? QByteArray() : contacts) + "],\"" + (statuses ? "statuses" : "messages") + "\":["
        + items + "]},\"field\":\"messages\"}]}]}";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const double mib = argc > 1 ? atof(argv[1]) : 3.0;
    const int senders = argc > 2 ? atoi(argv[2]) : 0;
    const bool statuses = argc > 3 && qstrcmp(argv[3], "statuses") == 0;
    int messages = 0;
    const QByteArray body = largeBody(qsizetype(mib * 1024 * 1024), senders, statuses, &messages);

    QElapsedTimer timer;
    timer.start();
    Result<WebhookBatch> parsed = WebhookPayloadParser::parse(body);
    if (!parsed.ok()) {
        std::fprintf(stderr, "parse failed: %s\n", qPrintable(parsed.error().message));
        return 1;
    }
    const double parseMs = timer.nsecsElapsed() / 1e6;

    QTemporaryDir dir;
    DeliveryProjection projection(dir.filePath(QStringLiteral("bench.sqlite")));
    const QList<Delivery> deliveries{
        {QStringLiteral("bench"), QDateTime::currentDateTimeUtc(), body, std::move(parsed.value()), 1}};
    timer.restart();
    const auto committed = projection.commitDeliveries(deliveries);
    if (!committed.ok()) {
        std::fprintf(stderr, "commit failed: %s\n", qPrintable(committed.error().message));
        return 1;
    }
    const double commitMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    if (!projection.store().indexPendingMessages().ok())
        return 1;
    const double indexMs = timer.nsecsElapsed() / 1e6;
    const int stored
        = committed.value().constFirst().newMessages + committed.value().constFirst().newStatuses;
    std::printf("body %lld bytes, %d items from %d senders: parse %.0f ms, build %.0f ms, "
                "search index %.0f ms, total %.0f ms (%d stored)\n",
                static_cast<long long>(body.size()), messages, senders > 0 ? senders : messages, parseMs,
                commitMs, indexMs, parseMs + commitMs + indexMs, stored);
    return stored == messages ? 0 : 1;
}
