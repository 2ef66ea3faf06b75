// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives `channeldesk keys` and `channeldesk audit` through the real binary.
#include "CliRunner.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = CliRun;

QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestKeysCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testHelp();
    void testCreatePrintsTheKeyOnlyOnce();
    void testCreateJson();
    void testRevokeAndAudit();
    void testBadInput_data();
    void testBadInput();

private:
    Run run(QStringList args);

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataDir;
};

void TestKeysCommand::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "CHANNELDESK_BINARY must point at the built channeldesk");
}

void TestKeysCommand::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_dataDir = m_home->filePath(QStringLiteral("data"));
}

Run TestKeysCommand::run(QStringList args)
{
    args << QStringLiteral("--data-dir") << m_dataDir;
    return CliRunner(m_binary, CliRunner::isolatedEnvironment(m_home->path())).run(args);
}

void TestKeysCommand::testHelp()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("keys create --name NAME --role ROLE")));
    QVERIFY(help.out.contains(QStringLiteral("audit [--limit N] [--json]")));
    const Run keys = run({QStringLiteral("keys"), QStringLiteral("--help")});
    QCOMPARE(keys.exitCode, 0);
    for (const char* word : {"--name <NAME>", "--role <ROLE>", "--rate <N>", "--json", "operator"})
        QVERIFY2(keys.out.contains(QLatin1String(word)), word);
    const Run audit = run({QStringLiteral("audit"), QStringLiteral("--help")});
    QCOMPARE(audit.exitCode, 0);
    QVERIFY(audit.out.contains(QStringLiteral("--limit <N>")));
}

void TestKeysCommand::testCreatePrintsTheKeyOnlyOnce()
{
    const Run created = run({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("ci-bot"), QStringLiteral("--role"), QStringLiteral("sender")});
    QCOMPARE(created.exitCode, 0);
    // stdout is the key alone, so KEY=$(channeldesk keys create ...) works; the warning is on stderr.
    const QString key = created.out.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^cdk_[A-Za-z0-9_-]{43}$")).match(key).hasMatch(),
             qPrintable(key));
    QVERIFY(created.err.contains(QStringLiteral("only time")));
    QVERIFY(!created.err.contains(key));

    const Run list = run({QStringLiteral("keys"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(!list.out.contains(key) && !list.err.contains(key));
    const QStringList columns = list.out.trimmed().split(QLatin1Char('\t'));
    QCOMPARE(columns.size(), 5);
    QCOMPARE(columns.at(0), QStringLiteral("ci-bot"));
    QCOMPARE(columns.at(1), QStringLiteral("sender"));
    QCOMPARE(columns.at(3), QStringLiteral("never"));
    QCOMPARE(columns.at(4), QStringLiteral("600"));

    const Run json = run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(!json.out.contains(key));
    const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    const QJsonObject object = array.at(0).toObject();
    QCOMPARE(
        sortedKeys(object),
        (QStringList{QStringLiteral("created_at"), QStringLiteral("last_used_at"), QStringLiteral("name"),
                     QStringLiteral("rate_per_minute"), QStringLiteral("role")}));
    QCOMPARE(object.value(QLatin1String("name")).toString(), QStringLiteral("ci-bot"));
    QVERIFY(object.value(QLatin1String("last_used_at")).isNull());
    QVERIFY(
        QDateTime::fromString(object.value(QLatin1String("created_at")).toString(), Qt::ISODate).isValid());

    const Run audit = run({QStringLiteral("audit"), QStringLiteral("--json")});
    QVERIFY(!audit.out.contains(key));
    // Not in any file of the data directory (the database, its WAL, settings).
    const QByteArray disk = TestEnvironment::allFileContents(m_dataDir);
    QVERIFY(!disk.isEmpty());
    QVERIFY(!disk.contains(key.toUtf8()));
    QVERIFY(!disk.contains(key.mid(4).toUtf8()));
}

void TestKeysCommand::testCreateJson()
{
    const Run created = run({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name=ops.1"),
                             QStringLiteral("--role=Operator"), QStringLiteral("--rate"),
                             QStringLiteral("30"), QStringLiteral("--json")});
    QCOMPARE(created.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(created.out.toUtf8()).object();
    QCOMPARE(sortedKeys(object),
             (QStringList{QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("rate_per_minute"),
                          QStringLiteral("role")}));
    QCOMPARE(object.value(QLatin1String("name")).toString(), QStringLiteral("ops.1"));
    QCOMPARE(object.value(QLatin1String("role")).toString(), QStringLiteral("operator"));
    QCOMPARE(object.value(QLatin1String("rate_per_minute")).toInt(), 30);
    QVERIFY(object.value(QLatin1String("key")).toString().startsWith(QStringLiteral("cdk_")));

    const Run list = run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8())
                 .array()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("rate_per_minute"))
                 .toInt(),
             30);
}

