// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusBarIndicators.h"

#include "desk/Desk.h"
#include "util/DiskUsageProbe.h"
#include "DiskSpaceIndicator.h"
#include "ElidedLabel.h"
#include "MainWindow.h"

#include <QDir>
#include <QStatusBar>

namespace ChannelDesk {

StatusBarIndicators::StatusBarIndicators(QStatusBar* statusBar)
    : QObject(statusBar)
    , m_statusBar(statusBar)
    // The labels give way (elided, whole in their tooltips) to the status bar's messages. They are
    // made outside the bar: an ElidedLabel starts following the bar's messages when it moves into it.
    , m_receiverStateLabel(new ElidedLabel(Qt::ElideRight, 40, statusBar->parentWidget()))
    , m_locationLabel(new ElidedLabel(Qt::ElideMiddle, 32, statusBar->parentWidget()))
    , m_connectionLabel(new ElidedLabel(Qt::ElideRight, 40, statusBar->parentWidget()))
{
    m_receiverStateLabel->setObjectName(QStringLiteral("receiverStateLabel"));
    m_statusBar->addPermanentWidget(m_receiverStateLabel);
    m_locationLabel->setObjectName(QStringLiteral("dataLocationLabel"));
    m_statusBar->addPermanentWidget(m_locationLabel);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStateLabel"));
    m_connectionLabel->hide();
    m_statusBar->addPermanentWidget(m_connectionLabel);
}

void StatusBarIndicators::setDesk(Desk* desk)
{
    m_desk = desk;
    m_locationLabel->setText(MainWindow::tr("Data: %1").arg(QDir::toNativeSeparators(desk->location())));
    connect(desk, &Desk::receiverStatusChanged, this, &StatusBarIndicators::showReceiverState);
    m_diskSpace = new DiskSpaceIndicator(desk, m_statusBar->parentWidget());
    m_statusBar->addPermanentWidget(m_diskSpace);
    connect(m_diskSpace, &DiskSpaceIndicator::lowDiskSpace, this, [this](const DiskUsage& usage) {
        m_statusBar->showMessage(DiskUsageProbe::lowDiskWarning(usage), 60000);
    });
    showReceiverState();
}

void StatusBarIndicators::showConnection(const DeskConnection& connection)
{
    const bool remote = connection.isRemote();
    m_locationLabel->setVisible(!remote);
    m_connectionLabel->setVisible(remote);
    m_connectionLabel->setText(connection.stateText());
    m_connectionLabel->setToolTip(connection.error);
}

void StatusBarIndicators::showReceiverState()
{
    if (!m_desk)
        return;
    const ReceiverStatus status = m_desk->receiverStatus();
    m_receiverStateLabel->setText(status.text);
    m_receiverStateLabel->setToolTip(status.details);
}

} // namespace ChannelDesk
