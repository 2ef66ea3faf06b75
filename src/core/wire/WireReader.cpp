// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wire/WireReader.h"

#include "wire/WireValues.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace ChannelDesk {

namespace {

// Integers travel as JSON numbers; a fraction or a value out of range is not the integer it claims.
template <typename Int> bool integral(const QJsonValue& value, Int* out)
{
    const qint64 whole = value.toInteger();
    const double number = value.toDouble();
    if (double(whole) != number)
        return false;
    if (whole < qint64(std::numeric_limits<Int>::min()) || whole > qint64(std::numeric_limits<Int>::max()))
        return false;
    *out = Int(whole);
    return true;
}

} // namespace

WireReader::WireReader(const QJsonValue& json)
    : m_object(json.toObject())
    , m_ok(json.isObject())
{ }

bool WireReader::present(const char* key, QJsonValue::Type type, QJsonValue* out)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        return false;
    if (value.type() != type) {
        m_ok = false;
        return false;
    }
    *out = value;
    return true;
}

void WireReader::read(const char* key, QString* out)
{
    QJsonValue value;
    if (present(key, QJsonValue::String, &value))
        *out = value.toString();
}

void WireReader::read(const char* key, bool* out)
{
    QJsonValue value;
    if (present(key, QJsonValue::Bool, &value))
        *out = value.toBool();
}

void WireReader::read(const char* key, int* out)
{
    QJsonValue value;
    if (present(key, QJsonValue::Double, &value) && !integral(value, out))
        m_ok = false;
}

void WireReader::read(const char* key, qint64* out)
{
    QJsonValue value;
    if (present(key, QJsonValue::Double, &value) && !integral(value, out))
        m_ok = false;
}

void WireReader::read(const char* key, quint16* out)
{
    QJsonValue value;
    if (present(key, QJsonValue::Double, &value) && !integral(value, out))
        m_ok = false;
}

void WireReader::read(const char* key, double* out)
{
    QJsonValue value;
    if (present(key, QJsonValue::Double, &value))
        *out = value.toDouble();
}

void WireReader::read(const char* key, QDateTime* out)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined())
        return;
    if (!value.isNull() && !value.isDouble()) {
        m_ok = false;
        return;
    }
    *out = wireTimeFrom(value);
}

void WireReader::read(const char* key, QJsonObject* out)
{
    QJsonValue value;
    if (present(key, QJsonValue::Object, &value))
        *out = value.toObject();
}

void WireReader::read(const char* key, QStringList* out)
{
    QJsonValue value;
    if (!present(key, QJsonValue::Array, &value))
        return;
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& element : array) {
        if (!element.isString()) {
            m_ok = false;
            return;
        }
        list.append(element.toString());
    }
    *out = list;
}

void WireReader::read(const char* key, QUrl* out)
{
    QJsonValue value;
    if (present(key, QJsonValue::String, &value))
        *out = QUrl(value.toString());
}

void WireReader::read(const char* key, QHash<QString, QString>* out)
{
    QJsonValue value;
    if (!present(key, QJsonValue::Object, &value))
        return;
    QHash<QString, QString> hash;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            m_ok = false;
            return;
        }
        hash.insert(it.key(), it.value().toString());
    }
    *out = hash;
}

void WireReader::readBase64(const char* key, QByteArray* out)
{
    QJsonValue value;
    if (!present(key, QJsonValue::String, &value))
        return;
    QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        *out = std::move(decoded.decoded);
    else
        m_ok = false;
}

} // namespace ChannelDesk
