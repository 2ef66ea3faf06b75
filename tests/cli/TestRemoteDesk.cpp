// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteDesk, the window's facade on a remote server, against a real `channeldesk serve` with the
// local Graph API stand-in: connecting with a key's role, the conversation log and search, a reply
// from one console reaching Meta and showing in another console within a second, a viewer that
// cannot send, channel setup from a console, and a server restart resumed without losing events.
#include "model/AuditEntry.h"
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

const QString token = QStringLiteral("EAA_FAKE_REMOTE_TOKEN_CHANNELDESK_") + QString(60, QLatin1Char('1'));
const QString customer = QStringLiteral("15557654321");
constexpr int Timeout = 10000;

} // namespace

class TestRemoteDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testConnectsWithTheKeysRole();
    void testWrongKeyIsRefused();
    void testConversationLogAndSearch();
    void testReplyShowsInTheOtherConsoleWithinASecond();
    void testViewerCannotSend();
    void testMediaIsDescribedWithoutItsBytes();
    void testChannelSetUpInOneConsoleAppearsInTheOther();
    void testSettingsEditedInAConsoleApplyOnTheServer();
    void testServerRestartIsResumedFromTheCursor();

private:
    std::unique_ptr<RemoteDesk> attach(const QString& role);
    void receive(const QString& text);
    //! The newest messages of the customer's conversation as desk sees them, oldest first.
    QList<MessageRow> messages(RemoteDesk* desk);

    QTemporaryDir m_home;
    QTemporaryDir m_console;
    FakeGraphApiServer m_graph;
    std::unique_ptr<ServeProcess> m_serve;
    QHash<QString, QString> m_keys;
    int m_received = 0;
};

void TestRemoteDesk::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_graph.start());
    m_graph.setExpectedToken(token);
    m_serve = ServeProcess::inHome(m_home.path());
    m_keys = m_serve->createKeys(QStringLiteral("console-"),
                                 {QStringLiteral("viewer"), QStringLiteral("sender"),
                                  QStringLiteral("operator"), QStringLiteral("admin")});
    QVERIFY(m_serve->start());
    const auto created = m_serve->addCloudChannel(m_keys.value(QStringLiteral("admin")),
                                                  QStringLiteral("remotedesk"), token, m_graph.baseUrl());
    QVERIFY2(created.status == 201, created.body.constData());
}

void TestRemoteDesk::cleanupTestCase()
{
    m_serve->stop();
    // The console keeps neither the server's secrets nor its conversations.
    const QByteArray console = TestEnvironment::allFileContents(m_console.path());
    QVERIFY(!console.contains(token.toUtf8()));
    QVERIFY(!console.contains(TestEnvironment::appSecret().toUtf8()));
    QVERIFY(!console.contains(customer.toUtf8()));
    for (const QString& key : std::as_const(m_keys))
        QVERIFY(!console.contains(key.toUtf8()));
}

std::unique_ptr<RemoteDesk> TestRemoteDesk::attach(const QString& role)
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

void TestRemoteDesk::receive(const QString& text)
{
    WebhookClient webhook(m_serve->webhookPort());
    const QString wamid = QStringLiteral("wamid.remote-in-%1").arg(++m_received);
    const QByteArray body = WebhookClient::textMessage(
        FakeGraphApiServer::phoneNumberId(), wamid, customer, QStringLiteral("Ana"), text,
        QDateTime::currentDateTimeUtc().addSecs(-60 + m_received));
    QCOMPARE(webhook.post(FakeGraphApiServer::phoneNumberId(), body, TestEnvironment::appSecret().toUtf8()),
             200);
}

QList<MessageRow> TestRemoteDesk::messages(RemoteDesk* desk)
{
    const auto row = waitFor(desk->conversationWith(QStringLiteral("remotedesk"), customer));
    if (!row.ok() || !row.value())
        return {};
    const auto rows = waitFor(desk->olderMessages(row.value()->id, std::nullopt, 50));
    return rows.ok() ? rows.value() : QList<MessageRow>();
}

