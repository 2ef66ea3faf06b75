// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The webhook activity on a channel's page: the events the receiver stored for the channel, then
//! each new one as soon as it is seen, and a placeholder instead of the list while there are none.

#include <QObject>
#include <QPointer>

class QListView;
class QWidget;

namespace ChannelDesk {

class ChannelEventListModel;
class Desk;
struct ChannelEvent;

class ChannelActivityFeed : public QObject
{
    Q_OBJECT

public:
    ChannelActivityFeed(Desk* desk, QListView* view, QWidget* placeholder, QObject* parent);

    //! An empty channelId shows nothing; WeCom events are described in WeCom's terms.
    void setChannel(const QString& channelId, bool weCom);

private:
    //! Shows an event the receiver has just seen, before it is even stored.
    void addEvent(const ChannelDesk::ChannelEvent& event);
    void load();
    void updatePlaceholder();

    QPointer<Desk> m_desk;
    ChannelEventListModel* m_model;
    QListView* m_view;
    QWidget* m_placeholder;
    QString m_channelId;
    //! Bumped when the channel changes, so a late answer for the previous one is dropped.
    quint64 m_generation = 0;
};

} // namespace ChannelDesk
