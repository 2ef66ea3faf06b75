// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A Cloud API channel's settings changed on a running LocalDesk, as the channel page saves them
// (a draft without secrets): the next message goes to the new Graph address with the new API
// version and the token the keychain kept, the template list is the new account's, and Test
// Connection probes the new address — no restart in between.
#include "channels/CloudApiFields.h"
#include "desk/LocalDesk.h"
#include "model/SendRequest.h"
#include "model/TemplateInfo.h"

#include "FakeGraphApiServer.h"
#include "FakeSecretStore.h"
#include "TestEnvironment.h"
#include "WaitForFuture.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString channelId = QStringLiteral("support");
constexpr int Timeout = 10000;

SendRequest templateTo(const QString& reference)
{
    OutboundContent content;
    content.kind = OutboundContent::Kind::Template;
    content.templateName = QStringLiteral("hello_world");
    content.templateLanguage = QStringLiteral("en_US");
    return SendRequest{reference, channelId, QStringLiteral("+1 555 765 4321"), content,
                       QStringLiteral("test")};
}

} // namespace

class TestOutboundChannelSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testEditedSettingsAreUsedWithoutRestart();

private:
    FakeGraphApiServer m_first;
    FakeGraphApiServer m_second;
};

void TestOutboundChannelSync::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_first.start());
    QVERIFY(m_second.start());
}

void TestOutboundChannelSync::testEditedSettingsAreUsedWithoutRestart()
{
    QTemporaryDir dir;
    FakeSecretStore secrets;
    LocalDesk::Options options;
    options.secrets = &secrets;
    options.receiver = false;
    LocalDesk desk(dir.path(), options);
    desk.setHealthChecksActive(false);
    QVERIFY(waitFor(desk.loadChannels()).ok());

    ChannelDraft draft;
    draft.channel.id = channelId;
    draft.channel.name = QStringLiteral("Support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), FakeGraphApiServer::phoneNumberId());
    draft.channel.fields.insert(CloudApiFields::businessAccountId(), FakeGraphApiServer::wabaId());
    draft.channel.fields.insert(CloudApiFields::apiVersion(), QStringLiteral("v25.0"));
    draft.channel.fields.insert(CloudApiFields::graphBaseUrl(), m_first.baseUrl().toString());
    draft.secrets.insert(CloudApiFields::accessToken(), FakeGraphApiServer::validToken());
    draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    draft.secrets.insert(CloudApiFields::verifyToken(), TestEnvironment::verifyToken());
    const Status saved = waitFor(desk.saveChannels({draft}));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(desk.canSend(channelId), Timeout);

    const QString messagesPath
        = QLatin1Char('/') + FakeGraphApiServer::phoneNumberId() + QStringLiteral("/messages");
    desk.send(templateTo(QStringLiteral("before")));
    QTRY_COMPARE_WITH_TIMEOUT(m_first.requestsTo(QStringLiteral("/v25.0") + messagesPath, "POST").size(), 1,
                              Timeout);
    QStringList templateErrors;
    connect(&desk, &Desk::templatesLoaded, this,
            [&templateErrors](const QString&, const QList<TemplateInfo>&, const QString& error) {
                templateErrors.append(error);
            });
    desk.fetchTemplates(channelId, false);
    QTRY_COMPARE_WITH_TIMEOUT(templateErrors.size(), 1, Timeout);
    QCOMPARE(templateErrors.last(), QString());
    QCOMPARE(m_first.requestsTo(QStringLiteral("/message_templates"), "GET").size(), 1);

    // The page's edit: another Graph address, API version and WABA id, no secrets in the draft.
    const QString otherWaba = QStringLiteral("987654321098765");
    ChannelDraft edit{*desk.channel(channelId), {}};
    edit.channel.fields.insert(CloudApiFields::graphBaseUrl(), m_second.baseUrl().toString());
    edit.channel.fields.insert(CloudApiFields::apiVersion(), QStringLiteral("v24.0"));
    edit.channel.fields.insert(CloudApiFields::businessAccountId(), otherWaba);
    const Status edited = waitFor(desk.saveChannels({edit}));
    QVERIFY2(edited.ok(), qPrintable(edited.error().message));

    // Sent right after the save: the new address and version, with the token the keychain kept.
    desk.send(templateTo(QStringLiteral("after")));
    QTRY_COMPARE_WITH_TIMEOUT(m_second.requestsTo(QStringLiteral("/v24.0") + messagesPath, "POST").size(), 1,
                              Timeout);
    const auto sent = m_second.requestsTo(QStringLiteral("/v24.0") + messagesPath, "POST");
    QCOMPARE(sent.first().json().value(QLatin1String("type")).toString(), QStringLiteral("template"));
    QCOMPARE(sent.first().headers.value("authorization"),
             "Bearer " + FakeGraphApiServer::validToken().toUtf8());
    QCOMPARE(m_first.requestsTo(messagesPath, "POST").size(), 1);

    // The cached list was the old account's: the new one is asked for, at the new address.
    desk.fetchTemplates(channelId, false);
    QTRY_COMPARE_WITH_TIMEOUT(templateErrors.size(), 2, Timeout);
    QCOMPARE(m_second.requestsTo(QStringLiteral("/v24.0/%1/message_templates").arg(otherWaba), "GET").size(),
             1);

    // Test Connection's probe reads the channel as it is now.
    desk.checkHealth(channelId);
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_second.requestsTo(QStringLiteral("/v24.0/") + FakeGraphApiServer::phoneNumberId(), "GET")
             .isEmpty(),
        Timeout);
}

QTEST_GUILESS_MAIN(TestOutboundChannelSync)
#include "TestOutboundChannelSync.moc"
