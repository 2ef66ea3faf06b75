// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeysWidget.h"
#include "ui_ApiKeysWidget.h"

#include "desk/Desk.h"
#include "util/WhenFinished.h"
#include "ApiKeyCreateDialog.h"
#include "MessageBox.h"

#include <QHeaderView>
#include <QLocale>

namespace ChannelDesk {
namespace {

enum Column
{
    NameColumn,
    RoleColumn,
    CreatedColumn,
    LastUsedColumn,
    RateColumn
};

QTableWidgetItem* cell(const QString& text)
{
    return new QTableWidgetItem(text);
}

QString localTime(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ApiKeysWidget::ApiKeysWidget(Desk* desk, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApiKeysWidget>())
    , m_desk(desk)
{
    m_ui->setupUi(this);
    m_ui->keysTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->keysTableWidget->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->createButton, &QPushButton::clicked, this, &ApiKeysWidget::openCreateDialog);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &ApiKeysWidget::revokeSelected);
    connect(m_ui->refreshKeysButton, &QPushButton::clicked, this, &ApiKeysWidget::refresh);
    connect(m_ui->keysTableWidget, &QTableWidget::itemSelectionChanged, this, &ApiKeysWidget::updateButtons);
    updateButtons();
    refresh();
}

ApiKeysWidget::~ApiKeysWidget() = default;

void ApiKeysWidget::refresh()
{
    whenFinished(m_desk->apiKeys(), this, [this](const Result<QList<ApiKeyInfo>>& keys) {
        if (!keys.ok()) {
            m_ui->messageLabel->setStatus(FieldCheck::Severity::Error,
                                          tr("The keys could not be read: %1").arg(keys.error().message));
            return;
        }
        QTableWidget* table = m_ui->keysTableWidget;
        const QString selected = table->currentRow() >= 0 && table->item(table->currentRow(), NameColumn)
            ? table->item(table->currentRow(), NameColumn)->text()
            : QString();
        table->setRowCount(0);
        table->setRowCount(int(keys.value().size()));
        int row = 0;
        for (const ApiKeyInfo& key : keys.value()) {
            table->setItem(row, NameColumn, cell(key.name));
            table->setItem(row, RoleColumn, cell(apiRoleName(key.role)));
            table->setItem(row, CreatedColumn, cell(localTime(key.createdAt)));
            table->setItem(row, LastUsedColumn,
                           cell(key.lastUsedAt.isValid() ? localTime(key.lastUsedAt) : tr("Never")));
            auto* rate = cell(QLocale().toString(key.ratePerMinute));
            rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, RateColumn, rate);
            if (key.name == selected)
                table->selectRow(row);
            ++row;
        }
        updateButtons();
    });
}

void ApiKeysWidget::openCreateDialog()
{
    auto* dialog = new ApiKeyCreateDialog(m_desk, this);
    dialog->setObjectName(QStringLiteral("apiKeyCreateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApiKeyCreateDialog::keyCreated, this, [this] {
        m_ui->messageLabel->clearMessage();
        refresh();
        emit keysChanged();
    });
    dialog->open();
}

void ApiKeysWidget::revokeSelected()
{
    const QList<QTableWidgetItem*> selected = m_ui->keysTableWidget->selectedItems();
    if (selected.isEmpty())
        return;
    const QString name = m_ui->keysTableWidget->item(selected.first()->row(), NameColumn)->text();
    MessageBox::question(
        this, tr("Revoke Key"),
        tr("Revoke the key “%1”? Every bot or script using it is refused from now on.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
        [this, name](MessageBox::Answer answer) {
            if (answer != QMessageBox::Yes)
                return;
            whenFinished(m_desk->revokeApiKey(name), this, [this, name](const Status& revoked) {
                if (revoked.ok())
                    m_ui->messageLabel->setStatus(FieldCheck::Severity::Ok,
                                                  tr("The key “%1” was revoked.").arg(name));
                else
                    m_ui->messageLabel->setStatus(FieldCheck::Severity::Error, revoked.error().message);
                refresh();
                emit keysChanged();
            });
        });
}

void ApiKeysWidget::updateButtons()
{
    m_ui->revokeButton->setEnabled(!m_ui->keysTableWidget->selectedItems().isEmpty());
}

} // namespace ChannelDesk
