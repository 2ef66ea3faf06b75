// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelPageWidget.h"
#include "PairingWidget.h"

#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "desk/LocalDesk.h"
#include "util/SecretMask.h"

#include "FakeGraphApiServer.h"
#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

class TestChannelPageWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testSecretsAreMasked();
    void testConnectionWithStoredToken();
    void testEnabledIsSavedThroughDesk();
    void testRecordedEventIsShown();
    void testLinkedChannelFollowsItsSession();

private:
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_page->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    void save(const ChannelDraft& draft);
    ChannelDraft cloudChannel() const;

    FakeGraphApiServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<ChannelPageWidget> m_page;
};

void TestChannelPageWidget::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.start());
}

void TestChannelPageWidget::init()
{
    m_server.setScenario(FakeGraphApiServer::Scenario::Success);
    m_server.setExpectedToken(FakeGraphApiServer::validToken());
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_secrets = std::make_unique<FakeSecretStore>();
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    options.receiver = false;
    // No gateway runs in these tests: a linked channel gets no session, only the problem.
    options.adapterFactory = [](const QString&, const GatewayConfig&) -> GatewayAdapter* { return nullptr; };
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_desk->setHealthChecksActive(false);
    auto loaded = m_desk->loadChannels();
    QTRY_VERIFY(loaded.isFinished());
    QVERIFY(loaded.result().ok());
    m_page = std::make_unique<ChannelPageWidget>(m_desk.get());
    m_page->resize(900, 1200);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestChannelPageWidget::cleanup()
{
    m_page.reset();
    m_desk.reset();
    m_secrets.reset();
    m_dataDir.reset();
}

void TestChannelPageWidget::save(const ChannelDraft& draft)
{
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
}

ChannelDraft TestChannelPageWidget::cloudChannel() const
{
    using namespace CloudApiFields;
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("support");
    draft.channel.name = QStringLiteral("Support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(phoneNumberId(), FakeGraphApiServer::phoneNumberId());
    draft.channel.fields.insert(graphBaseUrl(), m_server.baseUrl().toString());
    draft.secrets.insert(accessToken(), FakeGraphApiServer::validToken());
    draft.secrets.insert(appSecret(), TestEnvironment::appSecret());
    draft.secrets.insert(verifyToken(), TestEnvironment::verifyToken());
    return draft;
}

void TestChannelPageWidget::testSecretsAreMasked()
{
    save(cloudChannel());
    m_page->setChannel(QStringLiteral("support"));
    auto* token = find<QLabel>(QStringLiteral("accessTokenValueLabel"));
    QTRY_COMPARE(token->text(), SecretMask::mask(FakeGraphApiServer::validToken()));
    QVERIFY(!token->text().contains(FakeGraphApiServer::validToken()));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("appSecretValueLabel"))->text(),
                 SecretMask::mask(TestEnvironment::appSecret()));
    QCOMPARE(find<QLabel>(QStringLiteral("channelNameLabel"))->text(), QStringLiteral("Support"));
}

void TestChannelPageWidget::testConnectionWithStoredToken()
{
    save(cloudChannel());
    m_page->setChannel(QStringLiteral("support"));
    QSignalSpy tested(m_page.get(), &ChannelPageWidget::connectionTested);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(10000));
    QCOMPARE(tested.first().at(0).toString(), QStringLiteral("support"));
    QCOMPARE(tested.first().at(1).toBool(), true);
    // The Desk read the token from the keychain; the page never held it.
    QCOMPARE(m_server.lastAuthorization(), "Bearer " + FakeGraphApiServer::validToken().toUtf8());
    QVERIFY(find<QLabel>(QStringLiteral("testResultLabel"))
                ->text()
                .contains(QStringLiteral("Connected to Acme Support (+1 555-000-1234)")));
}

void TestChannelPageWidget::testEnabledIsSavedThroughDesk()
{
    save(cloudChannel());
    m_page->setChannel(QStringLiteral("support"));
    auto* enabled = find<QCheckBox>(QStringLiteral("enabledCheckBox"));
    QVERIFY(enabled->isChecked());
    QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(8, enabled->height() / 2));
    QTRY_VERIFY(!m_desk->channel(QStringLiteral("support"))->enabled);
    QTRY_VERIFY(enabled->isEnabled());
    QVERIFY(!enabled->isChecked());
}

void TestChannelPageWidget::testRecordedEventIsShown()
{
    save(cloudChannel());
    m_page->setChannel(QStringLiteral("support"));
    auto* list = find<QListView>(QStringLiteral("webhookActivityListView"));
    QTRY_VERIFY(find<QLabel>(QStringLiteral("webhookActivityEmptyLabel"))->isVisible());
    ChannelEvent other{
        QStringLiteral("billing"),       QDateTime::currentDateTimeUtc(),      QStringLiteral("rejected"),
        QStringLiteral("bad-signature"), QStringLiteral("signature mismatch"), QStringLiteral("127.0.0.1")};
    emit m_desk->channelEventRecorded(other);
    QCOMPARE(list->model()->rowCount(), 0);
    ChannelEvent mine = other;
    mine.channelId = QStringLiteral("support");
    emit m_desk->channelEventRecorded(mine);
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->isVisible());
    QVERIFY(!find<QLabel>(QStringLiteral("webhookActivityEmptyLabel"))->isVisible());
}

void TestChannelPageWidget::testLinkedChannelFollowsItsSession()
{
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("phone");
    draft.channel.name = QStringLiteral("Phone");
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(LinkedFields::gateway(), QStringLiteral("carrier-pigeon"));
    draft.channel.fields.insert(LinkedFields::baseUrl(), QStringLiteral("http://127.0.0.1:1"));
    draft.secrets.insert(LinkedFields::apiKey(), QStringLiteral("waha-key"));
    m_page->setChannel(QStringLiteral("phone"));
    save(draft);
    auto* pairing = m_page->findChild<PairingWidget*>();
    QVERIFY(pairing);
    QVERIFY(pairing->isVisible());
    QCOMPARE(pairing->channelId(), QStringLiteral("phone"));
    QVERIFY(!find<QWidget>(QStringLiteral("testGroupBox"))->isVisible());
    // What the Desk reports about the channel's session is said where the code would be.
    auto* detail = pairing->findChild<QLabel*>(QStringLiteral("stateDetailLabel"));
    QTRY_VERIFY2(detail->text().contains(QStringLiteral("carrier-pigeon")), qPrintable(detail->text()));
    // Shown before the channel existed, so its key is read again now.
    m_page->reloadSecrets();
    QTRY_COMPARE(find<QLabel>(QStringLiteral("apiKeyValueLabel"))->text(),
                 SecretMask::mask(QStringLiteral("waha-key")));
}

QTEST_MAIN(TestChannelPageWidget)
#include "TestChannelPageWidget.moc"
