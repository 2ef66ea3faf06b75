// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelActivityFeed.h"

#include "desk/Desk.h"
#include "util/WhenFinished.h"
#include "ChannelEventListModel.h"

#include <QListView>

namespace ChannelDesk {

ChannelActivityFeed::ChannelActivityFeed(Desk* desk, QListView* view, QWidget* placeholder, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_model(new ChannelEventListModel(this))
    , m_view(view)
    , m_placeholder(placeholder)
{
    m_view->setModel(m_model);
    updatePlaceholder();
    if (!desk)
        return;
    connect(desk, &Desk::channelEventRecorded, this, &ChannelActivityFeed::addEvent);
    connect(desk, &Desk::conversationsChanged, this, &ChannelActivityFeed::load);
}

void ChannelActivityFeed::setChannel(const QString& channelId, bool weCom)
{
    ++m_generation;
    m_channelId = channelId;
    m_model->setWeCom(weCom);
    m_model->setEvents({});
    load();
}

void ChannelActivityFeed::addEvent(const ChannelEvent& event)
{
    if (event.channelId.isEmpty() || event.channelId != m_channelId)
        return;
    m_model->addEvent(event);
    updatePlaceholder();
}

void ChannelActivityFeed::load()
{
    if (!m_desk || m_channelId.isEmpty()) {
        updatePlaceholder();
        return;
    }
    const quint64 generation = m_generation;
    whenFinished(m_desk->channelEvents(m_channelId, m_model->limit()), this,
                 [this, generation](const Result<QList<ChannelEvent>>& events) {
                     if (generation != m_generation || !events.ok())
                         return;
                     m_model->setEvents(events.value());
                     updatePlaceholder();
                 });
}

void ChannelActivityFeed::updatePlaceholder()
{
    const bool empty = m_model->rowCount() == 0;
    m_placeholder->setVisible(empty);
    m_view->setVisible(!empty);
}

} // namespace ChannelDesk
