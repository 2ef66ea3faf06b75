// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The opt-out rule: a new inbound text that is just one of the opt-out words ("STOP") opts its
//! sender out of business-initiated sends on that channel, from then on. Applied while the message
//! is built into the conversation log, in the same transaction.

#include "settings/OptOutWords.h"

#include <QString>

namespace ChannelDesk {

class MessageWriter;

class OptOutPolicy
{
public:
    //! Starts with OptOutWords' defaults.
    OptOutPolicy() = default;

    void setWords(const OptOutWords& words) { m_words = words; }
    const OptOutWords& words() const { return m_words; }

    //! Records the opt-out when text asks for one. Call it for new inbound text messages only.
    //! false on a database error (see MessageWriter::error()).
    bool apply(MessageWriter& writer, const QString& channelId, const QString& peer, const QString& text,
               qint64 at) const;

private:
    OptOutWords m_words;
};

} // namespace ChannelDesk
