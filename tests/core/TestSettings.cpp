// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Settings.h"
#include "util/DataDirectory.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testDefaults();
    void testRoundTrip();
    void testChangedOnlyWhenDifferent();
    void testForwardMaxAgeOutOfRangeIsTheDefault();
    void testUnverifiedBodyCapsAreKeptInRange_data();
    void testUnverifiedBodyCapsAreKeptInRange();
    void testUnwritableFileKeepsTheValue();
    void testNotificationsMoveFromTheDefaultSettings();
    void testExistingNotificationsWinOverTheDefaultSettings();
};

void TestSettings::initTestCase()
{
    TestEnvironment::init();
}

void TestSettings::init()
{
    // The application's default QSettings lives under the test-mode config location.
    QSettings().clear();
}

void TestSettings::testDefaults()
{
    const std::unique_ptr<Settings> settings = Settings::createTemporary();
    QVERIFY(settings->receiver() == ReceiverSettings());
    QVERIFY(settings->receiver().enabled);
    QCOMPARE(settings->receiver().listen, QStringLiteral("127.0.0.1:8645"));
    QCOMPARE(settings->receiver().unverifiedBodyMiB, 64);
    QCOMPARE(settings->receiver().unverifiedBodyPerAddressMiB, 16);
    for (NotificationKind kind : NotificationSettings::kinds())
        QVERIFY(settings->notifications().isEnabled(kind));
    QVERIFY(settings->sendLimits() == SendLimits());
    QCOMPARE(settings->optOutWords().words(), OptOutWords::defaults());
    QCOMPARE(settings->forward().maxAgeDays, 7);
    QCOMPARE(settings->forward().maxAgeMs(), 7LL * 24 * 60 * 60 * 1000);
}

void TestSettings::testRoundTrip()
{
    QTemporaryDir dir;
    ReceiverSettings receiver;
    receiver.enabled = false;
    receiver.listen = QStringLiteral("[::1]:9000");
    receiver.headerTimeoutSeconds = 12;
    receiver.unverifiedBodyMiB = 200;
    receiver.unverifiedBodyPerAddressMiB = 50;
    NotificationSettings notifications;
    notifications.setEnabled(NotificationKind::QrWaiting, false);
    SendLimits limits;
    limits.perDay = 250;
    const OptOutWords words({QStringLiteral("PARAR"), QStringLiteral("stop")});
    ForwardSettings forward;
    forward.maxAgeDays = 2;
    {
        Settings settings(dir.path());
        QVERIFY(settings.setReceiver(receiver).ok());
        QVERIFY(settings.setNotifications(notifications).ok());
        QVERIFY(settings.setSendLimits(limits).ok());
        QVERIFY(settings.setOptOutWords(words).ok());
        QVERIFY(settings.setForward(forward).ok());
    }
    const Settings reread(dir.path());
    QVERIFY(reread.receiver() == receiver);
    QVERIFY(reread.notifications() == notifications);
    QVERIFY(reread.sendLimits() == limits);
    QCOMPARE(reread.optOutWords().words(), words.words());
    QVERIFY(reread.forward() == forward);
    QCOMPARE(reread.forward().maxAgeMs(), 2LL * 24 * 60 * 60 * 1000);
    // The file keeps the keys `channeldesk serve` and `send` read.
    const QSettings file(DataDirectory::settingsPath(dir.path()), QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("send/perDay")).toInt(), 250);
    QCOMPARE(file.value(QStringLiteral("forward/maxAgeDays")).toInt(), 2);
    QCOMPARE(file.value(QStringLiteral("receiver/listen")).toString(), QStringLiteral("[::1]:9000"));
    QCOMPARE(file.value(QStringLiteral("notifications/qrWaiting")).toBool(), false);
}

void TestSettings::testForwardMaxAgeOutOfRangeIsTheDefault()
{
    QTemporaryDir dir;
    for (const QString& value : {QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("366"),
                                 QStringLiteral("a week"), QString()}) {
        {
            QSettings file(DataDirectory::settingsPath(dir.path()), QSettings::IniFormat);
            file.setValue(QStringLiteral("forward/maxAgeDays"), value);
        }
        QCOMPARE(Settings(dir.path()).forward().maxAgeDays, 7);
    }
    {
        QSettings file(DataDirectory::settingsPath(dir.path()), QSettings::IniFormat);
        file.setValue(QStringLiteral("forward/maxAgeDays"), 30);
    }
    QCOMPARE(Settings(dir.path()).forward().maxAgeDays, 30);
}

void TestSettings::testUnverifiedBodyCapsAreKeptInRange_data()
{
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("perAddress");
    QTest::addColumn<int>("expectedTotal");
    QTest::addColumn<int>("expectedPerAddress");
    QTest::addColumn<QString>("warning");
    QTest::newRow("in range") << "16"
                              << "16" << 16 << 16 << QString();
    QTest::newRow("smallest") << "4"
                              << "1" << 4 << 1 << QString();
    QTest::newRow("largest") << "1024"
                             << "1024" << 1024 << 1024 << QString();
    QTest::newRow("total too small")
        << "1"
        << "1" << 4 << 1 << "settings.ini: receiver/unverifiedBodyMiB = 1 is outside 4 to 1024; using 4.";
    QTest::newRow("total too large")
        << "5000"
        << "16" << 1024 << 16
        << "settings.ini: receiver/unverifiedBodyMiB = 5000 is outside 4 to 1024; using "
           "1024.";
    QTest::newRow("per address over the total")
        << "32"
        << "48" << 32 << 32
        << "settings.ini: receiver/unverifiedBodyPerAddressMiB = 48 is outside 1 to 32; using 32.";
    QTest::newRow("per address zero")
        << "64"
        << "0" << 64 << 1
        << "settings.ini: receiver/unverifiedBodyPerAddressMiB = 0 is outside 1 to 64; using 1.";
    QTest::newRow("not a number")
        << "lots"
        << "16" << 64 << 16
        << "settings.ini: receiver/unverifiedBodyMiB = “lots” is not a whole number; using "
           "64.";
}

