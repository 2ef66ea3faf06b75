// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCodeWidget.h"

#include "qr/QrEncoder.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ChannelDesk {
namespace {

// Pure black on pure white, not palette colours: cameras need the contrast in dark themes too.
constexpr QRgb Dark = 0xff000000;
constexpr QRgb Light = 0xffffffff;

QImage moduleImage(const QrMatrix& matrix)
{
    const int side = matrix.size() + 2 * QrCodeWidget::QuietZoneModules;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Light);
    for (int y = 0; y < matrix.size(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y + QrCodeWidget::QuietZoneModules));
        for (int x = 0; x < matrix.size(); ++x) {
            if (matrix.isDark(x, y))
                line[x + QrCodeWidget::QuietZoneModules] = Dark;
        }
    }
    return image;
}

} // namespace

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("QR code"));
    updateDescription();
}

void QrCodeWidget::setPayload(const QByteArray& raw)
{
    if (raw == m_payload && !m_isImage && !m_base.isNull())
        return;
    m_encodedImage.clear();
    m_payload = raw;
    m_matrix = QrEncoder::encode(raw);
    setBase(m_matrix.isEmpty() ? QImage() : moduleImage(m_matrix), false);
}

void QrCodeWidget::setImage(const QByteArray& encoded)
{
    if (m_isImage && encoded == m_encodedImage)
        return;
    m_encodedImage = encoded;
    m_payload.clear();
    m_matrix = {};
    QImage image = QImage::fromData(encoded);
    if (image.hasAlphaChannel()) {
        // Transparent parts would show the theme's background: put the picture on white.
        QImage opaque(image.size(), QImage::Format_RGB32);
        opaque.fill(Light);
        QPainter(&opaque).drawImage(0, 0, image);
        image = opaque;
    }
    setBase(image.convertToFormat(QImage::Format_RGB32), true);
}

void QrCodeWidget::clear()
{
    m_encodedImage.clear();
    m_payload.clear();
    m_matrix = {};
    setBase({}, false);
}

void QrCodeWidget::setBase(QImage base, bool isImage)
{
    const QSize oldHint = sizeHint();
    m_base = std::move(base);
    m_isImage = isImage;
    m_rendered = {};
    updateDescription();
    // Only a code of another size changes the layout; a rotated code is drawn over the old one.
    if (sizeHint() != oldHint)
        updateGeometry();
    update();
}

int QrCodeWidget::minimumScale() const
{
    const qreal dpr = devicePixelRatioF();
    if (m_isImage)
        return std::max(1, int(std::floor(dpr)));
    return int(std::ceil(MinimumModulePixels * dpr));
}

QSize QrCodeWidget::sizeHint() const
{
    // Without a code, room for a typical pairing code, so the first one does not shift the layout.
    const int units = m_base.isNull() ? 57 + 2 * QuietZoneModules : m_base.width();
    const int side = int(std::ceil(units * minimumScale() / devicePixelRatioF()));
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    return sizeHint();
}

void QrCodeWidget::render()
{
    const qreal dpr = devicePixelRatioF();
    const int available = int(std::floor(std::min(width(), height()) * dpr));
    const int units = std::max(m_base.width(), m_base.height());
    const int scale = std::max(minimumScale(), available / units);
    if (m_rendered.isNull() || scale != m_scale || !qFuzzyCompare(m_rendered.devicePixelRatio(), dpr)) {
        // Whole-number factor and nearest-neighbour sampling: every module is the same number of
        // device pixels, with hard edges.
        m_rendered = m_base.scaled(m_base.size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        m_rendered.setDevicePixelRatio(dpr);
        m_scale = scale;
    }
    // Centred, on whole device pixels, so that no module is split between two pixels.
    const qreal x = std::floor((width() * dpr - m_rendered.width()) / 2) / dpr;
    const qreal y = std::floor((height() * dpr - m_rendered.height()) / 2) / dpr;
    m_codeRect = QRectF(QPointF(std::max(0.0, x), std::max(0.0, y)), m_rendered.deviceIndependentSize());
}

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    if (m_base.isNull()) {
        m_codeRect = {};
        return;
    }
    render();
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(m_codeRect.topLeft(), m_rendered);
}

void QrCodeWidget::updateDescription()
{
    if (m_base.isNull())
        setAccessibleDescription(tr("No code to show yet."));
    else if (m_isImage)
        setAccessibleDescription(tr("A QR code picture from the gateway; scan it with the phone's camera."));
    else
        setAccessibleDescription(tr("A QR code of %1 by %2 modules; scan it with the phone's camera.")
                                     .arg(m_matrix.size())
                                     .arg(m_matrix.size()));
}

} // namespace ChannelDesk
