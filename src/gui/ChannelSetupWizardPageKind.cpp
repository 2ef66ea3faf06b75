// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPageKind.h"
#include "ui_ChannelSetupWizardPageKind.h"

#include "channels/Channel.h"
#include "desk/Desk.h"
#include "channels/ChannelNaming.h"

namespace ChannelDesk {

ChannelSetupWizardPageKind::ChannelSetupWizardPageKind(const Desk* desk, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPageKind>())
    , m_desk(desk)
{
    m_ui->setupUi(this);
    registerField(nameField(), m_ui->channelNameLineEdit);
    registerField(kindField(), this, "kind");
    connect(m_ui->channelNameLineEdit, &QLineEdit::textChanged, this,
            &ChannelSetupWizardPageKind::updateNameMessage);
    connect(m_ui->cloudApiRadioButton, &QRadioButton::toggled, this,
            &ChannelSetupWizardPageKind::completeChanged);
    connect(m_ui->linkedDeviceRadioButton, &QRadioButton::toggled, this,
            &ChannelSetupWizardPageKind::completeChanged);
    connect(m_ui->weComRadioButton, &QRadioButton::toggled, this,
            &ChannelSetupWizardPageKind::completeChanged);
}

ChannelSetupWizardPageKind::~ChannelSetupWizardPageKind() = default;

bool ChannelSetupWizardPageKind::isComplete() const
{
    return (m_ui->cloudApiRadioButton->isChecked() || m_ui->linkedDeviceRadioButton->isChecked()
            || m_ui->weComRadioButton->isChecked())
        && !ChannelNaming::checkName(m_ui->channelNameLineEdit->text()).isError();
}

QString ChannelSetupWizardPageKind::kind() const
{
    if (m_ui->linkedDeviceRadioButton->isChecked())
        return ChannelKinds::whatsAppLinked();
    if (m_ui->weComRadioButton->isChecked())
        return ChannelKinds::weCom();
    return ChannelKinds::whatsAppCloud();
}

QString ChannelSetupWizardPageKind::channelName() const
{
    return m_ui->channelNameLineEdit->text().trimmed();
}

QString ChannelSetupWizardPageKind::channelId() const
{
    return ChannelNaming::idFor(m_ui->channelNameLineEdit->text());
}

bool ChannelSetupWizardPageKind::updatesExistingChannel() const
{
    const QString id = channelId();
    return m_desk && !id.isEmpty() && id != m_ownChannelId && m_desk->channel(id).has_value();
}

void ChannelSetupWizardPageKind::updateNameMessage()
{
    const FieldCheck check = ChannelNaming::checkName(m_ui->channelNameLineEdit->text());
    const bool existing = !check.isError() && updatesExistingChannel();
    if (!existing) {
        m_matchedId.clear();
        m_ui->channelNameMessageLabel->setCheck(check);
    } else {
        // Once, as the name comes to match: the user may still pick another kind after that.
        if (m_matchedId != channelId()) {
            m_matchedId = channelId();
            const QString kind = m_desk->channel(m_matchedId)->kind;
            QRadioButton* button = kind == ChannelKinds::whatsAppLinked() ? m_ui->linkedDeviceRadioButton
                : kind == ChannelKinds::weCom()                           ? m_ui->weComRadioButton
                                                                          : m_ui->cloudApiRadioButton;
            button->setChecked(true);
        }
        m_ui->channelNameMessageLabel->setCheck(FieldCheck::warning(
            tr("A channel with the id “%1” already exists. Finishing this wizard updates that channel: the "
               "next pages show its settings, and secrets left empty keep the stored ones.")
                .arg(channelId())));
    }
    emit completeChanged();
}

} // namespace ChannelDesk
