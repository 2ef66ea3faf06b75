// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk serve` on a machine without a D-Bus session: it says at start where secrets go,
// the encrypted file when a master key is given, else the environment only.
#include "TestEnvironment.h"

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray masterKey = "8f0c2a7d5e9b4c1a3f6e8d0b2c4a6e8f1d3b5a7c9e0f2d4b6a8c0e2f4a6b8d0c";

} // namespace

class TestServeSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testMasterKeyMeansEncryptedFile();
    void testNoMasterKeyMeansEnvironmentOnly();
    void testBadMasterKeyIsNamed();

private:
    //! Starts serve with extra variables, stops it once it said where secrets go, returns stderr.
    QByteArray serveStart(const QHash<QString, QString>& extra);

    QString m_binary;
    QTemporaryDir m_dir;
};

void TestServeSecrets::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(m_binary));
}

QByteArray TestServeSecrets::serveStart(const QHash<QString, QString>& extra)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No session bus at all, not even the one at $XDG_RUNTIME_DIR/bus.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("CHANNELDESK_MASTER_KEY"));
    env.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
    const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.insert(QStringLiteral("HOME"), m_dir.path());
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());

    const QString logFile = m_dir.filePath(QStringLiteral("serve-%1.log").arg(port));
    QProcess server;
    server.setProcessEnvironment(env);
    server.setStandardOutputFile(QProcess::nullDevice());
    server.setStandardErrorFile(logFile);
    server.start(m_binary,
                 {QStringLiteral("serve"), QStringLiteral("--no-api"), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--data-dir"),
                  m_dir.filePath(QStringLiteral("data"))});
    if (!server.waitForStarted(10000))
        return {};
    const auto log = [&logFile] {
        QFile file(logFile);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    // The caller checks what the log says; a serve that never listened fails there.
    [[maybe_unused]] const bool started = QTest::qWaitFor(
        [&] { return log().contains("Listening on") || server.state() == QProcess::NotRunning; }, 30000);
    server.terminate();
    if (!server.waitForFinished(30000))
        server.kill();
    return log();
}

void TestServeSecrets::testMasterKeyMeansEncryptedFile()
{
    const QByteArray log
        = serveStart({{QStringLiteral("CHANNELDESK_MASTER_KEY"), QString::fromLatin1(masterKey)}});
    QVERIFY2(log.contains("Secrets: encrypted file "), log.constData());
    QVERIFY2(log.contains("secrets.enc (key from CHANNELDESK_MASTER_KEY)"), log.constData());
    QVERIFY2(log.contains("Listening on"), log.constData());
    QVERIFY(!log.contains(masterKey));
}

void TestServeSecrets::testNoMasterKeyMeansEnvironmentOnly()
{
    const QByteArray log = serveStart({});
    QVERIFY2(log.contains("Secrets: environment variables only"), log.constData());
    QVERIFY2(log.contains("openssl rand -hex 32"), log.constData());
    QVERIFY2(log.contains("Listening on"), log.constData());
}

void TestServeSecrets::testBadMasterKeyIsNamed()
{
    const QByteArray bad = masterKey.left(30);
    const QByteArray log = serveStart({{QStringLiteral("CHANNELDESK_MASTER_KEY"), QString::fromLatin1(bad)}});
    QVERIFY2(log.contains("Secrets: environment variables only"), log.constData());
    QVERIFY2(log.contains("CHANNELDESK_MASTER_KEY is not a usable master key"), log.constData());
    QVERIFY(!log.contains(bad));
}

QTEST_GUILESS_MAIN(TestServeSecrets)
#include "TestServeSecrets.moc"
