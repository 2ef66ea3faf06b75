// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListSectionsWidget.h"

#include "FieldMessageLabel.h"
#include "LimitedField.h"
#include "desk/MessageRules.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ChannelDesk {
namespace {

enum Column
{
    TitleColumn,
    DescriptionColumn,
    IdColumn,
};

QString textOf(const QTreeWidgetItem* item, int role)
{
    return item->data(TitleColumn, role).toString().trimmed();
}

QLineEdit* lineEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

FieldMessageLabel* messageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new FieldMessageLabel(parent);
    label->setObjectName(objectName);
    return label;
}

} // namespace

ListSectionsWidget::ListSectionsWidget(QWidget* parent)
    : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("sectionsTreeWidget"));
    m_tree->setHeaderLabels({tr("Title"), tr("Description"), tr("ID")});
    m_tree->setAccessibleName(tr("Sections and rows"));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_addSectionButton = new QPushButton(tr("Add &section"), this);
    m_addSectionButton->setObjectName(QStringLiteral("addSectionButton"));
    m_addRowButton = new QPushButton(tr("Add &row"), this);
    m_addRowButton->setObjectName(QStringLiteral("addRowButton"));
    m_removeButton = new QPushButton(tr("Remo&ve"), this);
    m_removeButton->setObjectName(QStringLiteral("removeItemButton"));
    m_limitLabel = messageLabel(QStringLiteral("listLimitLabel"), this);

    m_titleEdit = lineEdit(QStringLiteral("itemTitleLineEdit"), this);
    m_titleCounter = messageLabel(QStringLiteral("itemTitleCounterLabel"), this);
    m_descriptionEdit = lineEdit(QStringLiteral("itemDescriptionLineEdit"), this);
    m_descriptionCounter = messageLabel(QStringLiteral("itemDescriptionCounterLabel"), this);
    m_idEdit = lineEdit(QStringLiteral("itemIdLineEdit"), this);
    m_idEdit->setToolTip(tr("WhatsApp sends the ID of the chosen row back with the customer's answer. "
                            "Rows are numbered automatically unless you enter your own ID."));
    m_itemMessage = messageLabel(QStringLiteral("itemMessageLabel"), this);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_addSectionButton);
    actions->addWidget(m_addRowButton);
    actions->addWidget(m_removeButton);
    actions->addStretch();
    auto* titleField = new QHBoxLayout;
    titleField->addWidget(m_titleEdit);
    titleField->addWidget(m_titleCounter);
    auto* descriptionField = new QHBoxLayout;
    descriptionField->addWidget(m_descriptionEdit);
    descriptionField->addWidget(m_descriptionCounter);
    auto* editor = new QFormLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setBuddy(m_titleEdit);
    m_descriptionLabel = new QLabel(tr("&Description:"), this);
    m_descriptionLabel->setBuddy(m_descriptionEdit);
    m_idLabel = new QLabel(tr("&ID (optional):"), this);
    m_idLabel->setBuddy(m_idEdit);
    editor->addRow(m_titleLabel, titleField);
    editor->addRow(m_descriptionLabel, descriptionField);
    editor->addRow(m_idLabel, m_idEdit);
    editor->addRow(QString(), m_itemMessage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(actions);
    layout->addWidget(m_limitLabel);
    layout->addLayout(editor);

    connect(m_addSectionButton, &QPushButton::clicked, this, [this] {
        if (addSection())
            m_titleEdit->setFocus();
    });
    connect(m_addRowButton, &QPushButton::clicked, this, [this] {
        if (addRow())
            m_titleEdit->setFocus();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &ListSectionsWidget::removeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ListSectionsWidget::loadEditors);
    for (QLineEdit* edit : {m_titleEdit, m_descriptionEdit, m_idEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            storeEditors();
            refresh();
            emit changed();
        });
    }
    setFocusProxy(m_titleEdit);
    addSection();
}

QList<ListSection> ListSectionsWidget::sections() const
{
    QList<ListSection> result;
    int number = 0;
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        const QTreeWidgetItem* sectionItem = m_tree->topLevelItem(s);
        ListSection section{textOf(sectionItem, TitleRole), {}};
        for (int r = 0; r < sectionItem->childCount(); ++r) {
            const QTreeWidgetItem* row = sectionItem->child(r);
            section.rows.append(
                ListRow{effectiveRowId(row, ++number), textOf(row, TitleRole), textOf(row, DescriptionRole)});
        }
        result.append(section);
    }
    return result;
}

