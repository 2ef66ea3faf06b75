// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Sending through the server API: a message into the channel's queue (with every rule the window
//! applies: limits, the 24 h window, opt-outs), a send's current state, and the channel's test
//! message. Runs on the Desk's thread.

#include "model/OutboundContent.h"
#include "model/OutboundItem.h"
#include "model/SendRequest.h"
#include "server/ApiContext.h"

#include <QObject>

namespace ChannelDesk {

class SendEndpoints : public QObject
{
    Q_OBJECT

public:
    SendEndpoints(const ApiContext& context, QObject* parent = nullptr);

    void send(const ApiRequest& request, const ApiReply& reply);
    void message(const ApiRequest& request, const ApiReply& reply);
    void test(const ApiRequest& request, const ApiReply& reply);

    static ApiResponse refusal(const SendRefusal& refusal);

private:
    struct Submission
    {
        ApiRequest request;
        QString channelId;
        QString to;
        OutboundContent content;
        QString action; //!< send, test
        int waitSeconds = 0;
        bool withHops = false;
    };
    void submit(const Submission& submission, const ApiReply& reply);
    //! The wait= parameter: 0–60 seconds, or -1 when it is not a number in that range.
    static int waitSeconds(const ApiRequest& request, int fallback);
    //! A template's "header" and "buttons" into content; what is wrong with them, or empty.
    static QString readTemplateExtras(const QJsonObject& tmpl, OutboundContent& content);

    ApiContext m_context;
};

} // namespace ChannelDesk
