// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Reads the status words of gateways that define no status enum (the seed connection gateway):
//! the common words other gateways use, case-insensitively, with "-" or " " taken as "_".

#include "model/LinkTypes.h"

namespace ChannelDesk {

class GatewayStateWords
{
public:
    //! "qr", "WAITING_FOR_SCAN" → AwaitingScan, "ready" → Connected, …; Unknown for anything else.
    static LinkState stateFromWord(const QString& word);
};

} // namespace ChannelDesk
