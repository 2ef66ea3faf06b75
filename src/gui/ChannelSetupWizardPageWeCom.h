// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Wizard page for a WeCom self-built app: corp id, AgentId, Secret, Token, EncodingAESKey, public
//! base URL and the allowlist, each validated live with its message underneath. Every value is a
//! wizard field named fieldName(key), since some keys (public_base_url) are the Cloud API's too.

#include "channels/Channel.h"
#include "desk/ConnectionCheck.h"

#include <QWizardPage>

#include <memory>

class QLineEdit;

namespace Ui {
class ChannelSetupWizardPageWeCom;
}

namespace ChannelDesk {

class FieldMessageLabel;
class ValidatedFields;

class ChannelSetupWizardPageWeCom : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChannelSetupWizardPageWeCom(QWidget* parent = nullptr);
    ~ChannelSetupWizardPageWeCom() override;

    //! The wizard field of a WeComFields key ("wecom_corp_id").
    static QString fieldName(const QString& key) { return QStringLiteral("wecom_") + key; }

    void initializePage() override;
    bool isComplete() const override;
    //! The value as checked (allow_all_users: "true" or "false").
    QString value(const QString& key) const;
    bool hasField(const QString& key) const;
    //! Updating a stored channel of this kind: a secret left empty keeps the stored one (the
    //! field says so instead of asking for it, and the draft leaves it out).
    void setKeepsStoredSecrets(bool keeps);
    bool keepsStoredSecrets() const { return m_keepsStoredSecrets; }
    //! Shows the stored channel's plain settings (the page's defaults where it keeps none).
    void prefill(const Channel& channel);

    //! Writes the shown plain fields (an empty one is removed) and the three secrets into draft
    //! (not those left empty while keepsStoredSecrets()); fields the page does not show stay.
    void applyTo(ChannelDraft& draft) const;

private:
    void addField(const QString& key, QLineEdit* edit, FieldMessageLabel* label, bool trim);
    void generate(const QString& key);

    std::unique_ptr<Ui::ChannelSetupWizardPageWeCom> m_ui;
    ValidatedFields* m_fields;
    bool m_keepsStoredSecrets = false;
};

} // namespace ChannelDesk
