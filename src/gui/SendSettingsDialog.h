// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Settings > Sending…: the send limits and the words that opt a customer out, sections of Settings
//! so that the window, `serve` and `send` share them.

#include "settings/OptOutWords.h"
#include "settings/SendLimits.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SendSettingsDialog;
}

namespace ChannelDesk {

class SendSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SendSettingsDialog(const SendLimits& limits, const OptOutWords& words, QWidget* parent = nullptr);
    ~SendSettingsDialog() override;

    SendLimits limits() const;
    OptOutWords words() const;

private:
    void validate();
    QStringList typedWords() const;

    std::unique_ptr<Ui::SendSettingsDialog> m_ui;
};

} // namespace ChannelDesk
