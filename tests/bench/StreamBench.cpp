// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Server API benchmark: a real `channeldesk serve` with N stream consumers (Qt WebSocket clients on
// a few threads) while channeldesk-bench-webhook sends signed deliveries at a fixed rate. Reports
// whether every consumer received every acknowledged delivery exactly once, the latency from the
// webhook's acknowledgement to each consumer's receipt (both on CLOCK_MONOTONIC), then API send
// requests per second against the local Graph API stand-in, and the server's peak RSS.
#include "FakeGraphApiServer.h"
#include "ServeBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

using namespace ServeBench;

const QString secret = appSecret();

//! One stream consumer: when each message event arrived, by its message id.
class Consumer : public QObject
{
public:
    void open(const QUrl& url, const QByteArray& key)
    {
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
            const qint64 at = nowNs();
            // Only the id is needed; a full parse of 40,000 events a second would measure the client.
            const qsizetype start = text.indexOf(QLatin1String("\"message_id\":\""));
            if (start < 0 || !text.contains(QLatin1String("\"type\":\"message\"")))
                return;
            const qsizetype from = start + 14;
            const QString id = text.mid(from, text.indexOf(QLatin1Char('"'), from) - from);
            QMutexLocker lock(&m_mutex);
            if (m_received.contains(id))
                ++m_duplicates;
            else
                m_received.insert(id, at);
        });
        connect(m_socket, &QWebSocket::disconnected, this, [this] {
            QMutexLocker lock(&m_mutex);
            m_closed = true;
        });
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + key);
        m_socket->open(request);
    }
    QHash<QString, qint64> received() const
    {
        QMutexLocker lock(&m_mutex);
        return m_received;
    }
    int duplicates() const
    {
        QMutexLocker lock(&m_mutex);
        return m_duplicates;
    }
    bool closed() const
    {
        QMutexLocker lock(&m_mutex);
        return m_closed;
    }

private:
    QWebSocket* m_socket = nullptr;
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_received;
    int m_duplicates = 0;
    bool m_closed = false;
};

