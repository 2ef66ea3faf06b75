// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpMenu.h"
#include "MainWindow.h"

#include "channels/CloudApiFields.h"
#include "desk/DiagnosticSummary.h"
#include "desk/LocalDesk.h"
#include "settings/Settings.h"

#include "FakeGraphApiServer.h"
#include "FakeSecretStore.h"
#include "ShortcutAudit.h"
#include "TestEnvironment.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace ChannelDesk;

//! Help: About with the versions, F1 opening the user guide, and Report a Problem copying a summary
//! that names versions and channel kinds but never a secret.
class TestHelpMenu : public QObject
{
    Q_OBJECT

public slots:
    //! QDesktopServices hands "file" URLs here instead of to the desktop (not a test: public).
    void openUrl(const QUrl& url) { m_opened.append(url); }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testMenuHasThreeActionsWithUniqueKeys();
    void testAboutNamesTheVersions();
    void testF1OpensTheUserGuide();
    void testUserGuideLookupTakesTheFirstThatExists();
    void testReportCopiesASummaryWithoutSecrets();
    void testScrubRemovesTokens();

private:
    HelpMenu* helpMenu() const { return m_window->findChild<HelpMenu*>(QStringLiteral("helpMenu")); }
    QMessageBox* waitForBox(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_opened;
};

void TestHelpMenu::initTestCase()
{
    TestEnvironment::init();
}

void TestHelpMenu::init()
{
    m_opened.clear();
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<FakeSecretStore>();
    Settings settings(m_dataDir->path());
    ReceiverSettings receiver = settings.receiver();
    receiver.listen = QStringLiteral("127.0.0.1:0"); // never the real 8645
    QVERIFY(settings.setReceiver(receiver).ok());
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_window = std::make_unique<MainWindow>(m_desk.get());
    m_window->setPeriodicHealthChecks(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_desk->isLoaded());
}

void TestHelpMenu::cleanup()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    m_window.reset();
    m_desk.reset();
    m_secrets.reset();
    m_dataDir.reset();
}

QMessageBox* TestHelpMenu::waitForBox(const QString& name)
{
    QMessageBox* box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (box = m_window->findChild<QMessageBox*>(name)) && box->isVisible(); });
    return shown ? box : nullptr;
}

void TestHelpMenu::testMenuHasThreeActionsWithUniqueKeys()
{
    HelpMenu* menu = helpMenu();
    QVERIFY(menu);
    QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
    QVERIFY(menu->actions()
            == (QList<QAction*>{menu->aboutAction(), menu->userGuideAction(), menu->reportProblemAction()}));
    QSet<QChar> mnemonics;
    for (const QAction* action : menu->actions()) {
        const int amp = action->text().indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0, qPrintable(action->text()));
        mnemonics.insert(action->text().at(amp + 1).toLower());
    }
    QCOMPARE(mnemonics.size(), 3);
    QCOMPARE(menu->userGuideAction()->shortcut(), QKeySequence(Qt::Key_F1));
    const QStringList clashes = ShortcutAudit::clashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestHelpMenu::testAboutNamesTheVersions()
{
    helpMenu()->aboutAction()->trigger();
    QMessageBox* box = waitForBox(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("ChannelDesk " CHANNELDESK_VERSION)),
             qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("Qt " QT_VERSION_STR)));
    QVERIFY(box->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(box->text().contains(QLatin1String("GNU General Public License")));
    box->accept();
}

void TestHelpMenu::testF1OpensTheUserGuide()
{
    QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_COMPARE(m_opened.size(), 1);
    const QUrl url = m_opened.constFirst();
    QVERIFY(url.isLocalFile());
    QCOMPARE(QFileInfo(url.toLocalFile()).fileName(), QStringLiteral("user-guide.md"));
    QVERIFY2(QFileInfo(url.toLocalFile()).isFile(), qPrintable(url.toLocalFile()));
}

void TestHelpMenu::testUserGuideLookupTakesTheFirstThatExists()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nowhere/user-guide.md"));
    const QString present = dir.filePath(QStringLiteral("user-guide.md"));
    QFile file(present);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(HelpMenu::findUserGuide({missing, present}), present);
    QCOMPARE(HelpMenu::findUserGuide({missing}), QString());
    // Installed copies come before the source tree's.
    const QStringList candidates = HelpMenu::userGuideCandidates();
    QVERIFY(candidates.constFirst().endsWith(QLatin1String("doc/channeldesk/user-guide.md")));
    QVERIFY(candidates.constLast().endsWith(QLatin1String("docs/user-guide.md")));
}

void TestHelpMenu::testReportCopiesASummaryWithoutSecrets()
{
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("support");
    draft.channel.name = QStringLiteral("Support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), FakeGraphApiServer::phoneNumberId());
    draft.channel.fields.insert(CloudApiFields::apiVersion(), CloudApiFields::defaultApiVersion());
    draft.secrets.insert(CloudApiFields::accessToken(), FakeGraphApiServer::validToken());
    draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    draft.secrets.insert(CloudApiFields::verifyToken(), TestEnvironment::verifyToken());
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
    QTRY_COMPARE(m_desk->channels().size(), 1);

    QGuiApplication::clipboard()->clear();
    helpMenu()->reportProblemAction()->trigger();
    const QString summary = QGuiApplication::clipboard()->text();
    QVERIFY2(summary.contains(QStringLiteral("ChannelDesk " CHANNELDESK_VERSION)), qPrintable(summary));
    QVERIFY(summary.contains(QString::fromLatin1(qVersion())));
    QVERIFY(summary.contains(QLatin1String("whatsapp-cloud")));
    QVERIFY(summary.contains(QLatin1String("support")));
    QVERIFY(summary.contains(QLatin1String("Receiver:")));
    QVERIFY(summary.contains(m_dataDir->path()));
    for (const QString& secret :
         {FakeGraphApiServer::validToken(), TestEnvironment::appSecret(), TestEnvironment::verifyToken()})
        QVERIFY2(!summary.contains(secret), qPrintable(secret));
    QMessageBox* box = waitForBox(QStringLiteral("reportProblemBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("clipboard")));
    box->accept();
}

void TestHelpMenu::testScrubRemovesTokens()
{
    const QString token = FakeGraphApiServer::validToken();
    const QString scrubbed = DiagnosticSummary::scrub(
        QStringLiteral("GET /v25.0/me?access_token=%1 failed (#190) with secret: %2 and bare %3")
            .arg(token.left(10), TestEnvironment::appSecret(), TestEnvironment::verifyToken()));
    QVERIFY2(!scrubbed.contains(token.left(10)), qPrintable(scrubbed));
    QVERIFY(!scrubbed.contains(TestEnvironment::appSecret()));
    QVERIFY(!scrubbed.contains(TestEnvironment::verifyToken()));
    QVERIFY(scrubbed.contains(QLatin1String("(#190)"))); // error codes stay
}

QTEST_MAIN(TestHelpMenu)
#include "TestHelpMenu.moc"
