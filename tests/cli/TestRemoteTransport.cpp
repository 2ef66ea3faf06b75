// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The remote window's transport against a real `channeldesk serve`: requests with the key as a
// bearer token and failures explained in plain words, trust on first use for a self-signed
// certificate, and the event stream resuming from its cursor across a server restart until the
// key is revoked.
#include "remote/CertificatePins.h"
#include "remote/RemoteClient.h"
#include "remote/RemoteStream.h"
#include "model/ServerAddress.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace ChannelDesk;

class TestRemoteTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testHealthAndAuthenticatedGet();
    void testWrongKeyIsExplainedWithoutTheKey();
    void testNoServerSaysWhatToCheck();
    void testCancellingAbortsTheRequest();
    void testCertificateTrustOnFirstUse();
    void testStreamResumesAcrossARestart();
    void testRevokedKeyStopsTheStream();

private:
    std::unique_ptr<ServeProcess> serve(const QString& dataDir) const;
    QUrl serverUrl(const ServeProcess& server) const;
    bool makeCertificate(const QString& name);
    //! Creates a key through the API, which the server audits: one `audit` event on the stream.
    void createKeyThroughApi(const QString& name);
    QString certificatePath(const QString& name) const
    {
        return m_home.filePath(name + QStringLiteral(".pem"));
    }
    QString keyPath(const QString& name) const { return m_home.filePath(name + QStringLiteral(".key")); }

    QTemporaryDir m_home;
    std::unique_ptr<ServeProcess> m_serve;
    std::unique_ptr<CertificatePins> m_pins;
    QString m_admin;
    QString m_viewer;
    QString m_shortLived;
};

namespace {

QList<qint64> cursorsOf(const QSignalSpy& spy, const QString& type)
{
    QList<qint64> cursors;
    for (const QList<QVariant>& arguments : spy) {
        const QJsonObject event = arguments.at(0).toJsonObject();
        if (event.value(QStringLiteral("type")).toString() == type)
            cursors.append(event.value(QStringLiteral("cursor")).toInteger());
    }
    return cursors;
}

} // namespace

void TestRemoteTransport::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_home.isValid());
    m_pins = std::make_unique<CertificatePins>(m_home.filePath(QStringLiteral("console.ini")));
    m_serve = serve(m_home.filePath(QStringLiteral("data")));
    m_admin = m_serve->createKey(QStringLiteral("admin"), QStringLiteral("admin"));
    m_viewer = m_serve->createKey(QStringLiteral("window"), QStringLiteral("viewer"));
    // Known before serve starts: a key made and revoked within one of serve's key-list polls never
    // gets its streams dropped (ApiAccess only drops names it had seen).
    m_shortLived = m_serve->createKey(QStringLiteral("short-lived"), QStringLiteral("viewer"));
    QVERIFY(!m_admin.isEmpty() && !m_viewer.isEmpty() && !m_shortLived.isEmpty());
    QVERIFY2(m_serve->start(), qPrintable(m_serve->log()));
}

void TestRemoteTransport::cleanupTestCase()
{
    m_serve->stop();
}

std::unique_ptr<ServeProcess> TestRemoteTransport::serve(const QString& dataDir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    return std::make_unique<ServeProcess>(qEnvironmentVariable("CHANNELDESK_BINARY"), dataDir, env);
}

QUrl TestRemoteTransport::serverUrl(const ServeProcess& server) const
{
    const Result<QUrl> url = ServerAddress::parse(server.apiBase());
    return url.ok() ? url.value() : QUrl();
}

bool TestRemoteTransport::makeCertificate(const QString& name)
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

void TestRemoteTransport::createKeyThroughApi(const QString& name)
{
    const auto created
        = m_serve->post(QStringLiteral("/api/v1/keys"), m_admin,
                        {{QStringLiteral("name"), name}, {QStringLiteral("role"), QStringLiteral("viewer")}});
    QVERIFY2(created.status == 201 || created.status == 200, created.body.constData());
}

