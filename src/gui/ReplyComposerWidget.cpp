// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyComposerWidget.h"
#include "ui_ReplyComposerWidget.h"

#include "MessageBox.h"
#include "ReplyAttachMenu.h"
#include "ReplyAvailability.h"
#include "ReplySendTracker.h"
#include "ReplyStatusLine.h"
#include "ServiceWindowIndicator.h"
#include "TypingIndicator.h"
#include "RoleGate.h"
#include "WindowClosedNoticeWidget.h"
#include "channels/Channel.h"
#include "desk/Desk.h"
#include "desk/MessageRules.h"

#include <QAbstractItemModel>
#include <QAction>

namespace ChannelDesk {

ReplyComposerWidget::ReplyComposerWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReplyComposerWidget>())
{
    m_ui->setupUi(this);
    m_status = new ReplyStatusLine(m_ui->replyStatusLabel, m_ui->windowClosedNotice, this);
    m_serviceWindow = new ServiceWindowIndicator(m_ui->windowLabel, this);
    connect(m_serviceWindow, &ServiceWindowIndicator::ticked, this, &ReplyComposerWidget::updateWindow);
    m_sender = new ReplySendTracker(m_status, this);
    m_typing = new TypingIndicator(this);
    followSender();
    connect(m_ui->templateModeButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->modeStack->setCurrentWidget(on ? static_cast<QWidget*>(m_ui->templatePicker) : m_ui->textPage);
        if (on && m_desk && isCloud())
            m_desk->fetchTemplates(m_channelId, false);
        updateState();
    });
    connect(m_ui->templatePicker, &TemplatePickerWidget::changed, this, &ReplyComposerWidget::updateState);
    connect(m_ui->templatePicker, &TemplatePickerWidget::reloadRequested, this, [this] {
        if (m_desk && isCloud()) {
            m_ui->templatePicker->setLoading(true);
            m_desk->fetchTemplates(m_channelId, true);
        }
    });
    connect(m_ui->clearOptOutButton, &QPushButton::clicked, this, &ReplyComposerWidget::confirmClearOptOut);
    connect(m_ui->windowClosedNotice, &WindowClosedNoticeWidget::templateRequested, this, [this] {
        m_ui->templateModeButton->setChecked(true);
        m_ui->templatePicker->setFocus();
    });
    connect(m_ui->replyTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_typing->noteTyping(m_channelId,
                             isCloud() && m_serviceWindow->isOpen() && m_ui->replyTextEdit->hasFocus());
    });
    auto* attachMenu = new ReplyAttachMenu(this, m_ui->replyTextEdit, m_ui->attachButton);
    connect(attachMenu, &ReplyAttachMenu::chosen, this, &ReplyComposerWidget::attach);
    m_ui->attachButton->setMenu(attachMenu);
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

void ReplyComposerWidget::setDesk(Desk* desk)
{
    if (m_desk)
        disconnect(m_desk, nullptr, this, nullptr);
    m_desk = desk;
    m_sender->setDesk(desk);
    m_typing->setDesk(desk);
    if (desk) {
        connect(desk, &Desk::conversationStateChanged, this, &ReplyComposerWidget::onConversationState);
        connect(desk, &Desk::templatesLoaded, this, &ReplyComposerWidget::onTemplatesLoaded);
        connect(desk, &Desk::linkStatusChanged, this, &ReplyComposerWidget::onLinkStatusChanged);
        // A gateway session came or went, or a channel (and with it its token) changed.
        connect(desk, &Desk::linksChanged, this, &ReplyComposerWidget::updateState);
        connect(desk, &Desk::channelsChanged, this, &ReplyComposerWidget::updateState);
        // A reconnect may bring another key, with another role.
        connect(desk, &Desk::connectionChanged, this, &ReplyComposerWidget::updateState);
    }
    refreshConversationState();
}

void ReplyComposerWidget::setClock(const Clock* clock)
{
    m_serviceWindow->setClock(clock);
    m_typing->setClock(clock);
}

