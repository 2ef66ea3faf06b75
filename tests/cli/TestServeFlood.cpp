// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, finding 1, against `channeldesk serve` as a real process: many connections sending
// large unsigned bodies at once must not grow the server past the memory cap set in settings.ini
// (RSS read from /proc), what does not fit is refused (503 with Retry-After, or closed), and a
// signed delivery is still accepted and stored afterwards.
#include "util/DataDirectory.h"
#include "webhook/SignatureVerifier.h"
#include "CloudChannelAnswers.h"
#include "ServeProcess.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

const QByteArray appSecret = "0123456789abcdef0f100d0f100d0f10";
const QString phoneId = QStringLiteral("106540352242977");
constexpr qint64 kMiB = 1024 * 1024;
constexpr int kCapMiB = 16;
constexpr int kFloodConnections = 64;
constexpr qint64 kAnnounced = 5 * kMiB / 2; // within the receiver's 3 MiB body limit
constexpr qint64 kMaxBody = 3 * kMiB;
constexpr qint64 kChunk = 64 * 1024;
//! What each flooding connection sends before it waits: all but the last chunk, so that the server
//! holds the body unverified.
constexpr qint64 kHeld = kAnnounced - kChunk;
//! Allocator slack, libmicrohttpd's per-connection buffers, the build's and health's own memory.
constexpr qint64 kMarginMiB = 48;

QByteArray delivery(const QString& wamid)
{
    return QStringLiteral(
               R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{)"
               R"("messaging_product":"whatsapp","metadata":{"phone_number_id":"%1"},"contacts":[{"profile":)"
               R"({"name":"Flood Test"},"wa_id":"15550007777"}],"messages":[{"from":"15550007777","id":"%2",)"
               R"("timestamp":"1767225600","type":"text","text":{"body":"after the flood"}}]}}]}]})")
        .arg(phoneId, wamid)
        .toUtf8();
}

