// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizard.h"
#include "ConnectionTestWidget.h"
#include "CopyButtonFeedback.h"
#include "MessageBox.h"

#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "desk/LocalDesk.h"

#include "FakeGraphApiServer.h"
#include "LocalDeskFixture.h"
#include "TestEnvironment.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ChannelDesk;

class TestChannelSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testKindPageDerivesIdFromName();
    void testKindPageSaysExistingChannelIsUpdated();
    void testValidationMessages_data();
    void testValidationMessages();
    void testNextDisabledWhileAnyFieldHasError();
    void testGenerateVerifyToken();
    void testAccessTokenShowHide();
    void testConnectionSuccess();
    void testConnectionExpiredToken();
    void testConnectionTimeout();
    void testConnectionCancel();
    void testWebhookPageShowsUrlAndToken();
    void testFinishStoresSecretsOnlyInKeychain();
    void testForwardTargetIsCheckedAndSaved();
    void testUpdatingChannelStartsFromItsForwardTarget();
    void testUpdatingChannelIsPrefilledAndKeepsItsSecrets();
    void testUpdatingLinkedChannelKeepsItsKey();
    void testFinishFailureKeepsWizardOpen();
    void testDestroyedWhileSavingIsSafe();
    void testLinkedDeviceGatewayPage();
    void testLinkedSaveFailureIsShownAndRetried();
    void testEscapeAsksBeforeDiscardingTypedValues();
    void testEachPageStartsInItsFirstEmptyField();
    void testCopyVerifyTokenSaysCopied();

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
    QAbstractButton* wizardButton(QWizard::WizardButton which) const { return m_wizard->button(which); }

    static void typeInto(QLineEdit* lineEdit, const QString& text);
    void goToCredentialsPage();
    void fillValidCredentials();
    void goToTestPage();
    void runTest(FakeGraphApiServer::Scenario scenario);

    FakeGraphApiServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    LocalDeskFixture m_desk;
    std::unique_ptr<ChannelSetupWizard> m_wizard;
};

void TestChannelSetupWizard::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.start());
}

void TestChannelSetupWizard::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    // No gateway is reachable from these tests: a linked channel gets no session, only the problem.
    QVERIFY2(m_desk.open(m_dataDir->path(), LocalDeskFixture::withoutGateways()),
             qPrintable(m_desk.errorString()));
    m_server.setScenario(FakeGraphApiServer::Scenario::Success);
    m_server.setExpectedToken(FakeGraphApiServer::validToken());
    m_wizard = std::make_unique<ChannelSetupWizard>(m_desk.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestChannelSetupWizard::cleanup()
{
    m_wizard.reset();
    m_desk.reset();
    m_dataDir.reset();
}

void TestChannelSetupWizard::testEscapeAsksBeforeDiscardingTypedValues()
{
    // Nothing typed: Esc closes at once.
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_wizard->isVisible());

    m_wizard = std::make_unique<ChannelSetupWizard>(m_desk.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    goToCredentialsPage();
    const QString token = QString(200, QLatin1Char('A'));
    edit(QStringLiteral("accessTokenLineEdit"))->setFocus();
    typeInto(edit(QStringLiteral("accessTokenLineEdit")), token);
    QSignalSpy finished(m_wizard.get(), &QDialog::finished);
    // "Cancel" keeps the wizard and what was typed.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
    // The answer arrives as a posted call, as from a real box; once it is handled, nothing is left
    // to close the wizard.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(finished.isEmpty());
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(edit(QStringLiteral("accessTokenLineEdit"))->text(), token);
    // "Discard" closes it.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toInt(), int(QDialog::Rejected));
    QVERIFY(!m_wizard->isVisible());
}

void TestChannelSetupWizard::typeInto(QLineEdit* lineEdit, const QString& text)
{
    // Select everything so the typed text replaces it, as a user would.
    lineEdit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(lineEdit, Qt::Key_Backspace);
    else
        QTest::keyClicks(lineEdit, text);
    QCOMPARE(lineEdit->text(), text);
}

void TestChannelSetupWizard::goToCredentialsPage()
{
    typeInto(edit(QStringLiteral("channelNameLineEdit")), QStringLiteral("Support"));
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::CredentialsPage));
}

void TestChannelSetupWizard::fillValidCredentials()
{
    typeInto(edit(QStringLiteral("phoneNumberIdLineEdit")), FakeGraphApiServer::phoneNumberId());
    typeInto(edit(QStringLiteral("accessTokenLineEdit")), FakeGraphApiServer::validToken());
    typeInto(edit(QStringLiteral("appSecretLineEdit")), TestEnvironment::appSecret());
    typeInto(edit(QStringLiteral("verifyTokenLineEdit")), TestEnvironment::verifyToken());
    typeInto(edit(QStringLiteral("businessAccountIdLineEdit")), QStringLiteral("102290129340398"));
    typeInto(edit(QStringLiteral("publicBaseUrlLineEdit")), QStringLiteral("https://bot.example.com"));
    QTest::mouseClick(find<QToolButton>(QStringLiteral("advancedToggleButton")), Qt::LeftButton);
    QVERIFY(edit(QStringLiteral("graphBaseUrlLineEdit"))->isVisible());
    typeInto(edit(QStringLiteral("graphBaseUrlLineEdit")), m_server.baseUrl().toString());
    QCOMPARE(edit(QStringLiteral("apiVersionLineEdit"))->text(), QStringLiteral("v25.0"));
}

