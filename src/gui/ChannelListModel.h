// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The channels of a Desk as a list: name, then id, kind and status in words (never
//! colour alone), plus the outcome of the last Test Connection in this session.

#include "channels/Channel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

#include <optional>

namespace ChannelDesk {

class Desk;

class ChannelListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
        EnabledRole,
        //! "support · WhatsApp Cloud API · Enabled · Last test passed"
        DetailsRole,
        //! "support · WhatsApp Cloud API": what the channel is, without its status
        IdentityRole,
        //! "Enabled · Last test passed": the status alone, for a line of its own
        StatusRole,
    };

    explicit ChannelListModel(Desk* desk, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Row of the channel, or -1.
    int rowOf(const QString& channelId) const;
    void setLastTestResult(const QString& channelId, bool ok);

    static QString kindTitle(const QString& kind);
    //! "Disabled", "Enabled · Last test failed": lastTest is empty until Test Connection ran.
    static QString statusText(bool enabled, std::optional<bool> lastTest);
    //! "WAHA (WhatsApp HTTP API)", "Connection gateway" for a LinkedFields gateway id.
    static QString gatewayTitle(const QString& gateway);

private:
    QString identity(int row) const;
    QString status(int row) const;

    QPointer<Desk> m_desk;
    //! A copy of the Desk's list, replaced on every change, so rows stay stable between resets.
    QList<Channel> m_channels;
    QHash<QString, bool> m_lastTestOk;
};

} // namespace ChannelDesk
