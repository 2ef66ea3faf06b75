// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Reads and writes channel rows and the secret-key index in the data directory's database.
//! Blocking: call it from a worker thread (ChannelManager does) or from the CLI.

#include "channels/Channel.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

namespace ChannelDesk {

class ChannelRepository
{
public:
    explicit ChannelRepository(QString databasePath);

    Result<QList<Channel>> loadAll() const;
    //! Inserts or updates every draft in one transaction; records which secrets exist.
    Status saveAll(const QList<ChannelDraft>& drafts) const;
    //! Deletes the channel row and returns the secret fields it had, so they can be removed.
    Result<QStringList> remove(const QString& id) const;
    Result<QStringList> secretFields(const QString& id) const;

private:
    QString m_path;
};

} // namespace ChannelDesk
