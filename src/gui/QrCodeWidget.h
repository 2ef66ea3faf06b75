// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Shows a QR code so that a phone camera reads it straight off the screen: encoded locally with
//! libqrencode, one image pixel per module plus a 4-module quiet zone, scaled by a whole number of
//! device pixels (at least 6 logical pixels per module), black on white whatever the colour scheme,
//! never smoothed, and kept square. Gateways that only hand out a picture are shown unscaled or
//! scaled by whole factors. A new code replaces the old one in place.

#include "qr/QrMatrix.h"

#include <QByteArray>
#include <QImage>
#include <QWidget>

namespace ChannelDesk {

class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int QuietZoneModules = 4;
    static constexpr int MinimumModulePixels = 6;

    explicit QrCodeWidget(QWidget* parent = nullptr);

    //! Encodes raw and shows it; an empty payload (or one too long to encode) shows nothing.
    void setPayload(const QByteArray& raw);
    //! Shows a picture of a code as the gateway drew it (PNG or another format Qt reads).
    void setImage(const QByteArray& encoded);
    void clear();

    QByteArray payload() const { return m_payload; }
    const QrMatrix& matrix() const { return m_matrix; }
    bool hasCode() const { return !m_base.isNull(); }
    bool isImage() const { return m_isImage; }
    //! Device pixels per module (per image pixel for a picture) of the last rendering.
    int scale() const { return m_scale; }
    //! Where the code, quiet zone included, was last drawn, in widget coordinates.
    QRectF codeRect() const { return m_codeRect; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void setBase(QImage base, bool isImage);
    //! The smallest whole factor allowed at the current device pixel ratio.
    int minimumScale() const;
    void render();
    void updateDescription();

    QByteArray m_payload;
    QrMatrix m_matrix;
    QByteArray m_encodedImage; //!< the gateway's picture as it came, to skip decoding it again
    QImage m_base; //!< one pixel per module, quiet zone included; or the gateway's picture
    bool m_isImage = false;
    QImage m_rendered; //!< m_base scaled for the current size and device pixel ratio
    int m_scale = 0;
    QRectF m_codeRect;
};

} // namespace ChannelDesk
