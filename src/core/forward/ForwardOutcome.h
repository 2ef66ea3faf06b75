// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! How one attempt to hand a delivery to the bot ended, as Forwarder reports it.

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ChannelDesk {

struct ForwardOutcome
{
    QString channelId;
    qint64 deliveryId = 0;
    QDateTime finishedAt;
    qint64 latencyMs = 0; //!< from sending the request to the end of the answer
    int status = 0; //!< HTTP status; 0 for no answer (refused, timed out, aborted by TLS)
    QByteArray answer; //!< the first Forwarder::kAnswerExcerptBytes of the answer's body
    QString error; //!< empty for a 2xx

    bool succeeded() const { return status >= 200 && status < 300; }
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::ForwardOutcome)
