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

struct Channel;
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
    //! Updating a stored channel of this kind: a secret left empty keeps the stored one (the
    //! field says so instead of asking for it, and the draft leaves it out).
    void setKeepsStoredSecrets(bool keeps);
    bool keepsStoredSecrets() const { return m_keepsStoredSecrets; }
    //! Shows the stored channel's plain settings (the page's defaults where it keeps none).
    void prefill(const Channel& channel);

private:
    void addField(const QString& key, QLineEdit* edit, FieldMessageLabel* label);
    void gatewayChanged();

    std::unique_ptr<Ui::ChannelSetupWizardPageGateway> m_ui;
    ValidatedFields* m_fields;
    bool m_keepsStoredSecrets = false;
};

} // namespace ChannelDesk
