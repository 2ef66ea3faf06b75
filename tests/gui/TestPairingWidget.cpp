// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingWidget.h"
#include "QrCodeWidget.h"

#include "channels/LinkedFields.h"
#include "desk/LocalDesk.h"
#include "linking/ConnectionGatewayAdapter.h"

#include "FakeConnectionGateway.h"
#include "FakeSecretStore.h"
#include "FakeWahaServer.h"
#include "QrDecoder.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString Session = QStringLiteral("default");
constexpr int Timeout = 5000;

QByteArray decodeGray(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const QList<QByteArray> codes
        = QrDecoder::decodeGray(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()));
    return codes.size() == 1 ? codes.first() : QByteArray();
}

int secondsIn(const QString& countdown)
{
    static const QRegularExpression number(QStringLiteral("^Expires in (\\d+) s$"));
    const QRegularExpressionMatch match = number.match(countdown);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestPairingWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testShowsLiveQrAndRotationWithinASecond();
    void testCountdownTicks();
    void testScanConfirmsThenLinked();
    void testPairingCode();
    void testWrongKeyIsRejectedWithoutRetry();
    void testReconnectsWhenGatewayComesBack();
    void testNeedsNewScanAfterGatewayLostTheLink();
    void testCodesRunOutOfferNewPairingWindow();
    void testGatewayRotatingPastSixCodesIsCountedWithoutMaximum();
    void testImageOnlyGatewayWithoutPairingCode();

private:
    void open(const QString& secret = FakeWahaServer::apiKey(), int initialBackoffMs = 20,
              int maxBackoffMs = 80);
    //! A desk over a fresh data directory, with one enabled linked channel the widget follows; the
    //! desk opens the channel's gateway session itself.
    void openChannel(const QString& gateway, const QUrl& baseUrl, const QString& secret,
                     const QString& session, int initialBackoffMs, int maxBackoffMs);
    //! What a phone camera would read off the widget right now.
    QByteArray shownCode() const { return decodeGray(m_widget->grab().toImage()); }
    void waitForShownCode(int timeout = Timeout);
    template <typename T> T* find(const QString& name) const
    {
        T* child = m_widget->findChild<T*>(name);
        if (!child)
            qFatal("no widget named %s", qPrintable(name));
        return child;
    }
    QString text(const QString& labelName) const { return find<QLabel>(labelName)->text(); }
    QString state() const { return text(QStringLiteral("stateLabel")); }

    std::unique_ptr<FakeWahaServer> m_fake;
    std::unique_ptr<FakeConnectionGateway> m_gateway;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    FakeSecretStore m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<PairingWidget> m_widget;
};

void TestPairingWidget::init()
{
    m_fake = std::make_unique<FakeWahaServer>();
    QVERIFY(m_fake->start());
    m_widget = std::make_unique<PairingWidget>();
    m_widget->resize(760, 520);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestPairingWidget::cleanup()
{
    m_widget.reset();
    m_desk.reset();
    m_dataDir.reset();
    m_gateway.reset();
    m_fake.reset();
}

void TestPairingWidget::open(const QString& secret, int initialBackoffMs, int maxBackoffMs)
{
    openChannel(LinkedFields::waha(), m_fake->baseUrl(), secret, Session, initialBackoffMs, maxBackoffMs);
}

void TestPairingWidget::openChannel(const QString& gateway, const QUrl& baseUrl, const QString& secret,
                                    const QString& session, int initialBackoffMs, int maxBackoffMs)
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    LocalDesk::Options options;
    options.secrets = &m_secrets;
    options.receiver = false;
    options.linkMaxAttempts = 5;
    options.linkInitialBackoffMs = initialBackoffMs;
    options.linkMaxBackoffMs = maxBackoffMs;
    // Real adapters, made as the desk makes them; the image-only gateway is polled quickly here.
    options.adapterFactory = [](const QString& type, const GatewayConfig& config) {
        GatewayAdapter* adapter = LinkedChannelController::createAdapter(type, config);
        if (auto* polled = qobject_cast<ConnectionGatewayAdapter*>(adapter))
            polled->setPollIntervals(40, 40);
        return adapter;
    };
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_desk->setHealthChecksActive(false);
    auto loaded = m_desk->loadChannels();
    QTRY_VERIFY(loaded.isFinished());
    QVERIFY(loaded.result().ok());
    m_widget->setDesk(m_desk.get());

    ChannelDraft draft;
    draft.channel.id = QStringLiteral("phone");
    draft.channel.name = QStringLiteral("Phone");
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(LinkedFields::gateway(), gateway);
    draft.channel.fields.insert(LinkedFields::baseUrl(), baseUrl.toString());
    draft.channel.fields.insert(LinkedFields::session(), session);
    draft.channel.fields.insert(LinkedFields::deviceLabel(), QStringLiteral("ChannelDesk test"));
    draft.secrets.insert(LinkedFields::apiKey(), secret);
    m_widget->setChannel(draft.channel.id);
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_widget->hasLink(), Timeout);
}

