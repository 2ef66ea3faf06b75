// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Slow request headers (slowloris): the watchdog on socket pairs, then the receiver over loopback.
#include "webhook/ConnectionWatchdog.h"

#include "util/DataDirectory.h"
#include "webhook/SignatureVerifier.h"
#include "webhook/WebhookReceiver.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/socket.h>
#include <unistd.h>

#include <atomic>

using namespace ChannelDesk;
using namespace std::chrono_literals;

namespace {

const QString phoneId = QStringLiteral("200000000000002");
const QByteArray appSecret = "0123456789abcdef0123456789abcdef";

//! A connected socket pair: the watchdog gets one end, the test watches the other.
struct Pair
{
    int ends[2] = {-1, -1};
    Pair() { ::socketpair(AF_UNIX, SOCK_STREAM, 0, ends); }
    ~Pair()
    {
        ::close(ends[0]);
        ::close(ends[1]);
    }
    //! The watchdog shut its end down: the peer reads the end of the stream.
    bool cut() const
    {
        char byte = 0;
        return ::recv(ends[1], &byte, 1, MSG_DONTWAIT) == 0;
    }
};

//! Writes data one byte per interval, as a slowloris client does.
class Trickle : public QObject
{
public:
    Trickle(QTcpSocket* socket, QByteArray data, int intervalMs)
        : m_socket(socket)
        , m_data(std::move(data))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_sent < m_data.size() && m_socket->state() == QAbstractSocket::ConnectedState)
                m_socket->write(m_data.mid(m_sent++, 1));
        });
        m_timer.start(intervalMs);
    }

private:
    QTcpSocket* m_socket;
    QByteArray m_data;
    qsizetype m_sent = 0;
    QTimer m_timer;
};

} // namespace

class TestConnectionWatchdog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testSlowHeadersAreCut();
    void testLongestWaitingMakeRoomNearTheLimit();
    void testHeaderTimeout();
    void testFullLimitStillTakesSignedDeliveries();
    void testSlowButCompleteRequestIsAnswered();

private:
    void startReceiver(const WebhookReceiver::Limits& limits);
    std::unique_ptr<QTcpSocket> connectSocket();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WebhookReceiver> m_receiver;
};

void TestConnectionWatchdog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestConnectionWatchdog::cleanup()
{
    m_receiver.reset();
}

void TestConnectionWatchdog::startReceiver(const WebhookReceiver::Limits& limits)
{
    m_receiver = std::make_unique<WebhookReceiver>(DataDirectory::databasePath(m_dir->path()));
    m_receiver->setLimits(limits);
    m_receiver->setChannels({{QStringLiteral("support"), phoneId, true, appSecret, "verify-token"}});
    const Status started = m_receiver->start(QStringLiteral("127.0.0.1"), 0);
    QVERIFY2(started.ok(), qPrintable(started.error().message));
}

std::unique_ptr<QTcpSocket> TestConnectionWatchdog::connectSocket()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_receiver->port());
    if (!socket->waitForConnected(5000))
        return {};
    return socket;
}

void TestConnectionWatchdog::testSlowHeadersAreCut()
{
    // Reported on the watchdog's thread.
    std::atomic<int> reported{0};
    ConnectionWatchdog::Settings settings;
    settings.headerTimeout = 300ms;
    settings.keepAliveTimeout = 2000ms;
    ConnectionWatchdog watchdog(settings, [&](const QString& remote, ConnectionWatchdog::Cut why) {
        if (remote == QLatin1String("192.0.2.1") && why == ConnectionWatchdog::Cut::HeaderTimeout)
            ++reported;
    });
    Pair busy;
    Pair kept;
    Pair slow;
    Pair later;
    const QString remote = QStringLiteral("192.0.2.1");
    watchdog.opened(&busy, busy.ends[0], remote);
    watchdog.headersReceived(&busy); // its request is being read or answered: no deadline
    watchdog.opened(&kept, kept.ends[0], remote);
    watchdog.headersReceived(&kept);
    watchdog.requestDone(&kept); // kept alive: the next headers are due in keepAliveTimeout
    watchdog.opened(&slow, slow.ends[0], remote);
    QTRY_VERIFY_WITH_TIMEOUT(slow.cut(), 2000);
    QVERIFY(!kept.cut());
    QTRY_VERIFY_WITH_TIMEOUT(kept.cut(), 5000);
    // Opened after both deadlines passed, and cut after its own: busy outlived them all uncut.
    watchdog.opened(&later, later.ends[0], remote);
    QTRY_VERIFY_WITH_TIMEOUT(later.cut(), 2000);
    QVERIFY(!busy.cut());
    QCOMPARE(watchdog.cutCount(), qint64(3));
    QCOMPARE(reported.load(), 3);
    QCOMPARE(watchdog.openConnections(), 4);
    watchdog.closed(&slow);
    QCOMPARE(watchdog.openConnections(), 3);
}

