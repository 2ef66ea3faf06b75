// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The bot bridge's values in both encodings: the console's (times in ms) and the server API's
// (ISO 8601 times), unknown figures as null, and what a decoder must refuse.
#include "wire/BotWire.h"

#include <QJsonDocument>
#include <QTest>

using namespace ChannelDesk;

namespace {

QDateTime at(int step)
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 34, 56, 789), Qt::UTC).addMSecs(qint64(step) * 1001);
}

//! Every member away from its default, so one the codec drops comes back different.
BotHealth failing()
{
    BotHealth health;
    health.state = BotHealth::State::Failing;
    health.lastSuccessAt = at(1);
    health.failingSince = at(2);
    health.p50Ms = 120;
    health.p95Ms = 2400;
    health.successRate = 0.75;
    health.attempts = 44;
    health.backlog = 12;
    health.parked = 3;
    health.oldestWaitingAt = at(3);
    health.consecutiveFailures = 5;
    health.lastStatusCode = 500;
    health.lastAnswer = QStringLiteral("bot is down — später");
    health.lastError = QStringLiteral("HTTP 500: bot is down");
    health.checkedAt = at(4);
    return health;
}

void compare(const BotHealth& actual, const BotHealth& expected)
{
    QCOMPARE(int(actual.state), int(expected.state));
    QCOMPARE(actual.lastSuccessAt, expected.lastSuccessAt);
    QCOMPARE(actual.failingSince, expected.failingSince);
    QCOMPARE(actual.p50Ms, expected.p50Ms);
    QCOMPARE(actual.p95Ms, expected.p95Ms);
    QCOMPARE(actual.successRate, expected.successRate);
    QCOMPARE(actual.attempts, expected.attempts);
    QCOMPARE(actual.backlog, expected.backlog);
    QCOMPARE(actual.parked, expected.parked);
    QCOMPARE(actual.oldestWaitingAt, expected.oldestWaitingAt);
    QCOMPARE(actual.consecutiveFailures, expected.consecutiveFailures);
    QCOMPARE(actual.lastStatusCode, expected.lastStatusCode);
    QCOMPARE(actual.lastAnswer, expected.lastAnswer);
    QCOMPARE(actual.lastError, expected.lastError);
    QCOMPARE(actual.checkedAt, expected.checkedAt);
}

//! Through text, as the server sends it.
QJsonValue sent(const QJsonObject& object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

} // namespace

class TestBotWire : public QObject
{
    Q_OBJECT

private slots:
    void testHealthRoundTrips();
    void testUnknownFiguresAreNull();
    void testEveryStateHasItsWord();
    void testRefused_data();
    void testRefused();
    void testMinutesRoundTrip();
};

void TestBotWire::testHealthRoundTrips()
{
    const BotHealth health = failing();
    const QJsonObject console = toWire(health);
    QCOMPARE(console.value(QStringLiteral("state")).toString(), QStringLiteral("failing"));
    QCOMPARE(console.value(QStringLiteral("failing_since")).toInteger(), at(2).toMSecsSinceEpoch());
    BotHealth decoded;
    QVERIFY(fromWire(sent(console), &decoded));
    compare(decoded, health);

    const QJsonObject api = botHealthToApi(health);
    QCOMPARE(api.value(QStringLiteral("failing_since")).toString(),
             QStringLiteral("2026-03-01T12:34:58.791Z"));
    QCOMPARE(api.value(QStringLiteral("last_status")).toInt(), 500);
    QCOMPARE(api.value(QStringLiteral("p95_ms")).toInteger(), 2400);
    QCOMPARE(api.value(QStringLiteral("success_rate")).toDouble(), 0.75);
    BotHealth fromApi;
    QVERIFY(botHealthFromApi(sent(api), &fromApi));
    compare(fromApi, health);
}