void TestRemoteTransport::testHealthAndAuthenticatedGet()
{
    RemoteClient client(serverUrl(*m_serve), m_viewer, m_pins.get());
    const RemoteClient::Answer health = TestEnvironment::waitFor(client.get(QStringLiteral("health")));
    QVERIFY2(health.ok(), qPrintable(health.error.message));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.value(QStringLiteral("ok")).toBool(), true);
    const RemoteClient::Answer channels = TestEnvironment::waitFor(client.get(QStringLiteral("/channels")));
    QVERIFY2(channels.ok(), qPrintable(channels.error.message));
    QVERIFY(channels.body.value(QStringLiteral("channels")).isArray());
    QCOMPARE(client.streamUrl(42).toString(),
             QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?after=42").arg(m_serve->apiPort()));
}

void TestRemoteTransport::testWrongKeyIsExplainedWithoutTheKey()
{
    const QString wrong = QStringLiteral("cdk_NotTheKeyYouAreLookingFor0123456789abcdefgh");
    RemoteClient client(serverUrl(*m_serve), wrong, m_pins.get());
    const RemoteClient::Answer answer = TestEnvironment::waitFor(client.call(QStringLiteral("session")));
    QVERIFY(!answer.ok());
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.code, QStringLiteral("UNAUTHORIZED"));
    QCOMPARE(answer.error.code, 401);
    // The server's own words, then what they mean.
    QVERIFY2(answer.error.message.startsWith(answer.body.value(QStringLiteral("error")).toString()),
             qPrintable(answer.error.message));
    QVERIFY2(answer.error.message.contains(QLatin1String("revoked or mistyped")),
             qPrintable(answer.error.message));
    QVERIFY(!answer.error.message.contains(wrong));
    QVERIFY(!answer.error.message.contains(QLatin1String("NotTheKey")));
}

void TestRemoteTransport::testNoServerSaysWhatToCheck()
{
    const quint16 port = ServeProcess::freePort();
    RemoteClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), m_viewer, m_pins.get());
    const RemoteClient::Answer answer = TestEnvironment::waitFor(client.get(QStringLiteral("health")));
    QCOMPARE(answer.status, 0);
    QCOMPARE(answer.code, QStringLiteral("NETWORK"));
    QCOMPARE(answer.error.code, 0);
    QVERIFY2(answer.error.message.contains(
                 QStringLiteral("`channeldesk serve` running on 127.0.0.1:%1").arg(port)),
             qPrintable(answer.error.message));
    QVERIFY(!answer.error.message.contains(m_viewer));
}

void TestRemoteTransport::testCancellingAbortsTheRequest()
{
    // A listener that accepts and never answers stands in for a hung server.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    RemoteClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())), m_viewer,
                        m_pins.get());
    QFuture<RemoteClient::Answer> pending = client.get(QStringLiteral("health"));
    QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), 5000);
    std::unique_ptr<QTcpSocket> peer(silent.nextPendingConnection());
    QSignalSpy closed(peer.get(), &QTcpSocket::disconnected);
    pending.cancel();
    QVERIFY(closed.wait(5000));
    QVERIFY(pending.isCanceled());

    client.setTimeout(300);
    const RemoteClient::Answer timedOut = TestEnvironment::waitFor(client.get(QStringLiteral("health")));
    QCOMPARE(timedOut.code, QStringLiteral("NETWORK"));
    QVERIFY2(timedOut.error.message.contains(QLatin1String("did not answer within")),
             qPrintable(timedOut.error.message));
}

