// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/WireValues.h"

#include "wire/WireReader.h"

#include <cmath>

namespace ChannelDesk {

QJsonValue wireTime(const QDateTime& at)
{
    if (!at.isValid())
        return QJsonValue::Null;
    return at.toMSecsSinceEpoch();
}

QDateTime wireTimeFrom(const QJsonValue& value)
{
    if (!value.isDouble())
        return {};
    // A fraction of a millisecond is dropped; a number beyond qint64 is no time at all (and would
    // be undefined behaviour to convert).
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::abs(number) >= 9.2e18)
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toInteger(qint64(number)), Qt::UTC);
}

QJsonObject toWire(const Error& error)
{
    return QJsonObject{
        {QStringLiteral("code"), error.code},
        {QStringLiteral("message"), error.message},
    };
}

bool fromWire(const QJsonValue& json, Error* error)
{
    WireReader reader(json);
    reader.read("code", &error->code);
    reader.read("message", &error->message);
    return reader.ok();
}

} // namespace ChannelDesk