int ListSectionsWidget::sectionCount() const
{
    return m_tree->topLevelItemCount();
}

int ListSectionsWidget::rowCount() const
{
    int rows = 0;
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s)
        rows += m_tree->topLevelItem(s)->childCount();
    return rows;
}

bool ListSectionsWidget::refuseAtLimit()
{
    // Every section needs a row, so the row limit also caps the sections.
    if (rowCount() < MessageRules::MaxRows && sectionCount() < MessageRules::MaxSections)
        return false;
    m_limitLabel->setCheck(FieldCheck::error(tr("A list holds at most %1 rows in all its sections together. "
                                                "Remove a row first, or split the choices over two messages.")
                                                 .arg(MessageRules::MaxRows)));
    return true;
}

bool ListSectionsWidget::addSection()
{
    if (refuseAtLimit())
        return false;
    auto* section = new QTreeWidgetItem(m_tree);
    section->setExpanded(true);
    auto* row = new QTreeWidgetItem(section);
    m_tree->setCurrentItem(row);
    refresh();
    emit changed();
    return true;
}

bool ListSectionsWidget::addRow()
{
    QTreeWidgetItem* section = sectionOf(currentItem());
    if (!section || refuseAtLimit())
        return false;
    auto* row = new QTreeWidgetItem(section);
    section->setExpanded(true);
    m_tree->setCurrentItem(row);
    refresh();
    emit changed();
    return true;
}

void ListSectionsWidget::removeSelected()
{
    QTreeWidgetItem* item = currentItem();
    if (!item || (!item->parent() && sectionCount() <= 1))
        return;
    QTreeWidgetItem* section = item->parent();
    delete item; // QTreeWidget moves the current item to a neighbour
    if (section && !m_tree->currentItem())
        m_tree->setCurrentItem(section);
    m_limitLabel->clearMessage();
    loadEditors();
    emit changed();
}

QTreeWidgetItem* ListSectionsWidget::currentItem() const
{
    return m_tree->currentItem();
}

QTreeWidgetItem* ListSectionsWidget::sectionOf(QTreeWidgetItem* item) const
{
    if (!item)
        return m_tree->topLevelItemCount() > 0 ? m_tree->topLevelItem(m_tree->topLevelItemCount() - 1)
                                               : nullptr;
    return item->parent() ? item->parent() : item;
}

QString ListSectionsWidget::effectiveRowId(const QTreeWidgetItem* row, int number) const
{
    const QString typed = textOf(row, IdRole);
    return typed.isEmpty() ? QStringLiteral("row-%1").arg(number) : typed;
}

FieldCheck ListSectionsWidget::checkItem(const QTreeWidgetItem* item, int number) const
{
    const QString title = textOf(item, TitleRole);
    if (!item->parent()) {
        if (sectionCount() > 1 && title.isEmpty())
            return FieldCheck::error(
                tr("Enter a title for section %1: WhatsApp needs section titles when a list "
                   "has more than one section (at most %2 characters).")
                    .arg(number)
                    .arg(MessageRules::MaxSectionTitle));
        return LimitedField::check(tr("title of section %1").arg(number), title,
                                   MessageRules::MaxSectionTitle, false);
    }
    // An empty row title is not called out here: the dialog's summary says what is still missing.
    const FieldCheck titleCheck
        = LimitedField::check(tr("title of row %1").arg(number), title, MessageRules::MaxRowTitle, false);
    if (titleCheck.isError())
        return titleCheck;
    return LimitedField::check(tr("description of row %1").arg(number), textOf(item, DescriptionRole),
                               MessageRules::MaxRowDescription, false);
}

