// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A QR code as a square of dark and light modules, without quiet zone; empty when encoding failed.

#include <QByteArray>

namespace ChannelDesk {

class QrMatrix
{
public:
    QrMatrix() = default;
    QrMatrix(int size, QByteArray modules)
        : m_size(size)
        , m_modules(std::move(modules))
    { }

    bool isEmpty() const { return m_size == 0; }
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x) != 0; }
    bool operator==(const QrMatrix& other) const
    {
        return m_size == other.m_size && m_modules == other.m_modules;
    }

private:
    int m_size = 0;
    QByteArray m_modules; //!< row-major, one byte per module, non-zero = dark
};

} // namespace ChannelDesk
