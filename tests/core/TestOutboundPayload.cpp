// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/OutboundContent.h"
#include "outbound/OutboundPayload.h"
#include "TestEnvironment.h"

#include <QDebug>
#include <QJsonDocument>
#include <QTest>

#include <utility>

using namespace ChannelDesk;
using Kind = OutboundContent::Kind;

Q_DECLARE_METATYPE(ChannelDesk::OutboundContent)

namespace {

const QString recipient = QStringLiteral("15557654321");

OutboundContent make(Kind kind, const QString& text = {})
{
    OutboundContent content;
    content.kind = kind;
    content.text = text;
    return content;
}

OutboundContent buttons(int count)
{
    OutboundContent content = make(Kind::Buttons, QStringLiteral("Pick one"));
    for (int i = 1; i <= count; ++i)
        content.buttons.append(ReplyButton{QStringLiteral("b%1").arg(i), QStringLiteral("Choice %1").arg(i)});
    return content;
}

OutboundContent list(int sections, int rowsPerSection)
{
    OutboundContent content = make(Kind::List, QStringLiteral("Our menu"));
    content.listButton = QStringLiteral("Menu");
    for (int s = 1; s <= sections; ++s) {
        ListSection section{QStringLiteral("Section %1").arg(s), {}};
        for (int r = 1; r <= rowsPerSection; ++r)
            section.rows.append(
                ListRow{QStringLiteral("s%1r%2").arg(s).arg(r), QStringLiteral("Row %1").arg(r), {}});
        content.sections.append(section);
    }
    return content;
}

OutboundContent media(Kind kind, const QString& caption = {})
{
    OutboundContent content = make(kind, caption);
    content.mediaId = QStringLiteral("1234567890");
    return content;
}

QJsonObject json(const char* text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expected JSON in test: %s", qPrintable(error.errorString()));
    return document.object();
}

QString chars(int count)
{
    return QString(count, QLatin1Char('x'));
}

} // namespace

class TestOutboundPayload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testBody_data();
    void testBody();
    void testLimits_data();
    void testLimits();
    void testLimitsAreInclusive_data();
    void testLimitsAreInclusive();
    void testLengthCountsCodePoints();
    void testContentJsonRoundTrip_data();
    void testContentJsonRoundTrip();
    void testContentFromBadJson();
    void testKindNames();
    void testPreview_data();
    void testPreview();
    void testNeedsOpenWindow();
};

void TestOutboundPayload::initTestCase()
{
    TestEnvironment::init();
}

