// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelPageWidget.h"
#include "ChannelWeComWidget.h"
#include "ReplaceSecretDialog.h"

#include "channels/WeComFields.h"
#include "desk/LocalDesk.h"
#include "util/DataDirectory.h"
#include "util/SecretMask.h"
#include "wecom/WeComCallbackParser.h"

#include "FakeWeComApi.h"
#include "JournaledBuilder.h"
#include "LocalDeskFixture.h"
#include "TestEnvironment.h"
#include "WeComCallbackSigner.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString channelId = QStringLiteral("hr-desk");
const QString token = QStringLiteral("Tok3nOfTheHrDesk");
// Tencent's sample key.
const QString aesKey = QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");

} // namespace

//! The channel page of a WeCom app (ChannelWeComWidget inside ChannelPageWidget) on a real
//! LocalDesk, with WeCom's API played by FakeWeComApi.
class TestChannelWeComWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testShowsWeComPartsOnly();
    void testCopiesUrlsAndSecrets();
    void testSecretsAreMaskedAndReplaced();
    void testTokenStateFollowsTestConnection();
    void testLastCallbackFollowsActivity();

private:
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_page->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QString text(const QString& label) const { return find<QLabel>(label)->text(); }
    void saveChannel(const QString& corpSecret);

    FakeWeComApi m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    LocalDeskFixture m_desk;
    std::unique_ptr<ChannelPageWidget> m_page;
};

void TestChannelWeComWidget::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_api.start());
}

void TestChannelWeComWidget::init()
{
    m_api.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(m_desk.open(m_dir->path()), qPrintable(m_desk.errorString()));
    saveChannel(FakeWeComApi::defaultApp().secret);
    m_page = std::make_unique<ChannelPageWidget>(m_desk.get());
    m_page->resize(900, 1400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setChannel(channelId);
}

void TestChannelWeComWidget::cleanup()
{
    m_page.reset();
    m_desk.reset();
    m_dir.reset();
}

void TestChannelWeComWidget::saveChannel(const QString& corpSecret)
{
    ChannelDraft draft;
    draft.channel.id = channelId;
    draft.channel.name = QStringLiteral("HR desk");
    draft.channel.kind = ChannelKinds::weCom();
    const FakeWeComApi::App app = FakeWeComApi::defaultApp();
    draft.channel.fields.insert(WeComFields::corpId(), app.corpId);
    draft.channel.fields.insert(WeComFields::agentId(), QString::number(app.agentId));
    draft.channel.fields.insert(WeComFields::publicBaseUrl(), QStringLiteral("https://desk.example.com"));
    draft.channel.fields.insert(WeComFields::apiBaseUrl(), m_api.baseUrl().toString());
    draft.channel.fields.insert(WeComFields::allowedUsers(), QStringLiteral("zhangsan, lisi"));
    draft.secrets.insert(WeComFields::corpSecret(), corpSecret);
    draft.secrets.insert(WeComFields::token(), token);
    draft.secrets.insert(WeComFields::encodingAesKey(), aesKey);
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().error().message));
}

void TestChannelWeComWidget::testShowsWeComPartsOnly()
{
    QVERIFY(find<ChannelWeComWidget>(QStringLiteral("channelWeComWidget"))->isVisible());
    // The Cloud API's webhook, secrets and test message, the gateway's parts and the bot are not
    // for a WeCom app; the receiver's activity and Test Connection are.
    for (const char* hidden : {"webhookGroupBox", "secretsGroupBox", "pairingGroupBox"})
        QVERIFY2(!find<QGroupBox>(QString::fromLatin1(hidden))->isVisible(), hidden);
    QVERIFY(!find<QPushButton>(QStringLiteral("sendTestMessageButton"))->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("channelForwardWidget"))->isVisible());
    QVERIFY(!find<QLabel>(QStringLiteral("phoneNumberIdValueLabel"))->isVisible());
    QVERIFY(find<QGroupBox>(QStringLiteral("webhookActivityGroupBox"))->isVisible());
    QVERIFY(find<QGroupBox>(QStringLiteral("testGroupBox"))->isVisible());

    QCOMPARE(text(QStringLiteral("kindValueLabel")), QStringLiteral("WeCom"));
    QCOMPARE(text(QStringLiteral("corpIdValueLabel")), FakeWeComApi::defaultApp().corpId);
    QCOMPARE(text(QStringLiteral("agentIdValueLabel")), QStringLiteral("1000002"));
    QCOMPARE(text(QStringLiteral("weComPublicBaseUrlValueLabel")),
             QStringLiteral("https://desk.example.com"));
    QCOMPARE(text(QStringLiteral("apiBaseUrlValueLabel")), m_api.baseUrl().toString());
    QCOMPARE(text(QStringLiteral("allowedUsersValueLabel")), QStringLiteral("zhangsan, lisi"));

    // Every member, then nobody, as the channel's fields change.
    auto channel = *m_desk->channel(channelId);
    channel.fields.insert(WeComFields::allowAllUsers(), QStringLiteral("true"));
    channel.fields.remove(WeComFields::apiBaseUrl());
    auto saved = m_desk->saveChannels({ChannelDraft{channel, {}}});
    QTRY_COMPARE(text(QStringLiteral("allowedUsersValueLabel")),
                 QStringLiteral("every member of the company"));
    QCOMPARE(text(QStringLiteral("apiBaseUrlValueLabel")),
             QStringLiteral("https://qyapi.weixin.qq.com (default)"));
    channel.fields.remove(WeComFields::allowAllUsers());
    channel.fields.remove(WeComFields::allowedUsers());
    saved = m_desk->saveChannels({ChannelDraft{channel, {}}});
    QTRY_COMPARE(text(QStringLiteral("allowedUsersValueLabel")),
                 QStringLiteral("nobody yet — add user ids to answer members"));
}

