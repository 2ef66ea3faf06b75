// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz target for the webhook receiver's HTTP handling: each input is written as raw bytes to a
// real WebhookReceiver over a loopback socket (request line, headers, framing, body, pipelining
// all come from the input), then the write side is closed. Whatever the receiver answers must be
// an HTTP status line, it must close the connection within a few seconds, and it must still answer
// GET /health afterwards: no crash, no hang, no connection left behind. libmicrohttpd takes the
// half-close as the client going away, so a request whose answer waits for the journal's commit
// (a signed POST) is dropped mid-way here, which is a case worth driving too; that such requests
// get their 200 is TestWebhookReceiver's job.

#include "util/DataDirectory.h"
#include "webhook/ReceiverChannel.h"
#include "webhook/WebhookReceiver.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include <utility>

using namespace ChannelDesk;

namespace {

// Long enough for the receiver's own limits (the 413 and 400 come at once), far below its 15 s
// idle timeout, which an input that sends half a request and closes must never need.
constexpr int kAnswerSeconds = 5;

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "FuzzReceiverRequest: %s\n", what);
        std::abort();
    }
}

struct Server
{
    QTemporaryDir dir;
    WebhookReceiver* receiver = nullptr;
};

Server*& serverSlot()
{
    static Server* s = nullptr;
    return s;
}

// The receiver's threads use Qt SQL, whose globals exit() destroys: left running, the log builder
// could open a query on a destroyed driver list (a SEGV at exit, 1 run in 5 under load).
void stopServer()
{
    Server* s = std::exchange(serverSlot(), nullptr);
    if (!s)
        return;
    delete s->receiver; // stops and joins every thread
    delete s;
}

Server& server()
{
    Server*& s = serverSlot();
    if (!s) {
        auto* created = new Server;
        require(created->dir.isValid(), "no temporary directory");
        created->receiver = new WebhookReceiver(DataDirectory::databasePath(created->dir.path()));
        WebhookReceiver::Limits limits;
        limits.maxBodyBytes = 64 * 1024;
        created->receiver->setLimits(limits);
        // The corpus's signed requests use this secret and phone number id.
        created->receiver->setChannels(
            {{QStringLiteral("support"), QStringLiteral("106540352242922"), true,
              QByteArrayLiteral("fuzz-app-secret"), QByteArrayLiteral("fuzz-verify"), false}});
        require(created->receiver->start(QStringLiteral("127.0.0.1"), 0).ok(), "receiver did not start");
        s = created;
        // Registered after start(), which already used Qt SQL, so it runs before Qt SQL's own
        // clean-up (atexit order is the reverse of registration).
        require(std::atexit(stopServer) == 0, "atexit failed");
    }
    return *s;
}

int connectToReceiver()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    require(fd >= 0, "socket failed");
    timeval timeout{kAnswerSeconds, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(server().receiver->port());
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    require(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0, "connect failed");
    return fd;
}

//! Sends the bytes (the receiver may stop reading and close first), closes the write side and reads
//! until the receiver closes. Returns what it answered.
QByteArray exchange(const char* data, size_t size)
{
    const int fd = connectToReceiver();
    size_t sent = 0;
    while (sent < size) {
        const ssize_t n = ::send(fd, data + sent, size - sent, MSG_NOSIGNAL);
        if (n <= 0)
            break; // refused early and closed: what it answered is read below
        sent += size_t(n);
    }
    ::shutdown(fd, SHUT_WR);
    QByteArray answer;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            answer.append(buffer, n);
            continue;
        }
        require(n == 0 || errno == ECONNRESET, "the receiver kept the connection open");
        break;
    }
    ::close(fd);
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray answer = exchange(reinterpret_cast<const char*>(data), size);
    // CHANNELDESK_FUZZ_VERBOSE=1 prints each answer's status line, to check what a corpus reaches.
    static const bool verbose = qEnvironmentVariableIsSet("CHANNELDESK_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%zu bytes -> %s\n", size,
                     answer.isEmpty() ? "(closed)" : answer.left(answer.indexOf('\r')).constData());
    if (!answer.isEmpty()) {
        require(answer.startsWith("HTTP/1.1 ") || answer.startsWith("HTTP/1.0 "), "not an HTTP answer");
        const int status = answer.mid(9, 3).toInt();
        require(status >= 100 && status <= 599, "no status code");
    }
    static const char health[] = "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const QByteArray alive = exchange(health, sizeof health - 1);
    require(alive.startsWith("HTTP/1.1 200"), "GET /health was not answered after the input");
    return 0;
}
