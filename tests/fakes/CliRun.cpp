// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRun.h"

#include <QJsonDocument>

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out.trimmed().toUtf8()).object();
}
