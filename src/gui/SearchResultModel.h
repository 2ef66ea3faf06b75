// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What a search finds, newest first (at most 200), as rows with the same roles as
//! ConversationListModel: first the contacts whose name or number matches (preview "Contact: "
//! and the name with the match marked, MessageIdRole 0: the conversation opens at its end), then
//! the matching messages (preview the snippet, MessageIdRole the message to open). The Desk runs the search;
//! a newer search makes the answer to an older one moot.

#include "model/ConversationRows.h"
#include "util/Result.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

namespace ChannelDesk {

class Desk;

class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SearchResultModel(Desk* desk, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Searches for text (empty: no results) in one channel, or in all when channelId is empty.
    void search(const QString& text, const QString& channelId);
    QString text() const { return m_text; }
    bool isSearching() const { return m_searching; }
    void setChannelNames(const QHash<QString, QString>& names) { m_channelNames = names; }
    void setLimit(int rows) { m_limit = rows; }

    //! The snippet without its match markers.
    static QString plainSnippet(const QString& snippet);

signals:
    //! The results of the latest search are in (possibly none).
    void finished();

private:
    QPointer<Desk> m_desk;
    QList<SearchHit> m_hits;
    QHash<QString, QString> m_channelNames;
    QString m_text;
    QString m_channelId;
    int m_limit = 200;
    bool m_searching = false;
    quint64 m_generation = 0;
};

} // namespace ChannelDesk
