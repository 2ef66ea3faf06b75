// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Turns the body of a Cloud API webhook POST into events. Pure and deterministic: no I/O, no
//! logging, no global state, so the receiver, the tests and the fuzzer all see the same result.

#include "util/Result.h"
#include "model/WebhookEvents.h"

#include <QByteArray>

namespace ChannelDesk {

class WebhookPayloadParser
{
public:
    //! Fails (code 400) only when the body is not a JSON object. Anything inside it that has the
    //! wrong shape is skipped and counted in WebhookBatch::ignoredItems; it never aborts the batch.
    static Result<WebhookBatch> parse(const QByteArray& body);

    struct Outline
    {
        int messages = 0; //!< items in the messages arrays, well-formed or not
        int statuses = 0;
    };
    //! Fails exactly when parse() does, with the same message, at a third of its cost: the
    //! receiver's answer depends only on this, and building the events can wait.
    static Result<Outline> outline(const QByteArray& body);
};

} // namespace ChannelDesk
