// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/WhatsAppMarkup.h"
#include "TestEnvironment.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ChannelDesk;

class TestWhatsAppMarkup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testFromMarkdown_data();
    void testFromMarkdown();
    void testPlainTextIsUnchanged_data();
    void testPlainTextIsUnchanged();
    void testArbitraryMarkersKeepTheText();
};

void TestWhatsAppMarkup::initTestCase()
{
    TestEnvironment::init();
}

void TestWhatsAppMarkup::testFromMarkdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("whatsapp");

    // Emphasis.
    QTest::newRow("bold with asterisks")
        << QStringLiteral("a **bold** word") << QStringLiteral("a *bold* word");
    QTest::newRow("bold with underscores")
        << QStringLiteral("a __bold__ word") << QStringLiteral("a *bold* word");
    QTest::newRow("italic with asterisk")
        << QStringLiteral("an *italic* word") << QStringLiteral("an _italic_ word");
    QTest::newRow("italic with underscore stays")
        << QStringLiteral("an _italic_ word") << QStringLiteral("an _italic_ word");
    QTest::newRow("strike") << QStringLiteral("~~gone~~ now") << QStringLiteral("~gone~ now");
    QTest::newRow("single tilde strike") << QStringLiteral("~gone~") << QStringLiteral("~gone~");
    QTest::newRow("bold and italic") << QStringLiteral("***both***") << QStringLiteral("_*both*_");
    QTest::newRow("bold inside italic")
        << QStringLiteral("*very **important** note*") << QStringLiteral("_very *important* note_");
    QTest::newRow("italic inside bold")
        << QStringLiteral("**very *important* note**") << QStringLiteral("*very _important_ note*");
    QTest::newRow("several on one line")
        << QStringLiteral("**a** and *b* and ~~c~~") << QStringLiteral("*a* and _b_ and ~c~");
    QTest::newRow("bold at end with punctuation")
        << QStringLiteral("Order **#123**.") << QStringLiteral("Order *#123*.");

    // Unmatched or non-emphasis markers.
    QTest::newRow("unmatched bold opener")
        << QStringLiteral("**not closed") << QStringLiteral("**not closed");
    QTest::newRow("unmatched single asterisk") << QStringLiteral("price *5") << QStringLiteral("price *5");
    QTest::newRow("multiplication with spaces")
        << QStringLiteral("2 * 3 * 4 = 24") << QStringLiteral("2 * 3 * 4 = 24");
    QTest::newRow("snake_case stays")
        << QStringLiteral("call my_function_name now") << QStringLiteral("call my_function_name now");
    QTest::newRow("intraword double underscore stays")
        << QStringLiteral("__init__ foo__bar__baz") << QStringLiteral("*init* foo__bar__baz");
    QTest::newRow("escaped asterisks")
        << QStringLiteral("\\*not italic\\*") << QStringLiteral("*not italic*");
    QTest::newRow("mismatched tildes") << QStringLiteral("~~a~") << QStringLiteral("~~a~");
    QTest::newRow("space inside markers")
        << QStringLiteral("** not bold **") << QStringLiteral("** not bold **");

    // Code stays verbatim.
    QTest::newRow("code span") << QStringLiteral("run `a **b** c` now")
                               << QStringLiteral("run `a **b** c` now");
    QTest::newRow("code span with underscores")
        << QStringLiteral("`my_var_name` is *set*") << QStringLiteral("`my_var_name` is _set_");
    QTest::newRow("inline triple backticks")
        << QStringLiteral("```x **y**``` and **z**") << QStringLiteral("```x **y**``` and *z*");
    QTest::newRow("unclosed backtick is literal")
        << QStringLiteral("a ` b **c**") << QStringLiteral("a ` b *c*");
    QTest::newRow("fenced block") << QStringLiteral(
        "**before**\n```\n**x** _y_ # z\n- [a](b)\n```\n**after**")
                                  << QStringLiteral("*before*\n```\n**x** _y_ # z\n- [a](b)\n```\n*after*");
    QTest::newRow("fenced block with language")
        << QStringLiteral("```cpp\nint *p = **q;\n```") << QStringLiteral("```cpp\nint *p = **q;\n```");
    QTest::newRow("tilde fence becomes backticks")
        << QStringLiteral("~~~\n~~keep~~\n~~~") << QStringLiteral("```\n~~keep~~\n```");
    QTest::newRow("unclosed fence keeps the rest")
        << QStringLiteral("```\n**a**\n**b**") << QStringLiteral("```\n**a**\n**b**");

    // Headings.
    QTest::newRow("heading") << QStringLiteral("# Title") << QStringLiteral("*Title*");
    QTest::newRow("level three heading")
        << QStringLiteral("### Opening hours") << QStringLiteral("*Opening hours*");
    QTest::newRow("heading with closing hashes")
        << QStringLiteral("## Title ##") << QStringLiteral("*Title*");
    QTest::newRow("heading with bold inside")
        << QStringLiteral("# A **big** deal") << QStringLiteral("*A big deal*");
    QTest::newRow("heading with italic inside")
        << QStringLiteral("# A *small* deal") << QStringLiteral("*A _small_ deal*");
    QTest::newRow("hashtag is no heading") << QStringLiteral("#sale today") << QStringLiteral("#sale today");
    QTest::newRow("seven hashes is no heading") << QStringLiteral("####### x") << QStringLiteral("####### x");
    QTest::newRow("empty heading") << QStringLiteral("#") << QString();

    // Links.
    QTest::newRow("link") << QStringLiteral("See [our shop](https://example.com/shop).")
                          << QStringLiteral("See our shop (https://example.com/shop).");
    QTest::newRow("link with title") << QStringLiteral("[Docs](https://example.com \"The docs\")")
                                     << QStringLiteral("Docs (https://example.com)");
    QTest::newRow("link whose text is the url")
        << QStringLiteral("[https://example.com](https://example.com)")
        << QStringLiteral("https://example.com");
    QTest::newRow("link with bold text")
        << QStringLiteral("[**Buy**](https://example.com)") << QStringLiteral("*Buy* (https://example.com)");
    QTest::newRow("link with parentheses in url")
        << QStringLiteral("[W](https://en.wikipedia.org/wiki/A_(b))")
        << QStringLiteral("W (https://en.wikipedia.org/wiki/A_(b))");
    QTest::newRow("mail link") << QStringLiteral("[a@example.com](mailto:a@example.com)")
                               << QStringLiteral("a@example.com");
    QTest::newRow("image") << QStringLiteral("![Logo](https://example.com/l.png)")
                           << QStringLiteral("Logo (https://example.com/l.png)");
    QTest::newRow("autolink") << QStringLiteral("<https://example.com>")
                              << QStringLiteral("https://example.com");
    QTest::newRow("brackets without url stay")
        << QStringLiteral("[not a link] and [x]") << QStringLiteral("[not a link] and [x]");
    QTest::newRow("angle brackets that are no link")
        << QStringLiteral("a < b > c") << QStringLiteral("a < b > c");
    QTest::newRow("url underscores are not italic")
        << QStringLiteral("[x](https://e.com/a_b_c) _y_") << QStringLiteral("x (https://e.com/a_b_c) _y_");

    // Lists and quotes.
    QTest::newRow("dash bullets") << QStringLiteral("- one\n- **two**") << QStringLiteral("- one\n- *two*");
    QTest::newRow("asterisk bullets are no italic")
        << QStringLiteral("* one\n* two") << QStringLiteral("* one\n* two");
    QTest::newRow("asterisk bullet with italic")
        << QStringLiteral("* an *italic* item") << QStringLiteral("* an _italic_ item");
    QTest::newRow("plus bullet becomes dash") << QStringLiteral("+ item") << QStringLiteral("- item");
    QTest::newRow("nested bullet") << QStringLiteral("- a\n  * **b**") << QStringLiteral("- a\n  * *b*");
    QTest::newRow("numbered list") << QStringLiteral("1. **first**\n2. second")
                                   << QStringLiteral("1. *first*\n2. second");
    QTest::newRow("quote") << QStringLiteral("> **quoted**") << QStringLiteral("> *quoted*");
    QTest::newRow("thematic break stays") << QStringLiteral("a\n***\nb") << QStringLiteral("a\n***\nb");
    QTest::newRow("spaced thematic break") << QStringLiteral("* * *") << QStringLiteral("* * *");

    // Whole messages.
    QTest::newRow("emphasis does not span lines") << QStringLiteral("**a\nb**") << QStringLiteral("**a\nb**");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank lines kept") << QStringLiteral("a\n\n\nb") << QStringLiteral("a\n\n\nb");
    QTest::newRow("windows line endings")
        << QStringLiteral("**a**\r\n*b*\r\n") << QStringLiteral("*a*\r\n_b_\r\n");
    QTest::newRow("emoji next to markers") << QStringLiteral("**🎉 Sale!**") << QStringLiteral("*🎉 Sale!*");
}

