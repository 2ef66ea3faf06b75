// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcSecrets, "channeldesk.core.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "channeldesk.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGraph, "channeldesk.core.graph", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChannels, "channeldesk.core.channels", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "channeldesk.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "channeldesk.gui", QtInfoMsg)
