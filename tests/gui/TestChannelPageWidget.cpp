// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelPageWidget.h"
#include "FieldMessageLabel.h"
#include "ForwardTargetDialog.h"
#include "MessageBox.h"
#include "PairingWidget.h"

#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "desk/LocalDesk.h"
#include "util/SecretMask.h"

#include "FakeGraphApiServer.h"
#include "LocalDeskFixture.h"
#include "TestEnvironment.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
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
    void testForwardTargetIsChangedThroughDialog();
    void testRecordedEventIsShown();
    void testLinkedChannelFollowsItsSession();
    void testLinkedForwardSecretIsMaskedAndCopied();
    void testCopiedLineClearsItself();

private:
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_page->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    void save(const ChannelDraft& draft);
    ForwardTargetDialog* openForwardDialog();
    static void typeInto(QLineEdit* lineEdit, const QString& text);
    ChannelDraft cloudChannel() const;

    FakeGraphApiServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    LocalDeskFixture m_desk;
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
    // No gateway runs in these tests: a linked channel gets no session, only the problem.
    QVERIFY2(m_desk.open(m_dataDir->path(), LocalDeskFixture::withoutGateways()),
             qPrintable(m_desk.errorString()));
    m_page = std::make_unique<ChannelPageWidget>(m_desk.get());
    m_page->resize(900, 1200);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestChannelPageWidget::cleanup()
{
    m_page.reset();
    m_desk.reset();
    m_dataDir.reset();
}

void TestChannelPageWidget::save(const ChannelDraft& draft)
{
    QVERIFY2(m_desk.save({draft}), qPrintable(m_desk.errorString()));
}

ForwardTargetDialog* TestChannelPageWidget::openForwardDialog()
{
    QTest::mouseClick(find<QPushButton>(QStringLiteral("changeForwardButton")), Qt::LeftButton);
    // A dialog closed before may still wait for its deferred deletion: take the one that is shown.
    for (ForwardTargetDialog* dialog : m_page->findChildren<ForwardTargetDialog*>()) {
        if (dialog->isVisible())
            return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }
    return nullptr;
}

void TestChannelPageWidget::typeInto(QLineEdit* lineEdit, const QString& text)
{
    lineEdit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(lineEdit, Qt::Key_Backspace);
    else
        QTest::keyClicks(lineEdit, text);
    QCOMPARE(lineEdit->text(), text);
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

void TestChannelPageWidget::testForwardTargetIsChangedThroughDialog()
{
    using namespace CloudApiFields;
    save(cloudChannel());
    m_page->setChannel(QStringLiteral("support"));
    auto* urlValue = find<QLabel>(QStringLiteral("forwardUrlValueLabel"));
    auto* timeoutValue = find<QLabel>(QStringLiteral("forwardTimeoutValueLabel"));
    QVERIFY(urlValue->isVisible());
    QCOMPARE(urlValue->text(), QStringLiteral("not forwarded"));
    QCOMPARE(timeoutValue->text(), QStringLiteral("10000 ms (default)"));

    ForwardTargetDialog* dialog = openForwardDialog();
    QVERIFY(dialog);
    auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("urlLineEdit"));
    auto* urlMessage = dialog->findChild<QLabel*>(QStringLiteral("urlMessageLabel"));
    auto* timeout = dialog->findChild<QLineEdit*>(QStringLiteral("timeoutLineEdit"));
    QPushButton* saveButton = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(url && urlMessage && timeout && saveButton);
    QCOMPARE(url->text(), QString());
    QVERIFY(saveButton->isEnabled()); // empty: no forwarding, a valid choice

    typeInto(url, QStringLiteral("http://bot.example.com/webhooks/whatsapp"));
    QVERIFY2(urlMessage->text().startsWith(QStringLiteral("Warning: ")), qPrintable(urlMessage->text()));
    QVERIFY(saveButton->isEnabled());
    typeInto(url, QStringLiteral("ftp://bot.example.com/webhooks/whatsapp"));
    QVERIFY2(urlMessage->text().startsWith(QStringLiteral("Error: ")), qPrintable(urlMessage->text()));
    QVERIFY(!saveButton->isEnabled());
    QTest::keyClick(url, Qt::Key_Return); // the default button is off: nothing is saved
    QVERIFY(dialog->isVisible());
    typeInto(url, QStringLiteral("https://bot.example.com/webhooks/whatsapp"));
    QVERIFY(urlMessage->isHidden());
    typeInto(timeout, QStringLiteral("99"));
    QVERIFY(!saveButton->isEnabled());
    typeInto(timeout, QStringLiteral("5000"));
    QVERIFY(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);

    QTRY_COMPARE(m_desk->channel(QStringLiteral("support"))->field(forwardUrl()),
                 QStringLiteral("https://bot.example.com/webhooks/whatsapp"));
    const auto channel = m_desk->channel(QStringLiteral("support"));
    QCOMPARE(channel->field(forwardTimeoutMs()), QStringLiteral("5000"));
    // The rest of the channel is kept as it was.
    QCOMPARE(channel->field(phoneNumberId()), FakeGraphApiServer::phoneNumberId());
    QCOMPARE(m_desk.secrets()->value(QStringLiteral("support"), accessToken()),
             FakeGraphApiServer::validToken());
    QTRY_COMPARE(urlValue->text(), QStringLiteral("https://bot.example.com/webhooks/whatsapp"));
    QCOMPARE(timeoutValue->text(), QStringLiteral("5000 ms"));
    QTRY_VERIFY(find<QLabel>(QStringLiteral("forwardMessageLabel"))
                    ->text()
                    .contains(QStringLiteral("now passed on")));

    // Emptied again: the fields are dropped, not stored empty.
    QTRY_VERIFY(find<QPushButton>(QStringLiteral("changeForwardButton"))->isEnabled());
    dialog = openForwardDialog();
    QVERIFY(dialog);
    url = dialog->findChild<QLineEdit*>(QStringLiteral("urlLineEdit"));
    timeout = dialog->findChild<QLineEdit*>(QStringLiteral("timeoutLineEdit"));
    QCOMPARE(url->text(), QStringLiteral("https://bot.example.com/webhooks/whatsapp"));
    QCOMPARE(timeout->text(), QStringLiteral("5000"));
    typeInto(url, QString());
    typeInto(timeout, QString());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_desk->channel(QStringLiteral("support"))->fields.contains(forwardUrl()));
    QVERIFY(!m_desk->channel(QStringLiteral("support"))->fields.contains(forwardTimeoutMs()));
    QTRY_COMPARE(urlValue->text(), QStringLiteral("not forwarded"));
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
    // Linked channels forward too, with a signing secret of their own.
    QVERIFY(find<QWidget>(QStringLiteral("forwardGroupBox"))->isVisible());
    QVERIFY(find<QWidget>(QStringLiteral("forwardSecretLineEdit"))->isVisible());
    // What the Desk reports about the channel's session is said where the code would be.
    auto* detail = pairing->findChild<QLabel*>(QStringLiteral("stateDetailLabel"));
    QTRY_VERIFY2(detail->text().contains(QStringLiteral("carrier-pigeon")), qPrintable(detail->text()));
    // Shown before the channel existed, so its key is read again now.
    m_page->reloadSecrets();
    QTRY_COMPARE(find<QLabel>(QStringLiteral("apiKeyValueLabel"))->text(),
                 SecretMask::mask(QStringLiteral("waha-key")));
}

