// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/OggOpusDuration.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace ChannelDesk;

namespace {

//! 3.5 s of a 440 Hz tone, mono 16 kHz, made with opusenc 0.2 (opus-tools).
QByteArray voiceNote()
{
    QFile file(qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QStringLiteral("/media/voice-3500ms.opus"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

std::optional<qint64> durationOf(QByteArray data)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return OggOpusDuration::read(&buffer);
}

} // namespace

//! A voice note's length read from its Ogg pages, and nothing for what is not a whole Ogg Opus file.
class TestOggOpusDuration : public QObject
{
    Q_OBJECT

private slots:
    void testVoiceNoteFromOpusenc();
    void testBrokenInputHasNoDuration_data();
    void testBrokenInputHasNoDuration();
};

void TestOggOpusDuration::testVoiceNoteFromOpusenc()
{
    const std::optional<qint64> fromFile = OggOpusDuration::readFile(
        qEnvironmentVariable("CHANNELDESK_TEST_DATA") + QStringLiteral("/media/voice-3500ms.opus"));
    QVERIFY(fromFile);
    QCOMPARE(*fromFile, 3500);
    QCOMPARE(durationOf(voiceNote()), std::optional<qint64>(3500));
}

void TestOggOpusDuration::testBrokenInputHasNoDuration_data()
{
    const QByteArray note = voiceNote();
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("this is not an ogg file at all, just words").repeated(20);
    QTest::newRow("capture pattern only") << QByteArray("OggS");
    QTest::newRow("cut in the first header") << note.left(20);
    QTest::newRow("cut after OpusHead") << note.left(47 + 19 - 10);
    QTest::newRow("cut in the middle") << note.left(note.size() / 2);
    QTest::newRow("cut before the end") << note.left(note.size() - 1);
    QByteArray vorbis = note;
    vorbis.replace(28, 8, "OpusXXXX"); // the first page is not OpusHead: not Opus
    QTest::newRow("not opus") << vorbis;
    QByteArray trailing = note;
    trailing.append("junk after the last page");
    QTest::newRow("junk after the end") << trailing;
    QByteArray hugeLacing = note.left(27);
    hugeLacing.append(char(255)).append(QByteArray(255, char(255)));
    QTest::newRow("body longer than the file") << hugeLacing;
}

void TestOggOpusDuration::testBrokenInputHasNoDuration()
{
    QFETCH(QByteArray, data);
    QCOMPARE(durationOf(data), std::nullopt);
}

QTEST_GUILESS_MAIN(TestOggOpusDuration)
#include "TestOggOpusDuration.moc"
