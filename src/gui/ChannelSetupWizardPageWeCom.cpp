// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPageWeCom.h"
#include "ui_ChannelSetupWizardPageWeCom.h"

#include "channels/KindFields.h"
#include "channels/WeComFields.h"
#include "channels/WeComValidator.h"
#include "ValidatedFields.h"

#include <QTimer>

namespace ChannelDesk {

ChannelSetupWizardPageWeCom::ChannelSetupWizardPageWeCom(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPageWeCom>())
    , m_fields(new ValidatedFields(
          [this](const QString& key, const QString& value) {
              return m_keepsStoredSecrets ? KindFields::checkUpdateField(ChannelKinds::weCom(), key, value)
                                          : WeComValidator::checkField(key, value);
          },
          this))
{
    m_ui->setupUi(this);
    m_ui->weComApiBaseUrlLineEdit->setText(WeComFields::defaultApiBaseUrl());

    connect(m_fields, &ValidatedFields::changed, this, &QWizardPage::completeChanged);
    using namespace WeComFields;
    // Ids and addresses are trimmed (a pasted space is only an artefact); secrets are checked as typed.
    addField(corpId(), m_ui->weComCorpIdLineEdit, m_ui->weComCorpIdMessageLabel, true);
    addField(agentId(), m_ui->weComAgentIdLineEdit, m_ui->weComAgentIdMessageLabel, true);
    addField(corpSecret(), m_ui->weComCorpSecretLineEdit, m_ui->weComCorpSecretMessageLabel, false);
    addField(token(), m_ui->weComTokenLineEdit, m_ui->weComTokenMessageLabel, false);
    addField(encodingAesKey(), m_ui->weComEncodingAesKeyLineEdit, m_ui->weComEncodingAesKeyMessageLabel,
             false);
    addField(publicBaseUrl(), m_ui->weComPublicBaseUrlLineEdit, m_ui->weComPublicBaseUrlMessageLabel, true);
    addField(allowedUsers(), m_ui->weComAllowedUsersLineEdit, m_ui->weComAllowedUsersMessageLabel, true);
    addField(apiBaseUrl(), m_ui->weComApiBaseUrlLineEdit, m_ui->weComApiBaseUrlMessageLabel, true);
    registerField(fieldName(allowAllUsers()), m_ui->weComAllowAllUsersCheckBox);
    // Empty, the allowlist only gets its hint once the user has been there; say it at once.
    m_fields->markTouched(allowedUsers());

    connect(m_ui->showWeComCorpSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->weComCorpSecretLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showWeComCorpSecretButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->generateWeComTokenButton, &QPushButton::clicked, this,
            [this] { generate(WeComFields::token()); });
    connect(m_ui->generateWeComEncodingAesKeyButton, &QPushButton::clicked, this,
            [this] { generate(WeComFields::encodingAesKey()); });
    connect(m_ui->weComAllowAllUsersCheckBox, &QCheckBox::toggled, this,
            [this](bool all) { m_ui->weComAllowedUsersLineEdit->setEnabled(!all); });
}

ChannelSetupWizardPageWeCom::~ChannelSetupWizardPageWeCom() = default;

void ChannelSetupWizardPageWeCom::addField(const QString& key, QLineEdit* edit, FieldMessageLabel* label,
                                           bool trim)
{
    registerField(fieldName(key), edit);
    m_fields->add(key, edit, label, trim);
}

void ChannelSetupWizardPageWeCom::initializePage()
{
    // Queued: QWizard gives the focus to a widget of its own choice after initializePage().
    QTimer::singleShot(0, m_ui->weComCorpIdLineEdit, [this] { m_ui->weComCorpIdLineEdit->setFocus(); });
}

bool ChannelSetupWizardPageWeCom::isComplete() const
{
    return m_fields->allValid();
}

QString ChannelSetupWizardPageWeCom::value(const QString& key) const
{
    if (key == WeComFields::allowAllUsers())
        return m_ui->weComAllowAllUsersCheckBox->isChecked() ? QStringLiteral("true")
                                                             : QStringLiteral("false");
    return m_fields->value(key);
}

bool ChannelSetupWizardPageWeCom::hasField(const QString& key) const
{
    return key == WeComFields::allowAllUsers() || m_fields->has(key);
}

void ChannelSetupWizardPageWeCom::applyTo(ChannelDraft& draft) const
{
    for (const QString& key : WeComFields::plainFields()) {
        if (!hasField(key))
            continue;
        const QString text = value(key);
        if (text.isEmpty())
            draft.channel.fields.remove(key);
        else
            draft.channel.fields.insert(key, text);
    }
    for (const QString& key : WeComFields::secretFields()) {
        const QString text = value(key);
        if (!(m_keepsStoredSecrets && text.isEmpty()))
            draft.secrets.insert(key, text);
    }
}

void ChannelSetupWizardPageWeCom::setKeepsStoredSecrets(bool keeps)
{
    if (keeps == m_keepsStoredSecrets)
        return;
    m_keepsStoredSecrets = keeps;
    m_fields->recheck();
    if (keeps) {
        for (const QString& key : WeComFields::secretFields())
            m_fields->markTouched(key);
    }
}

void ChannelSetupWizardPageWeCom::prefill(const Channel& channel)
{
    using namespace WeComFields;
    m_ui->weComAllowAllUsersCheckBox->setChecked(allowsAllUsers(channel));
    for (const QString& key : plainFields()) {
        const QString value = channel.field(key);
        // Kept empty, the API address is WeCom's, which the page shows already.
        if (key == allowAllUsers() || (value.isEmpty() && key == apiBaseUrl()))
            continue;
        m_fields->setValue(key, value);
    }
}

void ChannelSetupWizardPageWeCom::generate(const QString& key)
{
    const bool isToken = key == WeComFields::token();
    QLineEdit* edit = isToken ? m_ui->weComTokenLineEdit : m_ui->weComEncodingAesKeyLineEdit;
    edit->setText(isToken ? WeComValidator::generateToken() : WeComValidator::generateEncodingAesKey());
    m_fields->markTouched(key);
}

} // namespace ChannelDesk
