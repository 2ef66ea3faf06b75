// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/ReceiverController.h"

#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "store/ConversationReader.h"
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "util/DataDirectory.h"
#include "settings/Settings.h"
#include "webhook/GatewayEventBody.h"
#include "webhook/WebhookReceiver.h"

#include "FakeSecretStore.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString phoneId = QStringLiteral("200000000000002");

//! Journals one gateway message as LinkedChannelController does; returns its journal id.
qint64 journalGatewayMessage(const QString& dataDirectory, const QString& id)
{
    GatewayMessage message;
    message.messageId = id;
    message.peer = QStringLiteral("15557654321");
    message.text = QStringLiteral("via the gateway");
    const GatewayEvent event{QStringLiteral("linked"), message, {}, {}, QDateTime::currentDateTimeUtc()};
    DeliveryJournal journal(DataDirectory::journalPath(dataDirectory));
    const auto appended = journal.append({{0,
                                           event.channelId,
                                           event.at,
                                           GatewayEventBody::encode(event),
                                           {},
                                           false,
                                           JournalEntry::Kind::GatewayEvent}});
    return appended.ok() ? appended.value() : -1;
}

} // namespace

class TestReceiverController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testStartsAndServesChannelsWithSecrets();
    void testBusyAddressIsReported();
    void testSettingsAreSavedWithoutSecretsAndApplied();
    void testChannelWithoutSecretsIsNotServed();
    void testEditedChannelIsServedWithoutRestart();
    void testDeliveriesAndEventsAreForwarded();
    void testBacklogIsShownUntilTheLogCatchesUp();
    void testGatewayEventsAreBuiltWhileSwitchedOff();
    void testGatewayEventsAreBuiltWhenTheAddressIsBusy();

private:
    void saveChannel(const QString& id, const QString& phoneNumberId, bool withSecrets);
    void writeSettings(bool enabled, const QString& listen);
    void startController();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<ChannelManager> m_manager;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ReceiverController> m_controller;
};

void TestReceiverController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<FakeSecretStore>();
    m_manager = std::make_unique<ChannelManager>(m_dir->path(), m_secrets.get());
}

void TestReceiverController::cleanup()
{
    m_controller.reset();
    m_manager.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestReceiverController::saveChannel(const QString& id, const QString& phoneNumberId, bool withSecrets)
{
    ChannelDraft draft;
    draft.channel.id = id;
    draft.channel.name = id;
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), phoneNumberId);
    if (withSecrets) {
        draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
        draft.secrets.insert(CloudApiFields::verifyToken(), TestEnvironment::verifyToken());
    }
    auto saved = m_manager->save({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
}

void TestReceiverController::writeSettings(bool enabled, const QString& listen)
{
    ReceiverSettings settings;
    settings.enabled = enabled;
    settings.listen = listen;
    QVERIFY(Settings(m_dir->path()).setReceiver(settings).ok());
}

void TestReceiverController::startController()
{
    m_settings = std::make_unique<Settings>(m_dir->path());
    m_controller = std::make_unique<ReceiverController>(m_manager.get(), m_settings.get());
    QCOMPARE(m_controller->state(), ReceiverController::State::Loading);
    m_controller->start();
    QTRY_VERIFY(m_controller->state() != ReceiverController::State::Loading
                && m_controller->state() != ReceiverController::State::Starting);
}

void TestReceiverController::testStartsAndServesChannelsWithSecrets()
{
    saveChannel(QStringLiteral("support"), phoneId, true);
    writeSettings(true, QStringLiteral("127.0.0.1:0"));
    startController();
    QCOMPARE(m_controller->state(), ReceiverController::State::Running);
    QVERIFY(m_controller->port() != 0);
    QCOMPARE(m_controller->listenAddress(), QStringLiteral("127.0.0.1:%1").arg(m_controller->port()));
    QVERIFY2(m_controller->stateText().startsWith(
                 QStringLiteral("Receiving on 127.0.0.1:%1 — ").arg(m_controller->port())),
             qPrintable(m_controller->stateText()));
    // The channel list arrives with the manager's reload, its secrets from the keychain later.
    auto reloaded = m_manager->reload();
    QTRY_COMPARE(m_controller->servedChannelCount(), 1);
    WebhookClient client(m_controller->port());
    QCOMPARE(client.verify(phoneId, TestEnvironment::verifyToken(), QStringLiteral("challenge-1")), 200);

    // A channel added later is served without a restart.
    saveChannel(QStringLiteral("sales"), QStringLiteral("300000000000003"), true);
    QTRY_COMPARE(m_controller->servedChannelCount(), 2);
    QCOMPARE(m_controller->state(), ReceiverController::State::Running);
}

void TestReceiverController::testBusyAddressIsReported()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    writeSettings(true, QStringLiteral("127.0.0.1:%1").arg(squatter.serverPort()));
    startController();
    QCOMPARE(m_controller->state(), ReceiverController::State::Failed);
    const QString text = m_controller->stateText();
    QVERIFY2(text.startsWith(QStringLiteral("Cannot listen on 127.0.0.1:%1: ").arg(squatter.serverPort()))
                 && text.contains(QStringLiteral("Address already in use")),
             qPrintable(text));
    QVERIFY(m_controller->stateDetails().contains(QStringLiteral("channeldesk serve")));

    // Moving to a free port from the settings recovers.
    ReceiverSettings settings;
    settings.listen = QStringLiteral("127.0.0.1:0");
    m_controller->applySettings(settings);
    QTRY_COMPARE(m_controller->state(), ReceiverController::State::Running);
}

