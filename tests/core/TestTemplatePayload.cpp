// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/OutboundContent.h"
#include "model/TemplateInfo.h"
#include "outbound/OutboundPayload.h"
#include "outbound/TemplatePayload.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ChannelDesk;
using Button = TemplateButtonParameter;

Q_DECLARE_METATYPE(ChannelDesk::OutboundContent)

namespace {

OutboundContent orderShipped()
{
    OutboundContent content;
    content.kind = OutboundContent::Kind::Template;
    content.templateName = QStringLiteral("order_shipped");
    content.templateLanguage = QStringLiteral("en_US");
    content.templateParameters = {QStringLiteral("Li Wei"), QStringLiteral("R-7781")};
    return content;
}

OutboundContent with(const QString& headerType, const QString& header, const QList<Button>& buttons = {})
{
    OutboundContent content = orderShipped();
    content.templateHeaderType = headerType;
    content.templateHeader = header;
    content.templateButtons = buttons;
    return content;
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString chars(int count)
{
    return QString(count, QLatin1Char('x'));
}

} // namespace

//! The "template" object of a send: header, body and button components in Meta's shape, and
//! Meta's limits refused before anything is sent, with words that say which field and by how much.
class TestTemplatePayload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testComponents_data();
    void testComponents();
    void testRefused_data();
    void testRefused();
    void testContentJsonKeepsHeaderAndButtons();
    void testRenderFillsEveryUseOfAPlaceholder();
    void testDefinitionListsHeaderAndButtons();
};

void TestTemplatePayload::testComponents_data()
{
    QTest::addColumn<OutboundContent>("content");
    QTest::addColumn<QJsonObject>("expected");

    OutboundContent bodyOnly = orderShipped();
    QTest::newRow("body only")
        << bodyOnly
        << json(R"({"name":"order_shipped","language":{"policy":"deterministic",)"
                R"("code":"en_US"},"components":[{"type":"body","parameters":[)"
                R"({"type":"text","text":"Li Wei"},{"type":"text","text":"R-7781"}]}]})");
    QTest::newRow("image header, quick reply and url buttons")
        << with(QStringLiteral("image"), QStringLiteral("https://cdn.example.com/box.jpg"),
                {Button{Button::Type::QuickReply, 0, QStringLiteral("TRACK_R-7781")},
                 Button{Button::Type::Url, 2, QStringLiteral("R-7781?lang=zh")}})
        << json(
               R"({"name":"order_shipped","language":{"policy":"deterministic","code":"en_US"},"components":[)"
               R"({"type":"header","parameters":[{"type":"image","image":{"link":"https://cdn.example.com/box.jpg"}}]},)"
               R"({"type":"body","parameters":[{"type":"text","text":"Li Wei"},{"type":"text","text":"R-7781"}]},)"
               R"({"type":"button","sub_type":"quick_reply","index":"0","parameters":[{"type":"payload","payload":"TRACK_R-7781"}]},)"
               R"({"type":"button","sub_type":"url","index":"2","parameters":[{"type":"text","text":"R-7781?lang=zh"}]}]})");
    QTest::newRow("document header")
        << with(QStringLiteral("document"), QStringLiteral("https://example.com/invoice.pdf"))
        << json(
               R"({"name":"order_shipped","language":{"policy":"deterministic","code":"en_US"},"components":[)"
               R"({"type":"header","parameters":[{"type":"document","document":{"link":"https://example.com/invoice.pdf"}}]},)"
               R"({"type":"body","parameters":[{"type":"text","text":"Li Wei"},{"type":"text","text":"R-7781"}]}]})");
    QTest::newRow("text header parameter")
        << with(QStringLiteral("text"), QStringLiteral("R-7781"))
        << json(
               R"({"name":"order_shipped","language":{"policy":"deterministic","code":"en_US"},"components":[)"
               R"({"type":"header","parameters":[{"type":"text","text":"R-7781"}]},)"
               R"({"type":"body","parameters":[{"type":"text","text":"Li Wei"},{"type":"text","text":"R-7781"}]}]})");
}

void TestTemplatePayload::testComponents()
{
    QFETCH(OutboundContent, content);
    QFETCH(QJsonObject, expected);
    const Result<QJsonObject> built = TemplatePayload::build(content);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
    QCOMPARE(built.value(), expected);
    // The whole send carries the same object under "template".
    const Result<QJsonObject> send = OutboundPayload::build(content, QStringLiteral("+86 138 0013 8000"));
    QVERIFY(send.ok());
    QCOMPARE(send.value().value(QLatin1String("template")).toObject(), expected);
}

