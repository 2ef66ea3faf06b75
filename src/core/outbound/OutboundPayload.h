// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Builds the JSON body of POST /{phone-number-id}/messages for one OutboundContent, after checking
//! it against Meta's documented limits, so a message that Meta would reject never leaves the queue.

#include "model/OutboundContent.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ChannelDesk {

class OutboundPayload
{
    Q_DECLARE_TR_FUNCTIONS(OutboundPayload)

public:
    //! Error::code values of build().
    enum ErrorCode
    {
        InvalidRecipient = 1,
        MissingField,
        TooLong,
        TooFew,
        TooMany,
        Duplicate,
        NotAllowed, //!< a field this kind of message cannot carry
        InvalidValue,
        NotUploaded, //!< media still only a local file
    };

    //! Limits from Meta's send API reference (cloud-api.md §4 and §8), in characters.
    static constexpr int MaxTextBody = 4096;
    static constexpr int MaxCaption = 1024;
    static constexpr int MaxButtonsBody = 1024;
    static constexpr int MaxListBody = 4096;
    static constexpr int MaxHeader = 60;
    static constexpr int MaxFooter = 60;
    static constexpr int MaxButtons = 3;
    static constexpr int MaxButtonTitle = 20;
    static constexpr int MaxButtonId = 256;
    static constexpr int MaxListButton = 20;
    static constexpr int MaxSections = 10;
    static constexpr int MaxRows = 10;
    static constexpr int MaxSectionTitle = 24;
    static constexpr int MaxRowTitle = 24;
    static constexpr int MaxRowDescription = 72;
    static constexpr int MaxRowId = 200;
    //! Templates. Text parameters (Meta's Cloud API reference, "parameter object"): a header's 60;
    //! a body's 32768 when the body is the only component sent, else 1024. A body as approved is at
    //! most 1024 characters (Meta's template components page), and Meta refuses a send whose
    //! filled-in body is longer (132005). A template has at most 10 buttons (index 0–9). A URL
    //! button's whole address is at most 2000 characters (template components page), so its suffix
    //! can be no longer. Meta documents no length for a quick reply's payload: only that it is
    //! required, which is all that is checked.
    static constexpr int MaxTemplateHeaderParameter = 60;
    static constexpr int MaxTemplateBodyParameter = 1024;
    static constexpr int MaxTemplateBodyParameterAlone = 32768;
    static constexpr int MaxTemplateBody = 1024;
    static constexpr int MaxTemplateButtons = 10;
    static constexpr int MaxTemplateUrlSuffix = 2000;

    //! Meta's JSON body for POST /{id}/messages. `to` is the recipient's digits (RecipientNumber);
    //! the payload uses "+" + digits so Meta never prepends the sender's country code. Media needs
    //! an id or link (a localFile must be uploaded and replaced by its id first). Returns an Error
    //! naming the field and the limit.
    static Result<QJsonObject> build(const OutboundContent& content, const QString& to);

    //! Characters as Meta counts them for limits: Unicode code points.
    static int length(const QString& text);
    //! A TooLong error naming field when value is over max characters.
    static std::optional<Error> checkLength(const QString& field, const QString& value, int max);
    //! A MissingField error when value is blank, else checkLength().
    static std::optional<Error> checkRequired(const QString& field, const QString& value, int max);
};

} // namespace ChannelDesk
