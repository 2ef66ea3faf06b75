// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SendLimits.h"
#include "outbound/SendRateLimiter.h"
#include "util/Clock.h"
#include "TestEnvironment.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;
using Limit = LimitVerdict::Limit;

namespace {

const QString channel = QStringLiteral("chan-1");
const QString otherChannel = QStringLiteral("chan-2");
const QString ana = QStringLiteral("4915123456789");
const QString ben = QStringLiteral("15557654321");
const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;

} // namespace

class TestSendRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testManualClock();
    void testSystemClockIsUtcNow();
    void testFreshLimiterAllows();
    void testTenPerMinutePerRecipient();
    void testOtherRecipientsAndChannelsUnaffected();
    void testHundredPerHourPerRecipient();
    void testThousandPerDayPerChannel();
    void testFreesAtWhenOverTheLimit();
    void testReportsTheLimitThatFreesLast();
    void testRecordsInAnyOrder();
    void testOldRecordsArePruned();
    void testSetLimits();
    void testExplanation();
    void testUsage();
    void testLimitsFromSettings();
};

void TestSendRateLimiter::initTestCase()
{
    TestEnvironment::init();
}

void TestSendRateLimiter::testManualClock()
{
    ManualClock clock(start);
    QCOMPARE(clock.now(), start);
    clock.advance(1500);
    QCOMPARE(clock.now(), start.addMSecs(1500));
    clock.setNow(start.addDays(1));
    QCOMPARE(clock.now(), start.addDays(1));
    const Clock& base = clock;
    QCOMPARE(base.now(), start.addDays(1));
}

void TestSendRateLimiter::testSystemClockIsUtcNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = Clock::system()->now();
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QVERIFY(now >= before);
    QVERIFY(now <= QDateTime::currentDateTimeUtc());
    QCOMPARE(Clock::system(), Clock::system());
}

void TestSendRateLimiter::testFreshLimiterAllows()
{
    const SendRateLimiter limiter;
    QCOMPARE(limiter.limits().perRecipientPerMinute, 10);
    QCOMPARE(limiter.limits().perRecipientPerHour, 100);
    QCOMPARE(limiter.limits().perDay, 1000);
    const LimitVerdict verdict = limiter.check(channel, ana, start);
    QVERIFY(verdict.allowed);
    QCOMPARE(verdict.limit, Limit::None);
    QVERIFY(!verdict.freesAt.isValid());
}

void TestSendRateLimiter::testTenPerMinutePerRecipient()
{
    ManualClock clock(start);
    SendRateLimiter limiter;
    for (int i = 0; i < 10; ++i) {
        QVERIFY2(limiter.check(channel, ana, clock.now()).allowed, qPrintable(QString::number(i)));
        limiter.record(channel, ana, clock.now());
        clock.advance(2 * second);
    }
    // Sends at 0 s, 2 s, … 18 s; now 20 s.
    const LimitVerdict verdict = limiter.check(channel, ana, clock.now());
    QVERIFY(!verdict.allowed);
    QCOMPARE(verdict.limit, Limit::RecipientMinute);
    QCOMPARE(verdict.used, 10);
    QCOMPARE(verdict.max, 10);
    QCOMPARE(verdict.freesAt, start.addMSecs(minute));

    clock.setNow(start.addMSecs(minute - 1));
    QVERIFY(!limiter.check(channel, ana, clock.now()).allowed);
    clock.setNow(start.addMSecs(minute));
    const LimitVerdict freed = limiter.check(channel, ana, clock.now());
    QVERIFY(freed.allowed);
    QCOMPARE(freed.limit, Limit::None);
}

void TestSendRateLimiter::testOtherRecipientsAndChannelsUnaffected()
{
    SendRateLimiter limiter;
    for (int i = 0; i < 10; ++i)
        limiter.record(channel, ana, start.addSecs(i));
    const QDateTime now = start.addSecs(10);
    QVERIFY(!limiter.check(channel, ana, now).allowed);
    QVERIFY(limiter.check(channel, ben, now).allowed);
    QVERIFY(limiter.check(otherChannel, ana, now).allowed);
}

void TestSendRateLimiter::testHundredPerHourPerRecipient()
{
    ManualClock clock(start);
    SendRateLimiter limiter;
    // One every 30 s stays below 10 a minute but reaches 100 after 49.5 minutes.
    for (int i = 0; i < 100; ++i) {
        QVERIFY(limiter.check(channel, ana, clock.now()).allowed);
        limiter.record(channel, ana, clock.now());
        clock.advance(30 * second);
    }
    const LimitVerdict verdict = limiter.check(channel, ana, clock.now());
    QVERIFY(!verdict.allowed);
    QCOMPARE(verdict.limit, Limit::RecipientHour);
    QCOMPARE(verdict.used, 100);
    QCOMPARE(verdict.max, 100);
    QCOMPARE(verdict.freesAt, start.addMSecs(hour));
    QVERIFY(limiter.check(channel, ben, clock.now()).allowed);
    QVERIFY(limiter.check(channel, ana, start.addMSecs(hour)).allowed);
}

