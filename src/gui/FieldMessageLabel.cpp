// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldMessageLabel.h"

#include <QEvent>

namespace ChannelDesk {
namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

FieldMessageLabel::FieldMessageLabel(QWidget* parent)
    : WrappingLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
    m_briefTimer.setSingleShot(true);
    m_briefTimer.setInterval(kDefaultBriefMs);
    connect(&m_briefTimer, &QTimer::timeout, this, &FieldMessageLabel::clearMessage);
}

void FieldMessageLabel::setCheck(const FieldCheck& check)
{
    switch (check.severity) {
    case FieldCheck::Severity::Error:
        setStatus(check.severity, tr("Error: %1").arg(check.message));
        break;
    case FieldCheck::Severity::Warning:
        setStatus(check.severity, tr("Warning: %1").arg(check.message));
        break;
    case FieldCheck::Severity::Ok:
        setStatus(check.severity, check.message);
        break;
    }
}

void FieldMessageLabel::setStatus(FieldCheck::Severity severity, const QString& text)
{
    m_briefTimer.stop();
    m_severity = severity;
    setText(text);
    applyColour();
    setVisible(!text.isEmpty());
}

void FieldMessageLabel::showBriefly(FieldCheck::Severity severity, const QString& text)
{
    setStatus(severity, text);
    m_briefTimer.start();
}

void FieldMessageLabel::clearMessage()
{
    setStatus(FieldCheck::Severity::Ok, {});
}

void FieldMessageLabel::changeEvent(QEvent* event)
{
    WrappingLabel::changeEvent(event);
    // Follow the user switching between a light and a dark colour scheme.
    if (event->type() == QEvent::PaletteChange)
        applyColour();
}

void FieldMessageLabel::applyColour()
{
    // Only the text colour of this label changes; the window colour tells light from dark schemes.
    const bool dark = isDark(palette());
    QString colour;
    if (m_severity == FieldCheck::Severity::Error)
        colour = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b71c1c");
    else if (m_severity == FieldCheck::Severity::Warning)
        colour = dark ? QStringLiteral("#ffd54f") : QStringLiteral("#8a5300");
    const QString sheet = colour.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(colour);
    // Re-applying an unchanged sheet would re-polish and send PaletteChange again, looping.
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace ChannelDesk
