// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk --server URL` as a user starts it: the real binary's window (offscreen) attaches to
// a real serve with the key from CHANNELDESK_SERVER_KEY, which the server sees used, and which the
// console never writes anywhere.
#include "ServeProcess.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestServerOption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testWindowAttachesWithTheEnvironmentKey();

private:
    //! When the server last saw the key named name, or an empty string.
    QString lastUsed(const QString& name) const;

    QTemporaryDir m_home;
    std::unique_ptr<ServeProcess> m_serve;
};

void TestServerOption::initTestCase()
{
    TestEnvironment::init();
    m_serve = ServeProcess::inHome(m_home.path());
    QVERIFY(m_serve->start());
}

void TestServerOption::cleanupTestCase()
{
    m_serve->stop();
}

QString TestServerOption::lastUsed(const QString& name) const
{
    const auto listed
        = m_serve->cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue& key : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        if (key.toObject().value(QStringLiteral("name")).toString() == name)
            return key.toObject().value(QStringLiteral("last_used_at")).toString();
    }
    return {};
}

void TestServerOption::testWindowAttachesWithTheEnvironmentKey()
{
    const QString key = m_serve->createKey(QStringLiteral("window"), QStringLiteral("viewer"));
    QVERIFY(lastUsed(QStringLiteral("window")).isEmpty());
    QTemporaryDir console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), console.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), console.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), console.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), console.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CHANNELDESK_SERVER_KEY"), key);
    QProcess window;
    window.setProcessEnvironment(env);
    window.start(qEnvironmentVariable("CHANNELDESK_BINARY"),
                 {QStringLiteral("--server"), m_serve->apiBase()});
    QVERIFY(window.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(!lastUsed(QStringLiteral("window")).isEmpty(), 15000);
    window.terminate();
    QVERIFY(window.waitForFinished(10000));
    const QByteArray output = window.readAllStandardOutput() + window.readAllStandardError();
    QVERIFY(!output.contains(key.toUtf8()));
    // A key from the environment belongs to that environment: not in the console's files.
    QVERIFY(!TestEnvironment::allFileContents(console.path()).contains(key.toUtf8()));
}

QTEST_GUILESS_MAIN(TestServerOption)
#include "TestServerOption.moc"
