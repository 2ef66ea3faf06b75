// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's last Cloud API page against real parts: the OS keychain (gnome-keyring in the private
// D-Bus session the test command starts), SQLite in a temporary data directory and the desk's own
// webhook receiver on 127.0.0.1, which WebhookClient calls as Meta's "Verify and save" does.
#include "ChannelSetupWizard.h"
#include "CopyButtonFeedback.h"
#include "FieldMessageLabel.h"
#include "MessageBox.h"

#include "channels/CloudApiFields.h"
#include "desk/LocalDesk.h"
#include "settings/Settings.h"

#include "FakeGraphApiServer.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString phoneNumberId = QStringLiteral("106540352242977");
const QString otherVerifyToken = QStringLiteral("second-verify-token-after-going-back");

} // namespace

class TestChannelSetupWizardPageWebhook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testPageSavesChannelAndShowsVerification();
    void testBackAndChangeUpdatesTheSavedChannel();
    void testCancelAsksToKeepOrRemove();
    void testCopyButtonsSayCopied();

private:
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_wizard->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QLineEdit* edit(const QString& name) const { return find<QLineEdit>(name); }
    QAbstractButton* button(QWizard::WizardButton which) const { return m_wizard->button(which); }
    QString status() const { return find<QLabel>(QStringLiteral("verificationStatusLabel"))->text(); }
    void next();
    void goToWebhookPage(const QString& name);
    //! From the credentials page (QWizard empties it when the user goes Back past it) to the last.
    void fillCredentials();
    //! Waits until the page saved the channel and the receiver answers for it.
    void waitUntilServed(const QString& channelId);
    QString storedSecret(const QString& channelId, const QString& field);
    static void typeInto(QLineEdit* lineEdit, const QString& text);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<ChannelSetupWizard> m_wizard;
};

void TestChannelSetupWizardPageWebhook::initTestCase()
{
    TestEnvironment::init();
    // A silent skip would let CI pass without ever touching a keychain: fail loudly instead.
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "no D-Bus session: run the tests through the README test command, which starts gnome-keyring");
}

void TestChannelSetupWizardPageWebhook::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    ReceiverSettings receiver;
    receiver.listen = QStringLiteral("127.0.0.1:0");
    QVERIFY(Settings(m_dataDir->path()).setReceiver(receiver).ok());
    LocalDesk::Options options; // the OS keychain, and the receiver as the window runs it
    options.adapterFactory = [](const QString&, const GatewayConfig&) -> GatewayAdapter* { return nullptr; };
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_desk->setHealthChecksActive(false);
    const Status loaded = TestEnvironment::waitFor(m_desk->loadChannels());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QTRY_COMPARE(m_desk->receiverStatus().state, ReceiverStatus::State::Running);
    m_wizard = std::make_unique<ChannelSetupWizard>(m_desk.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestChannelSetupWizardPageWebhook::cleanup()
{
    m_wizard.reset();
    // Removing the channels deletes their secrets from the shared test keychain.
    if (m_desk) {
        for (const Channel& channel : m_desk->channels())
            QVERIFY(TestEnvironment::waitFor(m_desk->removeChannel(channel.id)).ok());
    }
    m_desk.reset();
    m_dataDir.reset();
}

void TestChannelSetupWizardPageWebhook::typeInto(QLineEdit* lineEdit, const QString& text)
{
    lineEdit->selectAll();
    QTest::keyClicks(lineEdit, text);
    QCOMPARE(lineEdit->text(), text);
}

void TestChannelSetupWizardPageWebhook::next()
{
    QVERIFY(button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(button(QWizard::NextButton), Qt::LeftButton);
}

void TestChannelSetupWizardPageWebhook::goToWebhookPage(const QString& name)
{
    typeInto(edit(QStringLiteral("channelNameLineEdit")), name);
    next();
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::CredentialsPage));
    fillCredentials();
}

void TestChannelSetupWizardPageWebhook::fillCredentials()
{
    typeInto(edit(QStringLiteral("phoneNumberIdLineEdit")), phoneNumberId);
    typeInto(edit(QStringLiteral("accessTokenLineEdit")), FakeGraphApiServer::validToken());
    typeInto(edit(QStringLiteral("appSecretLineEdit")), TestEnvironment::appSecret());
    typeInto(edit(QStringLiteral("verifyTokenLineEdit")), TestEnvironment::verifyToken());
    typeInto(edit(QStringLiteral("publicBaseUrlLineEdit")), QStringLiteral("https://bot.example.com"));
    next();
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::TestPage));
    next();
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::WebhookPage));
}

