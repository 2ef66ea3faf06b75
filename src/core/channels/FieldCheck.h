// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The outcome of validating one form field: fine, a warning to show, or an error that blocks saving.

#include <QString>

namespace ChannelDesk {

struct FieldCheck
{
    enum class Severity
    {
        Ok,
        Warning,
        Error
    };

    Severity severity = Severity::Ok;
    QString message; //!< says what is wrong and how to fix it; may be set for Ok as a hint

    static FieldCheck ok(const QString& hint = {}) { return {Severity::Ok, hint}; }
    static FieldCheck warning(const QString& text) { return {Severity::Warning, text}; }
    static FieldCheck error(const QString& text) { return {Severity::Error, text}; }
    bool isError() const { return severity == Severity::Error; }
    bool isWarning() const { return severity == Severity::Warning; }
};

} // namespace ChannelDesk