void TestChannelSetupWizard::goToTestPage()
{
    goToCredentialsPage();
    fillValidCredentials();
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::TestPage));
}

void TestChannelSetupWizard::runTest(FakeGraphApiServer::Scenario scenario)
{
    m_server.setScenario(scenario);
    auto* widget = find<ConnectionTestWidget>(QStringLiteral("connectionTestWidget"));
    QSignalSpy finished(widget, &ConnectionTestWidget::testFinished);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
}

void TestChannelSetupWizard::testKindPageDerivesIdFromName()
{
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QAbstractButton>(QStringLiteral("cloudApiRadioButton"))->isChecked());
    QVERIFY(find<QAbstractButton>(QStringLiteral("linkedDeviceRadioButton"))->isEnabled());
    QVERIFY(find<QAbstractButton>(QStringLiteral("weComRadioButton"))->isEnabled());

    QLineEdit* name = edit(QStringLiteral("channelNameLineEdit"));
    QLabel* message = label(QStringLiteral("channelNameMessageLabel"));
    typeInto(name, QStringLiteral("Support Desk (EU)"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Channel ID: support-desk-eu"));
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());

    // A name in any script is accepted; its id falls back to channel-<hash>.
    name->setText(QStringLiteral("客服")); // QTest::keyClicks types ASCII only
    QVERIFY2(message->text().startsWith(QStringLiteral("Channel ID: channel-")), qPrintable(message->text()));
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());

    typeInto(name, QString());
    QVERIFY(message->text().startsWith(QStringLiteral("Error: Give the channel a name")));
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
}

void TestChannelSetupWizard::testKindPageSaysExistingChannelIsUpdated()
{
    ChannelDraft existing;
    existing.channel.id = QStringLiteral("support");
    existing.channel.name = QStringLiteral("Support");
    existing.channel.kind = ChannelKinds::whatsAppCloud();
    QVERIFY2(m_desk.save({existing}), qPrintable(m_desk.errorString()));

    typeInto(edit(QStringLiteral("channelNameLineEdit")), QStringLiteral("support"));
    const QString text = label(QStringLiteral("channelNameMessageLabel"))->text();
    QVERIFY2(text.startsWith(QStringLiteral("Warning: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("already exists")) && text.contains(QStringLiteral("updates")),
             qPrintable(text));
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
}

void TestChannelSetupWizard::testValidationMessages_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedStart"); // empty: the message is hidden

    QTest::newRow("phone number id empty") << "phoneNumberId"
                                           << ""
                                           << "Error: Enter the Phone Number ID";
    // A leading "+" is not a digit, so core treats it as an error, with the phone-number explanation.
    QTest::newRow("phone number id with plus")
        << "phoneNumberId"
        << "+15550001234"
        << "Error: This looks like a phone number, not a Phone Number ID";
    QTest::newRow("phone number id of 11 digits") << "phoneNumberId"
                                                  << "15550001234"
                                                  << "Warning: 11 digits look like a phone number";
    QTest::newRow("phone number id valid") << "phoneNumberId"
                                           << "106540352242922"
                                           << "";
    QTest::newRow("access token empty") << "accessToken"
                                        << ""
                                        << "Error: Enter the access token";
    QTest::newRow("access token without EAA") << "accessToken"
                                              << "ABCD1234567890abcdefghijklmnopqrstuvwxyz"
                                              << "Warning: Meta access tokens start with “EAA”";
    QTest::newRow("access token cut off") << "accessToken"
                                          << "EAA123"
                                          << "Error: The token is only 6 characters long";
    QTest::newRow("app secret empty") << "appSecret"
                                      << ""
                                      << "Error: Enter the App Secret";
    QTest::newRow("app secret not hex") << "appSecret"
                                        << "0123456789abcdef0123456789abcdeg"
                                        << "Error: The App Secret has only the characters 0–9 and a–f; “g”";
    QTest::newRow("app secret 31 characters")
        << "appSecret"
        << "0123456789abcdef0123456789abcde"
        << "Error: The App Secret is exactly 32 characters long; this one has 31";
    QTest::newRow("app secret valid") << "appSecret"
                                      << "0123456789abcdef0123456789abcdef"
                                      << "";
    QTest::newRow("verify token empty") << "verifyToken"
                                        << ""
                                        << "Error: Enter a verify token, or click Generate";
    QTest::newRow("verify token short") << "verifyToken"
                                        << "abc"
                                        << "Warning: A verify token of 3 characters";
    QTest::newRow("business account id letters") << "businessAccountId"
                                                 << "12ab"
                                                 << "Error: The WhatsApp Business Account ID has only digits";
    QTest::newRow("business account id empty is fine") << "businessAccountId"
                                                       << ""
                                                       << "";
    QTest::newRow("public base url empty") << "publicBaseUrl"
                                           << ""
                                           << "Error: Enter the public address";
    QTest::newRow("public base url http") << "publicBaseUrl"
                                          << "http://bot.example.com"
                                          << "Warning: Meta only delivers webhooks to https:// addresses";
    QTest::newRow("public base url not a url") << "publicBaseUrl"
                                               << "bot example"
                                               << "Error: This is not a web address";
    QTest::newRow("public base url valid") << "publicBaseUrl"
                                           << "https://bot.example.com"
                                           << "";
    QTest::newRow("api version malformed") << "apiVersion"
                                           << "25"
                                           << "Error: Write the Graph API version like v25.0";
    QTest::newRow("api version expired") << "apiVersion"
                                         << "v19.0"
                                         << "Warning: Graph API v19.0 has expired";
    QTest::newRow("forward url http to another host")
        << "forwardUrl"
        << "http://bot.example.com/webhooks/whatsapp"
        << "Warning: Deliveries would cross the network to bot.example.com unencrypted";
    QTest::newRow("forward url http to this machine") << "forwardUrl"
                                                      << "http://127.0.0.1:3000/api/webhooks/whatsapp"
                                                      << "";
    QTest::newRow("forward url bad scheme") << "forwardUrl"
                                            << "ftp://bot.example.com/hook"
                                            << "Error: Write the bot's webhook address like";
    QTest::newRow("forward url https") << "forwardUrl"
                                       << "https://bot.example.com/webhooks/whatsapp"
                                       << "";
    QTest::newRow("forward url empty: not forwarded") << "forwardUrl"
                                                      << ""
                                                      << "Empty: deliveries are not passed on to a bot.";
    QTest::newRow("graph base url empty") << "graphBaseUrl"
                                          << ""
                                          << "Error: Enter the Graph API address";
}

void TestChannelSetupWizard::testValidationMessages()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, input);
    QFETCH(QString, expectedStart);

    goToCredentialsPage();
    QLineEdit* lineEdit = edit(fieldName + QStringLiteral("LineEdit"));
    QLabel* message = label(fieldName + QStringLiteral("MessageLabel"));
    QVERIFY(!message->isVisible()); // nothing to complain about before the user types

    // Type something first, so that an empty input is a real edit.
    typeInto(lineEdit, QStringLiteral("x"));
    typeInto(lineEdit, input);
    if (expectedStart.isEmpty()) {
        QVERIFY2(message->isHidden(), qPrintable(message->text()));
    } else {
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(expectedStart), qPrintable(message->text()));
    }
    if (expectedStart.startsWith(QStringLiteral("Error")))
        QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
}

