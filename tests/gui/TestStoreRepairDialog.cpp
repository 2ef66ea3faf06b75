// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The dialog the window shows instead of the console when the store is damaged.
#include "StoreRepairDialog.h"

#include "channels/ChannelRepository.h"
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "store/StoreDiagnosis.h"
#include "util/DataDirectory.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestStoreRepairDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testRepairOpensTheConsole();
    void testQuit();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    StoreProblem m_problem;
};

void TestStoreRepairDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = DataDirectory::databasePath(m_dir->path());
    Channel support{QStringLiteral("support"),
                    QStringLiteral("Support"),
                    ChannelKinds::whatsAppCloud(),
                    true,
                    QJsonObject{{QStringLiteral("phone_number_id"), QStringLiteral("200000000000002")}},
                    {},
                    {}};
    QVERIFY(ChannelRepository(m_store).saveAll({{support, {}}}).ok());
    QList<JournalEntry> entries;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 40; ++i)
        entries.append(
            {0, QStringLiteral("support"), now,
             WebhookClient::textMessage(QStringLiteral("200000000000002"), QStringLiteral("wamid.%1").arg(i),
                                        QStringLiteral("15550001234"), QStringLiteral("Ana"),
                                        QStringLiteral("hello %1").arg(i), now)});
    {
        DeliveryJournal journal(DataDirectory::journalPath(m_dir->path()));
        QVERIFY(journal.append(entries).ok());
    }
    Database::close(m_store);
    QFile store(m_store);
    QVERIFY(store.open(QIODevice::ReadWrite));
    QCOMPARE(store.write(QByteArray(100, '\x07')), qint64(100));
    store.close();
    m_problem = StoreDiagnosis::checkDataDirectory(m_dir->path());
    QVERIFY(m_problem.repairable());
}

void TestStoreRepairDialog::cleanup()
{
    Database::close(m_store);
    m_dir.reset();
}

void TestStoreRepairDialog::testRepairOpensTheConsole()
{
    StoreRepairDialog dialog(m_dir->path(), m_problem.message);
    dialog.show();
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
    QVERIFY(problem);
    QVERIFY(problem->text().contains(QLatin1String("is damaged")));
    auto* repair = dialog.findChild<QPushButton*>(QStringLiteral("repairButton"));
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"));
    QVERIFY(repair && cancel);
    QVERIFY(repair->isVisible());
    QVERIFY(!cancel->isVisible());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(repair, Qt::LeftButton);
    // The UI thread is free while the repair runs.
    QVERIFY(dialog.isRepairing() || accepted.count() == 1);
    QVERIFY(accepted.count() == 1 || accepted.wait(60000));
    QVERIFY(dialog.reportLines().join(QLatin1Char(' ')).contains(QLatin1String("moved aside")));

    auto db = Database::open(m_store);
    QVERIFY(db.ok());
    QSqlQuery query(db.value());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM messages")) && query.next());
    QCOMPARE(query.value(0).toInt(), 40);
    QCOMPARE(ChannelRepository(m_store).loadAll().value().size(), 1);
}

void TestStoreRepairDialog::testQuit()
{
    StoreRepairDialog dialog(m_dir->path(), m_problem.message);
    dialog.show();
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("quitButton")), Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    // Nothing was moved.
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
}

QTEST_MAIN(TestStoreRepairDialog)
#include "TestStoreRepairDialog.moc"
