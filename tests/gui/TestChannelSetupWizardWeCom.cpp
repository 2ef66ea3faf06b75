// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizard.h"
#include "ChannelSetupWizardPageTest.h"

#include "channels/WeComFields.h"
#include "channels/WeComValidator.h"
#include "desk/LocalDesk.h"

#include "LocalDeskFixture.h"
#include "TestEnvironment.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString corpId = QStringLiteral("ww1234567890abcdef");
const QString secret = QStringLiteral("A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0-_x");
// Tencent's sample key: the spare bits of its last character are set, and WeCom accepts it.
const QString sampleKey = QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");

} // namespace

class TestChannelSetupWizardWeCom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testKindPageOffersWeComAndFocusesCorpId();
    void testInlineErrors_data();
    void testInlineErrors();
    void testGeneratedTokenAndKeyPassValidation();
    void testSecretShowHide();
    void testTestPageAsksWeCom();
    void testWebhookPageShowsCallbackValues();
    void testButtonsHaveDistinctMnemonics();
    void testFinishSavesFieldsAndSecrets();
    void testUpdateKeepsFieldsThePageDoesNotShow();

private:
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_wizard->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QLineEdit* edit(const QString& name) const { return find<QLineEdit>(name); }
    QLabel* label(const QString& name) const { return find<QLabel>(name); }
    QAbstractButton* next() const { return m_wizard->button(QWizard::NextButton); }

    static void typeInto(QLineEdit* lineEdit, const QString& text);
    void goToWeComPage(const QString& name = QStringLiteral("HR desk"));
    void fillValidFields();
    void goToTestPage();
    //! The Alt shortcuts of the window's visible buttons that repeat.
    QStringList duplicateMnemonics() const;

    std::unique_ptr<QTemporaryDir> m_dataDir;
    LocalDeskFixture m_desk;
    std::unique_ptr<ChannelSetupWizard> m_wizard;
};

void TestChannelSetupWizardWeCom::initTestCase()
{
    TestEnvironment::init();
}

void TestChannelSetupWizardWeCom::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    QVERIFY2(m_desk.open(m_dataDir->path(), LocalDeskFixture::withoutGateways()),
             qPrintable(m_desk.errorString()));
    m_wizard = std::make_unique<ChannelSetupWizard>(m_desk.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestChannelSetupWizardWeCom::cleanup()
{
    m_wizard.reset();
    m_desk.reset();
    m_dataDir.reset();
}

void TestChannelSetupWizardWeCom::typeInto(QLineEdit* lineEdit, const QString& text)
{
    lineEdit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(lineEdit, Qt::Key_Backspace);
    else
        QTest::keyClicks(lineEdit, text);
    QCOMPARE(lineEdit->text(), text);
}

void TestChannelSetupWizardWeCom::goToWeComPage(const QString& name)
{
    // On the indicator: the button is as wide as the page, its text is not.
    auto* weCom = find<QAbstractButton>(QStringLiteral("weComRadioButton"));
    QTest::mouseClick(weCom, Qt::LeftButton, {}, QPoint(8, weCom->height() / 2));
    QVERIFY(weCom->isChecked());
    typeInto(edit(QStringLiteral("channelNameLineEdit")), name);
    QVERIFY(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::WeComPage));
}

void TestChannelSetupWizardWeCom::fillValidFields()
{
    typeInto(edit(QStringLiteral("weComCorpIdLineEdit")), corpId);
    typeInto(edit(QStringLiteral("weComAgentIdLineEdit")), QStringLiteral("1000002"));
    typeInto(edit(QStringLiteral("weComCorpSecretLineEdit")), secret);
    typeInto(edit(QStringLiteral("weComTokenLineEdit")), QStringLiteral("QDG6eK"));
    typeInto(edit(QStringLiteral("weComEncodingAesKeyLineEdit")), sampleKey);
    typeInto(edit(QStringLiteral("weComPublicBaseUrlLineEdit")), QStringLiteral("https://bot.example.com"));
    typeInto(edit(QStringLiteral("weComAllowedUsersLineEdit")), QStringLiteral("zhangsan, lisi"));
}

void TestChannelSetupWizardWeCom::goToTestPage()
{
    goToWeComPage();
    fillValidFields();
    QVERIFY(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::TestPage));
}

