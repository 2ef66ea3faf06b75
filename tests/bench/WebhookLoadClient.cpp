// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback load generator for `channeldesk serve`: sends signed, realistic Cloud API deliveries
// over keep-alive connections and reports acknowledged deliveries per second and latency
// percentiles. With --rate it sends on a fixed schedule and measures latency from the scheduled
// send time, so a stalled server is not hidden (no coordinated omission). With --wrk-script it
// writes signed deliveries for Debian's wrk instead.
#include <QByteArray>
#include <QCommandLineParser>
#include <QFile>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "WeComCallbackSigner.h"

#include <QDateTime>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options
{
    quint16 port = 8645;
    QByteArray phoneNumberId;
    QByteArray appSecret;
    int connections = 32;
    double seconds = 10;
    double rate = 0; // deliveries per second overall; 0 = as fast as possible
    // WeCom mode: encrypted, signed callbacks of one app to its own path instead of Meta's POSTs.
    QByteArray weComChannel;
    QByteArray weComToken;
    QString weComKey;
    QByteArray weComCorp;
};

QByteArray wamidOf(quint64 n)
{
    return "wamid.HBgLMTU1NTc2NTQzMjEVAgASGBQzQTAy" + QByteArray::number(n) + "QUFBQkJCQ0ND";
}