void TestChannelSetupWizard::testNextDisabledWhileAnyFieldHasError()
{
    goToCredentialsPage();
    QAbstractButton* next = wizardButton(QWizard::NextButton);
    QVERIFY(!next->isEnabled());
    fillValidCredentials();
    QVERIFY(next->isEnabled());

    typeInto(edit(QStringLiteral("appSecretLineEdit")), QStringLiteral("0123456789abcdef0123456789abcde"));
    QVERIFY(!next->isEnabled());
    typeInto(edit(QStringLiteral("appSecretLineEdit")), TestEnvironment::appSecret());
    QVERIFY(next->isEnabled());

    // Warnings inform but do not block.
    typeInto(edit(QStringLiteral("publicBaseUrlLineEdit")), QStringLiteral("http://bot.example.com"));
    QVERIFY(
        label(QStringLiteral("publicBaseUrlMessageLabel"))->text().startsWith(QStringLiteral("Warning: ")));
    QVERIFY(next->isEnabled());

    typeInto(edit(QStringLiteral("graphBaseUrlLineEdit")), QString());
    QVERIFY(!next->isEnabled());
    typeInto(edit(QStringLiteral("graphBaseUrlLineEdit")), m_server.baseUrl().toString());
    QVERIFY(next->isEnabled());
}

void TestChannelSetupWizard::testGenerateVerifyToken()
{
    goToCredentialsPage();
    QLineEdit* token = edit(QStringLiteral("verifyTokenLineEdit"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("generateVerifyTokenButton")), Qt::LeftButton);
    const QString first = token->text();
    QVERIFY2(first.size() >= 32, qPrintable(first));
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(first).hasMatch());
    QVERIFY(label(QStringLiteral("verifyTokenMessageLabel"))->isHidden());

    QTest::mouseClick(find<QPushButton>(QStringLiteral("generateVerifyTokenButton")), Qt::LeftButton);
    QVERIFY(token->text() != first);
}

