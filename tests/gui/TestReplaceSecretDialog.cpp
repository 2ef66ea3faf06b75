// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplaceSecretDialog.h"

#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"

#include "TestEnvironment.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>

using namespace ChannelDesk;

class TestReplaceSecretDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testValidation_data();
    void testValidation();
    void testGatewayKeyWording();
    void testGenerateOnlyForVerifyToken();
    void testShowHide();
};

void TestReplaceSecretDialog::initTestCase()
{
    TestEnvironment::init();
}

void TestReplaceSecretDialog::testValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedStart");
    QTest::addColumn<bool>("okEnabled");

    using namespace CloudApiFields;
    QTest::newRow("app secret 31 characters") << appSecret() << "0123456789abcdef0123456789abcde"
                                              << "Error: The App Secret is exactly 32 characters" << false;
    QTest::newRow("app secret valid") << appSecret() << "0123456789abcdef0123456789abcdef"
                                      << "" << true;
    QTest::newRow("token without EAA") << accessToken() << "ABCD1234567890abcdefghijklmnopqrstuvwxyz"
                                       << "Warning: Meta access tokens start with" << true;
    QTest::newRow("token with space") << accessToken() << "EAA_12345678901234567890 1234567890abc"
                                      << "Error: The token contains a space" << false;
    QTest::newRow("verify token short") << verifyToken() << "abc"
                                        << "Warning: A verify token of 3 characters" << true;
    QTest::newRow("gateway key with space") << LinkedFields::apiKey() << "waha key"
                                            << "Error: The key contains a space" << false;
    QTest::newRow("gateway key valid") << LinkedFields::apiKey() << "waha-fake-key+/=0123"
                                       << "" << true;
}

void TestReplaceSecretDialog::testValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, expectedStart);
    QFETCH(bool, okEnabled);

    ReplaceSecretDialog dialog(field, QStringLiteral("Support"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("secretMessageLabel"));
    QPushButton* ok
        = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!message->isVisible());

    QTest::keyClicks(edit, input);
    QCOMPARE(ok->isEnabled(), okEnabled);
    if (expectedStart.isEmpty()) {
        QVERIFY(!message->isVisible());
    } else {
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith(expectedStart), qPrintable(message->text()));
    }
    QCOMPARE(dialog.secret(), input);

    // Emptying the field is an error again.
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!ok->isEnabled());
    QVERIFY(message->text().startsWith(QStringLiteral("Error: ")));
}

void TestReplaceSecretDialog::testGatewayKeyWording()
{
    ReplaceSecretDialog dialog(LinkedFields::apiKey(), QStringLiteral("Phone Bot"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Replace API key of Phone Bot"));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("explanationLabel"))
                ->text()
                .contains(QStringLiteral("WAHA_API_KEY")));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("generateButton"))->isVisibleTo(&dialog));
}

void TestReplaceSecretDialog::testGenerateOnlyForVerifyToken()
{
    ReplaceSecretDialog tokenDialog(CloudApiFields::accessToken(), QStringLiteral("Support"));
    tokenDialog.show();
    QVERIFY(!tokenDialog.findChild<QPushButton*>(QStringLiteral("generateButton"))->isVisible());

    ReplaceSecretDialog dialog(CloudApiFields::verifyToken(), QStringLiteral("Support"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* generate = dialog.findChild<QPushButton*>(QStringLiteral("generateButton"));
    QVERIFY(generate->isVisible());
    QTest::mouseClick(generate, Qt::LeftButton);
    QVERIFY(dialog.secret().size() >= 32);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(dialog.secret()).hasMatch());
    QVERIFY(dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                ->button(QDialogButtonBox::Ok)
                ->isEnabled());
}

void TestReplaceSecretDialog::testShowHide()
{
    ReplaceSecretDialog dialog(CloudApiFields::appSecret(), QStringLiteral("Support"));
    dialog.show();
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    auto* toggle = dialog.findChild<QToolButton*>(QStringLiteral("showSecretButton"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

QTEST_MAIN(TestReplaceSecretDialog)
#include "TestReplaceSecretDialog.moc"
