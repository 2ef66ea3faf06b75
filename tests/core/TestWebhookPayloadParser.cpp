// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookPayloadParser.h"

#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace ChannelDesk;

namespace {

const QString kWabaId = QStringLiteral("100000000000001");
const QString kPhoneNumberId = QStringLiteral("200000000000002");
const QString kAna = QStringLiteral("15557654321");
const QString kAnaName = QStringLiteral("Ana Souza");

QString webhookDir()
{
    return qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QLatin1String("/webhooks");
}

QByteArray readFixture(const QString& name)
{
    QFile file(webhookDir() + QLatin1Char('/') + name + QLatin1String(".json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Parses a fixture and reduces the failure cases to an empty batch; tests check ok separately.
WebhookBatch parseFixture(const QString& name)
{
    const Result<WebhookBatch> result = WebhookPayloadParser::parse(readFixture(name));
    return result.ok() ? result.value() : WebhookBatch();
}

} // namespace

class TestWebhookPayloadParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testEveryFixtureParses();
    void testMessage_data();
    void testMessage();
    void testIdsAndMetadata();
    void testMedia_data();
    void testMedia();
    void testContext_data();
    void testContext();
    void testReaction_data();
    void testReaction();
    void testReferral();
    void testUnsupportedKeepsErrors();
    void testUnknownTypeKeptRaw();
    void testBusinessScopedUserId();
    void testStatus_data();
    void testStatus();
    void testValueErrors();
    void testOtherFieldKeptRaw();
    void testBatchMulti();
    void testSendersByIdOrUserId_data();
    void testSendersByIdOrUserId();
    void testUnicodeEscapes();
    void testMalformedBody_data();
    void testMalformedBody();
    void testWrongTypesEverywhere();
    void testTimestamp_data();
    void testTimestamp();
    void testHostileInputIsDeterministic_data();
    void testHostileInputIsDeterministic();
};

void TestWebhookPayloadParser::initTestCase()
{
    TestEnvironment::init();
    QVERIFY2(QDir(webhookDir()).exists(), qPrintable(webhookDir()));
}

void TestWebhookPayloadParser::testEveryFixtureParses()
{
    const QStringList names = QDir(webhookDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(names.size() >= 32);
    for (const QString& name : names) {
        QFile file(webhookDir() + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray body = file.readAll();
        const Result<WebhookBatch> result = WebhookPayloadParser::parse(body);
        QVERIFY2(result.ok(), qPrintable(name + QLatin1String(": ") + result.error().message));
        QVERIFY2(!result.value().isEmpty(), qPrintable(name));
        QCOMPARE(result.value().ignoredItems, 0);
        // What the receiver checks before answering agrees with what is built afterwards.
        const Result<WebhookPayloadParser::Outline> outline = WebhookPayloadParser::outline(body);
        QVERIFY2(outline.ok(), qPrintable(name));
        QCOMPARE(outline.value().messages, int(result.value().messages.size()));
        QCOMPARE(outline.value().statuses, int(result.value().statuses.size()));
    }
}

void TestWebhookPayloadParser::testMessage_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("subtype");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("replyId");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("profileName");
    QTest::addColumn<QString>("timestamp");

    auto row = [](const char* name, const char* fixture, int index, const char* type, const char* subtype,
                  const char* text, const char* replyId, int second, const QString& profileName = kAnaName) {
        QTest::newRow(name) << QString::fromLatin1(fixture) << index << QString::fromLatin1(type)
                            << QString::fromLatin1(subtype) << QString::fromUtf8(text)
                            << QString::fromLatin1(replyId) << kAna << profileName
                            << QStringLiteral("2026-01-01T00:00:%1Z").arg(second, 2, 10, QLatin1Char('0'));
    };
    row("text", "message-text", 0, "text", "", "Hi, is my order 4512 on its way?", "", 5);
    row("image caption", "message-image", 0, "image", "", "Box arrived damaged", "", 6);
    row("video caption", "message-video", 0, "video", "", "Unboxing", "", 7);
    row("voice note is audio", "message-audio-voice", 0, "audio", "", "", "", 8);
    row("document caption", "message-document", 0, "document", "", "Invoice for March", "", 9);
    row("sticker", "message-sticker", 0, "sticker", "", "", "", 10);
    row("location name", "message-location", 0, "location", "", "Loja Paulista", "", 11);
    row("location address only", "message-location", 1, "location", "", "Rua Augusta, 500", "", 12);
    row("location bare pin", "message-location", 2, "location", "", "-22.9068, -43.1729", "", 13);
    row("contacts first name", "message-contacts", 0, "contacts", "", "Bruno Lima", "", 14);
    row("button reply", "message-interactive-button-reply", 0, "interactive", "button_reply", "Cancel order",
        "order_cancel", 15);
    row("list reply", "message-interactive-list-reply", 0, "interactive", "list_reply", "Express",
        "ship_express", 16);
    row("flow reply", "message-interactive-nfm-reply", 0, "interactive", "nfm_reply", "Sent", "", 17);
    row("template button", "message-button", 0, "button", "", "Track order", "TRACK_ORDER_4512", 18);
    row("reaction", "message-reaction", 0, "reaction", "", "👍", "", 19);
    row("reaction removed", "message-reaction-removed", 0, "reaction", "", "", "", 20);
    row("order text", "message-order", 0, "order", "", "Please deliver after 6pm", "", 21);
    row("unsupported edit", "message-unsupported", 0, "unsupported", "edit", "", "", 23);
    row("future type", "message-unknown-type", 0, "poll_vote", "", "", "", 24);
    row("quoted reply", "message-context-reply", 0, "text", "", "Yes, that address is right", "", 25);
    row("forwarded", "message-forwarded", 0, "text", "", "Look at this deal", "", 26);
    row("frequently forwarded", "message-frequently-forwarded", 0, "image", "", "", "", 27);
    row("ad referral", "message-referral", 0, "text", "", "Hi! I saw your ad, is the mug still available?",
        "", 28);
    row("escaped unicode", "unicode-escaped", 0, "text", "", "Olá! O café chegou 😀", "", 50,
        QStringLiteral("José Araújo"));
    // No contacts[] for system messages, so no profile name.
    row("system number change", "message-system", 0, "system", "user_changed_number",
        "User Ana Souza changed from 15557654321 to 15557650000", "", 22, QString());
}

void TestWebhookPayloadParser::testMessage()
{
    QFETCH(QString, fixture);
    QFETCH(int, index);
    const WebhookBatch batch = parseFixture(fixture);
    QVERIFY(index < batch.messages.size());
    const InboundMessage& message = batch.messages.at(index);
    QTEST(message.type, "type");
    QTEST(message.subtype, "subtype");
    QTEST(message.text, "text");
    QTEST(message.replyId, "replyId");
    QTEST(message.from, "from");
    QTEST(message.profileName, "profileName");
    QTEST(message.timestamp.toString(Qt::ISODate), "timestamp");
    QCOMPARE(message.timestamp.timeSpec(), Qt::UTC);
    QVERIFY(message.messageId.startsWith(QLatin1String("wamid.")));
    const QJsonObject raw = QJsonDocument::fromJson(message.rawJson).object();
    QCOMPARE(message.messageId, raw.value(QLatin1String("id")).toString());
    QCOMPARE(raw.value(QLatin1String("type")).toString(), message.type);
}

void TestWebhookPayloadParser::testIdsAndMetadata()
{
    const WebhookBatch batch = parseFixture(QStringLiteral("message-text"));
    QCOMPARE(batch.messages.size(), 1);
    const InboundMessage& message = batch.messages.first();
    QCOMPARE(message.messageId, QStringLiteral("wamid.HBgLMTU1NTc2NTQzMjEVAgASGBRGQUtF432100000005AA=="));
    QCOMPARE(message.phoneNumberId, kPhoneNumberId);
    QCOMPARE(message.displayPhoneNumber, QStringLiteral("15550001234"));
    QCOMPARE(message.wabaId, kWabaId);
    QVERIFY(message.fromUserId.isEmpty());
    QVERIFY(message.contextMessageId.isEmpty());
    QVERIFY(!message.forwarded && !message.frequentlyForwarded && !message.hasReferral);
    QVERIFY(message.media.isEmpty());
    QVERIFY(message.errors.isEmpty());
}

void TestWebhookPayloadParser::testMedia_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("mediaId");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("filename");
    QTest::addColumn<bool>("hasUrl");
    QTest::addColumn<QString>("flag"); // voice or animated, when the type has one
    QTest::newRow("image with url") << QStringLiteral("message-image") << QStringLiteral("1100000000000006")
                                    << QStringLiteral("image/jpeg") << QString() << true << QString();
    QTest::newRow("video") << QStringLiteral("message-video") << QStringLiteral("1100000000000007")
                           << QStringLiteral("video/mp4") << QString() << false << QString();
    QTest::newRow("voice note") << QStringLiteral("message-audio-voice") << QStringLiteral("1100000000000008")
                                << QStringLiteral("audio/ogg; codecs=opus") << QString() << true
                                << QStringLiteral("voice");
    QTest::newRow("document") << QStringLiteral("message-document") << QStringLiteral("1100000000000009")
                              << QStringLiteral("application/pdf") << QStringLiteral("invoice-4512.pdf")
                              << false << QString();
    QTest::newRow("animated sticker")
        << QStringLiteral("message-sticker") << QStringLiteral("1100000000000010")
        << QStringLiteral("image/webp") << QString() << false << QStringLiteral("animated");
}

void TestWebhookPayloadParser::testMedia()
{
    QFETCH(QString, fixture);
    QFETCH(QString, flag);
    const WebhookBatch batch = parseFixture(fixture);
    QCOMPARE(batch.messages.size(), 1);
    const QJsonObject media = batch.messages.first().media;
    QTEST(media.value(QLatin1String("id")).toString(), "mediaId");
    QTEST(media.value(QLatin1String("mime_type")).toString(), "mimeType");
    QTEST(media.value(QLatin1String("filename")).toString(), "filename");
    QTEST(media.contains(QLatin1String("url")), "hasUrl");
    QVERIFY(!media.value(QLatin1String("sha256")).toString().isEmpty());
    QCOMPARE(media.value(QLatin1String("caption")).toString(), batch.messages.first().text);
    for (const char* key : {"voice", "animated"}) {
        const bool expected = flag == QLatin1String(key);
        QCOMPARE(media.contains(QLatin1String(key)), expected);
        QCOMPARE(media.value(QLatin1String(key)).toBool(), expected);
    }
}

void TestWebhookPayloadParser::testContext_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("contextId");
    QTest::addColumn<QString>("contextFrom");
    QTest::addColumn<bool>("forwarded");
    QTest::addColumn<bool>("frequentlyForwarded");
    const QString display = QStringLiteral("15550001234");
    const QString ours = QStringLiteral("wamid.HBgLMTU1NTc2NTQzMjEVAgARGBJGQUtFT1VUQk9VTkQ0000%1AA==");
    QTest::newRow("quoted reply") << QStringLiteral("message-context-reply") << ours.arg(QLatin1String("07"))
                                  << display << false << false;
    QTest::newRow("button reply") << QStringLiteral("message-interactive-button-reply")
                                  << ours.arg(QLatin1String("01")) << display << false << false;
    QTest::newRow("template button") << QStringLiteral("message-button") << ours.arg(QLatin1String("04"))
                                     << display << false << false;
    QTest::newRow("forwarded") << QStringLiteral("message-forwarded") << QString() << QString() << true
                               << false;
    QTest::newRow("frequently forwarded")
        << QStringLiteral("message-frequently-forwarded") << QString() << QString() << false << true;
    QTest::newRow("no context") << QStringLiteral("message-text") << QString() << QString() << false << false;
}

void TestWebhookPayloadParser::testContext()
{
    QFETCH(QString, fixture);
    const WebhookBatch batch = parseFixture(fixture);
    QCOMPARE(batch.messages.size(), 1);
    const InboundMessage& message = batch.messages.first();
    QTEST(message.contextMessageId, "contextId");
    QTEST(message.contextFrom, "contextFrom");
    QTEST(message.forwarded, "forwarded");
    QTEST(message.frequentlyForwarded, "frequentlyForwarded");
}

void TestWebhookPayloadParser::testReaction_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("emoji");
    QTest::addColumn<bool>("removed");
    QTest::newRow("added") << QStringLiteral("message-reaction") << QStringLiteral("👍") << false;
    QTest::newRow("removed, emoji key absent")
        << QStringLiteral("message-reaction-removed") << QString() << true;
}

