// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wecom/WeComCallbackParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace ChannelDesk;

namespace {

QByteArray readFixture(const char* name)
{
    QFile file(qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QLatin1String("/wecom/")
               + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

WeComMessage parsed(const QByteArray& xml)
{
    const Result<WeComMessage> result = WeComCallbackParser::parseMessage(xml);
    if (!result.ok())
        qWarning() << result.error().message;
    return result.ok() ? result.value() : WeComMessage();
}

// A message with the three required elements and whatever else is given.
QByteArray withRequired(const QByteArray& type, const QByteArray& rest)
{
    return "<xml><ToUserName><![CDATA[ww1436e0e65a779aee]]></ToUserName>"
           "<FromUserName><![CDATA[ChenJiaShun]]></FromUserName><CreateTime>1476422779</CreateTime>"
           "<MsgType><![CDATA["
        + type + "]]></MsgType>" + rest + "<AgentID>1000002</AgentID></xml>";
}

} // namespace

class TestWeComCallbackParser : public QObject
{
    Q_OBJECT

private slots:
    void testSdkPlaintexts();
    void testCdataAndPlainAndAnyOrder_data();
    void testCdataAndPlainAndAnyOrder();
    void testEvents_data();
    void testEvents();
    void testMessageTypes_data();
    void testMessageTypes();
    void testUnknownAndNestedElementsAreSkipped();
    void testMessageErrors_data();
    void testMessageErrors();
    void testEnvelope();
    void testEnvelopeErrors_data();
    void testEnvelopeErrors();
    void testLargeDocuments();
    void testToInboundText();
    void testToInboundEventDedupKey();
    void testToInboundMedia_data();
    void testToInboundMedia();
};

void TestWeComCallbackParser::testSdkPlaintexts()
{
    // V2: CDATA, one element per line.
    const WeComMessage v2 = parsed(readFixture("message-text-v2.xml"));
    QCOMPARE(v2.toUserName, QStringLiteral("wx5823bf96d3bd56c7"));
    QCOMPARE(v2.fromUserName, QStringLiteral("mycreate"));
    QCOMPARE(v2.createTime, 1409659813);
    QCOMPARE(v2.msgType, QStringLiteral("text"));
    QCOMPARE(v2.content, QStringLiteral("hello"));
    QCOMPARE(v2.msgId, QStringLiteral("4561255354251345929")); // beyond 32 bits, kept as text
    QCOMPARE(v2.agentId, QStringLiteral("218"));
    QVERIFY(!v2.isEvent());
    QCOMPARE(v2.dedupKey(), QStringLiteral("4561255354251345929"));

    // V4: no CDATA at all, UTF-8 content.
    const WeComMessage v4 = parsed(readFixture("message-text-v4.xml"));
    QCOMPARE(v4.toUserName, QStringLiteral("ww1436e0e65a779aee"));
    QCOMPARE(v4.fromUserName, QStringLiteral("ChenJiaShun"));
    QCOMPARE(v4.createTime, 1476422779);
    QCOMPARE(v4.content, QStringLiteral("你好"));
    QCOMPARE(v4.msgId, QStringLiteral("1456453720"));
    QCOMPARE(v4.agentId, QStringLiteral("1000002"));
}

void TestWeComCallbackParser::testCdataAndPlainAndAnyOrder_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("CDATA") << QByteArray(
        "<xml><FromUserName><![CDATA[u]]></FromUserName><CreateTime>7</CreateTime>"
        "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[a < b & c]]></Content>"
        "<MsgId>9</MsgId></xml>");
    QTest::newRow("plain, escaped") << QByteArray(
        "<xml><FromUserName>u</FromUserName><CreateTime>7</CreateTime>"
        "<MsgType>text</MsgType><Content>a &lt; b &amp; c</Content>"
        "<MsgId>9</MsgId></xml>");
    QTest::newRow("reversed, indented") << QByteArray(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml>\n  <MsgId>9</MsgId>\n"
        "  <Content>a &lt; b <![CDATA[& c]]></Content>\n  <MsgType>TEXT</MsgType>\n"
        "  <CreateTime> 7 </CreateTime>\n  <!-- a comment -->\n  <FromUserName>u</FromUserName>\n</xml>\n");
}

void TestWeComCallbackParser::testCdataAndPlainAndAnyOrder()
{
    QFETCH(QByteArray, xml);
    const WeComMessage message = parsed(xml);
    QCOMPARE(message.fromUserName, QStringLiteral("u"));
    QCOMPARE(message.createTime, 7);
    QCOMPARE(message.msgType, QStringLiteral("text")); // lower-cased
    QCOMPARE(message.content, QStringLiteral("a < b & c"));
    QCOMPARE(message.msgId, QStringLiteral("9"));
}

void TestWeComCallbackParser::testEvents_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("eventKey");
    QTest::addColumn<QString>("text");
    QTest::newRow("enter_agent (doc 90376)")
        << readFixture("event-enter-agent.xml") << QStringLiteral("enter_agent") << QString() << QString();
    QTest::newRow("subscribe") << withRequired("event", "<Event><![CDATA[subscribe]]></Event>")
                               << QStringLiteral("subscribe") << QString() << QString();
    QTest::newRow("click with EventKey")
        << withRequired("event",
                        "<Event><![CDATA[click]]></Event><EventKey><![CDATA[#sendmsg#_0_0]]></EventKey>")
        << QStringLiteral("click") << QStringLiteral("#sendmsg#_0_0") << QStringLiteral("#sendmsg#_0_0");
    QTest::newRow("view with URL") << withRequired(
        "event", "<Event>view</Event><EventKey>https://example.com/menu</EventKey>")
                                   << QStringLiteral("view") << QStringLiteral("https://example.com/menu")
                                   << QStringLiteral("https://example.com/menu");
    // Only menu events carry their key as text; LOCATION's event name keeps WeCom's case.
    QTest::newRow("LOCATION") << withRequired("event", "<Event>LOCATION</Event><EventKey>k</EventKey>")
                              << QStringLiteral("LOCATION") << QStringLiteral("k") << QString();
}