void TestRemoteDesk::testConnectsWithTheKeysRole()
{
    const auto desk = attach(QStringLiteral("operator"));
    QCOMPARE(desk->connection().state, DeskConnection::State::Connected);
    QCOMPARE(desk->connection().keyName, QStringLiteral("console-operator"));
    QCOMPARE(desk->connection().role, ApiRole::Operator);
    QCOMPARE(desk->location(), QStringLiteral("127.0.0.1:%1").arg(m_serve->apiPort()));
    QVERIFY(desk->channel(QStringLiteral("remotedesk")).has_value());
    QCOMPARE(desk->channel(QStringLiteral("remotedesk"))->field(QStringLiteral("phone_number_id")),
             FakeGraphApiServer::phoneNumberId());
    QCOMPARE(desk->receiverStatus().state, ReceiverStatus::State::Running);
    QVERIFY(desk->canSend(QStringLiteral("remotedesk")));
    QVERIFY(desk->connection().refusal(ApiRole::Operator).isEmpty());
    QVERIFY(desk->connection().refusal(ApiRole::Admin).contains(QStringLiteral("admin")));
}

void TestRemoteDesk::testWrongKeyIsRefused()
{
    RemoteDesk::Options options;
    options.server = QUrl(m_serve->apiBase());
    options.key = QStringLiteral("cdk_") + QString(43, QLatin1Char('x'));
    options.consoleDirectory = m_console.path();
    RemoteDesk desk(options);
    QTRY_COMPARE_WITH_TIMEOUT(desk.connection().state, DeskConnection::State::Refused, Timeout);
    QVERIFY(!desk.connection().error.isEmpty());
    QVERIFY(!desk.connection().error.contains(options.key));
    QVERIFY(!desk.canSend(QStringLiteral("remotedesk")));
}

void TestRemoteDesk::testConversationLogAndSearch()
{
    const auto desk = attach(QStringLiteral("viewer"));
    QSignalSpy changed(desk.get(), &Desk::conversationsChanged);
    receive(QStringLiteral("Where is my parcel zebracorn?"));
    QVERIFY(changed.wait(Timeout));
    const auto rows = waitFor(desk->conversations(QStringLiteral("remotedesk"), 50, std::nullopt));
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows.value().size(), 1);
    QCOMPARE(rows.value().first().peer, customer);
    QCOMPARE(rows.value().first().peerName, QStringLiteral("Ana"));
    QVERIFY(messages(desk.get()).last().text.contains(QStringLiteral("zebracorn")));
    const auto hits = waitFor(desk->search(QStringLiteral("zebracorn"), {}, 20));
    QVERIFY(hits.ok());
    QCOMPARE(hits.value().size(), 1);
    QCOMPARE(hits.value().first().peer, customer);
}

