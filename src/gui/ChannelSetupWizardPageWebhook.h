// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Last wizard page: the webhook URL and verify token to paste into Meta's dashboard (for a WeCom
//! app: the callback URLs, Token and EncodingAESKey for WeCom's admin console) and the steps to do
//! so. The wizard saves the channel as this page opens, because Meta's "Verify and save" calls the
//! URL at once and would get 404 for a channel that does not exist yet; the page shows that save's
//! progress or failure, and then, live, Meta's verification request as the receiver records it.

#include <QDateTime>
#include <QPointer>
#include <QWizardPage>

#include <memory>

class QLineEdit;

namespace Ui {
class ChannelSetupWizardPageWebhook;
}

namespace ChannelDesk {

class Desk;
class WebhookVerificationWatcher;

class ChannelSetupWizardPageWebhook : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChannelSetupWizardPageWebhook(Desk* desk, QWidget* parent = nullptr);
    ~ChannelSetupWizardPageWebhook() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    //! While saving (or removing), Finish is disabled and a busy indicator shows.
    void setSaving(bool saving);
    void showSaveError(const QString& message);
    //! The channel is stored: says so and follows its verification attempts from since on.
    void showSaved(const QString& channelId, const QDateTime& since);
    //! A line about the saved channel (e.g. removing it after Cancel), as it is.
    void showProgress(const QString& text);
    void showError(const QString& text);

    WebhookVerificationWatcher* verificationWatcher() const { return m_watcher; }

private:
    void showCloudApi();
    void showWeCom();
    void showVerification();

    //! The form's Cloud API texts, put back after the page showed a WeCom app.
    struct Texts
    {
        QString title;
        QString subTitle;
        QString urlToolTip;
        QString tokenLabel;
        QString tokenToolTip;
    };

    //! Left empty while updating a stored channel, the secret to paste is the stored one.
    void showStoredSecret(QLineEdit* edit, const QString& channelId, const QString& field);

    std::unique_ptr<Ui::ChannelSetupWizardPageWebhook> m_ui;
    QPointer<Desk> m_desk;
    WebhookVerificationWatcher* m_watcher;
    //! Bumped each time the page opens, so a late keychain answer for an earlier visit is dropped.
    quint64 m_generation = 0;
    Texts m_cloudApi;
    bool m_saving = false;
    bool m_weCom = false;
};

} // namespace ChannelDesk
