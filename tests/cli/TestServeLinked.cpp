// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk serve` keeps the gateway connection of a linked channel on a headless machine:
// messages and acks pushed by a (fake) WAHA gateway end up in `channeldesk log --json`.
#include "FakeWahaServer.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

class TestServeLinked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testMessagesFromTheGatewayAreLogged();

private:
    QList<QJsonObject> log();
    QProcessEnvironment environment() const;

    QString m_binary;
    QTemporaryDir m_dir;
    FakeWahaServer m_waha;
    QProcess m_server;
};

void TestServeLinked::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(m_binary));
    QVERIFY(m_waha.start());
    m_waha.setStepMs(20);
    QFile answers(m_dir.filePath(QStringLiteral("answers.json")));
    QVERIFY(answers.open(QIODevice::WriteOnly));
    answers.write(
        QJsonDocument(QJsonObject{{QStringLiteral("messaging-whatsapp-linked"),
                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("linked")},
                                               {QStringLiteral("gateway"), QStringLiteral("waha")},
                                               {QStringLiteral("base_url"), m_waha.baseUrl().toString()},
                                               {QStringLiteral("api_key"), FakeWahaServer::apiKey()},
                                               {QStringLiteral("session"), QStringLiteral("default")}}}})
            .toJson());
    answers.close();
    QProcess setup;
    setup.setProcessEnvironment(environment());
    setup.start(m_binary,
                {QStringLiteral("setup"), QStringLiteral("--answers"), answers.fileName(),
                 QStringLiteral("--no-keychain"), QStringLiteral("--data-dir"),
                 m_dir.filePath(QStringLiteral("data"))});
    QVERIFY(setup.waitForFinished(30000));
    QVERIFY2(setup.exitCode() == 0, setup.readAllStandardError().constData());
    QVERIFY(setup.readAllStandardOutput().contains("CHANNELDESK_SECRET_LINKED_API_KEY"));
}

void TestServeLinked::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished(10000);
}

QProcessEnvironment TestServeLinked::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_LINKED_API_KEY"), FakeWahaServer::apiKey());
    return env;
}

QList<QJsonObject> TestServeLinked::log()
{
    QProcess log;
    log.start(m_binary,
              {QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--channel"),
               QStringLiteral("linked"), QStringLiteral("--data-dir"),
               m_dir.filePath(QStringLiteral("data"))});
    log.waitForFinished(30000);
    QList<QJsonObject> entries;
    for (const QByteArray& line : log.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            entries << QJsonDocument::fromJson(line).object();
    }
    return entries;
}

void TestServeLinked::testMessagesFromTheGatewayAreLogged()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    m_server.setProcessEnvironment(environment());
    m_server.setStandardOutputFile(QProcess::nullDevice());
    m_server.setStandardErrorFile(m_dir.filePath(QStringLiteral("serve.log")));
    m_server.start(m_binary,
                   {QStringLiteral("serve"), QStringLiteral("--no-api"), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--data-dir"),
                    m_dir.filePath(QStringLiteral("data"))});
    QVERIFY(m_server.waitForStarted(10000));
    // serve creates and starts the missing session and follows it over the WebSocket.
    QTRY_VERIFY_WITH_TIMEOUT(m_waha.hasSession(QStringLiteral("default")), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_waha.webSocketClientCount() > 0, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_waha.sessionStatus(QStringLiteral("default")), QStringLiteral("SCAN_QR_CODE"),
                              15000);
    m_waha.simulateScan(QStringLiteral("default"));
    QTRY_COMPARE_WITH_TIMEOUT(m_waha.sessionStatus(QStringLiteral("default")), QStringLiteral("WORKING"),
                              15000);

    m_waha.pushInbound(QStringLiteral("default"), QStringLiteral("15557654321@c.us"),
                       QStringLiteral("hola desde el teléfono"));
    const QString outId = m_waha.pushOutbound(
        QStringLiteral("default"), QStringLiteral("15557654321@s.whatsapp.net"), QStringLiteral("respuesta"));
    m_waha.pushAck(QStringLiteral("default"), outId, 3);
    QList<QJsonObject> entries;
    QTRY_VERIFY_WITH_TIMEOUT((entries = log()).size() == 2
                                 && entries.last()[QStringLiteral("status")].toString()
                                     == QLatin1String("read"),
                             20000);
    QCOMPARE(entries.first()[QStringLiteral("direction")].toString(), QStringLiteral("in"));
    QCOMPARE(entries.first()[QStringLiteral("text")].toString(), QStringLiteral("hola desde el teléfono"));
    QCOMPARE(entries.last()[QStringLiteral("direction")].toString(), QStringLiteral("out"));
    QCOMPARE(entries.last()[QStringLiteral("message_id")].toString(), outId);
    // @c.us and @s.whatsapp.net are the same person: one peer, one conversation.
    QCOMPARE(entries.first()[QStringLiteral("peer")].toString(), QStringLiteral("15557654321"));
    QCOMPARE(entries.last()[QStringLiteral("peer")].toString(), QStringLiteral("15557654321"));
    QCOMPARE(entries.first()[QStringLiteral("channel")].toString(), QStringLiteral("linked"));
    QFile serveLog(m_dir.filePath(QStringLiteral("serve.log")));
    QVERIFY(serveLog.open(QIODevice::ReadOnly));
    const QByteArray logged = serveLog.readAll();
    QVERIFY2(logged.contains("Channel “linked”: connected"), logged.constData());
    QVERIFY(!logged.contains(FakeWahaServer::apiKey().toUtf8()));
}

QTEST_GUILESS_MAIN(TestServeLinked)
#include "TestServeLinked.moc"
