// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/AnswersFile.h"
#include "channels/CloudApiFields.h"
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

QTEST_GUILESS_MAIN(TestAnswersFile)
#include "TestAnswersFile.moc"
