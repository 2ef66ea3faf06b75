// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Last wizard page: the webhook URL and verify token to paste into Meta's dashboard (for a WeCom
//! app: the callback URLs, Token and EncodingAESKey for WeCom's admin console), the steps to do so,
//! and the progress or failure of saving the channel when the user clicks Finish.

#include <QWizardPage>

#include <memory>

namespace Ui {
class ChannelSetupWizardPageWebhook;
}

namespace ChannelDesk {

class ChannelSetupWizardPageWebhook : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChannelSetupWizardPageWebhook(QWidget* parent = nullptr);
    ~ChannelSetupWizardPageWebhook() override;

    void initializePage() override;
    bool isComplete() const override;

    //! While saving, Finish is disabled and a busy indicator shows.
    void setSaving(bool saving);
    void showSaveError(const QString& message);

private:
    void showCloudApi();
    void showWeCom();

    //! The form's Cloud API texts, put back after the page showed a WeCom app.
    struct Texts
    {
        QString title;
        QString subTitle;
        QString urlToolTip;
        QString tokenLabel;
        QString tokenToolTip;
    };

    std::unique_ptr<Ui::ChannelSetupWizardPageWebhook> m_ui;
    Texts m_cloudApi;
    bool m_saving = false;
};

} // namespace ChannelDesk
