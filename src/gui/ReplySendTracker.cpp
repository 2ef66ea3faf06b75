// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplySendTracker.h"

#include "channels/Channel.h"
#include "desk/Desk.h"
#include "util/OperatorName.h"
#include "ReplyComposerWidget.h"
#include "ReplyStatusLine.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QUuid>

namespace ChannelDesk {

ReplySendTracker::ReplySendTracker(ReplyStatusLine* status, QObject* parent)
    : QObject(parent)
    , m_status(status)
{ }

void ReplySendTracker::setDesk(Desk* desk)
{
    if (m_desk)
        disconnect(m_desk, nullptr, this, nullptr);
    m_desk = desk;
    if (!desk)
        return;
    connect(desk, &Desk::sendQueued, this, &ReplySendTracker::onQueued);
    connect(desk, &Desk::sendRefused, this, &ReplySendTracker::onRefused);
    connect(desk, &Desk::outboundItemChanged, this, &ReplySendTracker::onItemChanged);
}

void ReplySendTracker::setMessageModel(QAbstractItemModel* model, int idRole)
{
    m_messages = model;
    m_idRole = idRole;
    // A refresh merges new rows in; a first page or another conversation resets.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReplySendTracker::checkEcho);
    connect(model, &QAbstractItemModel::modelReset, this, &ReplySendTracker::checkEcho);
}

void ReplySendTracker::setConversation(const QString& channelId, const QString& channelKind,
                                       const QString& peer)
{
    m_channelId = channelId;
    m_kind = channelKind;
    m_peer = peer;
}

bool ReplySendTracker::isWeCom() const
{
    return !m_channelId.isEmpty() && m_kind == ChannelKinds::weCom();
}

bool ReplySendTracker::isFor(const QString& channelId, const QString& peer) const
{
    return m_send && m_send->channelId == channelId && m_send->peer == peer;
}

bool ReplySendTracker::isSending() const
{
    if (!m_send)
        return false;
    // A Cloud API reply is done with once the queue holds it; a linked one once the gateway took it.
    return m_send->linked ? m_send->messageId.isEmpty() : m_send->item == 0;
}

void ReplySendTracker::submit(const OutboundContent& content, const QString& boxText)
{
    if (!m_desk)
        return;
    const bool linked = !m_channelId.isEmpty() && m_kind == ChannelKinds::whatsAppLinked();
    m_send = Send{
        QUuid::createUuid().toString(QUuid::WithoutBraces), m_channelId, m_peer, boxText, linked, 0, {}};
    // A linked reply goes straight to the gateway; a Cloud API reply is checked by the queue first.
    m_status->showOutcome(FieldCheck::Severity::Ok,
                          linked || isWeCom() ? ReplyComposerWidget::tr("Sending…")
                                              : ReplyComposerWidget::tr("Checking…"));
    m_desk->send(SendRequest{m_send->reference, m_channelId, m_peer, content, QStringLiteral("gui"),
                             OperatorName::current()});
}

void ReplySendTracker::onQueued(const QString& reference, const OutboundItem& item)
{
    if (!m_send || reference != m_send->reference)
        return;
    m_send->item = item.id;
    // A linked reply keeps its text until the gateway has taken it.
    if (m_send->linked)
        return;
    // The message is in the queue and in the conversation view; the box is free for the next one.
    if (item.content.kind != OutboundContent::Kind::Location
        && item.content.kind != OutboundContent::Kind::Buttons
        && item.content.kind != OutboundContent::Kind::List
        && item.content.kind != OutboundContent::Kind::Reaction)
        emit boxFreed();
    // A WeCom reply is not queued: it goes to WeCom at once.
    m_status->showOutcome(FieldCheck::Severity::Ok,
                          isWeCom() ? ReplyComposerWidget::tr("Sending…")
                                    : ReplyComposerWidget::tr("Queued."));
    emit replySent(item.channelId, item.peer, item.messageId);
    emit sendingChanged();
}

void ReplySendTracker::onRefused(const QString& reference, const SendRefusal& refusal)
{
    if (!m_send || reference != m_send->reference)
        return;
    const bool here = m_send->channelId == m_channelId && m_send->peer == m_peer;
    m_send.reset();
    if (!here)
        return;
    QString text = QStringLiteral("%1: %2").arg(OutboundItem::codeName(refusal.code), refusal.message);
    if (refusal.code == SendCode::WindowClosed)
        emit windowClosed(text);
    else
        m_status->showOutcome(FieldCheck::Severity::Error, text);
    if (refusal.code == SendCode::WindowClosed || refusal.code == SendCode::OptedOut)
        emit conversationStateOutdated();
    emit sendingChanged();
}

void ReplySendTracker::onItemChanged(const OutboundItem& item)
{
    if (!m_send || m_send->item == 0 || item.id != m_send->item)
        return;
    if (m_send->linked) {
        onLinkedItemChanged(item);
        return;
    }
    if (item.channelId != m_channelId || item.peer != m_peer)
        return;
    if (item.state == QLatin1String("sending")) {
        m_status->showOutcome(FieldCheck::Severity::Ok, ReplyComposerWidget::tr("Sending…"));
    } else if (item.state == QLatin1String("queued")) {
        m_status->showOutcome(
            FieldCheck::Severity::Warning,
            ReplyComposerWidget::tr("Will be tried again at %1: %2")
                .arg(QLocale().toString(item.nextAttemptAt.toLocalTime().time(), QLocale::LongFormat),
                     item.error));
    } else if (item.state == QLatin1String("failed")) {
        if (item.code() == SendCode::WindowClosed)
            emit windowClosed(ReplyComposerWidget::tr("Not sent: %1").arg(item.error));
        else
            m_status->showOutcome(FieldCheck::Severity::Error,
                                  ReplyComposerWidget::tr("Not sent: %1").arg(item.error));
        emit cloudSendFailed(m_send->text);
        if (item.code() == SendCode::WindowClosed)
            emit conversationStateOutdated();
    } else if (item.state == QLatin1String("unknown")) {
        m_status->showOutcome(FieldCheck::Severity::Warning, item.error);
    } else if (isWeCom()) {
        m_status->showOutcome(FieldCheck::Severity::Ok, ReplyComposerWidget::tr("Sent to WeCom."));
    } else {
        m_status->showOutcome(FieldCheck::Severity::Ok, ReplyComposerWidget::tr("Accepted by WhatsApp."));
    }
    emit sendingChanged();
}

void ReplySendTracker::onLinkedItemChanged(const OutboundItem& item)
{
    if (!m_send->messageId.isEmpty())
        return; // already accepted; the echo ends it
    const Send send = *m_send;
    const bool here = send.channelId == m_channelId && send.peer == m_peer;
    if (item.state == QLatin1String("failed")) {
        m_send.reset();
        if (!here) {
            emit draftReturned(send.channelId, send.peer, send.text);
            return;
        }
        m_status->showOutcome(FieldCheck::Severity::Error,
                              item.error.isEmpty() ? ReplyComposerWidget::tr("The reply was not sent.")
                                                   : item.error);
        emit sendingChanged();
        return;
    }
    if (item.state != QLatin1String("accepted") || item.messageId.isEmpty())
        return;
    m_send->messageId = item.messageId;
    emit replySent(send.channelId, send.peer, item.messageId);
    emit linkedAccepted(send.channelId, send.peer, send.text);
    if (here)
        m_status->showOutcome(FieldCheck::Severity::Ok,
                              ReplyComposerWidget::tr("Sent — waiting for the gateway to report it back…"));
    emit sendingChanged();
    checkEcho();
}

void ReplySendTracker::checkEcho()
{
    if (!m_send || !m_send->linked || m_send->messageId.isEmpty() || !m_messages)
        return;
    if (m_send->channelId != m_channelId || m_send->peer != m_peer) {
        m_send.reset(); // its conversation is no longer shown; nothing left to say about it
        return;
    }
    const QModelIndexList found
        = m_messages->match(m_messages->index(0, 0), m_idRole, m_send->messageId, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    m_send.reset();
    m_status->showOutcome(FieldCheck::Severity::Ok, ReplyComposerWidget::tr("Sent."));
}

} // namespace ChannelDesk
