// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The forward service's bot health against a real journal and a bot on 127.0.0.1 (real clock and
// thread): a bot answering 500 shows failing with its words and the backlog, then recovers to ok.
#include "FakeBot.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"
#include "forward/ForwardService.h"
#include "store/DeliveryJournal.h"
#include "webhook/SignatureVerifier.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

const QByteArray appSecret = "00112233445566778899aabbccddeeff";
const QString channel = QStringLiteral("c");

} // namespace

class TestForwardService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testHealthFailingThenOk();
};

void TestForwardService::testHealthFailingThenOk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const QDateTime at = QDateTime::currentDateTimeUtc();
    {
        // Three conversations: tried in parallel, so three failures in a row come at once.
        DeliveryJournal journal(path);
        QList<JournalEntry> entries;
        for (int i = 0; i < 3; ++i) {
            const QByteArray body = WebhookClient::textMessage(
                QStringLiteral("1"), QStringLiteral("wamid.S%1").arg(i), QStringLiteral("15550%1").arg(i),
                QStringLiteral("Ana"), QStringLiteral("x"), at);
            entries.append({0, channel, at, body, SignatureVerifier::sign(body, appSecret), true});
        }
        QVERIFY(journal.append(entries).ok());
    }
    FakeBot bot(appSecret);
    QVERIFY(bot.start());
    bot.setStatus(500);
    ForwardService service;
    QCOMPARE(service.health(channel).state, BotHealth::State::Paused);
    service.setTargets({{channel, {QUrl(bot.url()), 5000}}});
    QCOMPARE(service.health(channel).state, BotHealth::State::Idle);
    service.start(path);
    QTRY_COMPARE(service.health(channel).state, BotHealth::State::Failing);
    BotHealth health = service.health(channel);
    QCOMPARE(health.lastStatusCode, 500);
    QCOMPARE(health.lastAnswer, QStringLiteral("bot is down"));
    QVERIFY(health.lastError.startsWith(QLatin1String("HTTP 500")));
    QTRY_COMPARE(service.health(channel).backlog, qint64(3));
    QCOMPARE(service.health(channel).oldestWaitingAt, at);
    bot.setStatus(200);
    QTRY_COMPARE_WITH_TIMEOUT(bot.acceptedCount(), 3, 15000); // retried after the backoff
    QTRY_COMPARE(service.health(channel).state, BotHealth::State::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(service.health(channel).backlog, qint64(0), 10000);
    health = service.health(channel);
    QVERIFY(health.lastSuccessAt.isValid());
    QCOMPARE(health.lastStatusCode, 200);
    QCOMPARE(health.lastAnswer, QStringLiteral("{}"));
    QVERIFY(health.p95Ms >= 0);
    service.setTargets({});
    QCOMPARE(service.health(channel).state, BotHealth::State::Paused);
    service.stop();
}

QTEST_GUILESS_MAIN(TestForwardService)
#include "TestForwardService.moc"
