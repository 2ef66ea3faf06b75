// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Gives the reply composer's replies to the desk and follows the last one until its outcome is
//! known, saying on the composer's status line how it goes. A Cloud API reply is done with once
//! the outbound queue holds it (its progress is still told while its conversation is shown); a
//! linked-device or WeCom reply once the gateway took it and, for a linked device, its echo is in
//! the message view. What the composer's box holds is the composer's: the tracker only says when
//! the box is free again or a text comes back. Its texts use ReplyComposerWidget's translation
//! context, so the existing translations keep applying.

#include "model/SendRequest.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAbstractItemModel;

namespace ChannelDesk {

class Desk;
class ReplyStatusLine;

class ReplySendTracker : public QObject
{
    Q_OBJECT

public:
    ReplySendTracker(ReplyStatusLine* status, QObject* parent);

    void setDesk(Desk* desk);
    //! The messages of the open conversation; a linked reply is delivered once a row with its id
    //! (in idRole) is there.
    void setMessageModel(QAbstractItemModel* model, int idRole);
    //! The conversation shown: only its replies' progress is told.
    void setConversation(const QString& channelId, const QString& channelKind, const QString& peer);
    //! Gives content to the desk as a reply to the conversation shown; boxText is what the box
    //! held, given back if the reply fails.
    void submit(const OutboundContent& content, const QString& boxText);
    //! A reply was given to the desk and its outcome is not known yet.
    bool isSending() const;
    //! The reply followed is to this conversation.
    bool isFor(const QString& channelId, const QString& peer) const;

signals:
    //! The queue took the reply, or the gateway took it and gave it this id.
    void replySent(const QString& channelId, const QString& peer, const QString& messageId);
    //! The queue took a reply whose text (or template, or attachment) is not needed any more.
    void boxFreed();
    //! A Cloud API reply of the conversation shown failed; boxText is what the box held.
    void cloudSendFailed(const QString& boxText);
    //! The gateway took a linked reply: its text can leave the box, or the conversation's draft.
    void linkedAccepted(const QString& channelId, const QString& peer, const QString& boxText);
    //! A linked reply to a conversation no longer shown failed: its text becomes that one's draft.
    void draftReturned(const QString& channelId, const QString& peer, const QString& boxText);
    //! WhatsApp refused because the 24 h window is closed.
    void windowClosed(const QString& details);
    //! The refusal says the window or opt-out the composer knows is out of date.
    void conversationStateOutdated();
    //! Whether a reply is being sent changed.
    void sendingChanged();

private:
    //! The reply given to the desk last, followed until its outcome is known.
    struct Send
    {
        QString reference;
        QString channelId;
        QString peer;
        QString text; //!< the box's text when it was sent
        bool linked = false;
        qint64 item = 0; //!< the desk's id once it took the reply
        QString messageId; //!< linked: the gateway accepted it; its echo in the view ends the send
    };

    void onQueued(const QString& reference, const OutboundItem& item);
    void onRefused(const QString& reference, const SendRefusal& refusal);
    void onItemChanged(const OutboundItem& item);
    void onLinkedItemChanged(const OutboundItem& item);
    void checkEcho();
    bool isWeCom() const;

    ReplyStatusLine* m_status;
    QPointer<Desk> m_desk;
    QPointer<QAbstractItemModel> m_messages;
    int m_idRole = 0;
    QString m_channelId;
    QString m_kind;
    QString m_peer;
    std::optional<Send> m_send;
};

} // namespace ChannelDesk