void TestKeysCommand::testRevokeAndAudit()
{
    QCOMPARE(run({QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"),
                  QStringLiteral("old"), QStringLiteral("--role"), QStringLiteral("admin")})
                 .exitCode,
             0);
    const Run revoked = run({QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("old")});
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY(revoked.out.contains(QStringLiteral("old")));
    const Run empty = run({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(empty.out.toUtf8()).array().size(), 0);

    const Run again = run({QStringLiteral("keys"), QStringLiteral("revoke"), QStringLiteral("old")});
    QCOMPARE(again.exitCode, 4);
    QVERIFY(again.err.contains(QStringLiteral("old")));

    const Run audit = run({QStringLiteral("audit"), QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
    const QJsonObject log = QJsonDocument::fromJson(audit.out.toUtf8()).object();
    QVERIFY(log.value(QLatin1String("refusals")).isArray());
    const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 3);
    const QJsonObject create = entries.at(0).toObject();
    QCOMPARE(sortedKeys(create),
             (QStringList{QStringLiteral("action"), QStringLiteral("at"), QStringLiteral("key"),
                          QStringLiteral("remote"), QStringLiteral("result"), QStringLiteral("target")}));
    QCOMPARE(create.value(QLatin1String("action")).toString(), QStringLiteral("key.create"));
    QCOMPARE(create.value(QLatin1String("key")).toString(), QStringLiteral("cli"));
    QCOMPARE(create.value(QLatin1String("remote")).toString(), QStringLiteral("cli"));
    QCOMPARE(create.value(QLatin1String("target")).toString(), QStringLiteral("old"));
    QVERIFY(create.value(QLatin1String("result")).toString().startsWith(QStringLiteral("ok")));
    const QJsonObject revoke = entries.at(1).toObject();
    QCOMPARE(revoke.value(QLatin1String("action")).toString(), QStringLiteral("key.revoke"));
    QCOMPARE(revoke.value(QLatin1String("result")).toString(), QStringLiteral("ok"));
    QVERIFY(entries.at(2).toObject().value(QLatin1String("result")).toString() != QStringLiteral("ok"));

    const Run limited = run({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("2")});
    QCOMPARE(limited.exitCode, 0);
    const QStringList lines = limited.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(QStringLiteral("\tkey.revoke\told\tok")));
    QVERIFY(lines.at(1).contains(QStringLiteral("\tkey.revoke\told\t")));
}

void TestKeysCommand::testBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString keys = QStringLiteral("keys");
    const QString create = QStringLiteral("create");
    QTest::newRow("bad role") << QStringList{keys, create, QStringLiteral("--name=a"),
                                             QStringLiteral("--role=root")}
                              << 2;
    QTest::newRow("bad name") << QStringList{keys, create, QStringLiteral("--name=a b"),
                                             QStringLiteral("--role=viewer")}
                              << 2;
    QTest::newRow("no name") << QStringList{keys, create, QStringLiteral("--role=viewer")} << 2;
    QTest::newRow("bad rate") << QStringList{keys, create, QStringLiteral("--name=a"),
                                             QStringLiteral("--role=viewer"), QStringLiteral("--rate=fast")}
                              << 2;
    QTest::newRow("no subcommand") << QStringList{keys} << 2;
    QTest::newRow("unknown subcommand")
        << QStringList{keys, QStringLiteral("delete"), QStringLiteral("a")} << 2;
    QTest::newRow("revoke without name") << QStringList{keys, QStringLiteral("revoke")} << 2;
    QTest::newRow("bad limit") << QStringList{QStringLiteral("audit"), QStringLiteral("--limit=0")} << 2;
}

void TestKeysCommand::testBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const Run result = run(args);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.contains(QStringLiteral("cdk_")));
}

QTEST_GUILESS_MAIN(TestKeysCommand)
#include "TestKeysCommand.moc"
