// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCodeWidget.h"

#include "QrDecoder.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace ChannelDesk;

namespace {

QImage grayGrab(QWidget* widget)
{
    return widget->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
}

QList<QByteArray> decode(const QImage& gray)
{
    return QrDecoder::decodeGray(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()));
}

//! About the length and alphabet of a real WhatsApp pairing string (ref, public key, identity, adv).
QByteArray whatsAppLikePayload()
{
    QByteArray raw = "2@";
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 230; ++i)
        raw += (i % 60 == 59) ? ',' : alphabet.at((i * 37 + 11) % alphabet.size());
    return raw + "=";
}

QByteArray fixture(const QString& name)
{
    QFile file(qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QStringLiteral("/gateway/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestQrCodeWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup() { m_widget.reset(); }
    void testDecodesFromScreen_data();
    void testDecodesFromScreen();
    void testWholePixelModulesAndQuietZone();
    void testDarkOnWhiteInDarkTheme();
    void testGrowsByWholeFactorsOnly();
    void testRotatedCodeReplacesInPlace();
    void testImageShownUnscaledOrByWholeFactors();
    void testSquareAndAccessible();

private:
    void showAtHint();
    //! Every module is one flat square of scale × scale device pixels, black or white.
    void verifyModules(const QImage& gray);

    std::unique_ptr<QrCodeWidget> m_widget;
};

void TestQrCodeWidget::init()
{
    m_widget = std::make_unique<QrCodeWidget>();
}

void TestQrCodeWidget::showAtHint()
{
    m_widget->resize(m_widget->sizeHint());
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestQrCodeWidget::testDecodesFromScreen_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("short fake code") << QByteArray("2@fakeQR1,k3j4h5");
    QTest::newRow("WhatsApp-sized code") << whatsAppLikePayload();
    QTest::newRow("UTF-8 text") << QStringLiteral("ChannelDesk — 客服 ✓").toUtf8();
}

void TestQrCodeWidget::testDecodesFromScreen()
{
    QFETCH(QByteArray, payload);
    m_widget->setPayload(payload);
    showAtHint();
    QVERIFY(!m_widget->matrix().isEmpty());
    QCOMPARE(m_widget->payload(), payload);
    const QList<QByteArray> codes = decode(grayGrab(m_widget.get()));
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first(), payload);
}

void TestQrCodeWidget::verifyModules(const QImage& gray)
{
    const qreal dpr = gray.devicePixelRatio();
    const int scale = m_widget->scale();
    const int size = m_widget->matrix().size();
    const int quiet = QrCodeWidget::QuietZoneModules;
    const QPoint origin(int(std::lround(m_widget->codeRect().x() * dpr)),
                        int(std::lround(m_widget->codeRect().y() * dpr)));
    QCOMPARE(m_widget->codeRect().width() * dpr, qreal((size + 2 * quiet) * scale));
    for (int my = -quiet; my < size + quiet; ++my) {
        for (int mx = -quiet; mx < size + quiet; ++mx) {
            const bool inside = mx >= 0 && my >= 0 && mx < size && my < size;
            const int expected = inside && m_widget->matrix().isDark(mx, my) ? 0 : 255;
            const int left = origin.x() + (mx + quiet) * scale;
            const int top = origin.y() + (my + quiet) * scale;
            for (int y = top; y < top + scale; ++y) {
                const uchar* line = gray.constScanLine(y);
                for (int x = left; x < left + scale; ++x) {
                    if (line[x] != expected)
                        QFAIL(
                            qPrintable(QStringLiteral("module (%1, %2) has pixel %3 at (%4, %5), expected %6")
                                           .arg(mx)
                                           .arg(my)
                                           .arg(line[x])
                                           .arg(x)
                                           .arg(y)
                                           .arg(expected)));
                }
            }
        }
    }
}

void TestQrCodeWidget::testWholePixelModulesAndQuietZone()
{
    m_widget->setPayload(whatsAppLikePayload());
    showAtHint();
    const QImage gray = grayGrab(m_widget.get());
    const qreal dpr = gray.devicePixelRatio();
    // At least 6 px per module at 100 %, and as many more device pixels as the scale asks for.
    QVERIFY2(m_widget->scale() >= int(std::ceil(QrCodeWidget::MinimumModulePixels * dpr)),
             qPrintable(QString::number(m_widget->scale())));
    // The HiDPI run (QT_SCALE_FACTOR=2) must really render at 200 %.
    QCOMPARE(dpr,
             qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble()
                                                          : 1.0);
    QCOMPARE(m_widget->scale(), int(std::ceil(QrCodeWidget::MinimumModulePixels * dpr)));
    verifyModules(gray);
    // The top-left module is the corner of a finder pattern: dark.
    QVERIFY(m_widget->matrix().isDark(0, 0));
}

void TestQrCodeWidget::testDarkOnWhiteInDarkTheme()
{
    QPalette dark;
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button})
        dark.setColor(role, QColor(0x20, 0x20, 0x20));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(role, QColor(0xee, 0xee, 0xee));
    m_widget->setPalette(dark);
    m_widget->setPayload("2@dark-theme-code");
    showAtHint();
    const QImage gray = grayGrab(m_widget.get());
    verifyModules(gray);
    QCOMPARE(decode(gray), QList<QByteArray>{"2@dark-theme-code"});
}