void TestOutboundPayload::testBody_data()
{
    QTest::addColumn<OutboundContent>("content");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("text") << make(Kind::Text, QStringLiteral("Hello")) << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"text",
        "text":{"preview_url":false,"body":"Hello"}})");

    OutboundContent preview = make(Kind::Text, QStringLiteral("See https://example.com"));
    preview.previewUrl = true;
    preview.targetMessageId = QStringLiteral("wamid.QUOTED");
    QTest::newRow("text with preview and quote") << preview << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"text",
        "text":{"preview_url":true,"body":"See https://example.com"},
        "context":{"message_id":"wamid.QUOTED"}})");

    OutboundContent templ = make(Kind::Template);
    templ.templateName = QStringLiteral("order_shipped");
    templ.templateLanguage = QStringLiteral("en_US");
    templ.templateParameters = QStringList{QStringLiteral("Ana"), QStringLiteral("#1234")};
    QTest::newRow("template with parameters") << templ << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"template",
        "template":{"name":"order_shipped","language":{"policy":"deterministic","code":"en_US"},
          "components":[{"type":"body","parameters":[{"type":"text","text":"Ana"},{"type":"text","text":"#1234"}]}]}})");

    OutboundContent hello = make(Kind::Template);
    hello.templateName = QStringLiteral("hello_world");
    hello.templateLanguage = QStringLiteral("en_US");
    QTest::newRow("template without parameters") << hello << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"template",
        "template":{"name":"hello_world","language":{"policy":"deterministic","code":"en_US"}}})");

    OutboundContent twoButtons = buttons(2);
    QTest::newRow("buttons") << twoButtons << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"interactive",
        "interactive":{"type":"button","body":{"text":"Pick one"},"action":{"buttons":[
          {"type":"reply","reply":{"id":"b1","title":"Choice 1"}},
          {"type":"reply","reply":{"id":"b2","title":"Choice 2"}}]}}})");

    OutboundContent decorated = buttons(1);
    decorated.header = QStringLiteral("Delivery");
    decorated.footer = QStringLiteral("Reply within 24 h");
    QTest::newRow("buttons with header and footer") << decorated << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"interactive",
        "interactive":{"type":"button","header":{"type":"text","text":"Delivery"},"body":{"text":"Pick one"},
          "footer":{"text":"Reply within 24 h"},
          "action":{"buttons":[{"type":"reply","reply":{"id":"b1","title":"Choice 1"}}]}}})");

    OutboundContent menu = list(1, 2);
    menu.sections[0].rows[1].description = QStringLiteral("With fries");
    QTest::newRow("list") << menu << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"interactive",
        "interactive":{"type":"list","body":{"text":"Our menu"},"action":{"button":"Menu","sections":[
          {"title":"Section 1","rows":[{"id":"s1r1","title":"Row 1"},
                                       {"id":"s1r2","title":"Row 2","description":"With fries"}]}]}}})");

    OutboundContent untitled = list(1, 1);
    untitled.sections[0].title.clear();
    untitled.header = QStringLiteral("Today");
    untitled.footer = QStringLiteral("Prices incl. VAT");
    QTest::newRow("list with one untitled section, header, footer") << untitled << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"interactive",
        "interactive":{"type":"list","header":{"type":"text","text":"Today"},"body":{"text":"Our menu"},
          "footer":{"text":"Prices incl. VAT"},
          "action":{"button":"Menu","sections":[{"rows":[{"id":"s1r1","title":"Row 1"}]}]}}})");

    QTest::newRow("image by id with caption") << media(Kind::Image, QStringLiteral("Our shop")) << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"image",
        "image":{"id":"1234567890","caption":"Our shop"}})");

    OutboundContent linked = make(Kind::Image);
    linked.mediaLink = QStringLiteral("https://example.com/a.jpg?v=2");
    QTest::newRow("image by link") << linked << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"image",
        "image":{"link":"https://example.com/a.jpg?v=2"}})");

    OutboundContent both = media(Kind::Image);
    both.mediaLink = QStringLiteral("https://example.com/a.jpg");
    QTest::newRow("id wins over link") << both << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"image",
        "image":{"id":"1234567890"}})");

    OutboundContent document = media(Kind::Document, QStringLiteral("Your invoice"));
    document.filename = QStringLiteral("invoice-42.pdf");
    document.targetMessageId = QStringLiteral("wamid.ASKED");
    QTest::newRow("document with filename and quote") << document << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"document",
        "document":{"id":"1234567890","caption":"Your invoice","filename":"invoice-42.pdf"},
        "context":{"message_id":"wamid.ASKED"}})");

    OutboundContent audio = media(Kind::Audio);
    audio.filename = QStringLiteral("voice.ogg");
    QTest::newRow("audio has no filename") << audio << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"audio",
        "audio":{"id":"1234567890"}})");

    QTest::newRow("video with caption") << media(Kind::Video, QStringLiteral("Unboxing")) << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"video",
        "video":{"id":"1234567890","caption":"Unboxing"}})");

    QTest::newRow("sticker") << media(Kind::Sticker) << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"sticker",
        "sticker":{"id":"1234567890"}})");

    OutboundContent location = make(Kind::Location);
    location.latitude = 52.5200;
    location.longitude = -13.405;
    location.locationName = QStringLiteral("Shop");
    location.address = QStringLiteral("Main St 1");
    QTest::newRow("location") << location << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"location",
        "location":{"latitude":52.52,"longitude":-13.405,"name":"Shop","address":"Main St 1"}})");

    OutboundContent bare = make(Kind::Location);
    bare.latitude = -33.8688;
    bare.longitude = 151.2093;
    QTest::newRow("location without name") << bare << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"location",
        "location":{"latitude":-33.8688,"longitude":151.2093}})");

    OutboundContent reaction = make(Kind::Reaction, QStringLiteral("👍"));
    reaction.targetMessageId = QStringLiteral("wamid.USER");
    QTest::newRow("reaction") << reaction << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"reaction",
        "reaction":{"message_id":"wamid.USER","emoji":"👍"}})");

    OutboundContent unreact = make(Kind::Reaction);
    unreact.targetMessageId = QStringLiteral("wamid.USER");
    QTest::newRow("reaction removed") << unreact << json(R"({
        "messaging_product":"whatsapp","recipient_type":"individual","to":"+15557654321","type":"reaction",
        "reaction":{"message_id":"wamid.USER","emoji":""}})");

    OutboundContent read = make(Kind::MarkRead);
    read.targetMessageId = QStringLiteral("wamid.INBOUND");
    QTest::newRow("mark as read") << read << json(R"({
        "messaging_product":"whatsapp","status":"read","message_id":"wamid.INBOUND"})");

    OutboundContent typing = make(Kind::Typing);
    typing.targetMessageId = QStringLiteral("wamid.INBOUND");
    QTest::newRow("typing") << typing << json(R"({
        "messaging_product":"whatsapp","status":"read","message_id":"wamid.INBOUND",
        "typing_indicator":{"type":"text"}})");
}

