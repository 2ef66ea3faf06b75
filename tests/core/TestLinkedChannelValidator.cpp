// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/LinkedChannelValidator.h"
#include "channels/LinkedFields.h"

#include <QTest>

using namespace ChannelDesk;
using Severity = FieldCheck::Severity;

Q_DECLARE_METATYPE(FieldCheck::Severity)

class TestLinkedChannelValidator : public QObject
{
    Q_OBJECT

private slots:
    void testField_data();
    void testField();
};

void TestLinkedChannelValidator::testField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("messagePart");
    using namespace LinkedFields;

    // The forward target is checked as a Cloud API channel's is (ForwardTargetValidator).
    QTest::newRow("forward empty: none")
        << forwardUrl() << QString() << Severity::Ok << QStringLiteral("not passed on");
    QTest::newRow("forward https") << forwardUrl() << QStringLiteral("https://bot.example.com/waha")
                                   << Severity::Ok << QString();
    QTest::newRow("forward http localhost")
        << forwardUrl() << QStringLiteral("http://localhost:3000/waha") << Severity::Ok << QString();
    QTest::newRow("forward http remote") << forwardUrl() << QStringLiteral("http://bot.example.com/waha")
                                         << Severity::Warning << QStringLiteral("unencrypted");
    QTest::newRow("forward ftp") << forwardUrl() << QStringLiteral("ftp://bot.example.com/waha")
                                 << Severity::Error << QStringLiteral("http://");
    QTest::newRow("forward fragment") << forwardUrl() << QStringLiteral("https://bot.example.com/waha#x")
                                      << Severity::Error << QStringLiteral("#");
    QTest::newRow("timeout empty") << forwardTimeoutMs() << QString() << Severity::Ok << QString();
    QTest::newRow("timeout 2000") << forwardTimeoutMs() << QStringLiteral("2000") << Severity::Ok
                                  << QString();
    QTest::newRow("timeout too small")
        << forwardTimeoutMs() << QStringLiteral("50") << Severity::Error << QStringLiteral("10000");
    QTest::newRow("timeout not a number")
        << forwardTimeoutMs() << QStringLiteral("10s") << Severity::Error << QStringLiteral("milliseconds");
    // Generated and kept in the keychain, never typed in: not a field one fills.
    QTest::newRow("forward secret is no field")
        << forwardSecret() << QStringLiteral("abc") << Severity::Error << QStringLiteral("Unknown field");
    QTest::newRow("session") << session() << QStringLiteral("default") << Severity::Ok << QString();
}

void TestLinkedChannelValidator::testField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(Severity, severity);
    QFETCH(QString, messagePart);
    const FieldCheck check = LinkedChannelValidator::checkField(field, value);
    QCOMPARE(check.severity, severity);
    if (!messagePart.isEmpty())
        QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
}

QTEST_GUILESS_MAIN(TestLinkedChannelValidator)
#include "TestLinkedChannelValidator.moc"