void TestTemplatePayload::testRefused_data()
{
    QTest::addColumn<OutboundContent>("content");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");

    OutboundContent longAlone = orderShipped();
    longAlone.templateParameters = {chars(32769), QStringLiteral("R-7781")};
    QTest::newRow("body parameter over 32768 alone")
        << longAlone << int(OutboundPayload::TooLong)
        << QStringLiteral("32769 characters long; WhatsApp allows at most 32768");
    OutboundContent longWithHeader
        = with(QStringLiteral("image"), QStringLiteral("https://example.com/a.png"));
    longWithHeader.templateParameters = {chars(1025), QStringLiteral("R-7781")};
    QTest::newRow("body parameter over 1024 with a header")
        << longWithHeader << int(OutboundPayload::TooLong) << QStringLiteral("at most 1024. Shorten it by 1");
    QTest::newRow("text header parameter over 60")
        << with(QStringLiteral("text"), chars(61)) << int(OutboundPayload::TooLong)
        << QStringLiteral("header parameter is 61 characters long; WhatsApp allows at most 60");
    QTest::newRow("header link not http")
        << with(QStringLiteral("image"), QStringLiteral("ftp://example.com/a.png"))
        << int(OutboundPayload::InvalidValue)
        << QStringLiteral("“ftp://example.com/a.png” is not an http(s) address");
    QTest::newRow("header link missing")
        << with(QStringLiteral("video"), QString()) << int(OutboundPayload::MissingField)
        << QStringLiteral("video header needs a link");
    QTest::newRow("unknown header type")
        << with(QStringLiteral("gif"), QStringLiteral("https://example.com/a.gif"))
        << int(OutboundPayload::InvalidValue) << QStringLiteral("“gif” is unknown");
    QTest::newRow("url suffix over 2000")
        << with({}, {}, {Button{Button::Type::Url, 0, chars(2001)}}) << int(OutboundPayload::TooLong)
        << QStringLiteral("URL suffix of button 1 is 2001 characters long; WhatsApp allows at most 2000");
    QTest::newRow("empty payload") << with({}, {}, {Button{Button::Type::QuickReply, 1, QString()}})
                                   << int(OutboundPayload::MissingField)
                                   << QStringLiteral("payload of button 2 is empty");
    QTest::newRow("button 11") << with({}, {}, {Button{Button::Type::QuickReply, 10, QStringLiteral("X")}})
                               << int(OutboundPayload::InvalidValue) << QStringLiteral("at most 10 buttons");
    QTest::newRow("one button twice")
        << with({}, {},
                {Button{Button::Type::QuickReply, 0, QStringLiteral("A")},
                 Button{Button::Type::Url, 0, QStringLiteral("B")}})
        << int(OutboundPayload::Duplicate) << QStringLiteral("Button 1 is given two values");
    OutboundContent longBody = orderShipped();
    longBody.templateBody = chars(1025);
    QTest::newRow("filled-in body over 1024") << longBody << int(OutboundPayload::TooLong)
                                              << QStringLiteral("body with its parameters filled in is 1025");
    OutboundContent tab = with(QStringLiteral("text"), QStringLiteral("a\tb"));
    QTest::newRow("tab in header parameter")
        << tab << int(OutboundPayload::InvalidValue) << QStringLiteral("tab");
}

void TestTemplatePayload::testRefused()
{
    QFETCH(OutboundContent, content);
    QFETCH(int, code);
    QFETCH(QString, words);
    const Result<QJsonObject> built = TemplatePayload::build(content);
    QVERIFY(!built.ok());
    QCOMPARE(int(built.error().code), code);
    QVERIFY2(built.error().message.contains(words), qPrintable(built.error().message));
}

void TestTemplatePayload::testContentJsonKeepsHeaderAndButtons()
{
    OutboundContent content = with(QStringLiteral("image"), QStringLiteral("https://example.com/a.png"),
                                   {Button{Button::Type::Url, 1, QStringLiteral("R-7781")}});
    content.templateBody = QStringLiteral("Hi Li Wei, your order R-7781 has shipped.");
    const Result<OutboundContent> back = OutboundContent::fromJson(content.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back.value().templateBody, content.templateBody);
    QCOMPARE(back.value().templateHeaderType, QStringLiteral("image"));
    QCOMPARE(back.value().templateHeader, content.templateHeader);
    QCOMPARE(back.value().templateButtons, content.templateButtons);
    QJsonObject wrong = content.toJson();
    wrong.insert(QStringLiteral("templateButtons"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("call")}}});
    QVERIFY(!OutboundContent::fromJson(wrong).ok());
}

void TestTemplatePayload::testRenderFillsEveryUseOfAPlaceholder()
{
    TemplateInfo info;
    info.bodyText = QStringLiteral("Hi {{1}}, your order {{2}} has shipped. Track it with {{ 2 }}.");
    info.bodyParameterNames = TemplateInfo::placeholders(info.bodyText);
    QCOMPARE(info.render({QStringLiteral("Li Wei"), QStringLiteral("R-7781")}),
             QStringLiteral("Hi Li Wei, your order R-7781 has shipped. Track it with R-7781."));
    // A value that looks like a placeholder is not filled in again; a missing one stays visible.
    QCOMPARE(info.render({QStringLiteral("{{2}}")}),
             QStringLiteral("Hi {{2}}, your order {{2}} has shipped. Track it with {{ 2 }}."));
}

void TestTemplatePayload::testDefinitionListsHeaderAndButtons()
{
    const TemplateInfo info = TemplateInfo::fromJson(json(
        R"({"name":"delivery_photo","language":"en_US","status":"APPROVED","components":[)"
        R"({"type":"HEADER","format":"IMAGE"},{"type":"BODY","text":"Your parcel {{1}} was delivered."},)"
        R"({"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Not mine"},)"
        R"({"type":"PHONE_NUMBER","text":"Call us","phone_number":"+15550000000"},)"
        R"({"type":"URL","text":"Track","url":"https://example.com/t/{{1}}"},)"
        R"({"type":"URL","text":"Shop","url":"https://example.com/"}]}]})"));
    QCOMPARE(info.headerParameterType(), QStringLiteral("image"));
    QCOMPARE(info.buttons.size(), 4);
    QVERIFY(info.buttons.at(0).takesParameter());
    QVERIFY(!info.buttons.at(1).takesParameter());
    QVERIFY(info.buttons.at(2).takesParameter());
    QVERIFY(!info.buttons.at(3).takesParameter()); // a static link
}

QTEST_GUILESS_MAIN(TestTemplatePayload)
#include "TestTemplatePayload.moc"
