// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Shows the customer of a Cloud API conversation "typing…" while the operator writes a reply,
//! which also marks the customer's messages read. Meta shows it for 25 s, so it is sent at most
//! once per 20 s.

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace ChannelDesk {

class Clock;
class Desk;

class TypingIndicator : public QObject
{
    Q_OBJECT

public:
    explicit TypingIndicator(QObject* parent);

    void setDesk(Desk* desk) { m_desk = desk; }
    void setClock(const Clock* clock) { m_clock = clock; }
    //! Another conversation: nothing was sent to it yet and its newest message is not known.
    void reset();
    //! The newest inbound message of the conversation, which the indicator refers to.
    void setLastInboundMessageId(const QString& messageId) { m_lastInboundId = messageId; }
    //! The operator typed a reply on channelId; canShow says the window is open and they type in
    //! the reply box.
    void noteTyping(const QString& channelId, bool canShow);

private:
    QPointer<Desk> m_desk;
    const Clock* m_clock;
    QString m_lastInboundId;
    QDateTime m_sentAt;
};

} // namespace ChannelDesk
