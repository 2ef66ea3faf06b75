// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Settings.h"

#include "util/DataDirectory.h"
#include "util/Logging.h"
#include "util/PrivateFile.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace ChannelDesk {
namespace {

const QString enabledKey = QStringLiteral("receiver/enabled");
const QString listenKey = QStringLiteral("receiver/listen");
const QString headerTimeoutKey = QStringLiteral("receiver/headerTimeout");
const QString unverifiedBodyKey = QStringLiteral("receiver/unverifiedBodyMiB");
const QString unverifiedBodyPerAddressKey = QStringLiteral("receiver/unverifiedBodyPerAddressMiB");
const QString apiEnabledKey = QStringLiteral("api/enabled");
const QString apiListenKey = QStringLiteral("api/listen");
const QString apiCertificateKey = QStringLiteral("api/tlsCertificate");
const QString apiKeyFileKey = QStringLiteral("api/tlsKey");
const QString apiInsecureKey = QStringLiteral("api/insecure");
const QString notificationsGroup = QStringLiteral("notifications");

//! A whole number the user may have mistyped: the default, with a warning, when it is not one.
int readInt(const QSettings& file, const QString& key, int fallback)
{
    const QVariant value = file.value(key);
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const int number = value.toString().trimmed().toInt(&ok);
    if (ok)
        return number;
    qCWarning(lcSettings).noquote() << QCoreApplication::translate("Settings",
                                                                   "settings.ini: %1 = “%2” is not a whole "
                                                                   "number; using %3.")
                                           .arg(key, value.toString())
                                           .arg(fallback);
    return fallback;
}

} // namespace

Settings::Settings(const QString& dataDirectory, QObject* parent)
    : QObject(parent)
    , m_path(DataDirectory::settingsPath(dataDirectory))
{
    PrivateFile::narrow(m_path);
    migrateNotifications();
    load();
}

Settings::Settings(std::unique_ptr<QTemporaryDir> directory, QObject* parent)
    : QObject(parent)
    , m_temporary(std::move(directory))
    , m_path(DataDirectory::settingsPath(m_temporary->path()))
{
    load();
}

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::createTemporary()
{
    auto directory = std::make_unique<QTemporaryDir>();
    if (!directory->isValid())
        qCWarning(lcSettings) << "Cannot create a temporary settings directory:" << directory->errorString();
    return std::unique_ptr<Settings>(new Settings(std::move(directory), nullptr));
}

void Settings::load()
{
    const QSettings file(m_path, QSettings::IniFormat);
    const ReceiverSettings receiverDefaults;
    m_receiver.enabled = file.value(enabledKey, receiverDefaults.enabled).toBool();
    m_receiver.listen = file.value(listenKey, receiverDefaults.listen).toString();
    m_receiver.headerTimeoutSeconds = readInt(file, headerTimeoutKey, receiverDefaults.headerTimeoutSeconds);
    m_receiver.unverifiedBodyMiB = readInt(file, unverifiedBodyKey, receiverDefaults.unverifiedBodyMiB);
    m_receiver.unverifiedBodyPerAddressMiB
        = readInt(file, unverifiedBodyPerAddressKey, receiverDefaults.unverifiedBodyPerAddressMiB);
    for (const QString& clamped : m_receiver.clampTuning())
        qCWarning(lcSettings).noquote() << clamped;
    for (NotificationKind kind : NotificationSettings::kinds())
        m_notifications.setEnabled(kind, file.value(NotificationSettings::key(kind), true).toBool());
    m_sendLimits = SendLimits::fromSettings(file);
    m_forward = ForwardSettings::fromSettings(file);
    m_retention = RetentionSettings::fromSettings(file);
    m_optOutWords = OptOutWords::fromSettings(file);
    const ApiSettings apiDefaults;
    m_api.enabled = file.value(apiEnabledKey, apiDefaults.enabled).toBool();
    m_api.listen = file.value(apiListenKey, apiDefaults.listen).toString();
    m_api.tlsCertificateFile = file.value(apiCertificateKey).toString();
    m_api.tlsKeyFile = file.value(apiKeyFileKey).toString();
    m_api.insecure = file.value(apiInsecureKey, apiDefaults.insecure).toBool();
}