QStringList TestChannelSetupWizardWeCom::duplicateMnemonics() const
{
    QStringList seen;
    QStringList duplicates;
    const QList<QAbstractButton*> buttons = m_wizard->findChildren<QAbstractButton*>();
    for (const QAbstractButton* button : buttons) {
        if (!button->isVisible())
            continue;
        const QString text = button->text();
        const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (amp < 0)
            continue;
        const QString key = text.mid(amp + 1, 1).toLower();
        if (seen.contains(key))
            duplicates << QStringLiteral("%1 (%2)").arg(key, text);
        seen << key;
    }
    return duplicates;
}

void TestChannelSetupWizardWeCom::testKindPageOffersWeComAndFocusesCorpId()
{
    auto* radio = find<QAbstractButton>(QStringLiteral("weComRadioButton"));
    QVERIFY(radio->isEnabled());
    QVERIFY2(radio->text().contains(QStringLiteral("WeCom (企业微信) self-built app")),
             qPrintable(radio->text()));
    goToWeComPage();
    QTRY_COMPARE(m_wizard->focusWidget(), edit(QStringLiteral("weComCorpIdLineEdit")));
    QVERIFY(!next()->isEnabled());
    QCOMPARE(edit(QStringLiteral("weComApiBaseUrlLineEdit"))->text(), WeComFields::defaultApiBaseUrl());
    // Every field says where in WeCom's admin console its value is.
    QVERIFY(label(QStringLiteral("weComCorpIdHintLabel"))->text().contains(QStringLiteral("企业ID")));
    QVERIFY(label(QStringLiteral("weComTokenHintLabel"))->text().contains(QStringLiteral("设置API接收")));
    // An empty allowlist is allowed, but says what it means.
    QVERIFY(label(QStringLiteral("weComAllowedUsersMessageLabel"))
                ->text()
                .contains(QStringLiteral("Nobody is answered")));
}

void TestChannelSetupWizardWeCom::testInlineErrors_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("key 42 chars")
        << "weComEncodingAesKey" << sampleKey.left(42)
        << "Error: The EncodingAESKey is exactly 43 letters and digits; this one has 42";
    QTest::newRow("key with plus") << "weComEncodingAesKey" << sampleKey.left(42) + QLatin1Char('+')
                                   << "Error: The EncodingAESKey has only letters and digits; remove “+”";
    QTest::newRow("corp id prefix") << "weComCorpId"
                                    << "corp1234567890abcd"
                                    << "Error: A corp ID starts with “ww” or “wx”";
    QTest::newRow("corp id short") << "weComCorpId"
                                   << "ww123"
                                   << "Error: A corp ID is 18 characters long";
    QTest::newRow("agent id letters") << "weComAgentId"
                                      << "10a"
                                      << "Error: The AgentId has only digits";
    QTest::newRow("token dash") << "weComToken"
                                << "abc-def"
                                << "Error: WeCom accepts only letters and digits";
    QTest::newRow("user with space") << "weComAllowedUsers"
                                     << "zhang san"
                                     << "Error: “zhang san” is not a WeCom user ID";
}

void TestChannelSetupWizardWeCom::testInlineErrors()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    goToWeComPage();
    fillValidFields();
    QVERIFY(next()->isEnabled());
    typeInto(edit(fieldName + QStringLiteral("LineEdit")), input);
    QLabel* message = label(fieldName + QStringLiteral("MessageLabel"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(expected), qPrintable(message->text()));
    QVERIFY(!next()->isEnabled());
}

void TestChannelSetupWizardWeCom::testGeneratedTokenAndKeyPassValidation()
{
    goToWeComPage();
    QLineEdit* token = edit(QStringLiteral("weComTokenLineEdit"));
    QLineEdit* key = edit(QStringLiteral("weComEncodingAesKeyLineEdit"));
    typeInto(key, QStringLiteral("bad"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("generateWeComTokenButton")), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("generateWeComEncodingAesKeyButton")), Qt::LeftButton);
    QCOMPARE(token->text().size(), 32);
    QCOMPARE(key->text().size(), 43);
    QVERIFY(!WeComValidator::checkToken(token->text()).isError());
    QVERIFY(!WeComValidator::checkEncodingAesKey(key->text()).isError());
    QVERIFY(label(QStringLiteral("weComTokenMessageLabel"))->isHidden());
    QVERIFY(label(QStringLiteral("weComEncodingAesKeyMessageLabel"))->isHidden());

    const QString first = key->text();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("generateWeComEncodingAesKeyButton")), Qt::LeftButton);
    QVERIFY(key->text() != first);
}

