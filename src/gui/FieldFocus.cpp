// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldFocus.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace ChannelDesk {
namespace {

//! Whether widget takes typed text, and if so whether it holds any.
bool isEditableField(QWidget* widget, bool* empty)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        *empty = line->text().isEmpty();
        return !line->isReadOnly();
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
        *empty = plain->document()->isEmpty();
        return !plain->isReadOnly();
    }
    if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
        *empty = rich->document()->isEmpty();
        return !rich->isReadOnly();
    }
    if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
        *empty = spin->text().isEmpty();
        return !spin->isReadOnly();
    }
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        *empty = combo->currentText().isEmpty();
        return combo->isEditable();
    }
    return false;
}

} // namespace

QWidget* FieldFocus::firstField(const QWidget* container)
{
    if (!container)
        return nullptr;
    QWidget* first = nullptr;
    // The focus chain is the window's tab order; it runs through every widget once and back.
    for (QWidget* widget = container->nextInFocusChain(); widget && widget != container;
         widget = widget->nextInFocusChain()) {
        // Visibility relative to the container: a page is still hidden when QWizard prepares it.
        if (!container->isAncestorOf(widget) || !widget->isVisibleTo(container) || !widget->isEnabled()
            || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        bool empty = false;
        if (!isEditableField(widget, &empty))
            continue;
        if (empty)
            return widget;
        if (!first)
            first = widget;
    }
    return first;
}

QWidget* FieldFocus::focusFirstField(const QWidget* container)
{
    QWidget* field = firstField(container);
    if (field)
        field->setFocus(Qt::OtherFocusReason);
    return field;
}

} // namespace ChannelDesk