void TestPairingWidget::waitForShownCode(int timeout)
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_fake->currentQr(Session).isEmpty(), timeout);
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(shownCode()), m_fake->currentQr(Session), timeout);
}

void TestPairingWidget::testShowsLiveQrAndRotationWithinASecond()
{
    QCOMPARE(state(), QStringLiteral("Not connected"));
    open();
    waitForShownCode();
    QCOMPARE(state(), QStringLiteral("Waiting for a scan"));
    QCOMPARE(text(QStringLiteral("codeSequenceLabel")), QStringLiteral("Code 1 of 6"));
    QVERIFY(text(QStringLiteral("instructionsLabel"))
                .startsWith(
                    QStringLiteral("On the phone: WhatsApp → Settings → Linked devices → Link a device")));
    const QString warning = text(QStringLiteral("termsWarningLabel"));
    QVERIFY(find<QLabel>(QStringLiteral("termsWarningLabel"))->isVisible());
    QVERIFY2(warning.contains(QStringLiteral("terms")) && warning.contains(QStringLiteral("ban"))
                 && warning.contains(QStringLiteral("dedicated number")),
             qPrintable(warning));
    QVERIFY(m_widget->qrCodeWidget()->scale() >= QrCodeWidget::MinimumModulePixels);
    const QRect qrGeometry = m_widget->qrCodeWidget()->geometry();

    // The rotated code is on screen within a second of the gateway rotating it, in the same place.
    const QString first = m_fake->currentQr(Session);
    m_fake->rotateQr(Session);
    const QString second = m_fake->currentQr(Session);
    QVERIFY(second != first);
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(shownCode()), second, 1000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(text(QStringLiteral("codeSequenceLabel")), QStringLiteral("Code 2 of 6"));
    QCOMPARE(m_widget->qrCodeWidget()->geometry(), qrGeometry);
}

void TestPairingWidget::testCountdownTicks()
{
    open();
    waitForShownCode();
    auto* countdown = find<QLabel>(QStringLiteral("countdownLabel"));
    QVERIFY(countdown->isVisible());
    const int start = secondsIn(countdown->text());
    // The first code of a WAHA window lives about a minute.
    QVERIFY2(start > 50 && start <= 60, qPrintable(countdown->text()));
    QTRY_VERIFY_WITH_TIMEOUT(secondsIn(countdown->text()) == start - 1, 2500);
    QTRY_VERIFY_WITH_TIMEOUT(secondsIn(countdown->text()) == start - 2, 2500);
    // Later codes live about 20 s.
    m_fake->rotateQr(Session);
    QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("codeSequenceLabel")), QStringLiteral("Code 2 of 6"),
                              Timeout);
    QTRY_VERIFY(secondsIn(countdown->text()) > 15 && secondsIn(countdown->text()) <= 20);
}

void TestPairingWidget::testScanConfirmsThenLinked()
{
    open();
    waitForShownCode();
    m_fake->simulateScan(Session, false);
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Scanned — confirming on the phone…"), Timeout);
    // The scanned code is gone: it must not be scanned again.
    QVERIFY(!m_widget->qrCodeWidget()->isVisible());
    QVERIFY(shownCode().isEmpty());
    m_fake->completeLogin(Session);
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Linked as Fake Phone (+15550001111)"), Timeout);
    QVERIFY(!find<QPushButton>(QStringLiteral("startNewPairingButton"))->isVisible());
    QVERIFY(!find<QToolButton>(QStringLiteral("pairingCodeToggleButton"))->isVisible());
}

