// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrEncoder.h"

#include <qrencode.h>

#include <memory>

namespace ChannelDesk {
namespace {

struct QrCodeDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

QrMatrix QrEncoder::encode(const QByteArray& data)
{
    if (data.isEmpty())
        return {};
    // WhatsApp's pairing strings are ~240 bytes: M fits easily; L is the fallback for long data.
    for (QRecLevel level : {QR_ECLEVEL_M, QR_ECLEVEL_L}) {
        std::unique_ptr<QRcode, QrCodeDeleter> code(QRcode_encodeData(
            int(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0, level));
        if (!code)
            continue;
        QByteArray modules(code->width * code->width, '\0');
        for (int i = 0; i < modules.size(); ++i)
            modules[i] = (code->data[i] & 1) ? 1 : 0; // bit 0 is the module colour; the rest is metadata
        return QrMatrix(code->width, modules);
    }
    return {};
}

} // namespace ChannelDesk