void TestWebhookPayloadParser::testReaction()
{
    QFETCH(QString, fixture);
    const WebhookBatch batch = parseFixture(fixture);
    QCOMPARE(batch.messages.size(), 1);
    const InboundMessage& message = batch.messages.first();
    QTEST(message.text, "emoji");
    QTEST(message.reactionRemoved, "removed");
    QCOMPARE(message.reactedMessageId,
             QStringLiteral("wamid.HBgLMTU1NTc2NTQzMjEVAgARGBJGQUtFT1VUQk9VTkQ000005AA=="));
}

void TestWebhookPayloadParser::testReferral()
{
    const InboundMessage message = parseFixture(QStringLiteral("message-referral")).messages.value(0);
    QVERIFY(message.hasReferral);
    QCOMPARE(message.referral.value(QLatin1String("source_type")).toString(), QStringLiteral("ad"));
    QCOMPARE(message.referral.value(QLatin1String("ctwa_clid")).toString(),
             QStringLiteral("FAKEctwaClid0001"));
    QCOMPARE(message.referral.value(QLatin1String("welcome_message"))
                 .toObject()
                 .value(QLatin1String("text"))
                 .toString(),
             QStringLiteral("Hi! Ask us about the mug sale."));
}

void TestWebhookPayloadParser::testUnsupportedKeepsErrors()
{
    const InboundMessage message = parseFixture(QStringLiteral("message-unsupported")).messages.value(0);
    QCOMPARE(message.errors.size(), 1);
    const QJsonObject error = message.errors.first().toObject();
    QCOMPARE(error.value(QLatin1String("code")).toInt(), 131051);
    QCOMPARE(error.value(QLatin1String("title")).toString(), QStringLiteral("Message type unknown"));
}

