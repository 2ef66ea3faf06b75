// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A QR code as a data URL that a browser or a bot can show as it is: the API's status endpoint
//! hands out the pairing QR this way, rendered by ChannelDesk from the gateway's raw value. Works
//! without a display (QImage only).

#include <QByteArray>
#include <QString>

namespace ChannelDesk {

class QrImage
{
public:
    //! "data:image/svg+xml;base64,…": one module per user unit with a 4-module quiet zone, black
    //! on white, crisp edges at any size. Empty when the value cannot be encoded.
    static QString svgDataUrl(const QByteArray& value);
    //! "data:image/png;base64,…": modulePixels × modulePixels pixels per module, 4-module quiet
    //! zone, black on white. Empty when the value cannot be encoded.
    static QString pngDataUrl(const QByteArray& value, int modulePixels = 8);

    //! Modules of light margin around the code, as ISO/IEC 18004 asks for.
    static constexpr int QuietZone = 4;
};

} // namespace ChannelDesk
