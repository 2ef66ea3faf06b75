// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyComposerWidget.h"
#include "ui_ReplyComposerWidget.h"

#include "channels/Channel.h"
#include "linking/LinkedChannelController.h"
#include "ConversationListModel.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QUuid>

namespace ChannelDesk {

ReplyComposerWidget::ReplyComposerWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReplyComposerWidget>())
{
    m_ui->setupUi(this);
    auto* sendAction = new QAction(m_ui->replyTextEdit);
    sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->replyTextEdit->addAction(sendAction);
    connect(sendAction, &QAction::triggered, this, &ReplyComposerWidget::send);
    connect(m_ui->sendReplyButton, &QPushButton::clicked, this, &ReplyComposerWidget::send);
    connect(m_ui->replyTextEdit, &QPlainTextEdit::textChanged, this, &ReplyComposerWidget::updateState);
    updateState();
}

ReplyComposerWidget::~ReplyComposerWidget() = default;

void ReplyComposerWidget::setLinkedChannelController(LinkedChannelController* linked)
{
    if (m_linked)
        disconnect(m_linked, nullptr, this, nullptr);
    m_linked = linked;
    if (linked)
        connect(linked, &LinkedChannelController::adaptersChanged, this, &ReplyComposerWidget::followAdapter);
    followAdapter();
}

void ReplyComposerWidget::setMessageModel(QAbstractItemModel* model, int idRole)
{
    m_messages = model;
    m_idRole = idRole;
    // A refresh merges new rows in; a first page or another conversation resets.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ReplyComposerWidget::checkEcho);
    connect(model, &QAbstractItemModel::modelReset, this, &ReplyComposerWidget::checkEcho);
}

void ReplyComposerWidget::setConversation(const QString& channelId, const QString& channelKind,
                                          const QString& peer)
{
    if (channelId == m_channelId && peer == m_peer && channelKind == m_kind)
        return;
    if (!m_channelId.isEmpty())
        m_drafts.insert(draftKey(), m_ui->replyTextEdit->toPlainText());
    m_channelId = channelId;
    m_kind = channelKind;
    m_peer = peer;
    // What is said about a reply belongs to its conversation.
    if (!m_pending || m_pending->channelId != channelId || m_pending->peer != peer)
        showSendStatus(FieldCheck::Severity::Ok, {});
    m_ui->replyTextEdit->setPlainText(m_drafts.take(draftKey()));
    followAdapter();
}

void ReplyComposerWidget::clearConversation()
{
    setConversation({}, {}, {});
}

void ReplyComposerWidget::followAdapter()
{
    GatewayAdapter* adapter = m_linked && m_kind == ChannelKinds::whatsAppLinked() && !m_channelId.isEmpty()
        ? m_linked->adapter(m_channelId)
        : nullptr;
    if (adapter != m_adapter) {
        if (m_adapter)
            disconnect(m_adapter, &GatewayAdapter::statusChanged, this, nullptr);
        m_adapter = adapter;
        if (adapter)
            connect(adapter, &GatewayAdapter::statusChanged, this, &ReplyComposerWidget::updateState);
    }
    updateState();
}

void ReplyComposerWidget::updateState()
{
    QString problem;
    bool canWrite = false;
    bool linked = false;
    if (m_channelId.isEmpty()) {
        problem = tr("Select a conversation to reply.");
    } else if (m_kind == ChannelKinds::whatsAppCloud()) {
        problem = tr("Replying through the Cloud API is not available yet.");
    } else if (m_kind != ChannelKinds::whatsAppLinked()) {
        problem = tr("Replying is not available for this kind of channel.");
    } else if (!m_adapter) {
        problem
            = tr("This channel is not connected to its gateway: it is disabled, or its API key is missing.");
    } else {
        canWrite = true;
        const LinkState state = m_adapter->status().state;
        linked = state == LinkState::Connected;
        if (!linked)
            problem = tr("The number is not linked right now (%1); the reply can be sent once it is.")
                          .arg(LinkStateText::name(state));
    }
    const int length = int(m_ui->replyTextEdit->toPlainText().size());
    const bool tooLong = length > MaxLength;
    m_ui->replyTextEdit->setEnabled(canWrite);
    m_ui->replyCounterLabel->setText(tooLong ? tr("%1 / %2 — too long").arg(length).arg(MaxLength)
                                             : tr("%1 / %2").arg(length).arg(MaxLength));
    m_ui->sendReplyButton->setEnabled(linked && !isSending() && !tooLong
                                      && !m_ui->replyTextEdit->toPlainText().trimmed().isEmpty());
    // A problem with the channel outranks what was said about the last reply.
    if (!problem.isEmpty()) {
        m_ui->replyStatusLabel->setStatus(canWrite ? FieldCheck::Severity::Warning : FieldCheck::Severity::Ok,
                                          problem);
        m_problemShown = true;
    } else if (m_problemShown) {
        m_ui->replyStatusLabel->clearMessage();
        m_problemShown = false;
    }
}

