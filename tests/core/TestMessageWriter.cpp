// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// MessageWriter runs its per-delivery statements through SQLite's C API: what it stores must be
// what Qt SQL stored (text, not blobs; '' rather than NULL in NOT NULL columns), a failing
// statement must say why and keep nothing, and no statement may outlive its transaction.
#include "store/Database.h"
#include "store/MessageStore.h"
#include "store/MessageWriter.h"
#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestMessageWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void testStoresTextColumnsAsText();
    void testStatusMovesUpOnly();
    void testFailingStatementSaysWhyAndKeepsNothing();
    void testNoStatementOutlivesTheTransaction();

private:
    static MessageRecord message(const QString& id, const QString& text);
    QVariant scalar(const QString& sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestMessageWriter::initTestCase()
{
    TestEnvironment::init();
}

void TestMessageWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("channeldesk.sqlite"));
}

void TestMessageWriter::cleanup()
{
    Database::close(m_path);
}

MessageRecord TestMessageWriter::message(const QString& id, const QString& text)
{
    MessageRecord m;
    m.channelId = QStringLiteral("cloud");
    m.peer = QStringLiteral("15557654321");
    m.messageId = id;
    m.direction = QStringLiteral("in");
    m.type = QStringLiteral("text");
    m.text = text;
    m.at = 1767225600000;
    m.rawJson = R"({"id":")" + id.toUtf8() + R"("})";
    return m;
}

QVariant TestMessageWriter::scalar(const QString& sql) const
{
    QSqlQuery query(Database::open(m_path).value());
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

void TestMessageWriter::testStoresTextColumnsAsText()
{
    MessageStore store(m_path);
    MessageRecord m = message(QStringLiteral("wamid.A"), QStringLiteral("你好，我想退货"));
    m.peerName = QStringLiteral("Müller");
    m.media = QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")}};
    bool inserted = false;
    QVERIFY(store.write([&](MessageWriter& w) { return w.addMessage(m, &inserted); }).ok());
    QVERIFY(inserted);
    // The same wamid again inserts nothing.
    QVERIFY(store.write([&](MessageWriter& w) { return w.addMessage(m, &inserted); }).ok());
    QVERIFY(!inserted);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT text FROM messages")).toString(), m.text);
    QCOMPARE(scalar(QStringLiteral("SELECT typeof(raw) || typeof(media) || typeof(context_id) || "
                                   "typeof(subtype) || typeof(delivery_id) FROM messages"))
                 .toString(),
             QStringLiteral("texttextnulltextnull"));
    QCOMPARE(scalar(QStringLiteral("SELECT subtype FROM messages")).toString(), QString());
    QCOMPARE(scalar(QStringLiteral("SELECT raw FROM messages")).toString(), QString::fromUtf8(m.rawJson));
    QCOMPARE(scalar(QStringLiteral("SELECT peer_name || '|' || last_preview || '|' || unread_count "
                                   "FROM conversations"))
                 .toString(),
             QStringLiteral("Müller|你好，我想退货|1"));
}

void TestMessageWriter::testStatusMovesUpOnly()
{
    MessageStore store(m_path);
    MessageRecord out = message(QStringLiteral("wamid.OUT"), QStringLiteral("Your order shipped"));
    out.direction = QStringLiteral("out");
    const auto status = [](const QString& value, qint64 at) {
        StatusRecord s;
        s.channelId = QStringLiteral("cloud");
        s.messageId = QStringLiteral("wamid.OUT");
        s.status = value;
        s.at = at;
        s.recipient = QStringLiteral("15557654321");
        s.rawJson = "{}";
        return s;
    };
    bool inserted = false;
    // "read" arrives before the message it is about, then "delivered" after it.
    QVERIFY(store
                .write([&](MessageWriter& w) {
                    return w.addStatus(status(QStringLiteral("read"), 3), &inserted);
                })
                .ok());
    QVERIFY(store.write([&](MessageWriter& w) { return w.addMessage(out, &inserted); }).ok());
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM messages")).toString(), QStringLiteral("read"));
    QVERIFY(store
                .write([&](MessageWriter& w) {
                    return w.addStatus(status(QStringLiteral("delivered"), 2), &inserted);
                })
                .ok());
    QVERIFY(inserted);
    QCOMPARE(scalar(QStringLiteral("SELECT status || '@' || status_at FROM messages")).toString(),
             QStringLiteral("read@3"));
}

void TestMessageWriter::testFailingStatementSaysWhyAndKeepsNothing()
{
    MessageStore store(m_path);
    QVERIFY(store.write([](MessageWriter&) { return true; }).ok());
    QSqlQuery trigger(Database::open(m_path).value());
    QVERIFY2(trigger.exec(QStringLiteral(
                 "CREATE TRIGGER refuse BEFORE INSERT ON messages WHEN "
                 "NEW.text = 'refused' BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END")),
             qPrintable(trigger.lastError().text()));
    bool inserted = false;
    const Status written = store.write([&](MessageWriter& w) {
        return w.addMessage(message(QStringLiteral("wamid.OK"), QStringLiteral("kept?")), &inserted)
            && w.addMessage(message(QStringLiteral("wamid.NO"), QStringLiteral("refused")), &inserted);
    });
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(QLatin1String("refused by a test trigger")),
             qPrintable(written.error().message));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 0);
    // The conversation id learnt in the rolled-back transaction is not used again.
    QVERIFY(store
                .write([&](MessageWriter& w) {
                    return w.addMessage(message(QStringLiteral("wamid.OK"), QStringLiteral("kept")),
                                        &inserted);
                })
                .ok());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages m JOIN conversations c ON c.id = "
                                   "m.conversation_id"))
                 .toInt(),
             1);
}

void TestMessageWriter::testNoStatementOutlivesTheTransaction()
{
    MessageStore store(m_path);
    bool inserted = false;
    QVERIFY(store
                .write([&](MessageWriter& w) {
                    return w.addMessage(message(QStringLiteral("wamid.A"), QStringLiteral("a")), &inserted)
                        && w.addStreamEvent(1, QStringLiteral("cloud"), QStringLiteral("message"), "{}");
                })
                .ok());
    // Qt closes with sqlite3_close, which refuses a connection with a statement left open.
    QSqlDatabase db = Database::open(m_path).value();
    db.close();
    QVERIFY2(db.lastError().type() == QSqlError::NoError, qPrintable(db.lastError().text()));
    // And the writer prepares its statements again on the next connection.
    QVERIFY(store
                .write([&](MessageWriter& w) {
                    return w.addMessage(message(QStringLiteral("wamid.B"), QStringLiteral("b")), &inserted);
                })
                .ok());
    QVERIFY(inserted);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestMessageWriter)
#include "TestMessageWriter.moc"
