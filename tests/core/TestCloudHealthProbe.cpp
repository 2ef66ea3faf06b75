// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/CloudHealthProbe.h"
#include "health/TokenInfo.h"
#include "FakeGraphApiServer.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ChannelDesk;
using Kind = GraphError::Kind;

namespace {

QJsonObject fixtureData(const char* name)
{
    QFile file(qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QStringLiteral("/graph/")
               + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("data")).toObject();
}

} // namespace

class TestCloudHealthProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testHealthySystemUserNumber();
    void testQualityAndLimits_data();
    void testQualityAndLimits();
    void testTemporaryToken();
    void testTokenInfo_data();
    void testTokenInfo();
    void testDebugTokenPermissionErrorKeepsPhonePart();
    void testPhoneErrorKeepsTokenPart();
    void testInvalidToken();
    void testCancel();

private:
    std::optional<CloudHealth> runCheck(CloudHealthProbe& probe);
    std::unique_ptr<CloudHealthProbe> makeProbe();

    FakeGraphApiServer m_server;
    QNetworkAccessManager m_network;
};

void TestCloudHealthProbe::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.start());
    QVERIFY(!fixtureData("debug-token-temporary.json").isEmpty());
}

void TestCloudHealthProbe::init()
{
    m_server.reset();
    m_server.setExpectedToken(FakeGraphApiServer::validToken());
}

std::unique_ptr<CloudHealthProbe> TestCloudHealthProbe::makeProbe()
{
    const GraphEndpoint endpoint{m_server.baseUrl(), QStringLiteral("v25.0"),
                                 FakeGraphApiServer::validToken()};
    return std::make_unique<CloudHealthProbe>(&m_network, endpoint, FakeGraphApiServer::phoneNumberId());
}

std::optional<CloudHealth> TestCloudHealthProbe::runCheck(CloudHealthProbe& probe)
{
    QSignalSpy finished(&probe, &CloudHealthProbe::finished);
    probe.check();
    if (!finished.wait(15000) || finished.count() != 1 || probe.isRunning())
        return std::nullopt;
    return finished.first().at(0).value<CloudHealth>();
}

