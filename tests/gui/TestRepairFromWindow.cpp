// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Repair as the application runs it: ConsoleSession opening a damaged data directory offers the
// repair and opens the console on what it restored; File > Repair Data Directory… closes the desk,
// repairs and opens it again; a receiver in another process makes the repair refuse.
#include "ConsoleSession.h"

#include "channels/ChannelRepository.h"
#include "desk/Desk.h"
#include "desk/LocalDesk.h"
#include "remote/RemoteDesk.h"
#include "settings/Settings.h"
#include "store/Database.h"
#include "store/DeliveryJournal.h"
#include "util/DataDirectory.h"
#include "util/ReceiverLock.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "StoreRepairDialog.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QLockFile>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

constexpr int kMessages = 40;
constexpr int kRepairTimeoutMs = 60000;

StoreRepairDialog* repairDialog()
{
    for (QWidget* widget : QApplication::allWidgets())
        if (auto* dialog = qobject_cast<StoreRepairDialog*>(widget); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

} // namespace

class TestRepairFromWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testDamagedStoreIsOfferedRepairAtStart();
    void testMenuRepairOnHealthyDirectoryLosesNothing();
    void testMenuRepairRefusedWhileAnotherReceiverRuns();
    void testMenuRepairDisabledForServer();

private:
    void corruptStore();
    //! The channel list the window shows, and (built) the messages the Desk reads for the one
    //! conversation.
    void verifyRestored(ConsoleSession& session, bool built = true);
    //! What the box over the new window says the repair did.
    static QString repairReport(ConsoleSession& session);
    //! Waits until the session's window is a new one on a desk whose channels are loaded.
    bool waitForConsole(ConsoleSession& session, const QPointer<MainWindow>& before = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
};

void TestRepairFromWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = DataDirectory::databasePath(m_dir->path());
    Settings settings(m_dir->path());
    // The window's receiver listens on a free port, never on the real 8645.
    ReceiverSettings receiver = settings.receiver();
    receiver.listen = QStringLiteral("127.0.0.1:0");
    QVERIFY(settings.setReceiver(receiver).ok());
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
    for (int i = 0; i < kMessages; ++i)
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
}

void TestRepairFromWindow::cleanup()
{
    Database::close(m_store);
    m_dir.reset();
}

void TestRepairFromWindow::corruptStore()
{
    // Its header overwritten, as TestDataRepair does: SQLite no longer reads it as a database.
    QFile store(m_store);
    QVERIFY(store.open(QIODevice::ReadWrite));
    QCOMPARE(store.write(QByteArray(100, '\x07')), qint64(100));
}

bool TestRepairFromWindow::waitForConsole(ConsoleSession& session, const QPointer<MainWindow>& before)
{
    const bool opened = QTest::qWaitFor(
        [&] {
            return session.window() && session.window() != before.data() && session.desk()
                && session.desk()->isLoaded();
        },
        kRepairTimeoutMs);
    // The window's keychain probe must be answered before its desk may go: libsecret calls back
    // into a keychain job deleted with the desk. Jobs answer in order, so a second probe's answer
    // means the window's came first.
    if (opened)
        TestEnvironment::waitFor(session.desk()->probeKeychain());
    return opened;
}

QString TestRepairFromWindow::repairReport(ConsoleSession& session)
{
    auto* box = session.window()
        ? session.window()->findChild<QMessageBox*>(QStringLiteral("repairReportBox"))
        : nullptr;
    return box && box->isVisible() ? box->text() : QString();
}

void TestRepairFromWindow::verifyRestored(ConsoleSession& session, bool built)
{
    MainWindow* window = session.window();
    QVERIFY(window && session.desk());
    auto* list = window->findChild<QListView*>(QStringLiteral("channelListView"));
    QVERIFY(list && list->model());
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(session.desk()->channels().value(0).id, QStringLiteral("support"));
    if (!built)
        return;

    // The window's own receiver may still be building the journal after a stopped repair; the
    // conversation fills up to every accepted body.
    QList<MessageRow> messages;
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto conversations = TestEnvironment::waitFor(
                session.desk()->conversations(QStringLiteral("support"), 10, std::nullopt));
            if (!conversations.ok() || conversations.value().size() != 1)
                return false;
            const auto read = TestEnvironment::waitFor(
                session.desk()->olderMessages(conversations.value().first().id, std::nullopt, 100));
            messages = read.ok() ? read.value() : QList<MessageRow>();
            return messages.size() == kMessages;
        },
        kRepairTimeoutMs));
    QCOMPARE(messages.size(), kMessages);
}