void TestRemoteTransport::testCertificateTrustOnFirstUse()
{
    QVERIFY(makeCertificate(QStringLiteral("first")));
    QVERIFY(makeCertificate(QStringLiteral("second")));
    const auto load = [this](const QString& name) {
        QFile pem(certificatePath(name));
        return pem.open(QIODevice::ReadOnly) ? QSslCertificate(&pem, QSsl::Pem) : QSslCertificate();
    };
    const QSslCertificate first = load(QStringLiteral("first"));
    const QSslCertificate second = load(QStringLiteral("second"));
    QVERIFY(!first.isNull() && !second.isNull());
    const QString firstFingerprint = CertificatePins::fingerprint(first);
    const QString secondFingerprint = CertificatePins::fingerprint(second);

    auto server = serve(m_home.filePath(QStringLiteral("tls-data")));
    const QString key = server->createKey(QStringLiteral("tls-window"), QStringLiteral("viewer"));
    server->setTrustedCertificate(first);
    const auto tlsArguments = [this](const QString& name) {
        return QStringList{QStringLiteral("--api-tls-cert"), certificatePath(name),
                           QStringLiteral("--api-tls-key"), keyPath(name)};
    };
    QVERIFY2(server->start(tlsArguments(QStringLiteral("first"))), qPrintable(server->log()));
    const QUrl url = serverUrl(*server);
    QCOMPARE(url.scheme(), QStringLiteral("https"));

    RemoteClient client(url, key, m_pins.get());
    QSignalSpy refused(&client, &RemoteClient::certificateRefused);
    RemoteClient::Answer answer = TestEnvironment::waitFor(client.get(QStringLiteral("channels")));
    QCOMPARE(answer.code, QStringLiteral("TLS"));
    QCOMPARE(answer.status, 0);
    QVERIFY2(answer.error.message.contains(firstFingerprint), qPrintable(answer.error.message));
    QVERIFY(answer.error.message.contains(QLatin1String("openssl x509 -noout -fingerprint -sha256")));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).at(0).toString(), firstFingerprint);
    QCOMPARE(refused.at(0).at(1).toString(), QString());

    // The stream's handshake is refused the same way.
    RemoteStream untrusted(&client);
    untrusted.setBackoff(60000, 60000);
    QSignalSpy untrustedDown(&untrusted, &RemoteStream::disconnected);
    untrusted.start(0);
    QVERIFY(untrustedDown.wait(10000));
    QVERIFY2(untrustedDown.at(0).at(2).toString().contains(firstFingerprint),
             qPrintable(untrustedDown.at(0).at(2).toString()));
    untrusted.stop();

    m_pins->pin(ServerAddress::name(url), firstFingerprint);
    answer = TestEnvironment::waitFor(client.get(QStringLiteral("channels")));
    QVERIFY2(answer.ok(), qPrintable(answer.error.message));
    RemoteStream pinned(&client);
    QSignalSpy pinnedUp(&pinned, &RemoteStream::connected);
    pinned.start(0);
    QVERIFY(pinnedUp.wait(10000));
    pinned.stop();

    // The admin replaces the certificate (or someone intercepts): same address, other certificate.
    server->setTrustedCertificate(second);
    QVERIFY2(server->restart(tlsArguments(QStringLiteral("second"))), qPrintable(server->log()));
    refused.clear();
    answer = TestEnvironment::waitFor(client.get(QStringLiteral("channels")));
    QCOMPARE(answer.code, QStringLiteral("TLS"));
    QVERIFY2(answer.error.message.contains(QLatin1String("CHANGED")), qPrintable(answer.error.message));
    QVERIFY(answer.error.message.contains(firstFingerprint)
            && answer.error.message.contains(secondFingerprint));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).at(0).toString(), secondFingerprint);
    QCOMPARE(refused.at(0).at(1).toString(), firstFingerprint);
    QCOMPARE(m_pins->pinned(ServerAddress::name(url)), firstFingerprint);
    server->stop();
}