void TestChannelWeComWidget::testCopiesUrlsAndSecrets()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    auto* feedback = find<QLabel>(QStringLiteral("copyFeedbackLabel"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("callbackUrlLineEdit"))->text(),
             QStringLiteral("https://desk.example.com/wecom/hr-desk/callback"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyCallbackUrlButton")), Qt::LeftButton);
    QCOMPARE(clipboard->text(), QStringLiteral("https://desk.example.com/wecom/hr-desk/callback"));
    QCOMPARE(feedback->text(), QStringLiteral("Copied"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("copySharedCallbackUrlButton")), Qt::LeftButton);
    QCOMPARE(clipboard->text(), QStringLiteral("https://desk.example.com/wecom/callback"));
    // The feedback goes away by itself.
    QTRY_VERIFY_WITH_TIMEOUT(feedback->text().isEmpty(), ChannelWeComWidget::kCopyFeedbackMs + 3000);

    // Token and EncodingAESKey are read from the keychain only when copied.
    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyTokenButton")), Qt::LeftButton);
    QTRY_COMPARE(clipboard->text(), token);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyEncodingAesKeyButton")), Qt::LeftButton);
    QTRY_COMPARE(clipboard->text(), aesKey);
    QCOMPARE(text(QStringLiteral("weComSecretsMessageLabel")),
             QStringLiteral("EncodingAESKey copied to the clipboard."));
}

void TestChannelWeComWidget::testSecretsAreMaskedAndReplaced()
{
    QTRY_COMPARE(text(QStringLiteral("corpSecretValueLabel")),
                 SecretMask::mask(FakeWeComApi::defaultApp().secret));
    QTRY_COMPARE(text(QStringLiteral("tokenValueLabel")), SecretMask::mask(token));
    QTRY_COMPARE(text(QStringLiteral("encodingAesKeyValueLabel")), SecretMask::mask(aesKey));
    QVERIFY(!text(QStringLiteral("tokenValueLabel")).contains(token));

    QTest::mouseClick(find<QPushButton>(QStringLiteral("replaceTokenButton")), Qt::LeftButton);
    ReplaceSecretDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<ReplaceSecretDialog*>()) && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Replace Token of HR desk"));
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    edit->setText(QStringLiteral("no spaces allowed"));
    QVERIFY(!ok->isEnabled()); // WeCom's rule for a Token, not a verify token's
    // Generate makes a Token WeCom accepts.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("generateButton")), Qt::LeftButton);
    const QString generated = edit->text();
    QCOMPARE(generated.size(), 32);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(text(QStringLiteral("weComSecretsMessageLabel")), QStringLiteral("Token replaced."));
    QTRY_COMPARE(text(QStringLiteral("tokenValueLabel")), SecretMask::mask(generated));
    auto read = m_desk->readSecret(channelId, WeComFields::token());
    QTRY_VERIFY(read.isFinished());
    QCOMPARE(read.result().value, generated);
}

void TestChannelWeComWidget::testTokenStateFollowsTestConnection()
{
    auto* state = find<QLabel>(QStringLiteral("accessTokenStateValueLabel"));
    QCOMPARE(state->text(), QStringLiteral("Not fetched yet — Test Connection fetches one"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QTRY_VERIFY2(state->text().startsWith(QLatin1String("Access token valid until ")),
                 qPrintable(state->text()));
    QCOMPARE(m_api.gettokenCount(), 1);

    // A wrong Secret: WeCom's words are shown.
    saveChannel(QStringLiteral("WrongSecretWrongSecretWrongSecretWrongSecre"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QTRY_VERIFY2(state->text().startsWith(QLatin1String("Could not get an access token: ")),
                 qPrintable(state->text()));
}

void TestChannelWeComWidget::testLastCallbackFollowsActivity()
{
    auto* last = find<QLabel>(QStringLiteral("lastCallbackValueLabel"));
    QCOMPARE(last->text(), QStringLiteral("No callback yet"));
    const QByteArray xml
        = WeComCallbackSigner::textXml(FakeWeComApi::defaultApp().corpId.toUtf8(), "zhangsan",
                                       QDateTime::currentSecsSinceEpoch(), "你好", "10001");
    const auto message = WeComCallbackParser::parseMessage(xml);
    QVERIFY(message.ok());
    WebhookBatch batch;
    batch.messages.append(WeComCallbackParser::toInbound(message.value()));
    const auto committed = JournaledBuilder::commit(
        DataDirectory::databasePath(m_dir->path()),
        {Delivery{channelId, QDateTime::currentDateTimeUtc(), xml, batch, 0, false}});
    QVERIFY2(committed.ok(), qPrintable(committed.error().message));
    m_desk->refreshActivity();
    QTRY_VERIFY2(last->text().startsWith(QLatin1String("Last callback ")), qPrintable(last->text()));
}

QTEST_MAIN(TestChannelWeComWidget)
#include "TestChannelWeComWidget.moc"