void TestBotWire::testUnknownFiguresAreNull()
{
    BotHealth idle; // never tried: no latency, no rate, no status, no times
    for (const QJsonObject& json : {toWire(idle), botHealthToApi(idle)}) {
        for (const char* key : {"last_success_at", "failing_since", "p50_ms", "p95_ms", "success_rate",
                                "oldest_waiting_at", "last_status", "last_answer", "last_error"})
            QVERIFY2(json.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("idle"));
        QCOMPARE(json.value(QStringLiteral("backlog")).toInteger(), 0);
    }
    BotHealth decoded = failing();
    QVERIFY(fromWire(sent(toWire(idle)), &decoded));
    compare(decoded, idle);
    decoded = failing();
    QVERIFY(botHealthFromApi(sent(botHealthToApi(idle)), &decoded));
    compare(decoded, idle);
}

void TestBotWire::testEveryStateHasItsWord()
{
    for (BotHealth::State state : {BotHealth::State::Idle, BotHealth::State::Ok, BotHealth::State::Slow,
                                   BotHealth::State::Failing, BotHealth::State::Paused}) {
        BotHealth health;
        health.state = state;
        const QJsonObject json = toWire(health);
        QCOMPARE(json.value(QStringLiteral("state")).toString(), BotHealth::stateName(state));
        BotHealth decoded;
        QVERIFY(fromWire(json, &decoded));
        QCOMPARE(int(decoded.state), int(state));
    }
}

void TestBotWire::testRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("api");
    QTest::newRow("unknown state") << "state" << QJsonValue(QStringLiteral("sleepy")) << false;
    QTest::newRow("unknown state, api") << "state" << QJsonValue(QStringLiteral("OK")) << true;
    QTest::newRow("state as number") << "state" << QJsonValue(1) << false;
    QTest::newRow("backlog as string") << "backlog" << QJsonValue(QStringLiteral("3")) << false;
    QTest::newRow("fractional attempts") << "attempts" << QJsonValue(1.5) << false;
    QTest::newRow("p95 as string") << "p95_ms" << QJsonValue(QStringLiteral("2400")) << false;
    QTest::newRow("rate above one") << "success_rate" << QJsonValue(1.5) << false;
    QTest::newRow("status as string") << "last_status" << QJsonValue(QStringLiteral("500")) << false;
    QTest::newRow("answer as number") << "last_answer" << QJsonValue(5) << false;
    QTest::newRow("ms time in api") << "failing_since" << QJsonValue(1234.0) << true;
    QTest::newRow("iso time in console")
        << "failing_since" << QJsonValue(QStringLiteral("2026-03-01T12:00:00Z")) << false;
    QTest::newRow("not a time") << "last_success_at" << QJsonValue(QStringLiteral("yesterday")) << true;
}

void TestBotWire::testRefused()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(bool, api);
    QJsonObject json = api ? botHealthToApi(failing()) : toWire(failing());
    json.insert(key, value);
    BotHealth decoded;
    QVERIFY(!(api ? botHealthFromApi(json, &decoded) : fromWire(json, &decoded)));
    QVERIFY(!fromWire(QJsonValue(QStringLiteral("ok")), &decoded));
    QVERIFY(!botHealthFromApi(QJsonValue(), &decoded));
}

void TestBotWire::testMinutesRoundTrip()
{
    const QList<BotMinute> minutes{{at(0), 40, 2}, {at(60), 0, 7}};
    const QJsonArray array = toWireArray(minutes);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("minute")).toInteger(), at(0).toMSecsSinceEpoch());
    QList<BotMinute> decoded;
    QVERIFY(fromWireArray(QJsonValue(array), &decoded));
    QCOMPARE(decoded, minutes);
    QJsonArray bad = array;
    bad.append(QJsonObject{{QStringLiteral("minute"), at(1).toMSecsSinceEpoch()},
                           {QStringLiteral("forwarded"), QStringLiteral("many")}});
    QVERIFY(!fromWireArray(QJsonValue(bad), &decoded));
}

QTEST_GUILESS_MAIN(TestBotWire)
#include "TestBotWire.moc"