void TestReceiverController::testEditedChannelIsServedWithoutRestart()
{
    saveChannel(QStringLiteral("support"), phoneId, true);
    writeSettings(true, QStringLiteral("127.0.0.1:0"));
    startController();
    QTRY_COMPARE(m_controller->servedChannelCount(), 1);
    WebhookClient client(m_controller->port());
    const QString challenge = QStringLiteral("challenge-edit");
    QCOMPARE(client.verify(phoneId, TestEnvironment::verifyToken(), challenge), 200);

    // The channel page's edit: the stored channel with another phone number ID and no secrets.
    const QString newPhoneId = QStringLiteral("300000000000003");
    ChannelDraft edit{*m_manager->channel(QStringLiteral("support")), {}};
    edit.channel.fields.insert(CloudApiFields::phoneNumberId(), newPhoneId);
    auto saved = m_manager->save({edit});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());

    // Served under the new number with the secrets the keychain kept, no longer under the old one.
    QTRY_COMPARE(client.verify(newPhoneId, TestEnvironment::verifyToken(), challenge), 200);
    QVERIFY(client.verify(phoneId, TestEnvironment::verifyToken(), challenge) != 200);
    QCOMPARE(m_controller->servedChannelCount(), 1);
    QCOMPARE(m_controller->state(), ReceiverController::State::Running);

    // Disabled on the page: still served, so that Meta's deliveries are answered as disabled,
    // and enabled again without a restart.
    ChannelDraft off{*m_manager->channel(QStringLiteral("support")), {}};
    off.channel.enabled = false;
    auto disabled = m_manager->save({off});
    QTRY_VERIFY(disabled.isFinished());
    QVERIFY(disabled.result().ok());
    ChannelDraft on{*m_manager->channel(QStringLiteral("support")), {}};
    on.channel.enabled = true;
    auto enabled = m_manager->save({on});
    QTRY_VERIFY(enabled.isFinished());
    QVERIFY(enabled.result().ok());
    QTRY_COMPARE(client.verify(newPhoneId, TestEnvironment::verifyToken(), challenge), 200);
}