void TestRemoteTransport::testStreamResumesAcrossARestart()
{
    RemoteClient client(serverUrl(*m_serve), m_viewer, m_pins.get());
    RemoteStream stream(&client);
    stream.setBackoff(50, 400);
    QSignalSpy up(&stream, &RemoteStream::connected);
    QSignalSpy down(&stream, &RemoteStream::disconnected);
    QSignalSpy events(&stream, &RemoteStream::eventReceived);
    stream.start(0);
    QVERIFY(up.wait(10000));
    createKeyThroughApi(QStringLiteral("before-restart"));
    QTRY_COMPARE_WITH_TIMEOUT(cursorsOf(events, QStringLiteral("audit")).size(), 1, 5000);
    const qint64 seen = stream.cursor();
    QVERIFY(seen > 0);

    // Slow enough a retry that the events below happen while the window is away.
    stream.setBackoff(3000, 3000);
    m_serve->stop();
    QVERIFY(down.wait(10000));
    QCOMPARE(down.at(0).at(0).toInt(), 1);
    QVERIFY(down.at(0).at(1).toDateTime() > QDateTime::currentDateTime().addMSecs(-100));
    QVERIFY(!down.at(0).at(2).toString().isEmpty());
    QVERIFY(!stream.isConnected());
    up.clear();
    QVERIFY2(m_serve->restart(), qPrintable(m_serve->log()));
    for (int i = 0; i < 3; ++i)
        createKeyThroughApi(QStringLiteral("while-away-%1").arg(i));
    qInfo("the events were made while the stream was %s", stream.isConnected() ? "connected" : "away");
    QVERIFY(up.wait(15000));
    QCOMPARE(stream.attempt(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(cursorsOf(events, QStringLiteral("audit")).size(), 4, 5000);
    QList<qint64> cursors;
    for (const QList<QVariant>& arguments : events)
        cursors.append(arguments.at(0).toJsonObject().value(QStringLiteral("cursor")).toInteger());
    QList<qint64> sorted = cursors;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(cursors, sorted);
    QCOMPARE(QSet<qint64>(cursors.begin(), cursors.end()).size(), cursors.size());
    // The keys made while away, in the order they were made.
    QStringList audited;
    for (const QList<QVariant>& arguments : events) {
        const QByteArray text = QJsonDocument(arguments.at(0).toJsonObject()).toJson(QJsonDocument::Compact);
        for (int i = 0; i < 3; ++i)
            if (text.contains(QByteArray("while-away-" + QByteArray::number(i))))
                audited.append(QStringLiteral("while-away-%1").arg(i));
    }
    QCOMPARE(audited,
             (QStringList{QStringLiteral("while-away-0"), QStringLiteral("while-away-1"),
                          QStringLiteral("while-away-2")}));

    // A window that stops and starts again from its cursor gets the missed events, once.
    stream.stop();
    const qint64 stoppedAt = stream.cursor();
    createKeyThroughApi(QStringLiteral("after-stop"));
    events.clear();
    up.clear();
    stream.setBackoff(50, 400);
    stream.start(stoppedAt);
    QVERIFY(up.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(cursorsOf(events, QStringLiteral("audit")).size(), 1, 5000);
    QVERIFY(cursorsOf(events, QStringLiteral("audit")).first() > stoppedAt);
    stream.stop();
}

void TestRemoteTransport::testRevokedKeyStopsTheStream()
{
    RemoteClient client(serverUrl(*m_serve), m_shortLived, m_pins.get());
    RemoteStream stream(&client);
    stream.setBackoff(50, 400);
    QSignalSpy up(&stream, &RemoteStream::connected);
    QSignalSpy down(&stream, &RemoteStream::disconnected);
    QSignalSpy refused(&stream, &RemoteStream::refused);
    stream.start(0);
    QVERIFY(up.wait(10000));
    const auto revoked = m_serve->request("DELETE", QStringLiteral("/api/v1/keys/short-lived"), m_admin);
    QVERIFY2(revoked.status == 200, revoked.body.constData());
    QVERIFY(refused.wait(5000));
    QVERIFY2(refused.at(0).at(0).toString().contains(QLatin1String("no longer valid")),
             qPrintable(refused.at(0).at(0).toString()));
    QVERIFY(!stream.isConnected());
    QCOMPARE(down.size(), 0);

    // Starting again with the revoked key: the upgrade itself is answered 401.
    QWebSocket raw;
    QNetworkRequest request(client.streamUrl(0));
    client.prepare(&raw, &request);
    QSignalSpy failed(&raw, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    raw.open(request);
    QVERIFY(failed.wait(10000));
    // Qt 6.4 has no status for it: the signal says ConnectionRefusedError, error() stays
    // UnknownSocketError, and only errorString() names the status.
    const auto signalled = failed.at(0).at(0).value<QAbstractSocket::SocketError>();
    qInfo("Qt reports a refused upgrade as error(%d), error() %d: %s", int(signalled), int(raw.error()),
          qPrintable(raw.errorString()));
    QCOMPARE(signalled, QAbstractSocket::ConnectionRefusedError);
    QVERIFY(raw.errorString().contains(QLatin1String("401")));

    refused.clear();
    stream.start(stream.cursor());
    QVERIFY(refused.wait(10000));
    QVERIFY2(refused.at(0).at(0).toString().contains(QLatin1String("HTTP 401")),
             qPrintable(refused.at(0).at(0).toString()));
    QCOMPARE(down.size(), 0);
    QCOMPARE(up.size(), 1);
}

QTEST_GUILESS_MAIN(TestRemoteTransport)
#include "TestRemoteTransport.moc"
