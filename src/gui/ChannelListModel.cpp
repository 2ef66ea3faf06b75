// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelListModel.h"

#include "desk/Desk.h"
#include "channels/LinkedFields.h"

namespace ChannelDesk {

ChannelListModel::ChannelListModel(Desk* desk, QObject* parent)
    : QAbstractListModel(parent)
    , m_desk(desk)
    , m_channels(desk ? desk->channels() : QList<Channel>())
{
    if (!desk)
        return;
    // The Desk replaces its whole list on every reload; a reset is the honest description.
    connect(desk, &Desk::channelsChanged, this, [this] {
        beginResetModel();
        m_channels = m_desk ? m_desk->channels() : QList<Channel>();
        endResetModel();
    });
}

int ChannelListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_channels.size());
}

QVariant ChannelListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Channel& channel = m_channels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return channel.name.isEmpty() ? channel.id : channel.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case DetailsRole:
        return QStringList{identity(index.row()), status(index.row())}.join(QStringLiteral(" · "));
    case IdentityRole:
        return identity(index.row());
    case StatusRole:
        return status(index.row());
    case IdRole:
        return channel.id;
    case KindRole:
        return channel.kind;
    case EnabledRole:
        return channel.enabled;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChannelListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "channelId");
    names.insert(KindRole, "kind");
    names.insert(EnabledRole, "enabled");
    names.insert(DetailsRole, "details");
    names.insert(IdentityRole, "identity");
    names.insert(StatusRole, "status");
    return names;
}

int ChannelListModel::rowOf(const QString& channelId) const
{
    for (int row = 0; row < m_channels.size(); ++row) {
        if (m_channels.at(row).id == channelId)
            return row;
    }
    return -1;
}

void ChannelListModel::setLastTestResult(const QString& channelId, bool ok)
{
    m_lastTestOk.insert(channelId, ok);
    const int row = rowOf(channelId);
    if (row >= 0)
        emit dataChanged(index(row), index(row),
                         {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, DetailsRole, StatusRole});
}

QString ChannelListModel::kindTitle(const QString& kind)
{
    if (kind == ChannelKinds::whatsAppCloud())
        return tr("WhatsApp Cloud API");
    if (kind == ChannelKinds::whatsAppLinked())
        return tr("WhatsApp linked device");
    if (kind == ChannelKinds::weCom())
        return tr("WeCom");
    return kind;
}

QString ChannelListModel::gatewayTitle(const QString& gateway)
{
    if (gateway == LinkedFields::waha())
        return tr("WAHA (WhatsApp HTTP API)");
    if (gateway == LinkedFields::connectionGateway())
        return tr("Connection gateway");
    return gateway;
}

QString ChannelListModel::statusText(bool enabled, std::optional<bool> lastTest)
{
    QString text = enabled ? tr("Enabled") : tr("Disabled");
    if (lastTest)
        text += QStringLiteral(" · ") + (*lastTest ? tr("Last test passed") : tr("Last test failed"));
    return text;
}

QString ChannelListModel::identity(int row) const
{
    const Channel& channel = m_channels.at(row);
    return channel.id + QStringLiteral(" · ") + kindTitle(channel.kind);
}

QString ChannelListModel::status(int row) const
{
    const Channel& channel = m_channels.at(row);
    const auto test = m_lastTestOk.constFind(channel.id);
    return statusText(channel.enabled,
                      test != m_lastTestOk.cend() ? std::optional<bool>(*test) : std::nullopt);
}

} // namespace ChannelDesk
