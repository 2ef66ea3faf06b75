// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/KindFields.h"

#include "channels/Channel.h"
#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "channels/LinkedChannelValidator.h"
#include "channels/LinkedFields.h"
#include "channels/WeComFields.h"
#include "channels/WeComValidator.h"

#include <QCoreApplication>

namespace ChannelDesk::KindFields {

QStringList plainFields(const QString& kind)
{
    if (kind == ChannelKinds::whatsAppLinked())
        return LinkedFields::plainFields();
    if (kind == ChannelKinds::weCom())
        return WeComFields::plainFields();
    return CloudApiFields::plainFields();
}

QStringList secretFields(const QString& kind)
{
    if (kind == ChannelKinds::whatsAppLinked())
        return LinkedFields::secretFields();
    if (kind == ChannelKinds::weCom())
        return WeComFields::secretFields();
    return CloudApiFields::secretFields();
}

FieldCheck checkField(const QString& kind, const QString& key, const QString& value)
{
    if (kind == ChannelKinds::whatsAppLinked())
        return LinkedChannelValidator::checkField(key, value);
    if (kind == ChannelKinds::weCom())
        return WeComValidator::checkField(key, value);
    return CloudApiValidator::checkField(key, value);
}

FieldCheck checkUpdateField(const QString& kind, const QString& key, const QString& value)
{
    if (value.isEmpty() && secretFields(kind).contains(key))
        return FieldCheck::ok(QCoreApplication::translate(
            "KindFields", "Leave this empty to keep the stored one, or enter a new one to replace it."));
    return checkField(kind, key, value);
}

} // namespace ChannelDesk::KindFields
