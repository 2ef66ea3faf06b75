// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the window may do on a desk with the connection's API key: which role each kind of action
//! needs, why it is refused, and how a refused action looks (disabled, with the reason as its
//! tooltip). The widgets ask it again whenever the desk's connection changes.

#include "model/ApiRole.h"
#include "model/DeskConnection.h"

#include <QCoreApplication>

class QAction;
class QWidget;

namespace ChannelDesk {

class RoleGate
{
    Q_DECLARE_TR_FUNCTIONS(RoleGate)

public:
    enum class Action
    {
        Reply, //!< writing and sending replies
        SendTestMessage,
        ManageLink, //!< connect, stop, new pairing window, log out, pairing code
        ClearOptOut,
        RetryForwards, //!< send a bot's parked deliveries again
        HandOff, //!< take a conversation over from the bot, or give it back
        EditChannels, //!< add (the wizard), edit on the channel page, remove
        ManageApiKeys, //!< Settings > Server API… keys and audit log
        ServerSettings, //!< receiver, send limits and server API: the server's own settings when remote
    };

    //! The role a remote key needs for action (ServerSettings: none suffices, see refusal()).
    static ApiRole neededRole(Action action);
    //! Empty when the connection allows action; otherwise why not, in words for a tooltip or label.
    static QString refusal(const DeskConnection& connection, Action action);

    //! Disables widget with refusal as its tooltip, or, with an empty refusal, gives it back its own
    //! tooltip and enables it if enabledOtherwise.
    static void apply(QWidget* widget, const QString& refusal, bool enabledOtherwise = true);
    static void apply(QAction* action, const QString& refusal, bool enabledOtherwise = true);
};

} // namespace ChannelDesk
