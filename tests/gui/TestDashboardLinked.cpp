// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelCardWidget.h"
#include "DashboardWidget.h"
#include "MainWindow.h"
#include "PairingQrWidget.h"
#include "QrCodeWidget.h"
#include "settings/Settings.h"

#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "desk/LocalDesk.h"

#include "FakeSecretStore.h"
#include "FakeWahaServer.h"
#include "QrDecoder.h"
#include "TestEnvironment.h"

#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QScrollArea>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString Session = QStringLiteral("default");
const QString ChannelId = QStringLiteral("phone-bot");
constexpr int Timeout = 8000;

QByteArray decodeGray(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const QList<QByteArray> codes
        = QrDecoder::decodeGray(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()));
    return codes.size() == 1 ? codes.first() : QByteArray();
}

//! As long as a real WhatsApp pairing string: the largest code a card has to fit.
QByteArray whatsAppSizedPayload()
{
    QByteArray raw = "2@";
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 230; ++i)
        raw += (i % 60 == 59) ? ',' : alphabet.at((i * 37 + 11) % alphabet.size());
    return raw + "=";
}

} // namespace

//! The dashboard, the tab the window opens on, with linked channels talking to a real (fake) WAHA
//! over loopback: a channel awaiting a scan shows its live QR on its card.
class TestDashboardLinked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testOnlyChannelOpensWithQrOnTheDashboard();
    void testCardQrFollowsRotation();
    void testCardQrGoesOnceLinked();
    void testCloudCardHasNoQr();

private:
    void saveLinkedChannel();
    void saveCloudChannel();
    void save(const ChannelDraft& draft);
    void openWindow();
    QByteArray windowCode() const { return decodeGray(m_window->grab().toImage()); }
    //! Waits until a plain screenshot of the whole window reads as the gateway's current code.
    bool windowShowsGatewayCode() const
    {
        return QTest::qWaitFor(
            [&] {
                const QString current = m_fake->currentQr(Session);
                return !current.isEmpty() && windowCode() == current.toUtf8();
            },
            Timeout);
    }
    ChannelCardWidget* card(const QString& id = ChannelId) const
    {
        auto* dashboard = m_window->findChild<DashboardWidget*>(QStringLiteral("dashboard"));
        ChannelCardWidget* found = dashboard ? dashboard->card(id) : nullptr;
        if (!found)
            qFatal("no card for %s", qPrintable(id));
        return found;
    }
    template <typename T> T* in(QWidget* parent, const QString& name) const
    {
        T* widget = parent->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    std::unique_ptr<FakeWahaServer> m_fake;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<MainWindow> m_window;
};

void TestDashboardLinked::init()
{
    m_fake = std::make_unique<FakeWahaServer>();
    QVERIFY(m_fake->start());
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_secrets = std::make_unique<FakeSecretStore>();
    Settings settings(m_dataDir->path());
    ReceiverSettings receiver = settings.receiver();
    receiver.listen = QStringLiteral("127.0.0.1:0");
    QVERIFY(settings.setReceiver(receiver).ok());
}

void TestDashboardLinked::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_secrets.reset();
    m_dataDir.reset();
    m_fake.reset();
}

void TestDashboardLinked::save(const ChannelDraft& draft)
{
    // Saved through a separate manager, as an earlier run of ChannelDesk would have.
    ChannelManager manager(m_dataDir->path(), m_secrets.get());
    auto saved = manager.save({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().error().message));
}

void TestDashboardLinked::saveLinkedChannel()
{
    ChannelDraft draft;
    draft.channel.id = ChannelId;
    draft.channel.name = QStringLiteral("Phone Bot");
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(LinkedFields::gateway(), LinkedFields::waha());
    draft.channel.fields.insert(LinkedFields::baseUrl(), m_fake->baseUrl().toString());
    draft.channel.fields.insert(LinkedFields::session(), Session);
    draft.channel.fields.insert(LinkedFields::deviceLabel(), QStringLiteral("ChannelDesk"));
    draft.secrets.insert(LinkedFields::apiKey(), FakeWahaServer::apiKey());
    save(draft);
}

