// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Asks for a new value of one secret of a channel (access token, app secret, verify token or a
//! gateway's API key), validated as it is typed. The caller saves it.

#include <QDialog>

#include <memory>

namespace Ui {
class ReplaceSecretDialog;
}

namespace ChannelDesk {

class ReplaceSecretDialog : public QDialog
{
    Q_OBJECT

public:
    //! field is a CloudApiFields or LinkedFields secret key.
    ReplaceSecretDialog(const QString& field, const QString& channelName, QWidget* parent = nullptr);
    ~ReplaceSecretDialog() override;

    QString field() const { return m_field; }
    QString secret() const;

    //! "Access token", "App secret", "Verify token", "API key".
    static QString fieldTitle(const QString& field);

private:
    void validate();

    std::unique_ptr<Ui::ReplaceSecretDialog> m_ui;
    QString m_field;
};

} // namespace ChannelDesk
