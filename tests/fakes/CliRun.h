// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

//! What one run of the `channeldesk` binary left: its exit code (-1 when it crashed or was killed
//! for taking too long), everything it printed, and how long it took.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;

    //! stdout as one JSON object, for the commands' --json output.
    QJsonObject json() const;
};
