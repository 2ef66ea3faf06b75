// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageListModel.h"

#include "desk/LocalDesk.h"
#include "store/Database.h"
#include "store/MessageStore.h"
#include "util/DataDirectory.h"

#include "ConversationLogFixture.h"
#include "JournaledBuilder.h"
#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;
namespace Fixture = ConversationLogFixture;

namespace {

constexpr int conversations = 500;
constexpr int messages = 20000;

WebhookBatch status(const QString& wamid, const QString& value)
{
    WebhookBatch batch;
    StatusUpdate update;
    update.messageId = wamid;
    update.status = value;
    update.timestamp = QDateTime::currentDateTimeUtc();
    batch.statuses.append(update);
    return batch;
}

} // namespace

class TestMessageListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testNewestPageFirst();
    void testFetchOlderPrependsUntilTheStart();
    void testRoles();
    void testRefreshAppendsAndUpdatesTicks();
    void testPageAroundSearchHit();
    void testLateAnswerForPreviousConversationIsDropped();

private:
    qint64 scalar(const QString& sql);
    void exec(const QString& sql);
    void open(qint64 conversationId, qint64 focus = 0);
    QString lastText() const;

    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_now;
    qint64 m_big = 0; //!< conversation 0: 1,000 fixture messages and a few more
    int m_bigCount = 0;
    FakeSecretStore m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<MessageListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

qint64 TestMessageListModel::scalar(const QString& sql)
{
    QSqlQuery query(Database::open(m_path).value());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestMessageListModel::exec(const QString& sql)
{
    QSqlQuery query(Database::open(m_path).value());
    if (!query.exec(sql))
        qFatal("query failed: %s", qPrintable(sql));
}

void TestMessageListModel::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_dir.isValid());
    m_path = DataDirectory::databasePath(m_dir.path());
    m_now = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(Fixture::fill(m_path, conversations, messages, m_now));
    const QString channel = Fixture::channelOf(0);
    const QString peer = Fixture::peerOf(0);
    m_big = scalar(QStringLiteral("SELECT id FROM conversations WHERE peer = '%1'").arg(peer));

    // The newest messages of conversation 0: an image, then three of ours (as the send queue will
    // store them) whose statuses arrive as webhooks.
    JournaledBuilder store(m_path);
    QVERIFY(store
                .commit({Fixture::inbound(channel, peer, {}, QStringLiteral("wamid.IMAGE"),
                                          QStringLiteral("Box arrived damaged"), m_now.addSecs(10),
                                          QStringLiteral("image"))})
                .ok());
    for (int i = 1; i <= 3; ++i)
        exec(QStringLiteral(
                 "INSERT INTO messages (conversation_id, channel_id, wamid, direction, type, text, "
                 "timestamp, raw) VALUES (%1, '%2', 'wamid.OUT.%3', 'out', 'text', 'Reply %3', %4, '{}')")
                 .arg(m_big)
                 .arg(channel)
                 .arg(i)
                 .arg(m_now.addSecs(10 + i).toMSecsSinceEpoch()));
    QVERIFY(
        store
            .commit({{channel, m_now, "{}", status(QStringLiteral("wamid.OUT.1"), QStringLiteral("read"))},
                     {channel, m_now, "{}", status(QStringLiteral("wamid.OUT.2"), QStringLiteral("failed"))}})
            .ok());
    m_bigCount
        = int(scalar(QStringLiteral("SELECT count(*) FROM messages WHERE conversation_id = %1").arg(m_big)));
    QCOMPARE(m_bigCount, messages / 20 + 4);
}

void TestMessageListModel::init()
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
    m_model = std::make_unique<MessageListModel>(m_desk.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMessageListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_desk.reset();
}

void TestMessageListModel::open(qint64 conversationId, qint64 focus)
{
    QSignalSpy loaded(m_model.get(), &MessageListModel::loaded);
    QElapsedTimer timer;
    timer.start();
    m_model->setConversation(conversationId, focus);
    QVERIFY(loaded.wait(5000));
    qInfo("First page of messages after %lld ms", timer.elapsed());
}

QString TestMessageListModel::lastText() const
{
    return m_model->index(m_model->rowCount() - 1).data(MessageListModel::TextRole).toString();
}

void TestMessageListModel::testNewestPageFirst()
{
    open(m_big);
    QCOMPARE(m_model->rowCount(), m_model->pageSize());
    QCOMPARE(lastText(), QStringLiteral("Reply 3"));
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->index(row - 1).data(MessageListModel::TimestampRole).toDateTime()
                <= m_model->index(row).data(MessageListModel::TimestampRole).toDateTime());
    QVERIFY(m_model->canFetchOlder());
    QVERIFY(!m_model->canFetchMore({})); // the newest message is shown
}

void TestMessageListModel::testFetchOlderPrependsUntilTheStart()
{
    open(m_big);
    const QPersistentModelIndex firstShown = m_model->index(0);
    const QString firstText = firstShown.data(MessageListModel::TextRole).toString();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchOlder();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), m_model->pageSize() - 1);
    QCOMPARE(m_model->rowCount(), 2 * m_model->pageSize());
    QCOMPARE(firstShown.row(), m_model->pageSize());
    QCOMPARE(firstShown.data(MessageListModel::TextRole).toString(), firstText);
    while (m_model->canFetchOlder()) {
        m_model->fetchOlder();
        QTRY_VERIFY(!m_model->isLoading());
    }
    QCOMPARE(m_model->rowCount(), m_bigCount);
    QCOMPARE(m_model->index(0).data(MessageListModel::TextRole).toString(), Fixture::textOf(0));
}

