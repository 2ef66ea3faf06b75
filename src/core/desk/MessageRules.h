// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The platform rules a front end checks while the user types, before anything is sent: Meta's
//! length and count limits of messages, media types and sizes, recipient numbers, WhatsApp markup,
//! and the plain explanation of Meta's errors. They are core's rules (the queue enforces the same
//! ones again); this class is the one door front ends use to reach them.

#include "model/GraphError.h"
#include "api/MediaUploader.h"
#include "api/MetaErrorDecoder.h"
#include "model/OutboundContent.h"
#include "outbound/OutboundPayload.h"

#include <QJsonObject>

class QMimeType;

namespace ChannelDesk {

class MessageRules
{
public:
    //! Meta's limits, in characters (cloud-api.md §4 and §8).
    static constexpr int MaxTextBody = OutboundPayload::MaxTextBody;
    static constexpr int MaxCaption = OutboundPayload::MaxCaption;
    static constexpr int MaxButtonsBody = OutboundPayload::MaxButtonsBody;
    static constexpr int MaxListBody = OutboundPayload::MaxListBody;
    static constexpr int MaxHeader = OutboundPayload::MaxHeader;
    static constexpr int MaxFooter = OutboundPayload::MaxFooter;
    static constexpr int MaxButtons = OutboundPayload::MaxButtons;
    static constexpr int MaxButtonTitle = OutboundPayload::MaxButtonTitle;
    static constexpr int MaxButtonId = OutboundPayload::MaxButtonId;
    static constexpr int MaxListButton = OutboundPayload::MaxListButton;
    static constexpr int MaxSections = OutboundPayload::MaxSections;
    static constexpr int MaxRows = OutboundPayload::MaxRows;
    static constexpr int MaxSectionTitle = OutboundPayload::MaxSectionTitle;
    static constexpr int MaxRowTitle = OutboundPayload::MaxRowTitle;
    static constexpr int MaxRowDescription = OutboundPayload::MaxRowDescription;
    static constexpr int MaxRowId = OutboundPayload::MaxRowId;
    //! Error codes of checkContent().
    using ContentError = OutboundPayload::ErrorCode;

    //! Whether the content can be sent to `to` as it is; the error names the field and the fix.
    static Status checkContent(const OutboundContent& content, const QString& to);
    //! Whether a template's name, language, header, body and button values can be sent as they
    //! are (no recipient needed); the error names the field and the limit.
    static Status checkTemplate(const OutboundContent& content);
    //! Length as Meta counts it.
    static int length(const QString& text) { return OutboundPayload::length(text); }

    static Status checkMedia(MediaKind kind, const QString& mimeType, qint64 size, bool animated = false)
    {
        return MediaUploader::check(kind, mimeType, size, animated);
    }
    static std::optional<MediaKind> kindForMimeType(const QString& mimeType)
    {
        return MediaUploader::kindForMimeType(mimeType);
    }
    static QStringList allowedMimeTypes(MediaKind kind) { return MediaUploader::allowedMimeTypes(kind); }
    static QString metaMimeType(const QMimeType& type) { return MediaUploader::metaMimeType(type); }
    static bool isAnimatedWebp(const QString& filePath) { return MediaUploader::isAnimatedWebp(filePath); }

    //! "+49 151 2345-678" → "491512345678", or why it is not a number WhatsApp can reach.
    static Result<QString> normalizeRecipient(const QString& input);
    //! **bold**, _italic_ … as WhatsApp writes them.
    static QString whatsAppMarkup(const QString& markdown);
    //! "ABCD1234" → "ABCD-1234", as the phone shows a pairing code.
    static QString formatPairingCode(const QString& code);

    static ErrorExplanation explain(const GraphError& error) { return MetaErrorDecoder::explain(error); }
    static QString remoteWords(const GraphError& error) { return MetaErrorDecoder::remoteWords(error); }
    static QString technicalDetails(const GraphError& error)
    {
        return MetaErrorDecoder::technicalDetails(error);
    }
    //! "+1 555-000 1111" or "15550001111@c.us" → "15550001111"; a name or group id stays as given.
    static QString normalisePeer(const QString& peerOrJid);
};

} // namespace ChannelDesk
