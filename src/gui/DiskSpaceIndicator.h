// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A status bar label that appears only while the disk holding the data directory (a server's,
//! for a remote window) has less than 1 GB free, saying so in red; its tooltip lists the data
//! files. It asks the Desk at once and then every few minutes.

#include "model/DiskUsage.h"

#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace ChannelDesk {

class Desk;

class DiskSpaceIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit DiskSpaceIndicator(Desk* desk, QWidget* parent = nullptr);

    //! Asks the Desk again now.
    void refresh();
    DiskUsage usage() const { return m_usage; }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    //! Shows what the Desk measured (the warning under DiskUsage::kLowFreeBytes, else nothing);
    //! refresh() feeds it, tests may too.
    void showUsage(const DiskUsage& usage);

signals:
    //! The disk went from enough free space to too little.
    void lowDiskSpace(const ChannelDesk::DiskUsage& usage);

private:
    QPointer<Desk> m_desk;
    QTimer m_timer;
    DiskUsage m_usage;
};

} // namespace ChannelDesk
