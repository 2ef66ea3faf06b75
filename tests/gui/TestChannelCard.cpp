// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One dashboard card on its own: compact while healthy, details when something needs the operator,
// a resolved error shown as past and dismissable, the send limit as a bar.
#include "ChannelCardWidget.h"
#include "TrafficChart.h"

#include "channels/Channel.h"

#include "TestEnvironment.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ChannelDesk;

class TestChannelCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup() { m_card.reset(); }

    void testHealthyCardIsOneLine();
    void testTroubleOpensTheDetails();
    void testOperatorChoiceUntilNewTrouble();
    void testResolvedErrorIsPastAndDismissable();
    void testSendLimitBar();

private:
    static QDateTime now() { return QDateTime(QDate(2026, 5, 1), QTime(10, 30), Qt::UTC); }
    ChannelState connected() const;
    ChannelActivity quiet() const;
    template <typename T> T* in(const QString& name) const
    {
        T* widget = m_card->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    bool detailsVisible() const { return in<QWidget>(QStringLiteral("detailsWidget"))->isVisible(); }

    std::unique_ptr<ChannelCardWidget> m_card;
};

void TestChannelCard::init()
{
    m_card = std::make_unique<ChannelCardWidget>(QStringLiteral("support"));
    Channel channel;
    channel.id = QStringLiteral("support");
    channel.name = QStringLiteral("Support");
    channel.kind = ChannelKinds::whatsAppLinked();
    m_card->setChannel(channel);
    m_card->updateTimes(now());
    m_card->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_card.get()));
}

ChannelState TestChannelCard::connected() const
{
    ChannelState state;
    state.channelId = QStringLiteral("support");
    state.state = LinkState::Connected;
    state.since = now().addSecs(-3 * 3600);
    return state;
}

ChannelActivity TestChannelCard::quiet() const
{
    ChannelActivity activity;
    activity.channelId = QStringLiteral("support");
    activity.inToday = 12;
    activity.outToday = 5;
    activity.trafficStart = now().addSecs(-23 * 3600 - 30 * 60);
    activity.traffic = QList<TrafficHour>(ChannelActivity::TrafficHours);
    activity.traffic[20] = {7, 3, 0};
    activity.traffic[23] = {5, 2, 0};
    return activity;
}

void TestChannelCard::testHealthyCardIsOneLine()
{
    m_card->setState(connected());
    m_card->setActivity(quiet());
    QVERIFY(!m_card->needsAttention());
    QVERIFY(!detailsVisible());
    auto* sparkline = in<TrafficChart>(QStringLiteral("trafficSparkline"));
    QVERIFY(sparkline->isVisible());
    QVERIFY(sparkline->isCompact());
    QCOMPARE(sparkline->hours().at(20), (TrafficHour{7, 3, 0}));
    QCOMPARE(in<QLabel>(QStringLiteral("compactSummaryLabel"))->text(),
             QStringLiteral("today 12 in · 5 out"));
    // One line: the card is no taller than its header row plus margins.
    const int header = in<QLabel>(QStringLiteral("nameLabel"))->sizeHint().height();
    QVERIFY2(m_card->sizeHint().height() < header * 4,
             qPrintable(QStringLiteral("%1 vs %2").arg(m_card->sizeHint().height()).arg(header)));
    // The operator can still open them.
    in<QToolButton>(QStringLiteral("detailsButton"))->click();
    QVERIFY(detailsVisible());
    QVERIFY(!sparkline->isVisible());
    QCOMPARE(in<TrafficChart>(QStringLiteral("trafficChart"))->hours().at(23), (TrafficHour{5, 2, 0}));
}

void TestChannelCard::testTroubleOpensTheDetails()
{
    m_card->setState(connected());
    m_card->setActivity(quiet());
    QVERIFY(!detailsVisible());
    ChannelState failing = connected();
    failing.state = LinkState::Reconnecting;
    failing.reason = QStringLiteral("The gateway closed the connection");
    m_card->setState(failing);
    QVERIFY(detailsVisible());
    QVERIFY(in<QLabel>(QStringLiteral("stateReasonLabel"))->isVisible());
    m_card->setState(connected());
    QVERIFY(!detailsVisible());

    // A send that failed in the last hour needs a look too.
    ChannelActivity failed = quiet();
    failed.traffic[23].failed = 1;
    m_card->setActivity(failed);
    QVERIFY(m_card->needsAttention());
    QVERIFY(detailsVisible());
}