void TestOutboundPayload::testBody()
{
    QFETCH(OutboundContent, content);
    QFETCH(QJsonObject, expected);
    const Result<QJsonObject> body = OutboundPayload::build(content, recipient);
    QVERIFY2(body.ok(), qPrintable(body.error().message));
    if (body.value() != expected)
        qWarning().noquote() << QJsonDocument(body.value()).toJson();
    QCOMPARE(body.value(), expected);
}

void TestOutboundPayload::testLimits_data()
{
    QTest::addColumn<OutboundContent>("content");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("messageParts");

    const int TooLong = OutboundPayload::TooLong;
    const int Missing = OutboundPayload::MissingField;
    const QString to = recipient;

    QTest::newRow("bad recipient") << make(Kind::Text, QStringLiteral("Hi")) << QStringLiteral("0151 234567")
                                   << int(OutboundPayload::InvalidRecipient)
                                   << QStringList{QStringLiteral("0")};
    QTest::newRow("empty text") << make(Kind::Text, QStringLiteral("  ")) << to << Missing
                                << QStringList{QStringLiteral("message text"), QStringLiteral("4096")};
    QTest::newRow("text over 4096") << make(Kind::Text, chars(4097)) << to << TooLong
                                    << QStringList{QStringLiteral("message text"), QStringLiteral("4097"),
                                                   QStringLiteral("4096")};

    OutboundContent noName = make(Kind::Template);
    noName.templateLanguage = QStringLiteral("en_US");
    QTest::newRow("template without name")
        << noName << to << Missing << QStringList{QStringLiteral("template name")};
    OutboundContent noLanguage = make(Kind::Template);
    noLanguage.templateName = QStringLiteral("hello_world");
    QTest::newRow("template without language")
        << noLanguage << to << Missing << QStringList{QStringLiteral("language"), QStringLiteral("en_US")};
    OutboundContent emptyParameter = noLanguage;
    emptyParameter.templateLanguage = QStringLiteral("de");
    emptyParameter.templateParameters = QStringList{QStringLiteral("Ana"), QString()};
    QTest::newRow("template with empty parameter")
        << emptyParameter << to << Missing << QStringList{QStringLiteral("{{2}}")};
    OutboundContent newline = emptyParameter;
    newline.templateParameters = QStringList{QStringLiteral("a\nb")};
    QTest::newRow("template parameter with newline")
        << newline << to << int(OutboundPayload::InvalidValue)
        << QStringList{QStringLiteral("{{1}}"), QStringLiteral("line break")};
    OutboundContent spaces = emptyParameter;
    spaces.templateParameters = QStringList{QStringLiteral("a     b")};
    QTest::newRow("template parameter with 5 spaces")
        << spaces << to << int(OutboundPayload::InvalidValue) << QStringList{QStringLiteral("4 spaces")};

    OutboundContent longButtonsBody = buttons(1);
    longButtonsBody.text = chars(1025);
    QTest::newRow("buttons body over 1024")
        << longButtonsBody << to << TooLong
        << QStringList{QStringLiteral("message text"), QStringLiteral("1024")};
    QTest::newRow("no buttons") << buttons(0) << to << int(OutboundPayload::TooFew)
                                << QStringList{QStringLiteral("at least one"), QStringLiteral("3")};
    QTest::newRow("four buttons") << buttons(4) << to << int(OutboundPayload::TooMany)
                                  << QStringList{QStringLiteral("4 reply buttons"),
                                                 QStringLiteral("at most 3")};
    OutboundContent longTitle = buttons(2);
    longTitle.buttons[1].title = chars(21);
    QTest::newRow("button title over 20")
        << longTitle << to << TooLong
        << QStringList{QStringLiteral("title of button 2"), QStringLiteral("20")};
    OutboundContent emptyTitle = buttons(1);
    emptyTitle.buttons[0].title.clear();
    QTest::newRow("button without title")
        << emptyTitle << to << Missing << QStringList{QStringLiteral("title of button 1")};
    OutboundContent longId = buttons(1);
    longId.buttons[0].id = chars(257);
    QTest::newRow("button id over 256")
        << longId << to << TooLong << QStringList{QStringLiteral("ID of button 1"), QStringLiteral("256")};
    OutboundContent sameId = buttons(2);
    sameId.buttons[1].id = sameId.buttons[0].id;
    QTest::newRow("duplicate button ids")
        << sameId << to << int(OutboundPayload::Duplicate)
        << QStringList{QStringLiteral("Button 2"), QStringLiteral("“b1”"), QStringLiteral("IDs")};
    OutboundContent sameTitle = buttons(3);
    sameTitle.buttons[2].title = sameTitle.buttons[0].title;
    QTest::newRow("duplicate button titles")
        << sameTitle << to << int(OutboundPayload::Duplicate)
        << QStringList{QStringLiteral("Button 3"), QStringLiteral("titles")};
    OutboundContent longHeader = buttons(1);
    longHeader.header = chars(61);
    QTest::newRow("header over 60") << longHeader << to << TooLong
                                    << QStringList{QStringLiteral("header"), QStringLiteral("60")};
    OutboundContent longFooter = list(1, 1);
    longFooter.footer = chars(61);
    QTest::newRow("footer over 60") << longFooter << to << TooLong
                                    << QStringList{QStringLiteral("footer"), QStringLiteral("60")};

    OutboundContent longListBody = list(1, 1);
    longListBody.text = chars(4097);
    QTest::newRow("list body over 4096")
        << longListBody << to << TooLong
        << QStringList{QStringLiteral("message text"), QStringLiteral("4096")};
    OutboundContent noListButton = list(1, 1);
    noListButton.listButton.clear();
    QTest::newRow("list without button label")
        << noListButton << to << Missing << QStringList{QStringLiteral("list button label")};
    OutboundContent longListButton = list(1, 1);
    longListButton.listButton = chars(21);
    QTest::newRow("list button over 20")
        << longListButton << to << TooLong
        << QStringList{QStringLiteral("list button label"), QStringLiteral("20")};
    QTest::newRow("list without sections") << list(0, 0) << to << int(OutboundPayload::TooFew)
                                           << QStringList{QStringLiteral("section"), QStringLiteral("10")};
    QTest::newRow("eleven sections") << list(11, 0) << to << int(OutboundPayload::TooMany)
                                     << QStringList{QStringLiteral("11 sections"), QStringLiteral("10")};
    QTest::newRow("eleven rows in total") << list(2, 6) << to << int(OutboundPayload::TooMany)
                                          << QStringList{QStringLiteral("12 rows"), QStringLiteral("10")};
    QTest::newRow("section without rows") << list(2, 0) << to << int(OutboundPayload::TooFew)
                                          << QStringList{QStringLiteral("Section 1 has no rows")};
    OutboundContent untitledSections = list(2, 1);
    untitledSections.sections[1].title.clear();
    QTest::newRow("untitled section among several")
        << untitledSections << to << Missing << QStringList{QStringLiteral("title of section 2")};
    OutboundContent longSectionTitle = list(1, 1);
    longSectionTitle.sections[0].title = chars(25);
    QTest::newRow("section title over 24")
        << longSectionTitle << to << TooLong
        << QStringList{QStringLiteral("title of section 1"), QStringLiteral("24")};
    OutboundContent longRowTitle = list(1, 2);
    longRowTitle.sections[0].rows[1].title = chars(25);
    QTest::newRow("row title over 24")
        << longRowTitle << to << TooLong
        << QStringList{QStringLiteral("title of row 2 in section 1"), QStringLiteral("24")};
    OutboundContent longRowId = list(2, 1);
    longRowId.sections[1].rows[0].id = chars(201);
    QTest::newRow("row id over 200") << longRowId << to << TooLong
                                     << QStringList{QStringLiteral("ID of row 1 in section 2"),
                                                    QStringLiteral("200")};
    OutboundContent longDescription = list(1, 1);
    longDescription.sections[0].rows[0].description = chars(73);
    QTest::newRow("row description over 72")
        << longDescription << to << TooLong
        << QStringList{QStringLiteral("description of row 1"), QStringLiteral("72")};
    OutboundContent sameRowId = list(2, 1);
    sameRowId.sections[1].rows[0].id = sameRowId.sections[0].rows[0].id;
    QTest::newRow("duplicate row ids across sections")
        << sameRowId << to << int(OutboundPayload::Duplicate) << QStringList{QStringLiteral("“s1r1”")};

    QTest::newRow("caption over 1024") << media(Kind::Image, chars(1025)) << to << TooLong
                                       << QStringList{QStringLiteral("caption"), QStringLiteral("1024")};
    QTest::newRow("caption on audio")
        << media(Kind::Audio, QStringLiteral("hi")) << to << int(OutboundPayload::NotAllowed)
        << QStringList{QStringLiteral("audio")};
    QTest::newRow("caption on sticker")
        << media(Kind::Sticker, QStringLiteral("hi")) << to << int(OutboundPayload::NotAllowed)
        << QStringList{QStringLiteral("sticker")};
    QTest::newRow("media without id or link")
        << make(Kind::Video) << to << Missing << QStringList{QStringLiteral("media ID and link")};
    OutboundContent local = make(Kind::Document);
    local.localFile = QStringLiteral("/tmp/invoice.pdf");
    QTest::newRow("local file not uploaded")
        << local << to << int(OutboundPayload::NotUploaded) << QStringList{QStringLiteral("invoice.pdf")};
    OutboundContent badLink = make(Kind::Image);
    badLink.mediaLink = QStringLiteral("file:///etc/passwd");
    QTest::newRow("media link not http")
        << badLink << to << int(OutboundPayload::InvalidValue) << QStringList{QStringLiteral("http(s)")};

    OutboundContent north = make(Kind::Location);
    north.latitude = 90.5;
    QTest::newRow("latitude out of range") << north << to << int(OutboundPayload::InvalidValue)
                                           << QStringList{QStringLiteral("latitude"), QStringLiteral("90")};
    OutboundContent east = make(Kind::Location);
    east.longitude = -181;
    QTest::newRow("longitude out of range")
        << east << to << int(OutboundPayload::InvalidValue)
        << QStringList{QStringLiteral("longitude"), QStringLiteral("180")};

    QTest::newRow("reaction without target") << make(Kind::Reaction, QStringLiteral("👍")) << to << Missing
                                             << QStringList{QStringLiteral("react to")};
    OutboundContent wordy = make(Kind::Reaction, QStringLiteral("thumbs up"));
    wordy.targetMessageId = QStringLiteral("wamid.X");
    QTest::newRow("reaction that is not an emoji")
        << wordy << to << int(OutboundPayload::InvalidValue) << QStringList{QStringLiteral("single emoji")};
    QTest::newRow("mark read without id")
        << make(Kind::MarkRead) << QString() << Missing << QStringList{QStringLiteral("mark as read")};
    QTest::newRow("typing without id")
        << make(Kind::Typing) << QString() << Missing << QStringList{QStringLiteral("mark as read")};
}

