// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Whether the reply composer can write and send to a conversation, and if not, why: for a
//! channel that sends at once (a linked device through its gateway, or WeCom), and for a Cloud API
//! channel. Its texts are the
//! composer's: they use ReplyComposerWidget's translation context, so the existing translations
//! keep applying.

#include <QString>

namespace ChannelDesk {

class Desk;

struct ReplyAvailability
{
    QString problem; //!< empty when nothing stands in the way
    bool canWrite = false; //!< a reply can be typed (and kept) even if it cannot go yet
    bool canSend = false;

    //! kind is the channel's; any other kind than linked or WeCom cannot be replied to here.
    static ReplyAvailability ofDirectChannel(const Desk* desk, const QString& channelId, const QString& kind,
                                             const QString& peer);
    //! Why a Cloud API channel cannot take a reply now (it goes through the queue, only to customers
    //! who did not opt out); empty when it can. The 24 h window itself limits only what can be sent.
    static QString cloudProblem(const Desk* desk, const QString& channelId, bool optedOut, bool windowKnown);
};

} // namespace ChannelDesk
