// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wecom/WeComTextSplitter.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

namespace {

//! Every part within the budget, none empty, none starting inside a surrogate pair, and the parts
//! joined give the text back.
void checkParts(const QString& text, const QStringList& parts, int maxBytes)
{
    for (const QString& part : parts) {
        QVERIFY(!part.isEmpty());
        QVERIFY2(part.toUtf8().size() <= maxBytes, qPrintable(QString::number(part.toUtf8().size())));
        QVERIFY(!part.front().isLowSurrogate());
        QVERIFY(!part.back().isHighSurrogate());
    }
    QCOMPARE(parts.join(QString()), text);
}

} // namespace

class TestWeComTextSplitter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testEmptyTextGivesNoParts();
    void testShortTextIsOnePart();
    void testExactBudgetIsOnePart();
    void testOneByteOverGivesTwoParts();
    void testCjkNeverSplitInsideACharacter();
    void testEmojiPairStaysWhole_data();
    void testEmojiPairStaysWhole();
    void testPrefersLineBreakInLastQuarter();
    void testPrefersLineBreakOverSpace();
    void testIgnoresBreakBeforeLastQuarter();
    void testSpaceWhenNoLineBreak();
    void testMixedLongText();
};

void TestWeComTextSplitter::testEmptyTextGivesNoParts()
{
    QVERIFY(WeComTextSplitter::split(QString()).isEmpty());
}

void TestWeComTextSplitter::testShortTextIsOnePart()
{
    const QString text = QStringLiteral("你好, ChannelDesk");
    QCOMPARE(WeComTextSplitter::split(text), QStringList{text});
}

void TestWeComTextSplitter::testExactBudgetIsOnePart()
{
    const QString ascii(2048, QLatin1Char('a'));
    QCOMPARE(WeComTextSplitter::split(ascii).size(), 1);
    // 682 × 3 bytes + 2 = 2048
    const QString cjk = QString(682, QChar(u'中')) + QStringLiteral("ab");
    QCOMPARE(cjk.toUtf8().size(), 2048);
    QCOMPARE(WeComTextSplitter::split(cjk).size(), 1);
}

void TestWeComTextSplitter::testOneByteOverGivesTwoParts()
{
    const QString text(2049, QLatin1Char('a'));
    const QStringList parts = WeComTextSplitter::split(text);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).size(), 2048);
    checkParts(text, parts, 2048);
}

void TestWeComTextSplitter::testCjkNeverSplitInsideACharacter()
{
    // 700 × 3 = 2100 bytes; the first part holds 682 characters (2046 bytes), not 2048.
    const QString text(700, QChar(u'字'));
    const QStringList parts = WeComTextSplitter::split(text);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).size(), 682);
    checkParts(text, parts, 2048);
    for (const QString& part : parts)
        QVERIFY(!part.toUtf8().contains("\xEF\xBF\xBD"));
}

void TestWeComTextSplitter::testEmojiPairStaysWhole_data()
{
    QTest::addColumn<int>("asciiBefore");
    // 😀 is 4 bytes in UTF-8 and a surrogate pair in UTF-16.
    QTest::newRow("pair ends exactly at the budget") << 2044;
    QTest::newRow("pair would cross by one byte") << 2045;
    QTest::newRow("pair would cross by three bytes") << 2047;
}

void TestWeComTextSplitter::testEmojiPairStaysWhole()
{
    QFETCH(int, asciiBefore);
    const QString text = QString(asciiBefore, QLatin1Char('x')) + QStringLiteral("😀😀tail");
    const QStringList parts = WeComTextSplitter::split(text);
    checkParts(text, parts, 2048);
    QCOMPARE(parts.at(0).endsWith(QStringLiteral("😀")), asciiBefore == 2044);
}

void TestWeComTextSplitter::testPrefersLineBreakInLastQuarter()
{
    const QString first = QString(1800, QLatin1Char('a')) + QLatin1Char('\n');
    const QString text = first + QString(600, QLatin1Char('b'));
    const QStringList parts = WeComTextSplitter::split(text);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0), first);
    checkParts(text, parts, 2048);
}

void TestWeComTextSplitter::testPrefersLineBreakOverSpace()
{
    const QString text = QString(1600, QLatin1Char('a')) + QLatin1Char('\n') + QString(300, QLatin1Char('b'))
        + QLatin1Char(' ') + QString(500, QLatin1Char('c'));
    const QStringList parts = WeComTextSplitter::split(text);
    QCOMPARE(parts.at(0).size(), 1601);
    QVERIFY(parts.at(0).endsWith(QLatin1Char('\n')));
    checkParts(text, parts, 2048);
}

void TestWeComTextSplitter::testIgnoresBreakBeforeLastQuarter()
{
    // A line break at byte 1001 is too early: the part would be half empty.
    const QString text
        = QString(1000, QLatin1Char('a')) + QLatin1Char('\n') + QString(2000, QLatin1Char('b'));
    const QStringList parts = WeComTextSplitter::split(text);
    QCOMPARE(parts.at(0).size(), 2048);
    checkParts(text, parts, 2048);
}

void TestWeComTextSplitter::testSpaceWhenNoLineBreak()
{
    const QString text = QString(1900, QLatin1Char('a')) + QLatin1Char(' ') + QString(400, QLatin1Char('b'));
    const QStringList parts = WeComTextSplitter::split(text);
    QCOMPARE(parts.at(0).size(), 1901);
    QVERIFY(parts.at(0).endsWith(QLatin1Char(' ')));
    checkParts(text, parts, 2048);
}

void TestWeComTextSplitter::testMixedLongText()
{
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("第%1行: hello 世界 😀🇨🇳\n").arg(i);
    for (const int budget : {2048, 100, 7, 4, 1}) {
        const QStringList parts = WeComTextSplitter::split(text, budget);
        QVERIFY(parts.size() > 1);
        // A budget below one character's size still moves forward one character at a time.
        checkParts(text, parts, std::max(budget, 4));
    }
}

QTEST_GUILESS_MAIN(TestWeComTextSplitter)
#include "TestWeComTextSplitter.moc"
