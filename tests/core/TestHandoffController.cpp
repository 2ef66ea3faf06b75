// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The automatic return to the bot on a real LocalDesk with a clock that only moves when told: a
// conversation taken over and left quiet for longer than the channel's handoff_return_hours goes
// back to the bot (row, signal, audit log, stream event), one with a later operator's reply only
// after its own hours, and one that fell due while no desk ran is given back when the next one
// reads its channels.
#include "channels/CloudApiFields.h"
#include "channels/HandoffFields.h"
#include "desk/HandoffController.h"
#include "desk/LocalDesk.h"
#include "store/HandoffStore.h"
#include "store/StreamEventLog.h"
#include "util/Clock.h"
#include "util/DataDirectory.h"
#include "webhook/WebhookPayloadParser.h"

#include "FakeGraphApiServer.h"
#include "FakeSecretStore.h"
#include "JournaledBuilder.h"
#include "TestEnvironment.h"
#include "WaitForFuture.h"
#include "WebhookClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString channelId = QStringLiteral("support");
const QString ana = QStringLiteral("15557654321");
const QString ben = QStringLiteral("15557654322");
constexpr int Timeout = 10000;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

} // namespace

class TestHandoffController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testQuietConversationGoesBackToTheBot();
    void testOperatorReplyPostponesTheReturn();
    void testOverdueReturnHappensAtStart();

private:
    std::unique_ptr<LocalDesk> makeDesk();
    //! A text from peer, built into the store as the receiver would.
    void inbound(const QString& peer);
    ConversationRow row(const QString& peer);
    //! Runs the check the controller's timer runs every minute.
    void checkNow();
    QList<StreamEvent> handoffEvents() const;
    //! When the audit log says peer's conversation was given back automatically, oldest first.
    QList<QDateTime> returnsAudited(const QString& peer);

    FakeGraphApiServer m_graph;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LocalDesk> m_desk;
    QString m_path;
    QDateTime m_start;
    int m_inbound = 0;
};

void TestHandoffController::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_graph.start());
}

