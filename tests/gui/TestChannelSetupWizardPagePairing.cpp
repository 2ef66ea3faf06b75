// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizard.h"
#include "ChannelSetupWizardPagePairing.h"
#include "PairingWidget.h"
#include "QrCodeWidget.h"

#include "desk/LocalDesk.h"

#include "FakeSecretStore.h"
#include "FakeWahaServer.h"
#include "TestEnvironment.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString Session = QStringLiteral("default");
constexpr int Timeout = 8000;

} // namespace

//! The setup wizard's last page for a linked channel, against a real (fake) WAHA over loopback:
//! asking for a pairing code from the keyboard, and where the code then shows.
class TestChannelSetupWizardPagePairing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testEnterRequestsPairingCodeAndKeepsWizardOpen_data();
    void testEnterRequestsPairingCodeAndKeepsWizardOpen();

private:
    //! Through the first pages to the pairing page, with the channel saved and its session offering
    //! a QR code.
    void goToPairingPage();
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_wizard->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    int requestCodeCalls() const
    {
        return int(m_fake->requestLog().count(QStringLiteral("POST /api/%1/auth/request-code").arg(Session)));
    }

    std::unique_ptr<FakeWahaServer> m_fake;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<ChannelSetupWizard> m_wizard;
};

void TestChannelSetupWizardPagePairing::init()
{
    m_fake = std::make_unique<FakeWahaServer>();
    QVERIFY(m_fake->start());
    m_fake->setPairingCode(QStringLiteral("WXYZ1234"));
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_secrets = std::make_unique<FakeSecretStore>();
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    options.receiver = false;
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_desk->setHealthChecksActive(false);
    QVERIFY(TestEnvironment::waitFor(m_desk->loadChannels()).ok());
    m_wizard = std::make_unique<ChannelSetupWizard>(m_desk.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestChannelSetupWizardPagePairing::cleanup()
{
    m_wizard.reset();
    m_desk.reset();
    m_secrets.reset();
    m_dataDir.reset();
    m_fake.reset();
}

void TestChannelSetupWizardPagePairing::goToPairingPage()
{
    auto* linked = find<QAbstractButton>(QStringLiteral("linkedDeviceRadioButton"));
    QTest::mouseClick(linked, Qt::LeftButton, {}, QPoint(8, linked->height() / 2));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("channelNameLineEdit")), QStringLiteral("Phone Bot"));
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::GatewayPage));
    auto* url = find<QLineEdit>(QStringLiteral("gatewayBaseUrlLineEdit"));
    url->selectAll();
    QTest::keyClicks(url, m_fake->baseUrl().toString());
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("gatewayApiKeyLineEdit")), FakeWahaServer::apiKey());
    QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::PairingPage));
    auto* pairing = find<PairingWidget>(QStringLiteral("pairingWidget"));
    QTRY_VERIFY_WITH_TIMEOUT(pairing->qrCodeWidget()->isVisible(), Timeout);
    // Saved: Finish is the default button Enter would otherwise press.
    QTRY_VERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
}

void TestChannelSetupWizardPagePairing::testEnterRequestsPairingCodeAndKeepsWizardOpen_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Return") << int(Qt::Key_Return);
    QTest::newRow("Enter on the keypad") << int(Qt::Key_Enter);
}

void TestChannelSetupWizardPagePairing::testEnterRequestsPairingCodeAndKeepsWizardOpen()
{
    QFETCH(int, key);
    goToPairingPage();
    QSignalSpy finished(m_wizard.get(), &QDialog::finished);
    auto* pairing = find<PairingWidget>(QStringLiteral("pairingWidget"));
    QTest::mouseClick(find<QToolButton>(QStringLiteral("pairingCodeToggleButton")), Qt::LeftButton);
    auto* phone = find<QLineEdit>(QStringLiteral("pairingPhoneLineEdit"));
    auto* message = find<QLabel>(QStringLiteral("pairingPhoneMessageLabel"));
    QVERIFY(phone->isVisible());

    // A number that cannot be right: Enter asks for nothing, and the wizard stays.
    QTest::keyClicks(phone, QStringLiteral("0755 123"));
    QTest::keyClick(phone, Qt::Key(key));
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(finished.count(), 0);
    QVERIFY2(message->text().startsWith(QStringLiteral("Error: Start with the country code")),
             qPrintable(message->text()));

    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("+1 (555) 765-4321"));
    QTest::keyClick(phone, Qt::Key(key));
    // The wizard did not take Enter for Finish: it is open on the same page, asking for the code.
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::PairingPage));
    QCOMPARE(message->text(), QStringLiteral("Asking the gateway for a pairing code for +15557654321…"));
    QTRY_COMPARE_WITH_TIMEOUT(requestCodeCalls(), 1, Timeout);
    QCOMPARE(m_fake->lastPairingPhone(), QStringLiteral("15557654321"));

    // The code is large, monospace and selectable, at the top of the pairing area.
    auto* code = find<QLabel>(QStringLiteral("pairingCodeLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(code->text(), QStringLiteral("WXYZ-1234"), Timeout);
    QVERIFY(code->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("pairingCodeHelpLabel"))->isVisible());
    const qreal normal = QApplication::font().pointSizeF();
    QVERIFY2(code->font().pointSizeF() >= 2 * normal,
             qPrintable(QStringLiteral("%1 pt against %2 pt").arg(code->font().pointSizeF()).arg(normal)));
    // Monospace by the glyphs themselves (fontconfig does not flag every monospace font as such).
    const QFontMetrics metrics(code->font());
    QCOMPARE(metrics.horizontalAdvance(QLatin1Char('1')), metrics.horizontalAdvance(QLatin1Char('W')));
    QVERIFY(code->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    const int codeTop = code->mapTo(pairing, QPoint(0, 0)).y();
    for (const QString& below : {QStringLiteral("stateLabel"), QStringLiteral("pairingPhoneLineEdit")}) {
        auto* widget = pairing->findChild<QWidget*>(below);
        QVERIFY2(codeTop < widget->mapTo(pairing, QPoint(0, 0)).y(), qPrintable(below));
    }
    if (pairing->qrCodeWidget()->isVisible())
        QVERIFY(codeTop < pairing->qrCodeWidget()->mapTo(pairing, QPoint(0, 0)).y());
    QTRY_COMPARE(find<QLabel>(QStringLiteral("stateLabel"))->text(),
                 QStringLiteral("Waiting for the pairing code to be typed on the phone"));

    // Folding the phone section away leaves the code in view.
    QTest::mouseClick(find<QToolButton>(QStringLiteral("pairingCodeToggleButton")), Qt::LeftButton);
    QVERIFY(!phone->isVisible());
    QVERIFY(code->isVisible());
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(requestCodeCalls(), 1);
}

QTEST_MAIN(TestChannelSetupWizardPagePairing)
#include "TestChannelSetupWizardPagePairing.moc"
