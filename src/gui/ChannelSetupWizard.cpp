// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizard.h"
#include "ui_ChannelSetupWizard.h"

#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "ChannelSetupWizardPageCredentials.h"
#include "ChannelSetupWizardPageGateway.h"
#include "ChannelSetupWizardPageKind.h"
#include "ChannelSetupWizardPagePairing.h"
#include "ChannelSetupWizardPageTest.h"
#include "ChannelSetupWizardPageWebhook.h"
#include "ChannelSetupWizardPageWeCom.h"
#include "FieldFocus.h"
#include "MessageBox.h"
#include "desk/Desk.h"
#include "util/WhenFinished.h"

#include <QAbstractButton>
#include <QLineEdit>

namespace ChannelDesk {

ChannelSetupWizard::ChannelSetupWizard(Desk* desk, QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizard>())
    , m_desk(desk)
    , m_kindPage(new ChannelSetupWizardPageKind(desk, this))
    , m_credentialsPage(new ChannelSetupWizardPageCredentials(this))
    , m_testPage(new ChannelSetupWizardPageTest(desk, this))
    , m_webhookPage(new ChannelSetupWizardPageWebhook(desk, this))
    , m_gatewayPage(new ChannelSetupWizardPageGateway(this))
    , m_pairingPage(new ChannelSetupWizardPagePairing(
          desk, [this] { return draft(); }, this))
    , m_weComPage(new ChannelSetupWizardPageWeCom(this))
{
    m_ui->setupUi(this);
    setPage(KindPage, m_kindPage);
    setPage(CredentialsPage, m_credentialsPage);
    setPage(TestPage, m_testPage);
    setPage(WebhookPage, m_webhookPage);
    setPage(GatewayPage, m_gatewayPage);
    setPage(PairingPage, m_pairingPage);
    setPage(WeComPage, m_weComPage);
    setStartId(KindPage);
    // What the user typed (a pasted 200-character token among it) is not dropped by one Esc.
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(this, &QWizard::currentIdChanged, this, &ChannelSetupWizard::pageShown);
}

ChannelSetupWizard::~ChannelSetupWizard() = default;

int ChannelSetupWizard::nextId() const
{
    switch (currentId()) {
    case KindPage:
        if (m_kindPage->kind() == ChannelKinds::weCom())
            return WeComPage;
        return m_kindPage->kind() == ChannelKinds::whatsAppLinked() ? GatewayPage : CredentialsPage;
    case WeComPage:
        return TestPage;
    case GatewayPage:
        return PairingPage;
    case WebhookPage:
    case PairingPage:
        return -1;
    default:
        return QWizard::nextId();
    }
}

void ChannelSetupWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == WebhookPage) {
        save(false);
        return;
    }
    if (id == PairingPage) {
        // That page saves (and owns) the channel from here on.
        forgetSavedChannel(m_kindPage->channelId());
        m_savedId.clear();
        return;
    }
    if ((id != CredentialsPage && id != GatewayPage && id != WeComPage) || !m_desk)
        return;
    const QString channelId = m_kindPage->channelId();
    const auto existing = m_desk->channel(channelId);
    const QString kind = id == CredentialsPage ? ChannelKinds::whatsAppCloud()
        : id == GatewayPage                    ? ChannelKinds::whatsAppLinked()
                                               : ChannelKinds::weCom();
    // A stored channel of this kind: what it has is shown, and its secrets need not be typed again.
    const bool update = existing && existing->kind == kind;
    if (id == CredentialsPage)
        m_credentialsPage->setKeepsStoredSecrets(update);
    else if (id == GatewayPage)
        m_gatewayPage->setKeepsStoredSecrets(update);
    else
        m_weComPage->setKeepsStoredSecrets(update);
    // Only once per channel: coming back to the page must not undo what the user changed since.
    if (!update || channelId == m_prefilledFor)
        return;
    m_prefilledFor = channelId;
    if (id == CredentialsPage)
        m_credentialsPage->prefill(*existing);
    else if (id == GatewayPage)
        m_gatewayPage->prefill(*existing);
    else
        m_weComPage->prefill(*existing);
}

