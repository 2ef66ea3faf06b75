// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A message's WhatsApp formatting in the conversation view: drawn as bold, italic, struck or
// monospace text without the markers, and the bubble sized for what is drawn.
#include "MessageListDelegate.h"

#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

class TestMessageFormatting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testMarkersBecomeFormats();
    void testPlainTextHasNoFormats();
};

void TestMessageFormatting::testMarkersBecomeFormats()
{
    QList<QTextLayout::FormatRange> formats;
    const QString shown = MessageListDelegate::formattedText(
        QStringLiteral("Order *R-7781* is _on its way_, was ~late~: ```cd-42```"), &formats);
    QCOMPARE(shown, QStringLiteral("Order R-7781 is on its way, was late: cd-42"));
    QCOMPARE(formats.size(), 4);
    QCOMPARE(shown.mid(formats.at(0).start, formats.at(0).length), QStringLiteral("R-7781"));
    QCOMPARE(formats.at(0).format.fontWeight(), int(QFont::Bold));
    QCOMPARE(shown.mid(formats.at(1).start, formats.at(1).length), QStringLiteral("on its way"));
    QVERIFY(formats.at(1).format.fontItalic());
    QCOMPARE(shown.mid(formats.at(2).start, formats.at(2).length), QStringLiteral("late"));
    QVERIFY(formats.at(2).format.fontStrikeOut());
    QCOMPARE(shown.mid(formats.at(3).start, formats.at(3).length), QStringLiteral("cd-42"));
    QVERIFY(formats.at(3).format.fontFixedPitch());

    // Laid out, the bold range really is bold.
    QTextLayout layout(shown, QFont());
    layout.setFormats(formats);
    layout.beginLayout();
    layout.createLine().setLineWidth(2000);
    layout.endLayout();
    bool boldRun = false;
    for (const QGlyphRun& run : layout.glyphRuns())
        boldRun = boldRun || run.rawFont().weight() >= QFont::DemiBold;
    QVERIFY(boldRun);
}

void TestMessageFormatting::testPlainTextHasNoFormats()
{
    QList<QTextLayout::FormatRange> formats{{0, 1, {}}};
    QCOMPARE(MessageListDelegate::formattedText(QStringLiteral("2*3*4 = 24, my_var_name"), &formats),
             QStringLiteral("2*3*4 = 24, my_var_name"));
    QVERIFY(formats.isEmpty());
}

QTEST_MAIN(TestMessageFormatting)
#include "TestMessageFormatting.moc"
