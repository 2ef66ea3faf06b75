// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One event of the server API's live stream, as stored in stream_events and as sent.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ChannelDesk {

//! An event to append; the store gives it its cursor.
struct StreamEventDraft
{
    QDateTime at;
    QString channelId; //!< empty for events that belong to no channel (backlog, audit)
    QString type; //!< message, status, channel_state, qr, outbound, backlog, audit, channel_event, channels
    QByteArray body; //!< a compact JSON object; must not use the keys cursor, type, channel, at
};

struct StreamEvent
{
    qint64 cursor = 0;
    QDateTime at;
    QString channelId;
    QString type;
    QByteArray body; //!< a compact JSON object

    //! The text frame's payload: body with "cursor", "type", "channel" and "at" (ISO 8601 UTC,
    //! milliseconds) put in front. Built by splicing bytes, not by parsing body: it is done once
    //! per event and the result shared by every consumer.
    QByteArray toWire() const;
    //! A JSON string literal, quotes included.
    static QByteArray quote(const QString& text);
};

} // namespace ChannelDesk
