// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The stable code of a send's outcome, which the CLI's exit status, the API's answer and the
// window's "24-hour window closed" notice all read.
#include "model/OutboundItem.h"

#include <QTest>

using namespace ChannelDesk;

class TestOutboundItem : public QObject
{
    Q_OBJECT

private slots:
    void testCode_data();
    void testCode();
};

void TestOutboundItem::testCode_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("code");
    QTest::newRow("accepted") << QStringLiteral("accepted") << 0 << QStringLiteral("OK");
    QTest::newRow("delivered, an old error kept")
        << QStringLiteral("delivered") << 131047 << QStringLiteral("OK");
    QTest::newRow("queued for a retry") << QStringLiteral("queued") << 130429 << QStringLiteral("OK");
    QTest::newRow("window closed") << QStringLiteral("failed") << 131047 << QStringLiteral("WINDOW_CLOSED");
    QTest::newRow("expired token") << QStringLiteral("failed") << 190 << QStringLiteral("AUTH_FAILED");
    QTest::newRow("failed without a code") << QStringLiteral("failed") << 0 << QStringLiteral("AUTH_FAILED");
    QTest::newRow("unknown without a code")
        << QStringLiteral("unknown") << 0 << QStringLiteral("SEND_FAILED");
    QTest::newRow("rate limited") << QStringLiteral("failed") << 130429 << QStringLiteral("RATE_LIMITED");
    QTest::newRow("pair rate limit") << QStringLiteral("failed") << 131056 << QStringLiteral("RATE_LIMITED");
    QTest::newRow("not on WhatsApp") << QStringLiteral("failed") << 131026
                                     << QStringLiteral("INVALID_NUMBER");
    QTest::newRow("opted out of marketing")
        << QStringLiteral("failed") << 131050 << QStringLiteral("OPTED_OUT");
    QTest::newRow("no answer from Meta")
        << QStringLiteral("unknown") << OutboundItem::kNetworkFailure << QStringLiteral("NOT_CONNECTED");
    QTest::newRow("any other error") << QStringLiteral("failed") << 131000 << QStringLiteral("SEND_FAILED");
}

void TestOutboundItem::testCode()
{
    QFETCH(QString, state);
    QFETCH(int, errorCode);
    OutboundItem item;
    item.state = state;
    item.errorCode = errorCode;
    QTEST(OutboundItem::codeName(item.code()), "code");
}

QTEST_GUILESS_MAIN(TestOutboundItem)
#include "TestOutboundItem.moc"
