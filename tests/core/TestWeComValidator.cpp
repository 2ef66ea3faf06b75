// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/Channel.h"
#include "channels/WeComFields.h"
#include "channels/WeComValidator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ChannelDesk;
using Severity = FieldCheck::Severity;

Q_DECLARE_METATYPE(FieldCheck::Severity)

namespace {
// Tencent's sample key (the QDG6eK vectors): its 43rd character has non-zero spare bits.
const QString sampleKey = QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");
} // namespace

class TestWeComValidator : public QObject
{
    Q_OBJECT

private slots:
    void testField_data();
    void testField();
    void testAllowedUsersEmptyHasHint();
    void testGeneratedValuesAreRandomAndValid();
    void testCallbackUrl_data();
    void testCallbackUrl();
    void testCallbackUrlOfChannel();
};

void TestWeComValidator::testField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("messagePart");
    using namespace WeComFields;

    QTest::newRow("corp id ww") << corpId() << QStringLiteral("ww1234567890abcdef") << Severity::Ok
                                << QString();
    QTest::newRow("corp id wx sample")
        << corpId() << QStringLiteral("wx5823bf96d3bd56c7") << Severity::Ok << QString();
    QTest::newRow("corp id empty") << corpId() << QString() << Severity::Error << QStringLiteral("企业ID");
    QTest::newRow("corp id wrong prefix") << corpId() << QStringLiteral("ab1234567890abcdef")
                                          << Severity::Error << QStringLiteral("“ww” or “wx”");
    QTest::newRow("corp id upper prefix") << corpId() << QStringLiteral("WW1234567890abcdef")
                                          << Severity::Error << QStringLiteral("“ww” or “wx”");
    QTest::newRow("corp id short") << corpId() << QStringLiteral("ww1234567890abcde") << Severity::Error
                                   << QStringLiteral("this one has 17");
    QTest::newRow("corp id long") << corpId() << QStringLiteral("ww1234567890abcdef0") << Severity::Error
                                  << QStringLiteral("this one has 19");
    QTest::newRow("corp id dash") << corpId() << QStringLiteral("ww1234567890abcd-f") << Severity::Error
                                  << QStringLiteral("remove “-”");
    QTest::newRow("corp id spaces") << corpId() << QStringLiteral(" ww1234567890abcdef") << Severity::Error
                                    << QStringLiteral("spaces");

    QTest::newRow("agent id 1000002") << agentId() << QStringLiteral("1000002") << Severity::Ok << QString();
    QTest::newRow("agent id 218") << agentId() << QStringLiteral("218") << Severity::Ok << QString();
    QTest::newRow("agent id 10a") << agentId() << QStringLiteral("10a") << Severity::Error
                                  << QStringLiteral("only digits; remove “a”");
    QTest::newRow("agent id empty") << agentId() << QString() << Severity::Error
                                    << QStringLiteral("应用管理");
    QTest::newRow("agent id too long")
        << agentId() << QStringLiteral("12345678901") << Severity::Error << QStringLiteral("at most 10");

    const QString secret = QStringLiteral("A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0-_x");
    QTest::newRow("secret valid") << corpSecret() << secret << Severity::Ok << QString();
    QTest::newRow("secret empty") << corpSecret() << QString() << Severity::Error << QStringLiteral("查看");
    QTest::newRow("secret newline") << corpSecret() << secret + QStringLiteral("\n") << Severity::Error
                                    << QStringLiteral("line break");
    QTest::newRow("secret short") << corpSecret() << secret.left(40) << Severity::Warning
                                  << QStringLiteral("this one has 40");

    QTest::newRow("token generated shape")
        << token() << QStringLiteral("QDG6eK") << Severity::Ok << QString();
    QTest::newRow("token 3") << token() << QStringLiteral("abc") << Severity::Ok << QString();
    QTest::newRow("token 32") << token() << QStringLiteral("a").repeated(32) << Severity::Ok << QString();
    QTest::newRow("token 2") << token() << QStringLiteral("ab") << Severity::Error
                             << QStringLiteral("this one has 2");
    QTest::newRow("token 33") << token() << QStringLiteral("a").repeated(33) << Severity::Error
                              << QStringLiteral("this one has 33");
    QTest::newRow("token dash") << token() << QStringLiteral("abc-def") << Severity::Error
                                << QStringLiteral("remove “-”");
    QTest::newRow("token empty") << token() << QString() << Severity::Error << QStringLiteral("设置API接收");

    QTest::newRow("key tencent sample") << encodingAesKey() << sampleKey << Severity::Ok << QString();
    QTest::newRow("key zero spare bits")
        << encodingAesKey() << QStringLiteral("a").repeated(42) + u'A' << Severity::Ok << QString();
    QTest::newRow("key with plus") << encodingAesKey() << sampleKey.left(42) + u'+' << Severity::Error
                                   << QStringLiteral("remove “+”");
    QTest::newRow("key with slash") << encodingAesKey() << QStringLiteral("/") + sampleKey.mid(1)
                                    << Severity::Error << QStringLiteral("remove “/”");
    QTest::newRow("key 42") << encodingAesKey() << sampleKey.left(42) << Severity::Error
                            << QStringLiteral("this one has 42");
    QTest::newRow("key 44") << encodingAesKey() << sampleKey + u'A' << Severity::Error
                            << QStringLiteral("this one has 44");
    QTest::newRow("key with equals") << encodingAesKey() << sampleKey.left(42) + u'=' << Severity::Error
                                     << QStringLiteral("remove “=”");
    QTest::newRow("key empty") << encodingAesKey() << QString() << Severity::Error
                               << QStringLiteral("Generate");

    QTest::newRow("base https") << publicBaseUrl() << QStringLiteral("https://bot.example.com")
                                << Severity::Ok << QString();
    QTest::newRow("base empty") << publicBaseUrl() << QString() << Severity::Error
                                << QStringLiteral("https://bot.example.com");
    QTest::newRow("base http") << publicBaseUrl() << QStringLiteral("http://bot.example.com")
                               << Severity::Warning << QStringLiteral("https://");
    QTest::newRow("base localhost") << publicBaseUrl() << QStringLiteral("https://localhost:8645")
                                    << Severity::Warning << QStringLiteral("cannot reach");
    QTest::newRow("base query") << publicBaseUrl() << QStringLiteral("https://bot.example.com/?a=1")
                                << Severity::Error << QStringLiteral("Remove");
    QTest::newRow("base no scheme") << publicBaseUrl() << QStringLiteral("bot.example.com") << Severity::Error
                                    << QStringLiteral("not a web address");

    QTest::newRow("api empty") << apiBaseUrl() << QString() << Severity::Ok << QString();
    QTest::newRow("api default") << apiBaseUrl() << defaultApiBaseUrl() << Severity::Ok << QString();
    QTest::newRow("api local http") << apiBaseUrl() << QStringLiteral("http://127.0.0.1:9999") << Severity::Ok
                                    << QString();
    QTest::newRow("api ftp") << apiBaseUrl() << QStringLiteral("ftp://qyapi.weixin.qq.com") << Severity::Error
                             << QStringLiteral("not a web address");

    QTest::newRow("users one") << allowedUsers() << QStringLiteral("zhangsan") << Severity::Ok << QString();
    QTest::newRow("users list") << allowedUsers() << QStringLiteral("zhangsan, li.si,wang_wu@x,a-b")
                                << Severity::Ok << QString();
    QTest::newRow("users space inside")
        << allowedUsers() << QStringLiteral("zhang san") << Severity::Error << QStringLiteral("“zhang san”");
    QTest::newRow("users semicolon") << allowedUsers() << QStringLiteral("a;b") << Severity::Error
                                     << QStringLiteral("remove “;”");

    QTest::newRow("all empty") << allowAllUsers() << QString() << Severity::Ok << QString();
    QTest::newRow("all true") << allowAllUsers() << QStringLiteral("true") << Severity::Ok << QString();
    QTest::newRow("all false") << allowAllUsers() << QStringLiteral("false") << Severity::Ok << QString();
    QTest::newRow("all yes") << allowAllUsers() << QStringLiteral("yes") << Severity::Error
                             << QStringLiteral("true");

    QTest::newRow("unknown field") << QStringLiteral("phone") << QStringLiteral("1") << Severity::Error
                                   << QStringLiteral("Unknown field");
}

