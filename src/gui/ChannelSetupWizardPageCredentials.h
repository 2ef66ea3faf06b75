// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Second wizard page: the Cloud API fields, each validated live with its message underneath.
//! Every field is registered as a wizard field under its CloudApiFields key.

#include <QWizardPage>

#include <memory>

class QLineEdit;

namespace Ui {
class ChannelSetupWizardPageCredentials;
}

namespace ChannelDesk {

struct Channel;
class FieldMessageLabel;
class ValidatedFields;

class ChannelSetupWizardPageCredentials : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChannelSetupWizardPageCredentials(QWidget* parent = nullptr);
    ~ChannelSetupWizardPageCredentials() override;

    bool isComplete() const override;
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
    //! trim: for optional addresses and numbers, where surrounding spaces are only a paste artefact.
    void addField(const QString& key, QLineEdit* edit, FieldMessageLabel* label, bool trim = false);
    void generateVerifyToken();

    std::unique_ptr<Ui::ChannelSetupWizardPageCredentials> m_ui;
    ValidatedFields* m_fields;
    bool m_keepsStoredSecrets = false;
};

} // namespace ChannelDesk
