// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The "Add Channel" wizard: kind and name, then for the Cloud API credentials with live
//! validation, Test Connection and the webhook instructions (Finish saves through the Desk
//! and keeps the wizard open, with the reason shown, if saving fails); for a linked device the
//! gateway settings and the live pairing QR (the channel is saved when that page opens); for a
//! WeCom app its fields, Test Connection and the callback instructions.

#include "channels/Channel.h"

#include <QPointer>
#include <QWizard>

#include <memory>

namespace Ui {
class ChannelSetupWizard;
}

namespace ChannelDesk {

class ChannelSetupWizardPageCredentials;
class ChannelSetupWizardPageGateway;
class ChannelSetupWizardPageKind;
class ChannelSetupWizardPagePairing;
class ChannelSetupWizardPageTest;
class ChannelSetupWizardPageWebhook;
class ChannelSetupWizardPageWeCom;
class Desk;

class ChannelSetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        KindPage,
        CredentialsPage,
        TestPage,
        WebhookPage,
        GatewayPage,
        PairingPage,
        WeComPage
    };

    explicit ChannelSetupWizard(Desk* desk, QWidget* parent = nullptr);
    ~ChannelSetupWizard() override;

    //! The channel and secrets as entered so far.
    ChannelDraft draft() const;
    bool isSaving() const;
    int nextId() const override;

    //! Saves first; the dialog only closes once the channel is stored.
    void accept() override;
    void reject() override;

signals:
    void channelSaved(const QString& channelId);

protected:
    //! Updating an existing Cloud API channel starts from its forward target, so that going
    //! through the wizard again does not silently stop passing deliveries on to its bot.
    void initializePage(int id) override;

private:
    void save();
    void setSaving(bool saving);

    std::unique_ptr<Ui::ChannelSetupWizard> m_ui;
    QPointer<Desk> m_desk;
    ChannelSetupWizardPageKind* m_kindPage;
    ChannelSetupWizardPageCredentials* m_credentialsPage;
    ChannelSetupWizardPageTest* m_testPage;
    ChannelSetupWizardPageWebhook* m_webhookPage;
    ChannelSetupWizardPageGateway* m_gatewayPage;
    ChannelSetupWizardPagePairing* m_pairingPage;
    ChannelSetupWizardPageWeCom* m_weComPage;
    bool m_saving = false;
    bool m_edited = false;
    bool m_discardConfirmed = false;
    QString m_forwardPrefilledFor;
};

} // namespace ChannelDesk
