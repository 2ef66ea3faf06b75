// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/ChannelWire.h"
#include "wire/MessageWire.h"
#include "wire/WireValues.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace ChannelDesk;

// Every sample sets every member to something other than its default, so a member the codec drops
// in either direction comes back as the default and fails the comparison.

namespace {

QDateTime at(int step)
{
    // Milliseconds on purpose: the wire must keep them.
    return QDateTime(QDate(2026, 3, 1), QTime(12, 34, 56, 789), Qt::UTC).addMSecs(qint64(step) * 1001);
}

#define SAME(member) QCOMPARE(actual.member, expected.member)
#define SAME_ENUM(member) QCOMPARE(int(actual.member), int(expected.member))

void same(const Error& actual, const Error& expected)
{
    SAME(code);
    SAME(message);
}

void same(const Channel& actual, const Channel& expected)
{
    SAME(id);
    SAME(name);
    SAME(kind);
    SAME(enabled);
    SAME(fields);
    SAME(createdAt);
    SAME(updatedAt);
}

void same(const ChannelDraft& actual, const ChannelDraft& expected)
{
    same(actual.channel, expected.channel);
    SAME(secrets);
}

void same(const ChannelState& actual, const ChannelState& expected)
{
    SAME(channelId);
    SAME(name);
    SAME_ENUM(state);
    SAME(degraded);
    SAME(reason);
    SAME(since);
    SAME(reconnectsLastHour);
    SAME(reconnects);
    SAME(tokenExpiresAt);
    SAME(temporaryToken);
    SAME(lastError);
    SAME(lastErrorAt);
}

void same(const ChannelActivity& actual, const ChannelActivity& expected)
{
    SAME(channelId);
    SAME(lastInbound);
    SAME(lastOutbound);
    SAME(lastStatus);
    SAME(inToday);
    SAME(outToday);
    SAME(failedToday);
    SAME(rejectedLastHour);
    SAME(badSignaturesLastHour);
    SAME(usualInboundPerHour);
    SAME(eventsLastHour);
    SAME(lastError);
    SAME(lastErrorAt);
    SAME(firstTrafficAfterError);
    SAME(trafficStart);
    SAME(traffic);
}

void same(const GraphError& actual, const GraphError& expected)
{
    SAME_ENUM(kind);
    SAME(httpStatus);
    SAME(code);
    SAME(subcode);
    SAME(transient);
    SAME(type);
    SAME(message);
    SAME(details);
    SAME(userTitle);
    SAME(userMessage);
    SAME(fbtraceId);
    SAME(body);
}

void same(const CloudHealth& actual, const CloudHealth& expected)
{
    SAME(phoneNumberId);
    SAME(displayNumber);
    SAME(verifiedName);
    SAME(qualityRating);
    SAME(messagingLimit);
    SAME(throughputLevel);
    QCOMPARE(actual.token.has_value(), expected.token.has_value());
    if (expected.token) {
        SAME(token->type);
        SAME(token->appId);
        SAME(token->application);
        SAME(token->expiresAt);
        SAME(token->issuedAt);
        SAME(token->dataAccessExpiresAt);
        SAME(token->scopes);
        SAME(token->valid);
    }
    same(actual.phoneError, expected.phoneError);
    same(actual.tokenError, expected.tokenError);
    SAME(checkedAt);
}

void same(const ChannelEvent& actual, const ChannelEvent& expected)
{
    SAME(channelId);
    SAME(at);
    SAME(kind);
    SAME(reason);
    SAME(detail);
    SAME(remote);
    SAME(count);
    SAME(lastAt);
    SAME(lastDetail);
}

void same(const ReceiverStatus& actual, const ReceiverStatus& expected)
{
    SAME_ENUM(state);
    SAME(text);
    SAME(details);
    SAME(listenAddress);
    SAME(port);
    SAME(servedChannels);
    SAME(backlog);
    SAME(unservedChannels);
    SAME(channelsSettled);
}

void same(const ApiServerStatus& actual, const ApiServerStatus& expected)
{
    SAME_ENUM(state);
    SAME(url);
    SAME(error);
}

void same(const LinkStatus& actual, const LinkStatus& expected)
{
    SAME_ENUM(state);
    SAME(gatewayState);
    SAME(reason);
    SAME_ENUM(problem);
    SAME(reconnectAttempt);
    SAME(maxAttempts);
    SAME(selfId);
    SAME(selfName);
    SAME(since);
    SAME(needsNewScan);
}

void same(const PairingQr& actual, const PairingQr& expected)
{
    SAME(raw);
    SAME(image);
    SAME(sequence);
    SAME(maxCodes);
    SAME(receivedAt);
    SAME(expiresAt);
}

void same(const ConnectionCheckRequest& actual, const ConnectionCheckRequest& expected)
{
    SAME(channelId);
    SAME(phoneNumberId);
    SAME(graphBaseUrl);
    SAME(apiVersion);
    SAME(accessToken);
    SAME(timeoutMs);
}

void same(const ConnectionCheck& actual, const ConnectionCheck& expected)
{
    SAME_ENUM(outcome);
    SAME(info.id);
    SAME(info.displayPhoneNumber);
    SAME(info.verifiedName);
    SAME(info.qualityRating);
    SAME(info.codeVerificationStatus);
    SAME(info.platformType);
    SAME(info.throughputLevel);
    SAME(successText);
    SAME(warnings);
    SAME(failureText);
    SAME(details);
}

void same(const SecretResult& actual, const SecretResult& expected)
{
    SAME_ENUM(code);
    SAME(value);
    SAME(errorString);
}

void same(const ApiKeyInfo& actual, const ApiKeyInfo& expected)
{
    SAME(name);
    SAME_ENUM(role);
    SAME(createdAt);
    SAME(lastUsedAt);
    SAME(ratePerMinute);
}

void same(const NewApiKey& actual, const NewApiKey& expected)
{
    SAME(key);
    same(actual.info, expected.info);
}

void same(const AuditEntry& actual, const AuditEntry& expected)
{
    SAME(id);
    SAME(at);
    SAME(keyName);
    SAME(remote);
    SAME(action);
    SAME(target);
    SAME(result);
}

void same(const RefusalCount& actual, const RefusalCount& expected)
{
    SAME(minute);
    SAME(keyName);
    SAME(remote);
    SAME(status);
    SAME(count);
}

void same(const ConversationRow& actual, const ConversationRow& expected)
{
    SAME(id);
    SAME(channelId);
    SAME(peer);
    SAME(peerName);
    SAME(lastMessageAt);
    SAME(lastInboundAt);
    SAME(lastPreview);
    SAME(lastType);
    SAME(lastDirection);
    SAME(unreadCount);
    SAME(windowClosedByMeta);
}

void same(const ConversationKey& actual, const ConversationKey& expected)
{
    SAME(lastMessageAt);
    SAME(id);
}

void same(const MessageKey& actual, const MessageKey& expected)
{
    SAME(timestamp);
    SAME(id);
}

void same(const MessageRow& actual, const MessageRow& expected)
{
    SAME(id);
    SAME(conversationId);
    SAME(channelId);
    SAME(wamid);
    SAME(direction);
    SAME(type);
    SAME(subtype);
    SAME(text);
    SAME(media);
    SAME(contextId);
    SAME(timestamp);
    SAME(status);
    SAME(statusAt);
    SAME(sentBy);
    SAME(quotedDirection);
    SAME(quotedType);
    SAME(quotedText);
    SAME(reactionIn);
    SAME(reactionOut);
    SAME(content);
}

void same(const SearchHit& actual, const SearchHit& expected)
{
    SAME(messageId);
    SAME(conversationId);
    SAME(channelId);
    SAME(peer);
    SAME(peerName);
    SAME(snippet);
    SAME(timestamp);
    SAME(direction);
    SAME(type);
}

// OutboundContent has its own tests; here it only has to arrive whole.
void same(const OutboundContent& actual, const OutboundContent& expected)
{
    QCOMPARE(actual.toJson(), expected.toJson());
}

void same(const SendRequest& actual, const SendRequest& expected)
{
    SAME(reference);
    SAME(channelId);
    SAME(to);
    same(actual.content, expected.content);
    SAME(source);
    SAME(sentBy);
}

void same(const SendRefusal& actual, const SendRefusal& expected)
{
    SAME_ENUM(code);
    SAME(message);
    SAME(freesAt);
}

void same(const OutboundItem& actual, const OutboundItem& expected)
{
    SAME(id);
    SAME(channelId);
    SAME(peer);
    same(actual.content, expected.content);
    SAME(state);
    SAME(messageId);
    SAME(attempts);
    SAME(nextAttemptAt);
    SAME(errorCode);
    SAME(error);
    SAME(source);
    SAME(sentBy);
    SAME(createdAt);
    SAME(updatedAt);
    SAME(acceptedAt);
    SAME(statusHistory);
}

void same(const ServiceWindow& actual, const ServiceWindow& expected)
{
    SAME(lastInbound);
    SAME(closedByMeta);
}

void same(const SendUsage& actual, const SendUsage& expected)
{
    SAME(today);
    SAME(maxPerDay);
    SAME(busiestRecipientHour);
    SAME(busiestRecipient);
}

void same(const TemplateInfo& actual, const TemplateInfo& expected)
{
    SAME(id);
    SAME(name);
    SAME(language);
    SAME(status);
    SAME(category);
    SAME(parameterFormat);
    SAME(bodyText);
    SAME(bodyParameterCount);
    SAME(bodyParameterNames);
}

#undef SAME
#undef SAME_ENUM

//! Through JSON text, as the wire carries it, and back.
template <typename T> void roundTrip(const T& value)
{
    const QByteArray text = QJsonDocument(toWire(value)).toJson(QJsonDocument::Compact);
    const QJsonDocument document = QJsonDocument::fromJson(text);
    QVERIFY2(document.isObject(), text.constData());
    T decoded;
    QVERIFY2(fromWire(document.object(), &decoded), text.constData());
    same(decoded, value);
}

//! Not an object, or any one key of the encoded value with a JSON type it cannot have.
template <typename T> void refusesBadShapes(const T& value)
{
    T decoded;
    QVERIFY(!fromWire(QJsonValue(), &decoded));
    QVERIFY(!fromWire(QJsonValue(7), &decoded));
    QVERIFY(!fromWire(QJsonValue(QStringLiteral("{}")), &decoded));
    QVERIFY(!fromWire(QJsonArray{toWire(value)}, &decoded));

    const QJsonObject json = toWire(value);
    QVERIFY(!json.isEmpty());
    for (auto it = json.begin(); it != json.end(); ++it) {
        QJsonObject broken = json;
        broken.insert(it.key(), it.value().isString() ? QJsonValue(12) : QJsonValue(QStringLiteral("12")));
        QVERIFY2(!fromWire(broken, &decoded), qPrintable(it.key()));
    }
}

template <typename T> void check(const T& value)
{
    roundTrip(value);
    if (QTest::currentTestFailed())
        return;
    refusesBadShapes(value);
}

//! words[i] is the word of E(i); each survives the trip, and a word not in the list is refused.
template <typename T, typename E> void checkWords(E T::*member, const char* key, const QStringList& words)
{
    for (int i = 0; i < words.size(); ++i) {
        T value;
        value.*member = E(i);
        const QJsonObject json = toWire(value);
        QCOMPARE(json.value(QLatin1String(key)).toString(), words.at(i));
        T decoded;
        decoded.*member = E((i + 1) % words.size());
        QVERIFY(fromWire(json, &decoded));
        QCOMPARE(int(decoded.*member), i);
    }
    QJsonObject json = toWire(T());
    json.insert(QLatin1String(key), QStringLiteral("no-such-word"));
    T decoded;
    QVERIFY(!fromWire(json, &decoded));
}

template <typename T> bool decodes(const QJsonObject& json)
{
    T decoded;
    return fromWire(json, &decoded);
}

//! sample with key of its encoding replaced by replacement.
template <typename T> QJsonObject with(const T& sample, const char* key, const QJsonValue& replacement)
{
    QJsonObject json = toWire(sample);
    json.insert(QLatin1String(key), replacement);
    return json;
}

Channel sampleChannel()
{
    return Channel{QStringLiteral("support"),
                   QStringLiteral("Support line"),
                   ChannelKinds::whatsAppCloud(),
                   false,
                   QJsonObject{{QStringLiteral("phoneNumberId"), QStringLiteral("1055")},
                               {QStringLiteral("nested"), QJsonObject{{QStringLiteral("n"), 3}}}},
                   at(1),
                   at(2)};
}

ChannelDraft sampleDraft()
{
    ChannelDraft draft{sampleChannel(), {}};
    draft.secrets.insert(QStringLiteral("accessToken"), QStringLiteral("EAAB secret ✓"));
    draft.secrets.insert(QStringLiteral("appSecret"), QStringLiteral("s3cr3t"));
    return draft;
}

GraphError sampleGraphError(GraphError::Kind kind, int code)
{
    return GraphError{kind,
                      400,
                      code,
                      2494010,
                      true,
                      QStringLiteral("OAuthException"),
                      QStringLiteral("Invalid parameter"),
                      QStringLiteral("details"),
                      QStringLiteral("Title"),
                      QStringLiteral("User message"),
                      QStringLiteral("AbCdEf"),
                      QStringLiteral("{\"error\":{}}")};
}

CloudHealth sampleHealth()
{
    TokenInfo token;
    token.type = QStringLiteral("SYSTEM_USER");
    token.appId = QStringLiteral("4242");
    token.application = QStringLiteral("Desk app");
    token.expiresAt = at(10);
    token.issuedAt = at(11);
    token.dataAccessExpiresAt = at(12);
    token.scopes = QStringList{QStringLiteral("whatsapp_business_messaging"), QStringLiteral("business")};
    token.valid = true;
    return CloudHealth{QStringLiteral("1055"),
                       QStringLiteral("+1 555-000-1234"),
                       QStringLiteral("Acme Support"),
                       QStringLiteral("YELLOW"),
                       QStringLiteral("TIER_250"),
                       QStringLiteral("HIGH"),
                       token,
                       sampleGraphError(GraphError::Kind::Api, 100),
                       sampleGraphError(GraphError::Kind::Tls, 0),
                       at(13)};
}

OutboundContent sampleContent()
{
    OutboundContent content;
    content.kind = OutboundContent::Kind::Buttons;
    content.text = QStringLiteral("Pick one");
    content.header = QStringLiteral("Header");
    content.footer = QStringLiteral("Footer");
    content.buttons
        = {{QStringLiteral("yes"), QStringLiteral("Yes")}, {QStringLiteral("no"), QStringLiteral("No")}};
    content.targetMessageId = QStringLiteral("wamid.QUOTE");
    return content;
}

OutboundItem sampleItem()
{
    OutboundItem item;
    item.id = 77;
    item.channelId = QStringLiteral("support");
    item.peer = QStringLiteral("15557654321");
    item.content = sampleContent();
    item.state = QStringLiteral("delivered");
    item.messageId = QStringLiteral("wamid.ABC");
    item.attempts = 2;
    item.nextAttemptAt = at(30);
    item.errorCode = 131047;
    item.error = QStringLiteral("Re-engagement message");
    item.source = QStringLiteral("cli");
    item.sentBy = QStringLiteral("ops");
    item.createdAt = at(31);
    item.updatedAt = at(32);
    item.acceptedAt = at(33);
    item.statusHistory = {{QStringLiteral("sent"), at(34)}, {QStringLiteral("delivered"), at(35)}};
    return item;
}

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testTimes();
    void testError();
    void testChannelTypes();
    void testHealthTypes();
    void testAdminTypes();
    void testConversationTypes();
    void testSendTypes();
    void testEnumWords();
    void testNestedValuesAreChecked();
    void testNumbersMustFit();
    void testAbsentKeysKeepDefaults();
    void testArrays();
    void testSecretsAndImageSurvive();
    void testTrafficShapeIsChecked();
};

