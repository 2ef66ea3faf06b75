// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/StreamConsumer.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/uio.h>

namespace ChannelDesk {
namespace {

constexpr qsizetype kReadChunk = 16 * 1024;
//! Frames handed to one sendmsg() (well under IOV_MAX).
constexpr int kMaxGather = 64;

} // namespace

StreamConsumer::StreamConsumer(int fd, std::function<void()> release, QString keyName,
                               const StreamLimits& limits, QObject* parent)
    : QObject(parent)
    , m_fd(fd)
    , m_release(std::move(release))
    , m_keyName(std::move(keyName))
    , m_limits(limits)
{
    m_lastHeard.start();
    m_lastPing.start();
}

StreamConsumer::~StreamConsumer()
{
    // No signal from a destructor: the owner is the one deleting.
    m_readNotifier.reset();
    m_writeNotifier.reset();
    if (!m_released) {
        m_released = true;
        if (m_release)
            m_release();
    }
}

void StreamConsumer::start(const QByteArray& alreadyRead)
{
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags < 0 || ::fcntl(m_fd, F_SETFL, flags | O_NONBLOCK) < 0) {
        release();
        return;
    }
    m_readNotifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &StreamConsumer::readAvailable);
    m_writeNotifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &StreamConsumer::flush);
    if (!alreadyRead.isEmpty()) {
        QList<WebSocketFrames::Frame> frames;
        const bool ok = m_decoder.feed(alreadyRead, &frames);
        handleFrames(frames);
        if (!ok)
            closeWith(m_decoder.problemCloseCode(), QByteArrayLiteral("protocol error"), true);
    }
}

bool StreamConsumer::send(const QByteArray& frame, qint64 cursor)
{
    if (m_released || m_closing)
        return false;
    if (m_pending + frame.size() > m_limits.maxPendingBytes) {
        dropQueued();
        qint64 lastSent = m_lastWritten;
        if (!m_queue.empty() && m_queue.front().cursor > 0)
            lastSent = m_queue.front().cursor;
        closeWith(1008, "too slow; reconnect with after=" + QByteArray::number(lastSent));
        return false;
    }
    m_queue.push_back({frame, cursor});
    m_pending += frame.size();
    // Written when the socket says it can take more: one event loop pass gathers every frame of
    // a fan-out, instead of one system call per event.
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(true);
    return true;
}

void StreamConsumer::dropQueued()
{
    const bool keepHead = !m_queue.empty() && m_headOffset > 0;
    while (m_queue.size() > (keepHead ? 1u : 0u)) {
        m_pending -= m_queue.back().bytes.size();
        m_queue.pop_back();
    }
}

void StreamConsumer::closeWith(quint16 code, const QByteArray& reason, bool dropQueuedFrames)
{
    if (m_released || m_closing)
        return;
    if (dropQueuedFrames)
        dropQueued();
    const QByteArray frame = WebSocketFrames::close(code, reason);
    m_queue.push_back({frame, 0});
    m_pending += frame.size();
    m_closing = true;
    m_graceTimer = new QTimer(this);
    m_graceTimer->setSingleShot(true);
    connect(m_graceTimer, &QTimer::timeout, this, &StreamConsumer::release);
    m_graceTimer->start(m_limits.closeGraceMs);
    flush();
}

void StreamConsumer::closeNow(quint16 code, const QByteArray& reason)
{
    closeWith(code, reason, true);
    release();
}

void StreamConsumer::ping()
{
    m_lastPing.restart();
    if (m_closing || m_released)
        return;
    const QByteArray frame = WebSocketFrames::ping();
    m_queue.push_back({frame, 0});
    m_pending += frame.size();
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(true);
}

void StreamConsumer::readAvailable()
{
    char buffer[kReadChunk];
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n == 0) {
            release();
            return;
        }
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                release();
            return;
        }
        m_lastHeard.restart();
        if (m_closing)
            continue; // waiting only for our close frame to go out; the rest is irrelevant
        QList<WebSocketFrames::Frame> frames;
        const bool ok = m_decoder.feed(QByteArray(buffer, n), &frames);
        handleFrames(frames);
        if (!ok) {
            closeWith(m_decoder.problemCloseCode(), QByteArrayLiteral("protocol error"), true);
            return;
        }
        if (m_released)
            return;
    }
}

void StreamConsumer::handleFrames(const QList<WebSocketFrames::Frame>& frames)
{
    for (const WebSocketFrames::Frame& frame : frames) {
        if (m_closing || m_released)
            return;
        switch (frame.opcode) {
        case WebSocketFrames::Opcode::Ping:
            send(WebSocketFrames::pong(frame.payload));
            break;
        case WebSocketFrames::Opcode::Close: {
            const quint16 code = WebSocketFrames::closeCode(frame.payload);
            // Echo the client's code (RFC 6455 5.5.1); 1005 must not be sent, so answer 1000.
            closeWith(code == 1005 ? 1000 : code, QByteArray());
            break;
        }
        default:
            // Text, binary and pongs carry nothing the stream acts on; hearing them is enough.
            break;
        }
    }
}

void StreamConsumer::flush()
{
    if (m_released)
        return;
    const bool wasAbove = m_pending >= m_limits.replayLowWater;
    while (!m_queue.empty()) {
        // One system call for many frames: at 2,000 events a second to 20 consumers, a send() per
        // frame was most of the hub's time.
        iovec parts[kMaxGather];
        int count = 0;
        for (auto it = m_queue.begin(); it != m_queue.end() && count < kMaxGather; ++it, ++count) {
            const qsizetype skip = count == 0 ? m_headOffset : 0;
            parts[count].iov_base = const_cast<char*>(it->bytes.constData() + skip);
            parts[count].iov_len = size_t(it->bytes.size() - skip);
        }
        msghdr message{};
        message.msg_iov = parts;
        message.msg_iovlen = size_t(count);
        ssize_t n = ::sendmsg(m_fd, &message, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            release();
            return;
        }
        m_pending -= n;
        while (n > 0) {
            Chunk& head = m_queue.front();
            const qsizetype left = head.bytes.size() - m_headOffset;
            if (n < left) {
                m_headOffset += n;
                break;
            }
            n -= left;
            if (head.cursor > 0)
                m_lastWritten = head.cursor;
            m_queue.pop_front();
            m_headOffset = 0;
        }
        if (!m_queue.empty() && m_headOffset > 0)
            break; // the socket took only part: wait until it can take more
    }
    if (m_queue.empty() && m_closing) {
        release();
        return;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_queue.empty());
    if (wasAbove && m_pending < m_limits.replayLowWater && !m_closing)
        emit drained(this);
}

void StreamConsumer::release()
{
    if (m_released)
        return;
    m_released = true;
    m_closing = true;
    // The notifiers go before the socket does: its number may be reused at once.
    m_readNotifier.reset();
    m_writeNotifier.reset();
    if (m_graceTimer)
        m_graceTimer->stop();
    m_queue.clear();
    m_pending = 0;
    if (m_release)
        m_release();
    emit finished(this);
}

} // namespace ChannelDesk