void TestChannelCard::testOperatorChoiceUntilNewTrouble()
{
    ChannelState failing = connected();
    failing.state = LinkState::Reconnecting;
    m_card->setState(failing);
    m_card->setActivity(quiet());
    QVERIFY(detailsVisible());
    in<QToolButton>(QStringLiteral("detailsButton"))->click(); // the operator has seen it
    QVERIFY(!detailsVisible());
    m_card->setState(failing); // the same trouble again: stays closed
    QVERIFY(!detailsVisible());
    m_card->setState(connected());
    QVERIFY(!detailsVisible());
    m_card->setState(failing); // new trouble after recovery: opens again
    QVERIFY(detailsVisible());
}

void TestChannelCard::testResolvedErrorIsPastAndDismissable()
{
    ChannelState state = connected();
    state.lastError = QStringLiteral("(#131026) Message undeliverable");
    state.lastErrorAt = now().addSecs(-10 * 60);
    ChannelActivity activity = quiet();
    m_card->setState(state);
    m_card->setActivity(activity);
    m_card->setLastError(state.lastError, state.lastErrorAt);
    auto* label = in<QLabel>(QStringLiteral("lastErrorLabel"));
    auto* dismiss = in<QPushButton>(QStringLiteral("dismissErrorButton"));
    // Nothing went through since: the error stands and the details show it.
    QVERIFY(detailsVisible());
    QVERIFY(!label->text().contains(QStringLiteral("resolved")));
    QVERIFY(!dismiss->isVisible());

    activity.firstTrafficAfterError = now().addSecs(-3 * 60);
    m_card->setActivity(activity);
    QVERIFY2(label->text().startsWith(QStringLiteral("resolved 3 min ago")), qPrintable(label->text()));
    QVERIFY(label->text().contains(state.lastError));
    QVERIFY(!m_card->needsAttention());
    QVERIFY(!detailsVisible());

    in<QToolButton>(QStringLiteral("detailsButton"))->click();
    QVERIFY(dismiss->isVisible());
    QSignalSpy dismissed(m_card.get(), &ChannelCardWidget::errorDismissed);
    dismiss->click();
    QCOMPARE(dismissed.size(), 1);
    QCOMPARE(dismissed.first().at(1).toDateTime(), state.lastErrorAt);
    QCOMPARE(label->text(), QStringLiteral("none"));
    QVERIFY(!dismiss->isVisible());

    // A newer error is shown again, in full.
    state.lastError = QStringLiteral("(#131047) Re-engagement message");
    state.lastErrorAt = now().addSecs(-60);
    m_card->setState(state);
    m_card->setLastError(state.lastError, state.lastErrorAt);
    QVERIFY2(label->text().contains(QStringLiteral("131047")), qPrintable(label->text()));
    QVERIFY(!label->text().contains(QStringLiteral("resolved")));
}

void TestChannelCard::testSendLimitBar()
{
    m_card->setState(connected());
    m_card->setActivity(quiet());
    in<QToolButton>(QStringLiteral("detailsButton"))->click();
    SendUsage usage;
    usage.today = 450;
    usage.maxPerDay = 1000;
    m_card->setSendUsage(usage);
    auto* bar = in<QProgressBar>(QStringLiteral("sendUsageBar"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->maximum(), 1000);
    QCOMPARE(bar->value(), 450);
    QVERIFY(!m_card->needsAttention());
    usage.today = 950; // 95 %: near the limit
    m_card->setSendUsage(usage);
    QVERIFY(m_card->needsAttention());
    QCOMPARE(bar->value(), 950);
}

QTEST_MAIN(TestChannelCard)
#include "TestChannelCard.moc"