void TestOutboundPayload::testLimits()
{
    QFETCH(OutboundContent, content);
    QFETCH(QString, to);
    QFETCH(int, code);
    QFETCH(QStringList, messageParts);
    const Result<QJsonObject> body = OutboundPayload::build(content, to);
    QVERIFY(!body.ok());
    QCOMPARE(body.error().code, code);
    for (const QString& part : std::as_const(messageParts))
        QVERIFY2(body.error().message.contains(part), qPrintable(body.error().message));
}

void TestOutboundPayload::testLimitsAreInclusive_data()
{
    QTest::addColumn<OutboundContent>("content");

    QTest::newRow("text of 4096") << make(Kind::Text, chars(4096));
    OutboundContent buttonsAtLimit = buttons(3);
    buttonsAtLimit.text = chars(1024);
    buttonsAtLimit.header = chars(60);
    buttonsAtLimit.footer = chars(60);
    buttonsAtLimit.buttons[0].title = chars(20);
    buttonsAtLimit.buttons[0].id = chars(256);
    QTest::newRow("buttons at every limit") << buttonsAtLimit;
    OutboundContent listAtLimit = list(10, 1);
    listAtLimit.text = chars(4096);
    listAtLimit.listButton = chars(20);
    listAtLimit.sections[0].title = chars(24);
    listAtLimit.sections[0].rows[0] = ListRow{chars(200), chars(24), chars(72)};
    QTest::newRow("list at every limit") << listAtLimit;
    QTest::newRow("caption of 1024") << media(Kind::Document, chars(1024));
    OutboundContent corner = make(Kind::Location);
    corner.latitude = -90;
    corner.longitude = 180;
    QTest::newRow("location at the poles") << corner;
}

