// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/ChannelEventAggregator.h"

namespace ChannelDesk {

QString ChannelEventAggregator::key(const ChannelEvent& event)
{
    // The unit separator cannot occur in a channel id, reason or address.
    const QChar separator(0x1f);
    return event.channelId + separator + event.kind + separator + event.reason + separator + event.remote
        + separator + QString::number(event.at.toMSecsSinceEpoch() / ChannelEvent::kMinuteMs);
}

void ChannelEventAggregator::add(ChannelEvent event)
{
    const QString k = key(event);
    const auto it = m_index.constFind(k);
    if (it != m_index.cend()) {
        m_events[*it].merge(event);
        return;
    }
    m_index.insert(k, m_events.size());
    m_events.append(std::move(event));
}

QList<ChannelEvent> ChannelEventAggregator::take()
{
    m_index.clear();
    return std::exchange(m_events, {});
}

} // namespace ChannelDesk
