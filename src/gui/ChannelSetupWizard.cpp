// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizard.h"
#include "ui_ChannelSetupWizard.h"

#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "ChannelSetupWizardPageCredentials.h"
#include "ChannelSetupWizardPageKind.h"
#include "ChannelSetupWizardPageTest.h"
#include "ChannelSetupWizardPageWebhook.h"
#include "WhenFinished.h"

#include <QAbstractButton>

namespace ChannelDesk {

ChannelSetupWizard::ChannelSetupWizard(ChannelManager* manager, QNetworkAccessManager* network,
                                       QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizard>())
    , m_manager(manager)
    , m_kindPage(new ChannelSetupWizardPageKind(manager, this))
    , m_credentialsPage(new ChannelSetupWizardPageCredentials(this))
    , m_testPage(new ChannelSetupWizardPageTest(network, this))
    , m_webhookPage(new ChannelSetupWizardPageWebhook(this))
{
    m_ui->setupUi(this);
    setPage(KindPage, m_kindPage);
    setPage(CredentialsPage, m_credentialsPage);
    setPage(TestPage, m_testPage);
    setPage(WebhookPage, m_webhookPage);
    setStartId(KindPage);
}

ChannelSetupWizard::~ChannelSetupWizard() = default;

ChannelDraft ChannelSetupWizard::draft() const
{
    ChannelDraft draft;
    Channel& channel = draft.channel;
    channel.id = m_kindPage->channelId();
    channel.name = m_kindPage->channelName();
    channel.kind = m_kindPage->kind();
    if (m_manager) {
        // Updating an existing channel must not silently re-enable one the operator switched off.
        if (const auto existing = m_manager->channel(channel.id))
            channel.enabled = existing->enabled;
    }
    for (const QString& key : CloudApiFields::plainFields()) {
        const QString value = m_credentialsPage->value(key).trimmed();
        if (!value.isEmpty())
            channel.fields.insert(key, value);
    }
    for (const QString& key : CloudApiFields::secretFields())
        draft.secrets.insert(key, m_credentialsPage->value(key));
    return draft;
}

void ChannelSetupWizard::accept()
{
    if (m_saving)
        return;
    if (QWizardPage* page = currentPage(); page && !page->validatePage())
        return;
    save();
}

void ChannelSetupWizard::reject()
{
    // Closing mid-save would leave the user unsure whether the channel exists.
    if (m_saving)
        return;
    QWizard::reject();
}

void ChannelSetupWizard::save()
{
    if (!m_manager) {
        m_webhookPage->showSaveError(tr("ChannelDesk has no data directory to save to."));
        return;
    }
    const ChannelDraft toSave = draft();
    setSaving(true);
    whenFinished(m_manager->save({toSave}), this, [this, id = toSave.channel.id](const Status& status) {
        setSaving(false);
        if (!status.ok()) {
            m_webhookPage->showSaveError(status.error().message);
            return;
        }
        emit channelSaved(id);
        QDialog::accept();
    });
}

void ChannelSetupWizard::setSaving(bool saving)
{
    m_saving = saving;
    m_webhookPage->setSaving(saving);
    // QWizard re-enables Back whenever pages change, but not while we stay on the last page.
    if (QAbstractButton* back = button(QWizard::BackButton))
        back->setEnabled(!saving);
    if (QAbstractButton* cancel = button(QWizard::CancelButton))
        cancel->setEnabled(!saving);
}

} // namespace ChannelDesk
