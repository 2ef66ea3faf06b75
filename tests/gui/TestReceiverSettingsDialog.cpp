// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiverSettingsDialog.h"

#include "TestEnvironment.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace ChannelDesk;

class TestReceiverSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testShowsSettings();
    void testInlineValidation_data();
    void testInlineValidation();
    void testOffSkipsValidation();
    void testKeepsWhatOnlyTheFileSets();

private:
    template <typename T> static T* find(QDialog& dialog, const QString& name)
    {
        T* widget = dialog.findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    static QPushButton* okButton(QDialog& dialog)
    {
        return find<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    }
};

void TestReceiverSettingsDialog::testShowsSettings()
{
    ReceiverSettings defaults;
    QVERIFY(defaults.enabled);
    QCOMPARE(defaults.listen, QStringLiteral("127.0.0.1:8645"));
    ReceiverSettingsDialog dialog(ReceiverSettings{});
    QVERIFY(find<QCheckBox>(dialog, QStringLiteral("enabledCheckBox"))->isChecked());
    QCOMPARE(find<QLineEdit>(dialog, QStringLiteral("listenLineEdit"))->text(),
             QStringLiteral("127.0.0.1:8645"));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!find<QLabel>(dialog, QStringLiteral("listenMessageLabel"))->isVisibleTo(&dialog));
}

void TestReceiverSettingsDialog::testKeepsWhatOnlyTheFileSets()
{
    ReceiverSettings fromFile;
    // settings.ini only; the dialog has no fields for them
    fromFile.headerTimeoutSeconds = 9;
    fromFile.unverifiedBodyMiB = 256;
    fromFile.unverifiedBodyPerAddressMiB = 40;
    ReceiverSettingsDialog dialog(fromFile);
    find<QCheckBox>(dialog, QStringLiteral("enabledCheckBox"))->setChecked(false);
    QCOMPARE(dialog.settings().headerTimeoutSeconds, 9);
    QCOMPARE(dialog.settings().unverifiedBodyMiB, 256);
    QCOMPARE(dialog.settings().unverifiedBodyPerAddressMiB, 40);
    QVERIFY(!dialog.settings().enabled);
}

void TestReceiverSettingsDialog::testInlineValidation_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("message");
    QTest::newRow("default") << QStringLiteral("127.0.0.1:8645") << true << QString();
    QTest::newRow("IPv6 loopback") << QStringLiteral("[::1]:8645") << true << QString();
    QTest::newRow("spaces around") << QStringLiteral(" 127.0.0.1:9000 ") << true << QString();
    QTest::newRow("every interface") << QStringLiteral("0.0.0.0:8645") << true
                                     << QStringLiteral("Warning: Other machines can reach this address");
    QTest::newRow("privileged port") << QStringLiteral("127.0.0.1:80") << true
                                     << QStringLiteral("Warning: Ports below 1024");
    QTest::newRow("empty") << QString() << false << QStringLiteral("Error: Enter an address and port");
    QTest::newRow("no port") << QStringLiteral("127.0.0.1") << false
                             << QStringLiteral("Error: Write it as HOST:PORT");
    QTest::newRow("port too big") << QStringLiteral("127.0.0.1:70000") << false
                                  << QStringLiteral("Error: Write it as HOST:PORT");
    QTest::newRow("port zero") << QStringLiteral("127.0.0.1:0") << false
                               << QStringLiteral("Error: Choose a port from 1 to 65535");
    QTest::newRow("host name") << QStringLiteral("localhost:8645") << false
                               << QStringLiteral("Error: “localhost” is not an IP address");
    QTest::newRow("URL") << QStringLiteral("http://127.0.0.1:8645") << false << QStringLiteral("Error: ");
}

void TestReceiverSettingsDialog::testInlineValidation()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(QString, message);
    ReceiverSettingsDialog dialog(ReceiverSettings{});
    dialog.show();
    auto* edit = find<QLineEdit>(dialog, QStringLiteral("listenLineEdit"));
    auto* label = find<QLabel>(dialog, QStringLiteral("listenMessageLabel"));
    edit->clear();
    QTest::keyClicks(edit, typed);
    QCOMPARE(okButton(dialog)->isEnabled(), accepted);
    if (message.isEmpty()) {
        QVERIFY2(!label->isVisible(), qPrintable(label->text()));
    } else {
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(message), qPrintable(label->text()));
    }
    if (accepted)
        QCOMPARE(dialog.settings().listen, typed.trimmed());
}

void TestReceiverSettingsDialog::testOffSkipsValidation()
{
    ReceiverSettingsDialog dialog(ReceiverSettings{});
    dialog.show();
    auto* edit = find<QLineEdit>(dialog, QStringLiteral("listenLineEdit"));
    auto* enabled = find<QCheckBox>(dialog, QStringLiteral("enabledCheckBox"));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("nonsense"));
    QVERIFY(!okButton(dialog)->isEnabled());
    // On the box itself: the check box may be wider than its text.
    const QPoint indicator(6, enabled->height() / 2);
    QTest::mouseClick(enabled, Qt::LeftButton, {}, indicator);
    QVERIFY(!enabled->isChecked());
    QVERIFY(!edit->isEnabled());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!find<QLabel>(dialog, QStringLiteral("listenMessageLabel"))->isVisible());
    QCOMPARE(dialog.settings().enabled, false);
    QTest::mouseClick(enabled, Qt::LeftButton, {}, indicator);
    QVERIFY(!okButton(dialog)->isEnabled());
}

QTEST_MAIN(TestReceiverSettingsDialog)
#include "TestReceiverSettingsDialog.moc"
