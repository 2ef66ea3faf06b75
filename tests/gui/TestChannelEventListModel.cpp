// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelEventListModel.h"

#include "TestEnvironment.h"

#include <QAbstractItemModelTester>
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
    for (int i = 0; i < model.limit() + 5; ++i)
        model.addEvent(
            event(QStringLiteral("rejected"), QStringLiteral("bad-signature"), QString::number(i)));
    QCOMPARE(model.rowCount(), model.limit());
    QCOMPARE(model.index(0).data(ChannelEventListModel::DetailRole).toString(),
             QString::number(model.limit() + 4));
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestChannelEventListModel)
#include "TestChannelEventListModel.moc"
