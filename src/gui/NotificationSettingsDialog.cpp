// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationSettingsDialog.h"
#include "ui_NotificationSettingsDialog.h"

namespace ChannelDesk {

NotificationSettingsDialog::NotificationSettingsDialog(const NotificationSettings& settings,
                                                       bool trayAvailable, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NotificationSettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->trayUnavailableLabel->setVisible(!trayAvailable);
    for (NotificationKind kind : NotificationSettings::kinds())
        checkBox(kind)->setChecked(settings.isEnabled(kind));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NotificationSettingsDialog::~NotificationSettingsDialog() = default;

NotificationSettings NotificationSettingsDialog::settings() const
{
    NotificationSettings result;
    for (NotificationKind kind : NotificationSettings::kinds())
        result.setEnabled(kind, checkBox(kind)->isChecked());
    return result;
}

QCheckBox* NotificationSettingsDialog::checkBox(NotificationKind kind) const
{
    switch (kind) {
    case NotificationKind::NewMessage:
        return m_ui->newMessageCheckBox;
    case NotificationKind::ChannelFailed:
        return m_ui->channelFailedCheckBox;
    case NotificationKind::ChannelDegraded:
        return m_ui->channelDegradedCheckBox;
    case NotificationKind::ChannelRecovered:
        return m_ui->channelRecoveredCheckBox;
    case NotificationKind::TokenExpiring:
        return m_ui->tokenExpiringCheckBox;
    case NotificationKind::QrWaiting:
        return m_ui->qrWaitingCheckBox;
    case NotificationKind::BotFailing:
        return m_ui->botFailingCheckBox;
    case NotificationKind::BotRecovered:
        return m_ui->botRecoveredCheckBox;
    }
    return m_ui->newMessageCheckBox;
}

} // namespace ChannelDesk