void TestChannelSetupWizardWeCom::testSecretShowHide()
{
    goToWeComPage();
    QLineEdit* secretEdit = edit(QStringLiteral("weComCorpSecretLineEdit"));
    auto* show = find<QToolButton>(QStringLiteral("showWeComCorpSecretButton"));
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
}

void TestChannelSetupWizardWeCom::testTestPageAsksWeCom()
{
    goToTestPage();
    auto* page = qobject_cast<ChannelSetupWizardPageTest*>(m_wizard->currentPage());
    QVERIFY(page);
    QVERIFY2(page->subTitle().contains(QStringLiteral("WeCom")), qPrintable(page->subTitle()));
    const ConnectionCheckRequest request = page->request();
    QCOMPARE(request.kind, ChannelKinds::weCom());
    QCOMPARE(request.corpId, corpId);
    QCOMPARE(request.agentId, QStringLiteral("1000002"));
    QCOMPARE(request.corpSecret, secret);
    QCOMPARE(request.apiBaseUrl, QUrl(WeComFields::defaultApiBaseUrl()));
    QVERIFY(request.phoneNumberId.isEmpty());
    QVERIFY(request.accessToken.isEmpty());
}

void TestChannelSetupWizardWeCom::testWebhookPageShowsCallbackValues()
{
    goToTestPage();
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::WebhookPage));
    QLineEdit* url = edit(QStringLiteral("webhookUrlLineEdit"));
    QCOMPARE(url->text(), QStringLiteral("https://bot.example.com/wecom/hr-desk/callback"));
    QCOMPARE(edit(QStringLiteral("webhookSharedUrlLineEdit"))->text(),
             QStringLiteral("https://bot.example.com/wecom/callback"));
    QCOMPARE(edit(QStringLiteral("webhookVerifyTokenLineEdit"))->text(), QStringLiteral("QDG6eK"));
    QCOMPARE(label(QStringLiteral("webhookVerifyTokenLabel"))->text(), QStringLiteral("&Token:"));
    QCOMPARE(edit(QStringLiteral("webhookEncodingAesKeyLineEdit"))->text(), sampleKey);
    const QString steps = label(QStringLiteral("webhookStepsLabel"))->text();
    QVERIFY2(steps.contains(QStringLiteral("设置API接收")), qPrintable(steps));
    QVERIFY(steps.contains(QStringLiteral("企业可信IP")));

    for (const char* name : {"copyWebhookUrlButton", "copyWebhookSharedUrlButton",
                             "copyWebhookVerifyTokenButton", "copyWebhookEncodingAesKeyButton"})
        QVERIFY2(find<QPushButton>(QLatin1String(name))->isVisible(), name);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyWebhookEncodingAesKeyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), sampleKey);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyWebhookSharedUrlButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("https://bot.example.com/wecom/callback"));
}

void TestChannelSetupWizardWeCom::testButtonsHaveDistinctMnemonics()
{
    QVERIFY2(duplicateMnemonics().isEmpty(), qPrintable(duplicateMnemonics().join(QLatin1Char(' '))));
    goToWeComPage();
    QVERIFY2(duplicateMnemonics().isEmpty(), qPrintable(duplicateMnemonics().join(QLatin1Char(' '))));
    fillValidFields();
    QTest::mouseClick(next(), Qt::LeftButton);
    QVERIFY2(duplicateMnemonics().isEmpty(), qPrintable(duplicateMnemonics().join(QLatin1Char(' '))));
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::WebhookPage));
    QVERIFY2(duplicateMnemonics().isEmpty(), qPrintable(duplicateMnemonics().join(QLatin1Char(' '))));
}

