// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Loopback load generator for `channeldesk serve`: sends signed, realistic Cloud API deliveries
// over keep-alive connections and reports acknowledged deliveries per second and latency
// percentiles. With --rate it paces each connection on a fixed schedule and measures latency
// from the scheduled send time, so a stalled server is not hidden (no coordinated omission).
#include <QByteArray>
#include <QCommandLineParser>
#include <QFile>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>
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
};

std::atomic<quint64> nextMessage{0};

//! A realistic inbound text message as Meta sends it (about 700 bytes), unique per n.
QByteArray buildBody(const Options& o, quint64 n)
{
    const QByteArray wamid
        = "wamid.HBgLMTU1NTc2NTQzMjEVAgASGBQzQTAy" + QByteArray::number(n) + "QUFBQkJCQ0ND";
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

QByteArray buildRequest(const Options& o, quint64 n)
{
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

//! Reads one response (the server always sends Content-Length). Returns the status, 0 on failure.
int readResponse(int fd, QByteArray& buffer)
{
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const qsizetype lengthAt = buffer.indexOf("Content-Length: ");
            const qsizetype bodyLength = lengthAt >= 0 && lengthAt < headerEnd
                ? buffer.mid(lengthAt + 16, buffer.indexOf('\r', lengthAt) - lengthAt - 16).toLongLong()
                : 0;
            if (buffer.size() >= headerEnd + 4 + bodyLength) {
                const int status = buffer.mid(9, 3).toInt();
                buffer.remove(0, headerEnd + 4 + bodyLength);
                return status;
            }
        }
        char chunk[4096];
        const ssize_t got = ::recv(fd, chunk, sizeof(chunk), 0);
        if (got <= 0)
            return 0;
        buffer.append(chunk, got);
    }
}

struct Totals
{
    std::mutex mutex;
    std::vector<double> latenciesMs;
    quint64 acknowledged = 0;
    quint64 failed = 0;
};

void runConnection(const Options& o, Clock::time_point start, Clock::time_point end, double interval,
                   Totals& totals)
{
    std::vector<double> latencies;
    quint64 ok = 0;
    quint64 failed = 0;
    int fd = connectTo(o.port);
    if (fd < 0)
        ++failed;
    QByteArray buffer;
    Clock::time_point scheduled = start;
    while (fd >= 0) {
        if (interval > 0) {
            scheduled += std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(interval));
            if (scheduled >= end)
                break;
            std::this_thread::sleep_until(scheduled);
        } else {
            scheduled = Clock::now();
            if (scheduled >= end)
                break;
        }
        const QByteArray request = buildRequest(o, nextMessage++);
        if (::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL) != request.size()) {
            ++failed;
            break;
        }
        const int status = readResponse(fd, buffer);
        latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - scheduled).count());
        if (status == 200)
            ++ok;
        else
            ++failed;
        if (status == 0)
            break;
    }
    if (fd >= 0)
        ::close(fd);
    std::lock_guard lock(totals.mutex);
    totals.latenciesMs.insert(totals.latenciesMs.end(), latencies.begin(), latencies.end());
    totals.acknowledged += ok;
    totals.failed += failed;
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
         {QStringLiteral("count"), QStringLiteral("deliveries in the wrk script"), QStringLiteral("n"),
          QStringLiteral("100000")}});
    parser.process(app);
    Options o;
    o.port = quint16(parser.value(QStringLiteral("port")).toUInt());
    o.phoneNumberId = parser.value(QStringLiteral("phone-number-id")).toLatin1();
    o.appSecret = parser.value(QStringLiteral("app-secret")).toLatin1();
    o.connections = parser.value(QStringLiteral("connections")).toInt();
    o.seconds = parser.value(QStringLiteral("seconds")).toDouble();
    o.rate = parser.value(QStringLiteral("rate")).toDouble();
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
    nextMessage = quint64(Clock::now().time_since_epoch().count()) % 1000000000ull * 1000;
    const double interval = o.rate > 0 ? double(o.connections) / o.rate : 0;
    Totals totals;
    const Clock::time_point start = Clock::now();
    const Clock::time_point end
        = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o.seconds));
    std::vector<std::thread> workers;
    for (int c = 0; c < o.connections; ++c) {
        // Stagger paced connections so their sends do not all land at the same instant.
        const Clock::time_point offset = start
            + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(interval * c / o.connections));
        workers.emplace_back(runConnection, std::cref(o), offset, end, interval, std::ref(totals));
    }
    for (std::thread& worker : workers)
        worker.join();
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
    return totals.failed == 0 && totals.acknowledged > 0 ? 0 : 1;
}
