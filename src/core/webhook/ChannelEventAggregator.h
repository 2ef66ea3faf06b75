// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Merges the receiver's channel events while they wait to be written: events with the same
//! channel, kind, reason and address in the same minute become one with a count
//! (ChannelEvent::merge()), so a flood of refused requests costs a few rows a minute instead of
//! one per request. Not thread-safe; the projector holds it under its lock.

#include "model/ChannelEvent.h"

#include <QHash>
#include <QList>

namespace ChannelDesk {

class ChannelEventAggregator
{
public:
    void add(ChannelEvent event);
    bool isEmpty() const { return m_events.isEmpty(); }
    qsizetype size() const { return m_events.size(); }
    //! The merged events in the order their first request came, and empties the aggregator.
    QList<ChannelEvent> take();

private:
    static QString key(const ChannelEvent& event);

    QList<ChannelEvent> m_events;
    QHash<QString, qsizetype> m_index; //!< key → position in m_events
};

} // namespace ChannelDesk
