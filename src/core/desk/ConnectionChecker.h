// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Runs Test Connection for a front end: with the credentials it is given (a channel not saved
//! yet) or with a channel's stored access token, and hands back the outcome as a value.

#include "desk/ConnectionCheck.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace ChannelDesk {

class ChannelManager;

class ConnectionChecker : public QObject
{
    Q_OBJECT

public:
    ConnectionChecker(ChannelManager* channels, QNetworkAccessManager* network, QObject* parent = nullptr);

    //! Cancelling the returned future aborts Meta's request; it then finishes as Cancelled.
    QFuture<ConnectionCheck> check(const ConnectionCheckRequest& request);

private:
    QPointer<ChannelManager> m_channels;
    QNetworkAccessManager* m_network;
};

} // namespace ChannelDesk