//! A realistic inbound text message as Meta sends it (about 700 bytes), unique per n.
QByteArray buildBody(const Options& o, quint64 n)
{
    const QByteArray wamid = wamidOf(n);
    const QByteArray from = "1555" + QByteArray::number(1000000 + n % 10000);
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{"
           "\"value\":"
           "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550001234\","
           "\"phone_number_id\":\""
        + o.phoneNumberId + "\"},\"contacts\":[{\"profile\":{\"name\":\"Customer "
        + QByteArray::number(n % 10000) + "\"},\"wa_id\":\"" + from + "\"}],\"messages\":[{\"from\":\"" + from
        + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"" + QByteArray::number(1767225600 + n / 1000)
        + "\",\"text\":{\"body\":\"Hello, I would like to know the status of my order number "
        + QByteArray::number(n) + ". Thank you!\"},\"type\":\"text\"}]},\"field\":\"messages\"}]}]}";
}

QByteArray signatureOf(const Options& o, const QByteArray& body)
{
    return QMessageAuthenticationCode::hash(body, o.appSecret, QCryptographicHash::Sha256).toHex();
}

//! A WeCom text callback as WeCom sends it: the member's message encrypted for the corp, signed
//! with the app's Token (the envelope is about 600 bytes). MsgId doubles as the ack log's id.
QByteArray buildWeComRequest(const Options& o, quint64 n)
{
    const WeComCallbackSigner signer(o.weComToken, o.weComKey, o.weComCorp);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray xml = WeComCallbackSigner::textXml(
        o.weComCorp, "member" + QByteArray::number(n % 10000), now,
        "Hello, I would like to know the status of my order number " + QByteArray::number(n) + ". Thank you!",
        wamidOf(n));
    const WeComCallbackSigner::Signed s = signer.post(xml, now, QByteArray::number(n));
    return "POST /wecom/" + o.weComChannel + "/callback?" + s.query.toString(QUrl::FullyEncoded).toLatin1()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml\r\nContent-Length: "
        + QByteArray::number(s.body.size()) + "\r\n\r\n" + s.body;
}

QByteArray buildRequest(const Options& o, quint64 n)
{
    if (!o.weComChannel.isEmpty())
        return buildWeComRequest(o, n);
    const QByteArray body = buildBody(o, n);
    return "POST /webhooks/whatsapp/" + o.phoneNumberId
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          "Content-Type: application/json\r\nX-Hub-Signature-256: sha256="
        + signatureOf(o, body) + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

//! A script for wrk (Debian's HTTP load generator, which cannot sign) and, next to it, count
//! deliveries signed in advance (path.data, one "signature TAB body" a line; Lua's limit on
//! constants rules out putting them in the script). wrk sends them in turn, each of its threads
//! starting at another place.
bool writeWrkScript(const Options& o, const QString& path, int count)
{
    QFile data(path + QStringLiteral(".data"));
    QFile script(path);
    if (!data.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !script.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const quint64 first = quint64(Clock::now().time_since_epoch().count()) % 1000000000ull * 1000;
    for (int i = 0; i < count; ++i) {
        const QByteArray body = buildBody(o, first + quint64(i));
        data.write("sha256=" + signatureOf(o, body) + '\t' + body + '\n');
    }
    // The requests are formatted once, when the script loads: formatting each one in request()
    // cost wrk about a third of its time, CPU the server then did not get.
    script.write("local path = \"/webhooks/whatsapp/" + o.phoneNumberId
                 + "\"\n"
                   "local requests = {}\n"
                   "for line in io.lines(\""
                 + data.fileName().toUtf8()
                 + "\") do\n"
                   "  local signature, body = line:match(\"^(%S+)\\t(.*)$\")\n"
                   "  requests[#requests + 1] = wrk.format(\"POST\", path, {[\"Content-Type\"] = "
                   "\"application/json\",\n"
                   "    [\"X-Hub-Signature-256\"] = signature}, body)\n"
                   "end\n"
                   "local next = 0\n"
                   "init = function(args) next = math.random(#requests) end\n"
                   "request = function()\n"
                   "  next = next % #requests + 1\n"
                   "  return requests[next]\n"
                   "end\n");
    return data.flush() && script.flush();
}

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    return fd;
}

//! Takes one complete response off the front of buffer (the server always sends Content-Length).
//! Returns its status, or 0 while the response is still incomplete.
int takeResponse(QByteArray& buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return 0;
    const qsizetype lengthAt = buffer.indexOf("Content-Length: ");
    const qsizetype bodyLength = lengthAt >= 0 && lengthAt < headerEnd
        ? buffer.mid(lengthAt + 16, buffer.indexOf('\r', lengthAt) - lengthAt - 16).toLongLong()
        : 0;
    if (buffer.size() < headerEnd + 4 + bodyLength)
        return 0;
    const int status = buffer.mid(9, 3).toInt();
    buffer.remove(0, headerEnd + 4 + bodyLength);
    return status;
}

struct Connection
{
    int fd = -1;
    bool busy = false; //!< a request is out and its response not yet read
    Clock::time_point since; //!< when that request was due (paced) or sent (maximum rate)
    size_t index = 0; //!< of the request out
    QByteArray pending; //!< the part of the request the socket did not take yet
    QByteArray received;
};

struct Totals
{
    std::vector<double> latenciesMs;
    //! Request index and steady-clock time of each 200, for --ack-log.
    std::vector<std::pair<size_t, Clock::time_point>> acknowledgements;
    quint64 acknowledged = 0;
    quint64 failed = 0;
};

//! One thread, every connection in one epoll set: a thread per connection spent more of the two
//! cores on scheduling than the server spent on the deliveries, and its own wake-up delays showed
//! up in the p99. Requests are signed before the clock starts. Paced mode is open-loop: delivery i
//! is due at start + i / rate and goes out on the first idle connection; its latency counts from
//! when it was due, so a stalled server is not hidden (no coordinated omission).
class LoadLoop
{
public:
    LoadLoop(const Options& o, std::vector<QByteArray> requests)
        : m_o(o)
        , m_requests(std::move(requests))
    { }

    bool run(Totals& totals);

private:
    bool send(Connection& c, Clock::time_point since);
    bool flush(Connection& c);
    //! Connects an idle connection the server closed again, in the same epoll slot.
    bool reopen(Connection& c, quint64 slot);
    void armTimer(Clock::time_point at);

    const Options& m_o;
    std::vector<QByteArray> m_requests;
    size_t m_next = 0;
    std::vector<Connection> m_connections;
    int m_epoll = -1;
    int m_timer = -1;
};

bool LoadLoop::send(Connection& c, Clock::time_point since)
{
    c.busy = true;
    c.since = since;
    c.index = m_next % m_requests.size();
    c.pending = m_requests[c.index];
    ++m_next;
    return flush(c);
}

bool LoadLoop::flush(Connection& c)
{
    while (!c.pending.isEmpty()) {
        const ssize_t sent = ::send(c.fd, c.pending.constData(), size_t(c.pending.size()), MSG_NOSIGNAL);
        if (sent < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK;
        c.pending.remove(0, sent);
    }
    return true;
}

bool LoadLoop::reopen(Connection& c, quint64 slot)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, c.fd, nullptr);
    ::close(c.fd);
    c.fd = connectTo(m_o.port);
    if (c.fd < 0)
        return false;
    ::fcntl(c.fd, F_SETFL, ::fcntl(c.fd, F_GETFL) | O_NONBLOCK);
    epoll_event event{};
    event.events = EPOLLIN | EPOLLOUT | EPOLLET;
    event.data.u64 = slot;
    return ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &event) == 0;
}

