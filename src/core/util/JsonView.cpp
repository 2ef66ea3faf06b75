// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/JsonView.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace ChannelDesk {

using simdjson::dom::element_type;

JsonView JsonView::value(std::string_view key) const
{
    if (!isObject())
        return {};
    JsonView found;
    for (const simdjson::dom::key_value_pair field : objectOf()) {
        if (field.key == key)
            found = JsonView(field.value);
    }
    return found;
}

qsizetype JsonView::size() const
{
    return isArray() ? qsizetype(arrayOf().size()) : 0;
}

JsonView JsonView::at(qsizetype index) const
{
    simdjson::dom::element item;
    if (!isArray() || index < 0 || arrayOf().at(size_t(index)).get(item) != simdjson::SUCCESS)
        return {};
    return JsonView(item);
}

QString JsonView::string() const
{
    if (!isString())
        return {};
    const std::string_view text = scalar<std::string_view>();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString JsonView::scalarString() const
{
    if (!m_element)
        return {};
    switch (m_element->type()) {
    case element_type::STRING:
        return string();
    case element_type::INT64:
        return QString::number(scalar<int64_t>());
    case element_type::UINT64:
        return QString::number(scalar<uint64_t>());
    case element_type::DOUBLE:
        return QString::number(scalar<double>(), 'g', QLocale::FloatingPointShortest);
    default:
        return {};
    }
}

int JsonView::toInt() const
{
    if (isString())
        return string().toInt();
    const qint64 value = toNonNegative(std::numeric_limits<int>::max());
    if (value >= 0)
        return int(value);
    // Negative codes are not Meta's, but a negative integer still reads as itself.
    if (is(element_type::INT64) && scalar<int64_t>() >= std::numeric_limits<int>::min())
        return int(scalar<int64_t>());
    return 0;
}

qint64 JsonView::toNonNegative(qint64 max) const
{
    if (!m_element)
        return -1;
    switch (m_element->type()) {
    case element_type::STRING: {
        bool ok = false;
        const qint64 value = string().toLongLong(&ok);
        return ok && value >= 0 && value <= max ? value : -1;
    }
    case element_type::INT64: {
        const int64_t value = scalar<int64_t>();
        return value >= 0 && value <= max ? value : -1;
    }
    case element_type::UINT64: {
        const uint64_t value = scalar<uint64_t>();
        return value <= uint64_t(max) ? qint64(value) : -1;
    }
    case element_type::DOUBLE: {
        const double value = scalar<double>();
        // The range check comes first so that the cast is always defined (no inf, NaN or overflow).
        if (!(value >= 0 && value <= double(max)) || std::trunc(value) != value)
            return -1;
        return qint64(value);
    }
    default:
        return -1;
    }
}

QJsonValue JsonView::toQJson() const
{
    if (!m_element)
        return QJsonValue(QJsonValue::Undefined);
    switch (m_element->type()) {
    case element_type::OBJECT: {
        QJsonObject object;
        for (const simdjson::dom::key_value_pair field : objectOf()) {
            // insert() replaces, so the last of duplicate keys wins as in value().
            object.insert(QString::fromUtf8(field.key.data(), qsizetype(field.key.size())),
                          JsonView(field.value).toQJson());
        }
        return object;
    }
    case element_type::ARRAY: {
        QJsonArray array;
        for (const simdjson::dom::element item : arrayOf())
            array.append(JsonView(item).toQJson());
        return array;
    }
    case element_type::STRING:
        return string();
    case element_type::INT64:
        return qint64(scalar<int64_t>());
    case element_type::UINT64: {
        const uint64_t value = scalar<uint64_t>();
        return value <= uint64_t(std::numeric_limits<qint64>::max()) ? QJsonValue(qint64(value))
                                                                     : QJsonValue(double(value));
    }
    case element_type::DOUBLE:
        return scalar<double>();
    case element_type::BOOL:
        return scalar<bool>();
    case element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonValue(QJsonValue::Undefined);
}

QByteArray JsonView::compact() const
{
    if (!m_element)
        return {};
    const std::string text = simdjson::minify(*m_element);
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace ChannelDesk
