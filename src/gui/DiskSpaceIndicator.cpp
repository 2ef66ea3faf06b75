// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiskSpaceIndicator.h"

#include "desk/Desk.h"
#include "util/DiskUsageProbe.h"
#include "util/WhenFinished.h"

namespace ChannelDesk {

DiskSpaceIndicator::DiskSpaceIndicator(Desk* desk, QWidget* parent)
    : QLabel(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("diskSpaceIndicator"));
    setStyleSheet(QStringLiteral("QLabel { color: #c0392b; font-weight: bold; }"));
    hide();
    // Disks fill over hours, not seconds; a few minutes is soon enough to warn.
    m_timer.setInterval(5 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &DiskSpaceIndicator::refresh);
    m_timer.start();
    refresh();
}

void DiskSpaceIndicator::refresh()
{
    if (!m_desk)
        return;
    whenFinished(m_desk->diskUsage(), this, [this](const DiskUsage& usage) { showUsage(usage); });
}

void DiskSpaceIndicator::showUsage(const DiskUsage& usage)
{
    const bool wasLow = m_usage.low;
    m_usage = usage;
    if (!usage.valid || !usage.low) {
        hide();
        return;
    }
    setText(tr("Low disk space: %1 free").arg(DiskUsageProbe::formatBytes(usage.freeBytes)));
    QStringList lines{DiskUsageProbe::lowDiskWarning(usage)};
    for (const DataFileSize& file : usage.files)
        lines.append(QStringLiteral("%1: %2").arg(file.name, DiskUsageProbe::formatBytes(file.bytes)));
    setToolTip(lines.join(QLatin1Char('\n')));
    setVisible(true);
    if (!wasLow)
        emit lowDiskSpace(usage);
}

} // namespace ChannelDesk
