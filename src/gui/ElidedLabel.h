// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A one-line label for the status bar that asks for no more than a given number of characters
//! and, given less room than its text needs, shows it elided with "…" and puts the whole text in
//! front of its tooltip. text() stays the whole text. In a QStatusBar it gives way to the bar's
//! messages: while one shows that would not fit, the labels share what it leaves.

#include <QLabel>

namespace ChannelDesk {

class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(Qt::TextElideMode mode, int preferredCharacters, QWidget* parent = nullptr);

    //! The text does not fit and is shown elided.
    bool isElided() const;
    //! What is drawn: the text, elided to the label's width.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    //! The size asked for without a message: the text, up to the preferred characters.
    QSize preferredSize() const;

    Qt::TextElideMode m_mode;
    int m_preferredCharacters;
    QString m_message; //!< the status bar's message, while one shows
};

} // namespace ChannelDesk
