// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Tells an OutboundQueue which Cloud API channels can send and with which token: follows the
//! channel list, reads each enabled channel's access token (keychain or environment) and reports
//! additions, token changes and removals. The queue may live on another thread; the callbacks
//! decide how to reach it.

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

    QPointer<ChannelManager> m_channels;
    Added m_added;
    Removed m_removed;
    QHash<QString, QString> m_signatures; //!< channel id -> what it was configured with
};

} // namespace ChannelDesk
