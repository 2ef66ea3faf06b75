// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendSettingsDialog.h"

#include "store/MessageStore.h"
#include "store/OutboundStore.h"
#include "util/DataDirectory.h"
#include "webhook/WebhookPayloadParser.h"
#include "settings/Settings.h"

#include "JournaledBuilder.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestSendSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testValidationAndDefaults();
    void testSavedWordsReachTheRunningReceiverStore();
};

void TestSendSettingsDialog::testValidationAndDefaults()
{
    SendSettingsDialog dialog(SendLimits{}, OptOutWords{});
    auto* minute = dialog.findChild<QSpinBox*>(QStringLiteral("perMinuteSpin"));
    auto* hour = dialog.findChild<QSpinBox*>(QStringLiteral("perHourSpin"));
    auto* ok = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto* limitsMessage = dialog.findChild<QLabel*>(QStringLiteral("limitsMessageLabel"));
    QCOMPARE(minute->value(), 10);
    QCOMPARE(hour->value(), 100);
    QCOMPARE(dialog.findChild<QSpinBox*>(QStringLiteral("perDaySpin"))->value(), 1000);
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("optOutEdit"))->text(),
             QStringLiteral("STOP, UNSUBSCRIBE"));
    QVERIFY(ok->isEnabled());
    hour->setValue(5);
    QVERIFY(!ok->isEnabled());
    QVERIFY(limitsMessage->text().contains(QLatin1String("at least 10")));
    hour->setValue(60);
    minute->setValue(30);
    QVERIFY(ok->isEnabled());
    QVERIFY(limitsMessage->text().contains(QLatin1String("131056")));
    dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::RestoreDefaults)
        ->click();
    QCOMPARE(minute->value(), 10);
    QCOMPARE(hour->value(), 100);
}

void TestSendSettingsDialog::testSavedWordsReachTheRunningReceiverStore()
{
    QTemporaryDir dir;
    const QString path = DataDirectory::databasePath(dir.path());
    JournaledBuilder store(path); // as the receiver holds it, created before the setting changes
    auto deliver = [&](const QString& id, const QString& text) {
        const QByteArray body
            = WebhookClient::textMessage(QStringLiteral("200000000000002"), id, QStringLiteral("15557654321"),
                                         QStringLiteral("Ana"), text, QDateTime::currentDateTimeUtc());
        QVERIFY(store
                    .commit({Delivery{QStringLiteral("support"), QDateTime::currentDateTimeUtc(), body,
                                      WebhookPayloadParser::parse(body).value()}})
                    .ok());
    };
    deliver(QStringLiteral("wamid.1"), QStringLiteral("hello"));

    SendSettingsDialog dialog(SendLimits{}, OptOutWords{});
    dialog.findChild<QLineEdit*>(QStringLiteral("optOutEdit"))->setText(QStringLiteral("PARAR, stop"));
    dialog.findChild<QSpinBox*>(QStringLiteral("perDaySpin"))->setValue(250);
    {
        Settings settings(dir.path());
        QVERIFY(settings.setSendLimits(dialog.limits()).ok());
        QVERIFY(settings.setOptOutWords(dialog.words()).ok());
    }
    const Settings reread(dir.path());
    QCOMPARE(reread.sendLimits().perDay, 250);
    QCOMPARE(reread.optOutWords().words(), (QStringList{QStringLiteral("PARAR"), QStringLiteral("stop")}));
    // What the owner of the settings passes on to the running receiver when they change.
    store.projection().setOptOutWords(reread.optOutWords());

    deliver(QStringLiteral("wamid.2"), QStringLiteral("Parar"));
    QCOMPARE(OutboundStore(path).isOptedOut(QStringLiteral("support"), QStringLiteral("15557654321")).value(),
             true);
}

QTEST_MAIN(TestSendSettingsDialog)
#include "TestSendSettingsDialog.moc"