//! A kB field from /proc/PID/status (VmRSS, VmHWM), in bytes; -1 when unreadable.
qint64 procStatus(qint64 pid, const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

//! A raw HTTP/1.1 client that sends an unsigned POST's headers and then its body in chunks, each
//! only once the previous one has left, so that many of them interleave in one event loop.
class FloodClient : public QObject
{
public:
    enum class Outcome
    {
        Pending,
        Answered,
        Closed
    };

    FloodClient(quint16 port, qint64 announced, qint64 sendUpTo, QObject* parent)
        : QObject(parent)
        , m_announced(announced)
        , m_sendUpTo(sendUpTo)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_socket.write(QStringLiteral("POST /webhooks/whatsapp/%1 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          "Content-Type: application/json\r\nContent-Length: %2\r\n"
                                          "X-Hub-Signature-256: sha256=%3\r\n\r\n")
                               .arg(phoneId)
                               .arg(m_announced)
                               .arg(QString(64, QLatin1Char('0')))
                               .toLatin1());
            pump();
        });
        connect(&m_socket, &QTcpSocket::bytesWritten, this, [this] { pump(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_received += m_socket.readAll();
            parse();
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { finish(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { finish(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    //! Sends the body on up to upTo bytes.
    void sendUpTo(qint64 upTo)
    {
        m_sendUpTo = upTo;
        pump();
    }
    //! Body bytes handed to the kernel; what the server holds once it has read them.
    qint64 sent() const { return m_sent; }
    bool flushed() const { return m_sent == m_sendUpTo && m_socket.bytesToWrite() == 0; }
    Outcome outcome() const { return m_outcome; }
    int status() const { return m_status; }
    QByteArray retryAfter() const { return m_retryAfter; }
    bool open() const { return m_outcome == Outcome::Pending; }

private:
    void pump()
    {
        // One chunk queued at a time: the connections take turns, as a flood's would.
        if (m_outcome != Outcome::Pending || m_socket.state() != QAbstractSocket::ConnectedState
            || m_socket.bytesToWrite() > 0 || m_sent >= m_sendUpTo)
            return;
        const qint64 size = std::min(kChunk, m_sendUpTo - m_sent);
        m_socket.write(QByteArray(qsizetype(size), 'x'));
        m_sent += size;
    }

    void parse()
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (m_outcome != Outcome::Pending || end < 0)
            return;
        const QList<QByteArray> lines = m_received.left(end).split('\n');
        m_status = lines.value(0).split(' ').value(1).toInt();
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("retry-after:"))
                m_retryAfter = line.mid(12).trimmed();
        }
        m_outcome = Outcome::Answered;
        m_socket.abort();
    }

    void finish()
    {
        parse(); // an answer may come together with the close
        if (m_outcome == Outcome::Pending)
            m_outcome = Outcome::Closed;
    }

    QTcpSocket m_socket;
    const qint64 m_announced;
    qint64 m_sendUpTo;
    qint64 m_sent = 0;
    QByteArray m_received;
    Outcome m_outcome = Outcome::Pending;
    int m_status = 0;
    QByteArray m_retryAfter;
};

} // namespace

class TestServeFlood : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testUnsignedFloodStaysWithinTheMemoryCap();

private:
    QProcessEnvironment environment() const;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    //! GET /health's unverified_body_bytes; -1 when it cannot be read.
    qint64 unverifiedBodyBytes();

    QTemporaryDir m_dir;
    std::unique_ptr<ServeProcess> m_serve;
    quint16 m_port = 0;
    QNetworkAccessManager m_http;
};

void TestServeFlood::initTestCase()
{
    TestEnvironment::init();
    const QString binary = qEnvironmentVariable("CHANNELDESK_BINARY");
    QVERIFY(QFile::exists(binary));
    m_serve = std::make_unique<ServeProcess>(binary, dataDir(), environment());
    CloudChannelAnswers flood{QStringLiteral("flood"),
                              QStringLiteral("EAA_FLOOD_TEST_TOKEN_NOT_REAL_00000000000")};
    flood.phoneNumberId = phoneId;
    flood.verifyToken = QStringLiteral("flood-test-verify-token-000");
    flood.appSecret = QString::fromLatin1(appSecret);
    QCOMPARE(m_serve->setup(flood.toAnswers()).exitCode, 0);
    // Small caps keep the test light; serve takes them from settings.ini like the window does.
    QSettings settings(ChannelDesk::DataDirectory::settingsPath(dataDir()), QSettings::IniFormat);
    settings.setValue(QStringLiteral("receiver/unverifiedBodyMiB"), kCapMiB);
    settings.setValue(QStringLiteral("receiver/unverifiedBodyPerAddressMiB"), kCapMiB);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

QProcessEnvironment TestServeFlood::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_FLOOD_APP_SECRET"), QString::fromLatin1(appSecret));
    env.insert(QStringLiteral("CHANNELDESK_SECRET_FLOOD_VERIFY_TOKEN"),
               QStringLiteral("flood-test-verify-token-000"));
    return env;
}

qint64 TestServeFlood::unverifiedBodyBytes()
{
    QNetworkReply* reply
        = m_http.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(m_port))));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000)) {
        reply->abort();
        reply->deleteLater();
        return -1;
    }
    const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return health.contains(QStringLiteral("unverified_body_bytes"))
        ? qint64(health.value(QStringLiteral("unverified_body_bytes")).toDouble())
        : -1;
}