void TestWebhookPayloadParser::testUnknownTypeKeptRaw()
{
    const InboundMessage message = parseFixture(QStringLiteral("message-unknown-type")).messages.value(0);
    QCOMPARE(message.type, QStringLiteral("poll_vote"));
    const QJsonArray options = QJsonDocument::fromJson(message.rawJson)
                                   .object()
                                   .value(QLatin1String("poll_vote"))
                                   .toObject()
                                   .value(QLatin1String("selected_options"))
                                   .toArray();
    QCOMPARE(options.size(), 1);
    QCOMPARE(options.first().toObject().value(QLatin1String("title")).toString(), QStringLiteral("Thursday"));
    QVERIFY(message.media.isEmpty());
}

void TestWebhookPayloadParser::testBusinessScopedUserId()
{
    const InboundMessage message = parseFixture(QStringLiteral("message-bsuid")).messages.value(0);
    QVERIFY(message.from.isEmpty());
    QCOMPARE(message.fromUserId, QStringLiteral("US.10000000000000000001"));
    QCOMPARE(message.profileName, QStringLiteral("Dani R."));
    QCOMPARE(message.text, QStringLiteral("Hello from a username user"));
}

void TestWebhookPayloadParser::testStatus_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("pricingCategory");
    QTest::addColumn<QString>("conversationOrigin");
    QTest::addColumn<int>("errorCode");
    QTest::newRow("sent with pricing")
        << QStringLiteral("status-sent-with-pricing") << QStringLiteral("sent")
        << QStringLiteral("2026-01-01T00:01:50Z") << QStringLiteral("service") << QString() << 0;
    QTest::newRow("delivered v23 with conversation")
        << QStringLiteral("status-delivered-v23-with-conversation") << QStringLiteral("delivered")
        << QStringLiteral("2026-01-01T00:01:51Z") << QStringLiteral("utility") << QStringLiteral("utility")
        << 0;
    QTest::newRow("read") << QStringLiteral("status-read") << QStringLiteral("read")
                          << QStringLiteral("2026-01-01T00:01:52Z") << QString() << QString() << 0;
    QTest::newRow("played") << QStringLiteral("status-played") << QStringLiteral("played")
                            << QStringLiteral("2026-01-01T00:01:53Z") << QString() << QString() << 0;
    QTest::newRow("failed with errors")
        << QStringLiteral("status-failed-with-errors") << QStringLiteral("failed")
        << QStringLiteral("2026-01-01T00:01:54Z") << QString() << QString() << 131047;
}

