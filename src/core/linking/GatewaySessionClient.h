// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One look at, or one action on, a linked channel's gateway session without following it (no
//! events feed, no retries): is the gateway reachable, does it take the key, what state is the
//! session in; start, stop, restart, log out, new pairing window. For commands, which run once and
//! exit; the window and `serve` follow sessions through GatewayAdapter.

#include "linking/GatewayAdapter.h"
#include "linking/GatewayRestClient.h"
#include "util/Result.h"

#include <QFuture>

namespace ChannelDesk {

struct GatewaySessionReport
{
    enum class Outcome
    {
        Linked, //!< the gateway runs the session and the phone is linked
        NotLinked, //!< the session exists but is not linked now (state says why)
        NoSession, //!< the gateway answered 404 for the session
        KeyRejected, //!< HTTP 401/403
        Unreachable, //!< no answer at all
        Refused, //!< any other error answer
    };
    Outcome outcome = Outcome::Unreachable;
    LinkState state = LinkState::Unknown;
    QString gatewayState; //!< the gateway's own word, e.g. SCAN_QR_CODE
    QString selfId;
    QString selfName;
    //! For the failures: what went wrong, quoting the gateway, and what to check.
    QString problem;
};

class GatewaySessionClient : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Start,
        Stop,
        Restart,
        Logout,
        NewPairingWindow,
    };

    //! gateway: LinkedFields::waha() or connectionGateway().
    GatewaySessionClient(QString gateway, GatewayConfig config, QObject* parent = nullptr);

    bool isKnownGateway() const;
    void setTimeout(int milliseconds) { m_rest->setTimeout(milliseconds); }
    QFuture<GatewaySessionReport> check();
    //! What was done, in words, or why not (the gateway's words, or that the protocol cannot).
    QFuture<Result<QString>> perform(Action action);

private:
    using Response = GatewayRestClient::Response;

    bool isWaha() const;
    QString sessionPath(const QString& suffix = {}) const;
    GatewaySessionReport report(const Response& response) const;
    Result<QString> outcome(const Response& response, const QString& done) const;

    QString m_gateway;
    GatewayConfig m_config;
    GatewayRestClient* m_rest;
};

} // namespace ChannelDesk
