// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/OperatorName.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace ChannelDesk {

QString OperatorName::current()
{
    QString name = qEnvironmentVariable("USER").trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME").trimmed(); // Windows
#ifdef Q_OS_UNIX
    if (name.isEmpty()) {
        // A service started without a login environment (systemd, cron) has no $USER.
        if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name)
            name = QString::fromLocal8Bit(entry->pw_name).trimmed();
    }
#endif
    return name.isEmpty() ? QStringLiteral("operator") : name;
}

} // namespace ChannelDesk