void TestWebhookPayloadParser::testStatus()
{
    QFETCH(QString, fixture);
    QFETCH(QString, pricingCategory);
    QFETCH(QString, conversationOrigin);
    QFETCH(int, errorCode);
    const WebhookBatch batch = parseFixture(fixture);
    QCOMPARE(batch.statuses.size(), 1);
    QVERIFY(batch.messages.isEmpty());
    const StatusUpdate& status = batch.statuses.first();
    QTEST(status.status, "status");
    QTEST(status.timestamp.toString(Qt::ISODate), "timestamp");
    QVERIFY(status.messageId.startsWith(QLatin1String("wamid.")));
    QCOMPARE(status.recipientId, kAna);
    QCOMPARE(status.phoneNumberId, kPhoneNumberId);
    QCOMPARE(status.wabaId, kWabaId);
    QCOMPARE(status.pricing.isEmpty(), pricingCategory.isEmpty());
    QCOMPARE(status.pricing.value(QLatin1String("category")).toString(), pricingCategory);
    QCOMPARE(status.conversation.isEmpty(), conversationOrigin.isEmpty());
    QCOMPARE(
        status.conversation.value(QLatin1String("origin")).toObject().value(QLatin1String("type")).toString(),
        conversationOrigin);
    QCOMPARE(status.errors.isEmpty(), errorCode == 0);
    QCOMPARE(status.errors.at(0).toObject().value(QLatin1String("code")).toInt(), errorCode);
}

