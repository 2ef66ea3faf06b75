// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The live validation shared by the form pages: each line edit gets its check re-run on every
//! change and shown in its FieldMessageLabel; an empty field is only called out once the user has
//! been there.

#include "channels/FieldCheck.h"

#include <QObject>

#include <functional>
#include <vector>

class QLineEdit;

namespace ChannelDesk {

class FieldMessageLabel;

class ValidatedFields : public QObject
{
    Q_OBJECT

public:
    using Checker = std::function<FieldCheck(const QString& key, const QString& value)>;

    ValidatedFields(Checker checker, QObject* parent);

    //! trim: whether surrounding spaces are dropped (never for secrets, whose checks report them).
    void add(const QString& key, QLineEdit* edit, FieldMessageLabel* label, bool trim = false);
    bool allValid() const;
    //! The value as it is checked; empty for unknown keys.
    QString value(const QString& key) const;
    bool has(const QString& key) const { return rowFor(key) != nullptr; }
    //! Shows the field's message even while it is empty (e.g. after Generate filled it).
    void markTouched(const QString& key);
    //! Puts value into the key's line edit (checked like typed text); unknown keys are ignored.
    void setValue(const QString& key, const QString& value);
    //! Checks every field again: what the checker says about a value has changed.
    void recheck();

signals:
    //! Some value changed: the page's completeness may have changed.
    void changed();
    void checked(const QString& key, const ChannelDesk::FieldCheck& check);

private:
    struct Row
    {
        QString key;
        QLineEdit* edit = nullptr;
        FieldMessageLabel* label = nullptr;
        bool trim = false;
        bool touched = false;
    };

    Row* rowFor(const QString& key);
    const Row* rowFor(const QString& key) const;
    QString text(const Row& row) const;
    void update(Row& row);

    Checker m_checker;
    std::vector<Row> m_rows;
};

} // namespace ChannelDesk
