// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyCreateDialog.h"
#include "ApiKeysWidget.h"
#include "AuditLogWidget.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ServerApiDialog.h"

#include "desk/LocalDesk.h"
#include "settings/Settings.h"
#include "util/OperatorName.h"

#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

constexpr int Timeout = 8000;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

template <typename T> T* find(QObject* parent, const QString& name)
{
    T* object = parent->findChild<T*>(name);
    if (!object)
        qFatal("no object named %s", qPrintable(name));
    return object;
}

QPushButton* dialogButton(QObject* dialog, QDialogButtonBox::StandardButton which)
{
    return find<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"))->button(which);
}

//! The texts of a table's column, top to bottom.
QStringList column(QTableWidget* table, int index)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << (table->item(row, index) ? table->item(row, index)->text() : QString());
    return texts;
}

//! The audit rows as "key|address|action|target|result".
QStringList auditRows(QTableWidget* table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int c = 1; c < table->columnCount(); ++c)
            cells << (table->item(row, c) ? table->item(row, c)->text() : QString());
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class TestServerApiDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testOffByDefault();
    void testApplyStartsAndStopsApi();
    void testBeyondThisComputerNeedsTls();
    void testMainWindowOkAppliesSettings();
    void testKeyNameValidation_data();
    void testKeyNameValidation();
    void testCreatedKeyWorksUntilRevoked();

private:
    //! The HTTP status of GET path on the API, 0 when nothing answers.
    int get(const QString& path, const QString& key = {});
    void startApi();

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    quint16 m_port = 0;
};

void TestServerApiDialog::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_secrets = std::make_unique<FakeSecretStore>();
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    options.receiver = false;
    options.apiFromSettings = true;
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_desk->setHealthChecksActive(false);
    QVERIFY(TestEnvironment::waitFor(m_desk->loadChannels()).ok());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_port = freePort();
    QVERIFY(m_port != 0);
}

void TestServerApiDialog::cleanup()
{
    m_nam.reset();
    m_desk.reset();
    m_secrets.reset();
    m_dataDir.reset();
}

int TestServerApiDialog::get(const QString& path, const QString& key)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(Timeout))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestServerApiDialog::startApi()
{
    ApiSettings settings;
    settings.enabled = true;
    settings.listen = QStringLiteral("127.0.0.1:%1").arg(m_port);
    QVERIFY(TestEnvironment::waitFor(m_desk->applyApiSettings(settings)).ok());
    QCOMPARE(m_desk->apiServerStatus().state, ApiServerStatus::State::Running);
}

void TestServerApiDialog::testOffByDefault()
{
    ServerApiDialog dialog(m_desk.get());
    QVERIFY(!find<QCheckBox>(&dialog, QStringLiteral("enabledCheckBox"))->isChecked());
    QCOMPARE(find<QLineEdit>(&dialog, QStringLiteral("listenLineEdit"))->text(),
             QStringLiteral("127.0.0.1:8646"));
    QVERIFY(!find<QLineEdit>(&dialog, QStringLiteral("listenLineEdit"))->isEnabled());
    QCOMPARE(find<QLabel>(&dialog, QStringLiteral("statusLabel"))->text(), QStringLiteral("Off"));
    QVERIFY(!find<QPushButton>(&dialog, QStringLiteral("copyUrlButton"))->isEnabled());
    QVERIFY(dialogButton(&dialog, QDialogButtonBox::Ok)->isEnabled());
}

