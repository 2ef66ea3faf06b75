// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/JournalReader.h"

#include "store/DeliveryJournal.h"
#include "util/Logging.h"
#include "webhook/GatewayEventBody.h"
#include "webhook/WebhookPayloadParser.h"
#include "wecom/WeComCallbackParser.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace ChannelDesk {
namespace {

//! A WeCom callback carries one message or event.
Result<WebhookBatch> weComBatch(const QByteArray& xml)
{
    const Result<WeComMessage> message = WeComCallbackParser::parseMessage(xml);
    if (!message.ok())
        return message.error();
    WebhookBatch batch;
    batch.messages.append(WeComCallbackParser::toInbound(message.value()));
    return batch;
}

//! A gateway's event, built like a delivery; its raw JSON goes into the store as before.
Delivery gatewayDelivery(const JournalEntry& entry)
{
    Delivery delivery{entry.channelId, entry.receivedAt, {}, {}, entry.id, true};
    Result<GatewayEvent> event = GatewayEventBody::decode(entry.body, entry.channelId, entry.receivedAt);
    if (event.ok())
        delivery.gatewayEvent = std::move(event.value());
    else
        qCWarning(lcWebhook) << "Journal entry" << entry.id
                             << "is not a gateway event; skipped:" << event.error().message;
    return delivery;
}

} // namespace

JournalReader::JournalReader(QString journalPath, int nice)
    : m_path(std::move(journalPath))
    , m_nice(nice)
{ }

JournalReader::~JournalReader()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

Result<QList<Delivery>> JournalReader::read(DeliveryJournal& journal, qint64 afterId, int limit)
{
    const auto entries = journal.entriesAfter(afterId, limit);
    if (!entries.ok())
        return entries.error();
    QList<Delivery> deliveries;
    deliveries.reserve(entries.value().size());
    for (const JournalEntry& entry : entries.value()) {
        if (entry.kind == JournalEntry::Kind::GatewayEvent) {
            deliveries.append(gatewayDelivery(entry));
            continue;
        }
        Result<WebhookBatch> parsed = entry.kind == JournalEntry::Kind::WeComCallback
            ? weComBatch(entry.body)
            : WebhookPayloadParser::parse(entry.body);
        // Only parsed POSTs are journaled; should a newer parser refuse one, its raw body is kept.
        if (!parsed.ok())
            qCWarning(lcWebhook) << "Journal entry" << entry.id
                                 << "no longer parses; keeping only its raw body:" << parsed.error().message;
        deliveries.append({entry.channelId, entry.receivedAt, entry.body,
                           parsed.ok() ? std::move(parsed.value()) : WebhookBatch{}, entry.id,
                           entry.kind != JournalEntry::Kind::WeComCallback});
    }
    return deliveries;
}

Result<QList<Delivery>> JournalReader::take(DeliveryJournal& journal, qint64 afterId, int limit)
{
    {
        std::unique_lock lock(m_mutex);
        if (m_request) {
            // A read cannot be cut short; one that is not this batch (a failed commit is retried
            // from its start) is waited for and dropped.
            m_wake.wait(lock, [this] { return m_request->result.has_value(); });
            Request request = std::move(*m_request);
            m_request.reset();
            if (request.afterId == afterId && request.limit == limit)
                return std::move(*request.result);
        }
    }
    return read(journal, afterId, limit);
}

void JournalReader::readAhead(qint64 afterId, int limit)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_request)
            return;
        m_request = Request{afterId, limit, std::nullopt};
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_all();
}

void JournalReader::dispose(QList<Delivery> deliveries)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            return; // nothing was read ahead: the caller's thread allocated it, and frees it
        m_disposed.append(std::move(deliveries));
    }
    m_wake.notify_all();
}

void JournalReader::run()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, 0, m_nice);
#endif
    DeliveryJournal journal(m_path);
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] {
            return m_stopping || !m_disposed.isEmpty() || (m_request && !m_request->result);
        });
        if (!m_disposed.isEmpty()) {
            QList<QList<Delivery>> disposed;
            disposed.swap(m_disposed);
            lock.unlock();
            disposed.clear();
            lock.lock();
            continue;
        }
        if (m_stopping)
            break;
        const qint64 afterId = m_request->afterId;
        const int limit = m_request->limit;
        lock.unlock();
        Result<QList<Delivery>> result = read(journal, afterId, limit);
        lock.lock();
        m_request->result = std::move(result);
        m_wake.notify_all();
    }
}

} // namespace ChannelDesk
