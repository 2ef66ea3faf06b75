// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Writes a reply into the open conversation, under the conversation log's message view. Every
//! reply goes through Desk::send and is followed by the desk's answers. Linked-device channels
//! send text through their gateway: the composer says "Sending…", then waits until the gateway
//! reports the message back and it appears in the view, or shows the gateway's error and keeps the
//! text. Cloud API channels send through the persisted outbound queue: Markdown becomes WhatsApp
//! markup, the 24 h customer-service window counts down, and once it is closed only templates can
//! be sent. WeCom channels send text like a linked device, through WeCom's message/send at once,
//! and only to members on the channel's allowlist. Unsent text is kept per conversation.

#include "RoleGate.h"
#include "channels/FieldCheck.h"
#include "model/SendRequest.h"
#include "model/ServiceWindow.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QAbstractItemModel;

namespace Ui {
class ReplyComposerWidget;
}

namespace ChannelDesk {

class Clock;
struct TemplateInfo;
class Desk;
struct LinkStatus;
class ReplySendTracker;
class ReplyStatusLine;
class ServiceWindowIndicator;
class TypingIndicator;

class ReplyComposerWidget : public QWidget
{
    Q_OBJECT

public:
    //! WhatsApp's limit for the text of one message.
    static constexpr int MaxLength = 4096;

    explicit ReplyComposerWidget(QWidget* parent = nullptr);
    ~ReplyComposerWidget() override;

    //! Where replies are sent and what they go through.
    void setDesk(Desk* desk);
    //! Time source of the window countdown (tests use a manual clock).
    void setClock(const Clock* clock);
    //! Re-reads the window and opt-out of the open conversation (after new messages arrived).
    void refreshConversationState();
    //! Reacts to a message of the open conversation; an empty emoji removes the reaction.
    void sendReaction(const QString& messageId, const QString& emoji);
    //! The newest inbound message of the open conversation, for the typing indicator.
    void setLastInboundMessageId(const QString& messageId);
    //! Says something about the conversation under the composer (e.g. a download's outcome).
    void showNotice(FieldCheck::Severity severity, const QString& text);
    //! The messages of the open conversation; the reply counts as delivered to the log once a row
    //! with its id (in idRole) is there.
    void setMessageModel(QAbstractItemModel* model, int idRole);
    //! Where replies go; the channel's kind decides how (or whether) they can be sent.
    void setConversation(const QString& channelId, const QString& channelKind, const QString& peer);
    void clearConversation();
    //! A reply was given to the desk and its outcome is not known yet.
    bool isSending() const;

signals:
    //! The queue took the reply, or the gateway took it and gave it this id.
    void replySent(const QString& channelId, const QString& peer, const QString& messageId);

private:
    void onLinkStatusChanged(const QString& channelId, const LinkStatus& status);
    void updateState();
    //! WhatsApp refused because the 24 h window is closed: a headline, the next step, a template button.
    void showWindowClosed(const QString& details);
    //! Why the desk's key may not do action here; empty when it may.
    QString refusal(RoleGate::Action action) const;
    void send();
    bool isCloud() const;
    void updateCloudState();
    void updateWindow();
    void sendCloud();
    void submit(const OutboundContent& content);
    void onConversationState(const QString& channelId, const QString& peer, const ServiceWindow& window,
                             bool optedOut);
    //! Lets the box and the drafts follow what happens to the replies given to the desk.
    void followSender();
    //! Media waits for its caption and Send; anything else is sent at once.
    void attach(const OutboundContent& content);
    void confirmClearOptOut();
    void onTemplatesLoaded(const QString& channelId, const QList<TemplateInfo>& templates,
                           const QString& status);
    QString draftKey() const { return m_channelId + QLatin1Char('\n') + m_peer; }

    std::unique_ptr<Ui::ReplyComposerWidget> m_ui;
    QPointer<Desk> m_desk;
    ReplyStatusLine* m_status = nullptr;
    ReplySendTracker* m_sender = nullptr;
    ServiceWindowIndicator* m_serviceWindow = nullptr;
    TypingIndicator* m_typing = nullptr;
    QString m_channelId;
    QString m_kind;
    QString m_peer;
    QHash<QString, QString> m_drafts; //!< unsent text of the conversations not shown

    QDateTime m_noticeInbound; //!< the last inbound message when WhatsApp refused with 131047
    std::optional<OutboundContent> m_attachment; //!< media waiting for its caption and Send
};

} // namespace ChannelDesk