void TestChannelSetupWizardPageWebhook::waitUntilServed(const QString& channelId)
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->isSaving(), 20000);
    QCOMPARE(m_wizard->savedChannelId(), channelId);
    QTRY_COMPARE(status(), QStringLiteral("Waiting for Meta's verification request…"));
    QVERIFY(m_desk->receiverStatus().channelsSettled);
}

QString TestChannelSetupWizardPageWebhook::storedSecret(const QString& channelId, const QString& field)
{
    const SecretResult read = TestEnvironment::waitFor(m_desk->readSecret(channelId, field));
    return read.ok() ? read.value : QStringLiteral("<%1>").arg(read.errorString);
}

void TestChannelSetupWizardPageWebhook::testPageSavesChannelAndShowsVerification()
{
    goToWebhookPage(QStringLiteral("Wizard Verify"));
    const QString id = QStringLiteral("wizard-verify");
    // Before Finish, so that Meta's "Verify and save" finds it.
    waitUntilServed(id);
    const auto channel = m_desk->channel(id);
    QVERIFY(channel);
    QCOMPARE(channel->field(CloudApiFields::phoneNumberId()), phoneNumberId);
    QCOMPARE(storedSecret(id, CloudApiFields::verifyToken()), TestEnvironment::verifyToken());
    QCOMPARE(storedSecret(id, CloudApiFields::appSecret()), TestEnvironment::appSecret());
    QVERIFY(!TestEnvironment::allFileContents(m_dataDir->path())
                 .contains(TestEnvironment::verifyToken().toUtf8()));
    QVERIFY(find<QLabel>(QStringLiteral("saveMessageLabel"))->text().contains(QStringLiteral("Saved as")));

    // A verify token typed wrong in Meta's dashboard: the page says so, in words.
    WebhookClient meta(m_desk->receiverStatus().port);
    QCOMPARE(meta.verify(phoneNumberId, QStringLiteral("typed-wrong-in-dashboard"), QStringLiteral("4711")),
             403);
    QTRY_VERIFY2(status().contains(QStringLiteral("failed")), qPrintable(status()));
    QVERIFY2(status().startsWith(QStringLiteral("Meta's verification request at ")), qPrintable(status()));
    QVERIFY2(status().contains(QStringLiteral("Verify token mismatch")), qPrintable(status()));
    QCOMPARE(find<FieldMessageLabel>(QStringLiteral("verificationStatusLabel"))->severity(),
             FieldCheck::Severity::Error);

    // The right one: verified, at the local time it happened.
    QCOMPARE(meta.verify(phoneNumberId, TestEnvironment::verifyToken(), QStringLiteral("1158201444")), 200);
    QTRY_VERIFY2(status().startsWith(QStringLiteral("Meta verified this URL at ")), qPrintable(status()));
    QVERIFY2(QRegularExpression(QStringLiteral("at \\d\\d:\\d\\d:\\d\\d\\.$")).match(status()).hasMatch(),
             qPrintable(status()));
    QCOMPARE(find<FieldMessageLabel>(QStringLiteral("verificationStatusLabel"))->severity(),
             FieldCheck::Severity::Ok);

    // Finish only closes: the channel is there already, once.
    QSignalSpy saved(m_wizard.get(), &ChannelSetupWizard::channelSaved);
    QTest::mouseClick(button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.constFirst().constFirst().toString(), id);
    QCOMPARE(m_desk->channels().size(), 1);
}

