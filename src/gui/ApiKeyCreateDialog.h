// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Makes a server API key: asks its name (validated as it is typed), role and request rate, has the
//! desk create it, then shows the key once with a Copy button. The key lives only in that field:
//! the dialog neither logs nor keeps it, and it is gone when the dialog closes.

#include <QDialog>

#include <memory>

namespace Ui {
class ApiKeyCreateDialog;
}

namespace ChannelDesk {

class Desk;

class ApiKeyCreateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApiKeyCreateDialog(Desk* desk, QWidget* parent = nullptr);
    ~ApiKeyCreateDialog() override;

    //! Why name cannot name a key (the rule ApiKeyStore enforces), or an empty string when it can.

signals:
    //! The key named name now exists (its text is only on the dialog's screen).
    void keyCreated(const QString& name);

private:
    void validate();
    void create();

    std::unique_ptr<Ui::ApiKeyCreateDialog> m_ui;
    Desk* m_desk;
    bool m_creating = false;
};

} // namespace ChannelDesk
