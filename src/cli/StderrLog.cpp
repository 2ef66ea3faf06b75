// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StderrLog.h"

#include <cerrno>
#include <unistd.h>

namespace ChannelDesk {

namespace {
constexpr qsizetype FlushAt = 32 * 1024;
} // namespace

StderrLog::StderrLog(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &StderrLog::flush);
    m_timer.start();
}

StderrLog::~StderrLog()
{
    flush();
}

void StderrLog::write(const QString& line)
{
    QByteArray full;
    {
        std::lock_guard lock(m_mutex);
        m_buffer += line.toUtf8();
        m_buffer += '\n';
        if (m_buffer.size() < FlushAt)
            return;
        full.swap(m_buffer);
    }
    writeOut(full);
}

void StderrLog::flush()
{
    QByteArray pending;
    {
        std::lock_guard lock(m_mutex);
        pending.swap(m_buffer);
    }
    writeOut(pending);
}

void StderrLog::writeOut(const QByteArray& bytes)
{
    // Straight to the file descriptor: whole lines, never interleaved with a half-written one.
    static std::mutex writing;
    std::lock_guard lock(writing);
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(STDERR_FILENO, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return; // stderr is gone; the log is best effort
        data += written;
        left -= written;
    }
}

} // namespace ChannelDesk