void TestWeComValidator::testField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(Severity, severity);
    QFETCH(QString, messagePart);
    const FieldCheck check = WeComValidator::checkField(field, value);
    QVERIFY2(check.severity == severity, qPrintable(check.message));
    if (!messagePart.isEmpty())
        QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
}

void TestWeComValidator::testAllowedUsersEmptyHasHint()
{
    for (const QString& value : {QString(), QStringLiteral(" , ")}) {
        const FieldCheck check = WeComValidator::checkAllowedUsers(value);
        QCOMPARE(check.severity, Severity::Ok);
        QVERIFY2(check.message.contains(QStringLiteral("Nobody is answered")), qPrintable(check.message));
    }
}

void TestWeComValidator::testGeneratedValuesAreRandomAndValid()
{
    const QRegularExpression lettersAndDigits(QStringLiteral("^[A-Za-z0-9]+$"));
    QSet<QString> keys;
    for (int i = 0; i < 50; ++i) {
        const QString token = WeComValidator::generateToken();
        QCOMPARE(token.size(), 32);
        QVERIFY(lettersAndDigits.match(token).hasMatch());
        QCOMPARE(WeComValidator::checkToken(token).severity, Severity::Ok);

        const QString key = WeComValidator::generateEncodingAesKey();
        QCOMPARE(key.size(), 43);
        QVERIFY(lettersAndDigits.match(key).hasMatch());
        QVERIFY2(WeComValidator::checkEncodingAesKey(key).severity == Severity::Ok, qPrintable(key));
        keys.insert(key);
    }
    QCOMPARE(keys.size(), 50);
}

