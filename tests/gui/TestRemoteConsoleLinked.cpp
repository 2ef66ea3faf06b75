// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a remote `channeldesk serve` (RemoteDesk) with a linked-device channel, against the
// local WAHA stand-in: the dashboard states, the QR grabbed from the window decoding with zbar to
// the gateway's current value and following a rotation, the server and key in the title and status
// bar, the pairing code, log out reaching the gateway, a viewer's link controls refused, and
// nothing of the gateway's key, the QR or the channel's peers on the console's disk.
#include "MainWindow.h"
#include "PairingWidget.h"

#include "remote/RemoteDesk.h"

#include "FakeWahaServer.h"
#include "QrDecoder.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString Session = QStringLiteral("default");
const QString ChannelId = QStringLiteral("phone");
const QString Customer = QStringLiteral("15557654321");
constexpr int Timeout = 10000;

QByteArray decodeGray(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const QList<QByteArray> codes
        = QrDecoder::decodeGray(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()));
    return codes.size() == 1 ? codes.first() : QByteArray();
}

template <typename T> T* find(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no widget named %s", qPrintable(name));
    return widget;
}

} // namespace

class TestRemoteConsoleLinked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testTitleAndStatusBarNameServerAndKey();
    void testDashboardShowsAwaitingScan();
    void testWindowQrDecodesToGatewayValueAndFollowsRotation();
    void testPairingCodeThroughTheWindow();
    void testViewerHasLinkControlsDisabled();
    void testScanConnectsAndLogOutReachesTheGateway();

private:
    struct Console
    {
        std::unique_ptr<RemoteDesk> desk;
        std::unique_ptr<MainWindow> window;
        void close()
        {
            window.reset();
            desk.reset();
        }
    };
    bool openConsole(Console* console, const QString& key);
    //! The state text on the channel's dashboard card.
    QString cardState() const
    {
        return find<QLabel>(
                   find<QWidget>(m_operator.window.get(), QStringLiteral("channelCard_") + ChannelId),
                   QStringLiteral("stateLabel"))
            ->text();
    }
    PairingWidget* pairing(const Console& console) const
    {
        return find<QWidget>(console.window.get(), QStringLiteral("channelPage"))
            ->findChild<PairingWidget*>();
    }
    void showTab(const QString& tab) const
    {
        find<QTabWidget>(m_operator.window.get(), QStringLiteral("mainTabWidget"))
            ->setCurrentWidget(find<QWidget>(m_operator.window.get(), tab));
    }
    QByteArray windowCode() const { return decodeGray(m_operator.window->grab().toImage()); }
    QString gatewayQr() const { return m_waha.currentQr(Session); }

    // The console's own home and XDG directories, apart from the server's.
    QTemporaryDir m_consoleHome;
    QTemporaryDir m_consoleDirectory;
    QTemporaryDir m_serverHome;
    FakeWahaServer m_waha;
    std::unique_ptr<ServeProcess> m_serve;
    QString m_operatorKey;
    QString m_viewerKey;
    Console m_operator;
    Console m_viewer;
    QStringList m_qrValues;
};

