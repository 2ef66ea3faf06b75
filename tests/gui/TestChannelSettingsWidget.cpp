// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Editing a channel's settings on its page (a real LocalDesk, the fake Graph API): each kind's
// fields show the stored values, are checked as typed with the wizard's messages, Save and Revert
// follow the edits, and a saved change is in use at once (the page, Test Connection) while the
// secrets stay as they were.
#include "ChannelPageWidget.h"
#include "ChannelSettingsWidget.h"
#include "FieldMessageLabel.h"

#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "channels/WeComFields.h"
#include "desk/LocalDesk.h"

#include "FakeGraphApiServer.h"
#include "LocalDeskFixture.h"
#include "TestEnvironment.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString supportId = QStringLiteral("support");
constexpr int Timeout = 10000;

} // namespace

class TestChannelSettingsWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testCloudSettingsAreCheckedAndSavedLive();
    void testRevertShowsTheStoredValues();
    void testTypedValuesSurviveAnotherChange();
    void testLinkedSettingsAreSavedWithoutTheKey();
    void testWeComSettingsAreSaved();

private:
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_page->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    void save(const ChannelDraft& draft);
    //! Shows channelId's page with its settings unfolded.
    void openSettings(const QString& channelId);
    static void typeInto(QLineEdit* lineEdit, const QString& text);
    ChannelDraft cloudChannel() const;
    QString storedSecret(const QString& channelId, const QString& field) const;

    FakeGraphApiServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    LocalDeskFixture m_desk;
    std::unique_ptr<ChannelPageWidget> m_page;
};

void TestChannelSettingsWidget::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.start());
}