bool ChannelSetupWizard::isSaving() const
{
    return m_saving || m_pairingPage->isSaving();
}

ChannelDraft ChannelSetupWizard::draft() const
{
    ChannelDraft draft;
    Channel& channel = draft.channel;
    channel.id = m_kindPage->channelId();
    channel.name = m_kindPage->channelName();
    channel.kind = m_kindPage->kind();
    if (m_desk) {
        if (const auto existing = m_desk->channel(channel.id)) {
            // Updating an existing channel must not silently re-enable one the operator switched
            // off, nor drop what this wizard does not show (handoff options, reconnect attempts).
            channel.enabled = existing->enabled;
            if (existing->kind == channel.kind)
                channel.fields = existing->fields;
        }
    }
    if (channel.kind == ChannelKinds::weCom()) {
        m_weComPage->applyTo(draft);
        return draft;
    }
    const bool linked = channel.kind == ChannelKinds::whatsAppLinked();
    for (const QString& key : linked ? LinkedFields::plainFields() : CloudApiFields::plainFields()) {
        if (linked ? !m_gatewayPage->hasField(key) : !m_credentialsPage->hasField(key))
            continue;
        const QString value = (linked ? m_gatewayPage->value(key) : m_credentialsPage->value(key)).trimmed();
        if (value.isEmpty())
            channel.fields.remove(key);
        else
            channel.fields.insert(key, value);
    }
    const bool keepStored
        = linked ? m_gatewayPage->keepsStoredSecrets() : m_credentialsPage->keepsStoredSecrets();
    for (const QString& key : linked ? LinkedFields::secretFields() : CloudApiFields::secretFields()) {
        const QString value = linked ? m_gatewayPage->value(key) : m_credentialsPage->value(key);
        // Left out of the draft, the stored secret stays (ChannelManager::save).
        if (!(keepStored && value.isEmpty()))
            draft.secrets.insert(key, value);
    }
    return draft;
}

void ChannelSetupWizard::cleanupPage(int id)
{
    QWizard::cleanupPage(id);
    if (id == WebhookPage)
        m_savedForPage = false;
}

void ChannelSetupWizard::pageShown()
{
    // QWizard announces the page only after it has set the buttons and the focus for it: Back
    // enabled even while the page saves, and the focus on the page's first tab stop (a radio
    // button, or a hidden widget, leaving no focus at all).
    if (m_saving)
        setSaving(true);
    FieldFocus::focusFirstField(currentPage());
}

void ChannelSetupWizard::accept()
{
    if (isSaving())
        return;
    if (QWizardPage* page = currentPage(); page && !page->validatePage())
        return;
    if (currentId() == PairingPage) {
        // Saved when the page opened; the link itself goes on without the wizard.
        if (!m_pairingPage->isComplete())
            return;
        emit channelSaved(m_pairingPage->savedChannelId());
        QDialog::accept();
        return;
    }
    // Saved when the page opened; its values cannot be changed without leaving it.
    if (currentId() == WebhookPage && m_savedForPage) {
        emit channelSaved(m_savedId);
        QDialog::accept();
        return;
    }
    save(true);
}