void TestPairingWidget::testPairingCode()
{
    m_fake->setPairingCode(QStringLiteral("WXYZ1234"));
    open();
    waitForShownCode();
    auto* toggle = find<QToolButton>(QStringLiteral("pairingCodeToggleButton"));
    QVERIFY(toggle->isEnabled());
    QVERIFY(!find<QLabel>(QStringLiteral("pairingCodeUnavailableLabel"))->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    auto* phone = find<QLineEdit>(QStringLiteral("pairingPhoneLineEdit"));
    auto* request = find<QPushButton>(QStringLiteral("requestPairingCodeButton"));
    auto* message = find<QLabel>(QStringLiteral("pairingPhoneMessageLabel"));
    QVERIFY(phone->isVisible());
    QVERIFY(!request->isEnabled());

    QTest::keyClicks(phone, QStringLiteral("0755 123"));
    QVERIFY2(message->text().startsWith(QStringLiteral("Error: Start with the country code")),
             qPrintable(message->text()));
    QVERIFY(!request->isEnabled());
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("+1 555 765"));
    QVERIFY2(message->text().startsWith(QStringLiteral("Error: An international number has 8 to 15 digits")),
             qPrintable(message->text()));
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("+1 (555) 765-4321"));
    QCOMPARE(message->text(), QStringLiteral("The code will be for +15557654321."));
    QVERIFY(request->isEnabled());

    QTest::mouseClick(request, Qt::LeftButton);
    auto* code = find<QLabel>(QStringLiteral("pairingCodeLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(code->text(), QStringLiteral("WXYZ-1234"), Timeout);
    QVERIFY(code->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("pairingCodeHelpLabel"))->isVisible());
    QCOMPARE(m_fake->lastPairingPhone(), QStringLiteral("15557654321"));
    QTRY_COMPARE(state(), QStringLiteral("Waiting for the pairing code to be typed on the phone"));
}