void TestChannelSetupWizard::testAccessTokenShowHide()
{
    goToCredentialsPage();
    QLineEdit* token = edit(QStringLiteral("accessTokenLineEdit"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QCOMPARE(edit(QStringLiteral("appSecretLineEdit"))->echoMode(), QLineEdit::Password);
    auto* toggle = find<QToolButton>(QStringLiteral("showAccessTokenButton"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
}

void TestChannelSetupWizard::testConnectionSuccess()
{
    goToTestPage();
    QLabel* result = label(QStringLiteral("testResultLabel"));
    runTest(FakeGraphApiServer::Scenario::Success);
    QVERIFY2(result->text().contains(QStringLiteral("Connected to Acme Support (+1 555-000-1234)")),
             qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("Quality rating: High (GREEN)")));
    QVERIFY(result->text().contains(QStringLiteral("Platform: Cloud API (CLOUD_API)")));
    QVERIFY(!result->text().contains(FakeGraphApiServer::validToken()));
    QCOMPARE(m_server.lastPath(), QStringLiteral("/v25.0/") + FakeGraphApiServer::phoneNumberId());
    QCOMPARE(m_server.lastAuthorization(), "Bearer " + FakeGraphApiServer::validToken().toUtf8());
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
}

void TestChannelSetupWizard::testConnectionExpiredToken()
{
    goToTestPage();
    runTest(FakeGraphApiServer::Scenario::ExpiredToken);
    const QString text = label(QStringLiteral("testResultLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("Error validating access token")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The access token is invalid or has expired")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("System User")));

    auto* detailsButton = find<QToolButton>(QStringLiteral("showTestDetailsButton"));
    QVERIFY(detailsButton->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("testDetailsText"))->isVisible());
    QTest::mouseClick(detailsButton, Qt::LeftButton);
    auto* details = find<QPlainTextEdit>(QStringLiteral("testDetailsText"));
    QVERIFY(details->isVisible());
    QVERIFY(details->isReadOnly());
    QVERIFY(details->toPlainText().contains(QStringLiteral("code: 190")));
    QVERIFY(!details->toPlainText().contains(FakeGraphApiServer::validToken()));
}

void TestChannelSetupWizard::testConnectionTimeout()
{
    goToTestPage();
    find<ConnectionTestWidget>(QStringLiteral("connectionTestWidget"))->setTimeout(300);
    m_server.setScenario(FakeGraphApiServer::Scenario::Hang);
    auto* widget = find<ConnectionTestWidget>(QStringLiteral("connectionTestWidget"));
    QSignalSpy finished(widget, &ConnectionTestWidget::testFinished);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(find<QWidget>(QStringLiteral("testBusyBar"))->isVisible());
    QVERIFY(find<QWidget>(QStringLiteral("cancelTestButton"))->isVisible());
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    const QString text = label(QStringLiteral("testResultLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("did not answer in time")), qPrintable(text));
    QVERIFY(!find<QWidget>(QStringLiteral("testBusyBar"))->isVisible());
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
}

void TestChannelSetupWizard::testConnectionCancel()
{
    goToTestPage();
    m_server.setScenario(FakeGraphApiServer::Scenario::Hang);
    const int requestsBefore = m_server.requestCount();
    auto* widget = find<ConnectionTestWidget>(QStringLiteral("connectionTestWidget"));
    auto* testButton = find<QPushButton>(QStringLiteral("testConnectionButton"));
    auto* cancelButton = find<QPushButton>(QStringLiteral("cancelTestButton"));
    QVERIFY(!cancelButton->isVisible());
    QSignalSpy finished(widget, &ConnectionTestWidget::testFinished);
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(!testButton->isEnabled());
    QVERIFY(cancelButton->isVisible());
    QTRY_COMPARE(m_server.requestCount(), requestsBefore + 1); // the request is really hanging
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(testButton->isEnabled());
    QVERIFY(!cancelButton->isVisible());
    const QString text = label(QStringLiteral("testResultLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("cancelled"), Qt::CaseInsensitive), qPrintable(text));
}

void TestChannelSetupWizard::testWebhookPageShowsUrlAndToken()
{
    goToTestPage();
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::WebhookPage));
    QLineEdit* url = edit(QStringLiteral("webhookUrlLineEdit"));
    QVERIFY(url->isReadOnly());
    QCOMPARE(url->text(), QStringLiteral("https://bot.example.com/webhooks/whatsapp/106540352242922"));
    QCOMPARE(edit(QStringLiteral("webhookVerifyTokenLineEdit"))->text(), TestEnvironment::verifyToken());
    QVERIFY(find<QPushButton>(QStringLiteral("copyWebhookUrlButton"))->isVisible());
    QVERIFY(find<QPushButton>(QStringLiteral("copyWebhookVerifyTokenButton"))->isVisible());
    const QString steps = label(QStringLiteral("webhookStepsLabel"))->text();
    QVERIFY(steps.contains(QStringLiteral("Verify and save")));
    QVERIFY(steps.contains(QStringLiteral("<b>messages</b>")));

    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyWebhookUrlButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), url->text());
}

void TestChannelSetupWizard::testFinishStoresSecretsOnlyInKeychain()
{
    goToTestPage();
    runTest(FakeGraphApiServer::Scenario::Success);
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::WebhookPage));

    const ChannelDraft draft = m_wizard->draft();
    QCOMPARE(draft.channel.id, QStringLiteral("support"));
    QCOMPARE(draft.secrets.value(CloudApiFields::accessToken()), FakeGraphApiServer::validToken());

    // The page saves the channel as it opens: Meta's "Verify and save" needs it to exist.
    QVERIFY(m_wizard->isSaving());
    QVERIFY(!wizardButton(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizardButton(QWizard::BackButton)->isEnabled());
    QTRY_VERIFY(!m_wizard->isSaving());
    QVERIFY(m_desk->channel(QStringLiteral("support")).has_value());
    QCOMPARE(m_wizard->savedChannelId(), QStringLiteral("support"));
    QVERIFY(wizardButton(QWizard::FinishButton)->isEnabled());

    QSignalSpy saved(m_wizard.get(), &ChannelSetupWizard::channelSaved);
    QSignalSpy accepted(m_wizard.get(), &QDialog::accepted);
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), QStringLiteral("support"));

    const auto channel = m_desk->channel(QStringLiteral("support"));
    QVERIFY(channel);
    QCOMPARE(channel->name, QStringLiteral("Support"));
    QCOMPARE(channel->kind, ChannelKinds::whatsAppCloud());
    QCOMPARE(channel->field(CloudApiFields::phoneNumberId()), FakeGraphApiServer::phoneNumberId());
    QCOMPARE(channel->field(CloudApiFields::publicBaseUrl()), QStringLiteral("https://bot.example.com"));
    QCOMPARE(channel->field(CloudApiFields::graphBaseUrl()), m_server.baseUrl().toString());
    QCOMPARE(channel->field(CloudApiFields::apiVersion()), QStringLiteral("v25.0"));
    QVERIFY(!channel->fields.contains(CloudApiFields::accessToken()));

    const QString id = QStringLiteral("support");
    QCOMPARE(m_desk.secrets()->value(id, CloudApiFields::accessToken()), FakeGraphApiServer::validToken());
    QCOMPARE(m_desk.secrets()->value(id, CloudApiFields::appSecret()), TestEnvironment::appSecret());
    QCOMPARE(m_desk.secrets()->value(id, CloudApiFields::verifyToken()), TestEnvironment::verifyToken());

    const QByteArray onDisk = TestEnvironment::allFileContents(m_dataDir->path());
    QVERIFY(!onDisk.isEmpty());
    QVERIFY(!onDisk.contains(FakeGraphApiServer::validToken().toUtf8()));
    QVERIFY(!onDisk.contains(TestEnvironment::appSecret().toUtf8()));
    QVERIFY(!onDisk.contains(TestEnvironment::verifyToken().toUtf8()));
}

