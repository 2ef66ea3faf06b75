// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The console protocol's verbs for the bot bridge: a channel's forwarding history per minute
//! (viewer) and sending parked deliveries again (operator, audited as forward.retry with the
//! count). The bots' health itself comes with the snapshot and the stream's bot_health events.
//! Runs on the Desk's thread.

#include "server/ApiContext.h"
#include "server/ConsoleCall.h"

#include <QObject>

namespace ChannelDesk {

class ConsoleBotEndpoints : public QObject
{
    Q_OBJECT

public:
    ConsoleBotEndpoints(const ApiContext& context, QObject* parent = nullptr);

    //! Answers the verb when it is one of these; false otherwise.
    bool handle(const QString& verb, const ConsoleCall& call);

private:
    void botHistory(const ConsoleCall& call);
    void retryParked(const ConsoleCall& call);

    ApiContext m_context;
};

} // namespace ChannelDesk
