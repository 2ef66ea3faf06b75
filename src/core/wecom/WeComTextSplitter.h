// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Splits text for message/send into parts of at most maxBytes UTF-8 bytes, at character
//! boundaries (a surrogate pair is one character), preferring a line break or a space in the last
//! quarter of a part; never an empty part; the parts joined give the text back.

#include <QString>
#include <QStringList>

namespace ChannelDesk::WeComTextSplitter {

QStringList split(const QString& text, int maxBytes = 2048);

} // namespace ChannelDesk::WeComTextSplitter