void TestWebhookPayloadParser::testValueErrors()
{
    const WebhookBatch batch = parseFixture(QStringLiteral("value-errors"));
    QVERIFY(batch.messages.isEmpty() && batch.statuses.isEmpty());
    QCOMPARE(batch.errors.size(), 1);
    const ValueError& error = batch.errors.first();
    QCOMPARE(error.code, 130429);
    QCOMPARE(error.title, QStringLiteral("Rate limit hit"));
    QCOMPARE(error.message, QStringLiteral("Rate limit hit"));
    QCOMPARE(error.details, QStringLiteral("Cloud API message throughput has been reached."));
    QCOMPARE(error.phoneNumberId, kPhoneNumberId);
    QCOMPARE(error.wabaId, kWabaId);
    QVERIFY(error.raw.contains(QLatin1String("href")));
}

void TestWebhookPayloadParser::testOtherFieldKeptRaw()
{
    const WebhookBatch batch = parseFixture(QStringLiteral("field-account-update"));
    QVERIFY(batch.messages.isEmpty() && batch.statuses.isEmpty() && batch.errors.isEmpty());
    QCOMPARE(batch.otherChanges.size(), 1);
    QCOMPARE(batch.ignoredItems, 0);
    const OtherChange& change = batch.otherChanges.first();
    QCOMPARE(change.field, QStringLiteral("account_update"));
    QCOMPARE(change.wabaId, kWabaId);
    QCOMPARE(change.raw.toObject().value(QLatin1String("event")).toString(),
             QStringLiteral("VERIFIED_ACCOUNT"));
}

void TestWebhookPayloadParser::testBatchMulti()
{
    const WebhookBatch batch = parseFixture(QStringLiteral("batch-multi"));
    QCOMPARE(batch.messages.size(), 4);
    QCOMPARE(batch.statuses.size(), 3);
    QCOMPARE(batch.otherChanges.size(), 1);
    QCOMPARE(batch.errors.size(), 0);
    QCOMPARE(batch.ignoredItems, 0);

    // contacts[] is matched per message, not "the first contact of the value".
    QCOMPARE(batch.messages.at(0).profileName, QStringLiteral("Ana Souza"));
    QCOMPARE(batch.messages.at(1).profileName, QStringLiteral("Bruno Lima"));
    QCOMPARE(batch.messages.at(1).text, QStringLiteral("Oi, tudo bem?"));
    QCOMPARE(batch.messages.at(2).type, QStringLiteral("reaction"));
    QCOMPARE(batch.messages.at(2).text, QStringLiteral("❤️"));
    QCOMPARE(batch.messages.at(3).wabaId, QStringLiteral("100000000000009"));
    QCOMPARE(batch.messages.at(3).phoneNumberId, QStringLiteral("200000000000010"));
    QCOMPARE(batch.messages.at(3).media.value(QLatin1String("mime_type")).toString(),
             QStringLiteral("image/png"));

    QCOMPARE(batch.statuses.at(0).status, QStringLiteral("delivered"));
    QCOMPARE(batch.statuses.at(1).status, QStringLiteral("read"));
    QCOMPARE(batch.statuses.at(2).phoneNumberId, QStringLiteral("200000000000010"));
    QVERIFY(!batch.statuses.at(2).pricing.isEmpty());
    QCOMPARE(batch.otherChanges.first().field, QStringLiteral("message_template_status_update"));
}

void TestWebhookPayloadParser::testSendersByIdOrUserId_data()
{
    // A few senders are scanned, many go through a hash: both must find the same names.
    QTest::addColumn<int>("contacts");
    QTest::newRow("two senders") << 2;
    QTest::newRow("forty senders") << 40;
}

