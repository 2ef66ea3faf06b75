// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// How `channeldesk serve` exposes its API: HTTPS with a certificate made at test time (openssl),
// the stream over wss, and no plain HTTP on an address other machines reach unless asked for.
#include "ServeProcess.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

class TestServeApiTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testHttpsAndWss();
    void testPlainHttpBeyondLoopbackIsRefused();
    void testInsecureAllowsItExplicitly();
    void testBadCertificateFilesAreNamed();

private:
    std::unique_ptr<ServeProcess> serve();

    QTemporaryDir m_home;
    QString m_certificate;
    QString m_key;
    QString m_viewerKey;
};

void TestServeApiTls::initTestCase()
{
    TestEnvironment::init();
    m_certificate = m_home.filePath(QStringLiteral("cert.pem"));
    m_key = m_home.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_certificate, QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
         QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    m_viewerKey = serve()->createKey(QStringLiteral("viewer"), QStringLiteral("viewer"));
    QVERIFY(!m_viewerKey.isEmpty());
}

std::unique_ptr<ServeProcess> TestServeApiTls::serve()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    return std::make_unique<ServeProcess>(qEnvironmentVariable("CHANNELDESK_BINARY"),
                                          m_home.filePath(QStringLiteral("data")), env);
}

void TestServeApiTls::testHttpsAndWss()
{
    auto server = serve();
    QFile pem(m_certificate);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(&pem, QSsl::Pem);
    server->setTrustedCertificate(certificate);
    QVERIFY2(server->start(
                 {QStringLiteral("--api-tls-cert"), m_certificate, QStringLiteral("--api-tls-key"), m_key}),
             qPrintable(server->log()));
    QVERIFY(server->apiBase().startsWith(QStringLiteral("https://")));
    QCOMPARE(server->get(QStringLiteral("/api/v1/channels"), m_viewerKey).status, 200);
    QCOMPARE(server->get(QStringLiteral("/api/v1/channels"), QStringLiteral("cdk_wrong")).status, 401);
    QVERIFY(server->log().contains(QStringLiteral("https://127.0.0.1")));

    QWebSocket stream;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({certificate});
    stream.setSslConfiguration(tls);
    QNetworkRequest request(
        QUrl(QStringLiteral("wss://127.0.0.1:%1/api/v1/stream?after=0").arg(server->apiPort())));
    request.setRawHeader("Authorization", "Bearer " + m_viewerKey.toUtf8());
    QSignalSpy connected(&stream, &QWebSocket::connected);
    stream.open(request);
    QVERIFY(connected.wait(10000));
    // A running server answers pings on the encrypted stream too.
    QSignalSpy pong(&stream, &QWebSocket::pong);
    stream.ping("tls");
    QVERIFY(pong.wait(5000));
    stream.close();
    server->stop();
}

void TestServeApiTls::testPlainHttpBeyondLoopbackIsRefused()
{
    auto server = serve();
    QVERIFY(server->start(
        {QStringLiteral("--api-listen"), QStringLiteral("0.0.0.0:%1").arg(ServeProcess::freePort())}, false));
    QTRY_VERIFY_WITH_TIMEOUT(!server->isRunning(), 20000);
    QVERIFY(server->exitCode() != 0);
    QVERIFY2(server->log().contains(QStringLiteral("without TLS")), qPrintable(server->log()));
}

void TestServeApiTls::testInsecureAllowsItExplicitly()
{
    auto server = serve();
    const quint16 port = ServeProcess::freePort();
    QVERIFY(server->start({QStringLiteral("--api-listen"), QStringLiteral("0.0.0.0:%1").arg(port),
                           QStringLiteral("--api-insecure")},
                          false));
    QTRY_VERIFY_WITH_TIMEOUT(server->log().contains(QStringLiteral("/api/v1/")), 20000);
    QVERIFY(server->isRunning());
    server->stop();
}

void TestServeApiTls::testBadCertificateFilesAreNamed()
{
    auto server = serve();
    const QString missing = m_home.filePath(QStringLiteral("missing.pem"));
    QVERIFY(server->start({QStringLiteral("--api-tls-cert"), missing, QStringLiteral("--api-tls-key"), m_key},
                          false));
    QTRY_VERIFY_WITH_TIMEOUT(!server->isRunning(), 20000);
    QVERIFY2(server->log().contains(missing), qPrintable(server->log()));
}

QTEST_GUILESS_MAIN(TestServeApiTls)
#include "TestServeApiTls.moc"