void TestChannelSettingsWidget::init()
{
    m_server.reset();
    m_server.setExpectedToken(FakeGraphApiServer::validToken());
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    // No gateway runs here (the core tests edit a live one): a linked channel gets no session.
    QVERIFY2(m_desk.open(m_dataDir->path(), LocalDeskFixture::withoutGateways()),
             qPrintable(m_desk.errorString()));
    m_page = std::make_unique<ChannelPageWidget>(m_desk.get());
    m_page->resize(900, 1600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestChannelSettingsWidget::cleanup()
{
    m_page.reset();
    m_desk.reset();
    m_dataDir.reset();
}

void TestChannelSettingsWidget::save(const ChannelDraft& draft)
{
    QVERIFY2(m_desk.save({draft}), qPrintable(m_desk.errorString()));
}

void TestChannelSettingsWidget::openSettings(const QString& channelId)
{
    m_page->setChannel(channelId);
    auto* toggle = find<QToolButton>(QStringLiteral("editSettingsToggleButton"));
    if (!toggle->isChecked())
        QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(find<QGroupBox>(QStringLiteral("editSettingsGroupBox"))->isVisible());
}

void TestChannelSettingsWidget::typeInto(QLineEdit* lineEdit, const QString& text)
{
    lineEdit->setFocus();
    lineEdit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(lineEdit, Qt::Key_Backspace);
    else
        QTest::keyClicks(lineEdit, text);
    QCOMPARE(lineEdit->text(), text);
}

ChannelDraft TestChannelSettingsWidget::cloudChannel() const
{
    using namespace CloudApiFields;
    ChannelDraft draft;
    draft.channel.id = supportId;
    draft.channel.name = QStringLiteral("Support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(phoneNumberId(), FakeGraphApiServer::phoneNumberId());
    draft.channel.fields.insert(publicBaseUrl(), QStringLiteral("https://bot.example.com"));
    draft.channel.fields.insert(graphBaseUrl(), m_server.baseUrl().toString());
    draft.secrets.insert(accessToken(), FakeGraphApiServer::validToken());
    draft.secrets.insert(appSecret(), TestEnvironment::appSecret());
    draft.secrets.insert(verifyToken(), TestEnvironment::verifyToken());
    return draft;
}

QString TestChannelSettingsWidget::storedSecret(const QString& channelId, const QString& field) const
{
    auto read = m_desk->readSecret(channelId, field);
    if (!QTest::qWaitFor([&read] { return read.isFinished(); }, Timeout))
        return {};
    return read.result().ok() ? read.result().value : QString();
}

void TestChannelSettingsWidget::testCloudSettingsAreCheckedAndSavedLive()
{
    save(cloudChannel());
    openSettings(supportId);
    auto* version = find<QLineEdit>(QStringLiteral("apiVersionLineEdit"));
    auto* publicUrl = find<QLineEdit>(QStringLiteral("publicBaseUrlLineEdit"));
    auto* waba = find<QLineEdit>(QStringLiteral("businessAccountIdLineEdit"));
    auto* saveButton = find<QPushButton>(QStringLiteral("saveSettingsButton"));
    auto* revertButton = find<QPushButton>(QStringLiteral("revertSettingsButton"));
    // The stored values, and the default the Graph client uses where the channel keeps none.
    QCOMPARE(version->text(), CloudApiFields::defaultApiVersion());
    QCOMPARE(publicUrl->text(), QStringLiteral("https://bot.example.com"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("graphBaseUrlLineEdit"))->text(), m_server.baseUrl().toString());
    QVERIFY(version->isVisible());
    QVERIFY(!find<QLineEdit>(QStringLiteral("gatewaySessionLineEdit"))->isVisible());
    QVERIFY(!find<QLineEdit>(QStringLiteral("corpIdLineEdit"))->isVisible());
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(!revertButton->isEnabled());

    // Checked as typed, with the wizard's words; an error keeps Save off.
    auto* versionMessage = find<FieldMessageLabel>(QStringLiteral("apiVersionMessageLabel"));
    typeInto(version, QStringLiteral("24"));
    QVERIFY(versionMessage->isVisible());
    QVERIFY2(versionMessage->text().startsWith(QStringLiteral("Error: Write the Graph API version like")),
             qPrintable(versionMessage->text()));
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(revertButton->isEnabled());
    typeInto(version, QStringLiteral("v24.0"));
    QVERIFY(!versionMessage->isVisible());
    typeInto(waba, QStringLiteral("12ab"));
    QVERIFY(find<FieldMessageLabel>(QStringLiteral("businessAccountIdMessageLabel"))
                ->text()
                .contains(QStringLiteral("has only digits")));
    QVERIFY(!saveButton->isEnabled());
    typeInto(waba, FakeGraphApiServer::wabaId());
    typeInto(publicUrl, QStringLiteral("https://desk.example.org/wa"));
    QVERIFY(saveButton->isEnabled());

    QSignalSpy saved(find<ChannelSettingsWidget>(QStringLiteral("channelSettingsWidget")),
                     &ChannelSettingsWidget::settingsSaved);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(Timeout));
    const Channel channel = *m_desk->channel(supportId);
    QCOMPARE(channel.field(CloudApiFields::apiVersion()), QStringLiteral("v24.0"));
    QCOMPARE(channel.field(CloudApiFields::businessAccountId()), FakeGraphApiServer::wabaId());
    QCOMPARE(channel.field(CloudApiFields::publicBaseUrl()), QStringLiteral("https://desk.example.org/wa"));
    QCOMPARE(channel.field(CloudApiFields::graphBaseUrl()), m_server.baseUrl().toString());
    auto* status = find<FieldMessageLabel>(QStringLiteral("saveMessageLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Settings saved")), qPrintable(status->text()));
    // The webhook address Meta calls moved with the base URL: the page says so and shows it.
    QVERIFY(status->text().contains(QStringLiteral("callback URL changed")));
    QTRY_COMPARE(find<QLineEdit>(QStringLiteral("webhookUrlLineEdit"))->text(),
                 QStringLiteral("https://desk.example.org/wa/webhooks/whatsapp/")
                     + FakeGraphApiServer::phoneNumberId());
    QCOMPARE(find<QLabel>(QStringLiteral("apiVersionValueLabel"))->text(), QStringLiteral("v24.0"));
    QVERIFY(!saveButton->isEnabled());
    QVERIFY(!revertButton->isEnabled());
    // The secrets were not part of the edit.
    QCOMPARE(storedSecret(supportId, CloudApiFields::accessToken()), FakeGraphApiServer::validToken());
    QCOMPARE(storedSecret(supportId, CloudApiFields::appSecret()), TestEnvironment::appSecret());

    // Test Connection right away calls the Graph API with the new version.
    QSignalSpy tested(m_page.get(), &ChannelPageWidget::connectionTested);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(tested.wait(Timeout));
    QCOMPARE(tested.first().at(1).toBool(), true);
    QVERIFY(!m_server.requestsTo(QStringLiteral("/v24.0/") + FakeGraphApiServer::phoneNumberId(), "GET")
                 .isEmpty());
    QVERIFY(m_server.requestsTo(QStringLiteral("/v25.0/"), "GET").isEmpty());
}

void TestChannelSettingsWidget::testRevertShowsTheStoredValues()
{
    save(cloudChannel());
    openSettings(supportId);
    auto* publicUrl = find<QLineEdit>(QStringLiteral("publicBaseUrlLineEdit"));
    auto* revertButton = find<QPushButton>(QStringLiteral("revertSettingsButton"));
    typeInto(publicUrl, QStringLiteral("not a url"));
    QVERIFY(find<FieldMessageLabel>(QStringLiteral("publicBaseUrlMessageLabel"))
                ->text()
                .startsWith(QStringLiteral("Error: This is not a web address.")));
    QVERIFY(revertButton->isEnabled());
    QTest::mouseClick(revertButton, Qt::LeftButton);
    QCOMPARE(publicUrl->text(), QStringLiteral("https://bot.example.com"));
    QVERIFY(!find<FieldMessageLabel>(QStringLiteral("publicBaseUrlMessageLabel"))->isVisible());
    QVERIFY(!revertButton->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("saveSettingsButton"))->isEnabled());
    // Typing the stored value back is no change either.
    typeInto(publicUrl, QStringLiteral("https://bot.example.co"));
    QVERIFY(revertButton->isEnabled());
    QTest::keyClicks(publicUrl, QStringLiteral("m"));
    QVERIFY(!revertButton->isEnabled());
}

