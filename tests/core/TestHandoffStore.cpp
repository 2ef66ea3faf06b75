// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation store's side of the handoff: taking over and giving back, the stream event in
// the same transaction, the filtered list paged right, and the quiet conversations the automatic
// return gives back.
#include "ConversationLogFixture.h"
#include "TestEnvironment.h"
#include "store/ConversationReader.h"
#include "store/HandoffStore.h"
#include "store/StreamEventLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestHandoffStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void testTakeOverAndReturn();
    void testFilteredListPagesRight();
    void testQuietSinceCountsFromTheLastReply();

private:
    //! The stream's conversation_handoff events (the fixture's messages have events of their own).
    QList<StreamEvent> handoffEvents() const
    {
        QList<StreamEvent> events;
        const QList<StreamEvent> all = StreamEventLog(m_path).after(0, 1000).value();
        for (const StreamEvent& event : all)
            if (event.type == QLatin1String("conversation_handoff"))
                events << event;
        return events;
    }

    QTemporaryDir m_dir;
    QString m_path;
    QDateTime m_now;
};

void TestHandoffStore::init()
{
    m_path = m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
    m_now = QDateTime::currentDateTimeUtc();
    QVERIFY(ConversationLogFixture::fill(m_path, 10, 40, m_now));
}

void TestHandoffStore::testTakeOverAndReturn()
{
    const ConversationReader reader(m_path);
    const ConversationRow before = reader.conversations(QString(), 1).value().first();
    QVERIFY(!before.takenOver);
    const HandoffStore store(m_path);
    const QDateTime at = m_now.addSecs(5);
    const auto taken = store.set(before.id, true, QStringLiteral("ana"), at);
    QVERIFY(taken.ok() && taken.value());
    QVERIFY(taken.value()->changed);
    QVERIFY(taken.value()->row.takenOver);
    QCOMPARE(taken.value()->row.takenOverBy, QStringLiteral("ana"));
    QCOMPARE(taken.value()->row.takenOverAt, at);
    QCOMPARE(*reader.conversation(before.id).value(), taken.value()->row);
    // Again: nothing changes, nothing is announced.
    QVERIFY(!store.set(before.id, true, QStringLiteral("ben"), at.addSecs(1)).value()->changed);
    QCOMPARE(reader.conversation(before.id).value()->takenOverBy, QStringLiteral("ana"));

    const QList<StreamEvent> events = handoffEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, QStringLiteral("conversation_handoff"));
    QCOMPARE(events.first().channelId, before.channelId);
    const QJsonObject body = QJsonDocument::fromJson(events.first().body).object();
    QCOMPARE(body.value(QStringLiteral("conversation_id")).toInteger(), before.id);
    QCOMPARE(body.value(QStringLiteral("peer")).toString(), before.peer);
    QCOMPARE(body.value(QStringLiteral("taken_over")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("by")).toString(), QStringLiteral("ana"));

    const auto returned = store.set(before.id, false, QStringLiteral("ben"), at.addSecs(2));
    QVERIFY(returned.value()->changed);
    QVERIFY(!returned.value()->row.takenOver);
    QVERIFY(!returned.value()->row.takenOverAt.isValid());
    QCOMPARE(handoffEvents().size(), 2);
    QVERIFY(!store.set(424242, true, QStringLiteral("ana"), at).value());
}

void TestHandoffStore::testFilteredListPagesRight()
{
    const ConversationReader reader(m_path);
    const QList<ConversationRow> all = reader.conversations(QString(), 100).value();
    QCOMPARE(all.size(), 10);
    const HandoffStore store(m_path);
    QList<qint64> taken;
    for (int i = 1; i < all.size(); i += 3) {
        QVERIFY(store.set(all.at(i).id, true, QStringLiteral("ana"), m_now).ok());
        taken << all.at(i).id;
    }
    ConversationFilter filter;
    filter.takenOverOnly = true;
    QList<qint64> paged;
    std::optional<ConversationKey> after;
    for (;;) {
        const QList<ConversationRow> page = reader.conversations(QString(), 2, after, filter).value();
        for (const ConversationRow& row : page) {
            QVERIFY(row.takenOver);
            paged << row.id;
        }
        if (page.size() < 2)
            break;
        after = ConversationKey{page.last().lastMessageAt.toMSecsSinceEpoch(), page.last().id};
    }
    QCOMPARE(paged, taken);
    // One channel's only.
    const QString channel = all.at(1).channelId;
    const QList<ConversationRow> ofChannel = reader.conversations(channel, 100, std::nullopt, filter).value();
    QVERIFY(!ofChannel.isEmpty());
    for (const ConversationRow& row : ofChannel)
        QCOMPARE(row.channelId, channel);
}

void TestHandoffStore::testQuietSinceCountsFromTheLastReply()
{
    const ConversationReader reader(m_path);
    const QList<ConversationRow> all = reader.conversations(QStringLiteral("sales"), 100).value();
    QVERIFY(all.size() >= 2);
    const HandoffStore store(m_path);
    const QDateTime takenAt = m_now.addSecs(-3 * 3600);
    QVERIFY(store.set(all.at(0).id, true, QStringLiteral("ana"), takenAt).ok());
    QVERIFY(store.set(all.at(1).id, true, QStringLiteral("ana"), takenAt).ok());
    // The second one got an operator's reply an hour ago.
    QVERIFY(store.recordOperatorReply(QStringLiteral("sales"), all.at(1).peer, m_now.addSecs(-3600)).ok());
    const auto quiet = store.quietSince(QStringLiteral("sales"), m_now.addSecs(-2 * 3600)).value();
    QCOMPARE(quiet.size(), 1);
    QCOMPARE(quiet.first().id, all.at(0).id);
    QCOMPARE(store.quietSince(QStringLiteral("sales"), m_now).value().size(), 2);
    QVERIFY(store.quietSince(QStringLiteral("support"), m_now).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestHandoffStore)
#include "TestHandoffStore.moc"