void TestOutboundPayload::testLimitsAreInclusive()
{
    QFETCH(OutboundContent, content);
    const Result<QJsonObject> body = OutboundPayload::build(content, recipient);
    QVERIFY2(body.ok(), qPrintable(body.error().message));
}

void TestOutboundPayload::testLengthCountsCodePoints()
{
    QCOMPARE(OutboundPayload::length(QStringLiteral("abc")), 3);
    QCOMPARE(OutboundPayload::length(QStringLiteral("👍👍")), 2);
    // 4096 emoji are 8192 UTF-16 units but still within the text limit.
    QString emoji;
    for (int i = 0; i < 4096; ++i)
        emoji += QStringLiteral("😀");
    QVERIFY(OutboundPayload::build(make(Kind::Text, emoji), recipient).ok());
    QVERIFY(!OutboundPayload::build(make(Kind::Text, emoji + QStringLiteral("😀")), recipient).ok());
}

void TestOutboundPayload::testContentJsonRoundTrip_data()
{
    QTest::addColumn<OutboundContent>("content");

    OutboundContent text = make(Kind::Text, QStringLiteral("Hi *there*"));
    text.previewUrl = true;
    text.targetMessageId = QStringLiteral("wamid.Q");
    QTest::newRow("text") << text;
    OutboundContent templ = make(Kind::Template);
    templ.templateName = QStringLiteral("order_shipped");
    templ.templateLanguage = QStringLiteral("pt_BR");
    templ.templateParameters = QStringList{QStringLiteral("Ana"), QStringLiteral("R$99,70")};
    QTest::newRow("template") << templ;
    OutboundContent withButtons = buttons(3);
    withButtons.header = QStringLiteral("H");
    withButtons.footer = QStringLiteral("F");
    QTest::newRow("buttons") << withButtons;
    OutboundContent menu = list(2, 2);
    menu.sections[1].rows[0].description = QStringLiteral("desc");
    QTest::newRow("list") << menu;
    OutboundContent document = media(Kind::Document, QStringLiteral("Invoice"));
    document.mediaLink = QStringLiteral("https://example.com/i.pdf");
    document.filename = QStringLiteral("i.pdf");
    document.mimeType = QStringLiteral("application/pdf");
    document.localFile = QStringLiteral("/home/op/i.pdf");
    QTest::newRow("document") << document;
    OutboundContent location = make(Kind::Location);
    location.latitude = 52.52;
    location.longitude = 13.405;
    location.locationName = QStringLiteral("Shop");
    location.address = QStringLiteral("Main St 1");
    QTest::newRow("location") << location;
    OutboundContent reaction = make(Kind::Reaction, QStringLiteral("❤️"));
    reaction.targetMessageId = QStringLiteral("wamid.R");
    QTest::newRow("reaction") << reaction;
    OutboundContent typing = make(Kind::Typing);
    typing.targetMessageId = QStringLiteral("wamid.T");
    QTest::newRow("typing") << typing;
}

