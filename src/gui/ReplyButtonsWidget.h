// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Edits the 1 to 3 reply buttons of an interactive message: a title per button with a live
//! counter and its problem beside it, and IDs generated from the position ("btn-1") unless the
//! operator types one in the advanced ID field.

#include "channels/FieldCheck.h"
#include "model/OutboundContent.h"

#include <QList>
#include <QWidget>

#include <array>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace ChannelDesk {

class FieldMessageLabel;

class ReplyButtonsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyButtonsWidget(QWidget* parent = nullptr);

    //! The buttons in order, with their effective IDs.
    QList<ReplyButton> buttons() const;
    int count() const { return m_count; }
    //! Adds an empty button; refuses (false, with a message) when WhatsApp's limit is reached.
    bool addButton();
    void removeButton(int index);
    //! Whether a problem is shown beside a field (the dialog then needs no summary of it).
    bool hasFieldErrors() const { return m_fieldErrors; }

signals:
    void changed();

private:
    struct Row
    {
        QLabel* label = nullptr;
        QLineEdit* title = nullptr;
        FieldMessageLabel* counter = nullptr;
        QLineEdit* id = nullptr;
        QToolButton* remove = nullptr;
        FieldMessageLabel* message = nullptr;
    };

    static QString autoId(int index);
    QString effectiveId(int index) const;
    void createRow(int index, QGridLayout* grid);
    void showLimit(FieldCheck::Severity severity);
    void refresh();

    std::array<Row, 3> m_rows;
    int m_count = 0;
    bool m_fieldErrors = false;
    QPushButton* m_addButton = nullptr;
    QCheckBox* m_showIdsCheckBox = nullptr;
    FieldMessageLabel* m_limitLabel = nullptr;
};

} // namespace ChannelDesk
