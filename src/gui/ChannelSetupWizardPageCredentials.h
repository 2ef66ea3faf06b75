// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Second wizard page: the Cloud API fields, each validated live with its message underneath.
//! Every field is registered as a wizard field under its CloudApiFields key.

#include "channels/FieldCheck.h"

#include <QWizardPage>

#include <memory>
#include <vector>

class QLineEdit;

namespace Ui {
class ChannelSetupWizardPageCredentials;
}

namespace ChannelDesk {

class FieldMessageLabel;

class ChannelSetupWizardPageCredentials : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChannelSetupWizardPageCredentials(QWidget* parent = nullptr);
    ~ChannelSetupWizardPageCredentials() override;

    bool isComplete() const override;
    QString value(const QString& key) const;

private:
    struct FieldRow
    {
        QString key;
        QLineEdit* edit = nullptr;
        FieldMessageLabel* label = nullptr;
        bool touched = false; //!< an empty field is only called out once the user has been there
    };

    void addField(const QString& key, QLineEdit* edit, FieldMessageLabel* label);
    void updateField(FieldRow& row);
    FieldRow* rowFor(const QString& key);
    const FieldRow* rowFor(const QString& key) const;
    void generateVerifyToken();

    std::unique_ptr<Ui::ChannelSetupWizardPageCredentials> m_ui;
    std::vector<FieldRow> m_rows;
};

} // namespace ChannelDesk
