// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypingIndicator.h"

#include "desk/Desk.h"
#include "util/Clock.h"

namespace ChannelDesk {

TypingIndicator::TypingIndicator(QObject* parent)
    : QObject(parent)
    , m_clock(Clock::system())
{ }

void TypingIndicator::reset()
{
    m_lastInboundId.clear();
    m_sentAt = {};
}

void TypingIndicator::noteTyping(const QString& channelId, bool canShow)
{
    if (!canShow || !m_desk || m_lastInboundId.isEmpty())
        return;
    const QDateTime now = m_clock->now();
    if (m_sentAt.isValid() && m_sentAt.msecsTo(now) < 20000)
        return;
    m_sentAt = now;
    m_desk->markRead(channelId, m_lastInboundId, true);
}

} // namespace ChannelDesk