void ListSectionsWidget::loadEditors()
{
    const QTreeWidgetItem* item = currentItem();
    const bool isRow = item && item->parent();
    {
        const QSignalBlocker titleBlocker(m_titleEdit);
        const QSignalBlocker descriptionBlocker(m_descriptionEdit);
        const QSignalBlocker idBlocker(m_idEdit);
        m_titleEdit->setText(item ? item->data(TitleColumn, TitleRole).toString() : QString());
        m_descriptionEdit->setText(isRow ? item->data(TitleColumn, DescriptionRole).toString() : QString());
        m_idEdit->setText(isRow ? item->data(TitleColumn, IdRole).toString() : QString());
    }
    m_titleLabel->setText(isRow ? tr("Row &title:") : tr("Section &title:"));
    m_titleEdit->setEnabled(item != nullptr);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_descriptionLabel), static_cast<QWidget*>(m_descriptionEdit),
          static_cast<QWidget*>(m_descriptionCounter), static_cast<QWidget*>(m_idLabel),
          static_cast<QWidget*>(m_idEdit)})
        widget->setVisible(isRow);
    refresh();
}

void ListSectionsWidget::storeEditors()
{
    QTreeWidgetItem* item = currentItem();
    if (!item)
        return;
    item->setData(TitleColumn, TitleRole, m_titleEdit->text());
    if (item->parent()) {
        item->setData(TitleColumn, DescriptionRole, m_descriptionEdit->text());
        item->setData(TitleColumn, IdRole, m_idEdit->text());
    }
}

void ListSectionsWidget::refresh()
{
    const QIcon problemIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QTreeWidgetItem* current = currentItem();
    FieldCheck currentCheck;
    QStringList ids;
    int rowNumber = 0;
    int currentNumber = 0;
    m_fieldErrors = false;
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem* section = m_tree->topLevelItem(s);
        QList<QPair<QTreeWidgetItem*, FieldCheck>> checks{{section, checkItem(section, s + 1)}};
        const QString sectionTitle = textOf(section, TitleRole);
        section->setText(TitleColumn, sectionTitle.isEmpty() ? tr("(section without title)") : sectionTitle);
        for (int r = 0; r < section->childCount(); ++r) {
            QTreeWidgetItem* row = section->child(r);
            const QString id = effectiveRowId(row, ++rowNumber);
            FieldCheck check = checkItem(row, rowNumber);
            if (!check.isError() && ids.contains(id))
                check = FieldCheck::error(
                    tr("Row %1 has the same ID “%2” as an earlier row; change it or clear it "
                       "to number the row automatically.")
                        .arg(rowNumber)
                        .arg(id));
            ids.append(id);
            if (row == current)
                currentNumber = rowNumber;
            const QString title = textOf(row, TitleRole);
            row->setText(TitleColumn, title.isEmpty() ? tr("(row without title)") : title);
            row->setText(DescriptionColumn, textOf(row, DescriptionRole));
            row->setText(IdColumn, id);
            checks.append({row, check});
        }
        for (const auto& [item, check] : std::as_const(checks)) {
            // The icon and tooltip point at entries with a problem without relying on colour.
            item->setIcon(TitleColumn, check.isError() ? problemIcon : QIcon());
            item->setToolTip(TitleColumn, check.message);
            m_fieldErrors = m_fieldErrors || check.isError();
            if (item == current)
                currentCheck = check;
        }
    }
    m_itemMessage->setCheck(currentCheck);

    const bool isRow = current && current->parent();
    const int titleMax = isRow ? MessageRules::MaxRowTitle : MessageRules::MaxSectionTitle;
    LimitedField::showCount(m_titleCounter, m_titleEdit->text().trimmed(), titleMax);
    LimitedField::showCount(m_descriptionCounter, m_descriptionEdit->text().trimmed(),
                            MessageRules::MaxRowDescription);
    m_descriptionCounter->setVisible(isRow);
    m_idEdit->setPlaceholderText(isRow ? QStringLiteral("row-%1").arg(currentNumber) : QString());

    const bool full = rowCount() >= MessageRules::MaxRows || sectionCount() >= MessageRules::MaxSections;
    m_addSectionButton->setEnabled(!full);
    m_addRowButton->setEnabled(!full && sectionOf(currentItem()));
    m_removeButton->setEnabled(current && (current->parent() || sectionCount() > 1));
    if (!full)
        m_limitLabel->clearMessage();
    else if (m_limitLabel->severity() != FieldCheck::Severity::Error)
        m_limitLabel->setStatus(FieldCheck::Severity::Ok,
                                tr("The list is full: WhatsApp allows at most %1 rows and %2 sections.")
                                    .arg(MessageRules::MaxRows)
                                    .arg(MessageRules::MaxSections));
}

} // namespace ChannelDesk
