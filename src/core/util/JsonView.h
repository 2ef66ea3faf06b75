// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A read-only view of one value in a document parsed by simdjson, with QJsonValue's lenient
//! accessors: asking an absent key or a value of the wrong type for something gives the empty
//! answer instead of an error, so a parser of hostile input reads like one over QJsonValue. Qt
//! values are made only where a caller asks for them (toQJson(), string()), which is what makes
//! this cheaper than QJsonDocument on the receiver's path (docs/performance.md).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace ChannelDesk {

class JsonView
{
public:
    JsonView() = default; //!< an absent value ("undefined")
    explicit JsonView(simdjson::dom::element element)
        : m_element(element)
    { }

    bool isUndefined() const { return !m_element; }
    bool isNull() const { return is(simdjson::dom::element_type::NULL_VALUE); }
    bool isObject() const { return is(simdjson::dom::element_type::OBJECT); }
    bool isArray() const { return is(simdjson::dom::element_type::ARRAY); }
    bool isString() const { return is(simdjson::dom::element_type::STRING); }

    //! The value of key when this is an object; of duplicate keys the last wins, as in
    //! QJsonDocument. Undefined when this is not an object or has no such key.
    JsonView value(std::string_view key) const;
    //! The number of items when this is an array, otherwise 0.
    qsizetype size() const;
    //! The item at index when this is an array that long, otherwise undefined.
    JsonView at(qsizetype index) const;
    //! Calls f(JsonView) for every item when this is an array.
    template <typename F> void forEachItem(F&& f) const
    {
        if (!isArray())
            return;
        for (simdjson::dom::element item : arrayOf())
            f(JsonView(item));
    }

    QString string() const; //!< the string, or empty for any other type
    //! A string as it is, a number in its shortest form (ids sometimes arrive as bare numbers),
    //! empty for any other type.
    QString scalarString() const;
    bool toBool() const { return is(simdjson::dom::element_type::BOOL) && scalar<bool>(); }
    //! An integral number that fits in an int, or a string holding one; otherwise 0.
    int toInt() const;
    //! An integral number in [0, max], or a string of digits in that range; otherwise -1.
    qint64 toNonNegative(qint64 max) const;

    QJsonValue toQJson() const; //!< undefined stays undefined
    QJsonObject toQJsonObject() const { return toQJson().toObject(); }
    QJsonArray toQJsonArray() const { return toQJson().toArray(); }
    //! The value as compact JSON, keys in the order received.
    QByteArray compact() const;

private:
    bool is(simdjson::dom::element_type type) const { return m_element && m_element->type() == type; }
    // Only called once the type is known, so get() cannot fail. Into a named value: a reference
    // into a temporary simdjson_result would dangle in a range-for.
    template <typename T> T scalar() const
    {
        T value{};
        return m_element->get(value) == simdjson::SUCCESS ? value : T{};
    }
    simdjson::dom::object objectOf() const { return scalar<simdjson::dom::object>(); }
    simdjson::dom::array arrayOf() const { return scalar<simdjson::dom::array>(); }

    std::optional<simdjson::dom::element> m_element;
};

} // namespace ChannelDesk