void TestWire::testTimes()
{
    QCOMPARE(wireTime(at(0)), QJsonValue(qint64(1772368496789)));
    QVERIFY(wireTime(QDateTime()).isNull());
    const QDateTime local(QDate(2026, 3, 1), QTime(13, 34, 56, 789), QTimeZone(3600));
    QCOMPARE(wireTime(local), QJsonValue(qint64(1772368496789)));

    const QDateTime decoded = wireTimeFrom(QJsonValue(1772368496789.0));
    QCOMPARE(decoded, at(0));
    QCOMPARE(decoded.timeSpec(), Qt::UTC);
    QVERIFY(!wireTimeFrom(QJsonValue()).isValid());
    QVERIFY(!wireTimeFrom(QJsonValue(QJsonValue::Undefined)).isValid());
    QVERIFY(!wireTimeFrom(QJsonValue(QStringLiteral("1772368496789"))).isValid());
    QVERIFY(!wireTimeFrom(QJsonValue(1e300)).isValid());

    // A null time decodes invalid, even over a value that was set.
    Channel channel = sampleChannel();
    QVERIFY(fromWire(QJsonObject{{QStringLiteral("created_at"), QJsonValue::Null}}, &channel));
    QVERIFY(!channel.createdAt.isValid());
    QCOMPARE(channel.updatedAt, at(2));
    QVERIFY(toWire(channel).value(QStringLiteral("created_at")).isNull());
}

