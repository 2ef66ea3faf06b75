// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/LinkedChannelController.h"

#include "channels/ChannelManager.h"
#include "channels/LinkedFields.h"
#include "store/ConversationReader.h"
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "util/DataDirectory.h"
#include "webhook/DeliveryProjector.h"

#include "FakeSecretStore.h"
#include "FakeWahaServer.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

//! A gateway whose events the test raises itself.
class FakeAdapter : public GatewayAdapter
{
public:
    using GatewayAdapter::GatewayAdapter;
    void open() override { }
    void close() override { }
    void restartPairing() override { }
    void logout() override { }
    void requestPairingCode(const QString&) override { }
    void sendText(const QString&, const QString&, const QString&) override { }
    bool supportsPairingCode() const override { return false; }
};

GatewayMessage message(const QString& id, const QString& text, bool fromMe)
{
    GatewayMessage m;
    m.messageId = id;
    m.peer = QStringLiteral("15557654321");
    m.chatJid = QStringLiteral("15557654321@c.us");
    m.peerName = QStringLiteral("Ana");
    m.fromMe = fromMe;
    m.type = QStringLiteral("text");
    m.text = text;
    m.timestamp = QDateTime::currentDateTimeUtc();
    return m;
}

} // namespace

class TestLinkedChannelController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testEventsAreJournaledAndBuiltByTheProjector();
    void testEditedSettingsReachTheGatewayWithoutRestart();
};

void TestLinkedChannelController::testEventsAreJournaledAndBuiltByTheProjector()
{
    QTemporaryDir dir;
    FakeSecretStore secrets;
    ChannelManager manager(dir.path(), &secrets);
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("linked");
    draft.channel.name = QStringLiteral("linked");
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(LinkedFields::gateway(), LinkedFields::waha());
    draft.channel.fields.insert(LinkedFields::baseUrl(), QStringLiteral("http://127.0.0.1:9"));
    draft.channel.fields.insert(LinkedFields::forwardUrl(), QStringLiteral("http://127.0.0.1:9/bot"));
    draft.secrets.insert(LinkedFields::apiKey(), QStringLiteral("key"));
    auto saved = manager.save({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());

    const QString databasePath = DataDirectory::databasePath(dir.path());
    const QString journalPath = DataDirectory::journalPath(dir.path());
    QPointer<FakeAdapter> adapter;
    {
        LinkedChannelController controller(&manager, databasePath);
        controller.setAdapterFactory([&adapter](const QString&, const GatewayConfig& config) {
            adapter = new FakeAdapter(config);
            return adapter.data();
        });
        controller.start();
        QTRY_VERIFY(adapter);
        QSignalSpy journaled(&controller, &LinkedChannelController::journaled);
        QSignalSpy queued(&controller, &LinkedChannelController::forwardQueued);
        emit adapter->messageReceived(message(QStringLiteral("A1"), QStringLiteral("hola"), false));
        emit adapter->messageReceived(message(QStringLiteral("A2"), QStringLiteral("respuesta"), true));
        emit adapter->messageAcked(QStringLiteral("A2"), GatewayAck::Read);
        QTRY_VERIFY(!journaled.isEmpty() && journaled.last().at(0).toLongLong() == 4);
        QVERIFY(!queued.isEmpty());
    }
    // The gateway path wrote the journal only: the store has nothing from it yet.
    if (QFile::exists(databasePath))
        QCOMPARE(ConversationReader(databasePath).log({}).value().size(), 0);
    {
        DeliveryJournal journal(journalPath);
        const auto entries = journal.entriesAfter(0, 10);
        QVERIFY(entries.ok());
        // The bot's copy (id 1) came first in the same append and is not an entry to build.
        QCOMPARE(entries.value().size(), 3);
        QCOMPARE(entries.value().first().id, 2);
        for (const JournalEntry& entry : entries.value())
            QCOMPARE(entry.kind, JournalEntry::Kind::GatewayEvent);
    }

    // The projector builds them: each message once, the acknowledgement as the status.
    DeliveryProjector projector(databasePath, journalPath);
    QVERIFY(projector.start({}, {}).ok());
    QTRY_COMPARE(projector.backlog(), 0);
    projector.stop(1000);
    const QList<LogEntry> log = ConversationReader(databasePath).log({}).value();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).text, QStringLiteral("hola"));
    QCOMPARE(log.at(1).text, QStringLiteral("respuesta"));
    QCOMPARE(log.at(1).status, QStringLiteral("read"));
    Database::close(databasePath);
}

