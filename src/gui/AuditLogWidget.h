// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The server API's audit log: the newest changes (who, from where, what, how it ended) and, below,
//! the refused requests counted per minute, key and address.

#include <QWidget>

#include <memory>

namespace Ui {
class AuditLogWidget;
}

namespace ChannelDesk {

class Desk;

class AuditLogWidget : public QWidget
{
    Q_OBJECT

public:
    //! How many entries, and how many refusal counts, are shown.
    static constexpr int Limit = 200;

    explicit AuditLogWidget(Desk* desk, QWidget* parent = nullptr);
    ~AuditLogWidget() override;

    //! Reads both lists again.
    void refresh();

private:
    void showError(const QString& text);

    std::unique_ptr<Ui::AuditLogWidget> m_ui;
    Desk* m_desk;
};

} // namespace ChannelDesk
