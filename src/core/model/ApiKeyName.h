// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What may name an API key: one rule for the key store, the CLI and the window's form.

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

class ApiKeyName
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyName)

public:
    static constexpr int MaxLength = 64;
    //! Why name cannot name a key (1–64 of letters a–z, digits, '-', '_', '.'), or an empty string.
    static QString problem(const QString& name);
};

} // namespace ChannelDesk
