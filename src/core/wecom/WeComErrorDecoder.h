// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Explains WeCom's errcodes: WeCom's own words, then the cause and the fix in plain words, for
//! every front end (the composer, `channeldesk send`, the API's error message).

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

class WeComErrorDecoder
{
    Q_DECLARE_TR_FUNCTIONS(WeComErrorDecoder)

public:
    struct Explanation
    {
        QString cause;
        QString fix;
        bool retryable = false; //!< -1 (busy) and 45009 (rate limit): later may work
        bool tokenRejected = false; //!< 40014, 42001, 42007, 42009: refresh the token and retry once
    };

    static Explanation explain(int errcode, const QString& errmsg);
    //! "WeCom answered 60020: not allow to access from your ip … — <cause> <fix>".
    static QString describe(int errcode, const QString& errmsg);
    //! The address in a 60020 message ("from ip: 203.0.113.9"), empty when absent.
    static QString fromIp(const QString& errmsg);
};

} // namespace ChannelDesk
