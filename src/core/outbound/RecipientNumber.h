// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Turns a phone number as people type it into the digits-only international form WhatsApp uses
//! as wa_id, or explains what is wrong with it and how to fix it.

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

class RecipientNumber
{
    Q_DECLARE_TR_FUNCTIONS(RecipientNumber)

public:
    //! Error::code values of normalize().
    enum ErrorCode
    {
        Empty = 1,
        InvalidCharacter,
        MisplacedPlus,
        InternationalPrefix, //!< "00…" / "011…" instead of "+"
        LeadingZero, //!< a national trunk prefix instead of a country code
        TooShort,
        TooLong,
        UnknownCountryCode,
    };

    //! Strips '+', spaces, dashes, dots, parentheses; then digits only, 8..15 digits, no leading 0,
    //! begins with an ITU-T E.164 country calling code. Returns the digits (wa_id form, no '+') or an
    //! Error whose message says what is wrong and how to fix it.
    static Result<QString> normalize(const QString& input);

    //! The E.164 country calling code the digits start with ("49" for "4915123456789"), or an empty
    //! string when none matches.
    static QString countryCode(const QString& digits);
};

} // namespace ChannelDesk
