// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"
#include "util/DataDirectory.h"
#include "webhook/DeliveryProjection.h"
#include "webhook/WebhookPayloadParser.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

//! The largest delivery the receiver accepts (3 MiB) of many small messages, each from a customer
//! of its own: parsing matched every message against every contact, so a 1 MB body took a minute
//! to build and held up everything behind it in the journal.
class TestLargeDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testLargestBodyIsParsedAndBuiltWhole();
    void testFirstContactOfAnIdNamesTheSender();
};

namespace {

QByteArray from(int sender)
{
    return "86138" + QByteArray::number(10000000 + sender);
}

QByteArray bodyOf(const QByteArray& contacts, const QByteArray& messages)
{
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1022\",\"changes\":[{\"value\":{"
           "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550001234\","
           "\"phone_number_id\":\"1065\"},\"contacts\":["
        + contacts + "],\"messages\":[" + messages + "]},\"field\":\"messages\"}]}]}";
}

} // namespace

void TestLargeDelivery::testLargestBodyIsParsedAndBuiltWhole()
{
    QByteArray contacts;
    QByteArray messages;
    int count = 0;
    while (contacts.size() + messages.size() < 3 * 1024 * 1024 - 400) {
        const char* comma = count == 0 ? "" : ",";
        contacts += comma
            + ("{\"profile\":{\"name\":\"Customer " + QByteArray::number(count) + "\"},\"wa_id\":\""
               + from(count) + "\"}");
        messages += comma
            + ("{\"from\":\"" + from(count) + "\",\"id\":\"wamid.large" + QByteArray::number(count)
               + "\",\"timestamp\":\"1767225600\",\"text\":{\"body\":\"message " + QByteArray::number(count)
               + "\"},\"type\":\"text\"}");
        ++count;
    }
    const QByteArray body = bodyOf(contacts, messages);
    QVERIFY(body.size() <= 3 * 1024 * 1024);
    QVERIFY(count > 15000);

    // Not a performance figure (tests/bench/LargeBodyBench measures that: about 1 s here): a bound
    // far above linear work and far below the minutes the per-message contact scan took.
    QElapsedTimer timer;
    timer.start();
    Result<WebhookBatch> parsed = WebhookPayloadParser::parse(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().messages.size(), count);
    for (int i : {0, count / 2, count - 1}) {
        QCOMPARE(parsed.value().messages.at(i).from, QString::fromLatin1(from(i)));
        QCOMPARE(parsed.value().messages.at(i).profileName, QStringLiteral("Customer %1").arg(i));
    }

    QTemporaryDir dir;
    const QString path = DataDirectory::databasePath(dir.path());
    {
        DeliveryProjection projection(path);
        const auto built
            = projection.commitDeliveries({{QStringLiteral("support"), QDateTime::currentDateTimeUtc(), body,
                                            std::move(parsed.value()), 1}});
        QVERIFY(built.ok());
        QCOMPARE(built.value().constFirst().newMessages, count);
    }
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    {
        QSqlDatabase db = Database::open(path).value();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT peer_name) FROM conversations")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), count);
        QCOMPARE(query.value(1).toInt(), count);
    }
    Database::close(path);
}

void TestLargeDelivery::testFirstContactOfAnIdNamesTheSender()
{
    // Two contacts name the same wa_id, another names a user id only (BSUID): the first one in
    // order wins, as Meta lists each sender once and a scan would have found it.
    const QByteArray contacts = "{\"profile\":{\"name\":\"User Id\"},\"user_id\":\"US.1\"},"
                                "{\"profile\":{\"name\":\"First\"},\"wa_id\":\""
        + from(1)
        + "\"},"
          "{\"profile\":{\"name\":\"Second\"},\"wa_id\":\""
        + from(1) + "\"}";
    const QByteArray messages = "{\"from\":\"" + from(1)
        + "\",\"id\":\"wamid.a\",\"timestamp\":\"1767225600\",\"type\":\"text\",\"text\":{\"body\":\"a\"}},"
          "{\"from\":\""
        + from(1)
        + "\",\"from_user_id\":\"US.1\",\"id\":\"wamid.b\",\"timestamp\":"
          "\"1767225600\",\"type\":\"text\",\"text\":{\"body\":\"b\"}},"
          "{\"from\":\""
        + from(2)
        + "\",\"id\":\"wamid.c\",\"timestamp\":\"1767225600\",\"type\":\"text\","
          "\"text\":{\"body\":\"c\"}}";
    const Result<WebhookBatch> parsed = WebhookPayloadParser::parse(bodyOf(contacts, messages));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().messages.size(), 3);
    QCOMPARE(parsed.value().messages.at(0).profileName, QStringLiteral("First"));
    QCOMPARE(parsed.value().messages.at(1).profileName, QStringLiteral("User Id"));
    QCOMPARE(parsed.value().messages.at(2).profileName, QString());
}

QTEST_GUILESS_MAIN(TestLargeDelivery)
#include "TestLargeDelivery.moc"