void TestRemoteConsoleLinked::initTestCase()
{
    // The server gets the environment ctest gave; the console gets a home of its own, so that what
    // it writes (also Qt's test-mode paths below HOME) can be searched without other tests' files.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_serverHome.path());
    const QString home = m_consoleHome.path();
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/cache")));
    TestEnvironment::init();

    QVERIFY(m_waha.start());
    m_waha.setStepMs(20);
    m_serve = std::make_unique<ServeProcess>(qEnvironmentVariable("CHANNELDESK_BINARY"),
                                             m_serverHome.filePath(QStringLiteral("data")), env);
    const QString admin = m_serve->createKey(QStringLiteral("admin"), QStringLiteral("admin"));
    m_operatorKey = m_serve->createKey(QStringLiteral("ops"), QStringLiteral("operator"));
    m_viewerKey = m_serve->createKey(QStringLiteral("watcher"), QStringLiteral("viewer"));
    QVERIFY(m_serve->start());
    const QJsonObject linked{{QStringLiteral("name"), ChannelId},
                             {QStringLiteral("gateway"), QStringLiteral("waha")},
                             {QStringLiteral("base_url"), m_waha.baseUrl().toString()},
                             {QStringLiteral("api_key"), FakeWahaServer::apiKey()},
                             {QStringLiteral("session"), Session}};
    const auto created = m_serve->post(QStringLiteral("/api/v1/channels"), admin,
                                       {{QStringLiteral("messaging-whatsapp-linked"), linked}});
    QVERIFY2(created.status == 201, created.body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(!gatewayQr().isEmpty(), Timeout);

    QVERIFY(openConsole(&m_operator, m_operatorKey));
}

bool TestRemoteConsoleLinked::openConsole(Console* console, const QString& key)
{
    RemoteDesk::Options options;
    options.server = QUrl(m_serve->apiBase());
    options.key = key;
    options.consoleDirectory = m_consoleDirectory.path();
    options.initialBackoffMs = 100;
    options.maxBackoffMs = 400;
    console->desk = std::make_unique<RemoteDesk>(options);
    console->window = std::make_unique<MainWindow>(console->desk.get());
    // Health checks would ask the server about Meta; this channel has none.
    console->window->setPeriodicHealthChecks(false);
    console->window->show();
    if (!QTest::qWaitForWindowExposed(console->window.get()))
        return false;
    auto* list = find<QListView>(console->window.get(), QStringLiteral("channelListView"));
    return QTest::qWaitFor([&] { return console->desk->isLoaded() && list->model()->rowCount() == 1; },
                           Timeout);
}

void TestRemoteConsoleLinked::cleanupTestCase()
{
    m_viewer.close();
    m_operator.close();
    if (m_serve)
        m_serve->stop();
    const QStringList places{m_consoleDirectory.path(), m_consoleHome.path()};
    for (const QString& place : places) {
        const QByteArray written = TestEnvironment::allFileContents(place);
        QVERIFY2(!written.contains(FakeWahaServer::apiKey().toUtf8()), qPrintable(place));
        for (const QString& qr : std::as_const(m_qrValues))
            QVERIFY2(!written.contains(qr.toUtf8()), qPrintable(place));
        QVERIFY2(!written.contains(Customer.toUtf8()), qPrintable(place));
        QVERIFY2(!written.contains(QStringLiteral("15550001111").toUtf8()), qPrintable(place));
        QVERIFY2(!written.contains("Fake Phone"), qPrintable(place));
        QVERIFY2(!written.contains("Is the shop open?"), qPrintable(place));
        QVERIFY2(!written.contains(m_operatorKey.toUtf8()), qPrintable(place));
    }
}

void TestRemoteConsoleLinked::testTitleAndStatusBarNameServerAndKey()
{
    const QString server = QStringLiteral("127.0.0.1:%1").arg(m_serve->apiPort());
    QVERIFY2(m_operator.window->windowTitle().contains(server), qPrintable(m_operator.window->windowTitle()));
    auto* label = find<QLabel>(m_operator.window.get(), QStringLiteral("connectionStateLabel"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Connected to %1 as ops (operator)").arg(server));
    // An operator may manage the link.
    PairingWidget* page = pairing(m_operator);
    QVERIFY(find<QWidget>(page, QStringLiteral("pairingCodeGroupBox"))->isEnabled());
    QVERIFY(find<QWidget>(page, QStringLiteral("logOutButton"))->isEnabled());
}

void TestRemoteConsoleLinked::testDashboardShowsAwaitingScan()
{
    showTab(QStringLiteral("dashboardTab"));
    QTRY_COMPARE_WITH_TIMEOUT(cardState(), QStringLiteral("awaiting scan"), Timeout);
}

void TestRemoteConsoleLinked::testWindowQrDecodesToGatewayValueAndFollowsRotation()
{
    showTab(QStringLiteral("channelsTab"));
    m_qrValues << gatewayQr();
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(windowCode()), gatewayQr(), Timeout);
    m_waha.rotateQr(Session);
    const QString rotated = gatewayQr();
    QVERIFY(rotated != m_qrValues.first());
    m_qrValues << rotated;
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(windowCode()), rotated, 1000);
}

void TestRemoteConsoleLinked::testPairingCodeThroughTheWindow()
{
    m_waha.setPairingCode(QStringLiteral("WXYZ1234"));
    PairingWidget* page = pairing(m_operator);
    auto* toggle = find<QToolButton>(page, QStringLiteral("pairingCodeToggleButton"));
    QTRY_VERIFY(toggle->isVisible() && toggle->isEnabled());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(find<QWidget>(page, QStringLiteral("pairingCodeGroupBox"))->isVisible());
    QTest::keyClicks(find<QLineEdit>(page, QStringLiteral("pairingPhoneLineEdit")),
                     QStringLiteral("+49 151 2345 6789"));
    auto* request = find<QPushButton>(page, QStringLiteral("requestPairingCodeButton"));
    QVERIFY(request->isEnabled());
    QTest::mouseClick(request, Qt::LeftButton);
    auto* code = find<QLabel>(page, QStringLiteral("pairingCodeLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(code->text(), QStringLiteral("WXYZ-1234"), Timeout);
    QVERIFY(code->isVisible());
    QCOMPARE(m_waha.lastPairingPhone(), QStringLiteral("4915123456789"));
}

void TestRemoteConsoleLinked::testViewerHasLinkControlsDisabled()
{
    QVERIFY(openConsole(&m_viewer, m_viewerKey));
    QCOMPARE(find<QLabel>(m_viewer.window.get(), QStringLiteral("connectionStateLabel"))->text(),
             QStringLiteral("Connected to 127.0.0.1:%1 as watcher (viewer)").arg(m_serve->apiPort()));
    PairingWidget* page = pairing(m_viewer);
    QTRY_COMPARE_WITH_TIMEOUT(page->channelId(), ChannelId, Timeout);
    for (const QString& name :
         {QStringLiteral("startNewPairingButton"), QStringLiteral("retryConnectionButton"),
          QStringLiteral("logOutButton"), QStringLiteral("pairingCodeGroupBox")}) {
        auto* control = find<QWidget>(page, name);
        QVERIFY2(!control->isEnabled(), qPrintable(name));
        QVERIFY2(control->toolTip().contains(QStringLiteral("viewer"))
                     && control->toolTip().contains(QStringLiteral("operator")),
                 qPrintable(name + QStringLiteral(": ") + control->toolTip()));
    }
    QVERIFY(!find<QPushButton>(page, QStringLiteral("requestPairingCodeButton"))->isEnabled());
    // What it may see, it sees: the code the gateway shows now.
    find<QTabWidget>(m_viewer.window.get(), QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(find<QWidget>(m_viewer.window.get(), QStringLiteral("channelsTab")));
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromUtf8(decodeGray(m_viewer.window->grab().toImage())), gatewayQr(),
                              Timeout);
    m_viewer.close();
}

void TestRemoteConsoleLinked::testScanConnectsAndLogOutReachesTheGateway()
{
    showTab(QStringLiteral("dashboardTab"));
    m_waha.simulateScan(Session);
    QTRY_COMPARE_WITH_TIMEOUT(cardState(), QStringLiteral("connected"), Timeout);

    // A customer writes: the console shows it, and keeps it off its disk (checked at the end).
    QTRY_VERIFY_WITH_TIMEOUT(m_waha.webSocketClientCount() >= 1, Timeout);
    m_waha.pushInbound(Session, Customer + QStringLiteral("@s.whatsapp.net"),
                       QStringLiteral("Is the shop open?"));
    showTab(QStringLiteral("conversationsTab"));
    auto* conversations = find<QListView>(m_operator.window.get(), QStringLiteral("conversationListView"));
    QTRY_COMPARE_WITH_TIMEOUT(conversations->model()->rowCount(), 1, Timeout);

    showTab(QStringLiteral("channelsTab"));
    PairingWidget* page = pairing(m_operator);
    QTRY_VERIFY_WITH_TIMEOUT(
        find<QLabel>(page, QStringLiteral("stateLabel"))->text().startsWith(QStringLiteral("Linked as")),
        Timeout);
    QVERIFY(windowCode().isEmpty());
    auto* logOut = find<QPushButton>(page, QStringLiteral("logOutButton"));
    QTRY_VERIFY(logOut->isVisible());
    QVERIFY(logOut->isEnabled());
    QTest::mouseClick(logOut, Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_operator.window->findChild<QMessageBox*>()) && box->isVisible());
    QVERIFY(!m_waha.requestLog().contains(QStringLiteral("POST /api/sessions/default/logout")));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_waha.requestLog().contains(QStringLiteral("POST /api/sessions/default/logout")), Timeout);
    showTab(QStringLiteral("dashboardTab"));
    QTRY_VERIFY_WITH_TIMEOUT(cardState() != QLatin1String("connected"), Timeout);
    // Whatever the gateway offers next is shown, and so is on the console's disk check's list.
    const QString next = gatewayQr();
    if (!next.isEmpty())
        m_qrValues << next;
}

QTEST_MAIN(TestRemoteConsoleLinked)
#include "TestRemoteConsoleLinked.moc"
