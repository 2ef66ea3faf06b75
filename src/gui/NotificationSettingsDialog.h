// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Lets the operator switch each kind of desktop notification on or off.

#include "settings/NotificationSettings.h"

#include <QDialog>

#include <memory>

class QCheckBox;

namespace Ui {
class NotificationSettingsDialog;
}

namespace ChannelDesk {

class NotificationSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    NotificationSettingsDialog(const NotificationSettings& settings, bool trayAvailable,
                               QWidget* parent = nullptr);
    ~NotificationSettingsDialog() override;

    NotificationSettings settings() const;

private:
    QCheckBox* checkBox(NotificationKind kind) const;

    std::unique_ptr<Ui::NotificationSettingsDialog> m_ui;
};

} // namespace ChannelDesk
