// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QNetworkReply;

namespace ChannelDesk {

//! What Qt may hold of an answer unread before its network thread stops reading the socket.
constexpr qint64 ReplyReadBufferBytes = 256 * 1024;

//! Bounds what Qt reads ahead of the caller for this reply. Unbounded, Qt's network thread races
//! far past any answer cap before an abort reaches it: 135 MB of an endless answer were read
//! against a 4 MiB cap, and a large download filled memory instead of disk.
void boundReadBuffer(QNetworkReply* reply);

} // namespace ChannelDesk
