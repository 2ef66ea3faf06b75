// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectToServerDialog.h"
#include "ui_ConnectToServerDialog.h"

#include "model/ServerAddress.h"

#include <QPushButton>

namespace ChannelDesk {

ConnectToServerDialog::ConnectToServerDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectToServerDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->serverLineEdit, &QLineEdit::textChanged, this, &ConnectToServerDialog::validate);
    connect(m_ui->keyLineEdit, &QLineEdit::textChanged, this, &ConnectToServerDialog::validate);
    connect(m_ui->showKeyButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->keyLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showKeyButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    // Nothing typed yet: no error messages, and OK stays off until both fields are good.
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
}

ConnectToServerDialog::~ConnectToServerDialog() = default;

QUrl ConnectToServerDialog::server() const
{
    return m_server;
}

QString ConnectToServerDialog::key() const
{
    return m_ui->keyLineEdit->text().trimmed();
}

void ConnectToServerDialog::setServer(const QUrl& server)
{
    m_ui->serverLineEdit->setText(server.toString());
    m_ui->keyLineEdit->setFocus();
}

void ConnectToServerDialog::validate()
{
    const QString address = m_ui->serverLineEdit->text().trimmed();
    bool serverOk = false;
    m_server.clear();
    if (address.isEmpty()) {
        m_ui->serverMessageLabel->clearMessage();
    } else if (const Result<QUrl> parsed = ServerAddress::parse(address); parsed.ok()) {
        m_server = parsed.value();
        serverOk = true;
        m_ui->serverMessageLabel->setCheck(
            FieldCheck::ok(tr("Connects to %1").arg(m_server.toString(QUrl::RemoveUserInfo))));
    } else {
        m_ui->serverMessageLabel->setCheck(FieldCheck::error(parsed.error().message));
    }

    const QString key = this->key();
    const bool keyOk = key.startsWith(QLatin1String("cdk_")) && key.size() > 4;
    if (key.isEmpty())
        m_ui->keyMessageLabel->clearMessage();
    else if (!keyOk)
        m_ui->keyMessageLabel->setCheck(
            FieldCheck::error(tr("An API key starts with “cdk_”. Create one on the server with "
                                 "`channeldesk keys create --name NAME --role ROLE` and paste it whole.")));
    else
        m_ui->keyMessageLabel->clearMessage();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(serverOk && keyOk);
}

} // namespace ChannelDesk
