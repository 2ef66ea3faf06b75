// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Test Connection as a value: what to ask Meta (or WeCom), and what came back, ready to show.

#include "model/PhoneNumberInfo.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace ChannelDesk {

struct ConnectionCheckRequest
{
    //! When set, the channel's stored access token is used (accessToken stays empty).
    QString channelId;
    QString phoneNumberId;
    QUrl graphBaseUrl; //!< empty: Meta's
    QString apiVersion; //!< empty: the default version
    QString accessToken; //!< for a channel not saved yet
    int timeoutMs = 0; //!< 0: the Graph client's default

    //! Empty or ChannelKinds::whatsAppCloud(): the fields above. ChannelKinds::weCom(): gettoken
    //! with the app's secret, then agent/get for the app's name, with the fields below.
    QString kind = {};
    QString corpId = {};
    QString agentId = {};
    QString corpSecret = {}; //!< empty with channelId set: the channel's stored secret
    QUrl apiBaseUrl = {}; //!< empty: WeCom's
};

struct ConnectionCheck
{
    enum class Outcome
    {
        Ok,
        Failed,
        Cancelled,
    };
    Outcome outcome = Outcome::Failed;
    PhoneNumberInfo info;
    QString successText; //!< "Connected to Acme Support (+1 555-000-1234)"
    QStringList warnings;
    QString failureText; //!< Meta's own words and a plain explanation with the fix
    QString details; //!< the raw error, for the expandable details

    bool ok() const { return outcome == Outcome::Ok; }
};

} // namespace ChannelDesk