void TestRepairFromWindow::testDamagedStoreIsOfferedRepairAtStart()
{
    corruptStore();
    ConsoleSession session;
    session.openLocal(m_dir->path());
    QTRY_VERIFY_WITH_TIMEOUT(repairDialog(), 30000);
    StoreRepairDialog* dialog = repairDialog();
    // Refused to open rather than showing an empty console.
    QVERIFY(!session.desk());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("problemLabel"))
                ->text()
                .contains(QLatin1String("damaged")));
    QCOMPARE(dialog->findChild<QPushButton*>(QStringLiteral("quitButton"))->text(), QStringLiteral("&Quit"));

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("repairButton")), Qt::LeftButton);
    QVERIFY(waitForConsole(session));
    const QString report = repairReport(session);
    QVERIFY2(report.contains(QLatin1String("moved aside"))
                 && report.contains(QLatin1String("Restored 1 channel")),
             qPrintable(report));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("channeldesk.sqlite.damaged-*")}).size(), 1);
    verifyRestored(session);
}

void TestRepairFromWindow::testMenuRepairOnHealthyDirectoryLosesNothing()
{
    ConsoleSession session;
    session.openLocal(m_dir->path());
    QVERIFY(waitForConsole(session));
    verifyRestored(session);
    // The window's receiver holds the data directory; the repair closes the desk to take it.
    QTRY_VERIFY(session.desk()->receiverStatus().state == ReceiverStatus::State::Running);

    QPointer<MainWindow> before = session.window();
    auto* action = before->findChild<QAction*>(QStringLiteral("repairDataAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action->trigger();
    // The question was answered; the desk closes and the repair runs with the window on no desk.
    QTRY_VERIFY(before.isNull());
    QVERIFY(waitForConsole(session, before));
    const QString report = repairReport(session);
    QVERIFY2(report.contains(QLatin1String("not damaged; it was kept")), qPrintable(report));
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
    verifyRestored(session);
}

void TestRepairFromWindow::testMenuRepairRefusedWhileAnotherReceiverRuns()
{
    {
        Settings settings(m_dir->path());
        ReceiverSettings receiver = settings.receiver();
        receiver.enabled = false;
        QVERIFY(settings.setReceiver(receiver).ok());
    }
    ConsoleSession session;
    session.openLocal(m_dir->path());
    QVERIFY(waitForConsole(session));
    // Another receiver ("channeldesk serve") holds the data directory's lock.
    QLockFile serveLock(ReceiverLock::path(m_dir->path()));
    qint64 holder = 0;
    QVERIFY(ReceiverLock::take(serveLock, &holder));

    QPointer<MainWindow> before = session.window();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    before->findChild<QAction*>(QStringLiteral("repairDataAction"))->trigger();
    QTRY_VERIFY(before.isNull());
    QVERIFY(!session.desk());
    QTRY_VERIFY(repairDialog() && !repairDialog()->isRepairing());
    StoreRepairDialog* dialog = repairDialog();
    const QString refusal = dialog->findChild<QLabel*>(QStringLiteral("problemLabel"))->text();
    QVERIFY2(refusal.contains(QLatin1String("is using the data directory"))
                 && refusal.contains(QLatin1String("Stop it")),
             qPrintable(refusal));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("repairButton"))->isVisible());
    auto* close = dialog->findChild<QPushButton*>(QStringLiteral("quitButton"));
    QCOMPARE(close->text(), QStringLiteral("&Close"));
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());

    // Close goes back to the data directory, untouched.
    QTest::mouseClick(close, Qt::LeftButton);
    QPointer<MainWindow> closed = session.window();
    QVERIFY(waitForConsole(session, closed));
    // Nothing was repaired, so nothing to report; the journal stays unbuilt with the receiver off.
    QVERIFY(repairReport(session).isEmpty());
    verifyRestored(session, false);
}

void TestRepairFromWindow::testMenuRepairDisabledForServer()
{
    RemoteDesk::Options options;
    options.server = QUrl(QStringLiteral("http://127.0.0.1:9"));
    options.key = QStringLiteral("cdk_FAKE_TEST_KEY_not_a_real_key");
    RemoteDesk desk(options);
    MainWindow window(&desk);
    auto* action = window.findChild<QAction*>(QStringLiteral("repairDataAction"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(QLatin1String("channeldesk repair")));
}

QTEST_MAIN(TestRepairFromWindow)
#include "TestRepairFromWindow.moc"
