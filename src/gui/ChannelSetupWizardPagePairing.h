// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Last wizard page of a linked-device channel: saves the channel as soon as it opens (the gateway
//! session needs it stored, with its key in the keychain), then shows the live pairing QR of the
//! gateway session the Desk starts for it. Finish just closes.

#include "channels/Channel.h"

#include <QPointer>
#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class ChannelSetupWizardPagePairing;
}

namespace ChannelDesk {

class Desk;
class PairingWidget;

class ChannelSetupWizardPagePairing : public QWizardPage
{
    Q_OBJECT

public:
    using DraftProvider = std::function<ChannelDraft()>;

    ChannelSetupWizardPagePairing(Desk* desk, DraftProvider draft, QWidget* parent = nullptr);
    ~ChannelSetupWizardPagePairing() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isSaving() const { return m_saving; }
    //! The id of the channel this page saved; empty until saving succeeded.
    QString savedChannelId() const { return m_savedId; }
    PairingWidget* pairingWidget() const;

private:
    void save();
    void setSaving(bool saving);

    std::unique_ptr<Ui::ChannelSetupWizardPagePairing> m_ui;
    QPointer<Desk> m_desk;
    DraftProvider m_draft;
    QString m_savedId;
    bool m_saving = false;
    quint64 m_saveGeneration = 0;
};

} // namespace ChannelDesk
