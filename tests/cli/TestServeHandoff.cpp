// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The handoff between bot and person on a real `channeldesk serve` forwarding to a bot (FakeBot):
// taken over through the REST API, a conversation's deliveries are stored but never reach the bot,
// also not after it was given back; an operator's reply through the console verb takes the
// conversation over when the channel says handoff_on_reply; every change is audited.
#include "CloudChannelAnswers.h"
#include "FakeBot.h"
#include "FakeGraphApiServer.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"
#include "wire/MessageWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString token = QStringLiteral("EAA_FAKE_HANDOFF_TOKEN_CHANNELDESK_") + QString(60, QLatin1Char('0'))
    + QStringLiteral("h5K");
const QString channelName = QStringLiteral("handdesk");

} // namespace

class TestServeHandoff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void testTakeOverAndReturnThroughTheApi();
    void testOperatorReplyTakesOver();
    void testChangesAreAudited();

private:
    //! Delivers a signed text from customer; true when serve answered 200.
    bool deliver(const QString& customer, const QString& wamid);
    //! Waits until the bot has the delivery.
    bool botGot(const QString& wamid) const;
    QSet<QString> botWamids() const;
    qint64 conversationOf(const QString& customer) const;
    ServeProcess::Reply handoff(qint64 id, const QString& action, const QString& role) const
    {
        return m_serve->post(QStringLiteral("/api/v1/conversations/%1/%2").arg(id).arg(action),
                             m_keys.value(role), {});
    }

    QString m_binary;
    QTemporaryDir m_home;
    FakeGraphApiServer m_graph;
    FakeBot m_bot{TestEnvironment::appSecret().toUtf8()};
    std::unique_ptr<ServeProcess> m_serve;
    QHash<QString, QString> m_keys; //!< by role
};

void TestServeHandoff::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(m_binary));
    QVERIFY(m_graph.start());
    m_graph.setExpectedToken(token);
    QVERIFY(m_bot.start());
    m_serve = ServeProcess::inHome(m_home.path());
    m_keys = m_serve->createKeys(QStringLiteral("hand-"),
                                 {QStringLiteral("viewer"), QStringLiteral("sender"),
                                  QStringLiteral("operator"), QStringLiteral("admin")});
    for (const QString& key : std::as_const(m_keys))
        QVERIFY(key.startsWith(QStringLiteral("cdk_")));
    QVERIFY(m_serve->start());
    QJsonObject cloud = CloudChannelAnswers{channelName, token, m_graph.baseUrl()}.toJson();
    cloud.insert(QStringLiteral("forward_url"), m_bot.url());
    cloud.insert(QStringLiteral("handoff_on_reply"), QStringLiteral("true"));
    cloud.insert(QStringLiteral("handoff_return_hours"), QStringLiteral("24"));
    const auto created
        = m_serve->post(QStringLiteral("/api/v1/channels"), m_keys.value(QStringLiteral("admin")),
                        {{QStringLiteral("messaging-whatsapp"), cloud}});
    QVERIFY2(created.status == 201, created.body.constData());
}

void TestServeHandoff::cleanupTestCase()
{
    m_serve->stop();
}

void TestServeHandoff::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_serve->log().right(6000);
}

bool TestServeHandoff::deliver(const QString& customer, const QString& wamid)
{
    const QByteArray body = WebhookClient::textMessage(
        FakeGraphApiServer::phoneNumberId(), wamid, customer, QStringLiteral("Ana"),
        QStringLiteral("text of ") + wamid, QDateTime::currentDateTimeUtc());
    // The receiver serves the channel a moment after it was created.
    WebhookClient webhook(m_serve->webhookPort());
    return QTest::qWaitFor(
        [&] {
            return webhook.post(FakeGraphApiServer::phoneNumberId(), body,
                                TestEnvironment::appSecret().toUtf8())
                == 200;
        },
        10000);
}

QSet<QString> TestServeHandoff::botWamids() const
{
    QSet<QString> wamids;
    for (const FakeBot::Received& received : m_bot.accepted())
        wamids << FakeBot::wamidOf(received.body);
    return wamids;
}