void TestWeComCallbackParser::testEvents()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, event);
    QFETCH(QString, eventKey);
    QFETCH(QString, text);
    const WeComMessage message = parsed(xml);
    QVERIFY(message.isEvent());
    QCOMPARE(message.event, event);
    QCOMPARE(message.eventKey, eventKey);
    QVERIFY(message.msgId.isEmpty());
    const InboundMessage inbound = WeComCallbackParser::toInbound(message);
    QCOMPARE(inbound.type, QStringLiteral("event"));
    QCOMPARE(inbound.subtype, event);
    QCOMPARE(inbound.text, text);
    QCOMPARE(QJsonDocument::fromJson(inbound.rawJson).object().value(QLatin1String("Event")).toString(),
             event);
}

void TestWeComCallbackParser::testMessageTypes_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("image") << withRequired("image",
                                           "<PicUrl><![CDATA[https://p/1.jpg]]></PicUrl>"
                                           "<MediaId><![CDATA[media_1]]></MediaId><MsgId>1</MsgId>")
                           << QStringLiteral("image") << QStringLiteral("picUrl")
                           << QStringLiteral("https://p/1.jpg");
    QTest::newRow("voice") << withRequired("voice",
                                           "<MediaId><![CDATA[media_2]]></MediaId>"
                                           "<Format><![CDATA[amr]]></Format><MsgId>2</MsgId>")
                           << QStringLiteral("voice") << QStringLiteral("format") << QStringLiteral("amr");
    QTest::newRow("video") << withRequired("video",
                                           "<MediaId><![CDATA[media_3]]></MediaId>"
                                           "<ThumbMediaId><![CDATA[thumb_3]]></ThumbMediaId><MsgId>3</MsgId>")
                           << QStringLiteral("video") << QStringLiteral("thumbMediaId")
                           << QStringLiteral("thumb_3");
    QTest::newRow("file") << withRequired(
        "file", "<MediaId>media_4</MediaId><FileName>报告.pdf</FileName><MsgId>4</MsgId>")
                          << QStringLiteral("file") << QStringLiteral("fileName")
                          << QStringLiteral("报告.pdf");
    QTest::newRow("location") << readFixture("message-location.xml") << QStringLiteral("location")
                              << QStringLiteral("label") << QStringLiteral("位置信息");
    QTest::newRow("link") << readFixture("message-link.xml") << QStringLiteral("link")
                          << QStringLiteral("url") << QStringLiteral("URL");
    QTest::newRow("a type newer than the parser") << withRequired("markdown", "<MsgId>5</MsgId>")
                                                  << QStringLiteral("markdown") << QString() << QString();
}

