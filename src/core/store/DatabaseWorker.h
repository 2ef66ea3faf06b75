// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One worker thread for a database file. Work runs in the order it was queued, on a thread that
//! keeps its SQLite connection open between jobs; shutting down waits for the queued work and then
//! closes that connection on the same thread, as Qt requires.

#include <QFuture>
#include <QPromise>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace ChannelDesk {

class DatabaseWorker
{
public:
    explicit DatabaseWorker(QString databasePath);
    //! Calls shutDown().
    ~DatabaseWorker();
    DatabaseWorker(const DatabaseWorker&) = delete;
    DatabaseWorker& operator=(const DatabaseWorker&) = delete;

    QString databasePath() const { return m_path; }

    //! Runs work() on the worker thread after everything queued before it.
    template <typename Work> auto run(Work work) -> QFuture<std::invoke_result_t<Work>>
    {
        // Not QtConcurrent::run: waiting on its future (waitForFinished(), result()) steals the job
        // from the pool's queue and runs it on the waiting thread, out of order and without this
        // thread's connection. A QPromise's future only waits.
        using T = std::invoke_result_t<Work>;
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        QFuture<T> future = promise->future();
        m_pool.start([promise, work = std::move(work)]() mutable {
            if constexpr (std::is_void_v<T>)
                work();
            else
                promise->addResult(work());
            promise->finish();
        });
        return future;
    }
    //! Like run(), for work whose result nobody waits for.
    void post(std::function<void()> work);

    //! Blocks until the queued work has run, then closes the worker's connection to databasePath()
    //! on the worker thread. Work queued afterwards reopens it, so owners call this last.
    void shutDown();

private:
    QString m_path;
    QThreadPool m_pool;
};

} // namespace ChannelDesk
