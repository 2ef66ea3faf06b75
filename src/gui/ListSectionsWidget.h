// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Edits the sections and rows of a list message: a tree of sections and their rows, and a form
//! below it for the selected entry with live counters and its problem. Row IDs are numbered
//! ("row-1") unless the operator types one; adding beyond Meta's limits is refused with a reason.

#include "channels/FieldCheck.h"
#include "model/OutboundContent.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ChannelDesk {

class FieldMessageLabel;

class ListSectionsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ListSectionsWidget(QWidget* parent = nullptr);

    QList<ListSection> sections() const;
    int sectionCount() const;
    int rowCount() const;
    //! Adds a section with one empty row and selects the row; false (with a message) at the limit.
    bool addSection();
    //! Adds an empty row to the selected section (or the selected row's section) and selects it.
    bool addRow();
    void removeSelected();
    //! Whether a problem is shown beside a field (the dialog then needs no summary of it).
    bool hasFieldErrors() const { return m_fieldErrors; }

signals:
    void changed();

private:
    enum Role
    {
        TitleRole = Qt::UserRole,
        DescriptionRole,
        IdRole, //!< the ID the operator typed; empty = numbered automatically
    };

    QTreeWidgetItem* currentItem() const;
    QTreeWidgetItem* sectionOf(QTreeWidgetItem* item) const;
    QString effectiveRowId(const QTreeWidgetItem* row, int number) const;
    FieldCheck checkItem(const QTreeWidgetItem* item, int number) const;
    bool refuseAtLimit();
    void loadEditors();
    void storeEditors();
    void refresh();

    QTreeWidget* m_tree = nullptr;
    QPushButton* m_addSectionButton = nullptr;
    QPushButton* m_addRowButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLineEdit* m_titleEdit = nullptr;
    FieldMessageLabel* m_titleCounter = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLineEdit* m_descriptionEdit = nullptr;
    FieldMessageLabel* m_descriptionCounter = nullptr;
    QLabel* m_idLabel = nullptr;
    QLineEdit* m_idEdit = nullptr;
    FieldMessageLabel* m_itemMessage = nullptr;
    FieldMessageLabel* m_limitLabel = nullptr;
    bool m_fieldErrors = false;
};

} // namespace ChannelDesk
