// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Reads QR codes back from pixels with zbar, as a phone camera would read the screen.

#include <QByteArray>
#include <QList>

namespace QrDecoder {

//! Decodes every QR code in an 8-bit grayscale image (stride = bytes per row).
QList<QByteArray> decodeGray(const uchar* pixels, int width, int height, int stride);

} // namespace QrDecoder
