// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One linked-device gateway session (WAHA session, connection-gateway connection) driven
//! asynchronously: keeps it started, follows its state and QR, reconnects with backoff, and
//! reports messages and acks. Every outcome arrives as a signal on this object's thread.

#include "model/LinkTypes.h"

#include <QObject>
#include <QUrl>

namespace ChannelDesk {

struct GatewayConfig
{
    QUrl baseUrl; //!< e.g. http://127.0.0.1:3000
    QString secret; //!< WAHA API key or connection-gateway service token (from the keychain)
    QString session; //!< WAHA session name or connection id
    QString deviceLabel; //!< shown under Linked Devices on the phone, where the gateway supports it
    int maxAttempts = 5; //!< reconnect/retry attempts before giving up
    int initialBackoffMs = 1000;
    int maxBackoffMs = 30000;
};

class GatewayAdapter : public QObject
{
    Q_OBJECT

public:
    //! A pairing code's value is a few hundred bytes; anything past this is not one.
    static constexpr qsizetype MaxQrValueBytes = 8 * 1024;
    //! A QR code's PNG as a data URL is a few KiB.
    static constexpr qsizetype MaxQrImageBytes = 64 * 1024;

    explicit GatewayAdapter(GatewayConfig config, QObject* parent = nullptr);

    const GatewayConfig& config() const { return m_config; }
    const LinkStatus& status() const { return m_status; }
    const PairingQr& currentQr() const { return m_qr; }

    //! Connects to the gateway, creates and starts the session when missing, and follows it.
    virtual void open() = 0;
    virtual void close() = 0;
    //! close(), and says so: the state becomes Stopped until open() is called again. Where the
    //! gateway can stop a session (WAHA) it is stopped there too; the link stays either way.
    void stop();
    /*!
     * Restarts the session at the gateway. A linked session reconnects and keeps its link; one
     * without a link starts a new pairing window ("Start a new pairing window"), so fresh codes come.
     */
    virtual void restartPairing() = 0;
    //! Unlinks the phone at the gateway; linking again needs a new scan.
    virtual void logout() = 0;
    //! Deletes this adapter (with its signals blocked) once the requests that change the session at
    //! the gateway (stop, log out) have their answer, so that removing a channel right after Log Out
    //! still logs out. Call close() first.
    void retire();
    //! Phone number in international format, digits only. Result: pairingCodeReceived or errorOccurred.
    virtual void requestPairingCode(const QString& phoneNumber) = 0;
    //! Sends text to a peer (digits or JID). Result: sendFinished with the same reference.
    virtual void sendText(const QString& peer, const QString& text, const QString& reference) = 0;
    virtual bool supportsPairingCode() const = 0;

signals:
    void statusChanged(const ChannelDesk::LinkStatus& status);
    void qrChanged(const ChannelDesk::PairingQr& qr);
    void pairingCodeReceived(const QString& code);
    void messageReceived(const ChannelDesk::GatewayMessage& message);
    void messageAcked(const QString& messageId, ChannelDesk::GatewayAck ack);
    //! messageId is empty on failure; error then holds the gateway's own words and a plain explanation.
    void sendFinished(const QString& reference, const QString& messageId, const QString& error);
    void errorOccurred(const QString& message);

protected:
    void setStatus(const LinkStatus& status);
    //! setStatus() unless nothing a reader would see changed (WAHA repeats SCAN_QR_CODE per rotation).
    void updateStatus(const LinkStatus& status);
    void setQr(const PairingQr& qr);
    //! What stop() says about the session (the gateway keeps it running, or stopped it).
    virtual QString stoppedReason() const;
    //! After close(): asks the gateway to stop the session, if it can. Default: nothing to ask.
    virtual void stopAtGateway() { }
    //! A request that changes the session at the gateway is out (retire() waits for it) / has its answer.
    void controlStarted() { ++m_controlsInFlight; }
    void controlFinished();
    //! open() asks this once it has said that it starts: true while a stop or a log-out is still on
    //! its way to the gateway. open() then returns, and runs again once that has its answer, so
    //! the gateway sees them in the order they were asked for: a Start right after a Stop, sent on
    //! its own connection, could reach the gateway first and leave the session stopped.
    bool openAfterControls();
    //! close() drops an open() that waits for openAfterControls().
    void dropWaitingOpen() { m_openWaiting = false; }
    //! True, after saying so once through errorOccurred, when a QR value or image is too large to be
    //! a pairing code; such a value is never shown.
    bool refuseOversizedQr(qsizetype valueBytes, qsizetype imageBytes = 0);

    GatewayConfig m_config;
    LinkStatus m_status;
    PairingQr m_qr;
    bool m_qrRefused = false; //!< the last QR value was refused (say it once, not per poll)
    int m_controlsInFlight = 0;
    bool m_retiring = false;
    bool m_openWaiting = false;
};

//! "15557654321@c.us", "15557654321@s.whatsapp.net", "+1 555 765-4321" → "15557654321".
QString normalisePeer(const QString& peerOrJid);

} // namespace ChannelDesk
