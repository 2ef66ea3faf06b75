// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// JsonView answers as QJsonValue would for the same document, except where it is more exact.
#include "util/JsonView.h"

#include <QJsonDocument>
#include <QTest>

using namespace ChannelDesk;

class TestJsonView : public QObject
{
    Q_OBJECT

private slots:
    void testAbsentAndWrongTypesAreEmpty();
    void testLastOfDuplicateKeysWins();
    void testScalarStrings_data();
    void testScalarStrings();
    void testNonNegative_data();
    void testNonNegative();
    void testToIntReadsStringsAndIntegralNumbers();
    void testToQJsonMatchesQJsonDocument();
    void testCompactKeepsTheOrderReceived();
    void testArrays();

private:
    //! The view lives in the parser's buffers, so the parser is kept for the test function.
    JsonView parse(const QByteArray& json)
    {
        simdjson::dom::element root;
        if (m_parser.parse(json.constData(), size_t(json.size())).get(root) != simdjson::SUCCESS)
            return {};
        return JsonView(root);
    }

    simdjson::dom::parser m_parser;
};

void TestJsonView::testAbsentAndWrongTypesAreEmpty()
{
    const JsonView root = parse(R"({"s":"text","n":5,"o":{"a":1},"l":[1],"t":true,"z":null})");
    QVERIFY(root.isObject());
    QVERIFY(root.value("missing").isUndefined());
    QVERIFY(root.value("s").value("a").isUndefined()); // a string has no keys
    QVERIFY(root.value("missing").value("a").isUndefined());
    QVERIFY(root.value("z").isNull());
    QCOMPARE(root.value("o").string(), QString());
    QCOMPARE(root.value("o").scalarString(), QString());
    QCOMPARE(root.value("s").size(), 0);
    QCOMPARE(root.value("o").size(), 0);
    QVERIFY(root.value("t").toBool());
    QVERIFY(!root.value("s").toBool());
    QVERIFY(!root.value("missing").toBool());
    QVERIFY(root.value("missing").toQJson().isUndefined());
    QVERIFY(root.value("missing").compact().isEmpty());
    int calls = 0;
    root.value("o").forEachItem([&](const JsonView&) { ++calls; });
    QCOMPARE(calls, 0);
}

void TestJsonView::testLastOfDuplicateKeysWins()
{
    const QByteArray json = R"({"id":"first","id":"second"})";
    const JsonView root = parse(json);
    QCOMPARE(root.value("id").string(), QStringLiteral("second"));
    QCOMPARE(root.value("id").string(),
             QJsonDocument::fromJson(json).object().value(QLatin1String("id")).toString());
    QCOMPARE(root.toQJsonObject().value(QLatin1String("id")).toString(), QStringLiteral("second"));
}

void TestJsonView::testScalarStrings_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << QByteArray(R"("15557654321")") << QStringLiteral("15557654321");
    QTest::newRow("unicode escape") << QByteArray(R"("\u5ba2\u6237")") << QStringLiteral("客户");
    QTest::newRow("integer") << QByteArray("16505551234") << QStringLiteral("16505551234");
    QTest::newRow("negative") << QByteArray("-42") << QStringLiteral("-42");
    // Above 2^53 QJsonValue rounded through double; the digits sent are kept here.
    QTest::newRow("unsigned 64-bit") << QByteArray("18446744073709551615")
                                     << QStringLiteral("18446744073709551615");
    QTest::newRow("fraction") << QByteArray("1.5") << QStringLiteral("1.5");
    QTest::newRow("exponent") << QByteArray("1e20") << QStringLiteral("1e+20");
    QTest::newRow("bool") << QByteArray("true") << QString();
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("array") << QByteArray("[1]") << QString();
}

void TestJsonView::testScalarStrings()
{
    QFETCH(QByteArray, value);
    QTEST(parse("{\"v\":" + value + "}").value("v").scalarString(), "expected");
}

void TestJsonView::testNonNegative_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("string") << QByteArray(R"("1767225600")") << qint64(1767225600);
    QTest::newRow("integer") << QByteArray("1767225600") << qint64(1767225600);
    QTest::newRow("integral double") << QByteArray("1767225600.0") << qint64(1767225600);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("the maximum") << QByteArray("2000000000") << qint64(2000000000);
    QTest::newRow("above the maximum") << QByteArray("2000000001") << qint64(-1);
    QTest::newRow("string above the maximum") << QByteArray(R"("2000000001")") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("huge double") << QByteArray("1e300") << qint64(-1);
    QTest::newRow("unsigned 64-bit") << QByteArray("18446744073709551615") << qint64(-1);
    QTest::newRow("not digits") << QByteArray(R"("soon")") << qint64(-1);
    QTest::newRow("object") << QByteArray("{}") << qint64(-1);
}

void TestJsonView::testNonNegative()
{
    QFETCH(QByteArray, value);
    QTEST(parse("{\"v\":" + value + "}").value("v").toNonNegative(2000000000), "expected");
}

void TestJsonView::testToIntReadsStringsAndIntegralNumbers()
{
    const JsonView root
        = parse(R"({"a":130429,"b":"131047","c":-5,"d":1.5,"e":4294967296,"f":null,"g":2.0})");
    QCOMPARE(root.value("a").toInt(), 130429);
    QCOMPARE(root.value("b").toInt(), 131047);
    QCOMPARE(root.value("c").toInt(), -5);
    QCOMPARE(root.value("d").toInt(), 0);
    QCOMPARE(root.value("e").toInt(), 0);
    QCOMPARE(root.value("f").toInt(), 0);
    QCOMPARE(root.value("g").toInt(), 2);
}

void TestJsonView::testToQJsonMatchesQJsonDocument()
{
    const QByteArray json = R"({"s":"ñ€😀","i":-7,"big":9007199254740993,"d":2.5,"e":1E2,"t":true,"f":false,)"
                            R"("z":null,"l":[1,"x",[],{}],"o":{"nested":{"k":"v"}},"esc":"a\"b\\c\n\u0000"})";
    QCOMPARE(parse(json).toQJson(), QJsonValue(QJsonDocument::fromJson(json).object()));
}

void TestJsonView::testCompactKeepsTheOrderReceived()
{
    const JsonView root = parse("{ \"z\" : 1,\n \"a\" : [ true , null ],\t\"m\":\"\\u00e9\\/\" }");
    // Whitespace goes, the keys stay in the order sent, escapes come out in their shortest form.
    QCOMPARE(root.compact(), QByteArray("{\"z\":1,\"a\":[true,null],\"m\":\"\xC3\xA9/\"}"));
    QCOMPARE(QJsonDocument::fromJson(root.compact()).object(), root.toQJsonObject());
}

void TestJsonView::testArrays()
{
    const JsonView list = parse(R"({"l":["a","b","c"]})").value("l");
    QVERIFY(list.isArray());
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).string(), QStringLiteral("a"));
    QCOMPARE(list.at(2).string(), QStringLiteral("c"));
    QVERIFY(list.at(3).isUndefined());
    QVERIFY(list.at(-1).isUndefined());
    QStringList seen;
    list.forEachItem([&](const JsonView& item) { seen << item.string(); });
    QCOMPARE(seen, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

QTEST_GUILESS_MAIN(TestJsonView)
#include "TestJsonView.moc"
