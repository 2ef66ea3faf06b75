// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A linked-device channel through the server API of a real `channeldesk serve`, against the local
// WAHA stand-in: the pairing QR as data URLs that decode (with zbar, as a phone would) to the
// gateway's value, rotation, the pairing code, stop/connect, log out reaching the gateway, and
// QR_EXPIRED once the pairing window ran out.
#include "FakeWahaServer.h"
#include "QrDecoder.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

namespace {

const QString statusPath = QStringLiteral("/api/v1/channels/phone/status");

QString channelPath(const QString& action)
{
    return QStringLiteral("/api/v1/channels/phone/") + action;
}

//! What a phone reads from the PNG data URL.
QString decodePng(const QString& dataUrl)
{
    const QString prefix = QStringLiteral("data:image/png;base64,");
    if (!dataUrl.startsWith(prefix))
        return {};
    QImage image;
    if (!image.loadFromData(QByteArray::fromBase64(dataUrl.mid(prefix.size()).toLatin1()), "PNG"))
        return {};
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const QList<QByteArray> codes
        = QrDecoder::decodeGray(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()));
    return codes.size() == 1 ? QString::fromUtf8(codes.first()) : QString();
}

} // namespace

class TestServeApiLinked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testStatusCarriesTheGatewaysQr();
    void testRotationIsSeenWithinASecond();
    void testPairingCode();
    void testStopAndConnect();
    void testLogoutReachesTheGateway();
    void testTestMessageAfterThePairingWindowRanOut();

private:
    QJsonObject status();
    //! The stream's events of type seen so far.
    QList<QJsonObject> streamed(const QString& type) const;

    QTemporaryDir m_home;
    FakeWahaServer m_waha;
    std::unique_ptr<ServeProcess> m_serve;
    QString m_operator;
    QWebSocket m_stream;
    QList<QJsonObject> m_events;
};

void TestServeApiLinked::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_waha.start());
    m_waha.setStepMs(20);
    m_serve = ServeProcess::inHome(m_home.path());
    const QString admin = m_serve->createKey(QStringLiteral("admin"), QStringLiteral("admin"));
    m_operator = m_serve->createKey(QStringLiteral("ops"), QStringLiteral("operator"));
    QVERIFY(m_serve->start());
    const QJsonObject linked{{QStringLiteral("name"), QStringLiteral("phone")},
                             {QStringLiteral("gateway"), QStringLiteral("waha")},
                             {QStringLiteral("base_url"), m_waha.baseUrl().toString()},
                             {QStringLiteral("api_key"), FakeWahaServer::apiKey()},
                             {QStringLiteral("session"), QStringLiteral("default")}};
    const auto created = m_serve->post(QStringLiteral("/api/v1/channels"), admin,
                                       {{QStringLiteral("messaging-whatsapp-linked"), linked}});
    QVERIFY2(created.status == 201, created.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(),
                              QStringLiteral("awaiting_scan"), 15000);
}

void TestServeApiLinked::cleanupTestCase()
{
    m_serve->stop();
    QVERIFY(!m_serve->log().contains(FakeWahaServer::apiKey()));
    QVERIFY(!TestEnvironment::allFileContents(m_home.path()).contains(FakeWahaServer::apiKey().toUtf8()));
}

QJsonObject TestServeApiLinked::status()
{
    return m_serve->get(statusPath, m_operator).json;
}

void TestServeApiLinked::testStatusCarriesTheGatewaysQr()
{
    QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("qr")).isObject(), 10000);
    const QJsonObject qr = status().value(QStringLiteral("qr")).toObject();
    const QString value = qr.value(QStringLiteral("value")).toString();
    QCOMPARE(value, m_waha.currentQr(QStringLiteral("default")));
    QCOMPARE(decodePng(qr.value(QStringLiteral("png")).toString()), value);
    QVERIFY(
        qr.value(QStringLiteral("svg")).toString().startsWith(QStringLiteral("data:image/svg+xml;base64,")));
    QVERIFY(qr.value(QStringLiteral("code")).toInt() >= 1);
    QVERIFY(QDateTime::fromString(qr.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs)
                .isValid());
    QCOMPARE(status().value(QStringLiteral("connected")).toBool(true), false);
}