void TestWeComValidator::testCallbackUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("channelId");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("expectedShared");
    QTest::newRow("plain") << QStringLiteral("https://bot.example.com") << QStringLiteral("hr-desk")
                           << QStringLiteral("https://bot.example.com/wecom/hr-desk/callback")
                           << QStringLiteral("https://bot.example.com/wecom/callback");
    QTest::newRow("trailing slash") << QStringLiteral("https://bot.example.com/") << QStringLiteral("a")
                                    << QStringLiteral("https://bot.example.com/wecom/a/callback")
                                    << QStringLiteral("https://bot.example.com/wecom/callback");
    QTest::newRow("with path") << QStringLiteral("https://example.com/cd") << QStringLiteral("a")
                               << QStringLiteral("https://example.com/cd/wecom/a/callback")
                               << QStringLiteral("https://example.com/cd/wecom/callback");
    QTest::newRow("invalid base") << QStringLiteral("nope") << QStringLiteral("a") << QString() << QString();
    QTest::newRow("no channel id") << QStringLiteral("https://bot.example.com") << QString() << QString()
                                   << QStringLiteral("https://bot.example.com/wecom/callback");
}

void TestWeComValidator::testCallbackUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, channelId);
    QFETCH(QString, expected);
    QFETCH(QString, expectedShared);
    QCOMPARE(WeComValidator::callbackUrl(base, channelId), expected);
    QCOMPARE(WeComValidator::sharedCallbackUrl(base), expectedShared);
}

void TestWeComValidator::testCallbackUrlOfChannel()
{
    Channel channel;
    channel.id = QStringLiteral("support");
    channel.kind = ChannelKinds::weCom();
    channel.fields.insert(WeComFields::publicBaseUrl(), QStringLiteral("https://bot.example.com"));
    QCOMPARE(WeComValidator::callbackUrl(channel),
             QStringLiteral("https://bot.example.com/wecom/support/callback"));
}

QTEST_GUILESS_MAIN(TestWeComValidator)
#include "TestWeComValidator.moc"