void TestCloudHealthProbe::testHealthySystemUserNumber()
{
    auto probe = makeProbe();
    const std::optional<CloudHealth> health = runCheck(*probe);
    QVERIFY(health);
    QVERIFY(health->phoneOk());
    QVERIFY(health->tokenKnown());
    QCOMPARE(health->phoneNumberId, FakeGraphApiServer::phoneNumberId());
    QCOMPARE(health->displayNumber, QStringLiteral("+1 555-000-1234"));
    QCOMPARE(health->verifiedName, QStringLiteral("Acme Support"));
    QCOMPARE(health->qualityRating, QStringLiteral("GREEN"));
    QCOMPARE(health->messagingLimit, QStringLiteral("TIER_250"));
    QCOMPARE(health->throughputLevel, QStringLiteral("STANDARD"));
    QVERIFY(health->checkedAt.isValid());
    QVERIFY(qAbs(health->checkedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const TokenInfo& token = *health->token;
    QCOMPARE(token.type, QStringLiteral("SYSTEM_USER"));
    QVERIFY(token.valid);
    QVERIFY(!token.expiresAt.isValid()); // expires_at 0: never
    QVERIFY(!token.isTemporary());
    QVERIFY(token.hasMessaging());
    QVERIFY(token.hasManagement());
    QVERIFY(token.missingPermissions().isEmpty());
    QCOMPARE(token.application, QStringLiteral("ChannelDesk Test App"));

    // What Meta saw: the phone fields, and debug_token about the same token it was called with.
    const QList<FakeGraphApiServer::Request> phone
        = m_server.requestsTo(QStringLiteral("/v25.0/106540352242922"));
    QCOMPARE(phone.size(), 1);
    QCOMPARE(phone.first().query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded),
             CloudHealthProbe::requestedFields());
    QVERIFY(CloudHealthProbe::requestedFields().contains(
        QStringLiteral("whatsapp_business_manager_messaging_limit")));
    const QList<FakeGraphApiServer::Request> debug
        = m_server.requestsTo(QStringLiteral("/v25.0/debug_token"));
    QCOMPARE(debug.size(), 1);
    QCOMPARE(debug.first().query.queryItemValue(QStringLiteral("input_token"), QUrl::FullyDecoded),
             FakeGraphApiServer::validToken());
    QCOMPARE(debug.first().headers.value("authorization"),
             "Bearer " + FakeGraphApiServer::validToken().toUtf8());
}

void TestCloudHealthProbe::testQualityAndLimits_data()
{
    QTest::addColumn<QString>("quality");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<QString>("throughput");
    QTest::newRow("yellow 2K") << QStringLiteral("YELLOW") << QStringLiteral("TIER_2K")
                               << QStringLiteral("STANDARD");
    QTest::newRow("red 250") << QStringLiteral("RED") << QStringLiteral("TIER_250")
                             << QStringLiteral("STANDARD");
    QTest::newRow("green unlimited high")
        << QStringLiteral("GREEN") << QStringLiteral("TIER_UNLIMITED") << QStringLiteral("HIGH");
    QTest::newRow("not rated yet") << QStringLiteral("NA") << QStringLiteral("TIER_250")
                                   << QStringLiteral("STANDARD");
}

void TestCloudHealthProbe::testQualityAndLimits()
{
    QFETCH(QString, quality);
    QFETCH(QString, limit);
    QFETCH(QString, throughput);
    m_server.setPhoneNumberField(QStringLiteral("quality_rating"), quality);
    m_server.setPhoneNumberField(QStringLiteral("whatsapp_business_manager_messaging_limit"), limit);
    m_server.setPhoneNumberField(QStringLiteral("throughput"),
                                 QJsonObject{{QStringLiteral("level"), throughput}});
    auto probe = makeProbe();
    const std::optional<CloudHealth> health = runCheck(*probe);
    QVERIFY(health && health->phoneOk());
    QCOMPARE(health->qualityRating, quality);
    QCOMPARE(health->messagingLimit, limit);
    QCOMPARE(health->throughputLevel, throughput);
}

void TestCloudHealthProbe::testTemporaryToken()
{
    m_server.setDebugTokenData(fixtureData("debug-token-temporary.json"));
    auto probe = makeProbe();
    const std::optional<CloudHealth> health = runCheck(*probe);
    QVERIFY(health && health->tokenKnown());
    const TokenInfo& token = *health->token;
    QCOMPARE(token.type, QStringLiteral("USER"));
    QCOMPARE(token.expiresAt, QDateTime::fromSecsSinceEpoch(1795086400, Qt::UTC));
    QCOMPARE(token.issuedAt, QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC));
    QCOMPARE(token.dataAccessExpiresAt, QDateTime::fromSecsSinceEpoch(1802776000, Qt::UTC));
    QVERIFY(token.isTemporary());
    QVERIFY(token.hasMessaging());
    QVERIFY(!token.hasManagement());
    QCOMPARE(token.missingPermissions(), QStringList{QStringLiteral("whatsapp_business_management")});
}

void TestCloudHealthProbe::testTokenInfo_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<qint64>("issuedAt");
    QTest::addColumn<qint64>("expiresAt");
    QTest::addColumn<bool>("temporary");
    const qint64 issued = 1795000000;
    QTest::newRow("system user, never expires")
        << QStringLiteral("SYSTEM_USER") << issued << qint64(0) << false;
    QTest::newRow("system user, 60 days")
        << QStringLiteral("SYSTEM_USER") << issued << issued + 60 * 86400 << false;
    QTest::newRow("dashboard token, 24 h")
        << QStringLiteral("SYSTEM_USER") << issued << issued + 86400 << true;
    QTest::newRow("user token, 60 days") << QStringLiteral("USER") << issued << issued + 60 * 86400 << true;
    QTest::newRow("user token, never expires") << QStringLiteral("USER") << issued << qint64(0) << false;
    QTest::newRow("no issued_at, 1 h left") << QStringLiteral("PAGE") << qint64(0) << issued + 3600 << false;
}

