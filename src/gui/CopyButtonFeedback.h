// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A Copy button that puts a text on the clipboard and says "Copied" on itself for a moment, so the
//! click visibly did something; then the button's own text (with its mnemonic) comes back.

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAbstractButton;

namespace ChannelDesk {

class CopyButtonFeedback : public QObject
{
    Q_OBJECT

public:
    using TextSource = std::function<QString()>;

    //! Owned by button; found again with findChild<CopyButtonFeedback*>() (tests shorten the delay).
    CopyButtonFeedback(QAbstractButton* button, TextSource text);

    bool isShowingFeedback() const { return m_timer.isActive(); }
    int feedbackMs() const { return m_timer.interval(); }
    void setFeedbackMs(int milliseconds) { m_timer.setInterval(milliseconds); }

    static constexpr int kDefaultFeedbackMs = 2000;

signals:
    void copied(const QString& text);

private:
    void copy();
    void restore();

    QPointer<QAbstractButton> m_button;
    TextSource m_text;
    QString m_buttonText;
    QTimer m_timer;
};

} // namespace ChannelDesk
