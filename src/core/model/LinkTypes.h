// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The one vocabulary all linked-device gateways are translated into: link states, the pairing
//! QR, status snapshots and messages.

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace ChannelDesk {

enum class LinkState
{
    Unknown,
    Starting, //!< the gateway session is starting; no QR yet
    AwaitingScan, //!< a QR is on offer
    AwaitingCode, //!< a pairing code was issued; waiting for it to be typed on the phone
    Authenticating, //!< scanned; the phone is confirming (WhatsApp's post-pair restart)
    Connected,
    Reconnecting, //!< was connected, the gateway or our connection to it dropped
    LoggedOut, //!< the link was removed (on the phone or by logout): needs a new scan
    Failed, //!< the session failed (e.g. all QR codes expired): needs a new pairing window
    Stopped,
};

class LinkStateText
{
    Q_DECLARE_TR_FUNCTIONS(LinkStateText)

public:
    //! "awaiting scan", … — shown next to the state colour, never colour alone.
    static QString name(LinkState state);
    //! Stable machine name for JSON and logs: "awaiting-scan", …
    static QString id(LinkState state);
};

//! Why the adapter is not (or no longer) talking to the gateway.
enum class TransportProblem
{
    None,
    AuthRejected, //!< HTTP 401/403 or WebSocket close 1008: never retried
    Unreachable, //!< connection refused, DNS, timeout: retried with backoff
    GatewayError, //!< the gateway answered with an error: retried with backoff
    GaveUp, //!< the maximum number of attempts was reached
};

struct LinkStatus
{
    LinkState state = LinkState::Unknown;
    QString gatewayState; //!< the gateway's own word, e.g. SCAN_QR_CODE
    QString reason; //!< human-readable, may quote the gateway's own words
    TransportProblem problem = TransportProblem::None;
    int reconnectAttempt = 0; //!< current attempt of the backoff, 0 when connected
    int maxAttempts = 5;
    QString selfId; //!< our own JID once linked
    QString selfName;
    QDateTime since; //!< when the state last changed
    bool needsNewScan = false; //!< after a gateway restart: the old link is gone
};

//! The current pairing QR. Either raw (render it locally) or an image the gateway drew.
struct PairingQr
{
    QString raw; //!< the string to encode, e.g. "2@AbC…"; empty when only an image exists
    QByteArray image; //!< PNG bytes when the gateway only gives an image
    int sequence = 0; //!< 1 for the first code of a pairing window
    int maxCodes = 0; //!< codes in a window (WAHA: 6), 0 when unknown
    QDateTime receivedAt;
    QDateTime expiresAt; //!< best estimate (first code ~60 s, later ~20 s)
};

//! A message seen through a gateway, inbound or sent from the linked phone or by us.
struct GatewayMessage
{
    QString messageId;
    QString
        peer; //!< the chat's user part, normalised: "15557654321" for 15557654321@c.us and @s.whatsapp.net
    QString chatJid; //!< as the gateway gave it
    QString peerName;
    bool fromMe = false;
    QString type; //!< "text", "image", … (best effort)
    QString text;
    QDateTime timestamp;
    QJsonObject raw;
};

//! WhatsApp's delivery acknowledgements, as WAHA numbers them.
enum class GatewayAck
{
    Error = -1,
    Pending = 0,
    Server = 1,
    Device = 2,
    Read = 3,
    Played = 4
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::LinkStatus)
Q_DECLARE_METATYPE(ChannelDesk::PairingQr)
Q_DECLARE_METATYPE(ChannelDesk::GatewayMessage)
Q_DECLARE_METATYPE(ChannelDesk::GatewayAck)