void TestOutboundPayload::testContentJsonRoundTrip()
{
    QFETCH(OutboundContent, content);
    const QJsonObject stored = content.toJson();
    // Through text, as the database holds it.
    const QJsonObject reloaded = QJsonDocument::fromJson(QJsonDocument(stored).toJson()).object();
    const Result<OutboundContent> parsed = OutboundContent::fromJson(reloaded);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const OutboundContent& back = parsed.value();
    QCOMPARE(back.toJson(), stored);
    QCOMPARE(int(back.kind), int(content.kind));
    QCOMPARE(back.text, content.text);
    QCOMPARE(back.previewUrl, content.previewUrl);
    QCOMPARE(back.templateParameters, content.templateParameters);
    QCOMPARE(back.buttons.size(), content.buttons.size());
    QCOMPARE(back.sections.size(), content.sections.size());
    QCOMPARE(back.latitude, content.latitude);
    QCOMPARE(back.longitude, content.longitude);
    QCOMPARE(back.localFile, content.localFile);
    QCOMPARE(back.targetMessageId, content.targetMessageId);
    // The same payload comes out of the stored content as out of the original.
    if (content.kind != Kind::Document) {
        const Result<QJsonObject> a = OutboundPayload::build(content, recipient);
        const Result<QJsonObject> b = OutboundPayload::build(back, recipient);
        QCOMPARE(a.ok(), b.ok());
        if (a.ok())
            QCOMPARE(a.value(), b.value());
    }
    QCOMPARE(stored.value(QStringLiteral("kind")).toString(), OutboundContent::kindName(content.kind));
}