void TestChannelSetupWizard::testForwardTargetIsCheckedAndSaved()
{
    goToCredentialsPage();
    fillValidCredentials();
    QAbstractButton* next = wizardButton(QWizard::NextButton);
    QLineEdit* url = edit(QStringLiteral("forwardUrlLineEdit"));
    QLabel* urlMessage = label(QStringLiteral("forwardUrlMessageLabel"));
    QVERIFY(url->isVisible()); // not hidden under Advanced: it is what a bot owner comes for
    QVERIFY(next->isEnabled());

    typeInto(url, QStringLiteral("http://bot.example.com/webhooks/whatsapp"));
    QVERIFY2(urlMessage->text().startsWith(QStringLiteral("Warning: ")), qPrintable(urlMessage->text()));
    QVERIFY(next->isEnabled());
    typeInto(url, QStringLiteral("bot.example.com/webhooks/whatsapp"));
    QVERIFY2(urlMessage->text().startsWith(QStringLiteral("Error: ")), qPrintable(urlMessage->text()));
    QVERIFY(!next->isEnabled());
    typeInto(url, QStringLiteral("https://bot.example.com/webhooks/whatsapp"));
    QVERIFY(urlMessage->isHidden());
    QVERIFY(next->isEnabled());

    QLineEdit* timeout = edit(QStringLiteral("forwardTimeoutMsLineEdit"));
    QVERIFY(timeout->isVisible()); // fillValidCredentials opened Advanced
    typeInto(timeout, QStringLiteral("50"));
    QVERIFY(
        label(QStringLiteral("forwardTimeoutMsMessageLabel"))->text().startsWith(QStringLiteral("Error: ")));
    QVERIFY(!next->isEnabled());
    typeInto(timeout, QStringLiteral("5000"));
    QVERIFY(next->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    runTest(FakeGraphApiServer::Scenario::Success);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::WebhookPage));
    QTRY_VERIFY(wizardButton(QWizard::FinishButton)->isEnabled());
    QSignalSpy accepted(m_wizard.get(), &QDialog::accepted);
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    const auto channel = m_desk->channel(QStringLiteral("support"));
    QVERIFY(channel);
    QCOMPARE(channel->field(CloudApiFields::forwardUrl()),
             QStringLiteral("https://bot.example.com/webhooks/whatsapp"));
    QCOMPARE(channel->field(CloudApiFields::forwardTimeoutMs()), QStringLiteral("5000"));
}

void TestChannelSetupWizard::testUpdatingChannelStartsFromItsForwardTarget()
{
    ChannelDraft existing;
    existing.channel.id = QStringLiteral("support");
    existing.channel.name = QStringLiteral("Support");
    existing.channel.kind = ChannelKinds::whatsAppCloud();
    existing.channel.fields.insert(CloudApiFields::forwardUrl(),
                                   QStringLiteral("http://localhost:3000/hook"));
    // A field this wizard does not show survives an update through it.
    existing.channel.fields.insert(QStringLiteral("handoff_return_hours"), QStringLiteral("4"));
    QVERIFY2(m_desk.save({existing}), qPrintable(m_desk.errorString()));

    goToCredentialsPage();
    QLineEdit* url = edit(QStringLiteral("forwardUrlLineEdit"));
    QCOMPARE(url->text(), QStringLiteral("http://localhost:3000/hook"));
    QCOMPARE(edit(QStringLiteral("forwardTimeoutMsLineEdit"))->text(), QString());
    // Cleared by the user, it stays cleared when coming back to the page.
    typeInto(url, QString());
    QTest::mouseClick(wizardButton(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::CredentialsPage));
    QCOMPARE(url->text(), QString());
    QVERIFY(!m_wizard->draft().channel.fields.contains(CloudApiFields::forwardUrl()));
    QCOMPARE(m_wizard->draft().channel.field(QStringLiteral("handoff_return_hours")), QStringLiteral("4"));
}

