// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"

#include <QRegularExpression>
#include <QTest>

using namespace ChannelDesk;
using Severity = FieldCheck::Severity;

Q_DECLARE_METATYPE(FieldCheck::Severity)

class TestCloudApiValidator : public QObject
{
    Q_OBJECT

private slots:
    void testField_data();
    void testField();
    void testGeneratedVerifyTokenIsRandomAndUrlSafe();
    void testWebhookUrl_data();
    void testWebhookUrl();
};

void TestCloudApiValidator::testField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("messagePart");
    using namespace CloudApiFields;

    QTest::newRow("phone id valid") << phoneNumberId() << QStringLiteral("106540352242922") << Severity::Ok
                                    << QString();
    QTest::newRow("phone id empty") << phoneNumberId() << QString() << Severity::Error
                                    << QStringLiteral("API Setup");
    QTest::newRow("phone id with plus") << phoneNumberId() << QStringLiteral("+15550001234")
                                        << Severity::Error << QStringLiteral("looks like a phone number");
    QTest::newRow("phone id with dash") << phoneNumberId() << QStringLiteral("1065-40352242922")
                                        << Severity::Error << QStringLiteral("only digits");
    QTest::newRow("phone id 11 digits") << phoneNumberId() << QStringLiteral("15550001234")
                                        << Severity::Warning << QStringLiteral("look like a phone number");
    QTest::newRow("phone id 10 digits") << phoneNumberId() << QStringLiteral("5550001234")
                                        << Severity::Warning << QStringLiteral("10 digits");
    QTest::newRow("phone id 13 digits")
        << phoneNumberId() << QStringLiteral("1065403522429") << Severity::Ok << QString();

    const QString longToken = QStringLiteral("EAA_Gm0PX4ZCpsBA_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx7Q");
    QTest::newRow("token valid") << accessToken() << longToken << Severity::Ok << QString();
    QTest::newRow("token empty") << accessToken() << QString() << Severity::Error
                                 << QStringLiteral("System User");
    QTest::newRow("token not EAA") << accessToken() << QStringLiteral("x").repeated(60) << Severity::Warning
                                   << QStringLiteral("start with “EAA”");
    QTest::newRow("token with newline") << accessToken() << longToken + QStringLiteral("\n")
                                        << Severity::Error << QStringLiteral("line break");
    QTest::newRow("token cut off") << accessToken() << QStringLiteral("EAAshort") << Severity::Error
                                   << QStringLiteral("cut off");

    QTest::newRow("secret valid") << appSecret() << QStringLiteral("0123456789abcdefABCDEF0123456789")
                                  << Severity::Ok << QString();
    QTest::newRow("secret empty") << appSecret() << QString() << Severity::Error
                                  << QStringLiteral("App settings > Basic");
    QTest::newRow("secret 31 chars") << appSecret() << QStringLiteral("0123456789abcdef0123456789abcde")
                                     << Severity::Error << QStringLiteral("this one has 31");
    QTest::newRow("secret 33 chars") << appSecret() << QStringLiteral("0123456789abcdef0123456789abcdef0")
                                     << Severity::Error << QStringLiteral("this one has 33");
    QTest::newRow("secret non hex") << appSecret() << QStringLiteral("0123456789abcdef0123456789abcdeg")
                                    << Severity::Error << QStringLiteral("“g” is not one");

    QTest::newRow("verify valid") << verifyToken() << QStringLiteral("a-long-enough-verify-token")
                                  << Severity::Ok << QString();
    QTest::newRow("verify empty") << verifyToken() << QString() << Severity::Error
                                  << QStringLiteral("Generate");
    QTest::newRow("verify short") << verifyToken() << QStringLiteral("abc") << Severity::Warning
                                  << QStringLiteral("easy to guess");
    QTest::newRow("verify space") << verifyToken() << QStringLiteral("has a space in it ok")
                                  << Severity::Error << QStringLiteral("space");

    QTest::newRow("waba empty ok") << businessAccountId() << QString() << Severity::Ok << QString();
    QTest::newRow("waba digits") << businessAccountId() << QStringLiteral("102290129340398") << Severity::Ok
                                 << QString();
    QTest::newRow("waba letters") << businessAccountId() << QStringLiteral("waba-1") << Severity::Error
                                  << QStringLiteral("only digits");

    QTest::newRow("version default") << apiVersion() << QStringLiteral("v25.0") << Severity::Ok << QString();
    QTest::newRow("version no v") << apiVersion() << QStringLiteral("25.0") << Severity::Error
                                  << QStringLiteral("v25.0");
    QTest::newRow("version expired") << apiVersion() << QStringLiteral("v19.0") << Severity::Warning
                                     << QStringLiteral("expired");

    QTest::newRow("base https") << publicBaseUrl() << QStringLiteral("https://bot.example.com")
                                << Severity::Ok << QString();
    QTest::newRow("base with path") << publicBaseUrl() << QStringLiteral("https://example.com/cd/")
                                    << Severity::Ok << QString();
    QTest::newRow("base empty") << publicBaseUrl() << QString() << Severity::Error
                                << QStringLiteral("https://bot.example.com");
    QTest::newRow("base http") << publicBaseUrl() << QStringLiteral("http://bot.example.com")
                               << Severity::Warning << QStringLiteral("https://");
    QTest::newRow("base localhost") << publicBaseUrl() << QStringLiteral("https://localhost:8645")
                                    << Severity::Warning << QStringLiteral("cannot reach");
    QTest::newRow("base no scheme") << publicBaseUrl() << QStringLiteral("bot.example.com") << Severity::Error
                                    << QStringLiteral("not a web address");
    QTest::newRow("base ftp") << publicBaseUrl() << QStringLiteral("ftp://bot.example.com") << Severity::Error
                              << QStringLiteral("not a web address");
    QTest::newRow("base query") << publicBaseUrl() << QStringLiteral("https://bot.example.com/?a=1")
                                << Severity::Error << QStringLiteral("Remove");

    QTest::newRow("graph default") << graphBaseUrl() << defaultGraphBaseUrl() << Severity::Ok << QString();
    QTest::newRow("graph local") << graphBaseUrl() << QStringLiteral("http://127.0.0.1:9999") << Severity::Ok
                                 << QString();
    QTest::newRow("graph garbage") << graphBaseUrl() << QStringLiteral("graph") << Severity::Error
                                   << QStringLiteral("not a web address");
    QTest::newRow("forward empty: none")
        << forwardUrl() << QString() << Severity::Ok << QStringLiteral("not passed on");
    QTest::newRow("forward https") << forwardUrl()
                                   << QStringLiteral("https://bot.example.com/webhooks/whatsapp")
                                   << Severity::Ok << QString();
    QTest::newRow("forward https query")
        << forwardUrl() << QStringLiteral("https://bot.example.com/hook?k=1") << Severity::Ok << QString();
    QTest::newRow("forward https remote port")
        << forwardUrl() << QStringLiteral("https://10.0.0.5:3000/api") << Severity::Ok << QString();
    QTest::newRow("forward http localhost")
        << forwardUrl() << QStringLiteral("http://localhost:3000/api/whatsapp") << Severity::Ok << QString();
    QTest::newRow("forward http 127")
        << forwardUrl() << QStringLiteral("http://127.0.0.1:8080/hook") << Severity::Ok << QString();
    QTest::newRow("forward http ipv6 loopback")
        << forwardUrl() << QStringLiteral("http://[::1]:8080/hook") << Severity::Ok << QString();
    QTest::newRow("forward http remote")
        << forwardUrl() << QStringLiteral("http://bot.example.com/hook") << Severity::Warning
        << QStringLiteral("bot.example.com unencrypted");
    QTest::newRow("forward http lan") << forwardUrl() << QStringLiteral("http://192.168.1.20:3000/hook")
                                      << Severity::Warning << QStringLiteral("https://");
    QTest::newRow("forward ftp") << forwardUrl() << QStringLiteral("ftp://bot.example.com/hook")
                                 << Severity::Error << QStringLiteral("http:// or https://");
    QTest::newRow("forward ws") << forwardUrl() << QStringLiteral("ws://localhost:3000/hook")
                                << Severity::Error << QStringLiteral("http:// or https://");
    QTest::newRow("forward no scheme") << forwardUrl() << QStringLiteral("bot.example.com/hook")
                                       << Severity::Error << QStringLiteral("http:// or https://");
    QTest::newRow("forward no host") << forwardUrl() << QStringLiteral("https:///hook") << Severity::Error
                                     << QStringLiteral("http:// or https://");
    QTest::newRow("forward fragment") << forwardUrl() << QStringLiteral("https://bot.example.com/hook#x")
                                      << Severity::Error << QStringLiteral("“#…”");

    QTest::newRow("forward timeout empty: default")
        << forwardTimeoutMs() << QString() << Severity::Ok << QString();
    QTest::newRow("forward timeout min")
        << forwardTimeoutMs() << QStringLiteral("100") << Severity::Ok << QString();
    QTest::newRow("forward timeout default")
        << forwardTimeoutMs() << QStringLiteral("10000") << Severity::Ok << QString();
    QTest::newRow("forward timeout max")
        << forwardTimeoutMs() << QStringLiteral("300000") << Severity::Ok << QString();
    QTest::newRow("forward timeout 99")
        << forwardTimeoutMs() << QStringLiteral("99") << Severity::Error << QStringLiteral("100 to 300000");
    QTest::newRow("forward timeout 300001") << forwardTimeoutMs() << QStringLiteral("300001")
                                            << Severity::Error << QStringLiteral("100 to 300000");
    QTest::newRow("forward timeout zero")
        << forwardTimeoutMs() << QStringLiteral("0") << Severity::Error << QStringLiteral("100 to 300000");
    QTest::newRow("forward timeout negative") << forwardTimeoutMs() << QStringLiteral("-5000")
                                              << Severity::Error << QStringLiteral("100 to 300000");
    QTest::newRow("forward timeout seconds")
        << forwardTimeoutMs() << QStringLiteral("10s") << Severity::Error << QStringLiteral("milliseconds");
    QTest::newRow("forward timeout fraction") << forwardTimeoutMs() << QStringLiteral("1500.5")
                                              << Severity::Error << QStringLiteral("milliseconds");
    QTest::newRow("unknown field") << QStringLiteral("phone") << QStringLiteral("1") << Severity::Error
                                   << QStringLiteral("Unknown field");
}

