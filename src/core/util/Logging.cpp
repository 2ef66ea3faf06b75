// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcSecrets, "channeldesk.core.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "channeldesk.core.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGraph, "channeldesk.core.graph", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChannels, "channeldesk.core.channels", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "channeldesk.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGui, "channeldesk.gui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWebhook, "channeldesk.core.webhook", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLinking, "channeldesk.core.linking", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOutbound, "channeldesk.core.outbound", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "channeldesk.core.settings", QtWarningMsg)