QByteArray runCli(const QString& binary, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binary, args);
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Stream and send benchmark of channeldesk serve's API"));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("binary"), QStringLiteral("channeldesk"), QStringLiteral("path")},
         {QStringLiteral("load"), QStringLiteral("channeldesk-bench-webhook"), QStringLiteral("path")},
         {QStringLiteral("consumers"), QStringLiteral("stream consumers"), QStringLiteral("n"),
          QStringLiteral("20")},
         {QStringLiteral("rate"), QStringLiteral("deliveries/s"), QStringLiteral("r"),
          QStringLiteral("2000")},
         {QStringLiteral("seconds"), QStringLiteral("load duration"), QStringLiteral("s"),
          QStringLiteral("10")},
         {QStringLiteral("send-seconds"), QStringLiteral("API send phase"), QStringLiteral("s"),
          QStringLiteral("5")},
         {QStringLiteral("send-concurrency"), QStringLiteral("API sends in flight"), QStringLiteral("n"),
          QStringLiteral("8")}});
    parser.process(app);
    const QString binary = parser.value(QStringLiteral("binary"));
    const int consumerCount = parser.value(QStringLiteral("consumers")).toInt();
    QTemporaryDir home;
    const QString dataDir = home.filePath(QStringLiteral("data"));

    FakeGraphApiServer graph;
    if (!graph.start())
        return 1;
    QFile answers(home.filePath(QStringLiteral("answers.json")));
    answers.open(QIODevice::WriteOnly);
    answers.write(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("messaging-whatsapp"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("bench")},
                             {QStringLiteral("public_base_url"), QStringLiteral("https://bench.example.com")},
                             {QStringLiteral("phone_number_id"), FakeGraphApiServer::phoneNumberId()},
                             {QStringLiteral("access_token"), FakeGraphApiServer::validToken()},
                             {QStringLiteral("verify_token"), verifyToken()},
                             {QStringLiteral("app_secret"), secret},
                             {QStringLiteral("graph_base_url"), graph.baseUrl().toString()}}}})
            .toJson());
    answers.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    // No keychain: the secrets come from the environment, as on a headless server.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("CHANNELDESK_SECRET_BENCH_APP_SECRET"), secret);
    env.insert(QStringLiteral("CHANNELDESK_SECRET_BENCH_VERIFY_TOKEN"), verifyToken());
    env.insert(QStringLiteral("CHANNELDESK_SECRET_BENCH_ACCESS_TOKEN"), FakeGraphApiServer::validToken());
    runCli(binary,
           {QStringLiteral("setup"), QStringLiteral("--answers"), answers.fileName(),
            QStringLiteral("--no-keychain"), QStringLiteral("--data-dir"), dataDir},
           env);
    {
        // The send phase measures the API, not the per-recipient limits.
        QSettings limits(dataDir + QStringLiteral("/settings.ini"), QSettings::IniFormat);
        limits.setValue(QStringLiteral("send/perMinute"), 1000000);
        limits.setValue(QStringLiteral("send/perHour"), 1000000);
        limits.setValue(QStringLiteral("send/perDay"), 100000000);
    }
    const auto makeKey = [&](const QString& name, const QString& role) {
        return QJsonDocument::fromJson(
                   runCli(binary,
                          {QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--name"), name,
                           QStringLiteral("--role"), role, QStringLiteral("--rate"),
                           QStringLiteral("1000000"), QStringLiteral("--json"), QStringLiteral("--data-dir"),
                           dataDir},
                          env))
            .object()
            .value(QStringLiteral("key"))
            .toString()
            .toUtf8();
    };
    const QByteArray viewer = makeKey(QStringLiteral("bench-viewer"), QStringLiteral("viewer"));
    const QByteArray sender = makeKey(QStringLiteral("bench-sender"), QStringLiteral("sender"));

    const quint16 webhookPort = freePort();
    const quint16 apiPort = freePort();
    QProcess serve;
    serve.setProcessEnvironment(env);
    serve.setStandardErrorFile(home.filePath(QStringLiteral("serve.log")));
    serve.start(binary,
                {QStringLiteral("serve"), QStringLiteral("--listen"),
                 QStringLiteral("127.0.0.1:%1").arg(webhookPort), QStringLiteral("--api-listen"),
                 QStringLiteral("127.0.0.1:%1").arg(apiPort), QStringLiteral("--data-dir"), dataDir});
    QNetworkAccessManager network;
    const QString api = QStringLiteral("http://127.0.0.1:%1/api/v1").arg(apiPort);
    const auto request = [&](const QByteArray& method, const QString& path, const QByteArray& body) {
        QNetworkRequest r(QUrl(api + path));
        r.setRawHeader("Authorization", "Bearer " + sender);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return network.sendCustomRequest(r, method, body);
    };
    for (QDeadlineTimer up(20000); !up.hasExpired();) {
        QNetworkReply* health = request("GET", QStringLiteral("/health"), {});
        QEventLoop wait;
        QObject::connect(health, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        const bool ok = health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        health->deleteLater();
        if (ok)
            break;
        QThread::msleep(100);
    }

    // Consumers on four threads, as several bots would be several processes.
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<Consumer*> consumers;
    for (int t = 0; t < 4; ++t) {
        threads.push_back(std::make_unique<QThread>());
        threads.back()->start();
    }
    const QUrl streamUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(apiPort));
    for (int i = 0; i < consumerCount; ++i) {
        auto* consumer = new Consumer;
        consumer->moveToThread(threads[size_t(i % 4)].get());
        QMetaObject::invokeMethod(consumer,
                                  [consumer, streamUrl, viewer] { consumer->open(streamUrl, viewer); });
        consumers.push_back(consumer);
    }
    QThread::msleep(1000);

    const QString ackLog = home.filePath(QStringLiteral("acks.txt"));
    QProcess load;
    load.setProcessChannelMode(QProcess::ForwardedChannels);
    load.start(parser.value(QStringLiteral("load")),
               {QStringLiteral("--port"), QString::number(webhookPort), QStringLiteral("--phone-number-id"),
                FakeGraphApiServer::phoneNumberId(), QStringLiteral("--app-secret"), secret,
                QStringLiteral("--rate"), parser.value(QStringLiteral("rate")), QStringLiteral("--seconds"),
                parser.value(QStringLiteral("seconds")), QStringLiteral("--connections"),
                QStringLiteral("16"), QStringLiteral("--ack-log"), ackLog});
    load.waitForFinished(-1);
    QHash<QString, qint64> acks;
    QFile acked(ackLog);
    acked.open(QIODevice::ReadOnly);
    for (const QByteArray& line : acked.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            acks.insert(QString::fromLatin1(parts[0]), parts[1].toLongLong());
    }
    const auto complete = [&] {
        for (Consumer* consumer : consumers) {
            const QHash<QString, qint64> got = consumer->received();
            for (auto it = acks.cbegin(); it != acks.cend(); ++it)
                if (!got.contains(it.key()))
                    return false;
        }
        return true;
    };
    for (QDeadlineTimer deadline(30000); !deadline.hasExpired() && !complete();)
        QThread::msleep(200);
    std::vector<double> latencies;
    qint64 missing = 0;
    int duplicates = 0;
    int closed = 0;
    for (Consumer* consumer : consumers) {
        const QHash<QString, qint64> got = consumer->received();
        duplicates += consumer->duplicates();
        closed += consumer->closed() ? 1 : 0;
        for (auto it = acks.cbegin(); it != acks.cend(); ++it) {
            const auto receipt = got.constFind(it.key());
            if (receipt == got.cend())
                ++missing;
            else
                latencies.push_back(double(*receipt - it.value()) / 1e6);
        }
    }
    std::sort(latencies.begin(), latencies.end());
    int fewest = int(acks.size());
    for (Consumer* consumer : consumers)
        fewest = std::min(fewest, int(consumer->received().size()));
    std::printf("fewest message events received by one consumer: %d\n", fewest);
    std::printf("stream: %d consumers, %lld acknowledged deliveries, %lld receipts missing, %d duplicates, "
                "%d consumers cut off\n",
                consumerCount, static_cast<long long>(acks.size()), static_cast<long long>(missing),
                duplicates, closed);
    std::printf("ack_to_stream_ms p50=%.1f p90=%.1f p99=%.1f max=%.1f\n", percentile(latencies, 0.5),
                percentile(latencies, 0.9), percentile(latencies, 0.99),
                latencies.empty() ? 0.0 : latencies.back());

    // API sends: template messages (no 24 h window needed) to distinct numbers, a few in flight.
    const int concurrency = parser.value(QStringLiteral("send-concurrency")).toInt();
    const auto sendEnd = Clock::now()
        + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(
            parser.value(QStringLiteral("send-seconds")).toDouble()));
    int sent = 0;
    int queued = 0;
    int inFlight = 0;
    QEventLoop sending;
    std::function<void()> next = [&] {
        if (Clock::now() >= sendEnd) {
            if (inFlight == 0)
                sending.quit();
            return;
        }
        ++inFlight;
        const QByteArray body = "{\"to\":\"+1555" + QByteArray::number(2000000 + sent++)
            + "\",\"template\":{\"name\":\"hello_world\",\"language\":\"en_US\"}}";
        QNetworkReply* reply = request("POST", QStringLiteral("/channels/bench/messages"), body);
        QObject::connect(reply, &QNetworkReply::finished, &sending, [&, reply] {
            queued += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 202 ? 1 : 0;
            reply->deleteLater();
            --inFlight;
            next();
        });
    };
    const auto sendStart = Clock::now();
    for (int i = 0; i < concurrency; ++i)
        QTimer::singleShot(0, &sending, next);
    sending.exec();
    const double sendSeconds = std::chrono::duration<double>(Clock::now() - sendStart).count();
    std::printf("api_messages: %d requests, %d queued (202), %.0f requests/s with %d in flight\n", sent,
                queued, double(sent) / sendSeconds, concurrency);

    QFile status(QStringLiteral("/proc/%1/status").arg(serve.processId()));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM"))
            std::printf("serve peak RSS: %s\n", line.mid(6).trimmed().constData());
    serve.terminate();
    serve.waitForFinished(30000);
    for (Consumer* consumer : consumers)
        QMetaObject::invokeMethod(
            consumer, [consumer] { delete consumer; }, Qt::BlockingQueuedConnection);
    for (auto& thread : threads) {
        thread->quit();
        thread->wait();
    }
    return missing == 0 && duplicates == 0 ? 0 : 1;
}
