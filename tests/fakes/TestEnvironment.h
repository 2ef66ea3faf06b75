// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Common start-up for every test: Qt's test mode for standard paths, so no test touches the
//! user's own configuration, and helpers for temporary data directories.

#include <QString>
#include <QStringList>

namespace TestEnvironment {

void init();
//! Concatenates every file below dir (recursively), for "no secret on disk" checks.
QByteArray allFileContents(const QString& dir);
//! Test values that look real but are obviously fake.
QString appSecret();
QString verifyToken();

} // namespace TestEnvironment
