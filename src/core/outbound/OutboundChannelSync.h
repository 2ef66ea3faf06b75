// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Tells an OutboundQueue which Cloud API channels can send and with which token: follows the
//! channel list, reads each enabled channel's access token (keychain or environment) and reports
//! additions, token changes and removals. A changed Graph address, API version or phone number ID
//! is reported at once, with the token in use, so that what is sent right after the change goes
//! to the new place; the token read that follows catches a replaced token. The queue may live on
//! another thread; the callbacks decide how to reach it.

#include "api/GraphApiClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ChannelDesk {

class ChannelManager;

class OutboundChannelSync : public QObject
{
    Q_OBJECT

public:
    using Added = std::function<void(const QString& channelId, const GraphEndpoint& endpoint,
                                     const QString& phoneNumberId)>;
    using Removed = std::function<void(const QString& channelId)>;

    OutboundChannelSync(ChannelManager* channels, Added added, Removed removed, QObject* parent = nullptr);

    void start();

signals:
    //! A channel cannot send: its token could not be read. The message says why.
    void problem(const QString& channelId, const QString& message);

private:
    void sync();
    //! Reports the channel with token unless it is configured like that already.
    void apply(const Channel& channel, const QString& token);

    QPointer<ChannelManager> m_channels;
    Added m_added;
    Removed m_removed;
    QHash<QString, QString> m_signatures; //!< channel id -> what it was configured with
    //! channel id -> the token it was configured with, which the queue holds as well
    QHash<QString, QString> m_tokens;
};

} // namespace ChannelDesk