void TestServerApiDialog::testApplyStartsAndStopsApi()
{
    ServerApiDialog dialog(m_desk.get());
    dialog.show();
    auto* status = find<QLabel>(&dialog, QStringLiteral("statusLabel"));
    find<QCheckBox>(&dialog, QStringLiteral("enabledCheckBox"))->setChecked(true);
    auto* listen = find<QLineEdit>(&dialog, QStringLiteral("listenLineEdit"));
    listen->clear();
    QTest::keyClicks(listen, QStringLiteral("127.0.0.1:%1").arg(m_port));
    QTest::mouseClick(dialogButton(&dialog, QDialogButtonBox::Apply), Qt::LeftButton);

    const QString url = QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(m_port);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Running at %1").arg(url), Timeout);
    QCOMPARE(dialog.apiUrl(), url);
    QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/api/v1/health")), 200, Timeout);
    QTest::mouseClick(find<QPushButton>(&dialog, QStringLiteral("copyUrlButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), url);
    QVERIFY(m_desk->settings()->api().enabled);

    find<QCheckBox>(&dialog, QStringLiteral("enabledCheckBox"))->setChecked(false);
    QTest::mouseClick(dialogButton(&dialog, QDialogButtonBox::Apply), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Off"), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/api/v1/health")), 0, Timeout);
    QVERIFY(!m_desk->settings()->api().enabled);
}

void TestServerApiDialog::testBeyondThisComputerNeedsTls()
{
    ServerApiDialog dialog(m_desk.get());
    auto* ok = dialogButton(&dialog, QDialogButtonBox::Ok);
    auto* message = find<QLabel>(&dialog, QStringLiteral("listenMessageLabel"));
    auto* insecure = find<QCheckBox>(&dialog, QStringLiteral("insecureCheckBox"));
    find<QCheckBox>(&dialog, QStringLiteral("enabledCheckBox"))->setChecked(true);
    auto* listen = find<QLineEdit>(&dialog, QStringLiteral("listenLineEdit"));
    listen->clear();
    QTest::keyClicks(listen, QStringLiteral("0.0.0.0:%1").arg(m_port));
    QVERIFY(message->isVisibleTo(&dialog));
    QVERIFY2(message->text().startsWith(QStringLiteral("Error: Other machines can reach this address")),
             qPrintable(message->text()));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialogButton(&dialog, QDialogButtonBox::Apply)->isEnabled());

    // The check runs again when the alternatives to TLS change.
    insecure->setChecked(true);
    QVERIFY(!message->isVisibleTo(&dialog));
    QVERIFY(ok->isEnabled());
    insecure->setChecked(false);
    QVERIFY(!ok->isEnabled());

    // A certificate needs its key, and both must exist.
    QTemporaryDir tls;
    const QString certificate = tls.filePath(QStringLiteral("cert.pem"));
    QFile file(certificate);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    find<QLineEdit>(&dialog, QStringLiteral("certificateLineEdit"))->setText(certificate);
    QVERIFY(!message->isVisibleTo(&dialog));
    auto* tlsMessage = find<QLabel>(&dialog, QStringLiteral("tlsMessageLabel"));
    QCOMPARE(tlsMessage->text(), QStringLiteral("Error: Choose the private key of the certificate."));
    QVERIFY(!ok->isEnabled());
    find<QLineEdit>(&dialog, QStringLiteral("keyFileLineEdit"))
        ->setText(tls.filePath(QStringLiteral("key.pem")));
    QVERIFY(tlsMessage->text().startsWith(QStringLiteral("Error: There is no file")));
    QVERIFY(!ok->isEnabled());

    // Switched off, nothing is checked.
    find<QCheckBox>(&dialog, QStringLiteral("enabledCheckBox"))->setChecked(false);
    QVERIFY(ok->isEnabled());
    QVERIFY(!tlsMessage->isVisibleTo(&dialog));
}

void TestServerApiDialog::testMainWindowOkAppliesSettings()
{
    MainWindow window(m_desk.get());
    window.setPeriodicHealthChecks(false);
    window.show();
    auto* action = find<QAction>(&window, QStringLiteral("serverApiAction"));
    QVERIFY(action->isEnabled());
    action->trigger();
    QPointer<ServerApiDialog> dialog = find<ServerApiDialog>(&window, QStringLiteral("serverApiDialog"));
    find<QCheckBox>(dialog, QStringLiteral("enabledCheckBox"))->setChecked(true);
    find<QLineEdit>(dialog, QStringLiteral("listenLineEdit"))
        ->setText(QStringLiteral("127.0.0.1:%1").arg(m_port));
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_desk->apiServerStatus().state == ApiServerStatus::State::Running, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/api/v1/health")), 200, Timeout);
    QTRY_VERIFY(dialog.isNull());
}

void TestServerApiDialog::testKeyNameValidation_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("plain") << QStringLiteral("support-bot") << QString();
    QTest::newRow("dots and underscores") << QStringLiteral("crm_sync.v2") << QString();
    QTest::newRow("longest") << QString(64, QLatin1Char('k')) << QString();
    QTest::newRow("space") << QStringLiteral("support bot")
                           << QStringLiteral(
                                  "Error: A key name may hold only letters a–z, digits and - _ . (not “ ”).");
    QTest::newRow("slash") << QStringLiteral(
        "a/b") << QStringLiteral("Error: A key name may hold only letters a–z, digits and - _ . (not “/”).");
    QTest::newRow("umlaut") << QStringLiteral(
        "bär") << QStringLiteral("Error: A key name may hold only letters a–z, digits and - _ . (not “ä”).");
}

void TestServerApiDialog::testKeyNameValidation()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    ApiKeyCreateDialog dialog(m_desk.get());
    auto* create = dialogButton(&dialog, QDialogButtonBox::Ok);
    // Nothing typed yet: no complaint, but nothing to create either.
    QVERIFY(!create->isEnabled());
    QVERIFY(!find<QLabel>(&dialog, QStringLiteral("nameMessageLabel"))->isVisibleTo(&dialog));
    // setText: keyClicks cannot type outside Latin-1.
    find<QLineEdit>(&dialog, QStringLiteral("nameLineEdit"))->setText(typed);
    QCOMPARE(find<QLabel>(&dialog, QStringLiteral("nameMessageLabel"))->text(), message);
    QCOMPARE(create->isEnabled(), message.isEmpty());
}

