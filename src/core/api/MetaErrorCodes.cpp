// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MetaErrorCodes.h"

#include <QCoreApplication>

namespace ChannelDesk {
namespace {

// Meta's error codes (spec §7) with what they mean for an operator. The strings are translated where
// they are used; QT_TRANSLATE_NOOP only marks them for lupdate (which does not expand our macros).

const char* const kTemplates
    = QT_TRANSLATE_NOOP("MetaErrorDecoder", "WhatsApp Manager > Account tools > Message templates");
const char* const kMessagesReference = QT_TRANSLATE_NOOP(
    "MetaErrorDecoder", "developers.facebook.com > WhatsApp > Cloud API > Reference > Messages");
const char* const kNoDashboard = QT_TRANSLATE_NOOP(
    "MetaErrorDecoder", "Nothing to change in Meta's dashboards; it concerns this one message.");
const char* const kAppRateLimit
    = QT_TRANSLATE_NOOP("MetaErrorDecoder",
                        "App Dashboard (developers.facebook.com/apps) > your app > Dashboard > "
                        "Application rate limit");

const MetaErrorCodes::Text kAuth{
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "The access token is invalid or has expired. Temporary tokens from WhatsApp > API Setup expire "
        "after 24 hours."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Create a permanent System User token in Meta Business Settings > Users > System users "
        "(permissions whatsapp_business_messaging and whatsapp_business_management) and replace the token."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Meta Business Settings > Users > System users > Generate new token"),
    false};
const MetaErrorCodes::Text kUnknownId{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Meta does not know this Phone Number ID, or the token may not access it."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Copy the Phone Number ID (not the phone number) from WhatsApp > API Setup, and check that the "
        "token's app is linked to the same WhatsApp Business Account."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "App Dashboard (developers.facebook.com/apps) > your app > WhatsApp > API Setup"),
    false};
const MetaErrorCodes::Text kBadParameter{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Meta rejected a parameter of the request: it is unknown, misspelled or too long."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Meta's message names the parameter. Shorten the text that is too long; otherwise report it "
        "with the technical details, as ChannelDesk built the request wrongly."),
    kMessagesReference, false};
const MetaErrorCodes::Text kNoNumber{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "No phone number with this ID exists; it may have been deleted."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "Check the Phone Number ID in WhatsApp > API Setup."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "WhatsApp Manager > Account tools > Phone numbers"), false};
const MetaErrorCodes::Text kPermission{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "The token lacks a permission this call needs."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Give the System User the whatsapp_business_messaging and whatsapp_business_management "
                      "permissions and generate a new token."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Meta Business Settings > Users > System users > Assign assets, then Generate new token"),
    false};
const MetaErrorCodes::Text kAppNotLinked{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "The app has no permission for this phone number or business account."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Add the app to the WhatsApp Business Account (Business Settings > Accounts > WhatsApp accounts) "
        "and give the System User access."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Meta Business Settings > Accounts > WhatsApp accounts > Partners / Connected apps"),
    false};
const MetaErrorCodes::Text kMissingParameter{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "A required parameter is missing from the message."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Meta's message names the missing parameter; report it with the technical details, as ChannelDesk "
        "built the request wrongly."),
    kMessagesReference, false};
const MetaErrorCodes::Text kInvalidParameter{
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "A value in the message is invalid, for example a message ID that is older than 30 days, deleted "
        "or not an incoming message, or a malformed phone number."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Check the recipient's number (with country code) and the message being replied or reacted to."),
    kMessagesReference, false};
const MetaErrorCodes::Text kWindowClosed{
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "More than 24 hours have passed since the customer last wrote, so the customer service window is "
        "closed and only templates may be sent."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Send an approved message template instead; free-form messages work again once the customer "
        "replies."),
    kTemplates, false};
const MetaErrorCodes::Text kUndeliverable{
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "The message could not be delivered: the number is not on WhatsApp, uses an outdated app, or has "
        "not accepted WhatsApp's latest terms."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Check the number with the customer or reach them another way; do not resend automatically."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "WhatsApp Manager > Insights (delivery figures)"), false};
const MetaErrorCodes::Text kOptedOut{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "The customer has stopped marketing messages from this business."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Do not send marketing templates to this customer again; service replies are still possible."),
    kTemplates, false};
const MetaErrorCodes::Text kBlockedByUs{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "This business number has blocked the customer, so nothing can be sent to them."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "Unblock the customer first if you really want to message them."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "The business number's block list (Block Users API, or the WhatsApp Business app on coexistence "
        "numbers)"),
    false};
