// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/OptOutWords.h"
#include "TestEnvironment.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestOptOutWords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testDefaults_data();
    void testDefaults();
    void testCustomWords();
    void testCustomWordsDropBlanksAndDuplicates();
    void testFromSettings();
    void testFromSettingsFallsBackToDefaults();
};

void TestOptOutWords::initTestCase()
{
    TestEnvironment::init();
}

void TestOptOutWords::testDefaults_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    QTest::newRow("STOP") << QStringLiteral("STOP") << true;
    QTest::newRow("lower case") << QStringLiteral("stop") << true;
    QTest::newRow("mixed case") << QStringLiteral("StOp") << true;
    QTest::newRow("with full stop") << QStringLiteral("stop.") << true;
    QTest::newRow("with exclamation marks") << QStringLiteral("Stop!!!") << true;
    QTest::newRow("surrounding whitespace and newline") << QStringLiteral("  STOP \n") << true;
    QTest::newRow("with emoji") << QStringLiteral("STOP 🛑") << true;
    QTest::newRow("much decoration") << QStringLiteral("   Stop!!!!!!!!!! 🙏🙏🙏🙏🙏🙏   ") << true;
    QTest::newRow("long message") << QStringLiteral("STOP ") + QString(200, QLatin1Char('!')) << false;
    QTest::newRow("quoted") << QStringLiteral("\"stop\"") << true;
    QTest::newRow("unsubscribe") << QStringLiteral("Unsubscribe") << true;
    QTest::newRow("unsubscribe with question mark") << QStringLiteral("unsubscribe?") << true;
    QTest::newRow("inside a sentence") << QStringLiteral("please stop") << false;
    QTest::newRow("word is a prefix") << QStringLiteral("stopped") << false;
    QTest::newRow("word with a suffix") << QStringLiteral("stop it") << false;
    QTest::newRow("other text") << QStringLiteral("Hello") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("punctuation only") << QStringLiteral("!!!") << false;
}

void TestOptOutWords::testDefaults()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    const OptOutWords words;
    QCOMPARE(words.words(), QStringList({QStringLiteral("STOP"), QStringLiteral("UNSUBSCRIBE")}));
    QCOMPARE(words.matches(text), matches);
}

void TestOptOutWords::testCustomWords()
{
    const OptOutWords words({QStringLiteral("PARAR"), QStringLiteral("Abmelden"), QStringLiteral("opt out")});
    QVERIFY(words.matches(QStringLiteral("parar")));
    QVERIFY(words.matches(QStringLiteral("ABMELDEN!")));
    QVERIFY(words.matches(QStringLiteral("Opt   Out")));
    QVERIFY(!words.matches(QStringLiteral("stop")));
    QVERIFY(!words.matches(QStringLiteral("opt")));
}

void TestOptOutWords::testCustomWordsDropBlanksAndDuplicates()
{
    const OptOutWords words(
        {QStringLiteral(" Stop "), QString(), QStringLiteral("STOP"), QStringLiteral("  ")});
    QCOMPARE(words.words(), QStringList{QStringLiteral("Stop")});
    QVERIFY(words.matches(QStringLiteral("stop")));
}

void TestOptOutWords::testFromSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("optOut/words"),
                      QStringList{QStringLiteral("BAJA"), QStringLiteral("SAIR")});
    const OptOutWords words = OptOutWords::fromSettings(settings);
    QCOMPARE(words.words(), QStringList({QStringLiteral("BAJA"), QStringLiteral("SAIR")}));
    QVERIFY(words.matches(QStringLiteral("sair")));
    QVERIFY(!words.matches(QStringLiteral("stop")));
}

void TestOptOutWords::testFromSettingsFallsBackToDefaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QCOMPARE(OptOutWords::fromSettings(settings).words(), OptOutWords::defaults());
    settings.setValue(QStringLiteral("optOut/words"), QStringList{QStringLiteral(" ")});
    QCOMPARE(OptOutWords::fromSettings(settings).words(), OptOutWords::defaults());
}

QTEST_GUILESS_MAIN(TestOptOutWords)
#include "TestOptOutWords.moc"
