// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerApiDialog.h"

#include "RoleGate.h"
#include "ui_ServerApiDialog.h"

#include "desk/Desk.h"
#include "settings/Settings.h"
#include "util/WhenFinished.h"
#include "ApiKeysWidget.h"
#include "AuditLogWidget.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>

namespace ChannelDesk {
namespace {

//! What checkListen cannot see: a certificate needs its key and the other way round, and both
//! must be files that exist (the server only says so when it fails to start).
FieldCheck checkTlsFiles(const ApiSettings& settings)
{
    if (settings.tlsCertificateFile.isEmpty() && settings.tlsKeyFile.isEmpty())
        return FieldCheck::ok();
    if (settings.tlsCertificateFile.isEmpty())
        return FieldCheck::error(ServerApiDialog::tr("Choose the certificate that goes with the key."));
    if (settings.tlsKeyFile.isEmpty())
        return FieldCheck::error(ServerApiDialog::tr("Choose the private key of the certificate."));
    for (const QString& file : {settings.tlsCertificateFile, settings.tlsKeyFile}) {
        if (!QFileInfo(file).isFile())
            return FieldCheck::error(ServerApiDialog::tr("There is no file “%1”.").arg(file));
    }
    return FieldCheck::ok();
}

} // namespace

ServerApiDialog::ServerApiDialog(Desk* desk, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ServerApiDialog>())
    , m_desk(desk)
    , m_keys(new ApiKeysWidget(desk, this))
    , m_audit(new AuditLogWidget(desk, this))
{
    m_ui->setupUi(this);
    m_keys->setObjectName(QStringLiteral("apiKeysWidget"));
    m_ui->keysTabLayout->addWidget(m_keys);
    m_audit->setObjectName(QStringLiteral("auditLogWidget"));
    m_ui->auditTabLayout->addWidget(m_audit);

    const ApiSettings current = desk->settings() ? desk->settings()->api() : ApiSettings();
    m_ui->enabledCheckBox->setChecked(current.enabled);
    m_ui->listenLineEdit->setText(current.listen);
    m_ui->listenLineEdit->setPlaceholderText(ApiSettings().listen);
    m_ui->certificateLineEdit->setText(current.tlsCertificateFile);
    m_ui->keyFileLineEdit->setText(current.tlsKeyFile);
    m_ui->insecureCheckBox->setChecked(current.insecure);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &ServerApiDialog::apply);
    connect(m_ui->enabledCheckBox, &QCheckBox::toggled, this, &ServerApiDialog::validate);
    connect(m_ui->insecureCheckBox, &QCheckBox::toggled, this, &ServerApiDialog::validate);
    for (QLineEdit* edit : {m_ui->listenLineEdit, m_ui->certificateLineEdit, m_ui->keyFileLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &ServerApiDialog::validate);
    connect(m_ui->certificateBrowseButton, &QPushButton::clicked, this, [this] {
        chooseFile(tr("Choose the TLS Certificate"),
                   tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"), m_ui->certificateLineEdit);
    });
    connect(m_ui->keyFileBrowseButton, &QPushButton::clicked, this, [this] {
        chooseFile(tr("Choose the TLS Private Key"), tr("PEM keys (*.pem *.key);;All files (*)"),
                   m_ui->keyFileLineEdit);
    });
    connect(m_ui->copyUrlButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(apiUrl()); });
    connect(desk, &Desk::apiServerStatusChanged, this, &ServerApiDialog::showStatus);
    // Keys made or revoked here show up in the audit log at once.
    connect(m_keys, &ApiKeysWidget::keysChanged, m_audit, &AuditLogWidget::refresh);
    validate();
    showStatus();
    const QString serverSettings = RoleGate::refusal(desk->connection(), RoleGate::Action::ServerSettings);
    if (!serverSettings.isEmpty()) {
        for (QWidget* field :
             {static_cast<QWidget*>(m_ui->enabledCheckBox), static_cast<QWidget*>(m_ui->listenLineEdit),
              static_cast<QWidget*>(m_ui->certificateLineEdit), static_cast<QWidget*>(m_ui->keyFileLineEdit),
              static_cast<QWidget*>(m_ui->insecureCheckBox),
              static_cast<QWidget*>(m_ui->certificateBrowseButton),
              static_cast<QWidget*>(m_ui->keyFileBrowseButton)})
            RoleGate::apply(field, serverSettings);
        RoleGate::apply(m_ui->buttonBox->button(QDialogButtonBox::Apply), serverSettings);
        m_ui->tabWidget->setCurrentWidget(m_ui->keysTab);
    }
}

ServerApiDialog::~ServerApiDialog() = default;

ApiSettings ServerApiDialog::settings() const
{
    ApiSettings settings;
    settings.enabled = m_ui->enabledCheckBox->isChecked();
    settings.listen = m_ui->listenLineEdit->text().trimmed();
    settings.tlsCertificateFile = m_ui->certificateLineEdit->text().trimmed();
    settings.tlsKeyFile = m_ui->keyFileLineEdit->text().trimmed();
    settings.insecure = m_ui->insecureCheckBox->isChecked();
    return settings;
}

QString ServerApiDialog::apiUrl() const
{
    const ApiServerStatus status = m_desk->apiServerStatus();
    if (status.state != ApiServerStatus::State::Running || status.url.isEmpty())
        return {};
    return status.url + QStringLiteral("/api/v1/");
}

void ServerApiDialog::validate()
{
    const bool enabled = m_ui->enabledCheckBox->isChecked();
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_ui->listenLineEdit, m_ui->certificateLineEdit, m_ui->certificateBrowseButton,
             m_ui->keyFileLineEdit, m_ui->keyFileBrowseButton, m_ui->insecureCheckBox})
        field->setEnabled(enabled);
    // An API that is off listens nowhere, so its address cannot be wrong yet; it is checked again
    // when it is turned on.
    const ApiSettings chosen = settings();
    const FieldCheck listen = enabled ? chosen.checkListen(m_ui->listenLineEdit->text()) : FieldCheck::ok();
    const FieldCheck tls = enabled ? checkTlsFiles(chosen) : FieldCheck::ok();
    m_ui->listenMessageLabel->setCheck(listen);
    m_ui->tlsMessageLabel->setCheck(tls);
    const bool acceptable = !listen.isError() && !tls.isError();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(acceptable);
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(acceptable);
}

