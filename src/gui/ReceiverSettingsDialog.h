// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Edits the receiver settings: on or off, and the HOST:PORT to listen on, validated as it is
//! typed. The caller applies them.

#include "settings/ReceiverSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReceiverSettingsDialog;
}

namespace ChannelDesk {

class ReceiverSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReceiverSettingsDialog(const ReceiverSettings& settings, QWidget* parent = nullptr);
    ~ReceiverSettingsDialog() override;

    ReceiverSettings settings() const;

private:
    void validate();

    std::unique_ptr<Ui::ReceiverSettingsDialog> m_ui;
    ReceiverSettings m_initial;
};

} // namespace ChannelDesk