void TestConnectionWatchdog::testLongestWaitingMakeRoomNearTheLimit()
{
    ConnectionWatchdog::Settings settings;
    settings.headerTimeout = 1h;
    settings.connectionLimit = 10;
    settings.reservePercent = 50;
    ConnectionWatchdog watchdog(settings);
    std::vector<std::unique_ptr<Pair>> pairs;
    for (int i = 0; i < 8; ++i) {
        pairs.push_back(std::make_unique<Pair>());
        watchdog.opened(pairs.back().get(), pairs.back()->ends[0], QStringLiteral("192.0.2.%1").arg(i));
        if (i == 0)
            watchdog.headersReceived(pairs.back().get()); // busy: never cut to make room
    }
    // Five may stay; the three waiting longest (1, 2 and 3) were cut as 6, 7 and 8 came.
    QVERIFY(!pairs.at(0)->cut());
    QVERIFY(pairs.at(1)->cut());
    QVERIFY(pairs.at(2)->cut());
    QVERIFY(pairs.at(3)->cut());
    for (size_t i = 4; i < pairs.size(); ++i)
        QVERIFY2(!pairs.at(i)->cut(), qPrintable(QString::number(i)));
    QCOMPARE(watchdog.cutCount(), qint64(3));
    for (auto& pair : pairs)
        watchdog.closed(pair.get());
    QCOMPARE(watchdog.openConnections(), 0);
}

void TestConnectionWatchdog::testHeaderTimeout()
{
    WebhookReceiver::Limits limits;
    limits.headerTimeoutSeconds = 1;
    startReceiver(limits);
    // One byte a quarter second: libmicrohttpd's idle timeout (15 s) would never end it.
    auto slow = connectSocket();
    QVERIFY(slow);
    QSignalSpy disconnected(slow.get(), &QTcpSocket::disconnected);
    QElapsedTimer timer;
    timer.start();
    Trickle trickle(slow.get(),
                    "POST /webhooks/whatsapp/" + phoneId.toLatin1() + " HTTP/1.1\r\nHost: x\r\n"
                        + QByteArray(200, 'X'),
                    250);
    QVERIFY(disconnected.wait(5000));
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QTRY_COMPARE(m_receiver->slowConnectionsCut(), qint64(1));
}

void TestConnectionWatchdog::testFullLimitStillTakesSignedDeliveries()
{
    WebhookReceiver::Limits limits;
    limits.headerTimeoutSeconds = 60; // only making room can free a connection here
    limits.connectionLimit = 32;
    startReceiver(limits);
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    const QByteArray partial = "POST /webhooks/whatsapp/" + phoneId.toLatin1() + " HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < limits.connectionLimit; ++i) {
        auto socket = connectSocket();
        QVERIFY(socket);
        socket->write(partial);
        QVERIFY(socket->waitForBytesWritten(5000));
        slow.push_back(std::move(socket));
    }
    // Past 90 % of the limit (28), the connections waiting longest for their headers were closed.
    QTRY_VERIFY(m_receiver->slowConnectionsCut() >= qint64(limits.connectionLimit - 28));
    QElapsedTimer timer;
    timer.start();
    WebhookClient client(m_receiver->port());
    const QByteArray body = WebhookClient::textMessage(phoneId, QStringLiteral("wamid.ROOM.1"),
                                                       QStringLiteral("15557654321"), QStringLiteral("Ana"),
                                                       QStringLiteral("hi"), QDateTime::currentDateTimeUtc());
    QCOMPARE(client.post(phoneId, body, appSecret), 200);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // The newest slow connections are still open: room was made from the oldest.
    QCOMPARE(slow.back()->state(), QAbstractSocket::ConnectedState);
}

void TestConnectionWatchdog::testSlowButCompleteRequestIsAnswered()
{
    WebhookReceiver::Limits limits;
    limits.headerTimeoutSeconds = 1;
    startReceiver(limits);
    auto socket = connectSocket();
    QVERIFY(socket);
    const QByteArray body = WebhookClient::textMessage(
        phoneId, QStringLiteral("wamid.SLOW.1"), QStringLiteral("15557654321"), QStringLiteral("Ana"),
        QStringLiteral("slow"), QDateTime::currentDateTimeUtc());
    // The headers come at once; the body takes well over the header timeout.
    socket->write("POST /webhooks/whatsapp/" + phoneId.toLatin1() + " HTTP/1.1\r\nHost: x\r\n"
                  + "Content-Type: application/json\r\nX-Hub-Signature-256: "
                  + SignatureVerifier::sign(body, appSecret) + "\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(body.size() - 10));
    QElapsedTimer timer;
    timer.start();
    Trickle trickle(socket.get(), body.right(10), 250);
    QByteArray answer;
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += socket->readAll();
            return answer.contains("\r\n\r\n") || socket->state() != QAbstractSocket::ConnectedState;
        },
        10000));
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QVERIFY(timer.elapsed() >= 2000);
    QCOMPARE(m_receiver->slowConnectionsCut(), qint64(0));
}

QTEST_GUILESS_MAIN(TestConnectionWatchdog)
#include "TestConnectionWatchdog.moc"
