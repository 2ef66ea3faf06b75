// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPagePairing.h"
#include "ui_ChannelSetupWizardPagePairing.h"

#include "desk/Desk.h"
#include "util/WhenFinished.h"
#include "PairingWidget.h"

namespace ChannelDesk {

ChannelSetupWizardPagePairing::ChannelSetupWizardPagePairing(Desk* desk, DraftProvider draft, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPagePairing>())
    , m_desk(desk)
    , m_draft(std::move(draft))
{
    m_ui->setupUi(this);
    m_ui->pairingWidget->setDesk(desk);
    setFinalPage(true);
    m_ui->pairingSaveBusyBar->hide();
    m_ui->retrySaveButton->hide();
    m_ui->pairingWidget->setAuthRejectedHint(
        tr("Go Back and enter the key the gateway was started with (WAHA: WAHA_API_KEY)."));
    m_ui->pairingWidget->setUnavailableText(tr("The channel is saved first; then ChannelDesk connects to "
                                               "the gateway."));
    connect(m_ui->retrySaveButton, &QPushButton::clicked, this, &ChannelSetupWizardPagePairing::save);
}

ChannelSetupWizardPagePairing::~ChannelSetupWizardPagePairing() = default;

PairingWidget* ChannelSetupWizardPagePairing::pairingWidget() const
{
    return m_ui->pairingWidget;
}

void ChannelSetupWizardPagePairing::initializePage()
{
    save();
}

bool ChannelSetupWizardPagePairing::isComplete() const
{
    return !m_saving && !m_savedId.isEmpty();
}

void ChannelSetupWizardPagePairing::save()
{
    m_savedId.clear();
    m_ui->retrySaveButton->hide();
    if (!m_desk) {
        m_ui->pairingSaveMessageLabel->setStatus(FieldCheck::Severity::Error,
                                                 tr("ChannelDesk has no data directory to save to."));
        return;
    }
    const ChannelDraft draft = m_draft();
    // Back and Next again while saving saves again: only the answer to the last save counts.
    const quint64 generation = ++m_saveGeneration;
    setSaving(true);
    m_ui->pairingSaveMessageLabel->setStatus(FieldCheck::Severity::Ok,
                                             tr("Saving the channel and storing its key in the keychain…"));
    whenFinished(
        m_desk->saveChannels({draft}), this, [this, generation, id = draft.channel.id](const Status& status) {
            if (generation != m_saveGeneration)
                return;
            setSaving(false);
            if (!status.ok()) {
                m_ui->pairingSaveMessageLabel->setStatus(
                    FieldCheck::Severity::Error,
                    tr("The channel was not saved. %1").arg(status.error().message));
                m_ui->retrySaveButton->show();
                return;
            }
            m_savedId = id;
            m_ui->pairingWidget->setUnavailableText(tr("Connecting to the gateway…"));
            m_ui->pairingSaveMessageLabel->setStatus(FieldCheck::Severity::Ok, tr("Saved as “%1”.").arg(id));
            // The Desk starts the session once it has read the key back from the keychain.
            m_ui->pairingWidget->setChannel(id);
            emit completeChanged();
        });
}

void ChannelSetupWizardPagePairing::setSaving(bool saving)
{
    m_saving = saving;
    m_ui->pairingSaveBusyBar->setVisible(saving);
    emit completeChanged();
}

} // namespace ChannelDesk
