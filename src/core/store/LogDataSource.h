// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Runs ConversationReader work for the conversation log's models on one worker thread, so the
//! GUI thread never waits for SQLite, and tells them when the store has changed: on request (the
//! in-process receiver committed) at most every 200 ms, and when PRAGMA data_version moves (a
//! `channeldesk serve` beside the GUI committed), polled every 2 s.

#include "store/ConversationReader.h"
#include "store/DatabaseWorker.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <type_traits>

namespace ChannelDesk {

class LogDataSource : public QObject
{
    Q_OBJECT

public:
    explicit LogDataSource(QString databasePath, QObject* parent = nullptr);
    //! Waits for the work already queued and closes the worker's connection.
    ~LogDataSource() override;

    QString databasePath() const { return m_path; }

    //! Runs work(reader) on the worker thread. Work runs in the order it was queued.
    template <typename Work>
    auto run(Work work) -> QFuture<std::invoke_result_t<Work, const ConversationReader&>>
    {
        return m_worker.run([path = m_path, work = std::move(work)] {
            const ConversationReader reader(path);
            return work(reader);
        });
    }

    //! Emits storeChanged soon; requests within the coalescing interval are merged into one.
    void notifyChanged();
    void setCoalesceInterval(int milliseconds) { m_coalesce.setInterval(milliseconds); }
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }

signals:
    //! The store may hold new data: models refresh what they show.
    void storeChanged();

private:
    void poll();

    QString m_path;
    DatabaseWorker m_worker;
    QTimer m_coalesce;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    bool m_polling = false;
};

} // namespace ChannelDesk
