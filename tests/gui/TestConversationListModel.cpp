// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"

#include "desk/LocalDesk.h"
#include "store/ConversationReader.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"

#include "ConversationLogFixture.h"
#include "JournaledBuilder.h"
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

class TestConversationListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testFirstFetchIsOnePage();
    void testFetchMoreAddsPagesUntilAllAreShown();
    void testRoles();
    void testChannelFilter();
    void testRefreshMovesConversationToTopAndKeepsSelection();
    void testCommitByAnotherConnectionIsNoticed();
    void testMarkReadClearsBadgeAndStore();

private:
    void waitLoaded(ConversationListModel& model);
    //! A desk over the fixture's data directory that only reads the log.
    std::unique_ptr<LocalDesk> makeDesk();

    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_now;
    FakeSecretStore m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<ConversationListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestConversationListModel::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_dir.isValid());
    m_path = DataDirectory::databasePath(m_dir.path());
    m_now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(Fixture::fill(m_path, conversations, messages, m_now));
    qInfo("Stored %d messages in %d conversations in %lld ms", messages, conversations, timer.elapsed());
}

std::unique_ptr<LocalDesk> TestConversationListModel::makeDesk()
{
    LocalDesk::Options options;
    options.secrets = &m_secrets;
    options.receiver = false;
    auto desk = std::make_unique<LocalDesk>(m_dir.path(), options);
    desk->setHealthChecksActive(false);
    auto loaded = desk->loadChannels();
    if (!QTest::qWaitFor([&loaded] { return loaded.isFinished(); }, 5000) || !loaded.result().ok())
        qFatal("the channels were not loaded");
    return desk;
}

void TestConversationListModel::init()
{
    m_desk = makeDesk();
    QElapsedTimer timer;
    timer.start();
    m_model = std::make_unique<ConversationListModel>(m_desk.get());
    QSignalSpy loaded(m_model.get(), &ConversationListModel::loaded);
    QVERIFY(loaded.wait(5000));
    qInfo("First page of conversations after %lld ms", timer.elapsed());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester, like a view whose last row is visible, asks for the next page at once.
    waitLoaded(*m_model);
}

void TestConversationListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_desk.reset();
}

void TestConversationListModel::waitLoaded(ConversationListModel& model)
{
    QTRY_VERIFY(!model.isLoading());
}

void TestConversationListModel::testFirstFetchIsOnePage()
{
    QCOMPARE(m_model->pageSize(), 200);
    const std::unique_ptr<LocalDesk> desk = makeDesk();
    ConversationListModel model(desk.get());
    QCOMPARE(model.rowCount(), 0); // nothing is read on the GUI thread
    QVERIFY(model.isLoading());
    QSignalSpy loaded(&model, &ConversationListModel::loaded);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(model.rowCount(), model.pageSize());
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(m_model->rowCount(), 2 * m_model->pageSize());
}

void TestConversationListModel::testFetchMoreAddsPagesUntilAllAreShown()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore({});
    waitLoaded(*m_model);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), conversations);
    waitLoaded(*m_model);
    QCOMPARE(m_model->rowCount(), conversations);
    QVERIFY(!m_model->canFetchMore({}));

    // Every conversation once, most recent first.
    QSet<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        ids.insert(index.data(ConversationListModel::ConversationIdRole).toLongLong());
        if (row > 0)
            QVERIFY(m_model->index(row - 1).data(ConversationListModel::LastMessageAtRole).toDateTime()
                    >= index.data(ConversationListModel::LastMessageAtRole).toDateTime());
    }
    QCOMPARE(ids.size(), conversations);
}

