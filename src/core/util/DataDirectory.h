// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Resolves where ChannelDesk keeps its state: --data-dir, then CHANNELDESK_DATA_DIR, then XDG.

#include <QString>

namespace ChannelDesk::DataDirectory {

//! Resolves the directory (creating it with owner-only permissions) from an explicit
//! --data-dir value, which may be empty. Returns an empty string if it cannot be created.
QString resolve(const QString& explicitDir);
//! What to tell the user when resolve(explicitDir) found no usable directory.
QString unusableMessage(const QString& explicitDir);
QString databasePath(const QString& dataDir);
//! The receiver's journal of acknowledged deliveries (see DeliveryJournal).
QString journalPath(const QString& dataDir);
QString settingsPath(const QString& dataDir);

} // namespace ChannelDesk::DataDirectory
