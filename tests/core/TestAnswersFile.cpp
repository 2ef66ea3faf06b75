// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/AnswersFile.h"
#include "channels/CloudApiFields.h"
#include "channels/WeComFields.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ChannelDesk;

namespace {

QJsonObject validChannel(const QString& name = QStringLiteral("support"))
{
    return QJsonObject{{QStringLiteral("enabled"), true},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("public_base_url"), QStringLiteral("https://bot.example.com")},
                       {QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")},
                       {QStringLiteral("access_token"),
                        QStringLiteral("EAA_FAKE_TOKEN_FOR_ANSWERS_FILE_TEST_0000000000x7Q")},
                       {QStringLiteral("verify_token"), TestEnvironment::verifyToken()},
                       {QStringLiteral("app_secret"), TestEnvironment::appSecret()},
                       {QStringLiteral("business_account_id"), QStringLiteral("102290129340398")},
                       {QStringLiteral("api_version"), QStringLiteral("v25.0")},
                       {QStringLiteral("graph_base_url"), QStringLiteral("https://graph.facebook.com")}};
}

QJsonObject weComChannel(const QString& name = QStringLiteral("HR desk"))
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("corp_id"), QStringLiteral("ww1234567890abcdef")},
        {QStringLiteral("agent_id"), QStringLiteral("1000002")},
        {QStringLiteral("corp_secret"), QStringLiteral("A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0-_x")},
        {QStringLiteral("token"), QStringLiteral("QDG6eK")},
        {QStringLiteral("encoding_aes_key"), QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C")},
        {QStringLiteral("public_base_url"), QStringLiteral("https://bot.example.com")}};
}

QByteArray wrapWeCom(const QJsonValue& value)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("messaging-wecom"), value}}).toJson();
}

QByteArray wrap(const QJsonValue& value)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("messaging-whatsapp"), value}}).toJson();
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

} // namespace

class TestAnswersFile : public QObject
{
    Q_OBJECT

private slots:
    void testValidObject();
    void testValidArrayAndDefaults();
    void testInvalid_data();
    void testInvalid();
    void testEveryProblemIsReported();
    void testLinkedChannels();
    void testWeComObject();
    void testWeComListAndAllowlist();
    void testWeComInvalid_data();
    void testWeComInvalid();
};

void TestAnswersFile::testValidObject()
{
    const AnswersFile::Parsed parsed = AnswersFile::parse(wrap(validChannel(QStringLiteral("Support BR"))));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.drafts.size(), 1);
    const ChannelDraft& draft = parsed.drafts.first();
    QCOMPARE(draft.channel.id, QStringLiteral("support-br"));
    QCOMPARE(draft.channel.name, QStringLiteral("Support BR"));
    QCOMPARE(draft.channel.kind, QStringLiteral("whatsapp-cloud"));
    QVERIFY(draft.channel.enabled);
    QCOMPARE(draft.channel.field(CloudApiFields::phoneNumberId()), QStringLiteral("106540352242922"));
    QCOMPARE(draft.secrets.value(CloudApiFields::appSecret()), TestEnvironment::appSecret());
    QCOMPARE(draft.secrets.size(), 3);
    // Secrets never end up among the plain fields.
    for (const QString& key : CloudApiFields::secretFields())
        QVERIFY(!draft.channel.fields.contains(key));
}

void TestAnswersFile::testValidArrayAndDefaults()
{
    QJsonObject second = validChannel(QStringLiteral("sales"));
    second.remove(QStringLiteral("api_version"));
    second.remove(QStringLiteral("graph_base_url"));
    second.remove(QStringLiteral("business_account_id"));
    second.insert(QStringLiteral("enabled"), false);
    const AnswersFile::Parsed parsed = AnswersFile::parse(wrap(QJsonArray{validChannel(), second}));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.drafts.size(), 2);
    const Channel& sales = parsed.drafts.at(1).channel;
    QCOMPARE(sales.id, QStringLiteral("sales"));
    QVERIFY(!sales.enabled);
    QCOMPARE(sales.field(CloudApiFields::apiVersion()), QStringLiteral("v25.0"));
    QCOMPARE(sales.field(CloudApiFields::graphBaseUrl()), QStringLiteral("https://graph.facebook.com"));
    QVERIFY(!sales.fields.contains(CloudApiFields::businessAccountId()));
}

