// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The "Add Channel" wizard: kind and name, then for the Cloud API credentials with live
//! validation, Test Connection and the webhook instructions; for a linked device the gateway
//! settings and the live pairing QR; for a WeCom app its fields, Test Connection and the callback
//! instructions. The channel is saved through the Desk when the last page opens (Meta and WeCom
//! verify the URL at once, and the gateway session needs the channel), and again if the user goes
//! Back, changes values and returns; Finish then only closes (or saves again if that failed), and
//! Cancel asks whether to keep or remove a channel this wizard created. Each page opens with the
//! cursor in its first empty field.

#include "channels/Channel.h"

#include <QDateTime>
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
    //! Once the webhook page saved a new channel, asks whether to keep or remove it.
    void reject() override;

    //! The channel the webhook page saved; empty until it did.
    QString savedChannelId() const { return m_savedId; }

signals:
    void channelSaved(const QString& channelId);

protected:
    //! Updating a stored channel (its name typed on the first page) starts from its settings, so
    //! that going through the wizard again changes only what the user changes; secrets left empty
    //! keep the stored ones.
    void initializePage(int id) override;
    void cleanupPage(int id) override;

private:
    //! Saves the draft; closeWhenSaved: Finish, which closes the wizard once it is stored.
    void save(bool closeWhenSaved);
    //! The channel saved before under another id (the name changed since) was this wizard's own.
    void forgetSavedChannel(const QString& currentId);
    void removeSavedChannelAndClose();
    void setSaving(bool saving);
    void pageShown();

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
    //! The channel this wizard stored, whether it is new (Cancel may then remove it), and whether
    //! the webhook page as it shows now is stored.
    QString m_savedId;
    bool m_savedIsNew = false;
    bool m_savedForPage = false;
    quint64 m_saveGeneration = 0;
    //! When the webhook page last opened: verification attempts from then on count.
    QDateTime m_since;
    bool m_edited = false;
    bool m_discardConfirmed = false;
    QString m_prefilledFor;
};

} // namespace ChannelDesk
