// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"
#include "SearchResultModel.h"

#include "desk/LocalDesk.h"
#include "store/ConversationReader.h"
#include "util/DataDirectory.h"

#include "ConversationLogFixture.h"
#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;
namespace Fixture = ConversationLogFixture;

namespace {

constexpr int conversations = 500;
constexpr int messages = 20000;

} // namespace

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testFindsKnownWord();
    void testCommonWordIsLimitedNewestFirst();
    void testChannelFilter();
    void testOddInputIsSafe_data();
    void testOddInputIsSafe();
    void testNewerSearchWins();

private:
    void search(const QString& text, const QString& channel = {});

    QTemporaryDir m_dir;
    QString m_path;
    FakeSecretStore m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<SearchResultModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSearchResultModel::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_dir.isValid());
    m_path = DataDirectory::databasePath(m_dir.path());
    QVERIFY(Fixture::fill(m_path, conversations, messages, QDateTime::currentDateTimeUtc()));
}

void TestSearchResultModel::init()
{
    // A desk over the fixture's data directory that only reads the log.
    LocalDesk::Options options;
    options.secrets = &m_secrets;
    options.receiver = false;
    m_desk = std::make_unique<LocalDesk>(m_dir.path(), options);
    m_desk->setHealthChecksActive(false);
    auto loaded = m_desk->loadChannels();
    QTRY_VERIFY(loaded.isFinished());
    QVERIFY2(loaded.result().ok(), qPrintable(loaded.result().error().message));
    m_model = std::make_unique<SearchResultModel>(m_desk.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSearchResultModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_desk.reset();
}

void TestSearchResultModel::search(const QString& text, const QString& channel)
{
    QSignalSpy finished(m_model.get(), &SearchResultModel::finished);
    QElapsedTimer timer;
    timer.start();
    m_model->search(text, channel);
    QVERIFY(finished.size() == 1 || finished.wait(5000));
    QVERIFY(!m_model->isSearching());
    qInfo("Search for %s: %d results in %lld ms", qPrintable(text), m_model->rowCount(), timer.elapsed());
}

void TestSearchResultModel::testFindsKnownWord()
{
    search(Fixture::rareWord());
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex hit = m_model->index(0);
    const int conversation = Fixture::conversationOf(Fixture::rareMessage(), conversations);
    QCOMPARE(hit.data(Qt::DisplayRole).toString(), Fixture::nameOf(conversation));
    QCOMPARE(hit.data(ConversationListModel::PeerNumberRole).toString(),
             QLatin1Char('+') + Fixture::peerOf(conversation));
    const QString snippet = hit.data(ConversationListModel::PreviewRole).toString();
    QCOMPARE(SearchResultModel::plainSnippet(snippet), Fixture::textOf(Fixture::rareMessage()));
    QVERIFY(snippet.contains(ConversationReader::matchStart() + Fixture::rareWord()
                             + ConversationReader::matchEnd()));
    QVERIFY(hit.data(ConversationListModel::ConversationIdRole).toLongLong() > 0);
    QVERIFY(hit.data(ConversationListModel::MessageIdRole).toLongLong() > 0);
    QVERIFY(hit.data(Qt::ToolTipRole).toString().contains(Fixture::textOf(Fixture::rareMessage())));
    // A prefix while typing finds it too.
    search(Fixture::rareWord().left(3));
    QCOMPARE(m_model->rowCount(), 1);
}

void TestSearchResultModel::testCommonWordIsLimitedNewestFirst()
{
    search(QStringLiteral("order"));
    QCOMPARE(m_model->rowCount(), 200);
    QCOMPARE(m_model->index(0)
                 .data(ConversationListModel::PreviewRole)
                 .toString()
                 .contains(QString::number(messages - 1)),
             true);
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->index(row - 1).data(ConversationListModel::LastMessageAtRole).toDateTime()
                >= m_model->index(row).data(ConversationListModel::LastMessageAtRole).toDateTime());
}

void TestSearchResultModel::testChannelFilter()
{
    const QString channel
        = Fixture::channelOf(Fixture::conversationOf(Fixture::rareMessage(), conversations));
    const QString other
        = channel == QLatin1String("sales") ? QStringLiteral("support") : QStringLiteral("sales");
    search(Fixture::rareWord(), other);
    QCOMPARE(m_model->rowCount(), 0);
    search(Fixture::rareWord(), channel);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->index(0).data(ConversationListModel::ChannelNameRole).toString().isEmpty());
    search(QStringLiteral("order"), channel);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row).data(ConversationListModel::ChannelIdRole).toString(), channel);
}

void TestSearchResultModel::testOddInputIsSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("quote") << QStringLiteral("\"") << 0;
    QTest::newRow("star") << QStringLiteral("*") << 0;
    QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << 0;
    QTest::newRow("minus") << QStringLiteral("-") << 0;
    QTest::newRow("minus word") << QStringLiteral("-zebra") << 1;
    QTest::newRow("quoted word") << QStringLiteral("\"zebra\"") << 1;
    QTest::newRow("word star") << QStringLiteral("zebra*") << 1;
    QTest::newRow("NEAR(zebra)") << QStringLiteral("NEAR(zebra)") << 0;
    QTest::newRow("column filter") << QStringLiteral("text:zebra") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestSearchResultModel::testOddInputIsSafe()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    search(text);
    QCOMPARE(m_model->rowCount(), expected);
}

void TestSearchResultModel::testNewerSearchWins()
{
    QSignalSpy finished(m_model.get(), &SearchResultModel::finished);
    m_model->search(QStringLiteral("order"), {});
    m_model->search(Fixture::rareWord(), {});
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->text(), Fixture::rareWord());
}

QTEST_MAIN(TestSearchResultModel)
#include "TestSearchResultModel.moc"