void ReplyComposerWidget::setLastInboundMessageId(const QString& messageId)
{
    m_typing->setLastInboundMessageId(messageId);
}

void ReplyComposerWidget::setMessageModel(QAbstractItemModel* model, int idRole)
{
    m_sender->setMessageModel(model, idRole);
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
    m_sender->setConversation(channelId, channelKind, peer);
    // What is said about a reply belongs to its conversation.
    if (!m_sender->isFor(channelId, peer))
        showNotice(FieldCheck::Severity::Ok, {});
    m_ui->replyTextEdit->setPlainText(m_drafts.take(draftKey()));
    m_ui->windowClosedNotice->hide();
    m_serviceWindow->reset();
    m_attachment.reset();
    m_typing->reset();
    m_ui->templateModeButton->setChecked(false);
    refreshConversationState();
}

void ReplyComposerWidget::refreshConversationState()
{
    if (m_desk && isCloud())
        m_desk->queryConversation(m_channelId, m_peer);
    updateWindow();
}

void ReplyComposerWidget::clearConversation()
{
    setConversation({}, {}, {});
}

void ReplyComposerWidget::onLinkStatusChanged(const QString& channelId, const LinkStatus&)
{
    if (channelId == m_channelId)
        updateState();
}

void ReplyComposerWidget::updateState()
{
    const bool cloud = isCloud();
    m_ui->windowLabel->setVisible(cloud);
    m_ui->templateModeButton->setVisible(cloud);
    m_ui->attachButton->setVisible(cloud);
    m_ui->attachmentLabel->setVisible(cloud && m_attachment.has_value());
    m_ui->clearOptOutButton->setVisible(cloud && m_serviceWindow->isOptedOut());
    if (!cloud)
        m_ui->modeStack->setCurrentWidget(m_ui->textPage);
    QString problem;
    bool canWrite = false;
    bool linked = false;
    const QString refused = refusal(RoleGate::Action::Reply);
    RoleGate::apply(m_ui->clearOptOutButton, refusal(RoleGate::Action::ClearOptOut));
    if (m_channelId.isEmpty()) {
        problem = tr("Select a conversation to reply.");
    } else if (!refused.isEmpty()) {
        problem = refused;
        m_ui->attachButton->setEnabled(false);
    } else if (m_desk && !m_desk->connection().isUp()) {
        // Typing goes on while the server is away; nothing typed is dropped.
        canWrite = true;
        problem = tr("Not connected to %1. Your reply stays here; send it once the connection is back.")
                      .arg(m_desk->connection().placeName());
    } else if (cloud) {
        updateCloudState();
        return;
    } else {
        const ReplyAvailability direct
            = ReplyAvailability::ofDirectChannel(m_desk, m_channelId, m_kind, m_peer);
        problem = direct.problem;
        canWrite = direct.canWrite;
        linked = direct.canSend;
    }
    const int length = int(m_ui->replyTextEdit->toPlainText().size());
    const bool tooLong = length > MaxLength;
    m_ui->replyTextEdit->setEnabled(canWrite);
    m_ui->replyCounterLabel->setText(tooLong ? tr("%1 / %2 — too long").arg(length).arg(MaxLength)
                                             : tr("%1 / %2").arg(length).arg(MaxLength));
    m_ui->sendReplyButton->setEnabled(linked && !isSending() && !tooLong
                                      && !m_ui->replyTextEdit->toPlainText().trimmed().isEmpty());
    // A problem with the channel outranks what was said about the last reply.
    m_status->setProblem(canWrite ? FieldCheck::Severity::Warning : FieldCheck::Severity::Ok, problem);
}

QString ReplyComposerWidget::refusal(RoleGate::Action action) const
{
    return m_desk ? RoleGate::refusal(m_desk->connection(), action) : QString();
}

void ReplyComposerWidget::showNotice(FieldCheck::Severity severity, const QString& text)
{
    m_status->showOutcome(severity, text);
}

