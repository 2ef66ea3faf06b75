// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The line log of `channeldesk serve` on stderr. Lines come from the receiver's threads at up to
//! tens of thousands a second; writing and flushing each one cost about a tenth of the server's
//! time, so lines are collected and written together at least every 100 ms (and at once when
//! 32 KiB are waiting, and when the log is destroyed).

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <mutex>

namespace ChannelDesk {

class StderrLog : public QObject
{
    Q_OBJECT

public:
    //! Create it on a thread with an event loop: its flush timer runs there.
    explicit StderrLog(QObject* parent = nullptr);
    ~StderrLog() override;

    //! Thread-safe; the line gets its newline here.
    void write(const QString& line);
    void flush();

private:
    void writeOut(const QByteArray& bytes);

    std::mutex m_mutex;
    QByteArray m_buffer;
    QTimer m_timer;
};

} // namespace ChannelDesk
