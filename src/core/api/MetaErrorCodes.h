// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Meta's error codes (spec §7) with what each means for an operator; MetaErrorDecoder's table.

#include "model/GraphError.h"

namespace ChannelDesk::MetaErrorCodes {

//! Untranslated texts in the "MetaErrorDecoder" context; translate with MetaErrorDecoder::tr().
struct Text
{
    const char* cause;
    const char* fix;
    const char* where; //!< where in Meta's dashboards
    bool retryable;
};

//! The texts for the error's code, or nullptr for a code not in the table.
const Text* find(const GraphError& error);

} // namespace ChannelDesk::MetaErrorCodes