void ReplyComposerWidget::showWindowClosed(const QString& details)
{
    m_noticeInbound = m_serviceWindow->window().lastInbound;
    m_status->showWindowClosed(details);
}

void ReplyComposerWidget::send()
{
    if (isCloud()) {
        sendCloud();
        return;
    }
    const bool direct = m_kind == ChannelKinds::whatsAppLinked() || m_kind == ChannelKinds::weCom();
    if (!m_ui->sendReplyButton->isEnabled() || !m_desk || m_channelId.isEmpty() || !direct)
        return;
    // Linked devices send the text as typed: WhatsApp on the phone renders its own markup. WeCom
    // shows plain text.
    OutboundContent content;
    content.kind = OutboundContent::Kind::Text;
    content.text = m_ui->replyTextEdit->toPlainText();
    submit(content);
}

bool ReplyComposerWidget::isSending() const
{
    return m_sender->isSending();
}

bool ReplyComposerWidget::isCloud() const
{
    return !m_channelId.isEmpty() && m_kind == ChannelKinds::whatsAppCloud();
}

void ReplyComposerWidget::onConversationState(const QString& channelId, const QString& peer,
                                              const ServiceWindow& window, bool optedOut)
{
    if (channelId != m_channelId || peer != m_peer)
        return;
    m_serviceWindow->setState(window, optedOut);
    updateWindow();
}

void ReplyComposerWidget::updateWindow()
{
    if (!isCloud() || !m_serviceWindow->isKnown()) {
        m_serviceWindow->hide();
        updateState();
        return;
    }
    const bool open = m_serviceWindow->show();
    // Outside the window free text would be rejected by Meta: the composer does not offer it.
    if (!open && !m_ui->templateModeButton->isChecked())
        m_ui->templateModeButton->setChecked(true);
    m_ui->templateModeButton->setEnabled(open);
    // The notice stays until the customer writes again (the answer to the refusal's own query still
    // carries the window as it was before).
    if (open && m_serviceWindow->window().lastInbound > m_noticeInbound)
        m_ui->windowClosedNotice->hide();
    updateState();
}

void ReplyComposerWidget::updateCloudState()
{
    const bool templateMode = m_ui->templateModeButton->isChecked();
    const bool busy = isSending();
    const QString problem = ReplyAvailability::cloudProblem(
        m_desk, m_channelId, m_serviceWindow->isOptedOut(), m_serviceWindow->isKnown());
    const QString text = m_ui->replyTextEdit->toPlainText();
    const int length = int(MessageRules::whatsAppMarkup(text).size());
    const int limit = m_attachment ? 1024 : MaxLength; // captions are shorter than texts
    const bool tooLong = !templateMode && length > limit;
    m_ui->replyTextEdit->setEnabled(problem.isEmpty() || m_serviceWindow->isKnown());
    m_ui->replyCounterLabel->setVisible(!templateMode);
    m_ui->replyCounterLabel->setText(tooLong ? tr("%1 / %2 — too long").arg(length).arg(limit)
                                             : tr("%1 / %2").arg(length).arg(limit));
    const QString templateProblem = templateMode ? m_ui->templatePicker->problem() : QString();
    const bool hasContent
        = templateMode ? templateProblem.isEmpty() : (m_attachment || !text.trimmed().isEmpty());
    m_ui->attachButton->setEnabled(!templateMode && problem.isEmpty());
    m_ui->sendReplyButton->setEnabled(problem.isEmpty() && !busy && !tooLong && hasContent);
    if (m_attachment)
        m_ui->attachmentLabel->setText(
            tr("Attached: %1 — the text below becomes its caption.").arg(m_attachment->preview()));
    m_status->setProblem(FieldCheck::Severity::Warning, problem);
}