void TestWire::testError()
{
    check(Error{412, QStringLiteral("Precondition “failed”")});
}

void TestWire::testChannelTypes()
{
    check(sampleChannel());
    check(sampleDraft());
    check(ChannelState{QStringLiteral("support"), QStringLiteral("Support line"), LinkState::AwaitingScan,
                       true, QStringLiteral("no traffic"), at(3), 4, 9, at(4), true,
                       QStringLiteral("gateway said no"), at(5)});
    check(ChannelActivity{QStringLiteral("support"), at(6), at(7), at(8), 11, 12, 3, 4, 2, 1.25, 17,
                          QStringLiteral("Meta error"), at(9)});
    ChannelActivity charted{QStringLiteral("support"),    at(6), at(7),  at(8), 11, 12, 3, 4, 2, 1.25, 17,
                            QStringLiteral("Meta error"), at(9), at(10), at(1)};
    charted.traffic = QList<TrafficHour>(ChannelActivity::TrafficHours);
    charted.traffic[0] = {4, 5, 6};
    charted.traffic[23] = {100000, 0, 1};
    check(charted);
    check(ChannelEvent{QStringLiteral("support"), at(14), QStringLiteral("rejected"),
                       QStringLiteral("bad-signature"), QStringLiteral("signature mismatch"),
                       QStringLiteral("192.0.2.7")});
    check(ChannelEvent{QStringLiteral("support"), at(14), QStringLiteral("rejected"),
                       QStringLiteral("missing-signature"), QStringLiteral("first"),
                       QStringLiteral("192.0.2.7"), 4200, at(15), QStringLiteral("last")});
    check(ReceiverStatus{ReceiverStatus::State::Running,
                         QStringLiteral("Receiving on 127.0.0.1:8645 — 2 channels"),
                         QStringLiteral("details"),
                         QStringLiteral("127.0.0.1:8645"),
                         8645,
                         2,
                         qint64(1) << 40,
                         {QStringLiteral("sales"), QStringLiteral("billing")},
                         true});
    check(ApiServerStatus{ApiServerStatus::State::Failed, QStringLiteral("http://127.0.0.1:8646"),
                          QStringLiteral("address in use")});
    check(LinkStatus{LinkState::LoggedOut, QStringLiteral("SCAN_QR_CODE"),
                     QStringLiteral("removed on the phone"), TransportProblem::GatewayError, 3, 7,
                     QStringLiteral("15551234567@c.us"), QStringLiteral("Acme"), at(15), true});
    check(PairingQr{QStringLiteral("2@AbC"), QByteArray("\x89PNG\0\xff", 6), 2, 6, at(16), at(17)});
}

