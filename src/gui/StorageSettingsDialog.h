// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Settings > Storage…: how long the delivery journal and the messages are kept (the retention
//! section of Settings, shared with `serve`), and how much disk the data directory takes.

#include "model/DiskUsage.h"
#include "settings/RetentionSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class StorageSettingsDialog;
}

namespace ChannelDesk {

class StorageSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StorageSettingsDialog(const RetentionSettings& retention, QWidget* parent = nullptr);
    ~StorageSettingsDialog() override;

    //! What was typed; valid only while OK is enabled.
    RetentionSettings retention() const;
    //! Shows the data directory's files and free space (asked of the Desk by the window).
    void setDiskUsage(const DiskUsage& usage);

private:
    void validate();

    std::unique_ptr<Ui::StorageSettingsDialog> m_ui;
};

} // namespace ChannelDesk