void ReplyComposerWidget::showSendStatus(FieldCheck::Severity severity, const QString& text)
{
    m_problemShown = false;
    m_ui->replyStatusLabel->setStatus(severity, text);
}

void ReplyComposerWidget::send()
{
    if (!m_ui->sendReplyButton->isEnabled() || !m_adapter)
        return;
    const QString reference = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_pending = Pending{reference, m_channelId, m_peer, m_ui->replyTextEdit->toPlainText(), {}, m_adapter};
    connect(m_adapter, &GatewayAdapter::sendFinished, this, &ReplyComposerWidget::onSendFinished,
            Qt::UniqueConnection);
    connect(m_adapter, &QObject::destroyed, this, &ReplyComposerWidget::onAdapterDestroyed,
            Qt::UniqueConnection);
    showSendStatus(FieldCheck::Severity::Ok, tr("Sending…"));
    updateState();
    m_adapter->sendText(m_peer, m_pending->text, reference);
}

void ReplyComposerWidget::onSendFinished(const QString& reference, const QString& messageId,
                                         const QString& error)
{
    if (!m_pending || m_pending->reference != reference || !m_pending->messageId.isEmpty())
        return;
    const Pending pending = *m_pending;
    const bool here = pending.channelId == m_channelId && pending.peer == m_peer;
    const QString key = pending.channelId + QLatin1Char('\n') + pending.peer;
    if (messageId.isEmpty()) {
        m_pending.reset();
        if (!here) {
            m_drafts.insert(key, pending.text);
            return;
        }
        showSendStatus(FieldCheck::Severity::Error, error.isEmpty() ? tr("The reply was not sent.") : error);
        updateState();
        return;
    }
    m_pending->messageId = messageId;
    emit replySent(pending.channelId, pending.peer, messageId);
    if (here && m_ui->replyTextEdit->toPlainText() == pending.text)
        m_ui->replyTextEdit->clear();
    else if (!here && m_drafts.value(key) == pending.text)
        m_drafts.remove(key);
    if (here)
        showSendStatus(FieldCheck::Severity::Ok, tr("Sent — waiting for the gateway to report it back…"));
    updateState();
    checkEcho();
}

void ReplyComposerWidget::onAdapterDestroyed()
{
    // Replaced without being closed (closing reports unfinished sends): do not wait for ever.
    if (isSending() && !m_pending->adapter)
        onSendFinished(m_pending->reference, {},
                       tr("The connection to the gateway was replaced before it confirmed the reply; check "
                          "the chat on the phone before sending it again."));
}

void ReplyComposerWidget::checkEcho()
{
    if (!m_pending || m_pending->messageId.isEmpty() || !m_messages)
        return;
    if (m_pending->channelId != m_channelId || m_pending->peer != m_peer) {
        m_pending.reset(); // its conversation is no longer shown; nothing left to say about it
        return;
    }
    const QModelIndexList found
        = m_messages->match(m_messages->index(0, 0), m_idRole, m_pending->messageId, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    m_pending.reset();
    showSendStatus(FieldCheck::Severity::Ok, tr("Sent."));
}

} // namespace ChannelDesk
