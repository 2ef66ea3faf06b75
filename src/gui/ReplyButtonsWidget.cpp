// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyButtonsWidget.h"

#include "FieldMessageLabel.h"
#include "LimitedField.h"
#include "desk/MessageRules.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ChannelDesk {

ReplyButtonsWidget::ReplyButtonsWidget(QWidget* parent)
    : QWidget(parent)
{
    static_assert(std::tuple_size<decltype(m_rows)>::value == MessageRules::MaxButtons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Title"), this), 0, 1);
    auto* idHeader = new QLabel(tr("ID"), this);
    grid->addWidget(idHeader, 0, 3);
    for (int i = 0; i < int(m_rows.size()); ++i)
        createRow(i, grid);
    layout->addLayout(grid);

    auto* actions = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add button"), this);
    m_addButton->setObjectName(QStringLiteral("addButtonButton"));
    m_showIdsCheckBox = new QCheckBox(tr("Edit button &IDs (advanced)"), this);
    m_showIdsCheckBox->setObjectName(QStringLiteral("showIdsCheckBox"));
    m_showIdsCheckBox->setToolTip(tr("WhatsApp sends the ID of the tapped button back with the customer's "
                                     "answer. IDs are numbered automatically unless you enter your own."));
    actions->addWidget(m_addButton);
    actions->addWidget(m_showIdsCheckBox);
    actions->addStretch();
    layout->addLayout(actions);
    m_limitLabel = new FieldMessageLabel(this);
    m_limitLabel->setObjectName(QStringLiteral("buttonsLimitLabel"));
    layout->addWidget(m_limitLabel);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (addButton())
            m_rows.at(m_count - 1).title->setFocus();
    });
    connect(m_showIdsCheckBox, &QCheckBox::toggled, this, [this, idHeader] {
        idHeader->setVisible(m_showIdsCheckBox->isChecked());
        refresh();
    });
    idHeader->setVisible(false);
    setFocusProxy(m_rows.front().title);
    m_count = 1;
    refresh();
}

void ReplyButtonsWidget::createRow(int index, QGridLayout* grid)
{
    Row& row = m_rows.at(index);
    const QString number = QString::number(index + 1);
    row.label = new QLabel(tr("Button %1:").arg(index + 1), this);
    row.title = new QLineEdit(this);
    row.title->setObjectName(QStringLiteral("buttonTitleLineEdit") + number);
    row.title->setAccessibleName(tr("Title of button %1").arg(index + 1));
    row.label->setBuddy(row.title);
    row.counter = new FieldMessageLabel(this);
    row.counter->setObjectName(QStringLiteral("buttonTitleCounterLabel") + number);
    row.id = new QLineEdit(this);
    row.id->setObjectName(QStringLiteral("buttonIdLineEdit") + number);
    row.id->setAccessibleName(tr("ID of button %1").arg(index + 1));
    row.remove = new QToolButton(this);
    row.remove->setObjectName(QStringLiteral("removeButtonButton") + number);
    row.remove->setText(tr("Remove"));
    row.remove->setToolTip(tr("Remove button %1").arg(index + 1));
    row.message = new FieldMessageLabel(this);
    row.message->setObjectName(QStringLiteral("buttonMessageLabel") + number);

    const int gridRow = 1 + 2 * index;
    grid->addWidget(row.label, gridRow, 0);
    grid->addWidget(row.title, gridRow, 1);
    grid->addWidget(row.counter, gridRow, 2);
    grid->addWidget(row.id, gridRow, 3);
    grid->addWidget(row.remove, gridRow, 4);
    grid->addWidget(row.message, gridRow + 1, 1, 1, 4);

    connect(row.title, &QLineEdit::textChanged, this, [this] {
        refresh();
        emit changed();
    });
    connect(row.id, &QLineEdit::textChanged, this, [this] {
        refresh();
        emit changed();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, index] { removeButton(index); });
}

QString ReplyButtonsWidget::autoId(int index)
{
    return QStringLiteral("btn-%1").arg(index + 1);
}

