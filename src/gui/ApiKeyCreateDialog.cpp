// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyCreateDialog.h"
#include "ui_ApiKeyCreateDialog.h"

#include "desk/Desk.h"
#include "model/ApiKeyInfo.h"
#include "model/ApiKeyName.h"
#include "model/ApiRole.h"
#include "util/WhenFinished.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>

namespace ChannelDesk {
namespace {

QString roleText(ApiRole role)
{
    switch (role) {
    case ApiRole::Viewer:
        return ApiKeyCreateDialog::tr("%1 — status, QR codes, conversations, event stream");
    case ApiRole::Sender:
        return ApiKeyCreateDialog::tr("%1 — as viewer, and send messages and tests");
    case ApiRole::Operator:
        return ApiKeyCreateDialog::tr("%1 — as sender, and connect, stop, restart, log out, clear opt-outs");
    case ApiRole::Admin:
        return ApiKeyCreateDialog::tr("%1 — as operator, and set up and remove channels, manage keys");
    }
    return QStringLiteral("%1");
}

} // namespace

ApiKeyCreateDialog::ApiKeyCreateDialog(Desk* desk, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApiKeyCreateDialog>())
    , m_desk(desk)
{
    m_ui->setupUi(this);
    for (ApiRole role : {ApiRole::Viewer, ApiRole::Sender, ApiRole::Operator, ApiRole::Admin})
        m_ui->roleComboBox->addItem(roleText(role).arg(apiRoleName(role)), int(role));
    m_ui->rateSpinBox->setValue(ApiKeyInfo::DefaultRatePerMinute);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    m_ui->pageStack->setCurrentWidget(m_ui->formPage);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ApiKeyCreateDialog::create);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &ApiKeyCreateDialog::validate);
    connect(m_ui->copyKeyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->keyLineEdit->text()); });
    validate();
}

ApiKeyCreateDialog::~ApiKeyCreateDialog() = default;

void ApiKeyCreateDialog::validate()
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    const QString problem = ApiKeyName::problem(name);
    // An empty field is not an error yet: nothing has been typed.
    m_ui->nameMessageLabel->setCheck(problem.isEmpty() || name.isEmpty() ? FieldCheck::ok()
                                                                         : FieldCheck::error(problem));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_creating);
}

void ApiKeyCreateDialog::create()
{
    const QString name = m_ui->nameLineEdit->text().trimmed();
    if (!ApiKeyName::problem(name).isEmpty() || m_creating)
        return;
    m_creating = true;
    m_ui->errorLabel->clearMessage();
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_ui->nameLineEdit, m_ui->roleComboBox, m_ui->rateSpinBox})
        field->setEnabled(false);
    validate();
    const auto role = static_cast<ApiRole>(m_ui->roleComboBox->currentData().toInt());
    whenFinished(
        m_desk->createApiKey(name, role, m_ui->rateSpinBox->value()), this,
        [this](const Result<NewApiKey>& made) {
            m_creating = false;
            if (!made.ok()) {
                for (QWidget* field : std::initializer_list<QWidget*>{m_ui->nameLineEdit, m_ui->roleComboBox,
                                                                      m_ui->rateSpinBox})
                    field->setEnabled(true);
                m_ui->errorLabel->setStatus(FieldCheck::Severity::Error, made.error().message);
                validate();
                return;
            }
            m_ui->keyExplanationLabel->setText(
                tr("The key “%1” (%2) was created. Give it to the bot or script now:")
                    .arg(made.value().info.name, apiRoleName(made.value().info.role)));
            m_ui->keyLineEdit->setText(made.value().key);
            m_ui->keyWarningLabel->setStatus(
                FieldCheck::Severity::Warning,
                tr("Copy it now: it is never shown again. ChannelDesk keeps only a hash of it; if it "
                   "is lost, revoke it and create another."));
            m_ui->pageStack->setCurrentWidget(m_ui->keyPage);
            // Close has the reject role, so it closes the dialog through rejected().
            m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
            m_ui->copyKeyButton->setFocus();
            emit keyCreated(made.value().info.name);
        });
}

} // namespace ChannelDesk
