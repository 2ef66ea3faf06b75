// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/OptOutPolicy.h"

#include "store/MessageWriter.h"

namespace ChannelDesk {

bool OptOutPolicy::apply(MessageWriter& writer, const QString& channelId, const QString& peer,
                         const QString& text, qint64 at) const
{
    if (!m_words.matches(text))
        return true;
    return writer.recordOptOut(channelId, peer, at, text.trimmed().left(40));
}

} // namespace ChannelDesk