void TestWebhookPayloadParser::testSendersByIdOrUserId()
{
    QFETCH(int, contacts);
    // Contact i has wa_id "wa<i>" and user_id "US.<i>"; the last one repeats the first's wa_id
    // under another name, which must not win (the first contact naming an id does).
    QJsonArray senders;
    for (int i = 0; i < contacts; ++i)
        senders.append(
            QJsonObject{{QStringLiteral("wa_id"), QStringLiteral("wa%1").arg(i)},
                        {QStringLiteral("user_id"), QStringLiteral("US.%1").arg(i)},
                        {QStringLiteral("profile"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Name %1").arg(i)}}}});
    senders.append(QJsonObject{
        {QStringLiteral("wa_id"), QStringLiteral("wa0")},
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Late")}}}});
    const auto message = [](const QString& id, const QString& from, const QString& userId) {
        QJsonObject json{{QStringLiteral("id"), id}, {QStringLiteral("type"), QStringLiteral("text")}};
        if (!from.isEmpty())
            json.insert(QStringLiteral("from"), from);
        if (!userId.isEmpty())
            json.insert(QStringLiteral("from_user_id"), userId);
        return json;
    };
    const int last = contacts - 1;
    const QJsonArray messages{
        message(QStringLiteral("m1"), QStringLiteral("wa0"), {}),
        message(QStringLiteral("m2"), QStringLiteral("wa%1").arg(last), {}),
        message(QStringLiteral("m3"), {}, QStringLiteral("US.%1").arg(last)),
        // Both ids given, of different contacts: the earlier contact's name.
        message(QStringLiteral("m4"), QStringLiteral("wa%1").arg(last), QStringLiteral("US.0")),
        message(QStringLiteral("m5"), QStringLiteral("nobody"), {})};
    const QJsonObject value{{QStringLiteral("contacts"), senders}, {QStringLiteral("messages"), messages}};
    const Result<WebhookBatch> parsed = WebhookPayloadParser::parse(WebhookClient::messagesChange(value));
    QVERIFY(parsed.ok());
    QStringList names;
    for (const InboundMessage& m : parsed.value().messages)
        names << m.profileName;
    QCOMPARE(names,
             (QStringList{QStringLiteral("Name 0"), QStringLiteral("Name %1").arg(last),
                          QStringLiteral("Name %1").arg(last), QStringLiteral("Name 0"), QString()}));
}

void TestWebhookPayloadParser::testUnicodeEscapes()
{
    // The receiver's signature test hashes this file's raw bytes, so it has to stay in the escaped
    // wire form: pure ASCII, with \u00e9 escapes and a surrogate pair for the emoji.
    const QByteArray raw = readFixture(QStringLiteral("unicode-escaped"));
    QVERIFY(raw.contains(R"(caf\u00e9)"));
    QVERIFY(raw.contains(R"(\ud83d\ude00)"));
    QVERIFY(std::all_of(raw.cbegin(), raw.cend(), [](char c) { return uchar(c) < 0x80; }));

    const InboundMessage message = parseFixture(QStringLiteral("unicode-escaped")).messages.value(0);
    QCOMPARE(message.text, QStringLiteral("Olá! O café chegou 😀"));
    QCOMPARE(message.profileName, QStringLiteral("José Araújo"));
}

void TestWebhookPayloadParser::testMalformedBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("ignored");
    QTest::addColumn<int>("kept"); // otherChanges holding what could not be used
    QTest::newRow("not JSON") << QByteArray("hello") << false << 0 << 0 << 0;
    QTest::newRow("truncated") << QByteArray(R"({"entry":[)") << false << 0 << 0 << 0;
    QTest::newRow("array") << QByteArray("[]") << false << 0 << 0 << 0;
    QTest::newRow("number") << QByteArray("42") << false << 0 << 0 << 0;
    QTest::newRow("string") << QByteArray(R"("entry")") << false << 0 << 0 << 0;
    QTest::newRow("empty") << QByteArray() << false << 0 << 0 << 0;
    QTest::newRow("trailing NUL") << QByteArray("{}\0", 3) << false << 0 << 0 << 0;
    QTest::newRow("invalid UTF-8") << QByteArray("{\"entry\":\"\xff\xfe\"}") << false << 0 << 0 << 0;
    QTest::newRow("empty object") << QByteArray("{}") << true << 0 << 0 << 0;
    QTest::newRow("entry is a number") << QByteArray(R"({"entry":5})") << true << 0 << 1 << 0;
    QTest::newRow("entries not objects") << QByteArray(R"({"entry":[1,"x",null,[]]})") << true << 0 << 4 << 0;
    QTest::newRow("changes not objects")
        << QByteArray(R"({"entry":[{"changes":[true,7]}]})") << true << 0 << 2 << 0;
    QTest::newRow("message without id")
        << QByteArray(R"({"entry":[{"changes":[{"value":{"messages":[{"type":"text"}]}}]}]})") << true << 0
        << 1 << 1;
    QTest::newRow("message not an object")
        << QByteArray(R"({"entry":[{"changes":[{"field":"messages","value":{"messages":["wamid.x"]}}]}]})")
        << true << 0 << 1 << 1;
    QTest::newRow("status without status") << QByteArray(
        R"({"entry":[{"changes":[{"field":"messages","value":{"statuses":[{"id":"wamid.x"}]}}]}]})")
                                           << true << 0 << 1 << 1;
    QTest::newRow("messages value not an object")
        << QByteArray(R"({"entry":[{"changes":[{"field":"messages","value":[1]}]}]})") << true << 0 << 1 << 1;
    QTest::newRow("other object type still read") << QByteArray(
        R"({"object":"page","entry":[{"changes":[{"field":"messages","value":{"messages":[{"id":"m1"}]}}]}]})")
                                                  << true << 1 << 0 << 0;
}

void TestWebhookPayloadParser::testMalformedBody()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const Result<WebhookBatch> result = WebhookPayloadParser::parse(body);
    QCOMPARE(result.ok(), ok);
    // The receiver answers from outline(): it must refuse exactly what parse() refuses.
    const Result<WebhookPayloadParser::Outline> outline = WebhookPayloadParser::outline(body);
    QCOMPARE(outline.ok(), ok);
    if (!ok) {
        QCOMPARE(result.error().code, 400);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(outline.error().message, result.error().message);
        return;
    }
    QTEST(int(result.value().messages.size()), "messages");
    QTEST(result.value().ignoredItems, "ignored");
    QTEST(int(result.value().otherChanges.size()), "kept");
}

void TestWebhookPayloadParser::testWrongTypesEverywhere()
{
    const QByteArray body = R"({"object":7,"entry":[{"id":[],"changes":[{"field":"messages","value":{
        "metadata":"x","contacts":{"wa_id":"1"},"messages":[{"id":"wamid.W","from":{},"timestamp":{},"type":"text",
        "text":"not an object","context":[1],"referral":1,"errors":"e"},{"id":"wamid.L","type":"location",
        "location":{"latitude":"north","name":5}}],"statuses":{},"errors":[{"code":"130429","error_data":[]}]}}]}]})";
    const Result<WebhookBatch> result = WebhookPayloadParser::parse(body);
    QVERIFY(result.ok());
    const WebhookBatch& batch = result.value();
    QCOMPARE(batch.messages.size(), 2);
    QCOMPARE(batch.ignoredItems, 1); // "statuses" is not an array
    const InboundMessage& message = batch.messages.first();
    QCOMPARE(message.messageId, QStringLiteral("wamid.W"));
    QVERIFY(message.from.isEmpty() && message.text.isEmpty() && message.wabaId.isEmpty());
    QVERIFY(!message.timestamp.isValid());
    QVERIFY(message.contextMessageId.isEmpty() && !message.hasReferral && message.errors.isEmpty());
    // Numbers where strings belong are read as their digits; other types as nothing.
    QCOMPARE(batch.messages.at(1).text, QStringLiteral("5"));
    QCOMPARE(batch.errors.value(0).code, 130429);
}

