// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target for the WeCom callback path: the POST body goes through parseEnvelope, then decrypt
// with a fixed key (Tencent's sample, so the V2 seed reaches the message parser), parseMessage and
// toInbound; the same bytes are also fed to parseMessage directly, and sealed and opened again.
// Any input must come through without crashing, and what comes out must keep the promises below.

#include "wecom/WeComCallbackParser.h"
#include "wecom/WeComCrypto.h"

#include <QByteArray>
#include <QString>

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

const QByteArray& fixedKey()
{
    static const QByteArray key
        = WeComCrypto::aesKey(QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"));
    return key;
}

void checkMessage(const QByteArray& xml)
{
    const Result<WeComMessage> message = WeComCallbackParser::parseMessage(xml);
    if (!message.ok()) {
        require(message.error().is(ErrorCode::InvalidInput) && !message.error().message.isEmpty());
        return;
    }
    const WeComMessage& m = message.value();
    require(!m.fromUserName.isEmpty() && !m.msgType.isEmpty() && m.createTime >= 0);
    require(m.msgType == m.msgType.toLower());
    require(!m.isEvent() || !m.event.isEmpty());
    const InboundMessage inbound = WeComCallbackParser::toInbound(m);
    // The store dedupes on messageId, so there always is one.
    require(!inbound.messageId.isEmpty() && inbound.from == m.fromUserName);
    require(inbound.timestamp.isValid() && inbound.timestamp.timeSpec() == Qt::UTC);
    require(!inbound.rawJson.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    const Result<WeComEnvelope> envelope = WeComCallbackParser::parseEnvelope(body);
    if (envelope.ok()) {
        require(!envelope.value().encrypt.isEmpty());
        const WeComCrypto::Opened opened = WeComCrypto::decrypt(fixedKey(), envelope.value().encrypt);
        require(opened.ok() || (opened.message.isEmpty() && opened.receiveId.isEmpty()));
        if (opened.ok())
            checkMessage(opened.message);
    } else {
        require(envelope.error().is(ErrorCode::InvalidInput) && !envelope.error().message.isEmpty());
    }

    checkMessage(body);

    // Whatever the bytes, sealing them and opening the result gives them back.
    const QByteArray sealed
        = WeComCrypto::encrypt(fixedKey(), body, "wx5823bf96d3bd56c7", "0123456789abcdef");
    const WeComCrypto::Opened reopened = WeComCrypto::decrypt(fixedKey(), sealed);
    require(reopened.ok() && reopened.message == body && reopened.receiveId == "wx5823bf96d3bd56c7");
    return 0;
}