void TestDashboardLinked::saveCloudChannel()
{
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("support");
    draft.channel.name = QStringLiteral("Support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), QStringLiteral("106540352242922"));
    draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    save(draft);
}

void TestDashboardLinked::openWindow()
{
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_window = std::make_unique<MainWindow>(m_desk.get());
    // Its periodic health checks would ask the real Meta about Cloud API channels.
    m_window->setPeriodicHealthChecks(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboardLinked::testOnlyChannelOpensWithQrOnTheDashboard()
{
    saveLinkedChannel();
    openWindow();
    auto* tabs = in<QTabWidget>(m_window.get(), QStringLiteral("mainTabWidget"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("dashboardTab"));

    // No click: a plain screenshot of the window as it opens is enough to link the phone.
    QVERIFY(windowShowsGatewayCode());
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("dashboardTab"));
    PairingQrWidget* qr = card()->pairingQrWidget();
    QVERIFY(qr->isVisible());
    QVERIFY(qr->isOffering());
    // The pairing view's rendering rules: whole device pixels per module, at least the minimum.
    QVERIFY(qr->qrCodeWidget()->scale() >= QrCodeWidget::MinimumModulePixels);
    QCOMPARE(in<QLabel>(qr, QStringLiteral("pairingQrSequenceLabel"))->text(), QStringLiteral("Code 1 of 6"));
    // The same countdown as the pairing view.
    QVERIFY2(in<QLabel>(qr, QStringLiteral("pairingQrCountdownLabel"))
                 ->text()
                 .startsWith(QStringLiteral("Expires in ")),
             qPrintable(in<QLabel>(qr, QStringLiteral("pairingQrCountdownLabel"))->text()));
    QVERIFY(in<QLabel>(qr, QStringLiteral("pairingQrInstructionsLabel"))->isVisible());

    // Even a code as large as WhatsApp's fits on the card without scrolling at the default size.
    qr->qrCodeWidget()->setPayload(whatsAppSizedPayload());
    QTRY_COMPARE(windowCode(), whatsAppSizedPayload());
    auto* scroll = in<QScrollArea>(m_window.get(), QStringLiteral("cardsScrollArea"));
    QWidget* code = qr->qrCodeWidget();
    const QRect onViewport(code->mapTo(scroll->viewport(), QPoint(0, 0)), code->size());
    QVERIFY2(scroll->viewport()->rect().contains(onViewport),
             qPrintable(QStringLiteral("QR at %1,%2 %3x%4 in a viewport of %5x%6")
                            .arg(onViewport.x())
                            .arg(onViewport.y())
                            .arg(onViewport.width())
                            .arg(onViewport.height())
                            .arg(scroll->viewport()->width())
                            .arg(scroll->viewport()->height())));
}

void TestDashboardLinked::testCardQrFollowsRotation()
{
    saveLinkedChannel();
    openWindow();
    QVERIFY(windowShowsGatewayCode());
    PairingQrWidget* qr = card()->pairingQrWidget();
    const QRect geometry = qr->qrCodeWidget()->geometry();
    const QString first = m_fake->currentQr(Session);

    m_fake->rotateQr(Session);
    const QString second = m_fake->currentQr(Session);
    QVERIFY(second != first);
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(decodeGray(card()->grab().toImage())), second, Timeout);
    QCOMPARE(in<QLabel>(qr, QStringLiteral("pairingQrSequenceLabel"))->text(), QStringLiteral("Code 2 of 6"));
    // Replaced in place, as in the pairing view.
    QCOMPARE(qr->qrCodeWidget()->geometry(), geometry);
    QVERIFY(windowShowsGatewayCode());
}

void TestDashboardLinked::testCardQrGoesOnceLinked()
{
    saveLinkedChannel();
    openWindow();
    QVERIFY(windowShowsGatewayCode());
    PairingQrWidget* qr = card()->pairingQrWidget();

    // Scanned: the code must not be scanned again, so it leaves the card at once.
    m_fake->simulateScan(Session, false);
    QTRY_VERIFY_WITH_TIMEOUT(!qr->isVisible(), Timeout);
    QVERIFY(windowCode().isEmpty());
    m_fake->completeLogin(Session);
    QTRY_COMPARE_WITH_TIMEOUT(in<QLabel>(card(), QStringLiteral("stateLabel"))->text(),
                              QStringLiteral("connected"), Timeout);
    QVERIFY(!qr->isVisible());
    QVERIFY(!qr->isOffering());
    QVERIFY(!qr->qrCodeWidget()->hasCode());
    QVERIFY(windowCode().isEmpty());
}

void TestDashboardLinked::testCloudCardHasNoQr()
{
    saveCloudChannel();
    saveLinkedChannel();
    openWindow();
    QVERIFY(windowShowsGatewayCode());
    QVERIFY(card()->pairingQrWidget()->isVisible());
    QVERIFY(!card(QStringLiteral("support"))->pairingQrWidget()->isVisible());
    QVERIFY(card(QStringLiteral("support"))->pairingQrWidget()->channelId().isEmpty());
}

QTEST_MAIN(TestDashboardLinked)
#include "TestDashboardLinked.moc"
