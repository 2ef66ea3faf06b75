// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// WhatsApp's formatting markers become styles on the text without them; what only looks like
// markup stays as typed.
#include "desk/WhatsAppFormatting.h"

#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;
using Style = WhatsAppFormatting::Style;

namespace {

//! "bold:0+4 italic:5+3" in the order of the spans.
QString describe(const WhatsAppFormatting::Marked& marked)
{
    static const char* names[] = {"bold", "italic", "strike", "mono"};
    QStringList parts;
    for (const auto& span : marked.spans)
        parts.append(QStringLiteral("%1:%2+%3")
                         .arg(QLatin1String(names[int(span.style)]))
                         .arg(span.start)
                         .arg(span.length));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestWhatsAppFormatting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testStyles_data();
    void testStyles();
    void testManyUnclosedMarkersStayText();
};

void TestWhatsAppFormatting::testStyles_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spans");
    QTest::newRow("plain") << "Hello there"
                           << "Hello there"
                           << "";
    QTest::newRow("bold") << "Your order is *ready*."
                          << "Your order is ready."
                          << "bold:14+5";
    QTest::newRow("italic") << "_Thanks_ for waiting"
                            << "Thanks for waiting"
                            << "italic:0+6";
    QTest::newRow("strike") << "was ~€40~ now €30"
                            << "was €40 now €30"
                            << "strike:4+3";
    QTest::newRow("block") << "code: ```a *b* c```"
                           << "code: a *b* c"
                           << "mono:6+7";
    QTest::newRow("inline code") << "run `ls -l` now"
                                 << "run ls -l now"
                                 << "mono:4+5";
    QTest::newRow("nested") << "*_both_*"
                            << "both"
                            << "italic:0+4 bold:0+4";
    QTest::newRow("two") << "*a* and *b*"
                         << "a and b"
                         << "bold:0+1 bold:6+1";
    QTest::newRow("cjk") << "请*尽快*回复"
                         << "请*尽快*回复"
                         << "";
    QTest::newRow("cjk spaced") << "请 *尽快* 回复"
                                << "请 尽快 回复"
                                << "bold:2+2";
    QTest::newRow("arithmetic") << "2*3*4 = 24"
                                << "2*3*4 = 24"
                                << "";
    QTest::newRow("snake case") << "set my_var_name now"
                                << "set my_var_name now"
                                << "";
    QTest::newRow("lone star") << "rated 5* hotel"
                               << "rated 5* hotel"
                               << "";
    QTest::newRow("space inside") << "* not bold *"
                                  << "* not bold *"
                                  << "";
    // The outer stars cannot open (a star follows) or close (a star precedes): the inner pair bolds.
    QTest::newRow("double") << "**yes**"
                            << "*yes*"
                            << "bold:1+3";
    QTest::newRow("across lines") << "*one\ntwo*"
                                  << "*one\ntwo*"
                                  << "";
    QTest::newRow("unclosed fence") << "```abc"
                                    << "```abc"
                                    << "";
    QTest::newRow("punctuation") << "(*yes*)"
                                 << "(yes)"
                                 << "bold:1+3";
}

void TestWhatsAppFormatting::testStyles()
{
    QFETCH(QString, source);
    QFETCH(QString, text);
    QFETCH(QString, spans);
    const WhatsAppFormatting::Marked marked = WhatsAppFormatting::parse(source);
    QCOMPARE(marked.text, text);
    QCOMPARE(describe(marked), spans);
}

void TestWhatsAppFormatting::testManyUnclosedMarkersStayText()
{
    // 64 KiB of openers that never close (the closer table rejects each without a scan to the end).
    QString hostile;
    for (int i = 0; i < 16 * 1024; ++i)
        hostile += QStringLiteral(" *a_");
    const WhatsAppFormatting::Marked marked = WhatsAppFormatting::parse(hostile);
    QCOMPARE(marked.text, hostile);
    QVERIFY(marked.spans.isEmpty());
}

QTEST_GUILESS_MAIN(TestWhatsAppFormatting)
#include "TestWhatsAppFormatting.moc"
