// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window attached to a `channeldesk serve` whose API uses a self-signed certificate: the trust
// dialog on first contact shows the fingerprint openssl prints on the server, nothing of the
// server's data is read before the user trusts it, and the choice is remembered; a different
// certificate later is refused with a warning that offers no way to trust it; Cancel leaves the
// window unconnected.
#include "MainWindow.h"
#include "ChannelListModel.h"
#include "ConversationListModel.h"
#include "TrustCertificateDialog.h"
#include "model/ServerAddress.h"
#include "remote/CertificatePins.h"
#include "remote/RemoteClient.h"
#include "remote/RemoteDesk.h"
#include "FakeGraphApiServer.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString token
    = QStringLiteral("EAA_FAKE_TLS_CONSOLE_TOKEN_CHANNELDESK_") + QString(60, QLatin1Char('2'));
const QString channelId = QStringLiteral("tlsdesk");
const QString customer = QStringLiteral("15557654322");
constexpr int Timeout = 15000;

//! Hex digits only, upper case: "sha256 Fingerprint=ab:cd…" (openssl) and "AB:CD:…" compare
//! equal.
QString normalised(const QString& fingerprint)
{
    QString hex = fingerprint.mid(fingerprint.indexOf(QLatin1Char('=')) + 1);
    static const QRegularExpression notHex(QStringLiteral("[^0-9A-Fa-f]"));
    return hex.remove(notHex).toUpper();
}

using StateLog = QList<DeskConnection::State>;

} // namespace

class TestRemoteConsoleTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testTrustOnFirstContact();
    void testChangedCertificateIsRefused();
    void testCancelLeavesItUntrusted();

private:
    bool makeCertificate(const QString& name) const;
    //! What the server's admin compares: `openssl x509 -noout -fingerprint -sha256 -in CERT`.
    QString opensslFingerprint(const QString& name) const;
    QStringList tlsArguments(const QString& name) const;
    QSslCertificate certificate(const QString& name) const;
    QString certificatePath(const QString& name) const
    {
        return m_home.filePath(name + QStringLiteral(".pem"));
    }
    QString keyPath(const QString& name) const { return m_home.filePath(name + QStringLiteral(".key")); }
    QString serverName() const { return QStringLiteral("127.0.0.1:%1").arg(m_serve->apiPort()); }
    std::unique_ptr<RemoteDesk> attach(const QString& consoleDirectory, StateLog* states);
    static std::unique_ptr<MainWindow> openWindow(RemoteDesk* desk);
    //! The window's visible trust dialog, or null.
    static TrustCertificateDialog* trustDialog(const MainWindow* window);
    static QList<QMessageBox*> visibleMessageBoxes(const MainWindow* window);
    static QStringList channelListIds(const MainWindow* window);
    static int conversationRows(const MainWindow* window);

    QTemporaryDir m_home;
    QTemporaryDir m_console;
    FakeGraphApiServer m_graph;
    std::unique_ptr<ServeProcess> m_serve;
    QString m_admin;
    // The window of the first test, still attached when the certificate changes.
    StateLog m_states;
    std::unique_ptr<RemoteDesk> m_desk;
    std::unique_ptr<MainWindow> m_window;
};

void TestRemoteConsoleTls::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_home.isValid() && m_console.isValid());
    QVERIFY(makeCertificate(QStringLiteral("first")));
    QVERIFY(makeCertificate(QStringLiteral("second")));
    QVERIFY(!certificate(QStringLiteral("first")).isNull());
    QVERIFY(normalised(opensslFingerprint(QStringLiteral("first")))
            != normalised(opensslFingerprint(QStringLiteral("second"))));
    QVERIFY(m_graph.start());
    m_graph.setExpectedToken(token);

    m_serve = ServeProcess::inHome(m_home.path());
    m_admin = m_serve->createKey(QStringLiteral("tls-console"), QStringLiteral("admin"));
    QVERIFY(!m_admin.isEmpty());
    m_serve->setTrustedCertificate(certificate(QStringLiteral("first")));
    QVERIFY2(m_serve->start(tlsArguments(QStringLiteral("first"))), qPrintable(m_serve->log()));
    QVERIFY(m_serve->apiBase().startsWith(QLatin1String("https://")));

    const auto created = m_serve->addCloudChannel(m_admin, channelId, token, m_graph.baseUrl());
    QVERIFY2(created.status == 201, created.body.constData());

    // A conversation the Conversations tab shows once the window is connected.
    WebhookClient webhook(m_serve->webhookPort());
    const QByteArray body
        = WebhookClient::textMessage(FakeGraphApiServer::phoneNumberId(), QStringLiteral("wamid.tls-in-1"),
                                     customer, QStringLiteral("Ana"), QStringLiteral("Hello over TLS"),
                                     QDateTime::currentDateTimeUtc().addSecs(-30));
    // The receiver serves a channel made through the API once it has reloaded its channels.
    QTRY_COMPARE_WITH_TIMEOUT(
        webhook.post(FakeGraphApiServer::phoneNumberId(), body, TestEnvironment::appSecret().toUtf8()), 200,
        Timeout);
}