void TestWire::testHealthTypes()
{
    check(sampleHealth());

    CloudHealth withoutToken = sampleHealth();
    withoutToken.token.reset();
    QVERIFY(toWire(withoutToken).value(QStringLiteral("token")).isNull());
    CloudHealth decoded = sampleHealth();
    QVERIFY(fromWire(toWire(withoutToken), &decoded));
    QVERIFY(!decoded.token.has_value());

    check(ConnectionCheckRequest{QStringLiteral("support"), QStringLiteral("1055"),
                                 QUrl(QStringLiteral("http://127.0.0.1:9000/graph")), QStringLiteral("v21.0"),
                                 QStringLiteral("EAAB"), 2500});
    ConnectionCheck connection;
    connection.outcome = ConnectionCheck::Outcome::Cancelled;
    connection.info = PhoneNumberInfo{QStringLiteral("1055"),         QStringLiteral("+1 555-000-1234"),
                                      QStringLiteral("Acme Support"), QStringLiteral("GREEN"),
                                      QStringLiteral("VERIFIED"),     QStringLiteral("CLOUD_API"),
                                      QStringLiteral("STANDARD")};
    connection.successText = QStringLiteral("Connected to Acme Support");
    connection.warnings = {QStringLiteral("temporary token"), QStringLiteral("no webhook")};
    connection.failureText = QStringLiteral("failure");
    connection.details = QStringLiteral("raw");
    check(connection);
}

