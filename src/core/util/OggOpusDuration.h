// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! How long an Ogg Opus file (a WhatsApp voice note) plays, from its page headers alone: the
//! granule position of the stream's last page, less the pre-skip its OpusHead announces, at
//! Opus's 48 kHz (RFC 7845 §4). Meta's webhook carries no duration, so this is the only source.
//! Nothing is decoded. A file that is not Ogg Opus, or ends inside a page (a truncated
//! download), has no duration.

#include <QtGlobal>

#include <optional>

class QIODevice;
class QString;

namespace ChannelDesk {

class OggOpusDuration
{
public:
    //! Milliseconds, rounded down; nullopt when unknown. Reads the device from its position on.
    static std::optional<qint64> read(QIODevice* device);
    static std::optional<qint64> readFile(const QString& path);
};

} // namespace ChannelDesk