void TestAnswersFile::testInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QJsonObject ok = validChannel();
    QTest::newRow("not json") << QByteArray("{\"messaging-whatsapp\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1,2]") << QStringLiteral("must be a JSON object");
    QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("configures no channel");
    QTest::newRow("unknown top key") << QByteArray("{\"messaging-telegram\": {}}")
                                     << QStringLiteral("messaging-telegram: unknown key");
    QTest::newRow("wrong value type") << wrap(QJsonValue(5)) << QStringLiteral("must be an object or a list");
    QTest::newRow("empty list") << wrap(QJsonArray()) << QStringLiteral("the list is empty");
    QTest::newRow("list of strings") << wrap(QJsonArray{QStringLiteral("x")})
                                     << QStringLiteral("messaging-whatsapp[0]: must be an object");
    QTest::newRow("unknown field") << wrap(with(ok, QStringLiteral("phone"), QStringLiteral("1")))
                                   << QStringLiteral("messaging-whatsapp.phone: unknown key");
    QTest::newRow("missing name") << wrap(with(ok, QStringLiteral("name"), QJsonValue::Undefined))
                                  << QStringLiteral("messaging-whatsapp.name:");
    QTest::newRow("numeric phone id") << wrap(with(ok, QStringLiteral("phone_number_id"), 106540352242922.0))
                                      << QStringLiteral("phone_number_id: must be text in quotes");
    QTest::newRow("enabled as string") << wrap(with(ok, QStringLiteral("enabled"), QStringLiteral("yes")))
                                       << QStringLiteral("enabled: must be true or false");
    QTest::newRow("missing token") << wrap(with(ok, QStringLiteral("access_token"), QJsonValue::Undefined))
                                   << QStringLiteral("access_token: Enter the access token");
    QTest::newRow("bad app secret") << wrap(with(ok, QStringLiteral("app_secret"), QStringLiteral("abc")))
                                    << QStringLiteral("app_secret: The App Secret is exactly 32");
    QTest::newRow("phone number as id")
        << wrap(with(ok, QStringLiteral("phone_number_id"), QStringLiteral("+15550001234")))
        << QStringLiteral("phone_number_id: This looks like a phone number");
    QTest::newRow("missing verify token") << wrap(with(ok, QStringLiteral("verify_token"), QString()))
                                          << QStringLiteral("verify_token: Enter a verify token");
    QTest::newRow("bad base url") << wrap(with(ok, QStringLiteral("public_base_url"), QStringLiteral("bot")))
                                  << QStringLiteral("public_base_url: This is not a web address");
    QTest::newRow("bad version") << wrap(with(ok, QStringLiteral("api_version"), QStringLiteral("25")))
                                 << QStringLiteral("api_version: Write the Graph API version");
    QTest::newRow("duplicate names") << wrap(
        QJsonArray{ok, with(ok, QStringLiteral("name"), QStringLiteral("Support"))})
                                     << QStringLiteral("Two channels have the id “support”");
}

void TestAnswersFile::testInvalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const AnswersFile::Parsed parsed = AnswersFile::parse(json);
    QVERIFY(!parsed.ok());
    const QString all = parsed.errors.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void TestAnswersFile::testEveryProblemIsReported()
{
    QJsonObject bad = validChannel();
    bad.insert(QStringLiteral("app_secret"), QStringLiteral("zz"));
    bad.insert(QStringLiteral("phone_number_id"), QStringLiteral("abc"));
    bad.insert(QStringLiteral("colour"), QStringLiteral("green"));
    const AnswersFile::Parsed parsed
        = AnswersFile::parse(wrap(QJsonArray{validChannel(QStringLiteral("fine")), bad}));
    QCOMPARE(parsed.errors.size(), 3);
    QVERIFY(parsed.errors.join(QLatin1Char('\n')).contains(QStringLiteral("messaging-whatsapp[1].colour")));
    // Error texts never repeat a secret value.
    QVERIFY(!parsed.errors.join(QLatin1Char('\n')).contains(TestEnvironment::verifyToken()));
}

