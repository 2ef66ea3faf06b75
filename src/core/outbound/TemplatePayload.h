// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The "template" object of a send: name, language and the components that fill the template in
//! (a header's media link or text, the body's parameters, the buttons' payloads and URL suffixes),
//! after checking them against Meta's limits (OutboundPayload's MaxTemplate… constants).

#include "model/OutboundContent.h"
#include "util/Result.h"

#include <QJsonObject>

namespace ChannelDesk {

class TemplatePayload
{
public:
    //! Errors carry OutboundPayload's error codes and name the field and the limit.
    static Result<QJsonObject> build(const OutboundContent& content);
};

} // namespace ChannelDesk
