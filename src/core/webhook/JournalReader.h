// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Reads the delivery journal's entries after an id and parses them into deliveries for the
//! projector, which builds them into the store. While the projector commits one batch, the next is
//! read and parsed here, on a thread of its own: reading and parsing are a quarter of what building
//! costs, and after a burst the builder otherwise left the second core idle while it caught up
//! (docs/performance.md, "Lean request path").

#include "model/Delivery.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace ChannelDesk {

class DeliveryJournal;

class JournalReader
{
public:
    //! nice is the reader thread's Linux nice value (the builder's own: both yield to the receiver).
    JournalReader(QString journalPath, int nice);
    ~JournalReader();
    JournalReader(const JournalReader&) = delete;
    JournalReader& operator=(const JournalReader&) = delete;

    //! Up to limit entries after afterId, parsed: the batch read ahead when it is that one, read
    //! now through journal (the caller's connection) otherwise.
    Result<QList<Delivery>> take(DeliveryJournal& journal, qint64 afterId, int limit);
    //! Starts reading the batch after afterId on the reader's thread, for the next take().
    void readAhead(qint64 afterId, int limit);

    //! Frees a taken batch on the reader's thread, which allocated it (glibc returns memory to the
    //! arena of the thread that allocated it, under that arena's lock).
    void dispose(QList<Delivery> deliveries);

    //! Reads and parses on the caller's thread.
    static Result<QList<Delivery>> read(DeliveryJournal& journal, qint64 afterId, int limit);

private:
    struct Request
    {
        qint64 afterId = 0;
        int limit = 0;
        std::optional<Result<QList<Delivery>>> result;
    };

    void run();

    QString m_path;
    int m_nice = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Request> m_request;
    QList<QList<Delivery>> m_disposed;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace ChannelDesk
