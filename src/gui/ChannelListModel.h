// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The channels of a Desk as a list: name, then id, kind and status in words (never
//! colour alone), plus the outcome of the last Test Connection in this session.

#include "channels/Channel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

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
    };

    explicit ChannelListModel(Desk* desk, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Row of the channel, or -1.
    int rowOf(const QString& channelId) const;
    void setLastTestResult(const QString& channelId, bool ok);

    static QString kindTitle(const QString& kind);
    //! "WAHA (WhatsApp HTTP API)", "Connection gateway" for a LinkedFields gateway id.
    static QString gatewayTitle(const QString& gateway);

private:
    QString details(int row) const;

    QPointer<Desk> m_desk;
    //! A copy of the Desk's list, replaced on every change, so rows stay stable between resets.
    QList<Channel> m_channels;
    QHash<QString, bool> m_lastTestOk;
};

} // namespace ChannelDesk
