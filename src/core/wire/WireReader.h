// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The decoding half of the wire codec (internal to src/core/wire): reads the members of one JSON
//! object into a value, key by key, and remembers whether everything present had the right type.
//! Absent keys leave the member alone, so a value decoded from an older peer keeps its defaults.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <cstddef>
#include <optional>

namespace ChannelDesk {

//! One enum value and the word it travels as.
template <typename E> struct WireWord
{
    E value;
    const char* word;
};

template <typename E, std::size_t N> QString wireWord(const WireWord<E> (&words)[N], E value)
{
    for (const WireWord<E>& entry : words) {
        if (entry.value == value)
            return QLatin1String(entry.word);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> wireWordValue(const WireWord<E> (&words)[N], const QString& word)
{
    for (const WireWord<E>& entry : words) {
        if (word == QLatin1String(entry.word))
            return entry.value;
    }
    return std::nullopt;
}

class WireReader
{
public:
    //! Not ok() unless json is an object.
    explicit WireReader(const QJsonValue& json);

    bool ok() const { return m_ok; }
    const QJsonObject& object() const { return m_object; }
    //! For a member the reader has no overload for: the caller found it unusable.
    void fail() { m_ok = false; }

    void read(const char* key, QString* out);
    void read(const char* key, bool* out);
    void read(const char* key, int* out);
    void read(const char* key, qint64* out);
    void read(const char* key, quint16* out);
    void read(const char* key, double* out);
    //! A number (Unix ms) or null (an invalid time).
    void read(const char* key, QDateTime* out);
    void read(const char* key, QJsonObject* out);
    void read(const char* key, QStringList* out); //!< an array of strings
    void read(const char* key, QUrl* out); //!< a string
    void read(const char* key, QHash<QString, QString>* out); //!< an object of strings
    void readBase64(const char* key, QByteArray* out);

    //! A word that parse() turns into an E (std::optional<E>); an unknown word fails.
    template <typename E, typename Parse> void readWord(const char* key, E* out, Parse parse)
    {
        QJsonValue value;
        if (!present(key, QJsonValue::String, &value))
            return;
        const std::optional<E> parsed = parse(value.toString());
        if (parsed)
            *out = *parsed;
        else
            m_ok = false;
    }

    template <typename E, std::size_t N> void readWord(const char* key, E* out, const WireWord<E> (&words)[N])
    {
        readWord(key, out, [&words](const QString& word) { return wireWordValue(words, word); });
    }

    //! A nested value, decoded by its fromWire() (found by argument-dependent lookup).
    template <typename T> void readValue(const char* key, T* out)
    {
        readValue(key, out, [](const QJsonValue& value, T* decoded) { return fromWire(value, decoded); });
    }

    //! A nested value, decoded by decode(const QJsonValue&, T*) -> bool.
    template <typename T, typename Decode> void readValue(const char* key, T* out, Decode decode)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined())
            return;
        if (!decode(value, out))
            m_ok = false;
    }

private:
    //! Whether key is present with the given type (then *out is its value); a present key of
    //! another type fails the reader.
    bool present(const char* key, QJsonValue::Type type, QJsonValue* out);

    QJsonObject m_object;
    bool m_ok = true;
};

} // namespace ChannelDesk
