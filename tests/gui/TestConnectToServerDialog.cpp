// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectToServerDialog.h"
#include "FieldMessageLabel.h"

#include "TestEnvironment.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ChannelDesk;

class TestConnectToServerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testStartsWithoutMessages();
    void testBadAddressIsExplained_data();
    void testBadAddressIsExplained();
    void testKeyMustStartWithPrefix_data();
    void testKeyMustStartWithPrefix();
    void testOkNeedsBothFields();
    void testValuesReturned();
    void testPrefilledServer();

private:
    struct Form
    {
        QLineEdit* server;
        FieldMessageLabel* serverMessage;
        QLineEdit* key;
        FieldMessageLabel* keyMessage;
        QPushButton* ok;
    };
    static Form formOf(ConnectToServerDialog& dialog)
    {
        auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        return {dialog.findChild<QLineEdit*>(QStringLiteral("serverLineEdit")),
                dialog.findChild<FieldMessageLabel*>(QStringLiteral("serverMessageLabel")),
                dialog.findChild<QLineEdit*>(QStringLiteral("keyLineEdit")),
                dialog.findChild<FieldMessageLabel*>(QStringLiteral("keyMessageLabel")),
                buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr};
    }
};

void TestConnectToServerDialog::initTestCase()
{
    TestEnvironment::init();
}

void TestConnectToServerDialog::testStartsWithoutMessages()
{
    ConnectToServerDialog dialog;
    const Form form = formOf(dialog);
    QVERIFY(form.server && form.serverMessage && form.key && form.keyMessage && form.ok);
    QVERIFY(form.serverMessage->text().isEmpty());
    QVERIFY(form.keyMessage->text().isEmpty());
    QVERIFY(!form.ok->isEnabled());
    QCOMPARE(form.key->echoMode(), QLineEdit::Password);
}

void TestConnectToServerDialog::testBadAddressIsExplained_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("spaces inside") << QStringLiteral("desk example com");
    QTest::newRow("ftp scheme") << QStringLiteral("ftp://desk.example.com");
    QTest::newRow("port out of range") << QStringLiteral("desk.example.com:99999");
}

void TestConnectToServerDialog::testBadAddressIsExplained()
{
    QFETCH(QString, address);
    ConnectToServerDialog dialog;
    const Form form = formOf(dialog);
    form.key->setText(QStringLiteral("cdk_0123456789abcdef"));
    QTest::keyClicks(form.server, address);
    QCOMPARE(form.serverMessage->severity(), FieldCheck::Severity::Error);
    QVERIFY(!form.serverMessage->text().isEmpty());
    QVERIFY(!form.ok->isEnabled());
    QVERIFY(dialog.server().isEmpty());
}

void TestConnectToServerDialog::testKeyMustStartWithPrefix_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("proper key") << QStringLiteral("cdk_0123456789abcdef") << true;
    QTest::newRow("no prefix") << QStringLiteral("0123456789abcdef") << false;
    QTest::newRow("prefix only") << QStringLiteral("cdk_") << false;
    QTest::newRow("another product's token") << QStringLiteral("ghp_0123456789") << false;
}

void TestConnectToServerDialog::testKeyMustStartWithPrefix()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    ConnectToServerDialog dialog;
    const Form form = formOf(dialog);
    QTest::keyClicks(form.server, QStringLiteral("127.0.0.1:8646"));
    QTest::keyClicks(form.key, key);
    QCOMPARE(form.ok->isEnabled(), valid);
    if (valid) {
        QVERIFY(form.keyMessage->text().isEmpty());
    } else {
        QCOMPARE(form.keyMessage->severity(), FieldCheck::Severity::Error);
        QVERIFY2(form.keyMessage->text().contains(QStringLiteral("cdk_")),
                 qPrintable(form.keyMessage->text()));
    }
}

void TestConnectToServerDialog::testOkNeedsBothFields()
{
    ConnectToServerDialog dialog;
    const Form form = formOf(dialog);
    QTest::keyClicks(form.server, QStringLiteral("desk.example.com"));
    QVERIFY(!form.ok->isEnabled());
    QVERIFY(form.serverMessage->severity() != FieldCheck::Severity::Error);
    QTest::keyClicks(form.key, QStringLiteral("cdk_secret"));
    QVERIFY(form.ok->isEnabled());
    form.server->clear();
    QVERIFY(!form.ok->isEnabled());
    QVERIFY(form.serverMessage->text().isEmpty());
}

void TestConnectToServerDialog::testValuesReturned()
{
    ConnectToServerDialog dialog;
    const Form form = formOf(dialog);
    QTest::keyClicks(form.server, QStringLiteral("desk.example.com:9000"));
    QTest::keyClicks(form.key, QStringLiteral("cdk_secret"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(form.ok, Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.server().host(), QStringLiteral("desk.example.com"));
    QCOMPARE(dialog.server().port(), 9000);
    QCOMPARE(dialog.key(), QStringLiteral("cdk_secret"));
}

void TestConnectToServerDialog::testPrefilledServer()
{
    ConnectToServerDialog dialog;
    dialog.setServer(QUrl(QStringLiteral("http://127.0.0.1:8646")));
    const Form form = formOf(dialog);
    QCOMPARE(dialog.server(), QUrl(QStringLiteral("http://127.0.0.1:8646")));
    QVERIFY(!form.ok->isEnabled());
    QTest::keyClicks(form.key, QStringLiteral("cdk_secret"));
    QVERIFY(form.ok->isEnabled());
}

QTEST_MAIN(TestConnectToServerDialog)
#include "TestConnectToServerDialog.moc"
