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
    const QString verification = QStringLiteral("verification");
    const QString rejected = QStringLiteral("rejected");
    QTest::newRow("verified") << verification << QStringLiteral("verified")
                              << QStringLiteral("Meta verified the webhook");
    QTest::newRow("wrong verify token")
        << verification << QStringLiteral("wrong-verify-token")
        << QStringLiteral(
               "Verify token mismatch: the token typed in Meta's dashboard differs from this channel's");
    QTest::newRow("bad signature") << rejected << QStringLiteral("bad-signature")
                                   << QStringLiteral("Signature invalid: the App Secret is probably wrong");
    QTest::newRow("missing signature")
        << rejected << QStringLiteral("missing-signature") << QStringLiteral("Unsigned POST rejected");
    QTest::newRow("wrong mode") << verification << QStringLiteral("wrong-mode")
                                << QStringLiteral("Verification refused: hub.mode");
    QTest::newRow("too large") << rejected << QStringLiteral("too-large") << QStringLiteral("3 MiB");
    QTest::newRow("bad json") << rejected << QStringLiteral("bad-json") << QStringLiteral("not valid JSON");
    QTest::newRow("unknown channel") << rejected << QStringLiteral("unknown-channel")
                                     << QStringLiteral("No channel has this phone number ID");
    QTest::newRow("disabled") << rejected << QStringLiteral("channel-disabled")
                              << QStringLiteral("the channel is disabled");
    QTest::newRow("meta error") << QStringLiteral("meta-error") << QStringLiteral("131000")
                                << QStringLiteral("Meta reported error 131000: Something went wrong");
}

void TestChannelEventListModel::testReasonsInPlainWords()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QFETCH(QString, expected);
    ChannelEventListModel model;
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
