// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Repairs a data directory whose conversation store (or delivery journal) is damaged: takes the
//! receiver's lock, moves the damaged file and its -wal/-shm aside as
//! `<name>.damaged-<UTC time>`, makes a new store, restores the channels, the secret index and the
//! API keys from the setup copy (SetupCopy), and rebuilds the conversation log from the delivery
//! journal, which holds every accepted body. `channeldesk repair` and the window's Repair both run
//! this. Blocking: run it off the UI thread (DataRepairJob). Cancelling stops after the batch being
//! built, leaving a consistent store; running it again, or just starting, builds the rest.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace ChannelDesk {

class DataRepair
{
    Q_DECLARE_TR_FUNCTIONS(DataRepair)

public:
    //! Error::code when a running receiver holds the data directory.
    static constexpr int kLockedError = 50;

    struct Report
    {
        QString storeMovedTo; //!< empty when the store was kept
        QString journalMovedTo; //!< empty when the journal was kept
        int channels = 0; //!< restored from the setup copy
        int secretFields = 0;
        int apiKeys = 0;
        qint64 built = 0; //!< journal entries built into the store by this run
        qint64 total = 0; //!< entries there were to build
        bool complete = false; //!< false when cancelled before everything was built
        QStringList lines; //!< what was done, in plain words, for the operator
    };
    //! Called on the repairing thread, a few times a second and at the end.
    using Progress = std::function<void(qint64 built, qint64 total)>;

    explicit DataRepair(QString dataDir);

    Result<Report> run(const Progress& progress = {});
    //! Thread-safe; run() then stops after the batch being built.
    void cancel() { m_cancelled = true; }

private:
    Result<QString> moveAside(const QString& path) const;
    Status build(Report& report, const Progress& progress);

    QString m_dataDir;
    QString m_stamp;
    std::atomic_bool m_cancelled{false};
};

} // namespace ChannelDesk
