// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/RecipientNumber.h"

#include <algorithm>
#include <array>

namespace ChannelDesk {
namespace {

// ITU-T E.164 country calling codes in use (ITU-T Operational Bulletin list, 2024), plus the
// international network codes 870 and 881–883 whose SIMs can carry WhatsApp. Freephone and
// shared-cost codes (800, 808, 878, 979) are left out: no one receives WhatsApp messages there.
// The codes form a prefix code (no code begins another), so checking the first 1–3 digits suffices.
constexpr std::array<int, 2> oneDigit = {1, 7};
constexpr std::array<int, 44> twoDigits
    = {20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54,
       55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98};
constexpr std::array<int, 165> threeDigits = {
    211, 212, 213, 216, 218, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235,
    236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256,
    257, 258, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 290, 291, 297, 298, 299, 350, 351, 352, 353,
    354, 355, 356, 357, 358, 359, 370, 371, 372, 373, 374, 375, 376, 377, 378, 379, 380, 381, 382, 383, 385,
    386, 387, 389, 420, 421, 423, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509, 590, 591, 592, 593, 594,
    595, 596, 597, 598, 599, 670, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 685, 686, 687,
    688, 689, 690, 691, 692, 850, 852, 853, 855, 856, 870, 880, 881, 882, 883, 886, 960, 961, 962, 963, 964,
    965, 966, 967, 968, 970, 971, 972, 973, 974, 975, 976, 977, 992, 993, 994, 995, 996, 998};

template <std::size_t N> bool contains(const std::array<int, N>& codes, int code)
{
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('(')
        || c == QLatin1Char(')') || c == QLatin1Char('/') || c == QChar(0x2010) || c == QChar(0x2011)
        || c == QChar(0x2013) || c == QChar(0x2212);
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QString example()
{
    return RecipientNumber::tr("Write it with the country code, e.g. +49 151 23456789 or +1 555 123 4567.");
}

} // namespace

QString RecipientNumber::countryCode(const QString& digits)
{
    for (int length = 1; length <= 3 && length <= digits.size(); ++length) {
        bool ok = false;
        const int code = digits.left(length).toInt(&ok);
        if (!ok)
            return {};
        const bool known = (length == 1 && contains(oneDigit, code))
            || (length == 2 && contains(twoDigits, code)) || (length == 3 && contains(threeDigits, code));
        if (known)
            return digits.left(length);
    }
    return {};
}

Result<QString> RecipientNumber::normalize(const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return Error{Empty, tr("Enter the recipient's phone number. %1").arg(example())};

    QString digits;
    bool hadPlus = false;
    for (QChar c : trimmed) {
        if (isAsciiDigit(c)) {
            digits += c;
        } else if (c == QLatin1Char('+') || c == QChar(0xFF0B)) {
            // A '+' only makes sense in front: "+49 (0)151" style numbers with "+" later are typos.
            if (!digits.isEmpty() || hadPlus)
                return Error{
                    MisplacedPlus,
                    tr("The “+” may only appear once, at the very start of the number. %1").arg(example())};
            hadPlus = true;
        } else if (!isSeparator(c)) {
            return Error{InvalidCharacter,
                         tr("The phone number contains “%1”; use only digits, spaces, dashes and a leading "
                            "“+”. %2")
                             .arg(c, example())};
        }
    }
    if (digits.isEmpty())
        return Error{Empty, tr("The phone number has no digits. %1").arg(example())};

    if (!hadPlus && (digits.startsWith(QLatin1String("00")) || digits.startsWith(QLatin1String("011"))))
        return Error{
            InternationalPrefix,
            tr("Replace the dialling prefix “%1” at the start with “+”, e.g. +49 151 23456789 "
               "instead of 0049 151 23456789.")
                .arg(digits.startsWith(QLatin1String("00")) ? QStringLiteral("00") : QStringLiteral("011"))};
    if (digits.startsWith(QLatin1Char('0')))
        return Error{LeadingZero,
                     tr("The number starts with 0, a prefix only used for calls inside a country. Drop the 0 "
                        "and put the country code in front, e.g. +49 151 23456789 instead of 0151 "
                        "23456789.")};
    if (digits.size() < 8)
        return Error{
            TooShort,
            tr("The number has only %1 digits, too few for an international number, which has 8 to 15 "
               "digits including the country code. %2")
                .arg(digits.size())
                .arg(example())};
    if (digits.size() > 15)
        return Error{TooLong,
                     tr("The number has %1 digits, too many: international numbers have at most 15 digits "
                        "including the country code. Check for a doubled country code or extra digits.")
                         .arg(digits.size())};
    if (countryCode(digits).isEmpty())
        return Error{UnknownCountryCode,
                     tr("No country has the calling code at the start of +%1. Check the country code, e.g. "
                        "+49 for Germany, +44 for the UK, +1 for the USA and Canada.")
                         .arg(digits)};
    return digits;
}

} // namespace ChannelDesk
