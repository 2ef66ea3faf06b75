// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Counts sends in moving windows (per recipient per minute and per hour, per channel per day) and
//! says whether one more send is allowed now, and if not which limit is hit and when it frees.

#include "model/SendUsage.h"
#include "settings/SendLimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace ChannelDesk {

struct LimitVerdict
{
    enum class Limit
    {
        None,
        RecipientMinute,
        RecipientHour,
        Day,
    };

    bool allowed = true;
    Limit limit = Limit::None;
    int used = 0; //!< sends in the window of `limit`
    int max = 0;
    QDateTime freesAt; //!< when the next send is allowed; invalid when allowed
    //! Names the limit, the numbers and when it frees, for the operator.
    QString explanation() const;

    Q_DECLARE_TR_FUNCTIONS(LimitVerdict)
};

class SendRateLimiter
{
public:
    explicit SendRateLimiter(SendLimits limits = {});

    void setLimits(SendLimits limits);
    const SendLimits& limits() const;

    //! A send that was made (also those loaded from the store at start). Records older than a day
    //! before the newest one are dropped.
    void record(const QString& channelId, const QString& peer, const QDateTime& at);
    //! Whether one more send to `peer` on `channelId` is allowed at `now`. When several limits are
    //! hit, the verdict names the one that frees last.
    LimitVerdict check(const QString& channelId, const QString& peer, const QDateTime& now) const;

    using Usage = SendUsage;
    //! Usage of one channel, or of all channels when channelId is empty.
    Usage usage(const QString& channelId, const QDateTime& now) const;

private:
    struct Send
    {
        QString peer;
        qint64 atMs;
    };

    SendLimits m_limits;
    QHash<QString, QList<Send>> m_sends; //!< per channel, sorted by time
    qint64 m_newestMs = 0;
};

} // namespace ChannelDesk