void TestLinkedChannelController::testEditedSettingsReachTheGatewayWithoutRestart()
{
    FakeWahaServer first;
    FakeWahaServer second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    QTemporaryDir dir;
    FakeSecretStore secrets;
    ChannelManager manager(dir.path(), &secrets);
    const QString id = QStringLiteral("linked");
    ChannelDraft draft;
    draft.channel.id = id;
    draft.channel.name = id;
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(LinkedFields::gateway(), LinkedFields::waha());
    draft.channel.fields.insert(LinkedFields::baseUrl(), first.baseUrl().toString());
    draft.channel.fields.insert(LinkedFields::session(), LinkedFields::defaultSession());
    draft.channel.fields.insert(LinkedFields::deviceLabel(), QStringLiteral("ChannelDesk"));
    draft.secrets.insert(LinkedFields::apiKey(), FakeWahaServer::apiKey());
    auto saved = manager.save({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());

    // Real WAHA adapters; the factory only notes what each was made with.
    QList<GatewayConfig> configs;
    LinkedChannelController controller(&manager, DataDirectory::databasePath(dir.path()));
    controller.setAdapterFactory([&configs](const QString& gateway, const GatewayConfig& config) {
        configs.append(config);
        return LinkedChannelController::createAdapter(gateway, config);
    });
    controller.start();
    QTRY_VERIFY(first.hasSession(LinkedFields::defaultSession()));
    QCOMPARE(configs.size(), 1);
    QCOMPARE(configs.last().maxAttempts, LinkedFields::defaultReconnectAttempts());

    // The channel page's edit: another gateway, session, device label and number of attempts,
    // without the key, which stays in the keychain.
    ChannelDraft edit{*manager.channel(id), {}};
    edit.channel.fields.insert(LinkedFields::baseUrl(), second.baseUrl().toString());
    edit.channel.fields.insert(LinkedFields::session(), QStringLiteral("front-desk"));
    edit.channel.fields.insert(LinkedFields::deviceLabel(), QStringLiteral("Front desk"));
    edit.channel.fields.insert(LinkedFields::reconnectAttempts(), QStringLiteral("3"));
    auto edited = manager.save({edit});
    QTRY_VERIFY(edited.isFinished());
    QVERIFY(edited.result().ok());

    QTRY_VERIFY(second.hasSession(QStringLiteral("front-desk")));
    const QJsonObject create = second.lastCreateRequest();
    QCOMPARE(create.value(QLatin1String("config"))
                 .toObject()
                 .value(QLatin1String("client"))
                 .toObject()
                 .value(QLatin1String("deviceName"))
                 .toString(),
             QStringLiteral("Front desk"));
    QCOMPARE(configs.size(), 2);
    QCOMPARE(configs.last().maxAttempts, 3);
    QCOMPARE(configs.last().secret, FakeWahaServer::apiKey());
    QVERIFY(!first.hasSession(QStringLiteral("front-desk")));
    QCOMPARE(controller.channelIds(), QStringList{id});

    // Disabled and enabled again on the page: the adapter goes and comes back with the new values.
    ChannelDraft off{*manager.channel(id), {}};
    off.channel.enabled = false;
    auto disabled = manager.save({off});
    QTRY_VERIFY(disabled.isFinished());
    QVERIFY(disabled.result().ok());
    QTRY_VERIFY(!controller.adapter(id));
    ChannelDraft on{*manager.channel(id), {}};
    on.channel.enabled = true;
    auto enabled = manager.save({on});
    QTRY_VERIFY(enabled.isFinished());
    QVERIFY(enabled.result().ok());
    QTRY_VERIFY(controller.adapter(id));
    QCOMPARE(configs.size(), 3);
    QCOMPARE(configs.last().baseUrl, second.baseUrl());
    QCOMPARE(configs.last().session, QStringLiteral("front-desk"));
}

QTEST_GUILESS_MAIN(TestLinkedChannelController)
#include "TestLinkedChannelController.moc"
