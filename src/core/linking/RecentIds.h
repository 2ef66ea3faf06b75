// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The last few thousand message ids seen, to report a message once although the gateway delivers
//! it twice (WAHA sends inbound messages as both `message` and `message.any`).

#include <QList>
#include <QSet>
#include <QString>

namespace ChannelDesk {

class RecentIds
{
public:
    explicit RecentIds(qsizetype capacity = 2000)
        : m_capacity(capacity)
    { }

    //! True the first time an id is seen.
    bool insert(const QString& id)
    {
        if (m_ids.contains(id))
            return false;
        m_ids.insert(id);
        m_order.append(id);
        if (m_order.size() > m_capacity)
            m_ids.remove(m_order.takeFirst());
        return true;
    }

private:
    qsizetype m_capacity;
    QSet<QString> m_ids;
    QList<QString> m_order;
};

} // namespace ChannelDesk