void TestWeComCallbackParser::testMessageTypes()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, type);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const WeComMessage message = parsed(xml);
    QCOMPARE(message.msgType, type);
    QVERIFY(!message.msgId.isEmpty());
    const QHash<QString, QString> fields{
        {QStringLiteral("picUrl"), message.picUrl},
        {QStringLiteral("format"), message.format},
        {QStringLiteral("thumbMediaId"), message.thumbMediaId},
        {QStringLiteral("fileName"), message.fileName},
        {QStringLiteral("label"), message.label},
        {QStringLiteral("url"), message.url},
    };
    if (!field.isEmpty())
        QCOMPARE(fields.value(field), value);
}

void TestWeComCallbackParser::testUnknownAndNestedElementsAreSkipped()
{
    // Some events nest lists (pic_sysphoto's SendPicsInfo); their inner elements must not be
    // mistaken for the message's own.
    const WeComMessage message
        = parsed(withRequired("event",
                              "<Event>pic_sysphoto</Event><SendPicsInfo><Count>1</Count><PicList><item>"
                              "<PicMd5Sum>abc</PicMd5Sum><Content>inner</Content></item></PicList></"
                              "SendPicsInfo><NewThing>x</NewThing>"));
    QCOMPARE(message.event, QStringLiteral("pic_sysphoto"));
    QVERIFY(message.content.isEmpty());
}

void TestWeComCallbackParser::testMessageErrors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no FromUserName") << QByteArray(
        "<xml><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>")
                                     << QStringLiteral("FromUserName");
    QTest::newRow("empty FromUserName")
        << QByteArray("<xml><FromUserName><![CDATA[]]></FromUserName><CreateTime>1</CreateTime>"
                      "<MsgType>text</MsgType></xml>")
        << QStringLiteral("FromUserName");
    QTest::newRow("CreateTime not a number") << QByteArray(
        "<xml><FromUserName>u</FromUserName><CreateTime>yesterday</CreateTime><MsgType>text</MsgType></xml>")
                                             << QStringLiteral("CreateTime");
    QTest::newRow("CreateTime fractional") << QByteArray(
        "<xml><FromUserName>u</FromUserName><CreateTime>1.5</CreateTime><MsgType>text</MsgType></xml>")
                                           << QStringLiteral("CreateTime");
    QTest::newRow("CreateTime missing")
        << QByteArray("<xml><FromUserName>u</FromUserName><MsgType>text</MsgType></xml>")
        << QStringLiteral("CreateTime");
    QTest::newRow("CreateTime negative") << QByteArray(
        "<xml><FromUserName>u</FromUserName><CreateTime>-1</CreateTime><MsgType>text</MsgType></xml>")
                                         << QStringLiteral("CreateTime");
    QTest::newRow("CreateTime past year 9999")
        << QByteArray("<xml><FromUserName>u</FromUserName><CreateTime>9223372036854775807</CreateTime>"
                      "<MsgType>text</MsgType></xml>")
        << QStringLiteral("CreateTime");
    QTest::newRow("no MsgType") << QByteArray(
        "<xml><FromUserName>u</FromUserName><CreateTime>1</CreateTime></xml>")
                                << QStringLiteral("MsgType");
    QTest::newRow("event without Event")
        << withRequired("event", "<EventKey>k</EventKey>") << QStringLiteral("Event");
    QTest::newRow("repeated FromUserName") << QByteArray(
        "<xml><FromUserName>u</FromUserName><FromUserName>v</FromUserName><CreateTime>1</CreateTime>"
        "<MsgType>text</MsgType></xml>") << QStringLiteral("FromUserName");
    QTest::newRow("DOCTYPE") << QByteArray(
        "<!DOCTYPE xml><xml><FromUserName>u</FromUserName><CreateTime>1</CreateTime>"
        "<MsgType>text</MsgType></xml>")
                             << QStringLiteral("DOCTYPE");
    QTest::newRow("ENTITY declaration (XXE)") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        "<xml><FromUserName>&xxe;</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>")
                                              << QStringLiteral("DOCTYPE");
    QTest::newRow("billion laughs") << QByteArray(
        "<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
        "<xml><FromUserName>&b;</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>")
                                    << QStringLiteral("DOCTYPE");
    QTest::newRow("undeclared entity") << QByteArray(
        "<xml><FromUserName>&xxe;</FromUserName><CreateTime>1</CreateTime><MsgType>text</MsgType></xml>")
                                       << QStringLiteral("well-formed");
    QTest::newRow("not XML") << QByteArray("{\"FromUserName\":\"u\"}") << QStringLiteral("well-formed");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("well-formed");
    QTest::newRow("truncated") << QByteArray("<xml><FromUserName>u</FromUserName><CreateTime>1</Crea")
                               << QStringLiteral("well-formed");
    QTest::newRow("other root") << QByteArray("<message><FromUserName>u</FromUserName></message>")
                                << QStringLiteral("<message>");
    QTest::newRow("two roots") << withRequired("text", "<MsgId>1</MsgId>") + "<xml/>"
                               << QStringLiteral("well-formed");
}

