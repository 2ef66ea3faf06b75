// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogWidget.h"
#include "ui_AuditLogWidget.h"

#include "desk/Desk.h"
#include "util/WhenFinished.h"

#include <QHeaderView>
#include <QLocale>

namespace ChannelDesk {
namespace {

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QTableWidgetItem* numberCell(int value)
{
    auto* item = cell(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

//! Audit times to the second, in the user's time zone: they are compared with other logs.
QString localTime(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AuditLogWidget::AuditLogWidget(Desk* desk, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditLogWidget>())
    , m_desk(desk)
{
    m_ui->setupUi(this);
    for (QTableWidget* table : {m_ui->entriesTableWidget, m_ui->refusalsTableWidget}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_ui->auditSplitter->setStretchFactor(0, 3);
    m_ui->auditSplitter->setStretchFactor(1, 1);
    connect(m_ui->refreshAuditButton, &QPushButton::clicked, this, &AuditLogWidget::refresh);
    refresh();
}

AuditLogWidget::~AuditLogWidget() = default;

void AuditLogWidget::refresh()
{
    m_ui->messageLabel->clearMessage();
    whenFinished(m_desk->auditLog(Limit), this, [this](const Result<QList<AuditEntry>>& entries) {
        if (!entries.ok()) {
            showError(entries.error().message);
            return;
        }
        QTableWidget* table = m_ui->entriesTableWidget;
        table->setRowCount(0);
        table->setRowCount(int(entries.value().size()));
        int row = 0;
        for (const AuditEntry& entry : entries.value()) {
            const QStringList texts{localTime(entry.at), entry.keyName, entry.remote,
                                    entry.action,        entry.target,  entry.result};
            for (int column = 0; column < texts.size(); ++column)
                table->setItem(row, column, cell(texts.at(column)));
            ++row;
        }
    });
    whenFinished(m_desk->refusalCounts(Limit), this, [this](const Result<QList<RefusalCount>>& counts) {
        if (!counts.ok()) {
            showError(counts.error().message);
            return;
        }
        QTableWidget* table = m_ui->refusalsTableWidget;
        table->setRowCount(0);
        table->setRowCount(int(counts.value().size()));
        int row = 0;
        for (const RefusalCount& count : counts.value()) {
            table->setItem(row, 0, cell(localTime(count.minute)));
            table->setItem(row, 1, cell(count.keyName.isEmpty() ? tr("(no key)") : count.keyName));
            table->setItem(row, 2, cell(count.remote));
            table->setItem(row, 3, numberCell(count.status));
            table->setItem(row, 4, numberCell(count.count));
            ++row;
        }
    });
}

void AuditLogWidget::showError(const QString& text)
{
    m_ui->messageLabel->setStatus(FieldCheck::Severity::Error,
                                  tr("The audit log could not be read: %1").arg(text));
}

} // namespace ChannelDesk