void TestWebhookPayloadParser::testTimestamp_data()
{
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QString>("iso");
    QTest::newRow("unix seconds string")
        << QByteArray(R"("1767225605")") << QStringLiteral("2026-01-01T00:00:05Z");
    QTest::newRow("bare number") << QByteArray("1767225605") << QStringLiteral("2026-01-01T00:00:05Z");
    QTest::newRow("epoch") << QByteArray(R"("0")") << QStringLiteral("1970-01-01T00:00:00Z");
    QTest::newRow("garbage") << QByteArray(R"("soon")") << QString();
    QTest::newRow("negative") << QByteArray(R"("-5")") << QString();
    QTest::newRow("fractional number") << QByteArray("1767225605.5") << QString();
    QTest::newRow("past year 9999") << QByteArray(R"("253402300800")") << QString();
    QTest::newRow("overflows int64") << QByteArray(R"("99999999999999999999999")") << QString();
    QTest::newRow("huge number") << QByteArray("1e300") << QString();
    QTest::newRow("object") << QByteArray("{}") << QString();
    QTest::newRow("null") << QByteArray("null") << QString();
}

void TestWebhookPayloadParser::testTimestamp()
{
    QFETCH(QByteArray, timestamp);
    QFETCH(QString, iso);
    const QByteArray body
        = R"({"entry":[{"changes":[{"field":"messages","value":{"messages":[{"id":"m","timestamp":)"
        + timestamp + R"(}],"statuses":[{"id":"s","status":"read","timestamp":)" + timestamp + "}]}}]}]}";
    const Result<WebhookBatch> result = WebhookPayloadParser::parse(body);
    QVERIFY(result.ok());
    const QDateTime messageTime = result.value().messages.value(0).timestamp;
    const QDateTime statusTime = result.value().statuses.value(0).timestamp;
    QCOMPARE(messageTime.isValid(), !iso.isEmpty());
    QCOMPARE(statusTime.isValid(), !iso.isEmpty());
    QCOMPARE(messageTime.toString(Qt::ISODate), iso);
    QCOMPARE(statusTime.toString(Qt::ISODate), iso);
}

