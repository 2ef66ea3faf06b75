// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Taking a conversation over and giving it back from a remote console (RemoteDesk) against a real
// `channeldesk serve`: an operator's console changes the row, and every console hears of it
// through the stream's conversation_handoff event; a viewer's console is refused before it asks,
// and the server refuses the viewer's key too.
#include "remote/RemoteDesk.h"

#include "FakeGraphApiServer.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"
#include "WaitForFuture.h"
#include "WebhookClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString token
    = QStringLiteral("EAA_FAKE_REMOTE_HANDOFF_TOKEN_CHANNELDESK_") + QString(60, QLatin1Char('2'));
const QString channelName = QStringLiteral("remotehand");
const QString customer = QStringLiteral("15557650001");
constexpr int Timeout = 10000;

} // namespace

class TestRemoteHandoff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void testOperatorTakesOverAndGivesBack();
    void testViewerIsRefused();

private:
    std::unique_ptr<RemoteDesk> attach(const QString& role);
    ConversationRow row(RemoteDesk* desk, qint64 id);

    QTemporaryDir m_home;
    QTemporaryDir m_console;
    FakeGraphApiServer m_graph;
    std::unique_ptr<ServeProcess> m_serve;
    QHash<QString, QString> m_keys;
    qint64 m_conversation = 0;
};

void TestRemoteHandoff::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_graph.start());
    m_graph.setExpectedToken(token);
    m_serve = ServeProcess::inHome(m_home.path());
    m_keys = m_serve->createKeys(
        QStringLiteral("hand-"),
        {QStringLiteral("viewer"), QStringLiteral("operator"), QStringLiteral("admin")});
    QVERIFY(m_serve->start());
    const auto created = m_serve->addCloudChannel(m_keys.value(QStringLiteral("admin")), channelName, token,
                                                  m_graph.baseUrl());
    QVERIFY2(created.status == 201, created.body.constData());

    const QByteArray body = WebhookClient::textMessage(
        FakeGraphApiServer::phoneNumberId(), QStringLiteral("wamid.remote-hand-1"), customer,
        QStringLiteral("Ana"), QStringLiteral("Hello?"), QDateTime::currentDateTimeUtc());
    WebhookClient webhook(m_serve->webhookPort());
    // The receiver serves the channel a moment after it was created.
    QTRY_COMPARE_WITH_TIMEOUT(
        webhook.post(FakeGraphApiServer::phoneNumberId(), body, TestEnvironment::appSecret().toUtf8()), 200,
        Timeout);
    const auto viewer = attach(QStringLiteral("viewer"));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto with = waitFor(viewer->conversationWith(channelName, customer));
            m_conversation = with.ok() && with.value() ? with.value()->id : 0;
            return m_conversation > 0;
        }(),
        Timeout);
}

void TestRemoteHandoff::cleanupTestCase()
{
    m_serve->stop();
}

void TestRemoteHandoff::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning().noquote() << m_serve->log().right(6000);
}

std::unique_ptr<RemoteDesk> TestRemoteHandoff::attach(const QString& role)
{
    RemoteDesk::Options options;
    options.server = QUrl(m_serve->apiBase());
    options.key = m_keys.value(role);
    options.consoleDirectory = m_console.path();
    options.initialBackoffMs = 100;
    options.maxBackoffMs = 400;
    auto desk = std::make_unique<RemoteDesk>(options);
    const Status loaded = waitFor(desk->loadChannels());
    if (!loaded.ok())
        qWarning() << "not loaded:" << loaded.error().message;
    return desk;
}

ConversationRow TestRemoteHandoff::row(RemoteDesk* desk, qint64 id)
{
    const auto found = waitFor(desk->conversation(id));
    if (!found.ok() || !found.value())
        qFatal("no conversation %lld", id);
    return *found.value();
}