void TestServeApiLinked::testRotationIsSeenWithinASecond()
{
    const QString before
        = status().value(QStringLiteral("qr")).toObject().value(QStringLiteral("value")).toString();
    m_waha.rotateQr(QStringLiteral("default"));
    const QString rotated = m_waha.currentQr(QStringLiteral("default"));
    QVERIFY(rotated != before);
    QTRY_COMPARE_WITH_TIMEOUT(
        decodePng(status().value(QStringLiteral("qr")).toObject().value(QStringLiteral("png")).toString()),
        rotated, 1000);
}

void TestServeApiLinked::testPairingCode()
{
    m_waha.setPairingCode(QStringLiteral("WXYZ1234"));
    const auto bad = m_serve->post(channelPath(QStringLiteral("pairing-code")), m_operator,
                                   {{QStringLiteral("phone"), QStringLiteral("abc")}});
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.code(), QStringLiteral("INVALID_NUMBER"));
    const auto code = m_serve->post(channelPath(QStringLiteral("pairing-code")), m_operator,
                                    {{QStringLiteral("phone"), QStringLiteral("+49 151 2345 6789")}});
    QVERIFY2(code.status == 200, code.body.constData());
    QCOMPARE(code.json.value(QStringLiteral("pairing_code")).toString(), QStringLiteral("WXYZ-1234"));
    QCOMPARE(m_waha.lastPairingPhone(), QStringLiteral("4915123456789"));
}

void TestServeApiLinked::testStopAndConnect()
{
    const auto stopped = m_serve->post(channelPath(QStringLiteral("stop")), m_operator, {});
    QCOMPARE(stopped.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(), QStringLiteral("stopped"),
                              5000);
    QVERIFY(status().value(QStringLiteral("qr")).isNull());
    const auto connected = m_serve->post(channelPath(QStringLiteral("connect")), m_operator, {});
    QCOMPARE(connected.status, 200);
    // Following the gateway again: the session still waits for the code asked for above.
    QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(),
                              QStringLiteral("awaiting_code"), 10000);
    QCOMPARE(status().value(QStringLiteral("pairing_code")).toString(), QStringLiteral("WXYZ-1234"));
}

void TestServeApiLinked::testLogoutReachesTheGateway()
{
    m_waha.simulateScan(QStringLiteral("default"));
    QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(), QStringLiteral("connected"),
                              10000);
    QCOMPARE(status().value(QStringLiteral("connected")).toBool(), true);
    const auto out = m_serve->post(channelPath(QStringLiteral("logout")), m_operator, {});
    QCOMPARE(out.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_waha.requestLog().contains(QStringLiteral("POST /api/sessions/default/logout")), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString() != QLatin1String("connected"),
                             5000);
}

void TestServeApiLinked::testTestMessageAfterThePairingWindowRanOut()
{
    const auto restarted = m_serve->post(channelPath(QStringLiteral("restart")), m_operator, {});
    QCOMPARE(restarted.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(status().value(QStringLiteral("qr")).isObject(), 10000);
    // WAHA gives up after its sixth code.
    for (int i = 0; i < 6 && m_waha.sessionStatus(QStringLiteral("default")) != QLatin1String("FAILED"); ++i)
        m_waha.rotateQr(QStringLiteral("default"));
    QTRY_COMPARE_WITH_TIMEOUT(status().value(QStringLiteral("state")).toString(), QStringLiteral("failed"),
                              10000);
    const auto test = m_serve->post(channelPath(QStringLiteral("test")), m_operator,
                                    {{QStringLiteral("to"), QStringLiteral("+1 555 765 4321")}});
    QCOMPARE(test.status, 410);
    QCOMPARE(test.code(), QStringLiteral("QR_EXPIRED"));
}

QTEST_GUILESS_MAIN(TestServeApiLinked)
#include "TestServeApiLinked.moc"