void Settings::migrateNotifications()
{
    QSettings legacy;
    if (!legacy.childGroups().contains(notificationsGroup))
        return;
    PrivateFile::create(m_path);
    QSettings file(m_path, QSettings::IniFormat);
    // A settings.ini that already has the group was written after the move; it wins.
    if (!file.childGroups().contains(notificationsGroup)) {
        for (NotificationKind kind : NotificationSettings::kinds()) {
            const QString key = NotificationSettings::key(kind);
            if (legacy.contains(key))
                file.setValue(key, legacy.value(key).toBool());
        }
        file.sync();
        if (file.status() != QSettings::NoError) {
            qCWarning(lcSettings) << "Cannot move the notification settings to" << m_path;
            return; // keep the old ones for the next attempt
        }
    }
    legacy.remove(notificationsGroup);
    qCInfo(lcSettings) << "Moved the notification settings from" << legacy.fileName() << "to" << m_path;
}

template <typename Write> Status Settings::write(Write write)
{
    // QSettings writes a new file with the umask's mode but keeps the mode of an existing one.
    PrivateFile::create(m_path);
    QSettings file(m_path, QSettings::IniFormat);
    write(file);
    file.sync();
    if (file.status() != QSettings::NoError)
        return Error{ErrorCode::Failed,
                     QCoreApplication::translate("Settings", "Cannot write %1.").arg(m_path)};
    return Done{};
}

Status Settings::setReceiver(const ReceiverSettings& receiver)
{
    const bool differs = receiver != m_receiver;
    m_receiver = receiver;
    const Status written = write([&receiver](QSettings& file) {
        file.setValue(enabledKey, receiver.enabled);
        file.setValue(listenKey, receiver.listen);
        file.setValue(headerTimeoutKey, receiver.headerTimeoutSeconds);
        file.setValue(unverifiedBodyKey, receiver.unverifiedBodyMiB);
        file.setValue(unverifiedBodyPerAddressKey, receiver.unverifiedBodyPerAddressMiB);
    });
    if (differs)
        emit changed(Section::Receiver);
    return written;
}

Status Settings::setNotifications(const NotificationSettings& notifications)
{
    const bool differs = !(notifications == m_notifications);
    m_notifications = notifications;
    const Status written = write([&notifications](QSettings& file) {
        for (NotificationKind kind : NotificationSettings::kinds())
            file.setValue(NotificationSettings::key(kind), notifications.isEnabled(kind));
    });
    if (differs)
        emit changed(Section::Notifications);
    return written;
}

Status Settings::setSendLimits(const SendLimits& limits)
{
    const bool differs = limits != m_sendLimits;
    m_sendLimits = limits;
    const Status written = write([&limits](QSettings& file) { limits.save(file); });
    if (differs)
        emit changed(Section::SendLimits);
    return written;
}

Status Settings::setForward(const ForwardSettings& forward)
{
    const bool differs = forward != m_forward;
    m_forward = forward;
    const Status written = write([&forward](QSettings& file) { forward.save(file); });
    if (differs)
        emit changed(Section::Forward);
    return written;
}

Status Settings::setRetention(const RetentionSettings& retention)
{
    const bool differs = retention != m_retention;
    m_retention = retention;
    const Status written = write([&retention](QSettings& file) { retention.save(file); });
    if (differs)
        emit changed(Section::Retention);
    return written;
}

Status Settings::setOptOutWords(const OptOutWords& words)
{
    const bool differs = words.words() != m_optOutWords.words();
    m_optOutWords = words;
    const Status written = write([&words](QSettings& file) { words.save(file); });
    if (differs)
        emit changed(Section::OptOutWords);
    return written;
}

Status Settings::setApi(const ApiSettings& api)
{
    const bool differs = api != m_api;
    m_api = api;
    const Status written = write([&api](QSettings& file) {
        file.setValue(apiEnabledKey, api.enabled);
        file.setValue(apiListenKey, api.listen);
        file.setValue(apiCertificateKey, api.tlsCertificateFile);
        file.setValue(apiKeyFileKey, api.tlsKeyFile);
        file.setValue(apiInsecureKey, api.insecure);
    });
    if (differs)
        emit changed(Section::Api);
    return written;
}

} // namespace ChannelDesk
