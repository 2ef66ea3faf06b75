// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk serve` keeps the gateway connection of a linked channel on a headless machine:
// messages and acks pushed by a (fake) WAHA gateway end up in `channeldesk log --json`.
#include "FakeWahaServer.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonObject>
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
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    FakeWahaServer m_waha;
    std::unique_ptr<ServeProcess> m_serve;
};

void TestServeLinked::initTestCase()
{
    TestEnvironment::init();
    const QString binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(binary));
    QVERIFY(m_waha.start());
    m_waha.setStepMs(20);
    m_serve = std::make_unique<ServeProcess>(binary, m_dir.filePath(QStringLiteral("data")), environment());
    const ServeProcess::Run setup
        = m_serve->setup({{QStringLiteral("messaging-whatsapp-linked"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("linked")},
                                       {QStringLiteral("gateway"), QStringLiteral("waha")},
                                       {QStringLiteral("base_url"), m_waha.baseUrl().toString()},
                                       {QStringLiteral("api_key"), FakeWahaServer::apiKey()},
                                       {QStringLiteral("session"), QStringLiteral("default")}}}});
    QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
    QVERIFY(setup.out.contains(QLatin1String("CHANNELDESK_SECRET_LINKED_API_KEY")));
}

void TestServeLinked::cleanupTestCase()
{
    m_serve->stop();
}

QProcessEnvironment TestServeLinked::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_LINKED_API_KEY"), FakeWahaServer::apiKey());
    return env;
}

void TestServeLinked::testMessagesFromTheGatewayAreLogged()
{
    QVERIFY2(m_serve->startReceiver(), qPrintable(m_serve->log()));
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
    QTRY_VERIFY_WITH_TIMEOUT(
        (entries = m_serve->logEntries({QStringLiteral("--channel"), QStringLiteral("linked")})).size() == 2
            && entries.last()[QStringLiteral("status")].toString() == QLatin1String("read"),
        20000);
    QCOMPARE(entries.first()[QStringLiteral("direction")].toString(), QStringLiteral("in"));
    QCOMPARE(entries.first()[QStringLiteral("text")].toString(), QStringLiteral("hola desde el teléfono"));
    QCOMPARE(entries.last()[QStringLiteral("direction")].toString(), QStringLiteral("out"));
    QCOMPARE(entries.last()[QStringLiteral("message_id")].toString(), outId);
    // @c.us and @s.whatsapp.net are the same person: one peer, one conversation.
    QCOMPARE(entries.first()[QStringLiteral("peer")].toString(), QStringLiteral("15557654321"));
    QCOMPARE(entries.last()[QStringLiteral("peer")].toString(), QStringLiteral("15557654321"));
    QCOMPARE(entries.first()[QStringLiteral("channel")].toString(), QStringLiteral("linked"));
    const QString logged = m_serve->log();
    QVERIFY2(logged.contains(QStringLiteral("Channel “linked”: connected")), qPrintable(logged));
    QVERIFY(!logged.contains(FakeWahaServer::apiKey()));
}

QTEST_GUILESS_MAIN(TestServeLinked)
#include "TestServeLinked.moc"