bool TestServeHandoff::botGot(const QString& wamid) const
{
    return QTest::qWaitFor([&] { return botWamids().contains(wamid); }, 15000);
}

qint64 TestServeHandoff::conversationOf(const QString& customer) const
{
    qint64 id = 0;
    (void)QTest::qWaitFor(
        [&] {
            const auto with = m_serve->post(
                QStringLiteral("/api/v1/console/conversationWith"), m_keys.value(QStringLiteral("viewer")),
                {{QStringLiteral("channel"), channelName}, {QStringLiteral("peer"), customer}});
            ConversationRow row;
            if (fromWire(with.json.value(QStringLiteral("row")), &row))
                id = row.id;
            return id > 0;
        },
        10000);
    return id;
}

void TestServeHandoff::testTakeOverAndReturnThroughTheApi()
{
    const QString ana = QStringLiteral("15550001001");
    const QString ben = QStringLiteral("15550001002");
    QVERIFY(deliver(ana, QStringLiteral("wamid.HO-A1")));
    QVERIFY(botGot(QStringLiteral("wamid.HO-A1")));
    const qint64 id = conversationOf(ana);
    QVERIFY(id > 0);

    QCOMPARE(handoff(id, QStringLiteral("takeover"), QStringLiteral("sender")).status, 403);
    QCOMPARE(handoff(987654, QStringLiteral("takeover"), QStringLiteral("operator")).status, 404);
    const auto taken = handoff(id, QStringLiteral("takeover"), QStringLiteral("operator"));
    QVERIFY2(taken.status == 200, taken.body.constData());
    const QJsonObject row = taken.json.value(QStringLiteral("conversation")).toObject();
    QCOMPARE(row.value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(row.value(QStringLiteral("taken_over")).toBool(), true);
    QCOMPARE(row.value(QStringLiteral("taken_over_by")).toString(), QStringLiteral("hand-operator"));

    // Stored and shown, not forwarded: proven by a later delivery of another conversation that
    // does reach the bot (the forwarder works in acknowledgement order).
    QVERIFY(deliver(ana, QStringLiteral("wamid.HO-A2")));
    QVERIFY(deliver(ana, QStringLiteral("wamid.HO-A3")));
    QVERIFY(deliver(ben, QStringLiteral("wamid.HO-B1")));
    QVERIFY(botGot(QStringLiteral("wamid.HO-B1")));
    QVERIFY(!botWamids().contains(QStringLiteral("wamid.HO-A2")));
    QVERIFY(!botWamids().contains(QStringLiteral("wamid.HO-A3")));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto older = m_serve->post(
                QStringLiteral("/api/v1/console/olderMessages"), m_keys.value(QStringLiteral("viewer")),
                {{QStringLiteral("conversation"), id}, {QStringLiteral("limit"), 10}});
            QList<MessageRow> rows;
            return fromWireArray(older.json.value(QStringLiteral("rows")), &rows) && rows.size() == 3;
        }(),
        10000);

    // The list filters in the query: only the taken-over conversation, through REST and console.
    const auto filtered
        = m_serve->get(QStringLiteral("/api/v1/conversations?taken_over=true&channel=") + channelName,
                       m_keys.value(QStringLiteral("viewer")));
    QCOMPARE(filtered.status, 200);
    const QJsonArray only = filtered.json.value(QStringLiteral("conversations")).toArray();
    QCOMPARE(only.size(), 1);
    QCOMPARE(only.first()[QStringLiteral("peer")].toString(), ana);
    const auto consoleList = m_serve->post(QStringLiteral("/api/v1/console/conversations"),
                                           m_keys.value(QStringLiteral("viewer")),
                                           {{QStringLiteral("channel"), channelName},
                                            {QStringLiteral("limit"), 10},
                                            {QStringLiteral("takenOverOnly"), true}});
    QList<ConversationRow> rows;
    QVERIFY(fromWireArray(consoleList.json.value(QStringLiteral("rows")), &rows));
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().takenOver);
    QCOMPARE(rows.first().takenOverBy, QStringLiteral("hand-operator"));

    const auto returned = handoff(id, QStringLiteral("return"), QStringLiteral("operator"));
    QVERIFY2(returned.status == 200, returned.body.constData());
    QCOMPARE(returned.json.value(QStringLiteral("conversation"))[QStringLiteral("taken_over")].toBool(),
             false);
    QVERIFY(deliver(ana, QStringLiteral("wamid.HO-A4")));
    QVERIFY(botGot(QStringLiteral("wamid.HO-A4")));
    // A person handled these: never forwarded afterwards either.
    QVERIFY(!botWamids().contains(QStringLiteral("wamid.HO-A2")));
    QVERIFY(!botWamids().contains(QStringLiteral("wamid.HO-A3")));
}

