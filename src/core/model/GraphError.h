// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A failed Graph API call: Meta's error object when there is one, otherwise what went wrong on
//! the way (timeout, TLS, network, a body that is not JSON).

#include <QJsonObject>
#include <QString>

namespace ChannelDesk {

struct GraphError
{
    enum class Kind
    {
        None,
        Api, //!< Meta answered with an error object
        Http, //!< a non-2xx status without Meta's error object
        Timeout,
        Tls,
        Network,
        Malformed, //!< 2xx but the body is not the JSON we expected
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int code = 0; //!< Meta's error.code
    int subcode = 0; //!< error.error_subcode
    bool transient = false; //!< error.is_transient
    QString type; //!< error.type, e.g. OAuthException
    QString message; //!< Meta's own words, or the network layer's
    QString details; //!< error.error_data.details
    QString userTitle; //!< error.error_user_title
    QString userMessage; //!< error.error_user_msg
    QString fbtraceId;
    QString body; //!< the raw response body, for the "details" view

    bool isError() const { return kind != Kind::None; }
};

} // namespace ChannelDesk
