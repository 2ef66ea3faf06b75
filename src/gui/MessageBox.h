// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Asks the user a question in a window-modal message box without a nested event loop, and lets
//! tests give the answer in advance (KeePassXC's MessageBox::setNextAnswer seam).

#include <QMap>
#include <QMessageBox>

#include <functional>
#include <optional>

namespace ChannelDesk {

class MessageBox
{
public:
    using Answer = QMessageBox::StandardButton;

    //! Opens the box and calls onAnswer later with the button chosen (Cancel/No/Escape included).
    //! onAnswer is dropped if context is destroyed first. buttonTexts names buttons by what they do
    //! ("Log Out and Remove" rather than "Yes").
    static void question(QWidget* parent, const QString& title, const QString& text,
                         QMessageBox::StandardButtons buttons, Answer defaultButton, QObject* context,
                         std::function<void(Answer)> onAnswer, const QMap<Answer, QString>& buttonTexts = {});

    //! Tells the user something went wrong, window-modal, without waiting for them to close it.
    static void warning(QWidget* parent, const QString& title, const QString& text);

    //! The next question() is answered with this instead of showing a box (tests only).
    static void setNextAnswer(Answer answer);

private:
    static std::optional<Answer> s_nextAnswer;
};

} // namespace ChannelDesk
