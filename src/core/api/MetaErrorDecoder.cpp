// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MetaErrorDecoder.h"

#include <QStringList>

namespace ChannelDesk {
namespace {

ErrorExplanation apiExplanation(const GraphError& e)
{
    switch (e.code) {
    case 0:
    case 190:
        return {MetaErrorDecoder::tr(
                    "The access token is invalid or has expired. Temporary tokens from WhatsApp > API Setup "
                    "expire after 24 hours."),
                MetaErrorDecoder::tr(
                    "Create a permanent System User token in Meta Business Settings > Users > System users "
                    "(permissions whatsapp_business_messaging and whatsapp_business_management) and replace "
                    "the token."),
                false};
    case 100:
        return {
            MetaErrorDecoder::tr("Meta does not know this Phone Number ID, or the token may not access it."),
            MetaErrorDecoder::tr(
                "Copy the Phone Number ID (not the phone number) from WhatsApp > API Setup, and check "
                "that the token's app is linked to the same WhatsApp Business Account."),
            false};
    case 803:
        return {MetaErrorDecoder::tr("No phone number with this ID exists; it may have been deleted."),
                MetaErrorDecoder::tr("Check the Phone Number ID in WhatsApp > API Setup."), false};
    case 3:
    case 10:
    case 131005:
        return {MetaErrorDecoder::tr("The token lacks a permission this call needs."),
                MetaErrorDecoder::tr(
                    "Give the System User the whatsapp_business_messaging and whatsapp_business_management "
                    "permissions and generate a new token."),
                false};
    case 4:
    case 17:
    case 613:
    case 80007:
    case 80008:
    case 130429:
        return {
            MetaErrorDecoder::tr("Meta is rate-limiting this app or business account."),
            MetaErrorDecoder::tr("Wait a few minutes and try again; ChannelDesk backs off automatically."),
            true};
    case 1:
    case 2:
    case 131000:
    case 131016:
    case 133004:
        return {MetaErrorDecoder::tr("Meta reported a temporary problem on its side."),
                MetaErrorDecoder::tr("Try again in a minute. If it persists, check https://metastatus.com."),
                true};
    case 368:
    case 131031:
        return {MetaErrorDecoder::tr("Meta has restricted or locked this account."),
                MetaErrorDecoder::tr("Open WhatsApp Manager > Account tools > Account quality to see why."),
                false};
    default:
        break;
    }
    if (e.code >= 200 && e.code <= 299)
        return {MetaErrorDecoder::tr("The app has no permission for this phone number or business account."),
                MetaErrorDecoder::tr(
                    "Add the app to the WhatsApp Business Account (Business Settings > Accounts > WhatsApp "
                    "accounts) and give the System User access."),
                false};
    if (e.transient)
        return {MetaErrorDecoder::tr("Meta reported a temporary error."),
                MetaErrorDecoder::tr("Try again shortly."), true};
    return {MetaErrorDecoder::tr("Meta rejected the request (error %1).").arg(e.code),
            MetaErrorDecoder::tr("Read Meta's message above; the error code is listed at "
                                 "developers.facebook.com under WhatsApp > Support > Error codes."),
            false};
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
                    tr("This is on Meta's side; try again in a minute."), true};
        return {
            tr("The server answered HTTP %1 without Meta's usual error description.").arg(error.httpStatus),
            tr("Check the Graph API base URL under Advanced; it should be https://graph.facebook.com."),
            false};
    case GraphError::Kind::Timeout:
        return {tr("Meta did not answer in time."),
                tr("Check the internet connection and any proxy, then try again."), true};
    case GraphError::Kind::Tls:
        return {tr("The secure connection failed, so ChannelDesk cannot be sure it is talking to Meta."),
                tr("Check the system clock and any TLS-intercepting proxy or antivirus; check the Graph API "
                   "base URL."),
                true};
    case GraphError::Kind::Network:
        return {tr("Could not reach the Graph API server."),
                tr("Check the internet connection, DNS, proxy or firewall, and the Graph API base URL."),
                true};
    case GraphError::Kind::Malformed:
        return {tr("The server's answer was not the JSON Meta sends."),
                tr("Check the Graph API base URL under Advanced; a captive portal or proxy may be answering "
                   "instead of Meta."),
                true};
    case GraphError::Kind::Cancelled:
        return {tr("Cancelled."), {}, true};
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