void TestSettings::testUnverifiedBodyCapsAreKeptInRange()
{
    QFETCH(QString, total);
    QFETCH(QString, perAddress);
    QFETCH(int, expectedTotal);
    QFETCH(int, expectedPerAddress);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    {
        QSettings file(DataDirectory::settingsPath(dir.path()), QSettings::IniFormat);
        file.setValue(QStringLiteral("receiver/unverifiedBodyMiB"), total);
        file.setValue(QStringLiteral("receiver/unverifiedBodyPerAddressMiB"), perAddress);
    }
    // The operator learns of the correction; a value in range passes silently.
    if (!warning.isEmpty())
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(warning) + QLatin1Char('$')));
    QTest::failOnWarning(QRegularExpression(QStringLiteral("settings\\.ini")));
    const Settings settings(dir.path());
    QCOMPARE(settings.receiver().unverifiedBodyMiB, expectedTotal);
    QCOMPARE(settings.receiver().unverifiedBodyPerAddressMiB, expectedPerAddress);
}

void TestSettings::testChangedOnlyWhenDifferent()
{
    const std::unique_ptr<Settings> settings = Settings::createTemporary();
    QSignalSpy changed(settings.get(), &Settings::changed);
    QVERIFY(settings->setSendLimits(SendLimits()).ok());
    QCOMPARE(changed.count(), 0);

    SendLimits limits;
    limits.perRecipientPerMinute = 3;
    QVERIFY(settings->setSendLimits(limits).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<Settings::Section>(), Settings::Section::SendLimits);

    ReceiverSettings receiver;
    receiver.enabled = false;
    QVERIFY(settings->setReceiver(receiver).ok());
    QVERIFY(settings->setReceiver(receiver).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<Settings::Section>(), Settings::Section::Receiver);
    QVERIFY(settings->receiver() == receiver);

    QVERIFY(settings->setForward(ForwardSettings()).ok());
    QCOMPARE(changed.count(), 0);
    ForwardSettings forward;
    forward.maxAgeDays = 1;
    QVERIFY(settings->setForward(forward).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.takeFirst().at(0).value<Settings::Section>(), Settings::Section::Forward);
}

void TestSettings::testUnwritableFileKeepsTheValue()
{
    QTemporaryDir dir;
    // A directory where the file should be: QSettings cannot write it.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("settings.ini")));
    Settings settings(dir.path());
    QSignalSpy changed(&settings, &Settings::changed);
    SendLimits limits;
    limits.perDay = 7;
    const Status saved = settings.setSendLimits(limits);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().is(ErrorCode::Failed));
    QCOMPARE(settings.sendLimits().perDay, 7);
    QCOMPARE(changed.count(), 1);
}

void TestSettings::testNotificationsMoveFromTheDefaultSettings()
{
    {
        QSettings legacy;
        legacy.setValue(QStringLiteral("notifications/newMessage"), false);
        legacy.setValue(QStringLiteral("notifications/tokenExpiring"), false);
        legacy.setValue(QStringLiteral("window/geometry"), QStringLiteral("kept"));
    }
    QTemporaryDir dir;
    {
        const Settings settings(dir.path());
        QVERIFY(!settings.notifications().isEnabled(NotificationKind::NewMessage));
        QVERIFY(!settings.notifications().isEnabled(NotificationKind::TokenExpiring));
        QVERIFY(settings.notifications().isEnabled(NotificationKind::QrWaiting));
    }
    const QSettings legacy;
    QVERIFY(!legacy.childGroups().contains(QStringLiteral("notifications")));
    QCOMPARE(legacy.value(QStringLiteral("window/geometry")).toString(), QStringLiteral("kept"));
    const QSettings file(DataDirectory::settingsPath(dir.path()), QSettings::IniFormat);
    QCOMPARE(file.value(QStringLiteral("notifications/newMessage")).toBool(), false);

    // Once moved, they come from settings.ini alone.
    const Settings again(dir.path());
    QVERIFY(!again.notifications().isEnabled(NotificationKind::NewMessage));
}

void TestSettings::testExistingNotificationsWinOverTheDefaultSettings()
{
    QTemporaryDir dir;
    {
        Settings settings(dir.path());
        NotificationSettings notifications;
        notifications.setEnabled(NotificationKind::ChannelFailed, false);
        QVERIFY(settings.setNotifications(notifications).ok());
    }
    QSettings().setValue(QStringLiteral("notifications/channelFailed"), true);
    QSettings().setValue(QStringLiteral("notifications/newMessage"), false);

    const Settings settings(dir.path());
    QVERIFY(!settings.notifications().isEnabled(NotificationKind::ChannelFailed));
    QVERIFY(settings.notifications().isEnabled(NotificationKind::NewMessage));
    QVERIFY(!QSettings().childGroups().contains(QStringLiteral("notifications")));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
