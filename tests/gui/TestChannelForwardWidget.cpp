// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Bot part of the channel page against a real LocalDesk: its receiver takes signed deliveries
// from WebhookClient and its forwarder passes them to FakeBot on 127.0.0.1. A bot answering 500
// shows failing in its own words, then ok once it answers again; parked deliveries are sent again
// with the button.
#include "BotHistoryChart.h"
#include "ChannelForwardWidget.h"

#include "channels/CloudApiFields.h"
#include "desk/LocalDesk.h"
#include "forward/ForwardQueue.h"
#include "settings/Settings.h"
#include "store/DeliveryJournal.h"
#include "util/DataDirectory.h"
#include "webhook/SignatureVerifier.h"

#include "FakeBot.h"
#include "FakeSecretStore.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString phoneNumberId = QStringLiteral("106540352242922");

} // namespace

class TestChannelForwardWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();

    void testFailingInTheBotsWordsThenOk();
    void testParkedDeliveriesAreSentAgain();

private:
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_widget->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    QString text(const QString& label) const { return find<QLabel>(label)->text(); }
    //! Starts the desk with one Cloud API channel forwarding to m_bot, and the widget showing it.
    void openDesk();
    QByteArray delivery(int i) const;

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<FakeBot> m_bot;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<ChannelForwardWidget> m_widget;
    quint16 m_port = 0;
};

void TestChannelForwardWidget::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_secrets = std::make_unique<FakeSecretStore>();
    m_bot = std::make_unique<FakeBot>(TestEnvironment::appSecret().toUtf8());
    QVERIFY(m_bot->start());
    // The built-in receiver listens on a free port, never on the real 8645.
    Settings settings(m_dataDir->path());
    ReceiverSettings receiver = settings.receiver();
    receiver.listen = QStringLiteral("127.0.0.1:0");
    QVERIFY(settings.setReceiver(receiver).ok());
}

void TestChannelForwardWidget::cleanup()
{
    m_widget.reset();
    m_desk.reset();
    m_bot.reset();
    m_secrets.reset();
    m_dataDir.reset();
}

void TestChannelForwardWidget::openDesk()
{
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_desk->setHealthChecksActive(false);
    auto loaded = m_desk->loadChannels();
    QTRY_VERIFY(loaded.isFinished());
    QVERIFY(loaded.result().ok());
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("support");
    draft.channel.name = QStringLiteral("Support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), phoneNumberId);
    draft.channel.fields.insert(CloudApiFields::forwardUrl(), m_bot->url());
    draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    draft.secrets.insert(CloudApiFields::verifyToken(), TestEnvironment::verifyToken());
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().error().message));
    LocalDesk* desk = m_desk.get();
    QVERIFY(QTest::qWaitFor(
        [desk] {
            const ReceiverStatus status = desk->receiverStatus();
            return status.state == ReceiverStatus::State::Running && status.servedChannels == 1;
        },
        10000));
    m_port = m_desk->receiverStatus().port;

    m_widget = std::make_unique<ChannelForwardWidget>();
    m_widget->setDesk(m_desk.get());
    m_widget->setChannel(QStringLiteral("support"));
    m_widget->resize(700, 600);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

QByteArray TestChannelForwardWidget::delivery(int i) const
{
    return WebhookClient::textMessage(phoneNumberId, QStringLiteral("wamid.F%1").arg(i),
                                      QStringLiteral("4915100000%1").arg(i), QStringLiteral("Ana"),
                                      QStringLiteral("hello %1").arg(i), QDateTime::currentDateTimeUtc());
}