void TestWeComCallbackParser::testMessageErrors()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, mentions);
    const Result<WeComMessage> result = WeComCallbackParser::parseMessage(xml);
    QVERIFY(!result.ok());
    QVERIFY(result.error().is(ErrorCode::InvalidInput));
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void TestWeComCallbackParser::testEnvelope()
{
    // V2's envelope as the C++ SDK sample has it, and V4's with newlines between the elements.
    const Result<WeComEnvelope> v2 = WeComCallbackParser::parseEnvelope(readFixture("envelope-v2.xml"));
    QVERIFY2(v2.ok(), qPrintable(v2.error().message));
    QVERIFY(v2.value().encrypt.startsWith(
        "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/"));
    QVERIFY(v2.value().encrypt.endsWith("qN+E7Q=="));
    QCOMPARE(v2.value().encrypt.size(), 472);
    QCOMPARE(v2.value().toUserName, QStringLiteral("wx5823bf96d3bd56c7"));
    QCOMPARE(v2.value().agentId, QStringLiteral("218"));

    const Result<WeComEnvelope> v4 = WeComCallbackParser::parseEnvelope(readFixture("envelope-v4.xml"));
    QVERIFY(v4.ok());
    QVERIFY(v4.value().encrypt.startsWith("Kl7kjoSf6DMD1zh7"));
    QCOMPARE(v4.value().agentId, QStringLiteral("1000002"));

    // The order differs between samples; only Encrypt is required.
    const Result<WeComEnvelope> minimal
        = WeComCallbackParser::parseEnvelope("<xml><AgentID>1</AgentID><Encrypt>QUJD</Encrypt></xml>");
    QVERIFY(minimal.ok());
    QCOMPARE(minimal.value().encrypt, QByteArray("QUJD"));
    QVERIFY(minimal.value().toUserName.isEmpty());
}