void LoadLoop::armTimer(Clock::time_point at)
{
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(at.time_since_epoch()).count();
    itimerspec spec{};
    spec.it_value.tv_sec = time_t(ns / 1000000000);
    spec.it_value.tv_nsec = long(ns % 1000000000);
    if (spec.it_value.tv_sec == 0 && spec.it_value.tv_nsec == 0)
        spec.it_value.tv_nsec = 1;
    ::timerfd_settime(m_timer, TFD_TIMER_ABSTIME, &spec, nullptr);
}

bool LoadLoop::run(Totals& totals)
{
    m_epoll = ::epoll_create1(0);
    m_timer = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
    epoll_event timerEvent{};
    timerEvent.events = EPOLLIN;
    timerEvent.data.u64 = ~0ull;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_timer, &timerEvent);
    m_connections.resize(size_t(m_o.connections));
    for (size_t i = 0; i < m_connections.size(); ++i) {
        Connection& c = m_connections[i];
        c.fd = connectTo(m_o.port);
        if (c.fd < 0) {
            std::fprintf(stderr, "cannot connect to 127.0.0.1:%u\n", unsigned(m_o.port));
            return false;
        }
        ::fcntl(c.fd, F_SETFL, ::fcntl(c.fd, F_GETFL) | O_NONBLOCK);
        epoll_event event{};
        event.events = EPOLLIN | EPOLLOUT | EPOLLET;
        event.data.u64 = i;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, c.fd, &event);
    }
    const bool paced = m_o.rate > 0;
    const auto interval = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(1.0 / std::max(m_o.rate, 1.0)));
    const Clock::time_point start = Clock::now();
    const Clock::time_point end
        = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(m_o.seconds));
    quint64 due = 0; // paced: deliveries due so far
    if (!paced) {
        for (Connection& c : m_connections) {
            if (!send(c, Clock::now()))
                return false;
        }
    }
    armTimer(paced ? start : end);
    std::vector<epoll_event> events(m_connections.size() + 1);
    for (;;) {
        const int ready = ::epoll_wait(m_epoll, events.data(), int(events.size()), 1000);
        const Clock::time_point now = Clock::now();
        for (int e = 0; e < ready; ++e) {
            if (events[size_t(e)].data.u64 == ~0ull) {
                quint64 expirations = 0;
                (void)!::read(m_timer, &expirations, sizeof expirations);
                continue;
            }
            Connection& c = m_connections[events[size_t(e)].data.u64];
            if (!flush(c))
                return false;
            for (;;) {
                char chunk[16384];
                const ssize_t got = ::recv(c.fd, chunk, sizeof chunk, 0);
                if (got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
                    if (!c.busy && c.received.isEmpty() && reopen(c, events[size_t(e)].data.u64))
                        break; // an idle keep-alive connection timed out, as a server may do
                    std::fprintf(stderr, "the server closed a connection\n");
                    ++totals.failed;
                    return false;
                }
                if (got < 0)
                    break;
                c.received.append(chunk, got);
            }
            while (const int status = takeResponse(c.received)) {
                totals.latenciesMs.push_back(
                    std::chrono::duration<double, std::milli>(now - c.since).count());
                ++(status == 200 ? totals.acknowledged : totals.failed);
                if (status == 200)
                    totals.acknowledgements.emplace_back(c.index, now);
                c.busy = false;
                if (!paced && now < end && !send(c, now))
                    return false;
            }
        }
        if (now >= end)
            break;
        if (paced) {
            // Every delivery that has come due goes out on an idle connection; when all are busy,
            // the rest wait for one, still timed from when they were due.
            const quint64 dueNow
                = std::min<quint64>(quint64((now - start) / interval) + 1, m_requests.size());
            due = std::max(due, dueNow);
            for (Connection& c : m_connections) {
                if (m_next >= due)
                    break;
                if (!c.busy && !send(c, start + interval * Clock::rep(m_next)))
                    return false;
            }
            armTimer(std::min(end, start + interval * Clock::rep(due)));
        }
    }
    for (Connection& c : m_connections)
        ::close(c.fd);
    ::close(m_timer);
    ::close(m_epoll);
    return true;
}

