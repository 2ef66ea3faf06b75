// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The outcome of one keychain read, write or delete.

#include <QString>

namespace ChannelDesk {

struct SecretResult
{
    enum class Code
    {
        Ok,
        NotFound,
        NoBackend,
        AccessDenied,
        Failed
    };

    Code code = Code::Ok;
    QString value; //!< only for a successful read
    QString errorString; //!< the backend's own words

    bool ok() const { return code == Code::Ok; }
};

} // namespace ChannelDesk