void TestAnswersFile::testLinkedChannels()
{
    const QJsonObject linked{{QStringLiteral("name"), QStringLiteral("Shop")},
                             {QStringLiteral("gateway"), QStringLiteral("waha")},
                             {QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:3000")},
                             {QStringLiteral("api_key"), QStringLiteral("waha-key")}};
    QJsonObject root{{QStringLiteral("messaging-whatsapp-linked"), linked},
                     {QStringLiteral("messaging-whatsapp"), validChannel()}};
    const AnswersFile::Parsed parsed = AnswersFile::parse(QJsonDocument(root).toJson());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.drafts.size(), 2);
    const auto shop = std::find_if(parsed.drafts.cbegin(), parsed.drafts.cend(), [](const ChannelDraft& d) {
        return d.channel.id == QLatin1String("shop");
    });
    QVERIFY(shop != parsed.drafts.cend());
    QCOMPARE(shop->channel.kind, QStringLiteral("whatsapp-linked"));
    QCOMPARE(shop->channel.field(QStringLiteral("session")), QStringLiteral("default"));
    QCOMPARE(shop->secrets.value(QStringLiteral("api_key")), QStringLiteral("waha-key"));
    QVERIFY(!shop->channel.fields.contains(QStringLiteral("api_key")));

    QJsonObject bad = linked;
    bad.insert(QStringLiteral("gateway"), QStringLiteral("evolution"));
    bad.insert(QStringLiteral("session"), QStringLiteral("my session"));
    bad.insert(QStringLiteral("reconnect_attempts"), QStringLiteral("0"));
    bad.insert(QStringLiteral("access_token"), QStringLiteral("EAA"));
    const AnswersFile::Parsed invalid = AnswersFile::parse(
        QJsonDocument(QJsonObject{{QStringLiteral("messaging-whatsapp-linked"), bad}}).toJson());
    const QString all = invalid.errors.join(QLatin1Char('\n'));
    QCOMPARE(invalid.errors.size(), 4);
    QVERIFY2(all.contains(QStringLiteral("messaging-whatsapp-linked.gateway: Choose the gateway type")),
             qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("messaging-whatsapp-linked.session: Use only letters")));
    QVERIFY(all.contains(QStringLiteral("messaging-whatsapp-linked.reconnect_attempts: Give the number")));
    QVERIFY(all.contains(QStringLiteral("messaging-whatsapp-linked.access_token: unknown key")));
}

void TestAnswersFile::testWeComObject()
{
    const AnswersFile::Parsed parsed = AnswersFile::parse(wrapWeCom(weComChannel()));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.drafts.size(), 1);
    const ChannelDraft& draft = parsed.drafts.first();
    QCOMPARE(draft.channel.id, QStringLiteral("hr-desk"));
    QCOMPARE(draft.channel.kind, ChannelKinds::weCom());
    QCOMPARE(draft.channel.field(WeComFields::corpId()), QStringLiteral("ww1234567890abcdef"));
    QCOMPARE(draft.channel.field(WeComFields::agentId()), QStringLiteral("1000002"));
    QCOMPARE(draft.channel.field(WeComFields::apiBaseUrl()), WeComFields::defaultApiBaseUrl());
    QVERIFY(!draft.channel.fields.contains(WeComFields::allowedUsers()));
    QCOMPARE(draft.secrets.size(), 3);
    QCOMPARE(draft.secrets.value(WeComFields::token()), QStringLiteral("QDG6eK"));
    QCOMPARE(draft.secrets.value(WeComFields::encodingAesKey()),
             QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"));
    for (const QString& key : WeComFields::secretFields())
        QVERIFY(!draft.channel.fields.contains(key));
}

