// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/MessageRules.h"

#include "linking/GatewayAdapter.h"
#include "linking/WahaAdapter.h"
#include "outbound/RecipientNumber.h"
#include "outbound/TemplatePayload.h"
#include "outbound/WhatsAppMarkup.h"

namespace ChannelDesk {

Status MessageRules::checkContent(const OutboundContent& content, const QString& to)
{
    const Result<QJsonObject> built = OutboundPayload::build(content, to);
    if (!built.ok())
        return built.error();
    return Done{};
}

Status MessageRules::checkTemplate(const OutboundContent& content)
{
    const Result<QJsonObject> built = TemplatePayload::build(content);
    if (!built.ok())
        return built.error();
    return Done{};
}

Result<QString> MessageRules::normalizeRecipient(const QString& input)
{
    return RecipientNumber::normalize(input);
}

QString MessageRules::whatsAppMarkup(const QString& markdown)
{
    return WhatsAppMarkup::fromMarkdown(markdown);
}

QString MessageRules::formatPairingCode(const QString& code)
{
    return WahaAdapter::formatPairingCode(code);
}

QString MessageRules::normalisePeer(const QString& peerOrJid)
{
    return ChannelDesk::normalisePeer(peerOrJid);
}

} // namespace ChannelDesk
