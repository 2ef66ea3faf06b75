// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MetaErrorDecoder.h"

#include "api/MetaErrorCodes.h"

#include <QStringList>

namespace ChannelDesk {
namespace {

ErrorExplanation apiExplanation(const GraphError& e)
{
    if (const MetaErrorCodes::Text* text = MetaErrorCodes::find(e))
        return {MetaErrorDecoder::tr(text->cause), MetaErrorDecoder::tr(text->fix), text->retryable,
                MetaErrorDecoder::tr(text->where)};
    if (e.transient)
        return {MetaErrorDecoder::tr("Meta reported a temporary error."),
                MetaErrorDecoder::tr("Try again shortly."), true,
                MetaErrorDecoder::tr("https://metastatus.com (Meta's platform status)")};
    return {MetaErrorDecoder::tr("Meta rejected the request (error %1).").arg(e.code),
            MetaErrorDecoder::tr("Read Meta's message above; the error code is listed at "
                                 "developers.facebook.com under WhatsApp > Support > Error codes."),
            false, MetaErrorDecoder::tr("developers.facebook.com > WhatsApp > Support > Error codes")};
}

} // namespace

ErrorExplanation MetaErrorDecoder::explain(const GraphError& error)
{
    switch (error.kind) {
    case GraphError::Kind::None:
        return {};
    case GraphError::Kind::Api:
        return apiExplanation(error);
    case GraphError::Kind::Http:
        if (error.httpStatus >= 500)
            return {tr("Meta's server failed (HTTP %1) without saying why.").arg(error.httpStatus),
                    tr("This is on Meta's side; try again in a minute."), true,
                    tr("https://metastatus.com (Meta's platform status)")};
        return {
            tr("The server answered HTTP %1 without Meta's usual error description.").arg(error.httpStatus),
            tr("Check the Graph API base URL under Advanced; it should be https://graph.facebook.com."),
            false,
            {}};
    case GraphError::Kind::Timeout:
        return {tr("Meta did not answer in time."),
                tr("Check the internet connection and any proxy, then try again."),
                true,
                {}};
    case GraphError::Kind::Tls:
        return {tr("The secure connection failed, so ChannelDesk cannot be sure it is talking to Meta."),
                tr("Check the system clock and any TLS-intercepting proxy or antivirus; check the Graph API "
                   "base URL."),
                true,
                {}};
    case GraphError::Kind::Network:
        return {tr("Could not reach the Graph API server."),
                tr("Check the internet connection, DNS, proxy or firewall, and the Graph API base URL."),
                true,
                {}};
    case GraphError::Kind::Malformed:
        return {tr("The server's answer was not the JSON Meta sends."),
                tr("Check the Graph API base URL under Advanced; a captive portal or proxy may be answering "
                   "instead of Meta."),
                true,
                {}};
    case GraphError::Kind::Cancelled:
        return {tr("Cancelled."), {}, true, {}};
    }
    return {};
}

QString MetaErrorDecoder::remoteWords(const GraphError& error)
{
    switch (error.kind) {
    case GraphError::Kind::Api: {
        QString words = error.message;
        if (!error.details.isEmpty() && !words.contains(error.details))
            words += QStringLiteral(" — ") + error.details;
        if (!error.userMessage.isEmpty())
            words += QStringLiteral(" (") + error.userMessage + QLatin1Char(')');
        return words;
    }
    case GraphError::Kind::Tls:
        return error.details.isEmpty()
            ? error.message
            : error.message + QStringLiteral(" (") + error.details + QLatin1Char(')');
    default:
        return error.message;
    }
}

QString MetaErrorDecoder::technicalDetails(const GraphError& error)
{
    QStringList lines;
    if (error.httpStatus)
        lines << QStringLiteral("HTTP status: %1").arg(error.httpStatus);
    if (error.kind == GraphError::Kind::Api) {
        lines << QStringLiteral("code: %1").arg(error.code);
        if (error.subcode)
            lines << QStringLiteral("error_subcode: %1").arg(error.subcode);
        if (!error.type.isEmpty())
            lines << QStringLiteral("type: ") + error.type;
        lines << QStringLiteral("message: ") + error.message;
        if (!error.details.isEmpty())
            lines << QStringLiteral("error_data.details: ") + error.details;
        if (!error.userTitle.isEmpty())
            lines << QStringLiteral("error_user_title: ") + error.userTitle;
        if (!error.userMessage.isEmpty())
            lines << QStringLiteral("error_user_msg: ") + error.userMessage;
        if (!error.fbtraceId.isEmpty())
            lines << QStringLiteral("fbtrace_id: ") + error.fbtraceId;
    } else {
        lines << QStringLiteral("error: ") + remoteWords(error);
    }
    if (!error.body.isEmpty())
        lines << QStringLiteral("body: ") + error.body;
    return lines.join(QLatin1Char('\n'));
}

} // namespace ChannelDesk