void TestSendRateLimiter::testThousandPerDayPerChannel()
{
    SendRateLimiter limiter;
    // A thousand recipients, one message each, one a minute: no recipient limit is involved.
    for (int i = 0; i < 1000; ++i)
        limiter.record(channel, QStringLiteral("4915100%1").arg(i, 4, 10, QLatin1Char('0')),
                       start.addSecs(60 * i));
    const QDateTime now = start.addMSecs(17 * hour);
    const LimitVerdict verdict = limiter.check(channel, ana, now);
    QVERIFY(!verdict.allowed);
    QCOMPARE(verdict.limit, Limit::Day);
    QCOMPARE(verdict.used, 1000);
    QCOMPARE(verdict.max, 1000);
    QCOMPARE(verdict.freesAt, start.addDays(1));
    QVERIFY(limiter.check(otherChannel, ana, now).allowed);
    const LimitVerdict nextDay = limiter.check(channel, ana, start.addDays(1));
    QVERIFY(nextDay.allowed);
    QCOMPARE(nextDay.used, 999);
}

void TestSendRateLimiter::testFreesAtWhenOverTheLimit()
{
    // Twelve sends loaded from the store (e.g. sent before the limit was lowered): two more have to
    // leave the window before the next send fits.
    SendRateLimiter limiter;
    for (int i = 0; i < 12; ++i)
        limiter.record(channel, ana, start.addSecs(i));
    const LimitVerdict verdict = limiter.check(channel, ana, start.addSecs(20));
    QCOMPARE(verdict.used, 12);
    QCOMPARE(verdict.freesAt, start.addSecs(2 + 60));
    QVERIFY(!limiter.check(channel, ana, start.addSecs(61)).allowed);
    QVERIFY(limiter.check(channel, ana, start.addSecs(62)).allowed);
}

void TestSendRateLimiter::testReportsTheLimitThatFreesLast()
{
    SendLimits limits;
    limits.perRecipientPerMinute = 2;
    limits.perRecipientPerHour = 3;
    SendRateLimiter limiter(limits);
    limiter.record(channel, ana, start);
    limiter.record(channel, ana, start.addSecs(30));
    limiter.record(channel, ana, start.addSecs(50));
    // Both the minute (frees at 90 s) and the hour limit (frees at 3600 s) are hit.
    const LimitVerdict verdict = limiter.check(channel, ana, start.addSecs(55));
    QCOMPARE(verdict.limit, Limit::RecipientHour);
    QCOMPARE(verdict.used, 3);
    QCOMPARE(verdict.max, 3);
    QCOMPARE(verdict.freesAt, start.addSecs(3600));
}

void TestSendRateLimiter::testRecordsInAnyOrder()
{
    SendRateLimiter forward, backward;
    for (int i = 0; i < 10; ++i) {
        forward.record(channel, ana, start.addSecs(i * 3));
        backward.record(channel, ana, start.addSecs((9 - i) * 3));
    }
    const QDateTime now = start.addSecs(40);
    const LimitVerdict a = forward.check(channel, ana, now);
    const LimitVerdict b = backward.check(channel, ana, now);
    QVERIFY(!a.allowed);
    QCOMPARE(b.allowed, a.allowed);
    QCOMPARE(b.freesAt, a.freesAt);
    QCOMPARE(b.freesAt, start.addSecs(60));
}

void TestSendRateLimiter::testOldRecordsArePruned()
{
    SendRateLimiter limiter;
    for (int i = 0; i < 10; ++i)
        limiter.record(channel, ana, start.addSecs(i));
    const QDateTime later = start.addDays(2);
    limiter.record(otherChannel, ben, later);
    const SendRateLimiter::Usage usage = limiter.usage(QString(), later);
    QCOMPARE(usage.today, 1);
    QCOMPARE(limiter.usage(channel, start.addSecs(30)).today, 0);
}