void TestWire::testAdminTypes()
{
    check(SecretResult{SecretResult::Code::AccessDenied, QStringLiteral("value"), QStringLiteral("denied")});
    const ApiKeyInfo info{QStringLiteral("ops"), ApiRole::Operator, at(20), at(21), 42};
    check(info);
    check(NewApiKey{QStringLiteral("cdk_0123456789"), info});
    check(AuditEntry{qint64(1) << 35, at(22), QStringLiteral("ops"), QStringLiteral("192.0.2.1"),
                     QStringLiteral("send"), QStringLiteral("support"), QStringLiteral("ok")});
    check(RefusalCount{at(23), QStringLiteral("ops"), QStringLiteral("192.0.2.2"), 429, 17});
}

void TestWire::testConversationTypes()
{
    check(ConversationRow{5, QStringLiteral("support"), QStringLiteral("15557654321"), QStringLiteral("Ann"),
                          at(24), at(25), QStringLiteral("hi"), QStringLiteral("text"), QStringLiteral("in"),
                          3});
    check(ConversationRow{5, QStringLiteral("support"), QStringLiteral("15557654321"), QStringLiteral("Ann"),
                          at(24), at(25), QStringLiteral("hi"), QStringLiteral("text"), QStringLiteral("in"),
                          3, true, at(28), QStringLiteral("ops")});
    ConversationRow closed;
    closed.id = 6;
    closed.windowClosedByMeta = true;
    check(closed);
    // An older server's row has no handoff members: not taken over.
    QJsonObject old = toWire(ConversationRow{5,
                                             QStringLiteral("support"),
                                             QStringLiteral("1555"),
                                             {},
                                             at(24),
                                             at(25),
                                             {},
                                             {},
                                             {},
                                             0,
                                             true,
                                             at(28),
                                             QStringLiteral("ops")});
    for (const char* key : {"taken_over", "taken_over_at", "taken_over_by"})
        old.remove(QLatin1String(key));
    ConversationRow decoded;
    QVERIFY(fromWire(old, &decoded));
    QVERIFY(!decoded.takenOver && !decoded.takenOverAt.isValid() && decoded.takenOverBy.isEmpty());
    check(ConversationKey{1772368496789, 6});
    check(MessageKey{1772368496790, 7});
    MessageRow row;
    row.id = 8;
    row.conversationId = 5;
    row.channelId = QStringLiteral("support");
    row.wamid = QStringLiteral("wamid.XYZ");
    row.direction = QStringLiteral("out");
    row.type = QStringLiteral("image");
    row.subtype = QStringLiteral("sticker");
    row.text = QStringLiteral("caption");
    row.media = QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")}, {QStringLiteral("size"), 1024}};
    row.contextId = QStringLiteral("wamid.CTX");
    row.timestamp = at(26);
    row.status = QStringLiteral("read");
    row.statusAt = at(27);
    row.sentBy = QStringLiteral("ops");
    row.content = QJsonObject{{QStringLiteral("kind"), QStringLiteral("template")},
                              {QStringLiteral("templateName"), QStringLiteral("order_shipped")},
                              {QStringLiteral("templateBody"), QStringLiteral("Hi Li Wei")}};
    check(row);
    row.quotedDirection = QStringLiteral("in");
    row.quotedType = QStringLiteral("text");
    row.quotedText = QStringLiteral("Where is my order?");
    row.reactionIn = QStringLiteral("👍");
    row.reactionOut = QStringLiteral("❤️");
    check(row);
    check(SearchHit{8, 5, QStringLiteral("support"), QStringLiteral("15557654321"), QStringLiteral("Ann"),
                    QStringLiteral("a \u0002match\u0003 here"), at(28), QStringLiteral("in"),
                    QStringLiteral("text")});
}