void TestMessageListModel::testRoles()
{
    open(m_big);
    const int rows = m_model->rowCount();
    const QModelIndex image = m_model->index(rows - 4);
    QCOMPARE(image.data(MessageListModel::OutboundRole).toBool(), false);
    QCOMPARE(image.data(MessageListModel::TypeRole).toString(), QStringLiteral("image"));
    QCOMPARE(image.data(MessageListModel::TypeLabelRole).toString(), QStringLiteral("Image"));
    QCOMPARE(image.data(MessageListModel::TextRole).toString(), QStringLiteral("Box arrived damaged"));
    QCOMPARE(image.data(Qt::DisplayRole).toString(), QStringLiteral("[Image] Box arrived damaged"));
    QVERIFY(image.data(MessageListModel::StatusRole).toString().isEmpty());
    QVERIFY(image.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Received ")));
    QCOMPARE(image.data(MessageListModel::TimestampRole).toDateTime().toSecsSinceEpoch(),
             m_now.addSecs(10).toSecsSinceEpoch());
    QVERIFY(!image.data(MessageListModel::TimeTextRole).toString().isEmpty());

    const QModelIndex read = m_model->index(rows - 3);
    QCOMPARE(read.data(MessageListModel::OutboundRole).toBool(), true);
    QCOMPARE(read.data(MessageListModel::TypeLabelRole).toString(), QString());
    QCOMPARE(read.data(Qt::DisplayRole).toString(), QStringLiteral("Reply 1"));
    QCOMPARE(read.data(MessageListModel::StatusRole).toString(), QStringLiteral("read"));
    QCOMPARE(read.data(MessageListModel::StatusTextRole).toString(), QStringLiteral("Read"));
    QVERIFY(read.data(MessageListModel::SentByTextRole).toString().isEmpty()); // not sent through us
    const QString tooltip = read.data(Qt::ToolTipRole).toString();
    QVERIFY2(tooltip.startsWith(QStringLiteral("Sent ")) && tooltip.contains(QStringLiteral("read: Reply 1")),
             qPrintable(tooltip));
    QCOMPARE(m_model->index(rows - 2).data(MessageListModel::StatusTextRole).toString(),
             QStringLiteral("Failed"));
    QCOMPARE(m_model->index(rows - 1).data(MessageListModel::StatusTextRole).toString(),
             QStringLiteral("No status yet"));
}

void TestMessageListModel::testRefreshAppendsAndUpdatesTicks()
{
    open(m_big);
    const int rows = m_model->rowCount();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const QString channel = Fixture::channelOf(0);
    JournaledBuilder store(m_path);
    QVERIFY(store
                .commit({Fixture::inbound(channel, Fixture::peerOf(0), {}, QStringLiteral("wamid.LATE"),
                                          QStringLiteral("Thanks!"), m_now.addSecs(30)),
                         {channel, m_now, "{}",
                          status(QStringLiteral("wamid.OUT.3"), QStringLiteral("delivered"))}})
                .ok());
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), rows);
    QCOMPARE(m_model->rowCount(), rows + 1);
    QCOMPARE(lastText(), QStringLiteral("Thanks!"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), rows - 1);
    QCOMPARE(m_model->index(rows - 1).data(MessageListModel::StatusRole).toString(),
             QStringLiteral("delivered"));
    exec(QStringLiteral("DELETE FROM messages WHERE wamid = 'wamid.LATE'"));
}

void TestMessageListModel::testPageAroundSearchHit()
{
    // Message 10000 is in the middle of conversation 0, far from its newest page.
    const qint64 hit = scalar(QStringLiteral("SELECT id FROM messages WHERE wamid = 'wamid.FIXTURE.10000'"));
    open(m_big, hit);
    const int row = m_model->rowOf(hit);
    QVERIFY(row > 0);
    QCOMPARE(m_model->index(row).data(MessageListModel::TextRole).toString(), Fixture::textOf(10000));
    QCOMPARE(m_model->rowCount(), m_model->pageSize());
    QVERIFY(m_model->canFetchOlder());
    QVERIFY(m_model->canFetchMore({}));
    // Scrolling down brings the newer messages, up to the newest.
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        QTRY_VERIFY(!m_model->isLoading());
    }
    QCOMPARE(lastText(), QStringLiteral("Reply 3"));
    QCOMPARE(m_model->index(row).data(MessageListModel::MessageIdRole).toLongLong(), hit);
}

void TestMessageListModel::testLateAnswerForPreviousConversationIsDropped()
{
    const qint64 other
        = scalar(QStringLiteral("SELECT id FROM conversations WHERE peer = '%1'").arg(Fixture::peerOf(7)));
    m_model->setConversation(m_big);
    open(other);
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->conversationId(), other);
    QVERIFY(m_model->rowCount() > 0 && m_model->rowCount() < 100);
    QVERIFY2(lastText().startsWith(QStringLiteral("Message ")), qPrintable(lastText()));
    QVERIFY(!m_model->canFetchOlder());
}

QTEST_MAIN(TestMessageListModel)
#include "TestMessageListModel.moc"