void TestServeFlood::testUnsignedFloodStaysWithinTheMemoryCap()
{
    // serve logs a line per request to a file: a full pipe would stall it.
    QVERIFY2(m_serve->startReceiver(), qPrintable(m_serve->log()));
    m_port = m_serve->webhookPort();
    QProcess& server = m_serve->process();
    const auto serveLog = [this] { return m_serve->log().toUtf8(); };
    const qint64 pid = server.processId();
    QCOMPARE(unverifiedBodyBytes(), 0);
    const qint64 idleRss = procStatus(pid, "VmRSS");
    QVERIFY(idleRss > 0);
    const qint64 bound = idleRss + (kCapMiB + kMarginMiB) * kMiB;

    // The flood: every connection announces 2.5 MiB and sends all but its last chunk. Without the
    // cap the server would hold 64 × 2.44 MiB = 156 MiB of them at once.
    std::vector<std::unique_ptr<FloodClient>> flood;
    for (int i = 0; i < kFloodConnections; ++i)
        flood.push_back(std::make_unique<FloodClient>(m_port, kAnnounced, kHeld, this));
    qint64 peak = 0;
    const auto heldByOpen = [](const std::vector<std::unique_ptr<FloodClient>>& clients) {
        qint64 held = 0;
        for (const auto& client : clients)
            held += client->open() ? kAnnounced : 0;
        return held;
    };
    // Settled: every connection left open has sent its part, and the server has charged each for
    // the buffer of its whole announced body, which it reserved once past the first 64 KiB.
    const auto settled = [&](const std::vector<std::unique_ptr<FloodClient>>& clients) {
        peak = std::max(peak, procStatus(pid, "VmRSS"));
        for (const auto& client : clients) {
            if (client->open() && !client->flushed())
                return false;
        }
        return unverifiedBodyBytes() == heldByOpen(clients);
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(flood), 20000);
    const qint64 heldAfterFlood = heldByOpen(flood);
    int open = 0;
    int closed = 0;
    for (const auto& client : flood) {
        if (client->open())
            ++open;
        else if (client->outcome() == FloodClient::Outcome::Closed)
            ++closed;
        else
            QVERIFY2(
                client->status() == 503 && !client->retryAfter().isEmpty(),
                qPrintable(QStringLiteral("answered %1 before its body was sent").arg(client->status())));
    }
    QVERIFY2(heldAfterFlood <= kCapMiB * kMiB, qPrintable(QString::number(heldAfterFlood)));
    QVERIFY(open >= 1);
    QVERIFY2(open < kFloodConnections, "every connection's body was held: there is no cap");
    qInfo("%d connections held %lld bytes unverified, %d closed, %d refused with 503", open, heldAfterFlood,
          closed, kFloodConnections - open - closed);
    // VmHWM is the peak whatever happened between two samples. Empty when within the bound.
    const auto overBound = [&] {
        peak = std::max(peak, procStatus(pid, "VmHWM"));
        qInfo("serve RSS idle %.1f MiB, peak %.1f MiB (VmHWM), bound %.1f MiB", double(idleRss) / kMiB,
              double(peak) / kMiB, double(bound) / kMiB);
        return peak <= bound ? QString()
                             : QStringLiteral("serve peaked at %1 MiB, over %2 MiB")
                                   .arg(double(peak) / kMiB, 0, 'f', 1)
                                   .arg(double(bound) / kMiB, 0, 'f', 1);
    };
    QString over = overBound();
    QVERIFY2(over.isEmpty(), qPrintable(over));

    // Fill what is left of the cap with bodies held open, then a body that cannot fit is refused
    // before it is read: 503 with Retry-After.
    std::vector<std::unique_ptr<FloodClient>> extra;
    while (heldByOpen(flood) + heldByOpen(extra) + kMaxBody <= kCapMiB * kMiB) {
        extra.push_back(std::make_unique<FloodClient>(m_port, kAnnounced, kHeld, this));
        QTRY_VERIFY_WITH_TIMEOUT(!extra.back()->open()
                                     || (extra.back()->flushed()
                                         && unverifiedBodyBytes() == heldByOpen(flood) + heldByOpen(extra)),
                                 10000);
        QVERIFY(extra.back()->open());
    }
    FloodClient refused(m_port, kMaxBody, 0, this);
    QTRY_VERIFY_WITH_TIMEOUT(!refused.open(), 10000);
    QCOMPARE(refused.outcome(), FloodClient::Outcome::Answered);
    QCOMPARE(refused.status(), 503);
    QVERIFY(refused.retryAfter().toInt() > 0);

    over = overBound();
    QVERIFY2(over.isEmpty(), qPrintable(over));

    // The held bodies complete; unsigned, they are refused with 401 and let go.
    std::vector<FloodClient*> held;
    for (auto* clients : {&flood, &extra}) {
        for (const auto& client : *clients) {
            if (client->open())
                held.push_back(client.get());
        }
    }
    for (FloodClient* client : held)
        client->sendUpTo(kAnnounced);
    for (FloodClient* client : held) {
        QTRY_VERIFY_WITH_TIMEOUT(!client->open(), 10000);
        QCOMPARE(client->outcome(), FloodClient::Outcome::Answered);
        QCOMPARE(client->status(), 401);
    }
    QTRY_COMPARE_WITH_TIMEOUT(unverifiedBodyBytes(), 0, 10000);
    QVERIFY(serveLog().contains("over-memory-cap"));

    // Meta's next delivery gets through and is stored.
    const QByteArray body = delivery(QStringLiteral("wamid.after-flood"));
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/whatsapp/%2").arg(m_port).arg(phoneId)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-Hub-Signature-256", ChannelDesk::SignatureVerifier::sign(body, appSecret));
    QNetworkReply* reply = m_http.post(request, body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QCOMPARE(server.state(), QProcess::Running);
    QVERIFY(procStatus(pid, "VmRSS") <= bound);
    const auto logged = [this] {
        return m_serve->cli({QStringLiteral("log"), QStringLiteral("--json")}).out;
    };
    QTRY_VERIFY_WITH_TIMEOUT(logged().contains(QLatin1String("wamid.after-flood")), 15000);
    server.terminate();
    QVERIFY(server.waitForFinished(30000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServeFlood)
#include "TestServeFlood.moc"