void TestWire::testSendTypes()
{
    check(SendRequest{QStringLiteral("ref-1"), QStringLiteral("support"), QStringLiteral("+49 151 2345-678"),
                      sampleContent(), QStringLiteral("gui"), QStringLiteral("ops")});
    check(SendRefusal{SendCode::RateLimited, QStringLiteral("slow down"), at(29)});
    check(sampleItem());
    check(ServiceWindow{at(36), true});
    check(SendUsage{12, 1000, 4, QStringLiteral("15557654321")});
    TemplateInfo info;
    info.id = QStringLiteral("t1");
    info.name = QStringLiteral("order_update");
    info.language = QStringLiteral("en_US");
    info.status = QStringLiteral("PAUSED");
    info.category = QStringLiteral("UTILITY");
    info.parameterFormat = QStringLiteral("NAMED");
    info.bodyText = QStringLiteral("Order {{order_id}} is {{state}}");
    info.bodyParameterCount = 2;
    info.bodyParameterNames = {QStringLiteral("order_id"), QStringLiteral("state")};
    check(info);
}

void TestWire::testEnumWords()
{
    const auto words = [](const char* list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); };
    const QStringList linkStates = words(
        "unknown starting awaiting-scan awaiting-code authenticating connected reconnecting logged-out "
        "failed stopped");
    checkWords(&ChannelState::state, "state", linkStates);
    checkWords(&LinkStatus::state, "state", linkStates);
    checkWords(&LinkStatus::problem, "problem",
               words("none auth-rejected unreachable gateway-error gave-up"));
    checkWords(&ReceiverStatus::state, "state", words("loading stopped starting running failed"));
    checkWords(&ApiServerStatus::state, "state", words("off running failed"));
    checkWords(&SecretResult::code, "code", words("ok not-found no-backend access-denied failed"));
    checkWords(&ConnectionCheck::outcome, "outcome", words("ok failed cancelled"));
    checkWords(&ApiKeyInfo::role, "role", words("viewer sender operator admin"));
    checkWords(
        &SendRefusal::code, "code",
        words(
            "OK NOT_CONNECTED RATE_LIMITED INVALID_NUMBER WINDOW_CLOSED OPTED_OUT SEND_FAILED AUTH_FAILED"));

    const QStringList kinds = words("none api http timeout tls network malformed cancelled");
    for (int i = 0; i < kinds.size(); ++i) {
        CloudHealth health;
        health.tokenError.kind = GraphError::Kind(i);
        const QJsonObject json = toWire(health);
        QCOMPARE(
            json.value(QStringLiteral("token_error")).toObject().value(QStringLiteral("kind")).toString(),
            kinds.at(i));
        CloudHealth decoded;
        QVERIFY(fromWire(json, &decoded));
        QCOMPARE(int(decoded.tokenError.kind), i);
    }
}