void TestPairingWidget::testWrongKeyIsRejectedWithoutRetry()
{
    open(QStringLiteral("not-the-key"));
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("API key rejected"), Timeout);
    const QString detail = text(QStringLiteral("stateDetailLabel"));
    // The gateway's own words, and what to do about it.
    QVERIFY2(detail.contains(QStringLiteral("Unauthorized")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Replace… next to API key")), qPrintable(detail));
    QVERIFY(!find<QPushButton>(QStringLiteral("startNewPairingButton"))->isVisible());
    QVERIFY(!find<QPushButton>(QStringLiteral("retryConnectionButton"))->isVisible());
    QVERIFY(!m_widget->qrCodeWidget()->isVisible());
    // No retry with the rejected key (one would come within tens of milliseconds here). WAHA closes
    // the socket with 1008 after the upgrade, so at most the session read already on its way follows.
    QVERIFY(!QTest::qWaitFor([&] { return m_fake->requestCount() > 2; }, 500));
    QCOMPARE(m_fake->requestLog().count(QStringLiteral("GET /ws")), 1);
    QCOMPARE(state(), QStringLiteral("API key rejected"));
}

void TestPairingWidget::testReconnectsWhenGatewayComesBack()
{
    // Slow enough backoff that the gateway is back before the 5 attempts are spent.
    open(FakeWahaServer::apiKey(), 300, 1000);
    waitForShownCode();
    m_fake->stop();
    static const QRegularExpression reconnecting(QStringLiteral("^Reconnecting — attempt [1-5] of 5$"));
    QTRY_VERIFY_WITH_TIMEOUT(reconnecting.match(state()).hasMatch(), Timeout);
    // From the second attempt on nothing answers: the reason says where the gateway was expected.
    QTRY_VERIFY_WITH_TIMEOUT(
        text(QStringLiteral("stateDetailLabel"))
            .contains(
                QStringLiteral("Is the gateway running at %1?").arg(m_fake->baseUrl().toDisplayString())),
        Timeout);
    QVERIFY2(reconnecting.match(state()).hasMatch(), qPrintable(state()));
    QVERIFY(!m_widget->qrCodeWidget()->isVisible());
    QVERIFY(m_fake->start());
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Waiting for a scan"), 10000);
    waitForShownCode();
}

void TestPairingWidget::testNeedsNewScanAfterGatewayLostTheLink()
{
    open(FakeWahaServer::apiKey(), 300, 1000);
    waitForShownCode();
    m_fake->simulateScan(Session);
    QTRY_VERIFY_WITH_TIMEOUT(state().startsWith(QStringLiteral("Linked as")), Timeout);
    m_fake->setLoseSessionsOnRestart(true);
    m_fake->stop();
    QTRY_VERIFY_WITH_TIMEOUT(state().startsWith(QStringLiteral("Reconnecting")), Timeout);
    QVERIFY(m_fake->start());
    QTRY_COMPARE_WITH_TIMEOUT(state(), QStringLiteral("Needs a new scan — the link is gone"), 10000);
    QCOMPARE(text(QStringLiteral("stateDetailLabel")),
             QStringLiteral("The gateway restarted and the link is gone: scan again"));
    waitForShownCode();
}

void TestPairingWidget::testCodesRunOutOfferNewPairingWindow()
{
    open();
    waitForShownCode();
    auto* restart = find<QPushButton>(QStringLiteral("startNewPairingButton"));
    QVERIFY(!restart->isVisible());
    for (int code = 2; code <= 6; ++code) {
        m_fake->rotateQr(Session);
        QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("codeSequenceLabel")),
                                  QStringLiteral("Code %1 of 6").arg(code), Timeout);
    }
    m_fake->rotateQr(Session); // WAHA gives up after the 6th code
    QTRY_VERIFY_WITH_TIMEOUT(restart->isVisible(), Timeout);
    QCOMPARE(restart->text().remove(QLatin1Char('&')), QStringLiteral("Start a new pairing window"));
    QCOMPARE(state(), QStringLiteral("Pairing failed"));
    QVERIFY(text(QStringLiteral("stateDetailLabel")).contains(QStringLiteral("All pairing codes expired")));
    QVERIFY(!m_widget->qrCodeWidget()->isVisible());

    QTest::mouseClick(restart, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("codeSequenceLabel")), QStringLiteral("Code 1 of 6"),
                              Timeout);
    waitForShownCode();
    QVERIFY(!restart->isVisible());
}

void TestPairingWidget::testGatewayRotatingPastSixCodesIsCountedWithoutMaximum()
{
    m_fake->setMaxCodes(0);
    open();
    waitForShownCode();
    for (int code = 2; code <= 8; ++code) {
        m_fake->rotateQr(Session);
        const QString expected
            = code <= 6 ? QStringLiteral("Code %1 of 6").arg(code) : QStringLiteral("Code %1").arg(code);
        QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("codeSequenceLabel")), expected, Timeout);
    }
    waitForShownCode();
    QVERIFY(!find<QPushButton>(QStringLiteral("startNewPairingButton"))->isVisible());
}

void TestPairingWidget::testImageOnlyGatewayWithoutPairingCode()
{
    m_gateway = std::make_unique<FakeConnectionGateway>();
    QVERIFY(m_gateway->start());
    openChannel(LinkedFields::connectionGateway(), m_gateway->baseUrl(), FakeConnectionGateway::token(),
                QStringLiteral("front-desk"), 20, 80);
    QTRY_VERIFY_WITH_TIMEOUT(!m_gateway->currentQrImage(QStringLiteral("front-desk")).isEmpty(), Timeout);
    const QByteArray expected
        = decodeGray(QImage::fromData(m_gateway->currentQrImage(QStringLiteral("front-desk"))));
    QVERIFY(!expected.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(shownCode(), expected, Timeout);
    QVERIFY(m_widget->qrCodeWidget()->isImage());
    QCOMPARE(text(QStringLiteral("codeSequenceLabel")), QStringLiteral("Code 1"));
    // No pairing code on this protocol: said, and the way to ask for one is off.
    QVERIFY(find<QLabel>(QStringLiteral("pairingCodeUnavailableLabel"))->isVisible());
    QVERIFY(!find<QToolButton>(QStringLiteral("pairingCodeToggleButton"))->isEnabled());
}

QTEST_MAIN(TestPairingWidget)
#include "TestPairingWidget.moc"
