// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplaceSecretDialog.h"
#include "ui_ReplaceSecretDialog.h"

#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "channels/LinkedChannelValidator.h"
#include "channels/LinkedFields.h"
#include "channels/WeComFields.h"
#include "channels/WeComValidator.h"

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
    if (field == WeComFields::corpSecret())
        return ReplaceSecretDialog::tr(
            "Paste the app's Secret from WeCom's admin console: 应用管理 (App Management) → your app → "
            "Secret, 查看 (View); WeCom sends it to the admin's WeCom. The cached access token is "
            "fetched again with the new Secret.");
    if (field == WeComFields::token())
        return ReplaceSecretDialog::tr(
            "Enter or generate a new Token, then paste the same value into the app's 接收消息 → "
            "设置API接收 (Receive Messages → Set API Receiving) and click 保存 (Save).");
    if (field == WeComFields::encodingAesKey())
        return ReplaceSecretDialog::tr(
            "Enter or generate a new EncodingAESKey, then paste the same value into the app's 接收消息 → "
            "设置API接收 (Receive Messages → Set API Receiving) and click 保存 (Save). Callbacks encrypted "
            "with the old key are rejected.");
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
    m_ui->secretLabel->setText(tr("&New %1:").arg(fieldTitleInSentence(field)));
    m_ui->secretLineEdit->setAccessibleName(fieldTitle(field));
    m_ui->generateButton->setVisible(field == CloudApiFields::verifyToken() || field == WeComFields::token()
                                     || field == WeComFields::encodingAesKey());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Replace"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->secretLineEdit, &QLineEdit::textChanged, this, &ReplaceSecretDialog::validate);
    connect(m_ui->showSecretButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->secretLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showSecretButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->generateButton, &QPushButton::clicked, this,
            [this] { m_ui->secretLineEdit->setText(generated()); });
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
    // WeCom's own names, as its admin console spells them.
    if (field == WeComFields::corpSecret())
        return tr("Secret");
    if (field == WeComFields::token())
        return tr("Token");
    if (field == WeComFields::encodingAesKey())
        return tr("EncodingAESKey");
    return field;
}

QString ReplaceSecretDialog::fieldTitleInSentence(const QString& field)
{
    // WeCom's names keep their capitals inside a sentence.
    const QString title = fieldTitle(field);
    return WeComFields::secretFields().contains(field) ? title : title.toLower();
}

QString ReplaceSecretDialog::generated() const
{
    if (m_field == WeComFields::token())
        return WeComValidator::generateToken();
    if (m_field == WeComFields::encodingAesKey())
        return WeComValidator::generateEncodingAesKey();
    return CloudApiValidator::generateVerifyToken();
}

void ReplaceSecretDialog::validate()
{
    const QString value = m_ui->secretLineEdit->text();
    const FieldCheck check = m_field == LinkedFields::apiKey()
        ? LinkedChannelValidator::checkField(m_field, value)
        : WeComFields::secretFields().contains(m_field) ? WeComValidator::checkField(m_field, value)
                                                        : CloudApiValidator::checkField(m_field, value);
    m_ui->secretMessageLabel->setCheck(check);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!check.isError());
}

} // namespace ChannelDesk