void TestCloudApiValidator::testField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(Severity, severity);
    QFETCH(QString, messagePart);
    const FieldCheck check = CloudApiValidator::checkField(field, value);
    QCOMPARE(check.severity, severity);
    if (!messagePart.isEmpty())
        QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
}

void TestCloudApiValidator::testGeneratedVerifyTokenIsRandomAndUrlSafe()
{
    const QString first = CloudApiValidator::generateVerifyToken();
    const QString second = CloudApiValidator::generateVerifyToken();
    QVERIFY(first.size() >= 32);
    QVERIFY(first != second);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(first).hasMatch());
    QCOMPARE(CloudApiValidator::checkVerifyToken(first).severity, Severity::Ok);
}

void TestCloudApiValidator::testWebhookUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("https://bot.example.com") << QStringLiteral("106540352242922")
                           << QStringLiteral("https://bot.example.com/webhooks/whatsapp/106540352242922");
    QTest::newRow("trailing slash") << QStringLiteral("https://bot.example.com/") << QStringLiteral("1")
                                    << QStringLiteral("https://bot.example.com/webhooks/whatsapp/1");
    QTest::newRow("with path") << QStringLiteral("https://example.com/cd") << QStringLiteral("42")
                               << QStringLiteral("https://example.com/cd/webhooks/whatsapp/42");
    QTest::newRow("invalid base") << QStringLiteral("nope") << QStringLiteral("42") << QString();
    QTest::newRow("invalid id") << QStringLiteral("https://example.com") << QStringLiteral("+42")
                                << QString();
}

void TestCloudApiValidator::testWebhookUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, id);
    QFETCH(QString, expected);
    QCOMPARE(CloudApiValidator::webhookUrl(base, id), expected);
}

QTEST_GUILESS_MAIN(TestCloudApiValidator)
#include "TestCloudApiValidator.moc"