void TestRemoteDesk::testReplyShowsInTheOtherConsoleWithinASecond()
{
    receive(QStringLiteral("Can you help?"));
    const auto alice = attach(QStringLiteral("sender"));
    const auto bob = attach(QStringLiteral("viewer"));
    QSignalSpy queued(alice.get(), &Desk::sendQueued);
    QSignalSpy bobSees(bob.get(), &Desk::conversationsChanged);
    SendRequest request{
        QStringLiteral("r1"), QStringLiteral("remotedesk"), customer, {}, QStringLiteral("gui")};
    request.content.text = QStringLiteral("On its way, tracking follows");
    alice->send(request);
    QVERIFY(queued.wait(Timeout));
    QCOMPARE(queued.first().at(0).toString(), QStringLiteral("r1"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_graph.requests().isEmpty()
                                 && m_graph.requests()
                                         .last()
                                         .json()
                                         .value(QStringLiteral("text"))
                                         .toObject()
                                         .value(QStringLiteral("body"))
                                     == QStringLiteral("On its way, tracking follows"),
                             Timeout);
    // From the moment Meta took it, the other console shows it within a second, with who sent it.
    QElapsedTimer sinceAccepted;
    sinceAccepted.start();
    QTRY_VERIFY_WITH_TIMEOUT(!messages(bob.get()).isEmpty()
                                 && messages(bob.get()).last().text
                                     == QLatin1String("On its way, tracking follows"),
                             1000);
    QVERIFY(sinceAccepted.elapsed() < 1000);
    QCOMPARE(messages(bob.get()).last().sentBy, QStringLiteral("console-sender"));
    QCOMPARE(messages(bob.get()).last().direction, QStringLiteral("out"));
    QVERIFY(bobSees.count() >= 1);
}

void TestRemoteDesk::testViewerCannotSend()
{
    const auto viewer = attach(QStringLiteral("viewer"));
    QVERIFY(!viewer->canSend(QStringLiteral("remotedesk")));
    QSignalSpy refused(viewer.get(), &Desk::sendRefused);
    const int before = m_graph.requests().size();
    SendRequest request{
        QStringLiteral("v1"), QStringLiteral("remotedesk"), customer, {}, QStringLiteral("gui")};
    request.content.text = QStringLiteral("I should not go out");
    viewer->send(request);
    QVERIFY(refused.count() == 1 || refused.wait(Timeout));
    const auto refusal = refused.first().at(1).value<SendRefusal>();
    QVERIFY2(refusal.message.contains(QStringLiteral("viewer"))
                 && refusal.message.contains(QStringLiteral("sender")),
             qPrintable(refusal.message));
    QCOMPARE(m_graph.requests().size(), before);
}

void TestRemoteDesk::testMediaIsDescribedWithoutItsBytes()
{
    const auto viewer = attach(QStringLiteral("viewer"));
    const QString documentId = m_graph.addMedia(QByteArray(4321, 'd'), QStringLiteral("application/pdf"));
    QSignalSpy described(viewer.get(), &Desk::mediaDescribed);
    viewer->describeMedia(QStringLiteral("remotedesk"), documentId);
    QVERIFY(described.wait(Timeout));
    QCOMPARE(described.first().at(0).toString(), documentId);
    QCOMPARE(described.first().at(1).toLongLong(), 4321);
    QCOMPARE(described.first().at(2).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(described.first().at(3).toString(), QString());
    int requests = 0;
    for (const FakeGraphApiServer::Request& request : m_graph.requests())
        requests += request.path.endsWith(QLatin1Char('/') + documentId)
            || request.query.queryItemValue(QStringLiteral("mid")) == documentId;
    QCOMPARE(requests, 1); // the description, not the bytes
}

void TestRemoteDesk::testChannelSetUpInOneConsoleAppearsInTheOther()
{
    const auto admin = attach(QStringLiteral("admin"));
    const auto other = attach(QStringLiteral("viewer"));
    QSignalSpy otherChanged(other.get(), &Desk::channelsChanged);
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("second");
    draft.channel.name = QStringLiteral("Second line");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields = QJsonObject{{QStringLiteral("phone_number_id"), QStringLiteral("987654321098765")},
                                       {QStringLiteral("graph_base_url"), m_graph.baseUrl().toString()}};
    const QString secret = QStringLiteral("EAA_SECOND_CONSOLE_TOKEN_") + QString(40, QLatin1Char('2'));
    draft.secrets.insert(QStringLiteral("access_token"), secret);
    draft.secrets.insert(QStringLiteral("verify_token"), QStringLiteral("second-verify-token"));
    draft.secrets.insert(QStringLiteral("app_secret"), QStringLiteral("0123456789abcdef0123456789abcdef"));
    const Status saved = waitFor(admin->saveChannels({draft}));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(other->channel(QStringLiteral("second")).has_value(), 2000);
    QVERIFY(otherChanged.count() >= 1);
    // The server keeps the secret; the console can show it only masked.
    const SecretResult masked
        = waitFor(admin->readSecret(QStringLiteral("second"), QStringLiteral("access_token")));
    QVERIFY(masked.ok());
    QVERIFY(!masked.value.contains(secret));
    QVERIFY(!TestEnvironment::allFileContents(m_console.path()).contains(secret.toUtf8()));
    const Status removed = waitFor(admin->removeChannel(QStringLiteral("second")));
    QVERIFY(removed.ok());
    QTRY_VERIFY_WITH_TIMEOUT(!other->channel(QStringLiteral("second")).has_value(), 2000);
}

void TestRemoteDesk::testSettingsEditedInAConsoleApplyOnTheServer()
{
    const auto admin = attach(QStringLiteral("admin"));
    const auto other = attach(QStringLiteral("viewer"));
    const QString id = QStringLiteral("remotedesk");
    // The channel page's edit: the channel as shown with another API version, no secrets.
    ChannelDraft edit{*admin->channel(id), {}};
    const QJsonObject before = edit.channel.fields;
    edit.channel.fields.insert(QStringLiteral("api_version"), QStringLiteral("v24.0"));
    const Status saved = waitFor(admin->saveChannels({edit}));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(other->channel(id)->field(QStringLiteral("api_version")),
                              QStringLiteral("v24.0"), Timeout);

    // The server sends with it at once, with the token it kept.
    QSignalSpy queued(admin.get(), &Desk::sendQueued);
    SendRequest request{QStringLiteral("edited"), id, customer, {}, QStringLiteral("gui")};
    request.content.kind = OutboundContent::Kind::Template;
    request.content.templateName = QStringLiteral("hello_world");
    request.content.templateLanguage = QStringLiteral("en_US");
    admin->send(request);
    QVERIFY(queued.wait(Timeout));
    const QString messages = QStringLiteral("/%1/messages").arg(FakeGraphApiServer::phoneNumberId());
    QTRY_COMPARE_WITH_TIMEOUT(m_graph.requestsTo(QStringLiteral("/v24.0") + messages, "POST").size(), 1,
                              Timeout);
    const auto sent = m_graph.requestsTo(QStringLiteral("/v24.0") + messages, "POST");
    QCOMPARE(sent.first().json().value(QLatin1String("type")).toString(), QStringLiteral("template"));
    QCOMPARE(sent.first().headers.value("authorization"), "Bearer " + token.toUtf8());

    // The change is in the audit log under the admin key's name.
    const auto audit = waitFor(admin->auditLog(50));
    QVERIFY(audit.ok());
    bool audited = false;
    for (const AuditEntry& entry : audit.value())
        audited = audited
            || (entry.action == QLatin1String("channel.save") && entry.target == id
                && entry.keyName == QLatin1String("console-admin") && entry.result == QLatin1String("ok"));
    QVERIFY(audited);

    ChannelDraft back{*admin->channel(id), {}};
    back.channel.fields = before;
    QVERIFY(waitFor(admin->saveChannels({back})).ok());
}

void TestRemoteDesk::testServerRestartIsResumedFromTheCursor()
{
    const auto desk = attach(QStringLiteral("viewer"));
    QCOMPARE(desk->connection().state, DeskConnection::State::Connected);
    m_serve->stop();
    QTRY_VERIFY2_WITH_TIMEOUT(
        desk->connection().state == DeskConnection::State::Reconnecting,
        qPrintable(desk->connection().stateText() + QLatin1Char(' ') + desk->connection().error), Timeout);
    QVERIFY(desk->connection().attempt >= 1);
    QVERIFY(desk->connection().stateText().contains(QStringLiteral("attempt")));
    QVERIFY(m_serve->restart());
    // What reached the server while the console was away shows once it is back.
    receive(QStringLiteral("Sent while you were away, quokkafish"));
    QTRY_COMPARE_WITH_TIMEOUT(desk->connection().state, DeskConnection::State::Connected, Timeout);
    const auto shown = [&] {
        const QList<MessageRow> rows = messages(desk.get());
        return std::any_of(rows.cbegin(), rows.cend(), [](const MessageRow& row) {
            return row.text.contains(QLatin1String("quokkafish"));
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown(), Timeout);
}

QTEST_GUILESS_MAIN(TestRemoteDesk)
#include "TestRemoteDesk.moc"
