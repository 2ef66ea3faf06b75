// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultModel.h"

#include "desk/Desk.h"
#include "util/Logging.h"
#include "ConversationListModel.h"
#include "util/WhenFinished.h"

namespace ChannelDesk {

SearchResultModel::SearchResultModel(Desk* desk, QObject* parent)
    : QAbstractListModel(parent)
    , m_desk(desk)
{ }

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& hit = m_hits.at(index.row());
    using R = ConversationListModel::Role;
    const auto channel = m_desk ? m_desk->channel(hit.channelId) : std::nullopt;
    const QString peer = ConversationListModel::peerText(channel ? channel->kind : QString(), hit.peer);
    switch (role) {
    case Qt::DisplayRole:
    case R::PeerNameRole:
        return hit.peerName.isEmpty() ? peer : hit.peerName;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (hit.messageId == 0)
            return tr("%1 (%2): the contact's name or number matches")
                .arg(hit.peerName.isEmpty() ? peer : hit.peerName, peer);
        return tr("%1 (%2), %3: %4")
            .arg(hit.peerName.isEmpty() ? peer : hit.peerName, peer,
                 ConversationListModel::timeText(hit.timestamp, QDateTime::currentDateTimeUtc()),
                 plainSnippet(hit.snippet));
    case R::ConversationIdRole:
        return hit.conversationId;
    case R::MessageIdRole:
        return hit.messageId;
    case R::ChannelIdRole:
        return hit.channelId;
    case R::ChannelNameRole:
        return m_channelId.isEmpty() ? m_channelNames.value(hit.channelId, hit.channelId) : QString();
    case R::PeerRole:
        return hit.peer;
    case R::PeerNumberRole:
        return peer;
    case R::PreviewRole:
        // A contact hit opens the conversation at its end; its line says why it is listed.
        return hit.messageId == 0 ? tr("Contact: %1").arg(hit.snippet) : hit.snippet;
    case R::LastMessageAtRole:
        return hit.timestamp;
    case R::TimeTextRole:
        return ConversationListModel::timeText(hit.timestamp, QDateTime::currentDateTimeUtc());
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ConversationListModel::ConversationIdRole, "conversationId");
    names.insert(ConversationListModel::MessageIdRole, "messageId");
    names.insert(ConversationListModel::ChannelIdRole, "channelId");
    names.insert(ConversationListModel::ChannelNameRole, "channelName");
    names.insert(ConversationListModel::PeerRole, "peer");
    names.insert(ConversationListModel::PeerNameRole, "peerName");
    names.insert(ConversationListModel::PeerNumberRole, "peerNumber");
    names.insert(ConversationListModel::PreviewRole, "preview");
    names.insert(ConversationListModel::LastMessageAtRole, "lastMessageAt");
    names.insert(ConversationListModel::TimeTextRole, "timeText");
    return names;
}

void SearchResultModel::search(const QString& text, const QString& channelId)
{
    const quint64 generation = ++m_generation;
    m_text = text;
    m_channelId = channelId;
    if (text.trimmed().isEmpty() || !m_desk) {
        m_searching = false;
        beginResetModel();
        m_hits.clear();
        endResetModel();
        emit finished();
        return;
    }
    m_searching = true;
    const int limit = m_limit;
    whenFinished(m_desk->search(text, channelId, limit), this,
                 [this, generation](const Result<QList<SearchHit>>& hits) {
                     if (generation != m_generation)
                         return;
                     m_searching = false;
                     if (!hits.ok())
                         qCWarning(lcGui) << "Search failed:" << hits.error().message;
                     beginResetModel();
                     m_hits = hits.ok() ? hits.value() : QList<SearchHit>();
                     endResetModel();
                     emit finished();
                 });
}

QString SearchResultModel::plainSnippet(const QString& snippet)
{
    QString plain = snippet;
    return plain.remove(SearchHit::matchStart()).remove(SearchHit::matchEnd());
}

} // namespace ChannelDesk