void TestReceiverController::testSettingsAreSavedWithoutSecretsAndApplied()
{
    saveChannel(QStringLiteral("support"), phoneId, true);
    writeSettings(true, QStringLiteral("127.0.0.1:0"));
    startController();
    QCOMPARE(m_controller->state(), ReceiverController::State::Running);

    ReceiverSettings off;
    off.enabled = false;
    off.listen = QStringLiteral("127.0.0.1:0");
    auto saved = m_controller->applySettings(off);
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
    QTRY_COMPARE(m_controller->state(), ReceiverController::State::Stopped);
    QCOMPARE(m_controller->stateText(), QStringLiteral("Receiver stopped"));
    const ReceiverSettings stored = Settings(m_dir->path()).receiver();
    QCOMPARE(stored.enabled, false);
    QCOMPARE(stored.listen, QStringLiteral("127.0.0.1:0"));
    QFile file(DataDirectory::settingsPath(m_dir->path()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(ini.contains("listen=127.0.0.1:0"));
    QVERIFY(!ini.contains(TestEnvironment::appSecret().toUtf8()));
    QVERIFY(!ini.contains(TestEnvironment::verifyToken().toUtf8()));

    ReceiverSettings on = off;
    on.enabled = true;
    m_controller->applySettings(on);
    QTRY_COMPARE(m_controller->state(), ReceiverController::State::Running);
    QTRY_COMPARE(m_controller->servedChannelCount(), 1);
}

void TestReceiverController::testChannelWithoutSecretsIsNotServed()
{
    saveChannel(QStringLiteral("support"), phoneId, false);
    writeSettings(true, QStringLiteral("127.0.0.1:0"));
    startController();
    auto reloaded = m_manager->reload();
    QTRY_VERIFY(m_controller->stateDetails().contains(QStringLiteral("cannot be read: support")));
    QCOMPARE(m_controller->servedChannelCount(), 0);
    WebhookClient client(m_controller->port());
    QCOMPARE(client.verify(phoneId, TestEnvironment::verifyToken(), QStringLiteral("c")), 404);
}

void TestReceiverController::testDeliveriesAndEventsAreForwarded()
{
    saveChannel(QStringLiteral("support"), phoneId, true);
    writeSettings(true, QStringLiteral("127.0.0.1:0"));
    startController();
    auto reloaded = m_manager->reload();
    QTRY_COMPARE(m_controller->servedChannelCount(), 1);
    QSignalSpy committed(m_controller.get(), &ReceiverController::deliveryCommitted);
    QSignalSpy events(m_controller.get(), &ReceiverController::eventRecorded);
    WebhookClient client(m_controller->port());
    const QByteArray body = WebhookClient::textMessage(phoneId, QStringLiteral("wamid.CTRL.1"),
                                                       QStringLiteral("15557654321"), QStringLiteral("Ana"),
                                                       QStringLiteral("hi"), QDateTime::currentDateTimeUtc());
    QCOMPARE(client.post(phoneId, body, TestEnvironment::appSecret().toUtf8()), 200);
    QTRY_COMPARE(committed.size(), 1);
    QCOMPARE(committed.first().at(0).toString(), QStringLiteral("support"));
    QCOMPARE(committed.first().at(1).toInt(), 1);
    QCOMPARE(client.verify(phoneId, QStringLiteral("not-the-token"), QStringLiteral("c")), 403);
    QTRY_COMPARE(events.size(), 1);
    QCOMPARE(events.first().at(0).value<ChannelEvent>().reason, QStringLiteral("wrong-verify-token"));
}

void TestReceiverController::testBacklogIsShownUntilTheLogCatchesUp()
{
    saveChannel(QStringLiteral("support"), phoneId, true);
    writeSettings(true, QStringLiteral("127.0.0.1:0"));
    // Deliveries a killed receiver acknowledged but did not build into the log.
    {
        DeliveryJournal journal(DataDirectory::journalPath(m_dir->path()));
        QList<JournalEntry> entries;
        for (int i = 0; i < 3; ++i) {
            entries.append(
                {0, QStringLiteral("support"), QDateTime::currentDateTimeUtc(),
                 WebhookClient::textMessage(phoneId, QStringLiteral("wamid.BACKLOG.%1").arg(i),
                                            QStringLiteral("15557654321"), QStringLiteral("Ana"),
                                            QStringLiteral("left"), QDateTime::currentDateTimeUtc())});
        }
        QVERIFY(journal.append(entries).ok());
    }
    // Another writer holds the store, so the log cannot catch up until it lets go.
    const QString databasePath = DataDirectory::databasePath(m_dir->path());
    QVERIFY(Database::open(databasePath).ok());
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(databasePath);
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("BEGIN IMMEDIATE")));
        // Starting only reads the store: it must not wait for the lock (it once waited out the
        // 5 s busy timeout for a pragma that needs the write lock, then went on without it).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^SQL failed: .*database is locked")));
        startController();
        QTRY_VERIFY2(
            m_controller->stateText().contains(QStringLiteral("3 delivery(s) still going into the log")),
            qPrintable(m_controller->stateText()));
        QVERIFY(QSqlQuery(holder).exec(QStringLiteral("COMMIT")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->stateText().contains(QStringLiteral("still going")), 10000);
    QVERIFY(m_controller->stateText().startsWith(QStringLiteral("Receiving on")));
    Database::close(databasePath);
}

QTEST_MAIN(TestReceiverController)
void TestReceiverController::testGatewayEventsAreBuiltWhileSwitchedOff()
{
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("linked");
    draft.channel.name = QStringLiteral("linked");
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    auto saved = m_manager->save({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
    writeSettings(false, QStringLiteral("127.0.0.1:0"));
    startController();
    QCOMPARE(m_controller->state(), ReceiverController::State::Stopped);
    auto reloaded = m_manager->reload();
    QTRY_VERIFY(reloaded.isFinished());

    // The projector runs without a listener and builds what the gateway path journals.
    QSignalSpy committed(m_controller.get(), &ReceiverController::deliveryCommitted);
    const qint64 id = journalGatewayMessage(m_dir->path(), QStringLiteral("OFF1"));
    QVERIFY(id > 0);
    m_controller->journalAdvanced(id);
    QVERIFY(committed.wait(5000));
    QCOMPARE(committed.first().at(0).toString(), QStringLiteral("linked"));
    QCOMPARE(committed.first().at(1).toInt(), 1);
    QCOMPARE(ConversationReader(DataDirectory::databasePath(m_dir->path())).log({}).value().size(), 1);
    // It holds the journal as a receiver does: a second projector cannot start on it.
    WebhookReceiver second(DataDirectory::databasePath(m_dir->path()));
    QVERIFY(!second.startBuilding().ok());

    // Without an enabled linked channel nothing journals any more, and the journal is let go.
    auto removed = m_manager->remove(QStringLiteral("linked"));
    QTRY_VERIFY(removed.isFinished());
    QTRY_VERIFY(second.startBuilding().ok());
    second.stop(0);
}

void TestReceiverController::testGatewayEventsAreBuiltWhenTheAddressIsBusy()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    writeSettings(true, QStringLiteral("127.0.0.1:%1").arg(squatter.serverPort()));
    startController();
    QCOMPARE(m_controller->state(), ReceiverController::State::Failed);
    QSignalSpy committed(m_controller.get(), &ReceiverController::deliveryCommitted);
    const qint64 id = journalGatewayMessage(m_dir->path(), QStringLiteral("BUSY1"));
    QVERIFY(id > 0);
    m_controller->journalAdvanced(id);
    QVERIFY(committed.wait(5000));
    QCOMPARE(ConversationReader(DataDirectory::databasePath(m_dir->path())).log({}).value().size(), 1);
}

#include "TestReceiverController.moc"