void TestSendRateLimiter::testSetLimits()
{
    SendRateLimiter limiter;
    for (int i = 0; i < 5; ++i)
        limiter.record(channel, ana, start.addSecs(i));
    const QDateTime now = start.addSecs(5);
    QVERIFY(limiter.check(channel, ana, now).allowed);
    SendLimits strict;
    strict.perRecipientPerMinute = 5;
    limiter.setLimits(strict);
    QCOMPARE(limiter.limits().perRecipientPerMinute, 5);
    const LimitVerdict verdict = limiter.check(channel, ana, now);
    QVERIFY(!verdict.allowed);
    QCOMPARE(verdict.max, 5);
}

void TestSendRateLimiter::testExplanation()
{
    SendRateLimiter limiter;
    for (int i = 0; i < 10; ++i)
        limiter.record(channel, ana, start.addSecs(i));
    const LimitVerdict minuteVerdict = limiter.check(channel, ana, start.addSecs(10));
    const QString text = minuteVerdict.explanation();
    QVERIFY2(text.contains(QStringLiteral("10 of 10")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("minute")), qPrintable(text));
    QVERIFY2(text.contains(minuteVerdict.freesAt.toLocalTime().toString(QStringLiteral("mm"))),
             qPrintable(text));

    LimitVerdict hourVerdict = minuteVerdict;
    hourVerdict.limit = Limit::RecipientHour;
    QVERIFY(hourVerdict.explanation().contains(QStringLiteral("hour")));
    LimitVerdict dayVerdict = minuteVerdict;
    dayVerdict.limit = Limit::Day;
    dayVerdict.used = 1000;
    dayVerdict.max = 1000;
    QVERIFY(dayVerdict.explanation().contains(QStringLiteral("1000 of 1000")));
    QVERIFY(dayVerdict.explanation().contains(QStringLiteral("24 hours")));
    QVERIFY(!LimitVerdict().explanation().isEmpty());
}

void TestSendRateLimiter::testUsage()
{
    SendRateLimiter limiter;
    for (int i = 0; i < 4; ++i)
        limiter.record(channel, ana, start.addSecs(i * 60));
    limiter.record(channel, ben, start.addSecs(10));
    limiter.record(channel, ben, start.addMSecs(-2 * hour)); // in the day, not in the hour
    for (int i = 0; i < 6; ++i)
        limiter.record(otherChannel, ben, start.addSecs(i * 60));
    const QDateTime now = start.addSecs(300);

    const SendRateLimiter::Usage one = limiter.usage(channel, now);
    QCOMPARE(one.today, 6);
    QCOMPARE(one.maxPerDay, 1000);
    QCOMPARE(one.busiestRecipientHour, 4);
    QCOMPARE(one.busiestRecipient, ana);

    const SendRateLimiter::Usage all = limiter.usage(QString(), now);
    QCOMPARE(all.today, 12);
    QCOMPARE(all.maxPerDay, 2000);
    QCOMPARE(all.busiestRecipientHour, 6);
    QCOMPARE(all.busiestRecipient, ben);

    const SendRateLimiter::Usage none = limiter.usage(QStringLiteral("unknown"), now);
    QCOMPARE(none.today, 0);
    QCOMPARE(none.busiestRecipientHour, 0);
    QVERIFY(none.busiestRecipient.isEmpty());
}

void TestSendRateLimiter::testLimitsFromSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const SendLimits defaults = SendLimits::fromSettings(settings);
    QCOMPARE(defaults.perRecipientPerMinute, 10);
    QCOMPARE(defaults.perRecipientPerHour, 100);
    QCOMPARE(defaults.perDay, 1000);

    SendLimits custom;
    custom.perRecipientPerMinute = 3;
    custom.perRecipientPerHour = 30;
    custom.perDay = 250;
    custom.save(settings);
    QCOMPARE(settings.value(QStringLiteral("send/perMinute")).toInt(), 3);
    QCOMPARE(settings.value(QStringLiteral("send/perHour")).toInt(), 30);
    QCOMPARE(settings.value(QStringLiteral("send/perDay")).toInt(), 250);
    const SendLimits loaded = SendLimits::fromSettings(settings);
    QCOMPARE(loaded.perRecipientPerMinute, 3);
    QCOMPARE(loaded.perRecipientPerHour, 30);
    QCOMPARE(loaded.perDay, 250);

    settings.setValue(QStringLiteral("send/perMinute"), 0);
    settings.setValue(QStringLiteral("send/perDay"), QStringLiteral("lots"));
    const SendLimits fallback = SendLimits::fromSettings(settings);
    QCOMPARE(fallback.perRecipientPerMinute, 10);
    QCOMPARE(fallback.perRecipientPerHour, 30);
    QCOMPARE(fallback.perDay, 1000);
}

QTEST_GUILESS_MAIN(TestSendRateLimiter)
#include "TestSendRateLimiter.moc"