//! A number of the receiver's GET /health: backlog (acknowledged, not yet in the log) or
//! search_backlog (in the log, not yet searchable); -1 on failure.
qint64 healthFigure(quint16 port, const QString& name)
{
    const int fd = connectTo(port);
    if (fd < 0)
        return -1;
    const QByteArray request = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    QByteArray response;
    if (::write(fd, request.constData(), size_t(request.size())) == request.size()) {
        char chunk[4096];
        ssize_t got = 0;
        while ((got = ::read(fd, chunk, sizeof chunk)) > 0)
            response.append(chunk, got);
    }
    ::close(fd);
    const qsizetype bodyAt = response.indexOf("\r\n\r\n");
    if (bodyAt < 0)
        return -1;
    const QJsonObject health = QJsonDocument::fromJson(response.mid(bodyAt + 4)).object();
    return health.contains(name) ? qint64(health.value(name).toDouble()) : -1;
}

//! Waits until the receiver has built every acknowledged delivery into the conversation log, and
//! then until search finds all of it (indexing runs behind the build, in steps).
int waitForCatchUp(quint16 port)
{
    const Clock::time_point start = Clock::now();
    const auto waitFor = [&](const QString& name) {
        qint64 left = healthFigure(port, name);
        while (left > 0 && Clock::now() - start < std::chrono::minutes(5)) {
            QThread::msleep(100);
            left = healthFigure(port, name);
        }
        return std::make_pair(left, std::chrono::duration<double>(Clock::now() - start).count());
    };
    const qint64 initial = healthFigure(port, QStringLiteral("backlog"));
    const auto [backlog, inLog] = waitFor(QStringLiteral("backlog"));
    const auto [unindexed, searchable] = waitFor(QStringLiteral("search_backlog"));
    std::printf("backlog at the end of the load=%lld, in the log %.1f s later, searchable %.1f s later\n",
                static_cast<long long>(initial), inLog, searchable);
    return backlog == 0 && unindexed <= 0 ? 0 : 1;
}