void TestCloudHealthProbe::testTokenInfo()
{
    QFETCH(QString, type);
    QFETCH(qint64, issuedAt);
    QFETCH(qint64, expiresAt);
    QFETCH(bool, temporary);
    QJsonObject data{
        {QStringLiteral("type"), type},
        {QStringLiteral("is_valid"), true},
        {QStringLiteral("expires_at"), expiresAt},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("whatsapp_business_management")}},
        {QStringLiteral("granular_scopes"),
         QJsonArray{QJsonObject{{QStringLiteral("scope"), QStringLiteral("whatsapp_business_messaging")}}}}};
    if (issuedAt)
        data.insert(QStringLiteral("issued_at"), issuedAt);
    const TokenInfo info = TokenInfo::fromDebugToken({{QStringLiteral("data"), data}});
    QCOMPARE(info.type, type);
    QCOMPARE(info.isTemporary(), temporary);
    QCOMPARE(info.expiresAt.isValid(), expiresAt != 0);
    // Permissions listed only under granular_scopes count too.
    QVERIFY(info.hasMessaging());
    QVERIFY(info.hasManagement());
}

void TestCloudHealthProbe::testDebugTokenPermissionErrorKeepsPhonePart()
{
    m_server.queueError(10, QStringLiteral("debug_token"));
    auto probe = makeProbe();
    const std::optional<CloudHealth> health = runCheck(*probe);
    QVERIFY(health);
    QVERIFY(health->phoneOk());
    QCOMPARE(health->qualityRating, QStringLiteral("GREEN"));
    QCOMPARE(health->messagingLimit, QStringLiteral("TIER_250"));
    QVERIFY(!health->tokenKnown());
    QVERIFY(!health->token);
    QCOMPARE(health->tokenError.kind, Kind::Api);
    QCOMPARE(health->tokenError.code, 10);
}

void TestCloudHealthProbe::testPhoneErrorKeepsTokenPart()
{
    m_server.queueError(803, QStringLiteral("/v25.0/106540352242922"));
    auto probe = makeProbe();
    const std::optional<CloudHealth> health = runCheck(*probe);
    QVERIFY(health);
    QVERIFY(!health->phoneOk());
    QCOMPARE(health->phoneError.code, 803);
    QVERIFY(health->qualityRating.isEmpty());
    QVERIFY(health->tokenKnown());
    QCOMPARE(health->token->type, QStringLiteral("SYSTEM_USER"));
}

void TestCloudHealthProbe::testInvalidToken()
{
    QJsonObject data = fixtureData("debug-token-system-user.json");
    data.insert(QStringLiteral("is_valid"), false);
    m_server.setDebugTokenData(data);
    auto probe = makeProbe();
    const std::optional<CloudHealth> health = runCheck(*probe);
    QVERIFY(health && health->token);
    QVERIFY(!health->token->valid);
}

void TestCloudHealthProbe::testCancel()
{
    m_server.queueHang(QStringLiteral("/v25.0/"));
    m_server.queueHang(QStringLiteral("/v25.0/"));
    auto probe = makeProbe();
    QSignalSpy finished(probe.get(), &CloudHealthProbe::finished);
    probe->check();
    QVERIFY(probe->isRunning());
    QTRY_COMPARE(m_server.requestCount(), 2);
    probe->cancel();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!probe->isRunning());
    const CloudHealth health = finished.first().at(0).value<CloudHealth>();
    QCOMPARE(health.phoneError.kind, Kind::Cancelled);
    QCOMPARE(health.tokenError.kind, Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestCloudHealthProbe)
#include "TestCloudHealthProbe.moc"