const MetaErrorCodes::Text kEcosystem{
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Meta withheld this marketing message to keep engagement healthy: the customer has recently "
        "received many marketing messages."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Do not resend for at least 24 hours, and consider whether the customer wants these messages."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "WhatsApp Manager > Insights > Marketing messages"), false};
const MetaErrorCodes::Text kUnsupportedType{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "WhatsApp does not support this type of message."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Send a supported type: text, media, template, interactive, location or reaction."),
    kMessagesReference, false};
const MetaErrorCodes::Text kInboundMedia{
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "A file the customer sent could not be fetched (for example it is larger than 100 MB)."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "Ask the customer to send the file again, smaller if possible."),
    kNoDashboard, false};
const MetaErrorCodes::Text kOutboundMedia{
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Meta could not process the file you sent: its type or size is not allowed, or its content does "
        "not match its MIME type."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Send JPEG/PNG images up to 5 MB, MP4/3GPP videos and AAC/AMR/MP3/M4A/OGG audio up to 16 MB, "
        "documents up to 100 MB, WebP stickers up to 100 KB (500 KB animated); convert the file if needed."),
    kNoDashboard, false};
const MetaErrorCodes::Text kTemplateParameterCount{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "The number of template parameters does not match the template's placeholders."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Fill in exactly one value per placeholder ({{1}}, {{2}} …) and refresh the template list."),
    kTemplates, false};
const MetaErrorCodes::Text kTemplateMissing{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "The template does not exist in this language, or it is not approved."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Check the template's name and language code, and that its status is Approved."),
    kTemplates, false};
const MetaErrorCodes::Text kTemplateTooLong{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "The template text is too long once the parameters are filled in."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "Shorten the parameter values."), kTemplates, false};
const MetaErrorCodes::Text kTemplatePolicy{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "The template's content breaks WhatsApp's policies."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Edit the template so it follows the WhatsApp Business and Commerce policies, and submit it again."),
    kTemplates, false};
const MetaErrorCodes::Text kTemplateFormat{
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "A template parameter has the wrong format (for example text where the header expects an image)."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "Give every parameter the type the template defines."), kTemplates,
    false};
const MetaErrorCodes::Text kTemplatePaused{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "The template is paused because customers blocked or reported it."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Use another template or improve this one; Meta resumes paused templates after a while."),
    kTemplates, false};
const MetaErrorCodes::Text kTemplateDisabled{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "The template is disabled after repeated low quality."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "Create a new template; a disabled template cannot be used again."),
    kTemplates, false};
const MetaErrorCodes::Text kRestricted{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "Meta has restricted or locked this account."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Open WhatsApp Manager > Account tools > Account quality to see why."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "WhatsApp Manager > Account tools > Account quality"), false};
const MetaErrorCodes::Text kCountryRestricted{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Meta does not allow this business to message customers in this country."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Check the account's restrictions; messages to this country cannot be sent from this account."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "WhatsApp Manager > Account tools > Account quality"), false};
const MetaErrorCodes::Text kPayment{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "There is a problem with the WhatsApp Business Account's payment method."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Add or fix the payment method; paid messages work again once billing is in order."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Meta Business Settings > Billing and payments, or WhatsApp Manager > Overview > Payment "
        "method"),
    false};
const MetaErrorCodes::Text kNotRegistered{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "The business phone number is not registered for the Cloud API."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Register the number (two-step verification PIN) or finish its setup, then try again."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "WhatsApp Manager > Account tools > Phone numbers"), false};
const MetaErrorCodes::Text kAppRate{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Meta is rate-limiting this app: too many API calls in a short time."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Wait a few minutes and try again; ChannelDesk backs off automatically."),
    kAppRateLimit, true};
const MetaErrorCodes::Text kAccountRate{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Meta is rate-limiting this WhatsApp Business Account: too many API calls."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Wait a few minutes and try again; ChannelDesk backs off automatically."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "WhatsApp Manager > Insights"), true};
const MetaErrorCodes::Text kThroughput{
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Meta is rate-limiting this number: more messages per second than its throughput allows."),
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Wait a few minutes and try again; ChannelDesk slows its send queue and retries automatically."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "WhatsApp Manager > Account tools > Phone numbers > Throughput"),
    true};
