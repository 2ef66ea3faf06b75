// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QAbstractButton>
#include <QTimer>

namespace ChannelDesk {

std::optional<MessageBox::Answer> MessageBox::s_nextAnswer;

void MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                          QMessageBox::StandardButtons buttons, Answer defaultButton, QObject* context,
                          std::function<void(Answer)> onAnswer, const QMap<Answer, QString>& buttonTexts)
{
    if (s_nextAnswer) {
        const Answer answer = *s_nextAnswer;
        s_nextAnswer.reset();
        // Answer from the event loop, as a real box would, so callers see the same order of events.
        QTimer::singleShot(0, context, [onAnswer = std::move(onAnswer), answer] { onAnswer(answer); });
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (QAbstractButton* button = box->button(it.key()))
            button->setText(it.value());
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, context, [onAnswer = std::move(onAnswer)](int result) {
        // With standard buttons, finished() carries the StandardButton; Escape gives the escape button.
        onAnswer(static_cast<Answer>(result));
    });
    box->open();
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void MessageBox::setNextAnswer(Answer answer)
{
    s_nextAnswer = answer;
}

} // namespace ChannelDesk