void TestServeHandoff::testOperatorReplyTakesOver()
{
    const QString cleo = QStringLiteral("15550001003");
    const QString dan = QStringLiteral("15550001004");
    QVERIFY(deliver(cleo, QStringLiteral("wamid.HO-C1")));
    QVERIFY(botGot(QStringLiteral("wamid.HO-C1")));
    const qint64 id = conversationOf(cleo);
    QVERIFY(id > 0);
    SendRequest request{QStringLiteral("ref"), channelName, cleo, OutboundContent{}, QStringLiteral("gui")};
    request.content.text = QStringLiteral("a person answers");
    const auto sent
        = m_serve->post(QStringLiteral("/api/v1/console/send"), m_keys.value(QStringLiteral("sender")),
                        {{QStringLiteral("request"), toWire(request)}});
    QVERIFY2(sent.status == 200, sent.body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto with
                = m_serve->post(QStringLiteral("/api/v1/console/conversation"),
                                m_keys.value(QStringLiteral("viewer")), {{QStringLiteral("id"), id}});
            ConversationRow row;
            return fromWire(with.json.value(QStringLiteral("row")), &row) && row.takenOver
                && row.takenOverBy == QLatin1String("hand-sender");
        }(),
        10000);
    QVERIFY(deliver(cleo, QStringLiteral("wamid.HO-C2")));
    QVERIFY(deliver(dan, QStringLiteral("wamid.HO-D1")));
    QVERIFY(botGot(QStringLiteral("wamid.HO-D1")));
    QVERIFY(!botWamids().contains(QStringLiteral("wamid.HO-C2")));
    // A bot's own reply through the REST API (source "api") takes nothing over.
    // (Once D1 is in the log, which may trail the bot a little, the 24 h window is open.)
    ServeProcess::Reply botReply;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            botReply = m_serve->post(
                QStringLiteral("/api/v1/channels/%1/messages").arg(channelName),
                m_keys.value(QStringLiteral("sender")),
                {{QStringLiteral("to"), dan}, {QStringLiteral("text"), QStringLiteral("bot")}});
            return botReply.status == 202 || botReply.status == 200;
        }(),
        10000);
    QVERIFY(deliver(dan, QStringLiteral("wamid.HO-D2")));
    QVERIFY(botGot(QStringLiteral("wamid.HO-D2")));
}

void TestServeHandoff::testChangesAreAudited()
{
    const QString prefix = QLatin1Char(':') + channelName + QLatin1Char('/');
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSet<QString> seen;
            const auto audit = m_serve->cli({QStringLiteral("audit"), QStringLiteral("--json")});
            for (const QJsonValue& entry : audit.json().value(QStringLiteral("entries")).toArray())
                seen << entry[QStringLiteral("action")].toString() + QLatin1Char(':')
                        + entry[QStringLiteral("key")].toString() + QLatin1Char(':')
                        + entry[QStringLiteral("target")].toString() + QLatin1Char(':')
                        + entry[QStringLiteral("result")].toString();
            return seen.contains(QStringLiteral("conversation.takeover:hand-operator") + prefix
                                 + QStringLiteral("15550001001:ok"))
                && seen.contains(QStringLiteral("conversation.return:hand-operator") + prefix
                                 + QStringLiteral("15550001001:ok"))
                && seen.contains(QStringLiteral("conversation.takeover:hand-sender") + prefix
                                 + QStringLiteral("15550001003:ok"));
        }(),
        10000);
}

QTEST_GUILESS_MAIN(TestServeHandoff)
#include "TestServeHandoff.moc"
