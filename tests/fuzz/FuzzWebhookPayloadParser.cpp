// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target for WebhookPayloadParser: any bytes must parse without crashing, and whatever comes
// out must keep the parser's promises. A broken promise aborts, so the fuzzer keeps the input.

#include "webhook/WebhookPayloadParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace ChannelDesk;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkBatch(const WebhookBatch& batch)
{
    require(batch.ignoredItems >= 0);
    for (const InboundMessage& message : batch.messages) {
        // The store dedupes on the wamid, so a message is only ever reported with one.
        require(!message.messageId.isEmpty() && !message.rawJson.isEmpty());
        if (message.type == QLatin1String("reaction"))
            require(message.reactionRemoved == message.text.isEmpty());
        require(!message.timestamp.isValid() || message.timestamp.timeSpec() == Qt::UTC);
    }
    for (const StatusUpdate& status : batch.statuses)
        require(!status.messageId.isEmpty() && !status.status.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<WebhookBatch> result = WebhookPayloadParser::parse(body);
    if (result.ok())
        checkBatch(result.value());
    else
        require(result.error().code == 400 && !result.error().message.isEmpty());
    // The receiver answers from the outline and builds from parse() later: they must agree, or an
    // acknowledged delivery could fail to build.
    const Result<WebhookPayloadParser::Outline> outline = WebhookPayloadParser::outline(body);
    require(outline.ok() == result.ok());
    if (outline.ok())
        require(outline.value().messages >= int(result.value().messages.size())
                && outline.value().statuses >= int(result.value().statuses.size()));
    return 0;
}