void TestChannelPageWidget::testLinkedForwardSecretIsMaskedAndCopied()
{
    const QString secret = QStringLiteral("5e1f0a9c3b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5f7b9d2a4c6e8f0b1d");
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("phone");
    draft.channel.name = QStringLiteral("Phone");
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(LinkedFields::gateway(), QStringLiteral("waha"));
    draft.channel.fields.insert(LinkedFields::baseUrl(), QStringLiteral("http://127.0.0.1:1"));
    draft.channel.fields.insert(LinkedFields::forwardUrl(), QStringLiteral("http://127.0.0.1:3000/waha"));
    draft.secrets.insert(LinkedFields::apiKey(), QStringLiteral("waha-key"));
    draft.secrets.insert(LinkedFields::forwardSecret(), secret);
    save(draft);
    m_page->setChannel(QStringLiteral("phone"));
    QCOMPARE(find<QLabel>(QStringLiteral("forwardUrlValueLabel"))->text(),
             QStringLiteral("http://127.0.0.1:3000/waha"));
    auto* secretEdit = find<QLineEdit>(QStringLiteral("forwardSecretLineEdit"));
    QTRY_COMPARE(secretEdit->text(), secret);
    QCOMPARE(secretEdit->echoMode(), QLineEdit::Password); // masked
    QVERIFY(secretEdit->displayText() != secret);
    auto* copy = find<QPushButton>(QStringLiteral("copyForwardSecretButton"));
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    // Regenerate… asks first, then keeps a new random secret in the keychain and shows it.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("regenerateForwardSecretButton")), Qt::LeftButton);
    QTRY_VERIFY(secretEdit->text() != secret && secretEdit->text().size() == 64);
    auto read = m_desk->readSecret(QStringLiteral("phone"), LinkedFields::forwardSecret());
    QTRY_VERIFY(read.isFinished());
    QCOMPARE(read.result().value, secretEdit->text());
}

void TestChannelPageWidget::testCopiedLineClearsItself()
{
    ChannelDraft draft = cloudChannel();
    draft.channel.fields.insert(CloudApiFields::publicBaseUrl(), QStringLiteral("https://bot.example.com"));
    save(draft);
    m_page->setChannel(QStringLiteral("support"));
    auto* message = find<FieldMessageLabel>(QStringLiteral("webhookMessageLabel"));
    QCOMPARE(message->briefMs(), int(FieldMessageLabel::kDefaultBriefMs));
    // Short, so the test does not sit out the real few seconds; QTRY waits for the clearing itself.
    message->setBriefMs(150);
    QGuiApplication::clipboard()->clear();

    find<QPushButton>(QStringLiteral("copyWebhookUrlButton"))->click();
    const QString url = find<QLineEdit>(QStringLiteral("webhookUrlLineEdit"))->text();
    QCOMPARE(url, QStringLiteral("https://bot.example.com/webhooks/whatsapp/106540352242922"));
    QCOMPARE(QGuiApplication::clipboard()->text(), url);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Callback URL copied to the clipboard."));
    QTRY_VERIFY(message->isHidden());
    QVERIFY(message->text().isEmpty());

    // The verify token comes from the keychain first; its line clears the same way.
    find<QPushButton>(QStringLiteral("copyVerifyTokenButton"))->click();
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), TestEnvironment::verifyToken());
    QCOMPARE(message->text(), QStringLiteral("Verify token copied to the clipboard."));
    QTRY_VERIFY(message->isHidden());

    // A problem is not a confirmation: it stays until something replaces it.
    find<QPushButton>(QStringLiteral("copyWebhookUrlButton"))->click();
    QVERIFY(message->isBrief());
    m_desk.secrets()->setFailure(SecretResult::Code::NoBackend);
    find<QPushButton>(QStringLiteral("copyVerifyTokenButton"))->click();
    QTRY_VERIFY(message->text().startsWith(QStringLiteral("Error: ")));
    QVERIFY(message->isVisible());
    QVERIFY(!message->isBrief());
}

QTEST_MAIN(TestChannelPageWidget)
#include "TestChannelPageWidget.moc"
