// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Follows one channel's webhook verification as Meta (or WeCom) tries it, for the wizard's last
//! page: whether the receiver can answer yet, then the last recorded attempt ("Meta verified this
//! URL at 10:42:07", or why it failed). Reads the attempts recorded so far once, then follows
//! Desk::channelEventRecorded and Desk::receiverStatusChanged; it never polls.

#include "channels/FieldCheck.h"
#include "model/ChannelEvent.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace ChannelDesk {

class Desk;

class WebhookVerificationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit WebhookVerificationWatcher(Desk* desk, QObject* parent = nullptr);

    //! Follows channelId's attempts recorded at or after since (older ones, of a channel being
    //! updated, say nothing about the values shown now). weCom words it for WeCom's callback.
    void watch(const QString& channelId, const QDateTime& since, bool weCom);
    void stop();

    QString channelId() const { return m_channelId; }
    FieldCheck::Severity severity() const { return m_severity; }
    //! Empty while nothing is watched.
    QString text() const { return m_text; }
    //! The last attempt seen, if any.
    std::optional<ChannelEvent> lastAttempt() const { return m_last; }

signals:
    void changed();

private:
    void consider(const ChannelEvent& event);
    void update();
    QString waitingText() const;

    QPointer<Desk> m_desk;
    QString m_channelId;
    QDateTime m_since;
    bool m_weCom = false;
    quint64 m_generation = 0;
    std::optional<ChannelEvent> m_last;
    FieldCheck::Severity m_severity = FieldCheck::Severity::Ok;
    QString m_text;
};

} // namespace ChannelDesk