void TestWire::testNestedValuesAreChecked()
{
    const CloudHealth health = sampleHealth();
    QJsonObject token = toWire(health).value(QStringLiteral("token")).toObject();
    QVERIFY(decodes<CloudHealth>(with(health, "token", token)));
    token.insert(QStringLiteral("scopes"), QJsonArray{QStringLiteral("a"), 1});
    QVERIFY(!decodes<CloudHealth>(with(health, "token", token)));
    QVERIFY(!decodes<CloudHealth>(
        with(health, "phone_error", QJsonObject{{QStringLiteral("kind"), QStringLiteral("oops")}})));
    QVERIFY(!decodes<CloudHealth>(
        with(health, "token_error", QJsonObject{{QStringLiteral("code"), QStringLiteral("1")}})));

    QVERIFY(!decodes<ConnectionCheck>(
        with(ConnectionCheck(), "info", QJsonObject{{QStringLiteral("id"), 1055}})));
    QVERIFY(!decodes<ChannelDraft>(
        with(sampleDraft(), "secrets", QJsonObject{{QStringLiteral("appSecret"), 1}})));
    QVERIFY(
        !decodes<ChannelDraft>(with(sampleDraft(), "channel", QJsonObject{{QStringLiteral("enabled"), 1}})));
    QVERIFY(!decodes<NewApiKey>(
        with(NewApiKey(), "info", QJsonObject{{QStringLiteral("role"), QStringLiteral("king")}})));
    QVERIFY(!decodes<ReceiverStatus>(
        with(ReceiverStatus(), "unserved_channels", QJsonArray{QStringLiteral("a"), true})));

    const OutboundItem item = sampleItem();
    QVERIFY(!decodes<OutboundItem>(
        with(item, "content", QJsonObject{{QStringLiteral("kind"), QStringLiteral("fax")}})));
    QVERIFY(!decodes<SendRequest>(
        with(SendRequest(), "content", QJsonObject{{QStringLiteral("kind"), QStringLiteral("fax")}})));
    QVERIFY(!decodes<OutboundItem>(with(item, "status_history", QJsonArray{5})));
    QVERIFY(
        !decodes<OutboundItem>(with(item, "status_history",
                                    QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("sent")},
                                                           {QStringLiteral("at"), QStringLiteral("now")}}})));
}

void TestWire::testNumbersMustFit()
{
    const ConversationRow row;
    QVERIFY(decodes<ConversationRow>(with(row, "unread_count", 2.0)));
    QVERIFY(!decodes<ConversationRow>(with(row, "unread_count", 1.5)));
    QVERIFY(!decodes<ConversationRow>(with(row, "unread_count", 3e9)));
    QVERIFY(!decodes<ConversationRow>(with(row, "id", 0.5)));
    QVERIFY(decodes<ReceiverStatus>(with(ReceiverStatus(), "port", 65535)));
    QVERIFY(!decodes<ReceiverStatus>(with(ReceiverStatus(), "port", 65536)));
    QVERIFY(!decodes<ReceiverStatus>(with(ReceiverStatus(), "port", -1)));

    MessageKey key;
    QVERIFY(fromWire(QJsonDocument::fromJson("{\"timestamp\": 9007199254740993, \"id\": 1}").object(), &key));
    QCOMPARE(key.timestamp, Q_INT64_C(9007199254740993));
}

