// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Encodes bytes into a QR code with libqrencode (the only file that includes qrencode.h).

#include "qr/QrMatrix.h"

#include <QByteArray>

namespace ChannelDesk {

class QrEncoder
{
public:
    //! Byte mode, error correction M; when the data does not fit, tries L before giving up.
    static QrMatrix encode(const QByteArray& data);
};

} // namespace ChannelDesk
