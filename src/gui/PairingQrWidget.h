// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The live pairing QR of one linked channel, compact enough for a dashboard card: the code itself
//! (a QrCodeWidget, so a plain screenshot of it scans), which code of the pairing window it is and
//! the countdown to its expiry. It is visible only while the channel awaits a scan with a code of
//! the pairing window open now, and hides itself otherwise (linked, failed, no session). The rules
//! for which code counts and how the countdown reads are shared with PairingWidget.

#include "model/LinkTypes.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class PairingQrWidget;
}

namespace ChannelDesk {

class Desk;
class QrCodeWidget;

class PairingQrWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PairingQrWidget(QWidget* parent = nullptr);
    ~PairingQrWidget() override;

    //! Built by Designer promotion: setDesk() and setChannel() to follow a channel; an empty id or
    //! no desk follows nothing.
    void setDesk(Desk* desk);
    void setChannel(const QString& channelId);
    QString channelId() const { return m_channelId; }
    QrCodeWidget* qrCodeWidget() const;
    //! Whether a code is offered now (the widget is not hidden).
    bool isOffering() const { return m_offering; }

    //! The gateway offers a code to scan (or waits for a pairing code) in this state.
    static bool offersCode(LinkState state);
    //! After this state a code the session still holds belongs to a pairing window that has ended.
    static bool endsPairingWindow(LinkState state);
    //! "Code 2 of 6", "Code 7"; empty when the gateway does not number its codes.
    static QString sequenceText(const PairingQr& qr);
    //! What a screen reader says for the code: "Pairing QR code, Code 2 of 6".
    static QString accessibleQrName(const QString& sequence);
    //! "Expires in 12 s"; empty without an expiry. *nextChangeMs: when the text changes next, 0 never.
    static QString countdownText(const QDateTime& expiresAt, const QDateTime& now, int* nextChangeMs);

signals:
    void offeringChanged(bool offering);

private:
    bool hasLink() const;
    void followLinks();
    void resetLink();
    void showQr();
    void updateCountdown();

    std::unique_ptr<Ui::PairingQrWidget> m_ui;
    QPointer<Desk> m_desk;
    QString m_channelId;
    bool m_linked = false;
    //! The session's code belongs to the pairing window open now, not to one that has ended.
    bool m_qrCurrent = false;
    bool m_offering = false;
    QTimer m_countdown;
};

} // namespace ChannelDesk
