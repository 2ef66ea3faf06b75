// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Explains a Graph API failure in plain words: the cause, the fix, and where in Meta's dashboard.
//! The one place that knows Meta's error codes; everything that shows an error uses it.

#include "model/GraphError.h"

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

struct ErrorExplanation
{
    QString cause; //!< plain explanation of what went wrong
    QString fix; //!< what to do about it
    bool retryable = false; //!< worth trying the same request again later
    QString dashboardLocation; //!< where in Meta's dashboards to look or fix it (empty if nowhere)
};

class MetaErrorDecoder
{
    Q_DECLARE_TR_FUNCTIONS(MetaErrorDecoder)

public:
    static ErrorExplanation explain(const GraphError& error);
    //! The remote side's own words, e.g. "(#190) Invalid OAuth access token." or the network error.
    static QString remoteWords(const GraphError& error);
    //! Everything copyable for a support request: codes, type, user message, fbtrace_id, body.
    static QString technicalDetails(const GraphError& error);
};

} // namespace ChannelDesk
