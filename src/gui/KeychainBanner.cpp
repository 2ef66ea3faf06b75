// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainBanner.h"

#include "desk/Desk.h"
#include "util/WhenFinished.h"
#include "MainWindow.h"

#include <QLabel>
#include <QPushButton>

namespace ChannelDesk {

KeychainBanner::KeychainBanner(Desk* desk, QWidget* banner, QLabel* label, QPushButton* useMemoryButton,
                               QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_banner(banner)
    , m_label(label)
    , m_useMemoryButton(useMemoryButton)
{
    connect(m_useMemoryButton, &QPushButton::clicked, this, &KeychainBanner::useMemorySecrets);
}

void KeychainBanner::probe()
{
    if (!m_desk)
        return;
    // The answer arrives asynchronously, so start-up is not held up.
    whenFinished(m_desk->probeKeychain(), this, [this](const SecretResult& result) {
        if (m_memorySecrets)
            return; // the user already chose memory
        if (result.code == SecretResult::Code::Ok || result.code == SecretResult::Code::NotFound)
            m_banner->hide();
        else
            showProblem(result);
    });
}

void KeychainBanner::showProblem(const SecretResult& result)
{
    QString text;
    if (result.code == SecretResult::Code::AccessDenied)
        text
            = MainWindow::tr(
                  "The keychain refused access (%1), so channel secrets cannot be stored or read. Unlock the "
                  "keychain and restart ChannelDesk, or keep secrets in memory for this run only. Secrets "
                  "are "
                  "never written to disk.")
                  .arg(result.errorString);
    else
        text = MainWindow::tr(
                   "No keychain is available: ChannelDesk found no Secret Service backend (GNOME Keyring or "
                   "KWallet) to store channel secrets in (%1). Secrets will NOT be written to disk. Start a "
                   "keychain and restart ChannelDesk, or keep secrets in memory for this run only.")
                   .arg(result.errorString);
    m_label->setText(text);
    m_useMemoryButton->show();
    m_banner->show();
}

void KeychainBanner::useMemorySecrets()
{
    if (!m_desk || m_memorySecrets)
        return;
    m_memorySecrets = true;
    m_desk->useMemorySecrets();
    m_label->setText(MainWindow::tr(
        "Secrets are kept in memory for this run only. They are not written to disk and are lost "
        "when ChannelDesk quits; enter them again next time (Replace… on the channel page)."));
    m_useMemoryButton->hide();
    emit memorySecretsChosen();
}

} // namespace ChannelDesk