void TestChannelSetupWizardPageWebhook::testBackAndChangeUpdatesTheSavedChannel()
{
    goToWebhookPage(QStringLiteral("Wizard Back"));
    waitUntilServed(QStringLiteral("wizard-back"));
    WebhookClient meta(m_desk->receiverStatus().port);
    QCOMPARE(meta.verify(phoneNumberId, TestEnvironment::verifyToken(), QStringLiteral("1")), 200);
    QTRY_VERIFY2(status().startsWith(QStringLiteral("Meta verified")), qPrintable(status()));

    // Back to the credentials, a new verify token, and on to the last page again.
    QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::CredentialsPage));
    typeInto(edit(QStringLiteral("verifyTokenLineEdit")), otherVerifyToken);
    next();
    next();
    QCOMPARE(edit(QStringLiteral("webhookVerifyTokenLineEdit"))->text(), otherVerifyToken);
    // The same channel is updated, not a second one made; what Meta said before no longer counts.
    waitUntilServed(QStringLiteral("wizard-back"));
    QCOMPARE(m_desk->channels().size(), 1);
    QCOMPARE(storedSecret(QStringLiteral("wizard-back"), CloudApiFields::verifyToken()), otherVerifyToken);
    QCOMPARE(meta.verify(phoneNumberId, TestEnvironment::verifyToken(), QStringLiteral("2")), 403);
    QTRY_VERIFY2(status().contains(QStringLiteral("Verify token mismatch")), qPrintable(status()));
    QCOMPARE(meta.verify(phoneNumberId, otherVerifyToken, QStringLiteral("3")), 200);
    QTRY_VERIFY2(status().startsWith(QStringLiteral("Meta verified")), qPrintable(status()));

    // Renamed on the first page: the channel saved under the old name does not linger.
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(ChannelSetupWizard::KindPage));
    // The channel saved by this wizard is its own, not an existing one it would update.
    typeInto(edit(QStringLiteral("channelNameLineEdit")), QStringLiteral("Wizard Back"));
    QCOMPARE(find<QLabel>(QStringLiteral("channelNameMessageLabel"))->text(),
             QStringLiteral("Channel ID: wizard-back"));
    typeInto(edit(QStringLiteral("channelNameLineEdit")), QStringLiteral("Wizard Renamed"));
    next();
    fillCredentials();
    waitUntilServed(QStringLiteral("wizard-renamed"));
    QTRY_COMPARE(m_desk->channels().size(), 1);
    QCOMPARE(m_desk->channels().constFirst().id, QStringLiteral("wizard-renamed"));
    // Its secrets go first, so they are gone once its row is.
    QCOMPARE(TestEnvironment::waitFor(
                 m_desk->readSecret(QStringLiteral("wizard-back"), CloudApiFields::verifyToken()))
                 .code,
             SecretResult::Code::NotFound);
}

void TestChannelSetupWizardPageWebhook::testCancelAsksToKeepOrRemove()
{
    goToWebhookPage(QStringLiteral("Wizard Cancel"));
    const QString id = QStringLiteral("wizard-cancel");
    waitUntilServed(id);
    QSignalSpy finished(m_wizard.get(), &QDialog::finished);
    QSignalSpy saved(m_wizard.get(), &ChannelSetupWizard::channelSaved);

    // Cancel in the question: back to the page, the channel untouched.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(button(QWizard::CancelButton), Qt::LeftButton);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(finished.isEmpty());
    QVERIFY(m_wizard->isVisible());
    QVERIFY(m_desk->channel(id));

    // Discard: the channel and its secrets are removed before the wizard closes.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::mouseClick(button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.constFirst().constFirst().toInt(), int(QDialog::Rejected));
    QVERIFY(saved.isEmpty());
    QVERIFY(!m_desk->channel(id));
    QCOMPARE(TestEnvironment::waitFor(m_desk->readSecret(id, CloudApiFields::verifyToken())).code,
             SecretResult::Code::NotFound);

    // Save keeps it, and the window shows it as for Finish.
    m_wizard = std::make_unique<ChannelSetupWizard>(m_desk.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    goToWebhookPage(QStringLiteral("Wizard Cancel"));
    waitUntilServed(id);
    QSignalSpy keptFinished(m_wizard.get(), &QDialog::finished);
    QSignalSpy kept(m_wizard.get(), &ChannelSetupWizard::channelSaved);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QTest::mouseClick(button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_COMPARE(keptFinished.size(), 1);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().constFirst().toString(), id);
    QVERIFY(m_desk->channel(id));
    QCOMPARE(storedSecret(id, CloudApiFields::verifyToken()), TestEnvironment::verifyToken());
}

void TestChannelSetupWizardPageWebhook::testCopyButtonsSayCopied()
{
    goToWebhookPage(QStringLiteral("Wizard Copy"));
    waitUntilServed(QStringLiteral("wizard-copy"));
    const struct
    {
        const char* button;
        const char* field;
    } copies[] = {{"copyWebhookUrlButton", "webhookUrlLineEdit"},
                  {"copyWebhookVerifyTokenButton", "webhookVerifyTokenLineEdit"}};
    for (const auto& copy : copies) {
        auto* copyButton = find<QPushButton>(QLatin1String(copy.button));
        const QString label = copyButton->text();
        auto* feedback = copyButton->findChild<CopyButtonFeedback*>();
        QVERIFY(feedback);
        feedback->setFeedbackMs(150);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copyButton, Qt::LeftButton);
        const QString expected = edit(QLatin1String(copy.field))->text();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QCOMPARE(copyButton->text(), QStringLiteral("Copied"));
        QVERIFY(feedback->isShowingFeedback());
        QTRY_COMPARE(copyButton->text(), label);
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), TestEnvironment::verifyToken());
}

QTEST_MAIN(TestChannelSetupWizardPageWebhook)
#include "TestChannelSetupWizardPageWebhook.moc"
