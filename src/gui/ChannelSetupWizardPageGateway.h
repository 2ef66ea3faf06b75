// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Wizard page of a linked-device channel: which gateway, where it runs, its API key, the session
//! and the device label, each validated live with its message underneath. The text fields are
//! registered as wizard fields under their LinkedFields keys.

#include <QWizardPage>

#include <memory>

class QLineEdit;

namespace Ui {
class ChannelSetupWizardPageGateway;
}

namespace ChannelDesk {

class FieldMessageLabel;
class ValidatedFields;

class ChannelSetupWizardPageGateway : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChannelSetupWizardPageGateway(QWidget* parent = nullptr);
    ~ChannelSetupWizardPageGateway() override;

    bool isComplete() const override;
    //! The value of a LinkedFields key as entered (the gateway as its id, e.g. "waha").
    QString value(const QString& key) const;
    //! Whether the page shows the key (the others of an existing channel are kept as they are).
    bool hasField(const QString& key) const;

private:
    void addField(const QString& key, QLineEdit* edit, FieldMessageLabel* label);
    void gatewayChanged();

    std::unique_ptr<Ui::ChannelSetupWizardPageGateway> m_ui;
    ValidatedFields* m_fields;
};

} // namespace ChannelDesk
