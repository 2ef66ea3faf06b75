// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! `channeldesk send`: queues one message through the persisted outbound queue (Cloud API) or
//! sends it through the channel's gateway (linked devices, text only), waits for Meta's or the
//! gateway's answer and prints the outcome with a stable code name.

#include "Command.h"
#include "model/OutboundItem.h"

#include <optional>

namespace ChannelDesk {

struct Channel;
class ChannelManager;
struct OutboundContent;
class OutboundStore;

class SendCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    SendCommand();

    //! Exit codes of `send`, one per stable code; documented in --help.
    static int exitCodeFor(SendCode code);

    QString summary() const override;
    int run(const QString& dataDir) override;

protected:
    QString description() const override;

private:
    //! Reads the template's header and button options into content and checks the template against
    //! Meta's limits; the exit code when they are wrong.
    std::optional<int> readTemplateExtras(OutboundContent& content, bool haveTemplate);
    int sendCloud(ChannelManager& manager, const Channel& channel, const OutboundContent& content);
    int sendLinked(ChannelManager& manager, const Channel& channel, const OutboundContent& content);
    int sendWeCom(ChannelManager& manager, const Channel& channel, const OutboundContent& content);
    int giveUp(const OutboundStore& store, qint64 id);
    int report(SendCode code, const QString& message, const QString& messageId = {},
               const QString& freesAt = {});

    QString m_dataDir;
    QString m_to;
    bool m_json = false;
    int m_timeoutSeconds = 30;
};

} // namespace ChannelDesk