double percentile(std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Signed webhook load against channeldesk serve"));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("port"), QStringLiteral("receiver port"), QStringLiteral("port"),
          QStringLiteral("8645")},
         {QStringLiteral("phone-number-id"), QStringLiteral("channel's phone number id"),
          QStringLiteral("id")},
         {QStringLiteral("app-secret"), QStringLiteral("channel's App Secret"), QStringLiteral("secret")},
         {QStringLiteral("connections"), QStringLiteral("keep-alive connections"), QStringLiteral("n"),
          QStringLiteral("32")},
         {QStringLiteral("seconds"), QStringLiteral("duration"), QStringLiteral("s"), QStringLiteral("10")},
         {QStringLiteral("rate"), QStringLiteral("deliveries/s overall, 0 = maximum"), QStringLiteral("r"),
          QStringLiteral("0")},
         {QStringLiteral("wrk-script"),
          QStringLiteral("write a wrk Lua script with signed deliveries and exit"), QStringLiteral("file")},
         {QStringLiteral("ack-log"),
          QStringLiteral("write \"WAMID NANOSECONDS\" per acknowledged delivery (steady clock, as "
                         "CLOCK_MONOTONIC) to file"),
          QStringLiteral("file")},
         {QStringLiteral("wecom-channel"),
          QStringLiteral("send WeCom callbacks to /wecom/ID/callback instead (with --wecom-token, "
                         "--wecom-key, --wecom-corp)"),
          QStringLiteral("id")},
         {QStringLiteral("wecom-token"), QStringLiteral("the WeCom app's Token"), QStringLiteral("token")},
         {QStringLiteral("wecom-key"), QStringLiteral("the WeCom app's EncodingAESKey"),
          QStringLiteral("key")},
         {QStringLiteral("wecom-corp"), QStringLiteral("the WeCom app's corp id"), QStringLiteral("id")},
         {QStringLiteral("count"), QStringLiteral("deliveries in the wrk script"), QStringLiteral("n"),
          QStringLiteral("100000")},
         {QStringLiteral("catch-up"),
          QStringLiteral(
              "wait until the receiver's acknowledged deliveries are all in the log, and say how long "
              "that took")}});
    parser.process(app);
    Options o;
    o.port = quint16(parser.value(QStringLiteral("port")).toUInt());
    o.phoneNumberId = parser.value(QStringLiteral("phone-number-id")).toLatin1();
    o.appSecret = parser.value(QStringLiteral("app-secret")).toLatin1();
    o.connections = parser.value(QStringLiteral("connections")).toInt();
    o.seconds = parser.value(QStringLiteral("seconds")).toDouble();
    o.rate = parser.value(QStringLiteral("rate")).toDouble();
    o.weComChannel = parser.value(QStringLiteral("wecom-channel")).toLatin1();
    o.weComToken = parser.value(QStringLiteral("wecom-token")).toLatin1();
    o.weComKey = parser.value(QStringLiteral("wecom-key"));
    o.weComCorp = parser.value(QStringLiteral("wecom-corp")).toLatin1();
    if (!o.weComChannel.isEmpty()) {
        // The WeCom path needs no phone number id or App Secret.
        o.phoneNumberId = "-";
        o.appSecret = "-";
    }
    if (parser.isSet(QStringLiteral("catch-up")))
        return waitForCatchUp(o.port);
    if (parser.isSet(QStringLiteral("wrk-script"))) {
        if (o.phoneNumberId.isEmpty() || o.appSecret.isEmpty())
            return 2;
        return writeWrkScript(o, parser.value(QStringLiteral("wrk-script")),
                              parser.value(QStringLiteral("count")).toInt())
            ? 0
            : 1;
    }
    if (o.phoneNumberId.isEmpty() || o.appSecret.isEmpty() || o.connections <= 0 || o.seconds <= 0) {
        std::fprintf(stderr, "need --phone-number-id, --app-secret, positive --connections and --seconds\n");
        return 2;
    }
    const quint64 first = quint64(Clock::now().time_since_epoch().count()) % 1000000000ull * 1000;
    // Paced runs need rate x seconds distinct deliveries; a maximum-rate run cycles through as
    // many as 30 000/s would need (later ones are duplicates the server stores once).
    const size_t count = size_t(o.rate > 0 ? o.rate * o.seconds + 1 : 30000 * o.seconds);
    std::vector<QByteArray> requests;
    requests.reserve(count);
    for (size_t i = 0; i < count; ++i)
        requests.push_back(buildRequest(o, first + i));
    Totals totals;
    LoadLoop loop(o, std::move(requests));
    const Clock::time_point start = Clock::now();
    if (!loop.run(totals))
        return 1;
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::sort(totals.latenciesMs.begin(), totals.latenciesMs.end());
    std::printf("connections=%d target_rate=%s duration=%.1fs\n", o.connections,
                o.rate > 0 ? QByteArray::number(o.rate).constData() : "max", elapsed);
    std::printf("acknowledged=%llu failed=%llu rate=%.0f/s\n",
                static_cast<unsigned long long>(totals.acknowledged),
                static_cast<unsigned long long>(totals.failed), double(totals.acknowledged) / elapsed);
    std::printf("latency_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f\n", percentile(totals.latenciesMs, 0.50),
                percentile(totals.latenciesMs, 0.90), percentile(totals.latenciesMs, 0.99),
                totals.latenciesMs.empty() ? 0.0 : totals.latenciesMs.back());
    if (parser.isSet(QStringLiteral("ack-log"))) {
        QFile log(parser.value(QStringLiteral("ack-log")));
        if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        for (const auto& [index, at] : totals.acknowledgements)
            log.write(
                wamidOf(first + index) + ' '
                + QByteArray::number(qint64(
                    std::chrono::duration_cast<std::chrono::nanoseconds>(at.time_since_epoch()).count()))
                + '\n');
    }
    if (o.rate <= 0 && waitForCatchUp(o.port) != 0)
        return 1;
    return totals.failed == 0 && totals.acknowledged > 0 ? 0 : 1;
}
