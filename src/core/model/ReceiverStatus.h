// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The webhook receiver's state as front ends show it.

#include <QString>
#include <QStringList>

namespace ChannelDesk {

struct ReceiverStatus
{
    enum class State
    {
        Loading, //!< reading the settings
        Stopped, //!< switched off in the settings
        Starting,
        Running,
        Failed, //!< could not listen; text says why
    };
    State state = State::Loading;
    //! "Receiving on 127.0.0.1:8645 — 2 channels", "Receiver stopped", "Cannot listen on …: …"
    QString text;
    //! What to do about the state, and which channels are not served.
    QString details;
    //! HOST:PORT actually listened on (the real port when 0 was asked for); empty unless running.
    QString listenAddress;
    quint16 port = 0;
    int servedChannels = 0;
    qint64 backlog = 0; //!< acknowledged deliveries not yet in the conversation log
    //! Enabled Cloud API channels whose app secret or verify token cannot be read.
    QStringList unservedChannels;
    //! The served channels follow the channel list (no keychain read is still pending).
    bool channelsSettled = false;
};

} // namespace ChannelDesk
