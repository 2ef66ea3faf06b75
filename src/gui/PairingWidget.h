// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Links a WhatsApp account through the channel's gateway session: the live QR code with its number in the
//! pairing window and a countdown, the link state in words (with the reason and the reconnect
//! count), "Start a new pairing window" when the codes ran out or the session failed, the pairing
//! code as the alternative to scanning (Enter in the number field asks for it; it shows large at the top),
//! the session's controls (LinkControlsWidget: Stop, Start, Restart, Log Out…, …), and the warning
//! about WhatsApp's terms. Embedded on the channel page and on the setup wizard's last page.

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

class Desk;
class QrCodeWidget;

class PairingWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PairingWidget(QWidget* parent = nullptr);
    ~PairingWidget() override;

    //! Built by Designer promotion: setDesk() first.
    void setDesk(Desk* desk);
    //! Follows the gateway session the Desk keeps for the channel, also when it is replaced, and says
    //! what the Desk reports as the channel's problem. An empty id follows nothing.
    void setChannel(const QString& channelId);
    QString channelId() const { return m_channelId; }
    //! Whether the Desk has a gateway session for the channel shown.
    bool hasLink() const;
    //! Says why there is no session: the channel is disabled, its key is missing, …
    void setUnavailableText(const QString& text);
    //! What to do about a rejected key where this widget is shown.
    void setAuthRejectedHint(const QString& hint);
    QrCodeWidget* qrCodeWidget() const;

    //! "+1 555-765 4321" → "15557654321" with a hint; an error for anything that is not an
    //! international number (8 to 15 digits, country code first).
    static FieldCheck checkPhoneNumber(const QString& text, QString* digits = nullptr);
    //! The link state in a short line: "Scanned — confirming on the phone…", "Reconnecting — attempt 2 of 5".
    static QString headline(const LinkStatus& status);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void followChannel();
    bool isShown(const QString& channelId) const
    {
        return !m_channelId.isEmpty() && channelId == m_channelId;
    }
    void resetLink();
    void showStatus();
    void showQr();
    void updateCountdown();
    void validatePhone();
    void requestPairingCode();
    void showError(const QString& message);
    void applyRoles();

    std::unique_ptr<Ui::PairingWidget> m_ui;
    QPointer<Desk> m_desk;
    QString m_channelId;
    //! Whether a session was followed when last looked: a new one starts with a clean slate.
    bool m_linked = false;
    QTimer m_countdown;
    QString m_unavailableText;
    QString m_authHint;
    //! The session's code belongs to the pairing window shown now, not to one that has ended.
    bool m_qrCurrent = false;
    bool m_codeRequested = false;
    LinkState m_shownState = LinkState::Unknown;
};

} // namespace ChannelDesk
