// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyButtonFeedback.h"

#include <QAbstractButton>
#include <QClipboard>
#include <QGuiApplication>

namespace ChannelDesk {

CopyButtonFeedback::CopyButtonFeedback(QAbstractButton* button, TextSource text)
    : QObject(button)
    , m_button(button)
    , m_text(std::move(text))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultFeedbackMs);
    connect(&m_timer, &QTimer::timeout, this, &CopyButtonFeedback::restore);
    connect(button, &QAbstractButton::clicked, this, &CopyButtonFeedback::copy);
}

void CopyButtonFeedback::copy()
{
    const QString text = m_text();
    if (text.isEmpty() || !m_button)
        return;
    QGuiApplication::clipboard()->setText(text);
    if (!m_timer.isActive()) {
        m_buttonText = m_button->text();
        // As wide as the wider of both texts, so the fields beside it do not shift back and forth.
        const int width = m_button->sizeHint().width();
        m_button->setText(tr("Copied"));
        m_button->setMinimumWidth(qMax(width, m_button->sizeHint().width()));
    }
    m_timer.start();
    emit copied(text);
}

void CopyButtonFeedback::restore()
{
    if (m_button)
        m_button->setText(m_buttonText);
}

} // namespace ChannelDesk