void TestChannelForwardWidget::testFailingInTheBotsWordsThenOk()
{
    m_bot->setStatus(500);
    openDesk();
    QCOMPARE(text(QStringLiteral("forwardUrlValueLabel")), m_bot->url());
    QVERIFY(!find<QPushButton>(QStringLiteral("sendParkedAgainButton"))->isEnabled());

    // Three conversations go out in parallel: three failures in a row make the bot failing.
    WebhookClient client(m_port);
    const QByteArray secret = TestEnvironment::appSecret().toUtf8();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(client.post(phoneNumberId, delivery(i), secret), 200);
    QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("botStateLabel")), QStringLiteral("failing"), 15000);
    QVERIFY2(text(QStringLiteral("botSentenceLabel")).startsWith(QStringLiteral("Failing since ")),
             qPrintable(text(QStringLiteral("botSentenceLabel"))));
    QVERIFY2(text(QStringLiteral("botSentenceLabel")).endsWith(QStringLiteral("— HTTP 500: bot is down")),
             qPrintable(text(QStringLiteral("botSentenceLabel"))));
    // The colour says the same as the word.
    QVERIFY(find<QLabel>(QStringLiteral("botStateLabel"))->styleSheet().contains(QStringLiteral("#c62828")));
    QCOMPARE(text(QStringLiteral("lastSuccessValueLabel")), QStringLiteral("never"));
    QCOMPARE(text(QStringLiteral("latencyValueLabel")), QStringLiteral("no answers"));
    QVERIFY2(text(QStringLiteral("successRateValueLabel")).startsWith(QStringLiteral("0.0% of ")),
             qPrintable(text(QStringLiteral("successRateValueLabel"))));
    // The backlog is read every 2 s.
    QTRY_VERIFY2_WITH_TIMEOUT(
        text(QStringLiteral("backlogValueLabel")).startsWith(QStringLiteral("3 deliveries")),
        qPrintable(text(QStringLiteral("backlogValueLabel"))), 10000);

    m_bot->setStatus(200);
    QTRY_COMPARE_WITH_TIMEOUT(m_bot->acceptedCount(), 3, 20000); // after the backoff
    QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("botStateLabel")), QStringLiteral("OK"), 10000);
    QVERIFY2(
        text(QStringLiteral("botSentenceLabel")).startsWith(QStringLiteral("OK — 95% of answers within ")),
        qPrintable(text(QStringLiteral("botSentenceLabel"))));
    QVERIFY(text(QStringLiteral("lastSuccessValueLabel")).contains(QStringLiteral("just now")));
    QVERIFY(text(QStringLiteral("latencyValueLabel")).startsWith(QStringLiteral("median ")));
    QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("backlogValueLabel")), QStringLiteral("none"), 10000);

    // Shown again, the chart reads the last 24 h: this minute has the failures and the 3 taken.
    m_widget->hide();
    m_widget->show();
    auto* chart = find<BotHistoryChart>(QStringLiteral("botHistoryChart"));
    QTRY_VERIFY(!chart->minutes().isEmpty());
    int forwarded = 0;
    int failed = 0;
    for (const BotMinute& minute : chart->minutes()) {
        forwarded += minute.forwarded;
        failed += minute.failed;
    }
    QCOMPARE(forwarded, 3);
    QVERIFY(failed >= 3);
    QVERIFY(chart->bucketCount() > 0);
}

void TestChannelForwardWidget::testParkedDeliveriesAreSentAgain()
{
    // Two deliveries the bot never took within the maximum age, parked before the desk starts.
    const QString journalPath = DataDirectory::journalPath(m_dataDir->path());
    {
        DeliveryJournal journal(journalPath);
        QList<JournalEntry> entries;
        const QByteArray secret = TestEnvironment::appSecret().toUtf8();
        for (int i = 0; i < 2; ++i) {
            const QByteArray body = delivery(i);
            entries.append({0, QStringLiteral("support"), QDateTime::currentDateTimeUtc(), body,
                            SignatureVerifier::sign(body, secret), true});
        }
        QVERIFY(journal.append(entries).ok());
        ForwardQueue queue(journalPath);
        QVERIFY(queue.open().ok());
        QVERIFY(queue.park({1, 2}, QDateTime::currentDateTimeUtc(), QStringLiteral("HTTP 503")).ok());
    }
    openDesk();
    auto* button = find<QPushButton>(QStringLiteral("sendParkedAgainButton"));
    QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("parkedValueLabel")),
                              QStringLiteral("2 deliveries the bot never took"), 10000);
    QVERIFY(button->isEnabled());
    QCOMPARE(m_bot->acceptedCount(), 0);

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(text(QStringLiteral("forwardMessageLabel")),
                 QStringLiteral("2 parked deliveries queued for the bot again."));
    QTRY_COMPARE_WITH_TIMEOUT(m_bot->acceptedCount(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("parkedValueLabel")), QStringLiteral("none"), 10000);
    QTRY_VERIFY(!button->isEnabled());
}

QTEST_MAIN(TestChannelForwardWidget)
#include "TestChannelForwardWidget.moc"