void TestWire::testAbsentKeysKeepDefaults()
{
    LinkStatus status;
    status.maxAttempts = 9;
    status.problem = TransportProblem::GaveUp;
    status.since = at(40);
    QVERIFY(fromWire(QJsonObject{{QStringLiteral("reason"), QStringLiteral("new")}}, &status));
    QCOMPARE(status.reason, QStringLiteral("new"));
    QCOMPARE(status.maxAttempts, 9);
    QCOMPARE(int(status.problem), int(TransportProblem::GaveUp));
    QCOMPARE(status.since, at(40));
}

void TestWire::testArrays()
{
    const QList<AuditEntry> entries{
        AuditEntry{1, at(41), QStringLiteral("ops"), QStringLiteral("cli"), QStringLiteral("send"),
                   QStringLiteral("support"), QStringLiteral("ok")},
        AuditEntry{2, at(42), QStringLiteral("admin"), QStringLiteral("192.0.2.3"),
                   QStringLiteral("key.create"), QStringLiteral("bot"), QStringLiteral("refused")},
    };
    const QJsonArray array = toWireArray(entries);
    QCOMPARE(array.size(), 2);

    QList<AuditEntry> decoded{AuditEntry()};
    QVERIFY(fromWireArray(array, &decoded));
    QCOMPARE(decoded.size(), entries.size());
    for (int i = 0; i < entries.size(); ++i)
        same(decoded.at(i), entries.at(i));

    QJsonArray broken = array;
    broken.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("3")}});
    QVERIFY(!fromWireArray(broken, &decoded));
    QVERIFY(!fromWireArray(QJsonArray{toWire(entries.first()), 3}, &decoded));
    QVERIFY(!fromWireArray(QJsonValue(toWire(entries.first())), &decoded));

    QList<AuditEntry> none{AuditEntry()};
    QVERIFY(fromWireArray(QJsonArray(), &none));
    QVERIFY(none.isEmpty());
}

void TestWire::testSecretsAndImageSurvive()
{
    const ChannelDraft draft = sampleDraft();
    const QJsonObject secrets = toWire(draft).value(QStringLiteral("secrets")).toObject();
    QCOMPARE(secrets.value(QStringLiteral("appSecret")).toString(), QStringLiteral("s3cr3t"));
    ChannelDraft decoded;
    QVERIFY(fromWire(toWire(draft), &decoded));
    QCOMPARE(decoded.secrets, draft.secrets);

    QByteArray png;
    for (int i = 0; i < 256; ++i)
        png.append(char(i));
    const PairingQr qr{{}, png, 1, 0, {}, {}};
    const QJsonObject json = toWire(qr);
    QCOMPARE(json.value(QStringLiteral("image")).toString(), QString::fromLatin1(png.toBase64()));
    PairingQr back;
    QVERIFY(fromWire(json, &back));
    QCOMPARE(back.image, png);
    QVERIFY(!decodes<PairingQr>(with(qr, "image", QStringLiteral("not base64!"))));
}

QTEST_GUILESS_MAIN(TestWire)
void TestWire::testTrafficShapeIsChecked()
{
    ChannelActivity sample{};
    sample.channelId = QStringLiteral("support");
    sample.traffic = QList<TrafficHour>(ChannelActivity::TrafficHours);
    const QJsonObject good = toWire(sample);
    ChannelActivity read;
    QVERIFY(fromWire(good, &read));
    QCOMPARE(read.traffic.size(), ChannelActivity::TrafficHours);

    // A server from before the chart: no traffic at all is an empty chart.
    QJsonObject older = good;
    older.remove(QStringLiteral("traffic"));
    QVERIFY(fromWire(older, &read));
    QVERIFY(read.traffic.isEmpty());

    const QJsonArray triple{1, 2, 3};
    const QJsonValue bad[] = {
        QJsonArray{QJsonArray{1, 2}}, // not a triple
        QJsonArray{QJsonArray{1, -2, 3}}, // a negative count
        QJsonArray{QJsonArray{1, QStringLiteral("2"), 3}}, // not a number
        QJsonValue(QStringLiteral("24 hours")), // not an array
    };
    for (const QJsonValue& traffic : bad) {
        QJsonObject json = good;
        json.insert(QStringLiteral("traffic"), traffic);
        QVERIFY2(!fromWire(json, &read), QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    }
    QJsonArray tooMany;
    for (int i = 0; i <= ChannelActivity::TrafficHours; ++i)
        tooMany.append(triple);
    QJsonObject json = good;
    json.insert(QStringLiteral("traffic"), tooMany);
    QVERIFY(!fromWire(json, &read));
}

#include "TestWire.moc"
