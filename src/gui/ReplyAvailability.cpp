// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyAvailability.h"

#include "channels/Channel.h"
#include "desk/Desk.h"
#include "ConversationListModel.h"
#include "ReplyComposerWidget.h"

namespace ChannelDesk {

ReplyAvailability ReplyAvailability::ofDirectChannel(const Desk* desk, const QString& channelId,
                                                     const QString& kind, const QString& peer)
{
    ReplyAvailability result;
    if (kind == ChannelKinds::weCom()) {
        // Like a linked device: text only, no window; but only members on the allowlist.
        const auto channel = desk ? desk->channel(channelId) : std::nullopt;
        if (!channel || !desk->canSend(channelId))
            result.problem = ReplyComposerWidget::tr("This channel cannot send: it is disabled.");
        else if (ConversationListModel::isNotAllowed(channel, peer))
            result.problem
                = ReplyComposerWidget::tr(
                      "%1 is not on the allowlist of %2; add them to the channel's allowed users to answer.")
                      .arg(peer, channel->name.isEmpty() ? channel->id : channel->name);
        else
            result.canWrite = result.canSend = true;
    } else if (kind != ChannelKinds::whatsAppLinked()) {
        result.problem = ReplyComposerWidget::tr("Replying is not available for this kind of channel.");
    } else if (!desk || !desk->hasLink(channelId)) {
        result.problem = ReplyComposerWidget::tr(
            "This channel is not connected to its gateway: it is disabled, or its API key is missing.");
    } else {
        result.canWrite = true;
        const LinkState state = desk->linkStatus(channelId).state;
        result.canSend = state == LinkState::Connected;
        if (!result.canSend)
            result.problem = ReplyComposerWidget::tr(
                                 "The number is not linked right now (%1); the reply can be sent once it is.")
                                 .arg(LinkStateText::name(state));
    }
    return result;
}

QString ReplyAvailability::cloudProblem(const Desk* desk, const QString& channelId, bool optedOut,
                                        bool windowKnown)
{
    if (!desk || !desk->canSend(channelId))
        return ReplyComposerWidget::tr(
            "This channel cannot send: it is disabled or its access token is not available.");
    if (optedOut)
        return ReplyComposerWidget::tr(
            "The customer opted out; clear the opt-out first if they agreed to hear from you again.");
    if (!windowKnown)
        return ReplyComposerWidget::tr("Checking the customer service window…");
    return {};
}

} // namespace ChannelDesk
