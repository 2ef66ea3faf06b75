// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Bot bridge benchmark: a real `channeldesk serve` forwarding a Cloud API channel to a bot in this
// process (libmicrohttpd, one thread per connection, answering 200 after --bot-ms) while
// channeldesk-bench-webhook sends signed deliveries at a fixed rate and logs the steady-clock time
// of each acknowledgement. Reports, per phase, whether every acknowledged delivery reached the bot
// (and how many twice), the time from Meta's acknowledgement to the bot's receipt, and the largest
// backlog (acknowledged, not yet received) over the run. The outage phase keeps the bot answering
// 503 while deliveries arrive, then brings it back and reports how long the backlog takes to drain.
#include "FakeGraphApiServer.h"
#include "ServeBench.h"
#include "FakeHttpService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <vector>

namespace {

using namespace ServeBench;

const QString secret = appSecret();

//! The bot: the first receipt time of each message id, and how many came again.
class Bot
{
public:
    explicit Bot(int answerMs)
        : m_answerMs(answerMs)
        , m_http([this](const FakeHttpService::Request& request) { return handle(request); })
    { }
    bool start() { return m_http.start(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/webhook").arg(m_http.port()); }
    void setDown(bool down) { m_down = down; }
    QHash<QByteArray, qint64> received() const
    {
        std::lock_guard lock(m_mutex);
        return m_received;
    }
    int duplicates() const
    {
        std::lock_guard lock(m_mutex);
        return m_duplicates;
    }
    int refused() const { return m_refused; }

private:
    FakeHttpService::Reply handle(const FakeHttpService::Request& request)
    {
        if (m_down) {
            ++m_refused;
            return {503, "down for the benchmark", "text/plain"};
        }
        const qint64 at = nowNs();
        const qsizetype start = request.body.indexOf("\"id\":\"wamid.");
        if (start >= 0) {
            const qsizetype from = start + 6;
            const QByteArray id = request.body.mid(from, request.body.indexOf('"', from) - from);
            std::lock_guard lock(m_mutex);
            if (m_received.contains(id))
                ++m_duplicates;
            else
                m_received.insert(id, at);
        }
        if (m_answerMs > 0)
            QThread::usleep(ulong(m_answerMs) * 1000);
        return {200, "{}", "application/json"};
    }

    int m_answerMs;
    std::atomic<bool> m_down{false};
    std::atomic<int> m_refused{0};
    mutable std::mutex m_mutex;
    QHash<QByteArray, qint64> m_received;
    int m_duplicates = 0;
    FakeHttpService m_http;
};

QHash<QByteArray, qint64> readAcks(const QString& path)
{
    QHash<QByteArray, qint64> acks;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return acks;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            acks.insert(parts[0], parts[1].toLongLong());
    }
    return acks;
}

bool allReceived(const QHash<QByteArray, qint64>& acks, const Bot& bot)
{
    const QHash<QByteArray, qint64> got = bot.received();
    for (auto it = acks.cbegin(); it != acks.cend(); ++it) {
        if (!got.contains(it.key()))
            return false;
    }
    return true;
}

struct PhaseResult
{
    qint64 acknowledged = 0;
    qint64 missing = 0;
    qint64 maxBacklog = 0;
    qint64 lastReceiptNs = 0;
    std::vector<double> latenciesMs;
};

//! Latencies and the largest number acknowledged but not yet at the bot at any moment.
PhaseResult evaluate(const QHash<QByteArray, qint64>& acks, const Bot& bot)
{
    PhaseResult result;
    result.acknowledged = acks.size();
    const QHash<QByteArray, qint64> got = bot.received();
    std::vector<std::pair<qint64, int>> events; // +1 at an acknowledgement, -1 at a receipt
    for (auto it = acks.cbegin(); it != acks.cend(); ++it) {
        events.emplace_back(it.value(), 1);
        const auto receipt = got.constFind(it.key());
        if (receipt == got.cend()) {
            ++result.missing;
            continue;
        }
        // The bot may see one before the acknowledgement's time was taken by the client.
        result.latenciesMs.push_back(std::max(0.0, double(*receipt - it.value()) / 1e6));
        events.emplace_back(*receipt, -1);
        result.lastReceiptNs = std::max(result.lastReceiptNs, *receipt);
    }
    std::sort(events.begin(), events.end());
    qint64 backlog = 0;
    for (const auto& [at, change] : events) {
        backlog += change;
        result.maxBacklog = std::max(result.maxBacklog, backlog);
    }
    std::sort(result.latenciesMs.begin(), result.latenciesMs.end());
    return result;
}

bool runLoad(const QString& load, quint16 port, double rate, double seconds, const QString& ackLog)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(load,
                  {QStringLiteral("--port"), QString::number(port), QStringLiteral("--phone-number-id"),
                   FakeGraphApiServer::phoneNumberId(), QStringLiteral("--app-secret"), secret,
                   QStringLiteral("--rate"), QString::number(rate), QStringLiteral("--seconds"),
                   QString::number(seconds), QStringLiteral("--connections"), QStringLiteral("16"),
                   QStringLiteral("--ack-log"), ackLog});
    return process.waitForFinished(-1) && process.exitCode() == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Forwarding benchmark of channeldesk serve"));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("binary"), QStringLiteral("channeldesk"), QStringLiteral("path")},
         {QStringLiteral("load"), QStringLiteral("channeldesk-bench-webhook"), QStringLiteral("path")},
         {QStringLiteral("rate"), QStringLiteral("deliveries/s"), QStringLiteral("r"),
          QStringLiteral("2000")},
         {QStringLiteral("seconds"), QStringLiteral("load duration"), QStringLiteral("s"),
          QStringLiteral("10")},
         {QStringLiteral("bot-ms"), QStringLiteral("the bot's answer time"), QStringLiteral("ms"),
          QStringLiteral("1")},
         {QStringLiteral("outage-rate"), QStringLiteral("deliveries/s while the bot is down"),
          QStringLiteral("r"), QStringLiteral("1000")},
         {QStringLiteral("outage-seconds"), QStringLiteral("how long the bot is down; 0 skips the phase"),
          QStringLiteral("s"), QStringLiteral("60")}});
    parser.process(app);
    const QString binary = parser.value(QStringLiteral("binary"));
    const QString load = parser.value(QStringLiteral("load"));
    QTemporaryDir home;
    const QString dataDir = home.filePath(QStringLiteral("data"));

    Bot bot(parser.value(QStringLiteral("bot-ms")).toInt());
    FakeGraphApiServer graph; // serve's health checks stay on this machine
    if (!bot.start() || !graph.start())
        return 1;
    QFile answers(home.filePath(QStringLiteral("answers.json")));
    if (!answers.open(QIODevice::WriteOnly))
        return 1;
    answers.write(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("messaging-whatsapp"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("bench")},
                             {QStringLiteral("public_base_url"), QStringLiteral("https://bench.example.com")},
                             {QStringLiteral("phone_number_id"), FakeGraphApiServer::phoneNumberId()},
                             {QStringLiteral("access_token"), FakeGraphApiServer::validToken()},
                             {QStringLiteral("graph_base_url"), graph.baseUrl().toString()},
                             {QStringLiteral("verify_token"), verifyToken()},
                             {QStringLiteral("app_secret"), secret},
                             {QStringLiteral("forward_url"), bot.url()}}}})
            .toJson());
    answers.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    // No keychain: the secrets come from the environment, as on a headless server.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("CHANNELDESK_SECRET_BENCH_APP_SECRET"), secret);
    env.insert(QStringLiteral("CHANNELDESK_SECRET_BENCH_VERIFY_TOKEN"), verifyToken());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_BENCH_ACCESS_TOKEN"), FakeGraphApiServer::validToken());
    QProcess setup;
    setup.setProcessEnvironment(env);
    setup.start(binary,
                {QStringLiteral("setup"), QStringLiteral("--answers"), answers.fileName(),
                 QStringLiteral("--no-keychain"), QStringLiteral("--data-dir"), dataDir});
    if (!setup.waitForFinished(60000) || setup.exitCode() != 0) {
        std::fprintf(stderr, "setup failed: %s\n", setup.readAllStandardError().constData());
        return 1;
    }

    const quint16 webhookPort = freePort();
    QProcess serve;
    serve.setProcessEnvironment(env);
    serve.setStandardErrorFile(home.filePath(QStringLiteral("serve.log")));
    serve.start(binary,
                {QStringLiteral("serve"), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:%1").arg(webhookPort), QStringLiteral("--data-dir"), dataDir});
    for (QDeadlineTimer up(20000); !up.hasExpired();) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, webhookPort);
        if (probe.waitForConnected(200))
            break;
        QThread::msleep(100);
    }

    int failures = 0;
    const auto report = [&](const char* phase, const PhaseResult& result) {
        std::printf("%s: %lld acknowledged, %lld never reached the bot, %d duplicates\n", phase,
                    static_cast<long long>(result.acknowledged), static_cast<long long>(result.missing),
                    bot.duplicates());
        std::printf("%s: ack_to_bot_ms p50=%.1f p90=%.1f p99=%.1f max=%.1f; largest backlog %lld\n", phase,
                    percentile(result.latenciesMs, 0.5), percentile(result.latenciesMs, 0.9),
                    percentile(result.latenciesMs, 0.99),
                    result.latenciesMs.empty() ? 0.0 : result.latenciesMs.back(),
                    static_cast<long long>(result.maxBacklog));
        failures += result.missing > 0 ? 1 : 0;
    };

    // Steady load with a bot that keeps up.
    const QString steadyLog = home.filePath(QStringLiteral("steady.txt"));
    if (!runLoad(load, webhookPort, parser.value(QStringLiteral("rate")).toDouble(),
                 parser.value(QStringLiteral("seconds")).toDouble(), steadyLog))
        return 1;
    const QHash<QByteArray, qint64> steady = readAcks(steadyLog);
    for (QDeadlineTimer deadline(120000); !deadline.hasExpired() && !allReceived(steady, bot);)
        QThread::msleep(100);
    report("steady", evaluate(steady, bot));

    // The bot is down while deliveries keep coming, then comes back.
    const double outageSeconds = parser.value(QStringLiteral("outage-seconds")).toDouble();
    if (outageSeconds > 0) {
        bot.setDown(true);
        const QString outageLog = home.filePath(QStringLiteral("outage.txt"));
        if (!runLoad(load, webhookPort, parser.value(QStringLiteral("outage-rate")).toDouble(), outageSeconds,
                     outageLog)) {
            QFile log(home.filePath(QStringLiteral("serve.log")));
            if (log.open(QIODevice::ReadOnly))
                std::fprintf(stderr, "serve's log ends:\n%s\n", log.readAll().right(3000).constData());
            return 1;
        }
        const QHash<QByteArray, qint64> outage = readAcks(outageLog);
        const qint64 backAt = nowNs();
        bot.setDown(false);
        for (QDeadlineTimer deadline(15 * 60000); !deadline.hasExpired() && !allReceived(outage, bot);)
            QThread::msleep(50);
        const PhaseResult result = evaluate(outage, bot);
        report("outage", result);
        std::printf("outage: the bot refused %d attempts while down; backlog drained %.1f s after it came "
                    "back\n",
                    bot.refused(), double(result.lastReceiptNs - backAt) / 1e9);
    }

    QFile status(QStringLiteral("/proc/%1/status").arg(serve.processId()));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM"))
                std::printf("serve peak RSS: %s\n", line.mid(6).trimmed().constData());
    }
    serve.terminate();
    serve.waitForFinished(30000);
    return failures == 0 ? 0 : 1;
}
