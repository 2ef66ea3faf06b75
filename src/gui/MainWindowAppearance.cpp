// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowAppearance.h"
#include "ui_MainWindow.h"

#include <QStyle>

namespace ChannelDesk::MainWindowAppearance {

void apply(QMainWindow* window, Ui::MainWindow* ui)
{
    QIcon appIcon;
    appIcon.addFile(QStringLiteral(":/icons/channeldesk-48.png"));
    appIcon.addFile(QStringLiteral(":/icons/channeldesk-256.png"));
    // The installed theme icon wins, so the window matches the desktop's launcher.
    window->setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.channeldesk.ChannelDesk"), appIcon));
    ui->addChannelAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    ui->addChannelAction->setShortcut(QKeySequence::New);
    ui->removeChannelAction->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    ui->removeChannelAction->setEnabled(false);
    ui->quitAction->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    // Ctrl+Q also where the platform binds Quit to nothing, but only once: the same key listed
    // twice is ambiguous to Qt, which then ignores it.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Q));
    ui->quitAction->setShortcuts(quitKeys);
    ui->keychainBannerIconLabel->setPixmap(
        window->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    ui->keychainBanner->setStyleSheet(
        QStringLiteral("QFrame#keychainBanner { border: 2px solid #c98a00; border-radius: 4px; }"));
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setSizes({260, 740});
    ui->receiverSettingsAction->setEnabled(false);
    ui->serverApiAction->setEnabled(false);
    ui->openLocalDataAction->setEnabled(false);
    ui->repairDataAction->setEnabled(false);
    // A disabled Repair says why in its tooltip.
    ui->fileMenu->setToolTipsVisible(true);
    ui->connectionBannerIconLabel->setPixmap(
        window->style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(32, 32));
    ui->connectionBanner->setStyleSheet(
        QStringLiteral("QFrame#connectionBanner { border: 2px solid #c0392b; border-radius: 4px; }"));
}

} // namespace ChannelDesk::MainWindowAppearance