void TestWeComCallbackParser::testEnvelopeErrors_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing Encrypt") << QByteArray(
        "<xml><ToUserName>c</ToUserName><AgentID>1</AgentID></xml>")
                                     << QStringLiteral("Encrypt");
    QTest::newRow("empty Encrypt") << QByteArray("<xml><Encrypt><![CDATA[]]></Encrypt></xml>")
                                   << QStringLiteral("Encrypt");
    QTest::newRow("two Encrypt") << QByteArray("<xml><Encrypt>QUJD</Encrypt><Encrypt>REVG</Encrypt></xml>")
                                 << QStringLiteral("Encrypt");
    QTest::newRow("DOCTYPE") << QByteArray("<!DOCTYPE xml><xml><Encrypt>QUJD</Encrypt></xml>")
                             << QStringLiteral("DOCTYPE");
    QTest::newRow("ENTITY") << QByteArray(
        "<!DOCTYPE xml [<!ENTITY e \"QUJD\">]><xml><Encrypt>&e;</Encrypt></xml>")
                            << QStringLiteral("DOCTYPE");
    QTest::newRow("JSON envelope (JSON mode)")
        << QByteArray("{\"tousername\":\"wx5823bf96d3bd56c7\",\"encrypt\":\"QUJD\",\"agentid\":\"218\"}")
        << QStringLiteral("well-formed");
    QTest::newRow("not XML") << QByteArray("encrypt=QUJD") << QStringLiteral("well-formed");
}

void TestWeComCallbackParser::testEnvelopeErrors()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, mentions);
    const Result<WeComEnvelope> result = WeComCallbackParser::parseEnvelope(xml);
    QVERIFY(!result.ok());
    QVERIFY(result.error().is(ErrorCode::InvalidInput));
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void TestWeComCallbackParser::testLargeDocuments()
{
    const QByteArray head = "<xml><Encrypt>";
    const QByteArray tail = "</Encrypt></xml>";
    const qsizetype limit = 1024 * 1024;
    const QByteArray fits = head + QByteArray(limit - head.size() - tail.size(), 'A') + tail;
    QCOMPARE(fits.size(), limit);
    QVERIFY(WeComCallbackParser::parseEnvelope(fits).ok());
    const Result<WeComEnvelope> tooLarge = WeComCallbackParser::parseEnvelope(fits + ' ');
    QVERIFY(!tooLarge.ok());
    QVERIFY(tooLarge.error().message.contains(QLatin1String("1 MiB")));
    QVERIFY(!WeComCallbackParser::parseMessage(fits + ' ').ok());
    // A 64 KiB text message (the size Hermes caps a whole body at) parses.
    QVERIFY(WeComCallbackParser::parseEnvelope(readFixture("envelope-large.xml")).ok());
}

void TestWeComCallbackParser::testToInboundText()
{
    const InboundMessage inbound = WeComCallbackParser::toInbound(parsed(readFixture("message-text-v2.xml")));
    QCOMPARE(inbound.messageId, QStringLiteral("4561255354251345929"));
    QCOMPARE(inbound.from, QStringLiteral("mycreate"));
    QCOMPARE(inbound.timestamp, QDateTime::fromSecsSinceEpoch(1409659813, Qt::UTC));
    QCOMPARE(inbound.timestamp.timeSpec(), Qt::UTC);
    QCOMPARE(inbound.type, QStringLiteral("text"));
    QVERIFY(inbound.subtype.isEmpty());
    QCOMPARE(inbound.text, QStringLiteral("hello"));
    QVERIFY(inbound.media.isEmpty());
    const QJsonObject raw{
        {QStringLiteral("ToUserName"), QStringLiteral("wx5823bf96d3bd56c7")},
        {QStringLiteral("FromUserName"), QStringLiteral("mycreate")},
        {QStringLiteral("CreateTime"), 1409659813},
        {QStringLiteral("MsgType"), QStringLiteral("text")},
        {QStringLiteral("Content"), QStringLiteral("hello")},
        {QStringLiteral("MsgId"), QStringLiteral("4561255354251345929")},
        {QStringLiteral("AgentID"), QStringLiteral("218")},
    };
    QCOMPARE(QJsonDocument::fromJson(inbound.rawJson).object(), raw);
    QCOMPARE(inbound.rawJson, QJsonDocument(raw).toJson(QJsonDocument::Compact));
}

