// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk test` as a real process against a Graph API that is broken or hostile: an endless
// answer, a huge Content-Length, an endless error page, a trickle. Each run ends with a plain error
// within its deadline, and the process's peak memory stays near that of a normal run.
#include "CliRunner.h"
#include "CloudChannelAnswers.h"
#include "FakeGraphApiServer.h"
#include "FakeHostileServer.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using Mode = FakeHostileServer::Mode;

Q_DECLARE_METATYPE(FakeHostileServer::Mode)

namespace {

const QString token = QStringLiteral("EAA_FAKE_CLI_TOKEN_CHANNELDESK_HOSTILE_000000000000x7Q");

using Run = CliRun;

//! The peak resident size of the largest child this process has waited for (QProcess reaps its
//! children), in KiB: a running maximum over all of them, not the last one.
long childrenPeakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestCliHostileServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testOversizedAnswerEndsWithPlainError_data();
    void testOversizedAnswerEndsWithPlainError();
    void testTrickleEndsAtTimeout();

private:
    Run run(const QStringList& args);
    //! Saves (or updates) the channel "support" with its Graph API at graphBase.
    bool setUp(const QUrl& graphBase);
    //! Whether every `test` run so far, the hostile ones included, stayed near the normal run (a
    //! running maximum: once one run went over, every later check fails too).
    bool peakRssBounded(QString* detail) const;

    QString m_binary;
    QTemporaryDir m_home;
    QString m_dataDir;
    long m_normalPeakKb = 0;
};

void TestCliHostileServer::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "CHANNELDESK_BINARY must point at the built channeldesk");
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through the README test command");
    QVERIFY(m_home.isValid());
    m_dataDir = m_home.filePath(QStringLiteral("data"));

    // A normal Test Connection first: the peak memory every hostile run is held to. Only `setup`
    // ran before it, so the running maximum is theirs.
    FakeGraphApiServer graph;
    QVERIFY(graph.start());
    graph.setExpectedToken(token);
    QVERIFY(setUp(graph.baseUrl()));
    const Run normal = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("support"),
                            QStringLiteral("--data-dir"), m_dataDir});
    QVERIFY2(normal.exitCode == 0, qPrintable(normal.err));
    m_normalPeakKb = childrenPeakRssKb();
    QVERIFY(m_normalPeakKb > 0);
    qInfo("a normal run peaks at %ld KiB", m_normalPeakKb);
}

Run TestCliHostileServer::run(const QStringList& args)
{
    return CliRunner(m_binary, CliRunner::isolatedEnvironment(m_home.path())).run(args, {}, 120000);
}

bool TestCliHostileServer::setUp(const QUrl& graphBase)
{
    const QString path = m_home.filePath(QStringLiteral("answers.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(
        QJsonDocument(CloudChannelAnswers{QStringLiteral("support"), token, graphBase}.toAnswers()).toJson());
    file.close();
    const Run setup = run({QStringLiteral("setup"), QStringLiteral("--answers"), path,
                           QStringLiteral("--data-dir"), m_dataDir});
    QFile::remove(path);
    if (setup.exitCode != 0)
        qWarning("setup failed: %s", qPrintable(setup.err));
    return setup.exitCode == 0;
}

bool TestCliHostileServer::peakRssBounded(QString* detail) const
{
    // What an answer may cost on top of a normal run: the 4 MiB cap, Qt's 256 KiB read buffer and
    // the allocator's slack. Unbounded, an endless answer took `test` to 2.1 GB and a 50 MB one
    // to 126–330 MB.
    constexpr long AllowanceKb = 48 * 1024;
    const long peakKb = childrenPeakRssKb();
    *detail = QStringLiteral("peak of all runs so far %1 KiB, a normal run %2 KiB")
                  .arg(peakKb)
                  .arg(m_normalPeakKb);
    qInfo("%s", qPrintable(*detail));
    return peakKb <= m_normalPeakKb + AllowanceKb;
}

void TestCliHostileServer::testOversizedAnswerEndsWithPlainError_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("status");
    QTest::newRow("endless answer") << Mode::Endless << 200;
    QTest::newRow("64 MiB Content-Length") << Mode::HugeLength << 200;
    QTest::newRow("endless error page") << Mode::Endless << 500;
}

void TestCliHostileServer::testOversizedAnswerEndsWithPlainError()
{
    QFETCH(Mode, mode);
    QFETCH(int, status);
    FakeHostileServer server(mode, status);
    QVERIFY(server.start());
    QVERIFY(setUp(server.baseUrl()));
    // A deadline far beyond what the cap needs: the cap, not the deadline, must end the run.
    const Run test
        = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("support"),
               QStringLiteral("--timeout"), QStringLiteral("30"), QStringLiteral("--data-dir"), m_dataDir});
    qInfo("ended after %lld ms, the server wrote %lld bytes", test.elapsedMs, server.bytesSent());
    QString peak;
    QVERIFY2(peakRssBounded(&peak), qPrintable(peak));
    QCOMPARE(test.exitCode, 1);
    QVERIFY2(test.err.contains(QLatin1String("Test Connection failed.")), qPrintable(test.err));
    QVERIFY2(test.err.contains(QLatin1String("sent more than 4 MiB")), qPrintable(test.err));
    QVERIFY2(test.err.contains(QLatin1String("graph_base_url")), qPrintable(test.err));
    QVERIFY(!test.err.contains(token) && !test.out.contains(token));
    QVERIFY2(test.elapsedMs < 30000, qPrintable(QString::number(test.elapsedMs)));
    QCOMPARE(server.requestCount(), 1);
}

void TestCliHostileServer::testTrickleEndsAtTimeout()
{
    // One byte every 50 ms: never silent, so only an overall deadline ends it.
    FakeHostileServer server(Mode::Trickle);
    QVERIFY(server.start());
    QVERIFY(setUp(server.baseUrl()));
    const Run test
        = run({QStringLiteral("test"), QStringLiteral("--channel"), QStringLiteral("support"),
               QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--data-dir"), m_dataDir});
    qInfo("ended after %lld ms", test.elapsedMs);
    QString peak;
    QVERIFY2(peakRssBounded(&peak), qPrintable(peak));
    QCOMPARE(test.exitCode, 1);
    QVERIFY2(test.err.contains(QLatin1String("no complete answer within 2 s")), qPrintable(test.err));
    QVERIFY(!test.err.contains(token) && !test.out.contains(token));
    // The deadline ended it: not before it, and not long after (process start and keychain included).
    QVERIFY2(test.elapsedMs >= 1900 && test.elapsedMs < 15000, qPrintable(QString::number(test.elapsedMs)));
}

QTEST_GUILESS_MAIN(TestCliHostileServer)
#include "TestCliHostileServer.moc"
