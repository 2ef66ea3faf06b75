// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ParsedJson: the thread's parser is reused without one document overwriting another, and refused
// text is explained.
#include "util/ParsedJson.h"

#include <QFuture>
#include <QTest>
#include <QtConcurrent>

using namespace ChannelDesk;

class TestParsedJson : public QObject
{
    Q_OBJECT

private slots:
    void testReadsADocument();
    void testTwoDocumentsAliveOnOneThread();
    void testLargeDocument();
    void testThreadsParseSideBySide();
    void testRefusals_data();
    void testRefusals();
};

namespace {

QByteArray document(int n)
{
    return R"({"n":)" + QByteArray::number(n) + R"(,"text":"message )" + QByteArray::number(n) + "\"}";
}

} // namespace

void TestParsedJson::testReadsADocument()
{
    const ParsedJson parsed(document(7));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.error(), QString());
    QCOMPARE(parsed.root().value("text").string(), QStringLiteral("message 7"));
}

void TestParsedJson::testTwoDocumentsAliveOnOneThread()
{
    const ParsedJson first(document(1));
    {
        const ParsedJson second(document(2));
        QCOMPARE(second.root().value("n").toInt(), 2);
        // The first is still intact while the second lives, and after it is gone.
        QCOMPARE(first.root().value("n").toInt(), 1);
    }
    QCOMPARE(first.root().value("text").string(), QStringLiteral("message 1"));
    const ParsedJson third(document(3));
    QCOMPARE(first.root().value("n").toInt(), 1);
    QCOMPARE(third.root().value("n").toInt(), 3);
}

void TestParsedJson::testLargeDocument()
{
    QByteArray json = R"({"items":[)";
    for (int i = 0; i < 20000; ++i)
        json += (i ? "," : "") + document(i);
    json += "]}";
    QVERIFY(json.size() > 256 * 1024);
    const ParsedJson parsed(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const JsonView items = parsed.root().value("items");
    QCOMPARE(items.size(), 20000);
    QCOMPARE(items.at(19999).value("text").string(), QStringLiteral("message 19999"));
    // A small document right after it still reads (it goes to the thread's parser).
    const ParsedJson small(document(5));
    QCOMPARE(small.root().value("n").toInt(), 5);
    QCOMPARE(items.at(0).value("n").toInt(), 0);
}

void TestParsedJson::testThreadsParseSideBySide()
{
    auto parseMany = [](int offset) {
        int wrong = 0;
        for (int i = 0; i < 20000; ++i) {
            const ParsedJson parsed(document(offset + i));
            if (!parsed.ok() || parsed.root().value("n").toInt() != offset + i)
                ++wrong;
        }
        return wrong;
    };
    QFuture<int> a = QtConcurrent::run(parseMany, 0);
    QFuture<int> b = QtConcurrent::run(parseMany, 1000000);
    QCOMPARE(a.result(), 0);
    QCOMPARE(b.result(), 0);
}

void TestParsedJson::testRefusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("no colon") << QByteArray(R"({"a" 1})")
                              << QStringLiteral("missing name separator at offset 6");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})")
                                    << QStringLiteral("object is missing after a comma at offset 8");
    QTest::newRow("raw control character")
        << QByteArray("{\"a\":\"x\ty\"}")
        << QStringLiteral("a string holds a control character, which JSON wants escaped");
    QTest::newRow("unknown escape") << QByteArray(
        R"({"a":"\q"})") << QStringLiteral("a string has an unknown escape or an unpaired UTF-16 surrogate");
    QTest::newRow("unpaired surrogate")
        << QByteArray(R"({"a":"\udc00"})")
        << QStringLiteral("a string has an unknown escape or an unpaired UTF-16 surrogate");
    QTest::newRow("integer wider than 64 bits")
        << QByteArray(R"({"a":123456789012345678901})")
        << QStringLiteral("a number is malformed or is an integer wider than 64 bits");
}

void TestParsedJson::testRefusals()
{
    QFETCH(QByteArray, json);
    const ParsedJson parsed(json);
    QVERIFY(!parsed.ok());
    QTEST(parsed.error(), "error");
    QVERIFY(parsed.root().isUndefined());
}

QTEST_GUILESS_MAIN(TestParsedJson)
#include "TestParsedJson.moc"
