// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Says in plain words what is wrong with the SQLite files of a data directory (the conversation
//! store and the delivery journal) and what to do about it: a damaged file, a read-only file or
//! folder, a full disk, a store that is empty while the journal or the setup copy shows there was
//! data. Every message names the file and the command to run.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace ChannelDesk {

struct StoreProblem
{
    enum class Kind
    {
        None,
        Damaged, //!< not a database, or SQLite finds it corrupt: `channeldesk repair`
        ReadOnlyFile, //!< chmod/chown the file
        ReadOnlyDirectory, //!< chmod/chown the data directory
        DiskFull, //!< free some space
        EmptyWithData, //!< the store is missing or empty, but there was data: `channeldesk repair`
        NewerSchema, //!< written by a newer ChannelDesk
        Other, //!< SQLite's own words
    };
    Kind kind = Kind::None;
    QString file;
    QString message;

    bool ok() const { return kind == Kind::None; }
    //! Whether `channeldesk repair` is the answer (and the window offers it).
    bool repairable() const { return kind == Kind::Damaged || kind == Kind::EmptyWithData; }
    Error error() const;
};

class StoreDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(StoreDiagnosis)

public:
    //! Error::code of StoreProblem::error(): 40 + int(Kind).
    static constexpr int kErrorCodeBase = 40;

    //! Why opening or using the SQLite file at path failed, from SQLite's error and a look at the
    //! file, its folder and the disk.
    static StoreProblem explain(const QString& path, const QSqlError& error);
    //! The same for an error message SQLite's error is no longer at hand for.
    static StoreProblem explain(const QString& path, const QString& sqliteText, int sqliteCode);
    //! Before anything opens the data directory (window, `serve`, the commands): what a glance at
    //! the files shows, without opening the store for writing. Finds a store or journal that is not
    //! SQLite at all, a read-only file or folder, and a store that is missing or empty while the
    //! journal or the setup copy shows there was data (refuse, rather than show an empty setup).
    static StoreProblem checkDataDirectory(const QString& dataDir);
    //! Opens path read-only and runs PRAGMA quick_check (reads the whole file): for repair.
    static StoreProblem checkThoroughly(const QString& path);
    //! Whether a SQLite error code (primary or extended) means the file is damaged.
    static bool isDamage(int sqliteCode);
    //! The advice added to a failed query's error when the file turns out to be damaged.
    static QString repairAdvice();
};

} // namespace ChannelDesk
