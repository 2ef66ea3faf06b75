// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Last wizard page: the webhook URL and verify token to paste into Meta's dashboard, the steps to
//! do so, and the progress or failure of saving the channel when the user clicks Finish.

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
    std::unique_ptr<Ui::ChannelSetupWizardPageWebhook> m_ui;
    bool m_saving = false;
};

} // namespace ChannelDesk