void TestWhatsAppMarkup::testFromMarkdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, whatsapp);
    QCOMPARE(WhatsAppMarkup::fromMarkdown(markdown), whatsapp);
}

void TestWhatsAppMarkup::testPlainTextIsUnchanged_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("sentence") << QStringLiteral("Hello Ana, your order has shipped.");
    QTest::newRow("prices and percentages") << QStringLiteral("Only R$99,70 (-20%) until 31.12.!");
    QTest::newRow("url with underscores") << QStringLiteral("https://example.com/a_b_c?x=1&y=2");
    QTest::newRow("email") << QStringLiteral("mail me: first_last@example.com");
    QTest::newRow("already WhatsApp markup") << QStringLiteral("_italic_ and ~strike~");
    QTest::newRow("multi-line") << QStringLiteral("Line one\nLine two\n\n- item");
}

void TestWhatsAppMarkup::testPlainTextIsUnchanged()
{
    QFETCH(QString, text);
    QCOMPARE(WhatsAppMarkup::fromMarkdown(text), text);
}

void TestWhatsAppMarkup::testArbitraryMarkersKeepTheText()
{
    // Random mixes of markers must never lose, add or reorder the words between them.
    const QString alphabet = QStringLiteral("*_~`#-> ab\n[]()!<");
    QRandomGenerator random(20260302);
    for (int round = 0; round < 5000; ++round) {
        QString input;
        const int length = random.bounded(1, 40);
        for (int i = 0; i < length; ++i)
            input += alphabet.at(random.bounded(int(alphabet.size())));
        const QString output = WhatsAppMarkup::fromMarkdown(input);
        const auto letters = [](const QString& text) {
            QString kept;
            for (QChar c : text) {
                if (c == QLatin1Char('a') || c == QLatin1Char('b'))
                    kept += c;
            }
            return kept;
        };
        // Links "[a](b)" become "a (b)", which keeps the letters in order too.
        QVERIFY2(letters(output) == letters(input), qPrintable(input + QStringLiteral(" → ") + output));
        QCOMPARE(output.count(QLatin1Char('\n')), input.count(QLatin1Char('\n')));
    }
}

QTEST_GUILESS_MAIN(TestWhatsAppMarkup)
#include "TestWhatsAppMarkup.moc"
