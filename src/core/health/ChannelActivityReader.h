// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Reads the recent traffic of every configured channel from the store in one batch of read-only
//! queries: last inbound/outbound/status times, today's counts, failed sends, rejected webhook
//! deliveries and the usual rate of traffic. Blocking; the GUI calls it on a worker thread.

#include "health/ChannelActivity.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ChannelDesk {

class ChannelActivityReader
{
    Q_DECLARE_TR_FUNCTIONS(ChannelActivityReader)

public:
    //! One entry per row of the channels table, in id order. Uses this thread's connection.
    static Result<QList<ChannelActivity>> read(const QString& dbPath, const QDateTime& now);
};

} // namespace ChannelDesk
