// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The server API's keys: a table of them (never the keys themselves, which are not kept), and
//! buttons to create one (ApiKeyCreateDialog shows it once) and to revoke one.

#include <QWidget>

#include <memory>

namespace Ui {
class ApiKeysWidget;
}

namespace ChannelDesk {

class Desk;

class ApiKeysWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ApiKeysWidget(Desk* desk, QWidget* parent = nullptr);
    ~ApiKeysWidget() override;

    //! Reads the list of keys again.
    void refresh();

signals:
    //! A key was created or revoked here.
    void keysChanged();

private:
    void openCreateDialog();
    void revokeSelected();
    void updateButtons();

    std::unique_ptr<Ui::ApiKeysWidget> m_ui;
    Desk* m_desk;
};

} // namespace ChannelDesk
