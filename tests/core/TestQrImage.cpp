// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrEncoder.h"
#include "qr/QrImage.h"
#include "QrDecoder.h"

#include <QImage>
#include <QTest>
#include <QXmlStreamReader>

using namespace ChannelDesk;

namespace {

//! The shape of a WhatsApp pairing value: ref, then the noise key, identity key and advertising
//! secret in base64, separated by commas (about 200 characters).
const QByteArray pairingValue(
    "2@AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdEfGhIjKlMnOp"
    "Q==,h7Gq2Zr9Kx4Lm1Np8Ws3Tv6Yb0Ce5Df2Ug7Hj=,Xq9Wr3Ts8Uv1Yz4Ab7Cd0Ef5Gh2Ij6Kl9Mn3Op8Qr=,"
    "Jk2Lm5No8Pq1Rs4Tu7Vw0Xy3Za6Bc9De=");

//! The bytes of a data URL of the given media type.
QByteArray payload(const QString& url, const QString& mediaType)
{
    const QString prefix = QStringLiteral("data:") + mediaType + QStringLiteral(";base64,");
    if (!url.startsWith(prefix))
        return {};
    return QByteArray::fromBase64(url.mid(prefix.size()).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
}

} // namespace

class TestQrImage : public QObject
{
    Q_OBJECT

private slots:
    void testPngDecodesToTheValue();
    void testSvgIsWellFormedWithQuietZone();
    void testUnencodableValueGivesNoUrl();
};

void TestQrImage::testPngDecodesToTheValue()
{
    QVERIFY(pairingValue.size() > 180);
    const int size = QrEncoder::encode(pairingValue).size();
    QVERIFY(size > 0);
    const QString url = QrImage::pngDataUrl(pairingValue, 6);
    const QByteArray png = payload(url, QStringLiteral("image/png"));
    QVERIFY2(!png.isEmpty(), qPrintable(url.left(40)));

    QImage image = QImage::fromData(png, "PNG");
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), (size + 2 * QrImage::QuietZone) * 6);
    QCOMPARE(image.height(), image.width());
    // The quiet zone is white and the first finder pattern starts right after it.
    QCOMPARE(qGray(image.pixel(0, 0)), 255);
    QCOMPARE(qGray(image.pixel(QrImage::QuietZone * 6 - 1, QrImage::QuietZone * 6 - 1)), 255);
    QCOMPARE(qGray(image.pixel(QrImage::QuietZone * 6, QrImage::QuietZone * 6)), 0);

    image = image.convertToFormat(QImage::Format_Grayscale8);
    const QList<QByteArray> decoded
        = QrDecoder::decodeGray(image.constBits(), image.width(), image.height(), int(image.bytesPerLine()));
    QCOMPARE(decoded.size(), 1);
    QCOMPARE(decoded.first(), pairingValue);

    // The default size still reads.
    QImage large = QImage::fromData(payload(QrImage::pngDataUrl(pairingValue), QStringLiteral("image/png")));
    QCOMPARE(large.width(), (size + 2 * QrImage::QuietZone) * 8);
    large = large.convertToFormat(QImage::Format_Grayscale8);
    QCOMPARE(
        QrDecoder::decodeGray(large.constBits(), large.width(), large.height(), int(large.bytesPerLine())),
        QList<QByteArray>{pairingValue});
}

void TestQrImage::testSvgIsWellFormedWithQuietZone()
{
    const int size = QrEncoder::encode(pairingValue).size();
    const QByteArray svg = payload(QrImage::svgDataUrl(pairingValue), QStringLiteral("image/svg+xml"));
    QVERIFY(!svg.isEmpty());

    QXmlStreamReader xml(svg);
    QString viewBox;
    QString path;
    bool background = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg")) {
            QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("http://www.w3.org/2000/svg"));
            viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        } else if (xml.name() == QLatin1String("rect")) {
            background = xml.attributes().value(QLatin1String("fill")) == QLatin1String("#ffffff");
        } else if (xml.name() == QLatin1String("path")) {
            QCOMPARE(xml.attributes().value(QLatin1String("fill")).toString(), QStringLiteral("#000000"));
            path = xml.attributes().value(QLatin1String("d")).toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const int side = size + 2 * QrImage::QuietZone;
    QCOMPARE(viewBox, QStringLiteral("0 0 %1 %1").arg(side));
    QVERIFY(background);
    // The top-left finder pattern's first row: seven dark modules just inside the quiet zone.
    QVERIFY2(path.startsWith(QStringLiteral("M4 4h7v1h-7z")), qPrintable(path.left(40)));
    QVERIFY(!path.contains(QStringLiteral("M3 ")));
}

void TestQrImage::testUnencodableValueGivesNoUrl()
{
    QVERIFY(QrImage::svgDataUrl(QByteArray()).isEmpty());
    QVERIFY(QrImage::pngDataUrl(QByteArray(4000, 'x')).isEmpty());
}

QTEST_GUILESS_MAIN(TestQrImage)
#include "TestQrImage.moc"
