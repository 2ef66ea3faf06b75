// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `channeldesk log --search`, the real binary on a real data directory.
#include "store/Database.h"
#include "util/DataDirectory.h"
#include "CliRunner.h"
#include "JournaledBuilder.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

namespace {

using Run = CliRun;

} // namespace

class TestLogSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void testJsonFindsCjkNamesAndNumbers_data();
    void testJsonFindsCjkNamesAndNumbers();
    void testChannelAndLimit();
    void testPlainText();
    void testNothingFound();
    void testEmptySearchIsRefused();

private:
    Run run(const QStringList& args);
    QList<QJsonObject> json(const QStringList& args);

    QString m_binary;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataDir;
};

void TestLogSearch::initTestCase()
{
    TestEnvironment::init();
    m_binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY2(QFile::exists(m_binary), "CHANNELDESK_BINARY must point at the built channeldesk");
    m_home = std::make_unique<QTemporaryDir>();
    m_dataDir = m_home->filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_dataDir));
    const struct
    {
        const char* channel;
        const char* from;
        const char* name;
        const char* text;
    } messages[] = {
        {"support", "8613800138000", "王芳", "你好，我想退货"},
        {"support", "5511987654321", "Hans Müller", "Olá, meu pedido R-77812 não chegou"},
        {"support", "821012345678", "김민준", "환불하고 싶어요"},
        {"sales", "8613800138001", "李雷", "我也想退货"},
    };
    QList<Delivery> deliveries;
    int n = 0;
    for (const auto& m : messages) {
        InboundMessage message;
        message.messageId = QStringLiteral("wamid.LOG.%1").arg(n);
        message.from = QString::fromLatin1(m.from);
        message.profileName = QString::fromUtf8(m.name);
        message.timestamp = QDateTime::fromSecsSinceEpoch(1772323200 + 60 * n++, Qt::UTC);
        message.type = QStringLiteral("text");
        message.text = QString::fromUtf8(m.text);
        Delivery delivery{QString::fromLatin1(m.channel), QDateTime::currentDateTimeUtc(), "{}", {}};
        delivery.batch.messages.append(message);
        deliveries << delivery;
    }
    const QString path = DataDirectory::databasePath(m_dataDir);
    QVERIFY(JournaledBuilder(path).commit(deliveries).ok());
    Database::close(path);
}

void TestLogSearch::cleanupTestCase()
{
    Database::close(DataDirectory::databasePath(m_dataDir));
}

Run TestLogSearch::run(const QStringList& args)
{
    return CliRunner(m_binary, CliRunner::isolatedEnvironment(m_home->path()))
        .run(QStringList{QStringLiteral("log"), QStringLiteral("--data-dir"), m_dataDir} + args);
}

QList<QJsonObject> TestLogSearch::json(const QStringList& args)
{
    const Run result = run(args + QStringList{QStringLiteral("--json")});
    if (result.exitCode != 0)
        qWarning() << result.err;
    QList<QJsonObject> lines;
    for (const QString& line : result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}

void TestLogSearch::testJsonFindsCjkNamesAndNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found"); // message_id of each line, oldest first
    QTest::addColumn<QStringList>("match");
    QTest::newRow("two CJK characters")
        << QString::fromUtf8("退货")
        << QStringList{QStringLiteral("wamid.LOG.0"), QStringLiteral("wamid.LOG.3")}
        << QStringList{QStringLiteral("text"), QStringLiteral("text")};
    QTest::newRow("Korean") << QString::fromUtf8("환불") << QStringList{QStringLiteral("wamid.LOG.2")}
                            << QStringList{QStringLiteral("text")};
    QTest::newRow("name without accent")
        << QStringLiteral("MULLER") << QStringList{QStringLiteral("wamid.LOG.1")}
        << QStringList{QStringLiteral("contact")};
    QTest::newRow("number fragment") << QStringLiteral("5511987")
                                     << QStringList{QStringLiteral("wamid.LOG.1")}
                                     << QStringList{QStringLiteral("contact")};
    QTest::newRow("order number fragment")
        << QStringLiteral("7781") << QStringList{QStringLiteral("wamid.LOG.1")}
        << QStringList{QStringLiteral("text")};
}

void TestLogSearch::testJsonFindsCjkNamesAndNumbers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    QFETCH(QStringList, match);
    QStringList ids;
    QStringList matches;
    for (const QJsonObject& line : json({QStringLiteral("--search"), text})) {
        ids << line.value(QStringLiteral("message_id")).toString();
        matches << line.value(QStringLiteral("match")).toString();
        QVERIFY(line.contains(QStringLiteral("text")));
    }
    QCOMPARE(ids, found);
    QCOMPARE(matches, match);
}

void TestLogSearch::testChannelAndLimit()
{
    QList<QJsonObject> lines = json({QStringLiteral("--search"), QString::fromUtf8("退货"),
                                     QStringLiteral("--channel"), QStringLiteral("sales")});
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(QStringLiteral("text")).toString(), QString::fromUtf8("我也想退货"));
    lines = json({QStringLiteral("--search"), QString::fromUtf8("退货"), QStringLiteral("--limit"),
                  QStringLiteral("1")});
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().value(QStringLiteral("message_id")).toString(), QStringLiteral("wamid.LOG.3"));
}

void TestLogSearch::testPlainText()
{
    const Run result = run({QStringLiteral("--search"), QStringLiteral("muller")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(QString::fromUtf8("Hans Müller")), qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QStringLiteral("contact")));
}

void TestLogSearch::testNothingFound()
{
    const Run result = run({QStringLiteral("--search"), QStringLiteral("zanzibar")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.isEmpty());
}

void TestLogSearch::testEmptySearchIsRefused()
{
    const Run result = run({QStringLiteral("--search"), QStringLiteral("  ")});
    QVERIFY(result.exitCode != 0);
    QVERIFY(result.err.contains(QStringLiteral("--search")));
}

QTEST_GUILESS_MAIN(TestLogSearch)
#include "TestLogSearch.moc"