void TestChannelSetupWizard::testUpdatingChannelIsPrefilledAndKeepsItsSecrets()
{
    using namespace CloudApiFields;
    ChannelDraft existing;
    existing.channel.id = QStringLiteral("support");
    existing.channel.name = QStringLiteral("Support");
    existing.channel.kind = ChannelKinds::whatsAppCloud();
    existing.channel.fields.insert(phoneNumberId(), FakeGraphApiServer::phoneNumberId());
    existing.channel.fields.insert(businessAccountId(), FakeGraphApiServer::wabaId());
    existing.channel.fields.insert(publicBaseUrl(), QStringLiteral("https://bot.example.com"));
    existing.channel.fields.insert(graphBaseUrl(), m_server.baseUrl().toString());
    existing.secrets.insert(accessToken(), FakeGraphApiServer::validToken());
    existing.secrets.insert(appSecret(), TestEnvironment::appSecret());
    existing.secrets.insert(verifyToken(), TestEnvironment::verifyToken());
    QVERIFY2(m_desk.save({existing}), qPrintable(m_desk.errorString()));

    // The kind follows the stored channel as its name is typed.
    QTest::mouseClick(find<QAbstractButton>(QStringLiteral("linkedDeviceRadioButton")), Qt::LeftButton);
    goToCredentialsPage();
    QVERIFY(find<QAbstractButton>(QStringLiteral("cloudApiRadioButton"))->isChecked());
    QCOMPARE(edit(QStringLiteral("phoneNumberIdLineEdit"))->text(), FakeGraphApiServer::phoneNumberId());
    QCOMPARE(edit(QStringLiteral("businessAccountIdLineEdit"))->text(), FakeGraphApiServer::wabaId());
    QCOMPARE(edit(QStringLiteral("publicBaseUrlLineEdit"))->text(),
             QStringLiteral("https://bot.example.com"));
    QCOMPARE(edit(QStringLiteral("graphBaseUrlLineEdit"))->text(), m_server.baseUrl().toString());
    QCOMPARE(edit(QStringLiteral("apiVersionLineEdit"))->text(), defaultApiVersion());
    // The secrets are not shown, and not asked for again.
    QVERIFY(edit(QStringLiteral("accessTokenLineEdit"))->text().isEmpty());
    QVERIFY2(label(QStringLiteral("accessTokenMessageLabel"))
                 ->text()
                 .startsWith(QStringLiteral("Leave this empty")),
             qPrintable(label(QStringLiteral("accessTokenMessageLabel"))->text()));
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
    // A new secret typed is still checked.
    typeInto(edit(QStringLiteral("appSecretLineEdit")), QStringLiteral("xyz"));
    QVERIFY(label(QStringLiteral("appSecretMessageLabel"))->text().startsWith(QStringLiteral("Error:")));
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
    typeInto(edit(QStringLiteral("appSecretLineEdit")), QString());
    typeInto(edit(QStringLiteral("publicBaseUrlLineEdit")), QStringLiteral("https://desk.example.org"));
    QVERIFY(!m_wizard->draft().secrets.contains(accessToken()));

    // Test Connection uses the stored token.
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::TestPage));
    runTest(FakeGraphApiServer::Scenario::Success);
    QCOMPARE(m_server.lastAuthorization(), "Bearer " + FakeGraphApiServer::validToken().toUtf8());
    QVERIFY(find<QLabel>(QStringLiteral("testResultLabel"))->text().contains(QStringLiteral("Connected")));

    // Saved as the webhook page opens: the change is stored, the secrets are the old ones, and
    // the verify token to paste into Meta's form is the stored one.
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::WebhookPage));
    QTRY_COMPARE(m_wizard->savedChannelId(), QStringLiteral("support"));
    QCOMPARE(m_desk->channel(QStringLiteral("support"))->field(publicBaseUrl()),
             QStringLiteral("https://desk.example.org"));
    QCOMPARE(m_desk->channel(QStringLiteral("support"))->field(businessAccountId()),
             FakeGraphApiServer::wabaId());
    QTRY_COMPARE(edit(QStringLiteral("webhookVerifyTokenLineEdit"))->text(), TestEnvironment::verifyToken());
    auto token = m_desk->readSecret(QStringLiteral("support"), accessToken());
    QTRY_VERIFY(token.isFinished());
    QCOMPARE(token.result().value, FakeGraphApiServer::validToken());
    auto secret = m_desk->readSecret(QStringLiteral("support"), appSecret());
    QTRY_VERIFY(secret.isFinished());
    QCOMPARE(secret.result().value, TestEnvironment::appSecret());
}

void TestChannelSetupWizard::testUpdatingLinkedChannelKeepsItsKey()
{
    using namespace LinkedFields;
    ChannelDraft existing;
    existing.channel.id = QStringLiteral("phone");
    existing.channel.name = QStringLiteral("Phone");
    existing.channel.kind = ChannelKinds::whatsAppLinked();
    existing.channel.fields.insert(gateway(), connectionGateway());
    existing.channel.fields.insert(baseUrl(), QStringLiteral("http://127.0.0.1:4100"));
    existing.channel.fields.insert(session(), QStringLiteral("front-desk"));
    existing.channel.fields.insert(reconnectAttempts(), QStringLiteral("3"));
    existing.secrets.insert(apiKey(), QStringLiteral("gateway-fake-test-key"));
    QVERIFY2(m_desk.save({existing}), qPrintable(m_desk.errorString()));

    typeInto(edit(QStringLiteral("channelNameLineEdit")), QStringLiteral("Phone"));
    QVERIFY(find<QAbstractButton>(QStringLiteral("linkedDeviceRadioButton"))->isChecked());
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::GatewayPage));
    QCOMPARE(edit(QStringLiteral("gatewayBaseUrlLineEdit"))->text(), QStringLiteral("http://127.0.0.1:4100"));
    QCOMPARE(edit(QStringLiteral("gatewaySessionLineEdit"))->text(), QStringLiteral("front-desk"));
    QCOMPARE(find<QComboBox>(QStringLiteral("gatewayComboBox"))->currentData().toString(),
             connectionGateway());
    QVERIFY(edit(QStringLiteral("gatewayApiKeyLineEdit"))->text().isEmpty());
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
    const ChannelDraft draft = m_wizard->draft();
    QVERIFY(!draft.secrets.contains(apiKey()));
    // What the wizard does not show is kept.
    QCOMPARE(draft.channel.field(reconnectAttempts()), QStringLiteral("3"));
    QCOMPARE(draft.channel.field(session()), QStringLiteral("front-desk"));
}