void TestWebhookPayloadParser::testHostileInputIsDeterministic_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("messages");
    // Qt's JSON parser refuses nesting beyond 1024 levels, so this is a clean 400, not a stack overflow.
    QTest::newRow("deeply nested") << QByteArray(R"({"entry":)" + QByteArray(100000, '[')
                                                 + QByteArray(100000, ']') + "}")
                                   << false << 0;
    QTest::newRow("nested just under Qt's limit")
        << QByteArray(R"({"entry":[{"changes":[{"value":{"messages":[)" + QByteArray(1000, '[')
                      + QByteArray(1000, ']') + "]}}]}]}")
        << true << 0;
    // JSON wants control characters inside strings escaped; QJsonDocument let a raw NUL through,
    // simdjson refuses it, and the escaped form still reads.
    static const char withNul[]
        = "{\"entry\":[{\"id\":\"a\0b\",\"changes\":[{\"value\":{\"messages\":[{\"id\":\"\0\"}]}}]}]}";
    QTest::newRow("raw NUL inside a string") << QByteArray(withNul, sizeof(withNul) - 1) << false << 0;
    QTest::newRow("escaped NUL inside a string")
        << QByteArray(R"({"entry":[{"id":"a\u0000b","changes":[{"value":{"messages":[{"id":"\u0000"}]}}]}]})")
        << true << 1;
    // Text that is not Unicode, and integers wider than 64 bits: refused, never guessed at.
    QTest::newRow("lone surrogate") << QByteArray(
        R"({"entry":[{"changes":[{"value":{"messages":[{"id":"\ud800","type":"\udfff"}]}}]}]})")
                                    << false << 0;
    QTest::newRow("integer wider than 64 bits")
        << QByteArray(R"({"entry":[{"id":123456789012345678901234567890,"changes":[]}]})") << false << 0;
    QTest::newRow("huge numbers") << QByteArray(
        R"({"entry":[{"id":1e308,"changes":[{"value":{"messages":[{"id":-1e308,"timestamp":-0}],"errors":[{"code":1e300}]}}]}]})")
                                  << true << 1;
    QTest::newRow("many empty entries")
        << (QByteArray(R"({"entry":[)") + QByteArray("{},").repeated(50000) + "{}]}") << true << 0;
}

void TestWebhookPayloadParser::testHostileInputIsDeterministic()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const Result<WebhookBatch> first = WebhookPayloadParser::parse(body);
    const Result<WebhookBatch> second = WebhookPayloadParser::parse(body);
    QCOMPARE(first.ok(), ok);
    QCOMPARE(second.ok(), ok);
    QCOMPARE(first.error().message, second.error().message);
    if (!ok) {
        // The receiver answers with this message, so it must say what is wrong; the outline,
        // which the receiver answers from, refuses exactly the same bodies with the same words.
        QCOMPARE(first.error().code, 400);
        QVERIFY2(first.error().message.startsWith(QLatin1String("The webhook body is not valid JSON (")),
                 qPrintable(first.error().message));
        QCOMPARE(WebhookPayloadParser::outline(body).error().message, first.error().message);
        return;
    }
    QTEST(int(first.value().messages.size()), "messages");
    QCOMPARE(first.value().messages.size(), second.value().messages.size());
    QCOMPARE(first.value().ignoredItems, second.value().ignoredItems);
    for (const InboundMessage& message : first.value().messages)
        QVERIFY(!message.messageId.isEmpty());
}

QTEST_GUILESS_MAIN(TestWebhookPayloadParser)
#include "TestWebhookPayloadParser.moc"
