// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrEncoder.h"
#include "QrDecoder.h"

#include <QTest>

#include <cstring>

using namespace ChannelDesk;

namespace {

//! Renders like QrCodeWidget: whole pixels per module, 4-module quiet zone, dark on white.
QByteArray render(const QrMatrix& matrix, int scale, int* side)
{
    *side = (matrix.size() + 8) * scale;
    QByteArray pixels(*side * *side, char(255));
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (!matrix.isDark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy)
                std::memset(pixels.data() + ((y + 4) * scale + dy) * *side + (x + 4) * scale, 0,
                            size_t(scale));
        }
    }
    return pixels;
}

} // namespace

class TestQrEncoder : public QObject
{
    Q_OBJECT

private slots:
    void testRoundTrip_data();
    void testRoundTrip();
    void testEmptyAndOversizeGiveEmptyMatrix();
};

void TestQrEncoder::testRoundTrip_data()
{
    QTest::addColumn<QByteArray>("data");
    // The shape of a WhatsApp pairing string: ref, public keys, secret, separated by commas.
    QTest::newRow("whatsapp pairing") << QByteArray(
        "2@Tq3vY0n5m3V0bcf9WlC8Xz0hK3o6ZbD1R7PqL2sNw4XyZ8aBcDeFgHiJkLmN0pQrStUvWx1Y2z3A4B5C6D7E8F9G0H,"
        "e+mT4bZc9Yx2Q5r8N1w3V6u0S7p4L9k2J5h8G1f4D7s0A3z6X9c2V5b8N1m4Q7w0E3r6T9y2U5i8O1p4=,"
        "Yx2Q5r8N1w3V6u0S7p4L9k2J5h8G1f4D7s0A3z6X9c=,T4bZc9Yx2Q5r8N1w3V6u0S7p4L9k2J5h8G1f4D7=");
    QTest::newRow("short") << QByteArray("hello");
    // zbar guesses a charset for non-ASCII bytes, so the round trip is checked on ASCII only.
    QTest::newRow("long ascii") << QByteArray(900, 'Q');
}

void TestQrEncoder::testRoundTrip()
{
    QFETCH(QByteArray, data);
    const QrMatrix matrix = QrEncoder::encode(data);
    QVERIFY(!matrix.isEmpty());
    QVERIFY(matrix.size() >= 21);
    QCOMPARE((matrix.size() - 17) % 4, 0); // a real QR version size
    int side = 0;
    const QByteArray pixels = render(matrix, 4, &side);
    const QList<QByteArray> decoded
        = QrDecoder::decodeGray(reinterpret_cast<const uchar*>(pixels.constData()), side, side, side);
    QCOMPARE(decoded.size(), 1);
    QCOMPARE(decoded.first(), data);
}

void TestQrEncoder::testEmptyAndOversizeGiveEmptyMatrix()
{
    QVERIFY(QrEncoder::encode(QByteArray()).isEmpty());
    QVERIFY(QrEncoder::encode(QByteArray(4000, 'x')).isEmpty()); // beyond version 40 at level L
    QVERIFY(!QrEncoder::encode(QByteArray(2000, 'x')).isEmpty()); // only fits at level L
}

QTEST_GUILESS_MAIN(TestQrEncoder)
#include "TestQrEncoder.moc"
