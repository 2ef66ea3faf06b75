// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A small copy, beside the delivery journal, of what the journal cannot rebuild: the channels with
//! their non-secret fields, the names of their keychain entries (the secret index) and the API
//! keys' names, roles, rates and SHA-256 hashes. Never a secret value and never a key: the hashes
//! are what the store keeps too. `channeldesk repair` restores it into a new store. Written
//! atomically (QSaveFile), owner-only, whenever channels or keys change and at start.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

class SetupCopy
{
    Q_DECLARE_TR_FUNCTIONS(SetupCopy)

public:
    struct Counts
    {
        int channels = 0;
        int secretFields = 0;
        int apiKeys = 0;
    };
    enum class When
    {
        Changed, //!< after a change: always written
        Starting, //!< at start: an empty store never replaces a copy that lists something
    };

    //! channels.json in the data directory.
    static QString path(const QString& dataDir);
    //! Writes the copy from the store at databasePath, on this thread's connection. Blocking.
    static Status write(const QString& databasePath, When when = When::Changed);
    //! Like write(), logging a failure instead: a change already committed stays done.
    static void update(const QString& databasePath, When when = When::Changed);
    //! Channels plus API keys the copy in dataDir lists; 0 when there is none or it is unreadable.
    static int entryCount(const QString& dataDir);
    //! Inserts what the copy in dataDir holds into the store at databasePath, in one transaction.
    //! Rows already there (same channel id or key name) are left alone.
    static Result<Counts> restore(const QString& dataDir, const QString& databasePath);
};

} // namespace ChannelDesk