QString ReplyButtonsWidget::effectiveId(int index) const
{
    const QString typed = m_rows.at(index).id->text().trimmed();
    return typed.isEmpty() ? autoId(index) : typed;
}

QList<ReplyButton> ReplyButtonsWidget::buttons() const
{
    QList<ReplyButton> result;
    for (int i = 0; i < m_count; ++i)
        result.append(ReplyButton{effectiveId(i), m_rows.at(i).title->text().trimmed()});
    return result;
}

bool ReplyButtonsWidget::addButton()
{
    if (m_count >= int(m_rows.size())) {
        showLimit(FieldCheck::Severity::Error);
        return false;
    }
    ++m_count;
    refresh();
    emit changed();
    return true;
}

void ReplyButtonsWidget::removeButton(int index)
{
    if (m_count <= 1 || index < 0 || index >= m_count)
        return;
    // Later buttons move up, so the remaining ones keep their order and auto IDs stay consecutive.
    for (int i = index; i < m_count - 1; ++i) {
        m_rows.at(i).title->setText(m_rows.at(i + 1).title->text());
        m_rows.at(i).id->setText(m_rows.at(i + 1).id->text());
    }
    --m_count;
    m_rows.at(m_count).title->clear();
    m_rows.at(m_count).id->clear();
    m_limitLabel->clearMessage();
    refresh();
    emit changed();
}

void ReplyButtonsWidget::refresh()
{
    const bool showIds = m_showIdsCheckBox && m_showIdsCheckBox->isChecked();
    m_fieldErrors = false;
    bool idProblem = false;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const Row& row = m_rows.at(i);
        const bool used = i < m_count;
        const QString title = row.title->text().trimmed();
        row.label->setVisible(used);
        row.title->setVisible(used);
        row.counter->setVisible(used);
        row.id->setVisible(used && showIds);
        row.id->setPlaceholderText(autoId(i));
        row.remove->setVisible(used);
        row.remove->setEnabled(m_count > 1);
        if (!used) {
            row.message->clearMessage();
            continue;
        }
        LimitedField::showCount(row.counter, title, MessageRules::MaxButtonTitle);
        // An empty title is not called out here: the dialog's summary says what is still missing.
        FieldCheck check = LimitedField::check(tr("title of button %1").arg(i + 1), title,
                                               MessageRules::MaxButtonTitle, false);
        for (int earlier = 0; earlier < i && !check.isError(); ++earlier) {
            if (!title.isEmpty() && m_rows.at(earlier).title->text().trimmed() == title) {
                check = FieldCheck::error(tr("Button %1 has the same title. Give every button its own title "
                                             "so that the customer's answer is clear.")
                                              .arg(earlier + 1));
            } else if (effectiveId(earlier) == effectiveId(i)) {
                check = FieldCheck::error(
                    tr("Button %1 has the same ID “%2”; change one of the IDs or clear it "
                       "to number it automatically.")
                        .arg(earlier + 1)
                        .arg(effectiveId(i)));
                idProblem = true;
            }
        }
        row.message->setCheck(check);
        m_fieldErrors = m_fieldErrors || check.isError();
    }
    m_addButton->setEnabled(m_count < int(m_rows.size()));
    if (m_count < int(m_rows.size()))
        m_limitLabel->clearMessage();
    else if (m_limitLabel->severity() != FieldCheck::Severity::Error)
        showLimit(FieldCheck::Severity::Ok);
    // The ID field must be visible for the operator to fix its problem (toggling refreshes again).
    if (idProblem && !showIds)
        m_showIdsCheckBox->setChecked(true);
}

void ReplyButtonsWidget::showLimit(FieldCheck::Severity severity)
{
    const QString text
        = tr("WhatsApp allows at most %1 reply buttons. For more choices, send a list instead.")
              .arg(MessageRules::MaxButtons);
    if (severity == FieldCheck::Severity::Error)
        m_limitLabel->setCheck(FieldCheck::error(text));
    else
        m_limitLabel->setStatus(severity, text);
}

} // namespace ChannelDesk