void TestOutboundPayload::testContentFromBadJson()
{
    const Result<OutboundContent> missing = OutboundContent::fromJson(QJsonObject{});
    QVERIFY(!missing.ok());
    const Result<OutboundContent> unknown
        = OutboundContent::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("carousel")}});
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("carousel")));
}

void TestOutboundPayload::testKindNames()
{
    const QList<Kind> kinds{Kind::Text,     Kind::Template, Kind::Buttons, Kind::List,    Kind::Image,
                            Kind::Document, Kind::Audio,    Kind::Video,   Kind::Sticker, Kind::Location,
                            Kind::Reaction, Kind::MarkRead, Kind::Typing};
    QStringList names;
    for (Kind kind : kinds) {
        const QString name = OutboundContent::kindName(kind);
        QVERIFY(!name.isEmpty());
        QVERIFY(OutboundContent::kindFromName(name) == kind);
        names << name;
    }
    QCOMPARE(names,
             QStringList({QStringLiteral("text"), QStringLiteral("template"), QStringLiteral("buttons"),
                          QStringLiteral("list"), QStringLiteral("image"), QStringLiteral("document"),
                          QStringLiteral("audio"), QStringLiteral("video"), QStringLiteral("sticker"),
                          QStringLiteral("location"), QStringLiteral("reaction"), QStringLiteral("mark-read"),
                          QStringLiteral("typing")}));
    QVERIFY(!OutboundContent::kindFromName(QStringLiteral("Text")));
    QVERIFY(!OutboundContent::kindFromName(QString()));
}