void TestChannelSetupWizard::testFinishFailureKeepsWizardOpen()
{
    goToTestPage();
    m_desk.secrets()->setFailure(SecretResult::Code::NoBackend);
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);

    // Saving as the page opens fails: the page says why, and Finish tries again.
    QLabel* message = label(QStringLiteral("saveMessageLabel"));
    QTRY_VERIFY(!m_wizard->isSaving());
    QVERIFY2(message->text().startsWith(QStringLiteral("The channel was not saved.")),
             qPrintable(message->text()));
    QVERIFY2(message->text().contains(QStringLiteral("No keychain is available")),
             qPrintable(message->text()));
    QVERIFY(m_wizard->savedChannelId().isEmpty());
    QVERIFY(!m_desk->channel(QStringLiteral("support")));

    QSignalSpy accepted(m_wizard.get(), &QDialog::accepted);
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->isSaving());
    QVERIFY2(message->text().startsWith(QStringLiteral("The channel was not saved.")),
             qPrintable(message->text()));
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(accepted.size(), 0);
    QVERIFY(wizardButton(QWizard::FinishButton)->isEnabled());
    QVERIFY(!m_desk->channel(QStringLiteral("support")));

    // Once the keychain is back, Finish works.
    m_desk.secrets()->setFailure(SecretResult::Code::Ok);
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(accepted.wait());
    QVERIFY(m_desk->channel(QStringLiteral("support")));
}

void TestChannelSetupWizard::testDestroyedWhileSavingIsSafe()
{
    goToTestPage();
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(m_wizard->isSaving());
    // Escape and Cancel do not close the wizard mid-save...
    m_wizard->reject();
    QVERIFY(m_wizard->isVisible());
    // ...but its owner may still destroy it; the save completes without it.
    QSignalSpy changed(m_desk.get(), &Desk::channelsChanged);
    m_wizard.reset();
    QVERIFY(changed.wait());
    QVERIFY(m_desk->channel(QStringLiteral("support")));
}

void TestChannelSetupWizard::testLinkedDeviceGatewayPage()
{
    // On the indicator: the button is as wide as the page, its text is not.
    auto* linked = find<QAbstractButton>(QStringLiteral("linkedDeviceRadioButton"));
    QTest::mouseClick(linked, Qt::LeftButton, {}, QPoint(8, linked->height() / 2));
    QVERIFY(linked->isChecked());
    typeInto(edit(QStringLiteral("channelNameLineEdit")), QStringLiteral("Phone Bot"));
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::GatewayPage));

    // The defaults are valid; only the key is missing.
    QCOMPARE(edit(QStringLiteral("gatewayBaseUrlLineEdit"))->text(), QStringLiteral("http://127.0.0.1:3000"));
    QCOMPARE(edit(QStringLiteral("gatewaySessionLineEdit"))->text(), QStringLiteral("default"));
    QCOMPARE(edit(QStringLiteral("deviceLabelLineEdit"))->text(), QStringLiteral("ChannelDesk"));
    QLineEdit* key = edit(QStringLiteral("gatewayApiKeyLineEdit"));
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());

    typeInto(edit(QStringLiteral("gatewayBaseUrlLineEdit")), QStringLiteral("127.0.0.1:3000"));
    QVERIFY(
        label(QStringLiteral("gatewayBaseUrlMessageLabel"))->text().startsWith(QStringLiteral("Error: ")));
    typeInto(edit(QStringLiteral("gatewayBaseUrlLineEdit")), QStringLiteral("http://192.168.1.20:3000"));
    QVERIFY2(
        label(QStringLiteral("gatewayBaseUrlMessageLabel"))->text().startsWith(QStringLiteral("Warning: ")),
        qPrintable(label(QStringLiteral("gatewayBaseUrlMessageLabel"))->text()));
    typeInto(key, QStringLiteral("two words"));
    QVERIFY(label(QStringLiteral("gatewayApiKeyMessageLabel"))->text().startsWith(QStringLiteral("Error: ")));
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
    typeInto(key, QStringLiteral("waha-key+/=1"));
    typeInto(edit(QStringLiteral("gatewaySessionLineEdit")), QStringLiteral("no spaces"));
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
    typeInto(edit(QStringLiteral("gatewaySessionLineEdit")), QStringLiteral("ops1"));
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
    // The bot's address is checked like the Cloud API one; plain http to another host warns.
    QLineEdit* forward = edit(QStringLiteral("linkedForwardUrlLineEdit"));
    typeInto(forward, QStringLiteral("ftp://bot.example.com/hook"));
    QVERIFY(
        label(QStringLiteral("linkedForwardUrlMessageLabel"))->text().startsWith(QStringLiteral("Error: ")));
    QVERIFY(!wizardButton(QWizard::NextButton)->isEnabled());
    typeInto(forward, QStringLiteral("http://bot.example.com/hook"));
    QVERIFY2(
        label(QStringLiteral("linkedForwardUrlMessageLabel"))->text().startsWith(QStringLiteral("Warning: ")),
        qPrintable(label(QStringLiteral("linkedForwardUrlMessageLabel"))->text()));
    typeInto(forward, QStringLiteral("http://127.0.0.1:4000/hook"));
    QVERIFY(wizardButton(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(find<QToolButton>(QStringLiteral("showGatewayApiKeyButton")), Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);

    // Without a gateway to reach, the last page still saves the channel, with the key in the keychain
    // only.
    QSignalSpy saved(m_wizard.get(), &ChannelSetupWizard::channelSaved);
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::PairingPage));
    QTRY_VERIFY(m_desk->channel(QStringLiteral("phone-bot")).has_value());
    const Channel channel = *m_desk->channel(QStringLiteral("phone-bot"));
    QCOMPARE(channel.kind, ChannelKinds::whatsAppLinked());
    QCOMPARE(channel.field(LinkedFields::gateway()), LinkedFields::waha());
    QCOMPARE(channel.field(LinkedFields::baseUrl()), QStringLiteral("http://192.168.1.20:3000"));
    QCOMPARE(channel.field(LinkedFields::session()), QStringLiteral("ops1"));
    QCOMPARE(channel.field(LinkedFields::forwardUrl()), QStringLiteral("http://127.0.0.1:4000/hook"));
    QVERIFY(!channel.fields.contains(LinkedFields::apiKey()));
    QCOMPARE(m_desk.secrets()->value(QStringLiteral("phone-bot"), LinkedFields::apiKey()),
             QStringLiteral("waha-key+/=1"));
    QVERIFY(!TestEnvironment::allFileContents(m_dataDir->path()).contains("waha-key+/=1"));
    QTRY_VERIFY(wizardButton(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizardButton(QWizard::NextButton)->isVisible());
    QTest::mouseClick(wizardButton(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toString(), QStringLiteral("phone-bot"));
}

void TestChannelSetupWizard::testLinkedSaveFailureIsShownAndRetried()
{
    auto* linked = find<QAbstractButton>(QStringLiteral("linkedDeviceRadioButton"));
    QTest::mouseClick(linked, Qt::LeftButton, {}, QPoint(8, linked->height() / 2));
    typeInto(edit(QStringLiteral("channelNameLineEdit")), QStringLiteral("Phone Bot"));
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    typeInto(edit(QStringLiteral("gatewayApiKeyLineEdit")), QStringLiteral("waha-key"));
    m_desk.secrets()->setFailure(SecretResult::Code::NoBackend);
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::PairingPage));
    auto* message = label(QStringLiteral("pairingSaveMessageLabel"));
    QTRY_VERIFY(message->text().startsWith(QStringLiteral("The channel was not saved.")));
    QVERIFY2(message->text().contains(QStringLiteral("No keychain is available")),
             qPrintable(message->text()));
    QVERIFY(!wizardButton(QWizard::FinishButton)->isEnabled());
    QVERIFY(!m_desk->channel(QStringLiteral("phone-bot")).has_value());

    m_desk.secrets()->setFailure(SecretResult::Code::Ok);
    auto* retry = find<QPushButton>(QStringLiteral("retrySaveButton"));
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(wizardButton(QWizard::FinishButton)->isEnabled());
    QVERIFY(m_desk->channel(QStringLiteral("phone-bot")).has_value());
    QCOMPARE(message->text(), QStringLiteral("Saved as “phone-bot”."));
    QVERIFY(!retry->isVisible());
}