void TestRemoteConsoleTls::cleanupTestCase()
{
    m_window.reset();
    m_desk.reset();
    if (m_serve)
        m_serve->stop();
}

bool TestRemoteConsoleTls::makeCertificate(const QString& name) const
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath(name), QStringLiteral("-out"), certificatePath(name),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
}

QString TestRemoteConsoleTls::opensslFingerprint(const QString& name) const
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                   QStringLiteral("-sha256"), QStringLiteral("-in"), certificatePath(name)});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return {};
    return QString::fromLatin1(openssl.readAllStandardOutput()).trimmed();
}

QStringList TestRemoteConsoleTls::tlsArguments(const QString& name) const
{
    return {QStringLiteral("--api-tls-cert"), certificatePath(name), QStringLiteral("--api-tls-key"),
            keyPath(name)};
}

QSslCertificate TestRemoteConsoleTls::certificate(const QString& name) const
{
    QFile pem(certificatePath(name));
    return pem.open(QIODevice::ReadOnly) ? QSslCertificate(&pem, QSsl::Pem) : QSslCertificate();
}

std::unique_ptr<RemoteDesk> TestRemoteConsoleTls::attach(const QString& consoleDirectory, StateLog* states)
{
    RemoteDesk::Options options;
    const Result<QUrl> url = ServerAddress::parse(m_serve->apiBase());
    options.server = url.ok() ? url.value() : QUrl();
    options.key = m_admin;
    options.consoleDirectory = consoleDirectory;
    options.initialBackoffMs = 100;
    options.maxBackoffMs = 400;
    auto desk = std::make_unique<RemoteDesk>(options);
    RemoteDesk* raw = desk.get();
    connect(raw, &Desk::connectionChanged, this, [raw, states] { states->append(raw->connection().state); });
    return desk;
}

std::unique_ptr<MainWindow> TestRemoteConsoleTls::openWindow(RemoteDesk* desk)
{
    auto window = std::make_unique<MainWindow>(desk);
    window->setPeriodicHealthChecks(false);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("the window was not exposed");
    return window;
}

