// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrDecoder.h"

#include <zbar.h>

#include <cstring>
#include <memory>

using namespace zbar;

namespace QrDecoder {

QList<QByteArray> decodeGray(const uchar* pixels, int width, int height, int stride)
{
    // zbar wants tightly packed Y800 rows.
    QByteArray packed(width * height, '\0');
    for (int y = 0; y < height; ++y)
        std::memcpy(packed.data() + y * width, pixels + y * stride, size_t(width));
    std::unique_ptr<zbar_image_scanner_t, void (*)(zbar_image_scanner_t*)> scanner(
        zbar_image_scanner_create(), zbar_image_scanner_destroy);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    std::unique_ptr<zbar_image_t, void (*)(zbar_image_t*)> image(zbar_image_create(), zbar_image_destroy);
    zbar_image_set_format(image.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image.get(), unsigned(width), unsigned(height));
    zbar_image_set_data(image.get(), packed.constData(), size_t(packed.size()), nullptr);
    QList<QByteArray> results;
    if (zbar_scan_image(scanner.get(), image.get()) <= 0)
        return results;
    for (const zbar_symbol_t* symbol = zbar_image_first_symbol(image.get()); symbol;
         symbol = zbar_symbol_next(symbol))
        results.append(QByteArray(zbar_symbol_get_data(symbol), int(zbar_symbol_get_data_length(symbol))));
    return results;
}

} // namespace QrDecoder
