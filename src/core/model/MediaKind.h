// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The kinds of media WhatsApp sends and receives.

namespace ChannelDesk {

enum class MediaKind
{
    Audio,
    Document,
    Image,
    Sticker,
    Video,
};

} // namespace ChannelDesk