void TestChannelSetupWizardWeCom::testFinishSavesFieldsAndSecrets()
{
    goToTestPage();
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::WebhookPage));

    const ChannelDraft draft = m_wizard->draft();
    QCOMPARE(draft.channel.id, QStringLiteral("hr-desk"));
    QCOMPARE(draft.channel.kind, ChannelKinds::weCom());
    QCOMPARE(draft.channel.field(WeComFields::corpId()), corpId);
    QCOMPARE(draft.channel.field(WeComFields::agentId()), QStringLiteral("1000002"));
    QCOMPARE(draft.channel.field(WeComFields::publicBaseUrl()), QStringLiteral("https://bot.example.com"));
    QCOMPARE(draft.channel.field(WeComFields::apiBaseUrl()), WeComFields::defaultApiBaseUrl());
    QCOMPARE(draft.channel.field(WeComFields::allowedUsers()), QStringLiteral("zhangsan, lisi"));
    QCOMPARE(draft.channel.field(WeComFields::allowAllUsers()), QStringLiteral("false"));
    QCOMPARE(draft.secrets.size(), 3);
    QCOMPARE(draft.secrets.value(WeComFields::corpSecret()), secret);
    QCOMPARE(draft.secrets.value(WeComFields::token()), QStringLiteral("QDG6eK"));
    QCOMPARE(draft.secrets.value(WeComFields::encodingAesKey()), sampleKey);
    for (const QString& key : WeComFields::secretFields())
        QVERIFY(!draft.channel.fields.contains(key));

    // Saved as the page opened, so that WeCom's check of the URL finds the channel.
    QTRY_VERIFY(m_desk->channel(QStringLiteral("hr-desk")).has_value());
    QTRY_VERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    QSignalSpy accepted(m_wizard.get(), &QDialog::accepted);
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    const auto channel = m_desk->channel(QStringLiteral("hr-desk"));
    QVERIFY(channel);
    QCOMPARE(channel->kind, ChannelKinds::weCom());
    QCOMPARE(WeComFields::allowedUserList(*channel),
             (QStringList{QStringLiteral("zhangsan"), QStringLiteral("lisi")}));
    QCOMPARE(m_desk.secrets()->value(QStringLiteral("hr-desk"), WeComFields::corpSecret()), secret);
    QCOMPARE(m_desk.secrets()->value(QStringLiteral("hr-desk"), WeComFields::encodingAesKey()), sampleKey);
    const QByteArray onDisk = TestEnvironment::allFileContents(m_dataDir->path());
    QVERIFY(!onDisk.contains(secret.toUtf8()));
    QVERIFY(!onDisk.contains(sampleKey.toUtf8()));
}

void TestChannelSetupWizardWeCom::testUpdateKeepsFieldsThePageDoesNotShow()
{
    ChannelDraft existing;
    existing.channel.id = QStringLiteral("hr-desk");
    existing.channel.name = QStringLiteral("HR desk");
    existing.channel.kind = ChannelKinds::weCom();
    existing.channel.enabled = false;
    existing.channel.fields.insert(QStringLiteral("reply_prefix"), QStringLiteral("[HR] "));
    existing.channel.fields.insert(WeComFields::allowedUsers(), QStringLiteral("old"));
    QVERIFY2(m_desk.save({existing}), qPrintable(m_desk.errorString()));

    goToWeComPage();
    fillValidFields();
    auto* allowAll = find<QCheckBox>(QStringLiteral("weComAllowAllUsersCheckBox"));
    QTest::mouseClick(allowAll, Qt::LeftButton, {}, QPoint(8, allowAll->height() / 2));
    QVERIFY(!edit(QStringLiteral("weComAllowedUsersLineEdit"))->isEnabled());
    const ChannelDraft draft = m_wizard->draft();
    QVERIFY(!draft.channel.enabled);
    QCOMPARE(draft.channel.field(QStringLiteral("reply_prefix")), QStringLiteral("[HR] "));
    QCOMPARE(draft.channel.field(WeComFields::allowedUsers()), QStringLiteral("zhangsan, lisi"));
    QCOMPARE(draft.channel.field(WeComFields::allowAllUsers()), QStringLiteral("true"));
}

QTEST_MAIN(TestChannelSetupWizardWeCom)
#include "TestChannelSetupWizardWeCom.moc"