TrustCertificateDialog* TestRemoteConsoleTls::trustDialog(const MainWindow* window)
{
    const auto dialogs
        = window->findChildren<TrustCertificateDialog*>(QStringLiteral("trustCertificateDialog"));
    for (TrustCertificateDialog* dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QList<QMessageBox*> TestRemoteConsoleTls::visibleMessageBoxes(const MainWindow* window)
{
    QList<QMessageBox*> visible;
    for (QMessageBox* box : window->findChildren<QMessageBox*>()) {
        if (box->isVisible())
            visible.append(box);
    }
    return visible;
}

QStringList TestRemoteConsoleTls::channelListIds(const MainWindow* window)
{
    QStringList ids;
    const auto* view = window->findChild<QAbstractItemView*>(QStringLiteral("channelListView"));
    if (!view || !view->model())
        return ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids.append(view->model()->index(row, 0).data(ChannelListModel::IdRole).toString());
    return ids;
}

int TestRemoteConsoleTls::conversationRows(const MainWindow* window)
{
    const auto* model = window->findChild<ConversationListModel*>();
    return model ? model->rowCount() : -1;
}

void TestRemoteConsoleTls::testTrustOnFirstContact()
{
    m_desk = attach(m_console.path(), &m_states);
    m_window = openWindow(m_desk.get());
    QTRY_VERIFY_WITH_TIMEOUT(trustDialog(m_window.get()), Timeout);
    TrustCertificateDialog* dialog = trustDialog(m_window.get());

    // The fingerprint the server's admin reads with openssl, in the dialog and in the desk's state.
    const QString expected = normalised(opensslFingerprint(QStringLiteral("first")));
    QCOMPARE(expected.size(), 64);
    const auto* shown = dialog->findChild<QLabel*>(QStringLiteral("fingerprintLabel"));
    QVERIFY(shown);
    QCOMPARE(normalised(shown->text()), expected);
    QCOMPARE(normalised(dialog->fingerprint()), expected);
    QCOMPARE(m_desk->connection().state, DeskConnection::State::UntrustedCertificate);
    QCOMPARE(normalised(m_desk->connection().fingerprint), expected);
    QVERIFY(m_desk->connection().pinnedFingerprint.isEmpty());
    const auto* explanation = dialog->findChild<QLabel*>(QStringLiteral("explanationLabel"));
    QVERIFY(explanation && explanation->text().contains(serverName()));

    // Nothing of the server's data before the user trusts it.
    QVERIFY(!m_desk->connection().isUp());
    QVERIFY(!m_desk->isLoaded());
    QVERIFY(m_desk->channels().isEmpty());
    QVERIFY(channelListIds(m_window.get()).isEmpty());
    QCOMPARE(conversationRows(m_window.get()), 0);
    QVERIFY(CertificatePins(m_console.filePath(QStringLiteral("trust.ini"))).pinned(serverName()).isEmpty());

    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QPushButton* trust = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(trust && trust->text().remove(QLatin1Char('&')).contains(QLatin1String("Trust")));
    QTest::mouseClick(trust, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_desk->connection().state, DeskConnection::State::Connected, Timeout);
    QVERIFY2(m_window->windowTitle().contains(serverName()), qPrintable(m_window->windowTitle()));
    QTRY_COMPARE_WITH_TIMEOUT(channelListIds(m_window.get()), QStringList{channelId}, Timeout);
    QVERIFY(m_desk->channel(channelId).has_value());
    // What the Conversations tab asked for before the user trusted the server is read again.
    QTRY_COMPARE_WITH_TIMEOUT(conversationRows(m_window.get()), 1, Timeout);
    QCOMPARE(m_states.count(DeskConnection::State::UntrustedCertificate), 1);
    QTRY_VERIFY(!trustDialog(m_window.get()));

    // Remembered in the console's directory: the next window on the same server asks nothing.
    QCOMPARE(
        normalised(CertificatePins(m_console.filePath(QStringLiteral("trust.ini"))).pinned(serverName())),
        expected);
    StateLog laterStates;
    const auto later = attach(m_console.path(), &laterStates);
    const auto laterWindow = openWindow(later.get());
    QTRY_COMPARE_WITH_TIMEOUT(later->connection().state, DeskConnection::State::Connected, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(channelListIds(laterWindow.get()), QStringList{channelId}, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(conversationRows(laterWindow.get()), 1, Timeout);
    QVERIFY(!laterStates.contains(DeskConnection::State::UntrustedCertificate));
    QVERIFY(laterWindow->findChildren<TrustCertificateDialog*>().isEmpty());
}

void TestRemoteConsoleTls::testChangedCertificateIsRefused()
{
    QVERIFY(m_desk && m_window);
    QCOMPARE(m_desk->connection().state, DeskConnection::State::Connected);
    const QString before = m_desk->connection().fingerprint;
    QVERIFY(before.isEmpty());
    const QString pinned
        = CertificatePins(m_console.filePath(QStringLiteral("trust.ini"))).pinned(serverName());

    // The admin replaces the certificate (or someone intercepts): same address, other certificate.
    m_serve->setTrustedCertificate(certificate(QStringLiteral("second")));
    QVERIFY2(m_serve->restart(tlsArguments(QStringLiteral("second"))), qPrintable(m_serve->log()));
    QTRY_COMPARE_WITH_TIMEOUT(m_desk->connection().state, DeskConnection::State::ChangedCertificate, Timeout);
    const DeskConnection connection = m_desk->connection();
    QCOMPARE(normalised(connection.fingerprint), normalised(opensslFingerprint(QStringLiteral("second"))));
    QCOMPARE(normalised(connection.pinnedFingerprint),
             normalised(opensslFingerprint(QStringLiteral("first"))));
    QCOMPARE(connection.pinnedFingerprint, pinned);

    // A warning naming both, with nothing to press but OK.
    QTRY_COMPARE_WITH_TIMEOUT(visibleMessageBoxes(m_window.get()).size(), 1, Timeout);
    QMessageBox* warning = visibleMessageBoxes(m_window.get()).first();
    QCOMPARE(warning->icon(), QMessageBox::Warning);
    QVERIFY2(warning->text().contains(connection.fingerprint)
                 && warning->text().contains(connection.pinnedFingerprint),
             qPrintable(warning->text()));
    QVERIFY(warning->text().contains(serverName()));
    QCOMPARE(warning->standardButtons(), QMessageBox::StandardButtons(QMessageBox::Ok));
    QCOMPARE(warning->buttons().size(), 1);
    for (QAbstractButton* button : warning->buttons())
        QVERIFY2(!button->text().contains(QLatin1String("Trust"), Qt::CaseInsensitive),
                 qPrintable(button->text()));
    QVERIFY(!trustDialog(m_window.get()));

    // No data request gets through, and each refused one does not prompt again.
    const auto rows = TestEnvironment::waitFor(m_desk->conversations(channelId, 20, std::nullopt), Timeout);
    QVERIFY(!rows.ok());
    const auto hits = TestEnvironment::waitFor(m_desk->search(QStringLiteral("anything"), {}, 20), Timeout);
    QVERIFY(!hits.ok());
    const RemoteClient::Answer snapshot
        = TestEnvironment::waitFor(m_desk->client()->call(QStringLiteral("snapshot")), Timeout);
    QCOMPARE(snapshot.code, QStringLiteral("TLS"));
    QVERIFY(!m_desk->connection().isUp());
    QCOMPARE(m_desk->connection().state, DeskConnection::State::ChangedCertificate);
    QCOMPARE(m_states.count(DeskConnection::State::ChangedCertificate), 1);
    QCOMPARE(visibleMessageBoxes(m_window.get()).size(), 1);

    QTest::mouseClick(warning->button(QMessageBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(visibleMessageBoxes(m_window.get()).isEmpty());
    QCOMPARE(m_desk->connection().state, DeskConnection::State::ChangedCertificate);
    QVERIFY(!trustDialog(m_window.get()));
    QCOMPARE(CertificatePins(m_console.filePath(QStringLiteral("trust.ini"))).pinned(serverName()), pinned);
}

void TestRemoteConsoleTls::testCancelLeavesItUntrusted()
{
    QTemporaryDir console;
    QVERIFY(console.isValid());
    StateLog states;
    auto desk = attach(console.path(), &states);
    auto window = openWindow(desk.get());
    QTRY_VERIFY_WITH_TIMEOUT(trustDialog(window.get()), Timeout);
    TrustCertificateDialog* dialog = trustDialog(window.get());
    QCOMPARE(normalised(dialog->fingerprint()), normalised(opensslFingerprint(QStringLiteral("second"))));
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Cancel));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!trustDialog(window.get()));

    QCOMPARE(desk->connection().state, DeskConnection::State::UntrustedCertificate);
    // A request after Cancel is refused too, and neither connects nor asks again.
    const auto rows = TestEnvironment::waitFor(desk->conversations(channelId, 20, std::nullopt), Timeout);
    QVERIFY(!rows.ok());
    QCOMPARE(desk->connection().state, DeskConnection::State::UntrustedCertificate);
    QVERIFY(!desk->connection().isUp());
    QVERIFY(!desk->isLoaded());
    QVERIFY(desk->channels().isEmpty());
    QVERIFY(channelListIds(window.get()).isEmpty());
    QCOMPARE(conversationRows(window.get()), 0);
    QCOMPARE(states.count(DeskConnection::State::UntrustedCertificate), 1);
    QVERIFY(!states.contains(DeskConnection::State::Connected));
    QVERIFY(!trustDialog(window.get()));
    QVERIFY(CertificatePins(console.filePath(QStringLiteral("trust.ini"))).pinned(serverName()).isEmpty());
}

QTEST_MAIN(TestRemoteConsoleTls)
#include "TestRemoteConsoleTls.moc"
