// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The channels of a ChannelManager as a list: name, then id, kind and status in words (never
//! colour alone), plus the outcome of the last Test Connection in this session.

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

namespace ChannelDesk {

class ChannelManager;

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

    explicit ChannelListModel(ChannelManager* manager, QObject* parent = nullptr);

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

    QPointer<ChannelManager> m_manager;
    QHash<QString, bool> m_lastTestOk;
};

} // namespace ChannelDesk
