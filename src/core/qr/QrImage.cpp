// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrImage.h"

#include "qr/QrEncoder.h"

#include <QBuffer>
#include <QImage>

#include <algorithm>
#include <cstring>

namespace ChannelDesk {

QString QrImage::svgDataUrl(const QByteArray& value)
{
    const QrMatrix matrix = QrEncoder::encode(value);
    if (matrix.isEmpty())
        return {};
    const int side = matrix.size() + 2 * QuietZone;
    // One path of horizontal runs keeps the document small (a ~200-character pairing value makes a
    // 57-module code) and leaves no hairline seams between neighbouring modules.
    QByteArray path;
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size();) {
            if (!matrix.isDark(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < matrix.size() && matrix.isDark(x + run, y))
                ++run;
            path += "M" + QByteArray::number(x + QuietZone) + ' ' + QByteArray::number(y + QuietZone) + 'h'
                + QByteArray::number(run) + "v1h-" + QByteArray::number(run) + 'z';
            x += run;
        }
    }
    const QByteArray n = QByteArray::number(side);
    const QByteArray svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 "
        + n + ' ' + n + "\" width=\"" + n + "\" height=\"" + n
        + "\" shape-rendering=\"crispEdges\"><rect width=\"" + n + "\" height=\"" + n
        + "\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"" + path + "\"/></svg>\n";
    return QStringLiteral("data:image/svg+xml;base64,") + QString::fromLatin1(svg.toBase64());
}

QString QrImage::pngDataUrl(const QByteArray& value, int modulePixels)
{
    const QrMatrix matrix = QrEncoder::encode(value);
    if (matrix.isEmpty())
        return {};
    const int scale = std::max(1, modulePixels);
    const int side = (matrix.size() + 2 * QuietZone) * scale;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (!matrix.isDark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy)
                std::memset(image.scanLine((y + QuietZone) * scale + dy) + (x + QuietZone) * scale, 0,
                            size_t(scale));
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace ChannelDesk
