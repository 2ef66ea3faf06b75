// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The main window's keychain banner: asks the desk whether a keychain can hold the channel
//! secrets, says why not when it cannot, and offers to keep them in memory for this run instead.
//! Its texts are the main window's: they use MainWindow's translation context, so the existing
//! translations keep applying.

#include <QObject>
#include <QPointer>

class QLabel;
class QPushButton;
class QWidget;

namespace ChannelDesk {

class Desk;
struct SecretResult;

class KeychainBanner : public QObject
{
    Q_OBJECT

public:
    //! banner holds label and useMemoryButton; all three belong to the window's form.
    KeychainBanner(Desk* desk, QWidget* banner, QLabel* label, QPushButton* useMemoryButton, QObject* parent);

    //! Shows the banner if the keychain turns out to be unusable.
    void probe();

signals:
    //! Secrets now live in memory: what was shown from the keychain has to be read again.
    void memorySecretsChosen();

private:
    void showProblem(const SecretResult& result);
    void useMemorySecrets();

    QPointer<Desk> m_desk;
    QWidget* m_banner;
    QLabel* m_label;
    QPushButton* m_useMemoryButton;
    bool m_memorySecrets = false;
};

} // namespace ChannelDesk