void TestServerApiDialog::testCreatedKeyWorksUntilRevoked()
{
    startApi();
    ServerApiDialog dialog(m_desk.get());
    dialog.show();
    auto* tabs = find<QTabWidget>(&dialog, QStringLiteral("tabWidget"));
    tabs->setCurrentWidget(find<QWidget>(&dialog, QStringLiteral("keysTab")));
    auto* keys = find<ApiKeysWidget>(&dialog, QStringLiteral("apiKeysWidget"));
    auto* table = find<QTableWidget>(keys, QStringLiteral("keysTableWidget"));

    QTest::mouseClick(find<QPushButton>(keys, QStringLiteral("createButton")), Qt::LeftButton);
    QPointer<ApiKeyCreateDialog> create
        = find<ApiKeyCreateDialog>(keys, QStringLiteral("apiKeyCreateDialog"));
    auto* roles = find<QComboBox>(create, QStringLiteral("roleComboBox"));
    QCOMPARE(roles->count(), 4);
    QVERIFY(roles->itemText(0).startsWith(QStringLiteral("viewer — status, QR codes")));
    QVERIFY(roles->itemText(3).startsWith(QStringLiteral("admin — ")));
    roles->setCurrentIndex(1);
    QTest::keyClicks(find<QLineEdit>(create, QStringLiteral("nameLineEdit")), QStringLiteral("test-bot"));
    QTest::mouseClick(dialogButton(create, QDialogButtonBox::Ok), Qt::LeftButton);

    auto* keyEdit = find<QLineEdit>(create, QStringLiteral("keyLineEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(!keyEdit->text().isEmpty(), Timeout);
    const QString key = keyEdit->text();
    QVERIFY(key.startsWith(QStringLiteral("cdk_")));
    QVERIFY(keyEdit->isReadOnly());
    QVERIFY(keyEdit->isVisibleTo(create));
    QVERIFY(find<QLabel>(create, QStringLiteral("keyWarningLabel"))
                ->text()
                .contains(QStringLiteral("never shown again")));
    QTest::mouseClick(find<QPushButton>(create, QStringLiteral("copyKeyButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), key);
    QTRY_COMPARE_WITH_TIMEOUT(column(table, 0), QStringList{QStringLiteral("test-bot")}, Timeout);
    QCOMPARE(column(table, 1), QStringList{QStringLiteral("sender")});
    QCOMPARE(column(table, 3), QStringList{QStringLiteral("Never")});
    QCOMPARE(column(table, 4), QStringList{QStringLiteral("600")});

    QCOMPARE(get(QStringLiteral("/api/v1/channels"), key), 200);
    QCOMPARE(get(QStringLiteral("/api/v1/channels"), QStringLiteral("cdk_wrong")), 401);

    // Shown once: closing the dialog takes the key away with it.
    QTest::mouseClick(dialogButton(create, QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY(create.isNull());
    QVERIFY(!keys->findChild<ApiKeyCreateDialog*>());
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>())
        QVERIFY(!edit->text().contains(key));

    // The table refreshes after use (last used).
    QTest::mouseClick(find<QPushButton>(keys, QStringLiteral("refreshKeysButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(column(table, 3) != QStringList{QStringLiteral("Never")}, Timeout);

    auto* revoke = find<QPushButton>(keys, QStringLiteral("revokeButton"));
    table->selectRow(0);
    QVERIFY(revoke->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(column(table, 0).isEmpty(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/api/v1/channels"), key), 401, 1000);

    // The audit tab shows both changes, made by the person at this computer.
    tabs->setCurrentWidget(find<QWidget>(&dialog, QStringLiteral("auditTab")));
    auto* audit = find<AuditLogWidget>(&dialog, QStringLiteral("auditLogWidget"));
    auto* entries = find<QTableWidget>(audit, QStringLiteral("entriesTableWidget"));
    const QString who = OperatorName::current();
    const QStringList expected{who + QStringLiteral("|window|key.revoke|test-bot|ok"),
                               who + QStringLiteral("|window|key.create|test-bot|ok")};
    QTRY_COMPARE_WITH_TIMEOUT(auditRows(entries), expected, Timeout);
    QVERIFY(!column(entries, 0).first().isEmpty());
    // The refused requests are counted below, without a key name for unknown keys. The server
    // writes its counts every few seconds and when it stops.
    ApiSettings off = m_desk->settings()->api();
    off.enabled = false;
    QVERIFY(TestEnvironment::waitFor(m_desk->applyApiSettings(off)).ok());
    auto* refusals = find<QTableWidget>(audit, QStringLiteral("refusalsTableWidget"));
    QTest::mouseClick(find<QPushButton>(audit, QStringLiteral("refreshAuditButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(column(refusals, 1).contains(QStringLiteral("(no key)")), Timeout);
    QVERIFY(column(refusals, 3).contains(QStringLiteral("401")));
}

QTEST_MAIN(TestServerApiDialog)
#include "TestServerApiDialog.moc"
