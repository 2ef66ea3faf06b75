// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeMetaErrors.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace FakeMetaErrors {
namespace {

struct Row
{
    int code;
    int httpStatus;
    int subcode;
    bool transient;
    const char* message;
    const char* details;
};

// Titles and details as Meta's error-code page words them (spec §7); HTTP statuses as seen in the
// OpenAPI examples (spec §5), 400 otherwise.
const Row rows[] = {
    {0, 401, 0, false, "(#0) Unable to authenticate the app user", ""},
    {190, 401, 463, false,
     "Error validating access token: Session has expired on Friday, 20-Nov-26 10:00:00 PST.", ""},
    {3, 403, 0, false, "(#3) Application does not have the capability to make this API call.", ""},
    {10, 403, 0, false, "(#10) Application does not have permission for this action", ""},
    {200, 403, 0, false, "(#200) Permissions error", ""},
    {299, 403, 0, false, "(#299) Permission denied", ""},
    {131005, 403, 0, false, "(#131005) Access denied",
     "Permission is either not granted or has been removed."},
    {100, 400, 0, false, "(#100) Invalid parameter",
     "Param text['body'] must be at most 4096 characters long."},
    {131008, 400, 0, false, "(#131008) Required parameter is missing", "The parameter to is required."},
    {131009, 400, 0, false, "(#131009) Parameter value is not valid", "Message id is not valid."},
    {131047, 400, 0, false, "(#131047) Re-engagement message",
     "Message failed to send because more than 24 hours have passed since the customer last replied to this "
     "number."},
    {131026, 400, 0, false, "(#131026) Message undeliverable", "Message Undeliverable."},
    {131050, 400, 0, false,
     "(#131050) Unable to deliver the message. This recipient has chosen to stop receiving marketing "
     "messages on WhatsApp from your business.",
     ""},
    {130403, 400, 0, false, "(#130403) Recipient is blocked", "You have blocked this user."},
    {131049, 400, 0, false,
     "(#131049) This message was not delivered to maintain healthy ecosystem engagement.", ""},
    {131051, 400, 0, false, "(#131051) Unsupported message type", "Message type is not currently supported."},
    {131052, 400, 0, false, "(#131052) Media download error",
     "Unable to download the media sent by the user."},
    {131053, 400, 0, false, "(#131053) Media upload error",
     "Unable to upload the media used in the message."},
    {132000, 400, 0, false, "(#132000) Number of parameters does not match the expected number of params",
     "body: number of localizable_params (1) does not match the expected number of params (2)"},
    {132001, 404, 0, false, "(#132001) Template name does not exist in the translation",
     "template name (order_shipped) does not exist in en_US"},
    {132005, 400, 0, false, "(#132005) Translated text too long", ""},
    {132007, 400, 0, false, "(#132007) Template Format Character Policy Violated", ""},
    {132012, 400, 0, false, "(#132012) Parameter format does not match format in the created template", ""},
    {132015, 400, 0, false, "(#132015) Template is Paused", "Template is paused due to low quality."},
    {132016, 400, 0, false, "(#132016) Template is Disabled", "Template has been disabled."},
    {368, 403, 0, false, "(#368) Temporarily blocked for policies violations", ""},
    {131031, 403, 0, false, "(#131031) Account has been locked", ""},
    {130497, 403, 0, false, "(#130497) Business account is restricted from messaging users in this country",
     ""},
    {131042, 400, 0, false, "(#131042) Business eligibility payment issue", ""},
    {131045, 400, 0, false, "(#131045) Incorrect certificate",
     "Message failed to send due to a phone number registration error."},
    {133010, 400, 0, false, "(#133010) Phone number Not Registered", ""},
    {4, 429, 0, true, "(#4) Application request limit reached", ""},
    {80007, 429, 0, true, "(#80007) Rate limit issues", ""},
    {130429, 429, 2494055, false, "(#130429) Rate limit hit",
     "Cloud API message throughput has been reached."},
    {131056, 429, 0, false, "(#131056) (Business Account, Consumer Account) pair rate limit hit", ""},
    {131048, 429, 0, false, "(#131048) Spam rate limit hit", ""},
    {131064, 400, 0, false, "(#131064) Messaging limit reached due to template misclassification", ""},
    {1, 500, 0, false, "An unknown error occurred", ""},
    {2, 500, 0, true, "An unexpected error has occurred. Please retry your request later.", ""},
    {131000, 500, 0, false, "(#131000) Something went wrong", ""},
    {131016, 503, 0, false, "(#131016) Service unavailable", ""},
    {133004, 503, 0, false, "(#133004) Server temporarily unavailable", ""},
    {131057, 503, 0, false, "(#131057) Business Account is in maintenance mode", ""},
    {613, 429, 0, false, "(#613) Calls to this api have exceeded the rate limit.", ""},
    {17, 429, 0, true, "(#17) User request limit reached", ""},
    {80008, 429, 0, false,
     "(#80008) There have been too many calls to this WhatsApp Business account. Wait a bit and try again.",
     ""},
};

const Row* find(int code)
{
    for (const Row& row : rows) {
        if (row.code == code)
            return &row;
    }
    return nullptr;
}

} // namespace

QList<int> documentedCodes()
{
    QList<int> codes;
    for (const Row& row : rows)
        codes << row.code;
    return codes;
}

int httpStatus(int code)
{
    const Row* row = find(code);
    return row ? row->httpStatus : 400;
}

QByteArray body(int code, const QString& message)
{
    const Row* row = find(code);
    QJsonObject error{
        {QStringLiteral("message"),
         !message.isEmpty() ? message
             : row          ? QString::fromUtf8(row->message)
                            : QStringLiteral("(#%1) Error").arg(code)},
        {QStringLiteral("type"), QStringLiteral("OAuthException")},
        {QStringLiteral("code"), code},
        {QStringLiteral("fbtrace_id"), QStringLiteral("AFakeTrace%1").arg(code)},
    };
    if (row && qstrlen(row->details) > 0)
        error.insert(QStringLiteral("error_data"),
                     QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                 {QStringLiteral("details"), QString::fromUtf8(row->details)}});
    if (row && row->subcode)
        error.insert(QStringLiteral("error_subcode"), row->subcode);
    if (row && row->transient)
        error.insert(QStringLiteral("is_transient"), true);
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

} // namespace FakeMetaErrors
