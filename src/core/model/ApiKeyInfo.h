// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What is known about an API key apart from the key itself, which is never kept (only its hash,
//! and that stays inside ApiKeyStore).

#include "model/ApiRole.h"

#include <QDateTime>
#include <QString>

namespace ChannelDesk {

struct ApiKeyInfo
{
    static constexpr int DefaultRatePerMinute = 600;

    QString name;
    ApiRole role = ApiRole::Viewer;
    QDateTime createdAt;
    //! Invalid when never used. Moves at most once a minute (see ApiKeyStore::verify).
    QDateTime lastUsedAt;
    //! Requests a minute the server accepts with this key.
    int ratePerMinute = DefaultRatePerMinute;
};

//! A key just made: its text, which exists nowhere else, and what is stored about it.
struct NewApiKey
{
    QString key;
    ApiKeyInfo info;
};

} // namespace ChannelDesk
