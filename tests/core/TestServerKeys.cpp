// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against the real Secret Service (gnome-keyring in the private D-Bus session that the test
// command starts), never against the user's own keychain.
#include "remote/ServerKeys.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;

class TestServerKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testEntryNamesTheServer();
    void testRoundTripThroughTheKeychain();
};

void TestServerKeys::initTestCase()
{
    TestEnvironment::init();
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the tests through the README test command, which starts gnome-keyring");
}

void TestServerKeys::testEntryNamesTheServer()
{
    QCOMPARE(ServerKeys::entryFor(QUrl(QStringLiteral("https://desk.example.com:8646"))),
             QStringLiteral("server:desk.example.com:8646"));
    QCOMPARE(ServerKeys::entryFor(QUrl(QStringLiteral("http://[::1]:9000"))),
             QStringLiteral("server:[::1]:9000"));
}

void TestServerKeys::testRoundTripThroughTheKeychain()
{
    ServerKeys keys;
    const QUrl first(QStringLiteral("https://desk.example.com:8646"));
    const QUrl second(QStringLiteral("https://desk.example.com:9000"));
    const QString key = QStringLiteral("cdk_") + QString::number(QDateTime::currentMSecsSinceEpoch());
    const SecretResult written = TestEnvironment::waitFor(keys.write(first, key));
    QVERIFY2(written.ok(), qPrintable(written.errorString));
    const SecretResult read = TestEnvironment::waitFor(keys.read(first));
    QVERIFY2(read.ok(), qPrintable(read.errorString));
    QCOMPARE(read.value, key);
    // Another port is another server.
    QCOMPARE(TestEnvironment::waitFor(keys.read(second)).code, SecretResult::Code::NotFound);
    // A second instance (the next start of the window) finds it too.
    QCOMPARE(TestEnvironment::waitFor(ServerKeys().read(first)).value, key);
    QVERIFY(TestEnvironment::waitFor(keys.remove(first)).ok());
    QCOMPARE(TestEnvironment::waitFor(keys.read(first)).code, SecretResult::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestServerKeys)
#include "TestServerKeys.moc"
