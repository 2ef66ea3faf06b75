// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Asks for a new value of one secret of a channel (access token, app secret, verify token, a
//! gateway's API key, or a WeCom app's Secret, Token or EncodingAESKey), validated as it is typed.
//! The caller saves it.

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
    //! field is a CloudApiFields, LinkedFields or WeComFields secret key.
    ReplaceSecretDialog(const QString& field, const QString& channelName, QWidget* parent = nullptr);
    ~ReplaceSecretDialog() override;

    QString field() const { return m_field; }
    QString secret() const;

    //! "Access token", "App secret", "Verify token", "API key", "Secret", "Token", "EncodingAESKey".
    static QString fieldTitle(const QString& field);
    //! The title as it reads inside a sentence: "access token", but "EncodingAESKey".
    static QString fieldTitleInSentence(const QString& field);

private:
    void validate();
    //! A random value for Generate: a verify token, a WeCom Token or EncodingAESKey.
    QString generated() const;

    std::unique_ptr<Ui::ReplaceSecretDialog> m_ui;
    QString m_field;
};

} // namespace ChannelDesk