void TestWeComCallbackParser::testToInboundEventDedupKey()
{
    const WeComMessage message = parsed(readFixture("event-enter-agent.xml"));
    const InboundMessage inbound = WeComCallbackParser::toInbound(message);
    // Events have no MsgId: WeCom's retries are recognised by sender, time and event.
    QCOMPARE(inbound.messageId, QStringLiteral("event:FromUser:1408091189:enter_agent"));
    QCOMPARE(inbound.from, QStringLiteral("FromUser"));
    QCOMPARE(inbound.type, QStringLiteral("event"));
    QCOMPARE(inbound.subtype, QStringLiteral("enter_agent"));
    QVERIFY(inbound.text.isEmpty());
    // The empty EventKey is not kept.
    QVERIFY(!QJsonDocument::fromJson(inbound.rawJson).object().contains(QLatin1String("EventKey")));
    QVERIFY(!QJsonDocument::fromJson(inbound.rawJson).object().contains(QLatin1String("MsgId")));
    QCOMPARE(QJsonDocument::fromJson(inbound.rawJson).object().value(QLatin1String("AgentID")).toString(),
             QStringLiteral("1"));

    WeComMessage user = message;
    user.fromUserName = QStringLiteral("User");
    QCOMPARE(WeComCallbackParser::toInbound(user).messageId,
             QStringLiteral("event:User:1408091189:enter_agent"));
}

void TestWeComCallbackParser::testToInboundMedia_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonObject>("media");
    QTest::newRow("image") << withRequired(
        "image", "<PicUrl>https://p/1.jpg</PicUrl><MediaId>m1</MediaId><MsgId>1</MsgId>")
                           << QString()
                           << QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")},
                                          {QStringLiteral("url"), QStringLiteral("https://p/1.jpg")}};
    QTest::newRow("voice") << withRequired("voice",
                                           "<MediaId>m2</MediaId><Format>speex</Format><MsgId>2</MsgId>")
                           << QString()
                           << QJsonObject{{QStringLiteral("id"), QStringLiteral("m2")},
                                          {QStringLiteral("format"), QStringLiteral("speex")}};
    QTest::newRow("video") << withRequired(
        "video", "<MediaId>m3</MediaId><ThumbMediaId>t3</ThumbMediaId><MsgId>3</MsgId>")
                           << QString()
                           << QJsonObject{{QStringLiteral("id"), QStringLiteral("m3")},
                                          {QStringLiteral("thumb_id"), QStringLiteral("t3")}};
    QTest::newRow("file") << withRequired("file",
                                          "<MediaId>m4</MediaId><FileName>a.pdf</FileName><MsgId>4</MsgId>")
                          << QString()
                          << QJsonObject{{QStringLiteral("id"), QStringLiteral("m4")},
                                         {QStringLiteral("filename"), QStringLiteral("a.pdf")}};
    QTest::newRow("location") << readFixture("message-location.xml") << QStringLiteral("位置信息")
                              << QJsonObject{{QStringLiteral("latitude"), QStringLiteral("23.134521")},
                                             {QStringLiteral("longitude"), QStringLiteral("113.358803")},
                                             {QStringLiteral("scale"), QStringLiteral("20")}};
    QTest::newRow("link") << readFixture("message-link.xml") << QStringLiteral("this is a title")
                          << QJsonObject{
                                 {QStringLiteral("url"), QStringLiteral("PIC_URL")},
                                 {QStringLiteral("link_url"), QStringLiteral("URL")},
                                 {QStringLiteral("description"), QStringLiteral("this is a description")}};
}

void TestWeComCallbackParser::testToInboundMedia()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, text);
    QFETCH(QJsonObject, media);
    const WeComMessage message = parsed(xml);
    const InboundMessage inbound = WeComCallbackParser::toInbound(message);
    QCOMPARE(inbound.messageId, message.msgId);
    QCOMPARE(inbound.text, text);
    QCOMPARE(inbound.media, media);
    QCOMPARE(QJsonDocument::fromJson(inbound.rawJson).object().value(QLatin1String("MsgType")).toString(),
             message.msgType);
}

QTEST_GUILESS_MAIN(TestWeComCallbackParser)
#include "TestWeComCallbackParser.moc"