void TestQrCodeWidget::testGrowsByWholeFactorsOnly()
{
    m_widget->setPayload("2@growing");
    showAtHint();
    const int units = m_widget->matrix().size() + 2 * QrCodeWidget::QuietZoneModules;
    const int base = m_widget->scale();
    // 2.5 times the room: the factor goes up by whole steps only, never to 2.5 × base.
    m_widget->resize(m_widget->sizeHint() * 5 / 2);
    const QImage gray = grayGrab(m_widget.get());
    const int available
        = int(std::floor(std::min(m_widget->width(), m_widget->height()) * gray.devicePixelRatio()));
    QCOMPARE(m_widget->scale(), available / units);
    QVERIFY(m_widget->scale() > base);
    verifyModules(gray);
    QCOMPARE(decode(gray), QList<QByteArray>{"2@growing"});
}

void TestQrCodeWidget::testRotatedCodeReplacesInPlace()
{
    m_widget->setPayload("2@fakeQR1,aaaaaa");
    showAtHint();
    const QRect geometry = m_widget->geometry();
    const QRectF code = m_widget->codeRect();
    QCOMPARE(decode(grayGrab(m_widget.get())), QList<QByteArray>{"2@fakeQR1,aaaaaa"});
    m_widget->setPayload("2@fakeQR2,bbbbbb");
    QCOMPARE(decode(grayGrab(m_widget.get())), QList<QByteArray>{"2@fakeQR2,bbbbbb"});
    QCOMPARE(m_widget->geometry(), geometry);
    QCOMPARE(m_widget->codeRect(), code);
    QVERIFY(m_widget->isVisible());

    m_widget->clear();
    QVERIFY(!m_widget->hasCode());
    QVERIFY(decode(grayGrab(m_widget.get())).isEmpty());
}

void TestQrCodeWidget::testImageShownUnscaledOrByWholeFactors()
{
    const QByteArray png = fixture(QStringLiteral("qr1.png"));
    QVERIFY(!png.isEmpty());
    const QImage original = QImage::fromData(png).convertToFormat(QImage::Format_Grayscale8);
    const QList<QByteArray> expected = decode(original);
    QCOMPARE(expected.size(), 1);

    m_widget->setImage(png);
    QVERIFY(m_widget->isImage());
    QVERIFY(m_widget->matrix().isEmpty());
    for (const int side : {original.width() + 20, original.width() * 2 + 40, original.width() * 3 + 10}) {
        m_widget->resize(side, side);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
        const QImage gray = grayGrab(m_widget.get());
        const int available = int(std::floor(side * gray.devicePixelRatio()));
        const int factor
            = std::max({1, int(std::floor(gray.devicePixelRatio())), available / original.width()});
        QCOMPARE(m_widget->scale(), factor);
        // Pixel for pixel the gateway's picture, each pixel a factor × factor square.
        const QPoint origin(int(std::lround(m_widget->codeRect().x() * gray.devicePixelRatio())),
                            int(std::lround(m_widget->codeRect().y() * gray.devicePixelRatio())));
        const QImage shown = gray.copy(QRect(origin, original.size() * factor));
        const QImage reference
            = original.scaled(original.size() * factor, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        QCOMPARE(shown.size(), reference.size());
        for (int y = 0; y < reference.height(); ++y)
            QVERIFY2(
                std::memcmp(shown.constScanLine(y), reference.constScanLine(y), size_t(reference.width()))
                    == 0,
                qPrintable(QStringLiteral("row %1 differs at factor %2").arg(y).arg(factor)));
        QCOMPARE(decode(gray), expected);
    }
}

void TestQrCodeWidget::testSquareAndAccessible()
{
    QVERIFY(m_widget->hasHeightForWidth());
    QCOMPARE(m_widget->heightForWidth(321), 321);
    QCOMPARE(m_widget->accessibleName(), QStringLiteral("QR code"));
    QVERIFY(m_widget->accessibleDescription().contains(QStringLiteral("No code")));
    m_widget->setPayload("2@accessible");
    const QSize hint = m_widget->sizeHint();
    QCOMPARE(hint.width(), hint.height());
    QCOMPARE(m_widget->minimumSizeHint(), hint);
    QVERIFY2(m_widget->accessibleDescription().contains(
                 QStringLiteral("%1 by %1 modules").arg(m_widget->matrix().size())),
             qPrintable(m_widget->accessibleDescription()));
}

QTEST_MAIN(TestQrCodeWidget)
#include "TestQrCodeWidget.moc"
