// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplaceSecretDialog.h"
#include "ui_ReplaceSecretDialog.h"

#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "channels/LinkedChannelValidator.h"
#include "channels/LinkedFields.h"

#include <QPushButton>

namespace ChannelDesk {
namespace {

QString explanationFor(const QString& field)
{
    using namespace CloudApiFields;
    if (field == accessToken())
        return ReplaceSecretDialog::tr(
            "Paste the new access token. Temporary tokens from WhatsApp > API Setup expire after 24 hours; a "
            "System User token from Meta Business Settings > Users > System users (permissions "
            "whatsapp_business_messaging and whatsapp_business_management) does not.");
    if (field == appSecret())
        return ReplaceSecretDialog::tr(
            "Paste the App Secret from App Dashboard > App settings > Basic > App secret. "
            "Webhooks signed with the old secret will be rejected.");
    if (field == verifyToken())
        return ReplaceSecretDialog::tr(
            "Enter or generate a new verify token, then paste the same value into "
            "Meta's WhatsApp > Configuration > Webhook and click Verify and save.");
    if (field == LinkedFields::apiKey())
        return ReplaceSecretDialog::tr(
            "Paste the gateway's key: for WAHA the WAHA_API_KEY it was started with, for a connection "
            "gateway its service token. ChannelDesk reconnects with the new key right away.");
    return {};
}

} // namespace

ReplaceSecretDialog::ReplaceSecretDialog(const QString& field, const QString& channelName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplaceSecretDialog>())
    , m_field(field)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Replace %1 of %2").arg(fieldTitle(field), channelName));
    m_ui->explanationLabel->setText(explanationFor(field));
    m_ui->secretLabel->setText(tr("&New %1:").arg(fieldTitle(field).toLower()));
    m_ui->secretLineEdit->setAccessibleName(fieldTitle(field));
    m_ui->generateButton->setVisible(field == CloudApiFields::verifyToken());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Replace"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->secretLineEdit, &QLineEdit::textChanged, this, &ReplaceSecretDialog::validate);
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showSecretButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->generateButton, &QPushButton::clicked, this,
            [this] { m_ui->secretLineEdit->setText(CloudApiValidator::generateVerifyToken()); });
    // Start without an error message: nothing has been typed yet, and OK is disabled anyway.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
}

ReplaceSecretDialog::~ReplaceSecretDialog() = default;

QString ReplaceSecretDialog::secret() const
{
    return m_ui->secretLineEdit->text();
}

QString ReplaceSecretDialog::fieldTitle(const QString& field)
{
    using namespace CloudApiFields;
    if (field == accessToken())
        return tr("Access token");
    if (field == appSecret())
        return tr("App secret");
    if (field == verifyToken())
        return tr("Verify token");
    if (field == LinkedFields::apiKey())
        return tr("API key");
    return field;
}

void ReplaceSecretDialog::validate()
{
    const QString value = m_ui->secretLineEdit->text();
    const FieldCheck check = m_field == LinkedFields::apiKey()
        ? LinkedChannelValidator::checkField(m_field, value)
        : CloudApiValidator::checkField(m_field, value);
    m_ui->secretMessageLabel->setCheck(check);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!check.isError());
}

} // namespace ChannelDesk
