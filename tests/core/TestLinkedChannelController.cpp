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
#include "TestEnvironment.h"

#include <QFile>
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

QTEST_GUILESS_MAIN(TestLinkedChannelController)
#include "TestLinkedChannelController.moc"