void ChannelSetupWizard::reject()
{
    // Closing mid-save would leave the user unsure whether the channel exists.
    if (isSaving())
        return;
    // A linked channel is stored before its code is scanned: show it, it is there to scan later.
    if (currentId() == PairingPage && !m_pairingPage->savedChannelId().isEmpty()) {
        emit channelSaved(m_pairingPage->savedChannelId());
        QWizard::reject();
        return;
    }
    if (!m_savedId.isEmpty()) {
        // An existing channel was updated in place: its old values are gone, so it stays as saved.
        if (!m_savedIsNew) {
            emit channelSaved(m_savedId);
            QWizard::reject();
            return;
        }
        MessageBox::question(this, tr("Keep the saved channel?"),
                             tr("“%1” was saved when the last page opened, so that the verification request "
                                "could reach it. Save keeps the channel; Discard removes it and its secrets.")
                                 .arg(m_savedId),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                             QMessageBox::Save, this, [this](MessageBox::Answer answer) {
                                 if (answer == QMessageBox::Save) {
                                     emit channelSaved(m_savedId);
                                     QWizard::reject();
                                 } else if (answer == QMessageBox::Discard) {
                                     removeSavedChannelAndClose();
                                 }
                             });
        return;
    }
    if (m_edited && !m_discardConfirmed) {
        MessageBox::question(this, tr("Discard this channel?"),
                             tr("What you entered for this channel is not saved. Discard it?"),
                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel, this,
                             [this](MessageBox::Answer answer) {
                                 if (answer != QMessageBox::Discard)
                                     return;
                                 m_discardConfirmed = true;
                                 reject();
                             });
        return;
    }
    QWizard::reject();
}

void ChannelSetupWizard::save(bool closeWhenSaved)
{
    m_savedForPage = false;
    if (!m_desk) {
        m_webhookPage->showSaveError(tr("ChannelDesk has no data directory to save to."));
        return;
    }
    const ChannelDraft toSave = draft();
    const QString id = toSave.channel.id;
    // Saved by this wizard before, it is still the wizard's own channel, not an existing one.
    const bool isNew = id == m_savedId ? m_savedIsNew : !m_desk->channel(id).has_value();
    // Attempts before this save were made against the values shown before (or none at all).
    if (!closeWhenSaved)
        m_since = QDateTime::currentDateTimeUtc();
    // Only the answer to the last save counts (Back and Next again while one is pending).
    const quint64 generation = ++m_saveGeneration;
    setSaving(true);
    whenFinished(m_desk->saveChannels({toSave}), this,
                 [this, generation, id, isNew, closeWhenSaved](const Status& status) {
                     if (generation != m_saveGeneration)
                         return;
                     setSaving(false);
                     if (!status.ok()) {
                         m_webhookPage->showSaveError(status.error().message);
                         return;
                     }
                     forgetSavedChannel(id);
                     m_savedId = id;
                     m_savedIsNew = isNew;
                     if (isNew)
                         m_kindPage->setOwnChannelId(id);
                     m_savedForPage = currentId() == WebhookPage;
                     if (closeWhenSaved) {
                         emit channelSaved(id);
                         QDialog::accept();
                         return;
                     }
                     if (m_savedForPage)
                         m_webhookPage->showSaved(id, m_since);
                 });
}

void ChannelSetupWizard::forgetSavedChannel(const QString& currentId)
{
    if (m_savedId.isEmpty() || m_savedId == currentId || !m_savedIsNew || !m_desk)
        return;
    // Renamed on the first page since it was saved: the old one would linger as a second channel.
    const QString stale = m_savedId;
    m_savedId.clear();
    whenFinished(m_desk->removeChannel(stale), this, [this, stale](const Status& status) {
        if (!status.ok())
            MessageBox::warning(
                this, tr("Channel not removed"),
                tr("“%1”, saved before under the old name, could not be removed. %2 Remove it "
                   "from the channel list.")
                    .arg(stale, status.error().message));
    });
}

void ChannelSetupWizard::removeSavedChannelAndClose()
{
    const QString id = m_savedId;
    if (!m_desk || id.isEmpty()) {
        QWizard::reject();
        return;
    }
    setSaving(true);
    m_webhookPage->showProgress(tr("Removing “%1” and its secrets…").arg(id));
    whenFinished(m_desk->removeChannel(id), this, [this, id](const Status& status) {
        setSaving(false);
        if (!status.ok()) {
            const QString message = tr("“%1” was not removed. %2").arg(id, status.error().message);
            if (currentId() == WebhookPage)
                m_webhookPage->showError(message);
            else
                MessageBox::warning(this, tr("Channel not removed"), message);
            return;
        }
        m_savedId.clear();
        m_savedForPage = false;
        QWizard::reject();
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