const MetaErrorCodes::Text kPairRate{
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "Too many messages to the same customer in a short time (about one every 6 seconds is allowed)."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "ChannelDesk retries this customer later; messages to others are not affected."),
    kNoDashboard, true};
const MetaErrorCodes::Text kSpamRate{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Meta limited sending from this number because of spam reports or low quality."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Pause outbound messages, review what is sent and to whom, and retry much later."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "WhatsApp Manager > Account tools > Phone numbers > Quality rating"),
    true};
const MetaErrorCodes::Text kMisclassified{
    QT_TRANSLATE_NOOP(
        "MetaErrorDecoder",
        "The messaging limit was reached because templates were in the wrong category; Meta enforces a "
        "waiting period."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Wait for the enforcement period to end, and check the category of your templates."),
    kTemplates, false};
const MetaErrorCodes::Text kTemporary{
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "Meta reported a temporary problem on its side."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Try again in a minute. If it persists, check https://metastatus.com."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "https://metastatus.com (Meta's platform status)"), true};
const MetaErrorCodes::Text kMaintenance{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "The business account is in maintenance (for example during a throughput upgrade)."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "Wait about a minute; ChannelDesk retries automatically."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder", "WhatsApp Manager > Account tools > Phone numbers"), true};
const MetaErrorCodes::Text kGraphRate{
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Meta is rate-limiting calls to the Graph API for this app, user or business account."),
    QT_TRANSLATE_NOOP("MetaErrorDecoder",
                      "Wait a few minutes and try again; ChannelDesk backs off automatically."),
    kAppRateLimit, true};

// 100 means "no such object" on a lookup but "bad parameter" on a send; only the message tells.
bool isUnknownObject(const GraphError& e)
{
    return e.subcode == 33 || e.message.contains(QLatin1String("does not exist"))
        || e.message.startsWith(QLatin1String("Unsupported get request"));
}

} // namespace

const MetaErrorCodes::Text* MetaErrorCodes::find(const GraphError& e)
{
    switch (e.code) {
    case 0:
    case 190:
        return &kAuth;
    case 100:
        return isUnknownObject(e) ? &kUnknownId : &kBadParameter;
    case 803:
        return &kNoNumber;
    case 3:
    case 10:
    case 131005:
        return &kPermission;
    case 131008:
        return &kMissingParameter;
    case 131009:
        return &kInvalidParameter;
    case 131047:
        return &kWindowClosed;
    case 131026:
        return &kUndeliverable;
    case 131050:
        return &kOptedOut;
    case 130403:
        return &kBlockedByUs;
    case 131049:
        return &kEcosystem;
    case 131051:
        return &kUnsupportedType;
    case 131052:
        return &kInboundMedia;
    case 131053:
        return &kOutboundMedia;
    case 132000:
        return &kTemplateParameterCount;
    case 132001:
        return &kTemplateMissing;
    case 132005:
        return &kTemplateTooLong;
    case 132007:
        return &kTemplatePolicy;
    case 132012:
        return &kTemplateFormat;
    case 132015:
        return &kTemplatePaused;
    case 132016:
        return &kTemplateDisabled;
    case 368:
    case 131031:
        return &kRestricted;
    case 130497:
        return &kCountryRestricted;
    case 131042:
        return &kPayment;
    case 131045:
    case 133010:
        return &kNotRegistered;
    case 4:
        return &kAppRate;
    case 80007:
        return &kAccountRate;
    case 130429:
        return &kThroughput;
    case 131056:
        return &kPairRate;
    case 131048:
        return &kSpamRate;
    case 131064:
        return &kMisclassified;
    case 1:
    case 2:
    case 131000:
    case 131016:
    case 133004:
        return &kTemporary;
    case 131057:
        return &kMaintenance;
    case 17:
    case 613:
    case 80008:
        return &kGraphRate;
    default:
        break;
    }
    if (e.code >= 200 && e.code <= 299)
        return &kAppNotLinked;
    return nullptr;
}

} // namespace ChannelDesk