void TestHandoffController::init()
{
    m_graph.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = DataDirectory::databasePath(m_dir->path());
    m_secrets = std::make_unique<FakeSecretStore>();
    m_start = QDateTime::currentDateTimeUtc();
    m_clock = std::make_unique<ManualClock>(m_start);
    m_desk = makeDesk();
    QVERIFY(m_desk);
    ChannelDraft draft;
    draft.channel.id = channelId;
    draft.channel.name = QStringLiteral("Support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), FakeGraphApiServer::phoneNumberId());
    draft.channel.fields.insert(CloudApiFields::businessAccountId(), FakeGraphApiServer::wabaId());
    draft.channel.fields.insert(CloudApiFields::apiVersion(), QStringLiteral("v25.0"));
    draft.channel.fields.insert(CloudApiFields::graphBaseUrl(), m_graph.baseUrl().toString());
    draft.channel.fields.insert(HandoffFields::returnHours(), QStringLiteral("2"));
    draft.secrets.insert(CloudApiFields::accessToken(), FakeGraphApiServer::validToken());
    draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    draft.secrets.insert(CloudApiFields::verifyToken(), TestEnvironment::verifyToken());
    const Status saved = waitFor(m_desk->saveChannels({draft}));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(HandoffFields::returnAfterHours(*m_desk->channel(channelId)), 2);
}

void TestHandoffController::cleanup()
{
    m_desk.reset();
}

std::unique_ptr<LocalDesk> TestHandoffController::makeDesk()
{
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    options.receiver = false;
    auto desk = std::make_unique<LocalDesk>(m_dir->path(), options);
    desk->setHealthChecksActive(false);
    desk->setClock(m_clock.get());
    return desk;
}

void TestHandoffController::inbound(const QString& peer)
{
    ++m_inbound;
    const QByteArray body = WebhookClient::textMessage(
        FakeGraphApiServer::phoneNumberId(), QStringLiteral("wamid.HC.%1").arg(m_inbound), peer,
        QStringLiteral("Customer %1").arg(m_inbound), QStringLiteral("Hello"),
        QDateTime::currentDateTimeUtc());
    QVERIFY(JournaledBuilder::commit(m_path,
                                     {Delivery{channelId, QDateTime::currentDateTimeUtc(), body,
                                               WebhookPayloadParser::parse(body).value()}})
                .ok());
}

ConversationRow TestHandoffController::row(const QString& peer)
{
    const auto found = waitFor(m_desk->conversationWith(channelId, peer));
    if (!found.ok() || !found.value())
        qFatal("no conversation with %s", qPrintable(peer));
    return *found.value();
}

void TestHandoffController::checkNow()
{
    auto* controller = m_desk->findChild<HandoffController*>();
    QVERIFY(controller);
    controller->returnQuietConversations();
}

QList<StreamEvent> TestHandoffController::handoffEvents() const
{
    QList<StreamEvent> events;
    const auto all = StreamEventLog(m_path).after(0, 1000);
    if (!all.ok())
        return events;
    for (const StreamEvent& event : all.value())
        if (event.type == QLatin1String("conversation_handoff"))
            events << event;
    return events;
}

QList<QDateTime> TestHandoffController::returnsAudited(const QString& peer)
{
    QList<QDateTime> times;
    const auto audit = waitFor(m_desk->auditLog(100));
    if (!audit.ok())
        return times;
    for (const AuditEntry& entry : audit.value()) {
        if (entry.action == QLatin1String("conversation.return")
            && entry.remote == HandoffController::automaticAddress()
            && entry.target == channelId + QLatin1Char('/') + peer && entry.result == QLatin1String("ok"))
            times.prepend(entry.at);
    }
    return times;
}

void TestHandoffController::testQuietConversationGoesBackToTheBot()
{
    inbound(ana);
    const qint64 id = row(ana).id;
    QSignalSpy changed(m_desk.get(), &Desk::conversationHandoffChanged);
    const Status taken = waitFor(m_desk->takeOverConversation(id));
    QVERIFY2(taken.ok(), qPrintable(taken.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, Timeout);
    QCOMPARE(changed.takeFirst(), (QList<QVariant>{id, true}));
    QVERIFY(row(ana).takenOver);
    QCOMPARE(row(ana).takenOverAt, m_start);

    // Not yet due after 1 h 59 min; due after 2 h 1 min. The checks run in order on one worker,
    // so had the first one given Ana back, the return would carry its time, not the second's.
    m_clock->advance(2 * Hour - Minute);
    checkNow();
    m_clock->advance(2 * Minute);
    checkNow();
    QVERIFY(changed.wait(Timeout));
    QCOMPARE(changed.takeFirst(), (QList<QVariant>{id, false}));
    QCOMPARE(returnsAudited(ana), QList<QDateTime>{m_clock->now()});
    const ConversationRow returned = row(ana);
    QVERIFY(!returned.takenOver);
    QVERIFY(!returned.takenOverAt.isValid());
    QVERIFY(returned.takenOverBy.isEmpty());

    // The stream tells remote consoles and bots.
    const QList<StreamEvent> events = handoffEvents();
    QCOMPARE(events.size(), 2);
    const QJsonObject body = QJsonDocument::fromJson(events.last().body).object();
    QCOMPARE(body.value(QStringLiteral("conversation_id")).toInteger(), id);
    QCOMPARE(body.value(QStringLiteral("taken_over")).toBool(), false);
    QCOMPARE(body.value(QStringLiteral("at")).toString(), m_clock->now().toString(Qt::ISODateWithMs));

    // Given back once: later checks change nothing.
    checkNow();
    checkNow();
    QVERIFY(!row(ana).takenOver);
    QCOMPARE(handoffEvents().size(), 2);
}

void TestHandoffController::testOperatorReplyPostponesTheReturn()
{
    inbound(ana);
    inbound(ben);
    const qint64 anaId = row(ana).id;
    const qint64 benId = row(ben).id;
    QVERIFY(waitFor(m_desk->takeOverConversation(anaId)).ok());
    QVERIFY(waitFor(m_desk->takeOverConversation(benId)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(row(ana).takenOver && row(ben).takenOver, Timeout);

    // An hour and a half later an operator answers Ben from the window.
    m_clock->advance(90 * Minute);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->canSend(channelId), Timeout);
    QSignalSpy queued(m_desk.get(), &Desk::sendQueued);
    QSignalSpy refused(m_desk.get(), &Desk::sendRefused);
    SendRequest reply{QStringLiteral("reply"), channelId, ben, {}, QStringLiteral("gui")};
    reply.content.text = QStringLiteral("A person is on it");
    m_desk->send(reply);
    QTRY_VERIFY_WITH_TIMEOUT(queued.size() + refused.size() > 0, Timeout);
    QVERIFY2(refused.isEmpty(),
             qPrintable(refused.isEmpty() ? QString() : refused.first().at(1).value<SendRefusal>().message));
    // The reply is remembered (off the UI thread): Ben is no longer quiet since the take-over.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto quiet = HandoffStore(m_path).quietSince(channelId, m_start.addSecs(3600));
            return quiet.ok() && quiet.value().size() == 1 && quiet.value().first().id == anaId;
        }(),
        Timeout);

    // 2 h 1 min after the take-over Ana goes back, Ben (replied 31 min ago) stays with the person;
    // both are decided by the same check, so Ben's return would have been announced with Ana's.
    m_clock->advance(31 * Minute);
    QSignalSpy changed(m_desk.get(), &Desk::conversationHandoffChanged);
    checkNow();
    QVERIFY(changed.wait(Timeout));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst(), (QList<QVariant>{anaId, false}));
    QVERIFY(!row(ana).takenOver);
    QVERIFY(row(ben).takenOver);

    // A minute before Ben's own two hours nothing; a minute after, Ben goes back too (at the
    // second check's time, so not at the first's).
    m_clock->advance(2 * Hour - 31 * Minute - Minute);
    checkNow();
    m_clock->advance(2 * Minute);
    checkNow();
    QVERIFY(changed.wait(Timeout));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst(), (QList<QVariant>{benId, false}));
    QVERIFY(!row(ben).takenOver);
    QCOMPARE(returnsAudited(ben), QList<QDateTime>{m_clock->now()});
    QCOMPARE(returnsAudited(ana), QList<QDateTime>{m_start.addMSecs(2 * Hour + Minute)});
    QCOMPARE(handoffEvents().size(), 4);
}

void TestHandoffController::testOverdueReturnHappensAtStart()
{
    inbound(ana);
    const qint64 id = row(ana).id;
    QVERIFY(waitFor(m_desk->takeOverConversation(id)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(row(ana).takenOver, Timeout);
    m_desk.reset();

    // Three hours pass with no desk running; the next one gives Ana back once it has read its
    // channels, without waiting for the minute's check.
    m_clock->advance(3 * Hour);
    m_desk = makeDesk();
    QSignalSpy changed(m_desk.get(), &Desk::conversationHandoffChanged);
    const Status loaded = waitFor(m_desk->loadChannels());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QVERIFY(changed.wait(Timeout));
    QCOMPARE(changed.takeFirst(), (QList<QVariant>{id, false}));
    QVERIFY(!row(ana).takenOver);
    QCOMPARE(handoffEvents().size(), 2);
    QCOMPARE(returnsAudited(ana), QList<QDateTime>{m_clock->now()});
}

QTEST_GUILESS_MAIN(TestHandoffController)
#include "TestHandoffController.moc"
