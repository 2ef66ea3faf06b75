// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Settings > Server API…: whether the window runs the server API, where it listens and with which
//! TLS files (validated as they are typed), whether it runs now, and the Keys and Audit Log tabs.
//! Apply applies the settings at once; OK leaves applying them to the caller.

#include "settings/ApiSettings.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace Ui {
class ServerApiDialog;
}

namespace ChannelDesk {

class ApiKeysWidget;
class AuditLogWidget;
class Desk;

class ServerApiDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerApiDialog(Desk* desk, QWidget* parent = nullptr);
    ~ServerApiDialog() override;

    //! The settings as the form shows them.
    ApiSettings settings() const;
    //! "http://127.0.0.1:8646/api/v1/" while the API runs, else empty.
    QString apiUrl() const;

private:
    void validate();
    void showStatus();
    void apply();
    void chooseFile(const QString& title, const QString& filter, QLineEdit* target);

    std::unique_ptr<Ui::ServerApiDialog> m_ui;
    Desk* m_desk;
    ApiKeysWidget* m_keys;
    AuditLogWidget* m_audit;
};

} // namespace ChannelDesk
