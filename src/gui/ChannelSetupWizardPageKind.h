// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! First wizard page: the channel kind and its display name, from which the id is derived.

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ChannelSetupWizardPageKind;
}

namespace ChannelDesk {

class Desk;

class ChannelSetupWizardPageKind : public QWizardPage
{
    Q_OBJECT
    //! Registered as the wizard field kindField(), so later pages can read it.
    Q_PROPERTY(QString kind READ kind)

public:
    explicit ChannelSetupWizardPageKind(const Desk* desk, QWidget* parent = nullptr);
    ~ChannelSetupWizardPageKind() override;

    bool isComplete() const override;

    QString kind() const;
    QString channelName() const;
    QString channelId() const;
    //! Whether a channel with the derived id exists, so finishing updates it.
    bool updatesExistingChannel() const;
    //! The channel this wizard saved itself: going Back to rename it is not updating another one.
    void setOwnChannelId(const QString& id) { m_ownChannelId = id; }

    static QString nameField() { return QStringLiteral("channelName"); }
    static QString kindField() { return QStringLiteral("channelKind"); }

private:
    void updateNameMessage();

    std::unique_ptr<Ui::ChannelSetupWizardPageKind> m_ui;
    QPointer<const Desk> m_desk;
    QString m_ownChannelId;
    //! The existing channel the name last matched, whose kind was selected then.
    QString m_matchedId;
};

} // namespace ChannelDesk
