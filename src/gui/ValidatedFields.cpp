// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidatedFields.h"

#include "FieldMessageLabel.h"

#include <QLineEdit>

namespace ChannelDesk {

ValidatedFields::ValidatedFields(Checker checker, QObject* parent)
    : QObject(parent)
    , m_checker(std::move(checker))
{ }

void ValidatedFields::add(const QString& key, QLineEdit* edit, FieldMessageLabel* label, bool trim)
{
    m_rows.push_back(Row{key, edit, label, trim, false});
    // The lambdas keep the key, not a pointer into the vector, which may reallocate.
    connect(edit, &QLineEdit::textEdited, this, [this, key] { rowFor(key)->touched = true; });
    connect(edit, &QLineEdit::textChanged, this, [this, key] {
        update(*rowFor(key));
        emit changed();
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, key] {
        // Leaving a required field empty is worth saying as soon as the user moves on.
        Row* row = rowFor(key);
        row->touched = true;
        update(*row);
    });
    update(m_rows.back());
}

bool ValidatedFields::allValid() const
{
    for (const Row& row : m_rows) {
        if (m_checker(row.key, text(row)).isError())
            return false;
    }
    return true;
}

QString ValidatedFields::value(const QString& key) const
{
    const Row* row = rowFor(key);
    return row ? text(*row) : QString();
}

void ValidatedFields::markTouched(const QString& key)
{
    if (Row* row = rowFor(key)) {
        row->touched = true;
        update(*row);
    }
}

void ValidatedFields::setValue(const QString& key, const QString& value)
{
    if (Row* row = rowFor(key))
        row->edit->setText(value);
}

void ValidatedFields::recheck()
{
    for (Row& row : m_rows)
        update(row);
    emit changed();
}

ValidatedFields::Row* ValidatedFields::rowFor(const QString& key)
{
    for (Row& row : m_rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

const ValidatedFields::Row* ValidatedFields::rowFor(const QString& key) const
{
    for (const Row& row : m_rows) {
        if (row.key == key)
            return &row;
    }
    return nullptr;
}

QString ValidatedFields::text(const Row& row) const
{
    return row.trim ? row.edit->text().trimmed() : row.edit->text();
}

void ValidatedFields::update(Row& row)
{
    const QString value = text(row);
    const FieldCheck check = m_checker(row.key, value);
    row.label->setCheck(row.touched || !value.isEmpty() ? check : FieldCheck::ok());
    emit checked(row.key, check);
}

} // namespace ChannelDesk
