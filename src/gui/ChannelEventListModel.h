// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A channel's recent webhook activity, newest first: verification attempts, rejected POSTs and
//! errors Meta reported, each explained in plain words ("Verify token mismatch: …") with its time
//! and the address it came from.

#include "model/ChannelEvent.h"

#include <QAbstractListModel>

namespace ChannelDesk {

class ChannelEventListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        ReasonRole, //!< machine-readable: verified, wrong-verify-token, bad-signature, …
        ExplanationRole, //!< the reason in plain words
        AtRole, //!< QDateTime, UTC
        RemoteRole,
        DetailRole, //!< what the receiver noted, secrets masked
        CountRole, //!< requests the row stands for (repeats within a minute are one row)
        LastAtRole, //!< QDateTime of the last of them; invalid for one
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Replaces the rows; events newest first.
    void setEvents(const QList<ChannelEvent>& events);
    //! Puts one event on top, dropping the oldest beyond the limit; a repeat of a recent row's
    //! event in its minute adds to that row instead.
    void addEvent(const ChannelEvent& event);
    int limit() const { return m_limit; }
    //! The events are a WeCom app's: its callbacks are refused for other reasons than Meta's POSTs.
    void setWeCom(bool weCom) { m_weCom = weCom; }

    static QString explanation(const ChannelEvent& event, bool weCom = false);

private:
    static QString weComExplanation(const ChannelEvent& event);
    //! "5 times between 10:01 and 10:01"
    static QString repeats(const ChannelEvent& event);

    QList<ChannelEvent> m_events;
    bool m_weCom = false;
    int m_limit = 50;
};

} // namespace ChannelDesk
