// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/RecipientNumber.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

class TestRecipientNumber : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testValidNumbers_data();
    void testValidNumbers();
    void testInvalidNumbers_data();
    void testInvalidNumbers();
    void testCountryCode_data();
    void testCountryCode();
};

void TestRecipientNumber::initTestCase()
{
    TestEnvironment::init();
}

void TestRecipientNumber::testValidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");

    QTest::newRow("German mobile with plus and spaces")
        << QStringLiteral("+49 151 23456789") << QStringLiteral("4915123456789");
    QTest::newRow("US with dashes and parentheses")
        << QStringLiteral("+1 (555) 765-4321") << QStringLiteral("15557654321");
    QTest::newRow("digits only, no plus") << QStringLiteral("15557654321") << QStringLiteral("15557654321");
    QTest::newRow("dots as separators")
        << QStringLiteral("+44.20.7946.0958") << QStringLiteral("442079460958");
    QTest::newRow("surrounding whitespace")
        << QStringLiteral("  +5511987654321\t") << QStringLiteral("5511987654321");
    QTest::newRow("non-breaking space and en dash")
        << QStringLiteral("+351\u00a0912\u2013345\u2013678") << QStringLiteral("351912345678");
    QTest::newRow("three-digit code, Ireland")
        << QStringLiteral("+353 87 123 4567") << QStringLiteral("353871234567");
    QTest::newRow("Kazakhstan shares +7")
        << QStringLiteral("+7 701 123 4567") << QStringLiteral("77011234567");
    QTest::newRow("India") << QStringLiteral("+91 98765 43210") << QStringLiteral("919876543210");
    QTest::newRow("eight digits is the minimum") << QStringLiteral("+35312345") << QStringLiteral("35312345");
    QTest::newRow("fifteen digits is the maximum")
        << QStringLiteral("+861234567890123") << QStringLiteral("861234567890123");
    QTest::newRow("Inmarsat network code")
        << QStringLiteral("+870 773 112 345") << QStringLiteral("870773112345");
}

void TestRecipientNumber::testValidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    const Result<QString> result = RecipientNumber::normalize(input);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result.value(), digits);
}

void TestRecipientNumber::testInvalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << int(RecipientNumber::Empty) << QStringLiteral("country code");
    QTest::newRow("only spaces") << QStringLiteral("   ") << int(RecipientNumber::Empty)
                                 << QStringLiteral("+49");
    QTest::newRow("only separators") << QStringLiteral("+ ( ) -") << int(RecipientNumber::Empty)
                                     << QStringLiteral("no digits");
    QTest::newRow("letters") << QStringLiteral("+49 151 CALLME") << int(RecipientNumber::InvalidCharacter)
                             << QStringLiteral("“C”");
    QTest::newRow("extension marker") << QStringLiteral("+1 555 765 4321 x12")
                                      << int(RecipientNumber::InvalidCharacter) << QStringLiteral("“x”");
    QTest::newRow("plus in the middle")
        << QStringLiteral("49+15123456789") << int(RecipientNumber::MisplacedPlus)
        << QStringLiteral("very start");
    QTest::newRow("two pluses") << QStringLiteral("++4915123456789") << int(RecipientNumber::MisplacedPlus)
                                << QStringLiteral("once");
    QTest::newRow("00 dialling prefix")
        << QStringLiteral("0049 151 23456789") << int(RecipientNumber::InternationalPrefix)
        << QStringLiteral("“00”");
    QTest::newRow("011 dialling prefix")
        << QStringLiteral("011 44 20 7946 0958") << int(RecipientNumber::InternationalPrefix)
        << QStringLiteral("“011”");
    QTest::newRow("national trunk prefix")
        << QStringLiteral("0151 23456789") << int(RecipientNumber::LeadingZero)
        << QStringLiteral("Drop the 0");
    QTest::newRow("plus then zero") << QStringLiteral("+0151 23456789") << int(RecipientNumber::LeadingZero)
                                    << QStringLiteral("country code in front");
    QTest::newRow("seven digits") << QStringLiteral("+4915123") << int(RecipientNumber::TooShort)
                                  << QStringLiteral("only 7 digits");
    QTest::newRow("sixteen digits") << QStringLiteral("+4915123456789012") << int(RecipientNumber::TooLong)
                                    << QStringLiteral("16 digits, too many");
    QTest::newRow("unassigned code 28x")
        << QStringLiteral("+281234567890") << int(RecipientNumber::UnknownCountryCode)
        << QStringLiteral("+49 for Germany");
    QTest::newRow("unassigned code 42 alone")
        << QStringLiteral("+4221234567") << int(RecipientNumber::UnknownCountryCode)
        << QStringLiteral("country code");
    QTest::newRow("freephone 800 is not a person")
        << QStringLiteral("+80012345678") << int(RecipientNumber::UnknownCountryCode)
        << QStringLiteral("+80012345678");
}

void TestRecipientNumber::testInvalidNumbers()
{
    QFETCH(QString, input);
    QFETCH(int, code);
    QFETCH(QString, messagePart);
    const Result<QString> result = RecipientNumber::normalize(input);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void TestRecipientNumber::testCountryCode_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("code");

    QTest::newRow("one digit, NANP") << QStringLiteral("15557654321") << QStringLiteral("1");
    QTest::newRow("one digit, Russia") << QStringLiteral("79161234567") << QStringLiteral("7");
    QTest::newRow("two digits, Germany") << QStringLiteral("4915123456789") << QStringLiteral("49");
    QTest::newRow("two digits, Egypt") << QStringLiteral("201001234567") << QStringLiteral("20");
    QTest::newRow("three digits, Nigeria") << QStringLiteral("2348012345678") << QStringLiteral("234");
    QTest::newRow("three digits, Hong Kong") << QStringLiteral("85291234567") << QStringLiteral("852");
    QTest::newRow("three digits, Uzbekistan") << QStringLiteral("998901234567") << QStringLiteral("998");
    QTest::newRow("unassigned 210") << QStringLiteral("2101234567") << QString();
    QTest::newRow("unassigned 999") << QStringLiteral("9991234567") << QString();
    QTest::newRow("too short to tell") << QStringLiteral("8") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestRecipientNumber::testCountryCode()
{
    QFETCH(QString, digits);
    QFETCH(QString, code);
    QCOMPARE(RecipientNumber::countryCode(digits), code);
}

QTEST_GUILESS_MAIN(TestRecipientNumber)
#include "TestRecipientNumber.moc"