void TestRemoteHandoff::testOperatorTakesOverAndGivesBack()
{
    const auto operatorDesk = attach(QStringLiteral("operator"));
    const auto viewerDesk = attach(QStringLiteral("viewer"));
    QCOMPARE(operatorDesk->connection().state, DeskConnection::State::Connected);
    QVERIFY(!row(operatorDesk.get(), m_conversation).takenOver);
    QSignalSpy operatorHeard(operatorDesk.get(), &Desk::conversationHandoffChanged);
    QSignalSpy viewerHeard(viewerDesk.get(), &Desk::conversationHandoffChanged);
    QSignalSpy listChanged(viewerDesk.get(), &Desk::conversationsChanged);

    const Status taken = waitFor(operatorDesk->takeOverConversation(m_conversation));
    QVERIFY2(taken.ok(), qPrintable(taken.error().message));
    QVERIFY(operatorHeard.size() == 1 || operatorHeard.wait(Timeout));
    QCOMPARE(operatorHeard.takeFirst(), (QList<QVariant>{m_conversation, true}));
    // The other console hears it through the stream and reads its list again.
    QVERIFY(viewerHeard.size() == 1 || viewerHeard.wait(Timeout));
    QCOMPARE(viewerHeard.takeFirst(), (QList<QVariant>{m_conversation, true}));
    QVERIFY(!listChanged.isEmpty() || listChanged.wait(Timeout));
    const ConversationRow takenRow = row(viewerDesk.get(), m_conversation);
    QVERIFY(takenRow.takenOver);
    QCOMPARE(takenRow.takenOverBy, QStringLiteral("hand-operator"));
    QVERIFY(takenRow.takenOverAt.isValid());
    ConversationFilter onlyTaken;
    onlyTaken.takenOverOnly = true;
    const auto filtered = waitFor(viewerDesk->conversations(channelName, 10, std::nullopt, onlyTaken));
    QVERIFY(filtered.ok());
    QCOMPARE(filtered.value().size(), 1);
    QCOMPARE(filtered.value().first().id, m_conversation);

    // Taking it over again changes nothing and announces nothing; the return is announced.
    QVERIFY(waitFor(operatorDesk->takeOverConversation(m_conversation)).ok());
    const Status returned = waitFor(operatorDesk->returnConversationToBot(m_conversation));
    QVERIFY2(returned.ok(), qPrintable(returned.error().message));
    QVERIFY(viewerHeard.size() == 1 || viewerHeard.wait(Timeout));
    QCOMPARE(viewerHeard.takeFirst(), (QList<QVariant>{m_conversation, false}));
    QVERIFY(operatorHeard.size() == 1 || operatorHeard.wait(Timeout));
    QCOMPARE(operatorHeard.takeFirst(), (QList<QVariant>{m_conversation, false}));
    const ConversationRow returnedRow = row(operatorDesk.get(), m_conversation);
    QVERIFY(!returnedRow.takenOver);
    QVERIFY(returnedRow.takenOverBy.isEmpty());
    QVERIFY(waitFor(viewerDesk->conversations(channelName, 10, std::nullopt, onlyTaken)).value().isEmpty());

    // A conversation the server does not have is an error, not a silent success.
    QVERIFY(!waitFor(operatorDesk->takeOverConversation(987654)).ok());
}

void TestRemoteHandoff::testViewerIsRefused()
{
    const auto viewer = attach(QStringLiteral("viewer"));
    QCOMPARE(viewer->connection().role, ApiRole::Viewer);
    // Refused before asking: the answer is ready at once and names the role needed.
    const QFuture<Status> takeOver = viewer->takeOverConversation(m_conversation);
    QVERIFY(takeOver.isFinished());
    QVERIFY(!takeOver.result().ok());
    QVERIFY2(takeOver.result().error().message.contains(QStringLiteral("operator")),
             qPrintable(takeOver.result().error().message));
    const QFuture<Status> giveBack = viewer->returnConversationToBot(m_conversation);
    QVERIFY(giveBack.isFinished());
    QVERIFY(!giveBack.result().ok());

    // The server refuses the viewer's key as well, through the console verbs and REST alike.
    const QString key = m_keys.value(QStringLiteral("viewer"));
    const QJsonObject call{{QStringLiteral("conversation"), m_conversation}};
    QCOMPARE(m_serve->post(QStringLiteral("/api/v1/console/conversation.takeover"), key, call).status, 403);
    QCOMPARE(m_serve->post(QStringLiteral("/api/v1/console/conversation.return"), key, call).status, 403);
    QCOMPARE(m_serve->post(QStringLiteral("/api/v1/conversations/%1/takeover").arg(m_conversation), key, {})
                 .status,
             403);
    QVERIFY(!row(viewer.get(), m_conversation).takenOver);
}

QTEST_GUILESS_MAIN(TestRemoteHandoff)
#include "TestRemoteHandoff.moc"
