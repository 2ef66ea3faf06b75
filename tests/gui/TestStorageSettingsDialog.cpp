// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageSettingsDialog.h"

#include "settings/Settings.h"
#include "TestEnvironment.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace ChannelDesk;

class TestStorageSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testValidationAndDefaults();
    void testDiskUsageAndLowWarning();
    void testRetentionIsSavedInSettings();
};

void TestStorageSettingsDialog::testValidationAndDefaults()
{
    StorageSettingsDialog dialog(RetentionSettings{});
    auto* journal = dialog.findChild<QLineEdit*>(QStringLiteral("journalDaysEdit"));
    auto* messages = dialog.findChild<QLineEdit*>(QStringLiteral("messageDaysEdit"));
    auto* journalMessage = dialog.findChild<QLabel*>(QStringLiteral("journalDaysMessageLabel"));
    auto* messagesMessage = dialog.findChild<QLabel*>(QStringLiteral("messageDaysMessageLabel"));
    auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    QCOMPARE(journal->text(), QStringLiteral("30"));
    QCOMPARE(messages->text(), QStringLiteral("0"));
    QVERIFY(ok->isEnabled());

    journal->clear();
    QTest::keyClicks(journal, QStringLiteral("0"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(journalMessage->text().contains(QLatin1String("from 1 to")), qPrintable(journalMessage->text()));
    journal->clear();
    QTest::keyClicks(journal, QStringLiteral("7"));
    QVERIFY(ok->isEnabled());
    QVERIFY(journalMessage->text().isEmpty());

    messages->clear();
    QTest::keyClicks(messages, QStringLiteral("abc"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(messagesMessage->text().contains(QLatin1String("or 0")), qPrintable(messagesMessage->text()));
    messages->clear();
    QTest::keyClicks(messages, QStringLiteral("90"));
    QVERIFY(ok->isEnabled());
    // Pruning messages cannot be undone: the dialog says so and points at the export.
    QVERIFY2(messagesMessage->text().contains(QLatin1String("channeldesk export")),
             qPrintable(messagesMessage->text()));
    QCOMPARE(dialog.retention(), (RetentionSettings{7, 90}));

    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.retention(), RetentionSettings{});
}

void TestStorageSettingsDialog::testDiskUsageAndLowWarning()
{
    StorageSettingsDialog dialog(RetentionSettings{});
    auto* usageLabel = dialog.findChild<QLabel*>(QStringLiteral("diskUsageLabel"));
    auto* warning = dialog.findChild<QLabel*>(QStringLiteral("diskWarningLabel"));
    DiskUsage usage;
    usage.valid = true;
    usage.directory = QStringLiteral("/srv/channeldesk");
    usage.files = {{QStringLiteral("channeldesk.sqlite"), 4096},
                   {QStringLiteral("delivery-journal.sqlite"), 3 * 1024 * 1024}};
    usage.freeBytes = qint64(50) * 1024 * 1024 * 1024;
    usage.totalBytes = qint64(100) * 1024 * 1024 * 1024;
    dialog.setDiskUsage(usage);
    QVERIFY2(usageLabel->text().contains(QLatin1String("delivery-journal.sqlite")),
             qPrintable(usageLabel->text()));
    QVERIFY(warning->text().isEmpty());

    usage.freeBytes = 200 * 1024 * 1024;
    usage.low = true;
    dialog.setDiskUsage(usage);
    QVERIFY2(warning->text().contains(QLatin1String("/srv/channeldesk")), qPrintable(warning->text()));
}

void TestStorageSettingsDialog::testRetentionIsSavedInSettings()
{
    const auto settings = Settings::createTemporary();
    QSignalSpy changed(settings.get(), &Settings::changed);
    QVERIFY(settings->setRetention(RetentionSettings{14, 365}).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<Settings::Section>(), Settings::Section::Retention);
    const Settings reread(QFileInfo(settings->fileName()).absolutePath());
    QCOMPARE(reread.retention(), (RetentionSettings{14, 365}));
}

QTEST_MAIN(TestStorageSettingsDialog)
#include "TestStorageSettingsDialog.moc"