void TestAnswersFile::testWeComListAndAllowlist()
{
    QJsonObject first = weComChannel(QStringLiteral("HR"));
    first.insert(QStringLiteral("allowed_users"),
                 QJsonArray{QStringLiteral("zhangsan"), QStringLiteral(" lisi ")});
    first.insert(QStringLiteral("allow_all_users"), false);
    QJsonObject second = weComChannel(QStringLiteral("IT"));
    second.insert(QStringLiteral("allowed_users"), QStringLiteral("wangwu, zhaoliu"));
    second.insert(QStringLiteral("allow_all_users"), true);
    second.insert(QStringLiteral("api_base_url"), QStringLiteral("http://127.0.0.1:9999"));
    const AnswersFile::Parsed parsed = AnswersFile::parse(wrapWeCom(QJsonArray{first, second}));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.join(QLatin1Char('\n'))));
    QCOMPARE(parsed.drafts.size(), 2);
    const Channel& hr = parsed.drafts.at(0).channel;
    QCOMPARE(hr.field(WeComFields::allowedUsers()), QStringLiteral("zhangsan,lisi"));
    QCOMPARE(hr.field(WeComFields::allowAllUsers()), QStringLiteral("false"));
    QCOMPARE(WeComFields::allowedUserList(hr),
             (QStringList{QStringLiteral("zhangsan"), QStringLiteral("lisi")}));
    const Channel& it = parsed.drafts.at(1).channel;
    QCOMPARE(it.id, QStringLiteral("it"));
    QCOMPARE(it.field(WeComFields::allowedUsers()), QStringLiteral("wangwu, zhaoliu"));
    QCOMPARE(it.field(WeComFields::allowAllUsers()), QStringLiteral("true"));
    QCOMPARE(it.field(WeComFields::apiBaseUrl()), QStringLiteral("http://127.0.0.1:9999"));
    QVERIFY(WeComFields::allows(it, QStringLiteral("anyone")));
}

void TestAnswersFile::testWeComInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QJsonObject ok = weComChannel();
    QTest::newRow("numeric agent id") << wrapWeCom(with(ok, QStringLiteral("agent_id"), 1000002))
                                      << QStringLiteral("messaging-wecom.agent_id: must be text in quotes");
    QTest::newRow("bad key") << wrapWeCom(
        with(ok, QStringLiteral("encoding_aes_key"), QStringLiteral("abc+")))
                             << QStringLiteral("messaging-wecom.encoding_aes_key: The EncodingAESKey");
    QTest::newRow("short key")
        << wrapWeCom(with(ok, QStringLiteral("encoding_aes_key"), QStringLiteral("a").repeated(42)))
        << QStringLiteral("messaging-wecom.encoding_aes_key: The EncodingAESKey is exactly 43");
    QTest::newRow("bad corp id") << wrapWeCom(with(ok, QStringLiteral("corp_id"), QStringLiteral("corp1")))
                                 << QStringLiteral("messaging-wecom.corp_id: A corp ID starts with");
    QTest::newRow("missing secret") << wrapWeCom(
        with(ok, QStringLiteral("corp_secret"), QJsonValue::Undefined))
                                    << QStringLiteral("messaging-wecom.corp_secret: Enter the app's Secret");
    QTest::newRow("numeric user")
        << wrapWeCom(with(ok, QStringLiteral("allowed_users"), QJsonArray{QStringLiteral("a"), 5}))
        << QStringLiteral("messaging-wecom.allowed_users[1]: must be text in quotes");
    QTest::newRow("bad user") << wrapWeCom(
        with(ok, QStringLiteral("allowed_users"), QJsonArray{QStringLiteral("zhang san")}))
                              << QStringLiteral("messaging-wecom.allowed_users: “zhang san”");
    QTest::newRow("allow all as number") << wrapWeCom(with(ok, QStringLiteral("allow_all_users"), 1))
                                         << QStringLiteral("messaging-wecom.allow_all_users: must be text");
    QTest::newRow("cloud field") << wrapWeCom(
        with(ok, QStringLiteral("phone_number_id"), QStringLiteral("1")))
                                 << QStringLiteral("messaging-wecom.phone_number_id: unknown key");
}

void TestAnswersFile::testWeComInvalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const AnswersFile::Parsed parsed = AnswersFile::parse(json);
    QVERIFY(!parsed.ok());
    const QString all = parsed.errors.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(expected), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestAnswersFile)
#include "TestAnswersFile.moc"