void TestOutboundPayload::testPreview_data()
{
    QTest::addColumn<OutboundContent>("content");
    QTest::addColumn<QString>("preview");

    QTest::newRow("text on one line")
        << make(Kind::Text, QStringLiteral("Hello\n  there")) << QStringLiteral("Hello there");
    QTest::newRow("long text is cut") << make(Kind::Text, chars(300)) << chars(199) + QChar(0x2026);
    OutboundContent templ = make(Kind::Template);
    templ.templateName = QStringLiteral("order_shipped");
    QTest::newRow("template") << templ << QStringLiteral("Template: order_shipped");
    QTest::newRow("buttons") << buttons(2) << QStringLiteral("Pick one [Choice 1 | Choice 2]");
    QTest::newRow("list") << list(1, 1) << QStringLiteral("📋 Our menu");
    QTest::newRow("photo with caption")
        << media(Kind::Image, QStringLiteral("Our shop")) << QStringLiteral("📷 Our shop");
    QTest::newRow("photo without caption") << media(Kind::Image) << QStringLiteral("📷 Photo");
    OutboundContent document = media(Kind::Document);
    document.filename = QStringLiteral("invoice.pdf");
    QTest::newRow("document shows filename") << document << QStringLiteral("📄 invoice.pdf");
    QTest::newRow("audio") << media(Kind::Audio) << QStringLiteral("🎵 Audio");
    OutboundContent location = make(Kind::Location);
    location.locationName = QStringLiteral("Shop");
    QTest::newRow("named location") << location << QStringLiteral("📍 Shop");
    OutboundContent point = make(Kind::Location);
    point.latitude = 52.52;
    point.longitude = 13.405;
    QTest::newRow("unnamed location") << point << QStringLiteral("📍 52.52000, 13.40500");
    QTest::newRow("reaction") << make(Kind::Reaction, QStringLiteral("👍")) << QStringLiteral("Reaction 👍");
    QTest::newRow("reaction removed") << make(Kind::Reaction) << QStringLiteral("Reaction removed");
    QTest::newRow("mark read") << make(Kind::MarkRead) << QStringLiteral("Marked as read");
}

void TestOutboundPayload::testPreview()
{
    QFETCH(OutboundContent, content);
    QFETCH(QString, preview);
    QCOMPARE(content.preview(), preview);
}

void TestOutboundPayload::testNeedsOpenWindow()
{
    QVERIFY(make(Kind::Text).needsOpenWindow());
    QVERIFY(make(Kind::Buttons).needsOpenWindow());
    QVERIFY(make(Kind::Image).needsOpenWindow());
    QVERIFY(make(Kind::Reaction).needsOpenWindow());
    QVERIFY(!make(Kind::Template).needsOpenWindow());
    QVERIFY(!make(Kind::MarkRead).needsOpenWindow());
    QVERIFY(!make(Kind::Typing).needsOpenWindow());
}

QTEST_GUILESS_MAIN(TestOutboundPayload)
#include "TestOutboundPayload.moc"
