// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelEventListModel.h"

#include "TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ChannelDesk;

class TestChannelEventListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testReasonsInPlainWords_data();
    void testReasonsInPlainWords();
    void testRowsNewestFirstAndLimited();
    void testRepeatsAddUp();

private:
    static ChannelEvent event(const QString& kind, const QString& reason, const QString& detail = {});
};

ChannelEvent TestChannelEventListModel::event(const QString& kind, const QString& reason,
                                              const QString& detail)
{
    return {QStringLiteral("support"),    QDateTime::currentDateTimeUtc(), kind, reason, detail,
            QStringLiteral("173.252.0.9")};
}

void TestChannelEventListModel::testReasonsInPlainWords_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("weCom");
    const QString verification = QStringLiteral("verification");
    const QString rejected = QStringLiteral("rejected");
    QTest::newRow("verified") << verification << QStringLiteral("verified")
                              << QStringLiteral("Meta verified the webhook") << false;
    QTest::newRow("wrong verify token")
        << verification << QStringLiteral("wrong-verify-token")
        << QStringLiteral(
               "Verify token mismatch: the token typed in Meta's dashboard differs from this channel's")
        << false;
    QTest::newRow("bad signature") << rejected << QStringLiteral("bad-signature")
                                   << QStringLiteral("Signature invalid: the App Secret is probably wrong")
                                   << false;
    QTest::newRow("missing signature") << rejected << QStringLiteral("missing-signature")
                                       << QStringLiteral("Unsigned POST rejected") << false;
    QTest::newRow("wrong mode") << verification << QStringLiteral("wrong-mode")
                                << QStringLiteral("Verification refused: hub.mode") << false;
    QTest::newRow("too large") << rejected << QStringLiteral("too-large") << QStringLiteral("3 MiB") << false;
    QTest::newRow("bad json") << rejected << QStringLiteral("bad-json") << QStringLiteral("not valid JSON")
                              << false;
    QTest::newRow("unknown channel") << rejected << QStringLiteral("unknown-channel")
                                     << QStringLiteral("No channel has this phone number ID") << false;
    QTest::newRow("disabled") << rejected << QStringLiteral("channel-disabled")
                              << QStringLiteral("the channel is disabled") << false;
    QTest::newRow("meta error") << QStringLiteral("meta-error") << QStringLiteral("131000")
                                << QStringLiteral("Meta reported error 131000: Something went wrong")
                                << false;
    QTest::newRow("ambiguous framing") << rejected << QStringLiteral("ambiguous-framing")
                                       << QStringLiteral("length was given twice") << false;
    // A WeCom app's callbacks: its Token and EncodingAESKey, never Meta's words.
    QTest::newRow("wecom verified") << verification << QStringLiteral("verified")
                                    << QStringLiteral("WeCom verified the callback URL") << true;
    QTest::newRow("wecom bad signature")
        << rejected << QStringLiteral("bad-signature") << QStringLiteral("the Token is probably not") << true;
    QTest::newRow("wecom replay") << rejected << QStringLiteral("stale-timestamp")
                                  << QStringLiteral("Rejected as a replay") << true;
    QTest::newRow("wecom key") << rejected << QStringLiteral("bad-ciphertext")
                               << QStringLiteral("the EncodingAESKey is probably") << true;
    QTest::newRow("wecom corp") << rejected << QStringLiteral("wrong-corp")
                                << QStringLiteral("another company") << true;
}

void TestChannelEventListModel::testReasonsInPlainWords()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QFETCH(QString, expected);
    QFETCH(bool, weCom);
    ChannelEventListModel model;
    model.setWeCom(weCom);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents({event(kind, reason, QStringLiteral("Something went wrong"))});
    const QModelIndex index = model.index(0);
    const QString text = index.data(ChannelEventListModel::ExplanationRole).toString();
    QVERIFY2(text.contains(expected), qPrintable(text));
    const QString display = index.data().toString();
    QVERIFY2(display.contains(text) && display.contains(QStringLiteral("from 173.252.0.9")),
             qPrintable(display));
    QCOMPARE(index.data(ChannelEventListModel::ReasonRole).toString(), reason);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Something went wrong")));
}

void TestChannelEventListModel::testRowsNewestFirstAndLimited()
{
    ChannelEventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    for (int i = 0; i < model.limit() + 5; ++i) {
        // From different addresses, so that they are rows of their own (see testRepeatsAddUp).
        ChannelEvent e
            = event(QStringLiteral("rejected"), QStringLiteral("bad-signature"), QString::number(i));
        e.remote = QStringLiteral("192.0.2.%1").arg(i);
        model.addEvent(e);
    }
    QCOMPARE(model.rowCount(), model.limit());
    QCOMPARE(model.index(0).data(ChannelEventListModel::DetailRole).toString(),
             QString::number(model.limit() + 4));
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void TestChannelEventListModel::testRepeatsAddUp()
{
    ChannelEventListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime minute = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    ChannelEvent stored
        = event(QStringLiteral("rejected"), QStringLiteral("missing-signature"), QStringLiteral("first"));
    stored.at = minute.addSecs(1);
    stored.count = 4000;
    stored.lastAt = minute.addSecs(30);
    stored.lastDetail = QStringLiteral("later");
    model.setEvents({stored});
    QCOMPARE(model.index(0).data(ChannelEventListModel::CountRole).toInt(), 4000);
    QVERIFY2(model.index(0).data().toString().contains(QStringLiteral("4000 time")),
             qPrintable(model.index(0).data().toString()));
    QVERIFY(model.index(0).data().toString().contains(QStringLiteral("Unsigned POST rejected")));

    // The receiver's next merged report of that minute adds to the row; another minute is a row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ChannelEvent more = stored;
    more.at = minute.addSecs(40);
    more.count = 1000;
    more.lastAt = minute.addSecs(59);
    more.lastDetail = QStringLiteral("last");
    model.addEvent(more);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0).data(ChannelEventListModel::CountRole).toInt(), 5000);
    QCOMPARE(model.index(0).data(ChannelEventListModel::LastAtRole).toDateTime(), minute.addSecs(59));
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("last")));
    ChannelEvent next = event(QStringLiteral("rejected"), QStringLiteral("missing-signature"));
    next.at = minute.addSecs(61);
    model.addEvent(next);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(ChannelEventListModel::CountRole).toInt(), 1);
    QVERIFY(!model.index(0).data().toString().contains(QStringLiteral("time")));
}

QTEST_MAIN(TestChannelEventListModel)
#include "TestChannelEventListModel.moc"