void TestChannelSettingsWidget::testTypedValuesSurviveAnotherChange()
{
    save(cloudChannel());
    openSettings(supportId);
    auto* version = find<QLineEdit>(QStringLiteral("apiVersionLineEdit"));
    typeInto(version, QStringLiteral("v23.0"));
    // Someone switches the channel off meanwhile (another window, the API): the list changes.
    ChannelDraft off{*m_desk->channel(supportId), {}};
    off.channel.enabled = false;
    QSignalSpy changed(m_desk.get(), &Desk::channelsChanged);
    save(off);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(version->text(), QStringLiteral("v23.0"));
    QVERIFY(find<QPushButton>(QStringLiteral("saveSettingsButton"))->isEnabled());
    // Showing another channel drops the unsaved edit.
    ChannelDraft other = cloudChannel();
    other.channel.id = QStringLiteral("sales");
    other.channel.name = QStringLiteral("Sales");
    other.channel.fields.insert(CloudApiFields::apiVersion(), QStringLiteral("v22.0"));
    save(other);
    openSettings(QStringLiteral("sales"));
    QCOMPARE(version->text(), QStringLiteral("v22.0"));
    QVERIFY(!find<QPushButton>(QStringLiteral("saveSettingsButton"))->isEnabled());
}

void TestChannelSettingsWidget::testLinkedSettingsAreSavedWithoutTheKey()
{
    using namespace LinkedFields;
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("phone");
    draft.channel.name = QStringLiteral("Phone");
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(gateway(), waha());
    draft.channel.fields.insert(baseUrl(), QStringLiteral("http://127.0.0.1:3000"));
    draft.channel.fields.insert(session(), defaultSession());
    draft.secrets.insert(apiKey(), QStringLiteral("waha-fake-test-key"));
    save(draft);
    openSettings(QStringLiteral("phone"));
    auto* address = find<QLineEdit>(QStringLiteral("gatewayBaseUrlLineEdit"));
    auto* sessionEdit = find<QLineEdit>(QStringLiteral("gatewaySessionLineEdit"));
    auto* attempts = find<QLineEdit>(QStringLiteral("reconnectAttemptsLineEdit"));
    QCOMPARE(address->text(), QStringLiteral("http://127.0.0.1:3000"));
    QCOMPARE(sessionEdit->text(), defaultSession());
    QVERIFY(attempts->text().isEmpty());
    QVERIFY(attempts->isVisible());
    QVERIFY(!find<QLineEdit>(QStringLiteral("apiVersionLineEdit"))->isVisible());
    auto* saveButton = find<QPushButton>(QStringLiteral("saveSettingsButton"));

    typeInto(attempts, QStringLiteral("0"));
    QVERIFY(find<FieldMessageLabel>(QStringLiteral("reconnectAttemptsMessageLabel"))
                ->text()
                .contains(QStringLiteral("from 1 to 100")));
    QVERIFY(!saveButton->isEnabled());
    typeInto(sessionEdit, QStringLiteral("front desk"));
    QVERIFY(find<FieldMessageLabel>(QStringLiteral("gatewaySessionMessageLabel"))
                ->text()
                .startsWith(QStringLiteral("Error:")));
    typeInto(sessionEdit, QStringLiteral("front-desk"));
    typeInto(attempts, QStringLiteral("3"));
    typeInto(address, QStringLiteral("http://127.0.0.1:3100"));
    QVERIFY(saveButton->isEnabled());
    QSignalSpy saved(find<ChannelSettingsWidget>(QStringLiteral("channelSettingsWidget")),
                     &ChannelSettingsWidget::settingsSaved);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(Timeout));
    const Channel channel = *m_desk->channel(QStringLiteral("phone"));
    QCOMPARE(channel.field(baseUrl()), QStringLiteral("http://127.0.0.1:3100"));
    QCOMPARE(channel.field(session()), QStringLiteral("front-desk"));
    QCOMPARE(channel.field(reconnectAttempts()), QStringLiteral("3"));
    QCOMPARE(channel.field(gateway()), waha());
    QCOMPARE(find<QLabel>(QStringLiteral("gatewaySessionValueLabel"))->text(), QStringLiteral("front-desk"));
    QCOMPARE(storedSecret(QStringLiteral("phone"), apiKey()), QStringLiteral("waha-fake-test-key"));
}

