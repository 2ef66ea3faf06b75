// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LimitedField.h"

#include "FieldMessageLabel.h"
#include "desk/MessageRules.h"

namespace ChannelDesk {

FieldCheck LimitedField::check(const QString& what, const QString& value, int max, bool required)
{
    if (required && value.trimmed().isEmpty())
        return FieldCheck::error(tr("Enter the %1 (at most %2 characters).").arg(what).arg(max));
    const int length = MessageRules::length(value);
    if (length > max)
        return FieldCheck::error(
            tr("The %1 is %2 characters long; WhatsApp allows at most %3. Shorten it by %4.")
                .arg(what)
                .arg(length)
                .arg(max)
                .arg(length - max));
    return FieldCheck::ok();
}

void LimitedField::showCount(FieldMessageLabel* counter, const QString& value, int max)
{
    const int length = MessageRules::length(value);
    counter->setStatus(length > max ? FieldCheck::Severity::Error : FieldCheck::Severity::Ok,
                       tr("%1/%2").arg(length).arg(max));
}

} // namespace ChannelDesk
