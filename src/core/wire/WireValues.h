// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The building blocks of the console protocol's JSON (see ChannelWire and MessageWire). The codec
//! functions are free functions in ChannelDesk named toWire()/fromWire(), so that the list
//! templates find every overload by argument-dependent lookup: times,
//! errors and lists, encoded the same way everywhere so both ends agree without a schema.

#include "util/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace ChannelDesk {

//! Milliseconds since the epoch (UTC), or null for an invalid time.
QJsonValue wireTime(const QDateTime& at);
//! An invalid QDateTime for null or anything that is not a number.
QDateTime wireTimeFrom(const QJsonValue& value);

//! {"code": n, "message": "…"} — Error::code travels as the number it is.
QJsonObject toWire(const Error& error);
bool fromWire(const QJsonValue& json, Error* error);

template <typename T> QJsonArray toWireArray(const QList<T>& values)
{
    QJsonArray array;
    for (const T& value : values)
        array.append(toWire(value));
    return array;
}

//! False when value is not an array or one of its elements is not a T (see fromWire).
template <typename T> bool fromWireArray(const QJsonValue& value, QList<T>* out)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    out->clear();
    out->reserve(array.size());
    for (const QJsonValue& element : array) {
        T decoded;
        if (!fromWire(element, &decoded))
            return false;
        out->append(std::move(decoded));
    }
    return true;
}

} // namespace ChannelDesk
