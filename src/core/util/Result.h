// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A value or an error {code, message}; the project's replacement for exceptions.

#include <QString>

#include <optional>
#include <utility>

namespace ChannelDesk {

//! Error::code values for failures that are not an area's own (ChannelManager, RecipientNumber and
//! OutboundPayload have their enums) and not data from elsewhere (HTTP statuses, Meta's numbers).
enum class ErrorCode : int
{
    Failed = 1, //!< the disk, the database or the system refused; the message says why
    InvalidInput = 2, //!< the caller asked for something unusable, e.g. a host that is no IP address
    Cancelled = 3, //!< the work was dropped because its owner is stopping
};

struct Error
{
    int code = 0;
    QString message;

    Error() = default;
    Error(int errorCode, QString errorMessage)
        : code(errorCode)
        , message(std::move(errorMessage))
    { }
    Error(ErrorCode errorCode, QString errorMessage)
        : code(int(errorCode))
        , message(std::move(errorMessage))
    { }

    bool is(ErrorCode other) const { return code == int(other); }
};

//! Ignoring one loses its error: callers that really do not care cast the call to void and say why.
template <typename T> class [[nodiscard]] Result
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