void TestChannelSettingsWidget::testWeComSettingsAreSaved()
{
    using namespace WeComFields;
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("wecom");
    draft.channel.name = QStringLiteral("WeCom");
    draft.channel.kind = ChannelKinds::weCom();
    draft.channel.fields.insert(corpId(), QStringLiteral("ww0123456789abcdef"));
    draft.channel.fields.insert(agentId(), QStringLiteral("1000002"));
    draft.channel.fields.insert(publicBaseUrl(), QStringLiteral("https://wecom.example.com"));
    draft.secrets.insert(corpSecret(), QStringLiteral("fake-wecom-secret-for-tests-0123456789abcde"));
    save(draft);
    openSettings(QStringLiteral("wecom"));
    auto* agent = find<QLineEdit>(QStringLiteral("agentIdLineEdit"));
    auto* users = find<QLineEdit>(QStringLiteral("allowedUsersLineEdit"));
    auto* allowAll = find<QCheckBox>(QStringLiteral("allowAllUsersCheckBox"));
    auto* saveButton = find<QPushButton>(QStringLiteral("saveSettingsButton"));
    QCOMPARE(agent->text(), QStringLiteral("1000002"));
    QVERIFY(find<QLineEdit>(QStringLiteral("apiBaseUrlLineEdit"))->text().isEmpty());
    QVERIFY(allowAll->isVisible());
    QVERIFY(!allowAll->isChecked());
    QVERIFY(!find<QLineEdit>(QStringLiteral("phoneNumberIdLineEdit"))->isVisible());

    typeInto(agent, QStringLiteral("10x"));
    QVERIFY(find<FieldMessageLabel>(QStringLiteral("agentIdMessageLabel"))
                ->text()
                .startsWith(QStringLiteral("Error:")));
    QVERIFY(!saveButton->isEnabled());
    typeInto(agent, QStringLiteral("1000003"));
    typeInto(users, QStringLiteral("zhangsan,lisi"));
    QVERIFY(saveButton->isEnabled());
    QSignalSpy saved(find<ChannelSettingsWidget>(QStringLiteral("channelSettingsWidget")),
                     &ChannelSettingsWidget::settingsSaved);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(Timeout));
    Channel channel = *m_desk->channel(QStringLiteral("wecom"));
    QCOMPARE(channel.field(agentId()), QStringLiteral("1000003"));
    QCOMPARE(allowedUserList(channel), (QStringList{QStringLiteral("zhangsan"), QStringLiteral("lisi")}));
    QVERIFY(!allowsAllUsers(channel));
    // The page's WeCom part shows the new allowlist at once.
    QTRY_COMPARE(find<QLabel>(QStringLiteral("allowedUsersValueLabel"))->text(),
                 QStringLiteral("zhangsan, lisi"));

    // The switch alone is a change too.
    allowAll->click();
    QVERIFY(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(Timeout));
    channel = *m_desk->channel(QStringLiteral("wecom"));
    QVERIFY(allowsAllUsers(channel));
    QCOMPARE(storedSecret(QStringLiteral("wecom"), corpSecret()),
             QStringLiteral("fake-wecom-secret-for-tests-0123456789abcde"));
}

QTEST_MAIN(TestChannelSettingsWidget)
#include "TestChannelSettingsWidget.moc"
