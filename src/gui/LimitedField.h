// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Checks a text field against one of Meta's length limits and shows its live "used/limit" counter,
//! so every attachment dialog words and counts limits the same way (code points, as Meta counts).

#include "channels/FieldCheck.h"

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

class FieldMessageLabel;

class LimitedField
{
    Q_DECLARE_TR_FUNCTIONS(LimitedField)

public:
    //! what: the field as it reads inside a sentence, e.g. "header" or "title of button 2".
    //! An empty value is an error only when required.
    static FieldCheck check(const QString& what, const QString& value, int max, bool required);
    //! Shows "12/20" in counter, marked as an error once the value is over the limit.
    static void showCount(FieldMessageLabel* counter, const QString& value, int max);
};

} // namespace ChannelDesk
