// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The one owner of a data directory's settings.ini: typed sections whose defaults live in their
//! value types, read once at construction, written through on every set, and a changed() signal
//! so that whoever depends on a section follows it. Secrets never go here.
//!
//! The file is a few hundred bytes, so reads and writes are synchronous.

#include "settings/ApiSettings.h"
#include "settings/ForwardSettings.h"
#include "settings/OptOutWords.h"
#include "settings/SendLimits.h"
#include "settings/NotificationSettings.h"
#include "settings/ReceiverSettings.h"
#include "settings/RetentionSettings.h"
#include "util/Result.h"

#include <QObject>
#include <QString>

#include <memory>

class QSettings;
class QTemporaryDir;

namespace ChannelDesk {

class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Section
    {
        Receiver,
        Notifications,
        SendLimits,
        OptOutWords,
        Api,
        Forward,
        Retention,
    };
    Q_ENUM(Section)

    //! Reads dataDirectory's settings.ini, after moving notification settings still kept in the
    //! application's default QSettings (where versions before 0.9 wrote them) into it.
    explicit Settings(const QString& dataDirectory, QObject* parent = nullptr);
    ~Settings() override;

    //! Settings in a fresh temporary directory that is removed with the returned object: for tests.
    static std::unique_ptr<Settings> createTemporary();

    QString fileName() const { return m_path; }

    ReceiverSettings receiver() const { return m_receiver; }
    NotificationSettings notifications() const { return m_notifications; }
    SendLimits sendLimits() const { return m_sendLimits; }
    OptOutWords optOutWords() const { return m_optOutWords; }
    ApiSettings api() const { return m_api; }
    ForwardSettings forward() const { return m_forward; }
    RetentionSettings retention() const { return m_retention; }

    //! Each setter keeps the new value (and emits changed() when it differs) even if the file
    //! cannot be written; the returned Status says whether it was.
    Status setReceiver(const ReceiverSettings& receiver);
    Status setNotifications(const NotificationSettings& notifications);
    Status setSendLimits(const SendLimits& limits);
    Status setOptOutWords(const OptOutWords& words);
    Status setApi(const ApiSettings& api);
    Status setForward(const ForwardSettings& forward);
    Status setRetention(const RetentionSettings& retention);

signals:
    //! A section was set to a different value through this instance.
    void changed(ChannelDesk::Settings::Section section);

private:
    Settings(std::unique_ptr<QTemporaryDir> directory, QObject* parent);
    void load();
    void migrateNotifications();
    template <typename Write> Status write(Write write);

    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_path;
    ReceiverSettings m_receiver;
    NotificationSettings m_notifications;
    SendLimits m_sendLimits;
    OptOutWords m_optOutWords;
    ApiSettings m_api;
    ForwardSettings m_forward;
    RetentionSettings m_retention;
};

} // namespace ChannelDesk