void ServerApiDialog::showStatus()
{
    const ApiServerStatus status = m_desk->apiServerStatus();
    switch (status.state) {
    case ApiServerStatus::State::Running:
        m_ui->statusLabel->setStatus(FieldCheck::Severity::Ok, tr("Running at %1").arg(apiUrl()));
        break;
    case ApiServerStatus::State::Failed:
        m_ui->statusLabel->setStatus(FieldCheck::Severity::Error, tr("Not running: %1").arg(status.error));
        break;
    case ApiServerStatus::State::Off:
        m_ui->statusLabel->setStatus(FieldCheck::Severity::Ok, tr("Off"));
        break;
    }
    m_ui->copyUrlButton->setEnabled(status.state == ApiServerStatus::State::Running);
}

void ServerApiDialog::apply()
{
    whenFinished(m_desk->applyApiSettings(settings()), this, [this](const Status& saved) {
        if (!saved.ok())
            m_ui->statusLabel->setStatus(
                FieldCheck::Severity::Error,
                tr("The settings are used now but could not be saved: %1").arg(saved.error().message));
    });
}

void ServerApiDialog::chooseFile(const QString& title, const QString& filter, QLineEdit* target)
{
    // open() instead of a static getter: no nested event loop under the futures this dialog waits for.
    const QString start = target->text().isEmpty() ? QString() : QFileInfo(target->text()).absolutePath();
    auto* dialog = new QFileDialog(this, title, start, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    dialog->open();
}

} // namespace ChannelDesk