void TestConversationListModel::testRoles()
{
    const int newest = Fixture::conversationOf(messages - 1, conversations);
    const QModelIndex first = m_model->index(0);
    QCOMPARE(first.data(ConversationListModel::PeerRole).toString(), Fixture::peerOf(newest));
    QCOMPARE(first.data(ConversationListModel::PeerNameRole).toString(), Fixture::nameOf(newest));
    QCOMPARE(first.data(Qt::DisplayRole).toString(), Fixture::nameOf(newest));
    QCOMPARE(first.data(ConversationListModel::PeerNumberRole).toString(),
             QLatin1Char('+') + Fixture::peerOf(newest));
    QCOMPARE(first.data(ConversationListModel::ChannelIdRole).toString(), Fixture::channelOf(newest));
    // All channels are shown, so each row says which one it is on.
    QCOMPARE(first.data(ConversationListModel::ChannelNameRole).toString(), Fixture::channelOf(newest));
    QCOMPARE(first.data(ConversationListModel::PreviewRole).toString(), Fixture::textOf(messages - 1));
    int expectedUnread = 0;
    for (int g = 0; g < messages; ++g)
        expectedUnread += Fixture::conversationOf(g, conversations) == newest ? 1 : 0;
    QCOMPARE(first.data(ConversationListModel::UnreadCountRole).toInt(), expectedUnread);
    QCOMPARE(first.data(ConversationListModel::LastMessageAtRole).toDateTime().toSecsSinceEpoch(),
             Fixture::timeOf(messages - 1, messages, m_now).toSecsSinceEpoch());
    // The fixture's channels are not configured, so no kind and no 24 h window is known for them
    // (TestServiceWindowRules and TestWindowState cover the window text).
    QVERIFY(first.data(ConversationListModel::WindowOpenRole).toBool());
    QCOMPARE(first.data(ConversationListModel::WindowTextRole).toString(), QString());
    const QString tooltip = first.data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.contains(Fixture::nameOf(newest)) && !tooltip.contains(QStringLiteral(" left")),
             qPrintable(tooltip));
    QVERIFY(!first.data(ConversationListModel::TimeTextRole).toString().isEmpty());

    m_model->setChannelNames({{QStringLiteral("sales"), QStringLiteral("Sales")},
                              {QStringLiteral("support"), QStringLiteral("Support")}});
    QCOMPARE(first.data(ConversationListModel::ChannelNameRole).toString(),
             Fixture::channelOf(newest) == QLatin1String("sales") ? QStringLiteral("Sales")
                                                                  : QStringLiteral("Support"));
}

void TestConversationListModel::testChannelFilter()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setChannelFilter(QStringLiteral("support"));
    QCOMPARE(reset.size(), 1);
    QSignalSpy loaded(m_model.get(), &ConversationListModel::loaded);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_model->rowCount(), 200);
    waitLoaded(*m_model);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        QCOMPARE(index.data(ConversationListModel::ChannelIdRole).toString(), QStringLiteral("support"));
        QVERIFY(index.data(ConversationListModel::ChannelNameRole).toString().isEmpty());
    }
    m_model->fetchMore({});
    waitLoaded(*m_model);
    QCOMPARE(m_model->rowCount(), conversations / 2);
    QVERIFY(!m_model->canFetchMore({}));
}

void TestConversationListModel::testRefreshMovesConversationToTopAndKeepsSelection()
{
    const QPersistentModelIndex selected = m_model->index(57);
    const qint64 id = selected.data(ConversationListModel::ConversationIdRole).toLongLong();
    const QString peer = selected.data(ConversationListModel::PeerRole).toString();
    const QString channel = selected.data(ConversationListModel::ChannelIdRole).toString();
    QVERIFY(JournaledBuilder::commit(m_path,
                                     {Fixture::inbound(channel, peer, QString(), QStringLiteral("wamid.MOVE"),
                                                       QStringLiteral("Anything new?"),
                                                       QDateTime::currentDateTimeUtc().addSecs(5))})
                .ok());
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    waitLoaded(*m_model);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(selected.row(), 0);
    QCOMPARE(selected.data(ConversationListModel::ConversationIdRole).toLongLong(), id);
    QCOMPARE(selected.data(ConversationListModel::PreviewRole).toString(), QStringLiteral("Anything new?"));
}

void TestConversationListModel::testCommitByAnotherConnectionIsNoticed()
{
    QSignalSpy changed(m_desk.get(), &Desk::conversationsChanged);
    // The test thread's connection is not the worker's: like a `channeldesk serve` beside the GUI.
    QVERIFY(
        JournaledBuilder::commit(
            m_path,
            {Fixture::inbound(QStringLiteral("sales"), QStringLiteral("15550001111"),
                              QStringLiteral("Newcomer"), QStringLiteral("wamid.NEW"),
                              QStringLiteral("Hello there"), QDateTime::currentDateTimeUtc().addSecs(10))})
            .ok());
    // The desk looks for such commits every 2 s.
    QVERIFY(changed.wait(5000));
    QTRY_COMPARE(m_model->index(0).data(Qt::DisplayRole).toString(), QStringLiteral("Newcomer"));
    QCOMPARE(m_model->index(0).data(ConversationListModel::UnreadCountRole).toInt(), 1);
}

void TestConversationListModel::testMarkReadClearsBadgeAndStore()
{
    const QModelIndex index = m_model->index(3);
    const qint64 id = index.data(ConversationListModel::ConversationIdRole).toLongLong();
    QVERIFY(index.data(ConversationListModel::UnreadCountRole).toInt() > 0);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->markRead(id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(index.data(ConversationListModel::UnreadCountRole).toInt(), 0);
    QTRY_COMPARE(ConversationReader(m_path).conversation(id).value()->unreadCount, 0);
    m_model->refresh();
    waitLoaded(*m_model);
    QCOMPARE(m_model->index(3).data(ConversationListModel::UnreadCountRole).toInt(), 0);
}

QTEST_MAIN(TestConversationListModel)
#include "TestConversationListModel.moc"