void TestChannelSetupWizard::testEachPageStartsInItsFirstEmptyField()
{
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    // The first page opens on the name, not on the kind's first radio button.
    QTRY_COMPARE(QApplication::focusWidget(), edit(QStringLiteral("channelNameLineEdit")));

    goToCredentialsPage();
    QTRY_COMPARE(QApplication::focusWidget(), edit(QStringLiteral("phoneNumberIdLineEdit")));
    // Typing goes straight into it.
    QTest::keyClicks(QApplication::focusWidget(), FakeGraphApiServer::phoneNumberId());
    QCOMPARE(edit(QStringLiteral("phoneNumberIdLineEdit"))->text(), FakeGraphApiServer::phoneNumberId());

    // Back on the first page, the cursor is in the name again, filled or not.
    QTest::mouseClick(wizardButton(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::KindPage));
    QTRY_COMPARE(QApplication::focusWidget(), edit(QStringLiteral("channelNameLineEdit")));

    // A page whose first fields have defaults starts on the first one still empty.
    auto* linked = find<QAbstractButton>(QStringLiteral("linkedDeviceRadioButton"));
    QTest::mouseClick(linked, Qt::LeftButton, {}, QPoint(8, linked->height() / 2));
    QTest::mouseClick(wizardButton(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::GatewayPage));
    QVERIFY(!edit(QStringLiteral("gatewayBaseUrlLineEdit"))->text().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), edit(QStringLiteral("gatewayApiKeyLineEdit")));
}

void TestChannelSetupWizard::testCopyVerifyTokenSaysCopied()
{
    goToCredentialsPage();
    auto* copy = find<QPushButton>(QStringLiteral("copyVerifyTokenButton"));
    const QString label = copy->text();
    auto* feedback = copy->findChild<CopyButtonFeedback*>();
    QVERIFY(feedback);
    QCOMPARE(feedback->feedbackMs(), int(CopyButtonFeedback::kDefaultFeedbackMs));
    feedback->setFeedbackMs(150);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("generateVerifyTokenButton")), Qt::LeftButton);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), edit(QStringLiteral("verifyTokenLineEdit"))->text());
    QCOMPARE(copy->text(), QStringLiteral("Copied"));
    QTRY_COMPARE(copy->text(), label);
}

QTEST_MAIN(TestChannelSetupWizard)
#include "TestChannelSetupWizard.moc"
