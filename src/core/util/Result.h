// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A value or an error {code, message}; the project's replacement for exceptions.

#include <QString>

#include <optional>
#include <utility>

namespace ChannelDesk {

struct Error
{
    int code = 0;
    QString message;
};

template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

struct Done
{
};
using Status = Result<Done>;

} // namespace ChannelDesk
