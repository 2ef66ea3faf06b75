// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A word-wrapped label that asks for the height its text takes at its current width as its
//! minimum. A plain wrapped QLabel asks for one line only, and inside a splitter, a stack or a tab
//! (none of which pass a height for a width on) a squeezed layout then cuts its later lines off.

#include <QLabel>

namespace ChannelDesk {

class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace ChannelDesk
