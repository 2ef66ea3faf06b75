// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The servers the window was attached to, newest first (at most eight), for File > Recent
//! Servers. Only their URLs are kept, in the console's settings file; keys live in the keychain.

#include <QList>
#include <QString>
#include <QUrl>

namespace ChannelDesk {

class RecentServers
{
public:
    explicit RecentServers(QString fileName);

    QList<QUrl> list() const;
    //! Moves server to the front.
    void add(const QUrl& server);
    void remove(const QUrl& server);

    static constexpr int MaxEntries = 8;

private:
    QString m_fileName;
};

} // namespace ChannelDesk
