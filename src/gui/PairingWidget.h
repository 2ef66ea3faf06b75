// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Links a WhatsApp account through a gateway adapter: the live QR code with its number in the
//! pairing window and a countdown, the link state in words (with the reason and the reconnect
//! count), "Start a new pairing window" when the codes ran out or the session failed, the pairing
//! code as the alternative to scanning, and the warning about WhatsApp's terms. Embedded on the
//! channel page and on the setup wizard's last page.

#include "channels/FieldCheck.h"
#include "model/LinkTypes.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class PairingWidget;
}

namespace ChannelDesk {

class GatewayAdapter;
class LinkedChannelController;
class QrCodeWidget;

class PairingWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PairingWidget(QWidget* parent = nullptr);
    ~PairingWidget() override;

    //! Follows the adapter the controller keeps for the channel, also when it is replaced, and says
    //! what the controller reports as the channel's problem. An empty id follows nothing.
    void setChannel(LinkedChannelController* linked, const QString& channelId);
    //! Follows this adapter (null: none, then the unavailable text is shown).
    void setAdapter(GatewayAdapter* adapter);
    GatewayAdapter* adapter() const;
    //! Says why there is no adapter: the channel is disabled, its key is missing, …
    void setUnavailableText(const QString& text);
    //! What to do about a rejected key where this widget is shown.
    void setAuthRejectedHint(const QString& hint);
    QrCodeWidget* qrCodeWidget() const;

    //! "+1 555-765 4321" → "15557654321" with a hint; an error for anything that is not an
    //! international number (8 to 15 digits, country code first).
    static FieldCheck checkPhoneNumber(const QString& text, QString* digits = nullptr);
    //! The link state in a short line: "Scanned — confirming on the phone…", "Reconnecting — attempt 2 of 5".
    static QString headline(const LinkStatus& status);

private:
    void followChannel();
    void showStatus();
    void showQr();
    void updateCountdown();
    void validatePhone();
    void requestPairingCode();
    void showError(const QString& message);

    std::unique_ptr<Ui::PairingWidget> m_ui;
    QPointer<LinkedChannelController> m_linked;
    QString m_channelId;
    QPointer<GatewayAdapter> m_adapter;
    QTimer m_countdown;
    QString m_unavailableText;
    QString m_authHint;
    //! The adapter's code belongs to the pairing window shown now, not to one that has ended.
    bool m_qrCurrent = false;
    bool m_codeRequested = false;
    LinkState m_shownState = LinkState::Unknown;
};

} // namespace ChannelDesk
