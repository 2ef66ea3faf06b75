// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialogLauncher.h"

#include "desk/Desk.h"
#include "settings/Settings.h"
#include "util/WhenFinished.h"
#include "MainWindow.h"
#include "NotificationSettingsDialog.h"
#include "ReceiverSettingsDialog.h"
#include "SendSettingsDialog.h"
#include "ServerApiDialog.h"
#include "StorageSettingsDialog.h"
#include "TrayController.h"

namespace ChannelDesk {

SettingsDialogLauncher::SettingsDialogLauncher(Desk* desk, TrayController* tray, QWidget* window)
    : QObject(window)
    , m_desk(desk)
    , m_tray(tray)
    , m_window(window)
{ }

void SettingsDialogLauncher::openReceiverSettings()
{
    Settings* settings = m_desk ? m_desk->settings() : nullptr;
    if (!settings)
        return;
    auto* dialog = new ReceiverSettingsDialog(settings->receiver(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        whenFinished(m_desk->applyReceiverSettings(dialog->settings()), this, [this](const Status& saved) {
            if (!saved.ok())
                emit saveFailed(
                    MainWindow::tr("The receiver settings are used now but could not be saved: %1")
                        .arg(saved.error().message));
        });
    });
    dialog->open();
}

void SettingsDialogLauncher::openServerApi()
{
    if (!m_desk || !m_desk->settings())
        return;
    auto* dialog = new ServerApiDialog(m_desk, m_window);
    dialog->setObjectName(QStringLiteral("serverApiDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // A server's own API settings are not the console's to change.
        if (m_desk->connection().isRemote())
            return;
        whenFinished(m_desk->applyApiSettings(dialog->settings()), this, [this](const Status& saved) {
            if (!saved.ok())
                emit saveFailed(
                    MainWindow::tr("The server API settings are used now but could not be saved: %1")
                        .arg(saved.error().message));
        });
    });
    dialog->open();
}

void SettingsDialogLauncher::openNotificationSettings()
{
    auto* dialog = new NotificationSettingsDialog(m_tray->settings(), m_tray->isAvailable(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const NotificationSettings chosen = dialog->settings();
        m_tray->setSettings(chosen);
        if (Settings* settings = m_desk ? m_desk->settings() : nullptr) {
            const Status saved = settings->setNotifications(chosen);
            if (!saved.ok())
                emit saveFailed(
                    MainWindow::tr("The notification settings are used now but could not be saved: %1")
                        .arg(saved.error().message));
        }
    });
    dialog->open();
}

void SettingsDialogLauncher::openSendSettings()
{
    Settings* settings = m_desk ? m_desk->settings() : nullptr;
    if (!settings)
        return;
    auto* dialog = new SendSettingsDialog(settings->sendLimits(), settings->optOutWords(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Settings* target = m_desk ? m_desk->settings() : nullptr;
        if (!target)
            return;
        // The queue and the projector follow Settings::changed.
        const Status limits = target->setSendLimits(dialog->limits());
        const Status words = target->setOptOutWords(dialog->words());
        if (!limits.ok() || !words.ok())
            emit saveFailed(MainWindow::tr("The send settings are used now but could not be saved: %1")
                                .arg((limits.ok() ? words : limits).error().message));
    });
    dialog->open();
}

void SettingsDialogLauncher::openStorageSettings()
{
    Settings* settings = m_desk ? m_desk->settings() : nullptr;
    if (!settings)
        return;
    auto* dialog = new StorageSettingsDialog(settings->retention(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    whenFinished(m_desk->diskUsage(), dialog,
                 [dialog](const DiskUsage& usage) { dialog->setDiskUsage(usage); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Settings* target = m_desk ? m_desk->settings() : nullptr;
        if (!target)
            return;
        // The receiver's pruner follows Settings::changed and prunes at once.
        const Status saved = target->setRetention(dialog->retention());
        if (!saved.ok())
            emit saveFailed(MainWindow::tr("The retention is used now but could not be saved: %1")
                                .arg(saved.error().message));
        emit retentionChanged();
    });
    dialog->open();
}

} // namespace ChannelDesk
