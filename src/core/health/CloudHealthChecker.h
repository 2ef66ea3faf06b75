// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Runs Cloud API health checks for channels: reads the channel's access token from the secret
//! store (the same token and endpoint as Test Connection), then asks Meta through a
//! CloudHealthProbe. One check per channel at a time.

#include "health/CloudHealth.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace ChannelDesk {

class ChannelManager;
class CloudHealthProbe;
struct Channel;

class CloudHealthChecker : public QObject
{
    Q_OBJECT

public:
    CloudHealthChecker(ChannelManager* manager, QNetworkAccessManager* network, QObject* parent = nullptr);
    //! Cancels the checks still running (their results are dropped).
    ~CloudHealthChecker() override;

    bool canCheck() const;
    bool isChecking(const QString& channelId) const { return m_running.contains(channelId); }
    //! Starts a check unless one is running for the channel. Ends in checked() or failed().
    void check(const Channel& channel);
    //! Drops the channel's running check, if any.
    void forget(const QString& channelId);

signals:
    void checked(const QString& channelId, const ChannelDesk::CloudHealth& health);
    //! No request could be made, e.g. no token is stored; problem says what to do.
    void failed(const QString& channelId, const QString& problem);

private:
    QPointer<ChannelManager> m_manager;
    QNetworkAccessManager* m_network;
    //! channel → its probe; null while the token is being read
    QHash<QString, QPointer<CloudHealthProbe>> m_running;
};

} // namespace ChannelDesk