void ReplyComposerWidget::sendCloud()
{
    if (!m_ui->sendReplyButton->isEnabled() || !m_desk)
        return;
    OutboundContent content;
    if (m_ui->templateModeButton->isChecked()) {
        content = m_ui->templatePicker->content();
    } else if (m_attachment) {
        content = *m_attachment;
        content.text = MessageRules::whatsAppMarkup(m_ui->replyTextEdit->toPlainText()).trimmed();
    } else {
        content.kind = OutboundContent::Kind::Text;
        content.text = MessageRules::whatsAppMarkup(m_ui->replyTextEdit->toPlainText());
        content.previewUrl = content.text.contains(QLatin1String("http"));
    }
    submit(content);
}

void ReplyComposerWidget::submit(const OutboundContent& content)
{
    m_sender->submit(content, m_ui->replyTextEdit->toPlainText());
    updateState();
}

void ReplyComposerWidget::followSender()
{
    connect(m_sender, &ReplySendTracker::replySent, this, &ReplyComposerWidget::replySent);
    connect(m_sender, &ReplySendTracker::sendingChanged, this, &ReplyComposerWidget::updateState);
    connect(m_sender, &ReplySendTracker::windowClosed, this, &ReplyComposerWidget::showWindowClosed);
    connect(m_sender, &ReplySendTracker::conversationStateOutdated, this,
            &ReplyComposerWidget::refreshConversationState);
    connect(m_sender, &ReplySendTracker::boxFreed, this, [this] {
        if (m_ui->templateModeButton->isChecked())
            m_ui->templatePicker->clear();
        else
            m_ui->replyTextEdit->clear();
        m_attachment.reset();
    });
    connect(m_sender, &ReplySendTracker::cloudSendFailed, this, [this](const QString& boxText) {
        if (m_ui->replyTextEdit->toPlainText().isEmpty() && !m_ui->templateModeButton->isChecked())
            m_ui->replyTextEdit->setPlainText(boxText); // nothing typed since: give the text back
    });
    connect(m_sender, &ReplySendTracker::draftReturned, this,
            [this](const QString& channelId, const QString& peer, const QString& boxText) {
                m_drafts.insert(channelId + QLatin1Char('\n') + peer, boxText);
            });
    connect(m_sender, &ReplySendTracker::linkedAccepted, this,
            [this](const QString& channelId, const QString& peer, const QString& boxText) {
                const QString key = channelId + QLatin1Char('\n') + peer;
                const bool here = channelId == m_channelId && peer == m_peer;
                if (here && m_ui->replyTextEdit->toPlainText() == boxText)
                    m_ui->replyTextEdit->clear();
                else if (!here && m_drafts.value(key) == boxText)
                    m_drafts.remove(key);
            });
}

void ReplyComposerWidget::onTemplatesLoaded(const QString& channelId, const QList<TemplateInfo>& templates,
                                            const QString& status)
{
    if (channelId != m_channelId)
        return;
    m_ui->templatePicker->setLoading(false);
    m_ui->templatePicker->setTemplates(templates, status);
}

void ReplyComposerWidget::sendReaction(const QString& messageId, const QString& emoji)
{
    if (!isCloud() || !m_desk)
        return;
    OutboundContent content;
    content.kind = OutboundContent::Kind::Reaction;
    content.targetMessageId = messageId;
    content.text = emoji;
    submit(content);
}

void ReplyComposerWidget::attach(const OutboundContent& content)
{
    if (OutboundContent::isMedia(content.kind)) {
        // Media waits for its caption in the text box and the Send button.
        m_attachment = content;
        updateState();
        return;
    }
    submit(content);
}

void ReplyComposerWidget::confirmClearOptOut()
{
    if (!m_desk)
        return;
    const QString channelId = m_channelId;
    const QString peer = m_peer;
    MessageBox::question(this, tr("Clear opt-out"),
                         tr("+%1 asked not to receive messages from this number. Clear the opt-out only if "
                            "the customer agreed to "
                            "hear from you again.")
                             .arg(peer),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, this,
                         [this, channelId, peer](MessageBox::Answer answer) {
                             if (answer == QMessageBox::Yes && m_desk)
                                 m_desk->clearOptOut(channelId, peer);
                         });
}

} // namespace ChannelDesk
