// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The buttons that change a linked channel's gateway session, each shown in the states where it
//! helps: Stop while the session runs and Start once stopped, Restart while it runs, Log Out…
//! (after asking) while the gateway may hold the phone's link, Start a new pairing window when the
//! codes ran out or after a log-out, Connect Again once the gateway could not be reached. What the
//! desk's role does not allow is disabled with the reason (RoleGate). Shown on the channel page (in
//! PairingWidget) and on the dashboard card.

#include "model/LinkTypes.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class LinkControlsWidget;
}

namespace ChannelDesk {

class Desk;

class LinkControlsWidget : public QWidget
{
    Q_OBJECT

public:
    //! Which controls a link state offers.
    struct Offer
    {
        bool stop = false;
        bool start = false;
        bool restart = false;
        bool logOut = false;
        bool newPairingWindow = false;
        bool connectAgain = false;
    };

    explicit LinkControlsWidget(QWidget* parent = nullptr);
    ~LinkControlsWidget() override;

    //! Built by Designer promotion: setDesk() and setChannel() to follow a channel; an empty id or
    //! no desk shows nothing.
    void setDesk(Desk* desk);
    void setChannel(const QString& channelId);
    QString channelId() const { return m_channelId; }
    //! Without mnemonics, for places that show several channels' controls at once (the dashboard).
    void dropMnemonics();

    static Offer offer(const LinkStatus& status);

signals:
    //! The user started an action on the session (the page clears what belonged to the old state).
    void actionTaken();

private:
    bool hasLink() const;
    void showControls();
    void applyRoles();
    //! Asks first: logging out unlinks the phone, and only a new scan links it again.
    void confirmLogOut();

    std::unique_ptr<Ui::LinkControlsWidget> m_ui;
    QPointer<Desk> m_desk;
    QString m_channelId;
};

} // namespace ChannelDesk
