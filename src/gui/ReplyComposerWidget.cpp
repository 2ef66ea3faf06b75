// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyComposerWidget.h"
#include "ui_ReplyComposerWidget.h"

#include "AttachmentDialogs.h"
#include "ConversationListModel.h"
#include "MessageBox.h"
#include "RoleGate.h"
#include "WindowClosedNoticeWidget.h"
#include "channels/Channel.h"
#include "desk/Desk.h"
#include "desk/MessageRules.h"
#include "util/Clock.h"
#include "util/OperatorName.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QUuid>

namespace ChannelDesk {

ReplyComposerWidget::ReplyComposerWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReplyComposerWidget>())
    , m_clock(Clock::system())
    , m_windowTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // The countdown shows minutes; a tick every 15 s keeps it right without redrawing constantly.
    m_windowTimer->setInterval(15000);
    connect(m_windowTimer, &QTimer::timeout, this, &ReplyComposerWidget::updateWindow);
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
    auto* copyDetails = new QAction(tr("Copy Error Details"), m_ui->replyStatusLabel);
    connect(copyDetails, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_statusDetails); });
    m_ui->replyStatusLabel->addAction(copyDetails);
    m_ui->replyStatusLabel->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_ui->replyTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        // Show the customer "typing…" (which also marks their messages read) while the operator
        // writes; Meta shows it for 25 s, so once per 20 s is enough.
        if (!isCloud() || !m_desk || !m_window.isOpen(m_clock->now()) || !m_ui->replyTextEdit->hasFocus()
            || m_lastInboundId.isEmpty())
            return;
        const QDateTime now = m_clock->now();
        if (m_typingSentAt.isValid() && m_typingSentAt.msecsTo(now) < 20000)
            return;
        m_typingSentAt = now;
        m_desk->markRead(m_channelId, m_lastInboundId, true);
    });
    buildAttachMenu();
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
    if (desk) {
        connect(desk, &Desk::conversationStateChanged, this, &ReplyComposerWidget::onConversationState);
        connect(desk, &Desk::sendQueued, this, &ReplyComposerWidget::onQueued);
        connect(desk, &Desk::sendRefused, this, &ReplyComposerWidget::onRefused);
        connect(desk, &Desk::outboundItemChanged, this, &ReplyComposerWidget::onItemChanged);
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
    if (!m_send || m_send->channelId != channelId || m_send->peer != peer)
        showSendStatus(FieldCheck::Severity::Ok, {});
    m_ui->replyTextEdit->setPlainText(m_drafts.take(draftKey()));
    m_ui->windowClosedNotice->hide();
    m_windowKnown = false;
    m_optedOut = false;
    m_attachment.reset();
    m_typingSentAt = {};
    m_lastInboundId.clear();
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
    m_ui->clearOptOutButton->setVisible(cloud && m_optedOut);
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
    } else if (isWeCom()) {
        // Like a linked device: text only, no window; but only members on the allowlist.
        const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
        if (!channel || !m_desk->canSend(m_channelId))
            problem = tr("This channel cannot send: it is disabled.");
        else if (ConversationListModel::isNotAllowed(channel, m_peer))
            problem
                = tr("%1 is not on the allowlist of %2; add them to the channel's allowed users to answer.")
                      .arg(m_peer, channel->name.isEmpty() ? channel->id : channel->name);
        else
            canWrite = linked = true;
    } else if (m_kind != ChannelKinds::whatsAppLinked()) {
        problem = tr("Replying is not available for this kind of channel.");
    } else if (!m_desk || !m_desk->hasLink(m_channelId)) {
        problem
            = tr("This channel is not connected to its gateway: it is disabled, or its API key is missing.");
    } else {
        canWrite = true;
        const LinkState state = m_desk->linkStatus(m_channelId).state;
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

QString ReplyComposerWidget::refusal(RoleGate::Action action) const
{
    return m_desk ? RoleGate::refusal(m_desk->connection(), action) : QString();
}

void ReplyComposerWidget::showSendStatus(FieldCheck::Severity severity, const QString& text)
{
    m_problemShown = false;
    m_ui->windowClosedNotice->hide();
    // A failure keeps Meta's technical details (codes, fbtrace_id) after its first line: they are
    // in the tooltip and copied by "Copy Error Details".
    m_ui->replyStatusLabel->setStatus(severity, text.section(QLatin1Char('\n'), 0, 0));
    m_ui->replyStatusLabel->setToolTip(text.contains(QLatin1Char('\n')) ? text : QString());
    m_statusDetails = text;
}

void ReplyComposerWidget::showWindowClosed(const QString& details)
{
    showSendStatus(FieldCheck::Severity::Ok, {});
    m_noticeInbound = m_window.lastInbound;
    m_ui->windowClosedNotice->showNotice(details);
}

void ReplyComposerWidget::send()
{
    if (isCloud()) {
        sendCloud();
        return;
    }
    if (!m_ui->sendReplyButton->isEnabled() || !m_desk || !(isLinked() || isWeCom()))
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
    if (!m_send)
        return false;
    // A Cloud API reply is done with once the queue holds it; a linked one once the gateway took it.
    return m_send->linked ? m_send->messageId.isEmpty() : m_send->item == 0;
}

void ReplyComposerWidget::onLinkedItemChanged(const OutboundItem& item)
{
    if (!m_send->messageId.isEmpty())
        return; // already accepted; the echo ends it
    const Send send = *m_send;
    const bool here = send.channelId == m_channelId && send.peer == m_peer;
    const QString key = send.channelId + QLatin1Char('\n') + send.peer;
    if (item.state == QLatin1String("failed")) {
        m_send.reset();
        if (!here) {
            m_drafts.insert(key, send.text);
            return;
        }
        showSendStatus(FieldCheck::Severity::Error,
                       item.error.isEmpty() ? tr("The reply was not sent.") : item.error);
        updateState();
        return;
    }
    if (item.state != QLatin1String("accepted") || item.messageId.isEmpty())
        return;
    m_send->messageId = item.messageId;
    emit replySent(send.channelId, send.peer, item.messageId);
    if (here && m_ui->replyTextEdit->toPlainText() == send.text)
        m_ui->replyTextEdit->clear();
    else if (!here && m_drafts.value(key) == send.text)
        m_drafts.remove(key);
    if (here)
        showSendStatus(FieldCheck::Severity::Ok, tr("Sent — waiting for the gateway to report it back…"));
    updateState();
    checkEcho();
}

void ReplyComposerWidget::checkEcho()
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
    showSendStatus(FieldCheck::Severity::Ok, tr("Sent."));
}

bool ReplyComposerWidget::isCloud() const
{
    return !m_channelId.isEmpty() && m_kind == ChannelKinds::whatsAppCloud();
}

bool ReplyComposerWidget::isLinked() const
{
    return !m_channelId.isEmpty() && m_kind == ChannelKinds::whatsAppLinked();
}

bool ReplyComposerWidget::isWeCom() const
{
    return !m_channelId.isEmpty() && m_kind == ChannelKinds::weCom();
}

void ReplyComposerWidget::onConversationState(const QString& channelId, const QString& peer,
                                              const ServiceWindow& window, bool optedOut)
{
    if (channelId != m_channelId || peer != m_peer)
        return;
    m_window = window;
    m_windowKnown = true;
    m_optedOut = optedOut;
    updateWindow();
}

void ReplyComposerWidget::updateWindow()
{
    if (!isCloud() || !m_windowKnown) {
        m_windowTimer->stop();
        m_ui->windowLabel->clear();
        updateState();
        return;
    }
    const QDateTime now = m_clock->now();
    const bool open = m_window.isOpen(now);
    if (m_optedOut) {
        m_ui->windowLabel->setText(
            tr("Opted out: this customer asked not to be messaged. Nothing can be sent "
               "until the opt-out is cleared."));
    } else if (open) {
        const qint64 minutes = (now.secsTo(m_window.closesAt()) + 59) / 60;
        m_ui->windowLabel->setText(
            tr("24-hour window open: %1 h %2 min left (closes %3). Free text, media and buttons are allowed.")
                .arg(minutes / 60)
                .arg(minutes % 60, 2, 10, QLatin1Char('0'))
                .arg(QLocale().toString(m_window.closesAt().toLocalTime().time(), QLocale::ShortFormat)));
    } else if (m_window.closedByMeta) {
        m_ui->windowLabel->setText(
            tr("24-hour window closed: WhatsApp rejected a message with error 131047. "
               "Only approved templates can be sent until the customer writes again."));
    } else {
        m_ui->windowLabel->setText(
            m_window.lastInbound.isValid()
                ? tr("24-hour window closed (the customer last wrote %1). Only approved templates can be "
                     "sent "
                     "until the customer writes again.")
                      .arg(QLocale().toString(m_window.lastInbound.toLocalTime(), QLocale::ShortFormat))
                : tr("No customer service window: the customer has not written yet. Only approved templates "
                     "can start the conversation."));
    }
    // Outside the window free text would be rejected by Meta: the composer does not offer it.
    if (!open && !m_ui->templateModeButton->isChecked())
        m_ui->templateModeButton->setChecked(true);
    m_ui->templateModeButton->setEnabled(open);
    // The notice stays until the customer writes again (the answer to the refusal's own query still
    // carries the window as it was before).
    if (open && m_window.lastInbound > m_noticeInbound)
        m_ui->windowClosedNotice->hide();
    if (open)
        m_windowTimer->start();
    else
        m_windowTimer->stop();
    updateState();
}

void ReplyComposerWidget::updateCloudState()
{
    const bool templateMode = m_ui->templateModeButton->isChecked();
    const bool busy = isSending();
    QString problem;
    if (!m_desk || !m_desk->canSend(m_channelId))
        problem = tr("This channel cannot send: it is disabled or its access token is not available.");
    else if (m_optedOut)
        problem
            = tr("The customer opted out; clear the opt-out first if they agreed to hear from you again.");
    else if (!m_windowKnown)
        problem = tr("Checking the customer service window…");
    const QString text = m_ui->replyTextEdit->toPlainText();
    const int length = int(MessageRules::whatsAppMarkup(text).size());
    const int limit = m_attachment ? 1024 : MaxLength; // captions are shorter than texts
    const bool tooLong = !templateMode && length > limit;
    m_ui->replyTextEdit->setEnabled(problem.isEmpty() || m_windowKnown);
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
    if (!problem.isEmpty()) {
        m_ui->replyStatusLabel->setStatus(FieldCheck::Severity::Warning, problem);
        m_problemShown = true;
    } else if (m_problemShown) {
        m_ui->replyStatusLabel->clearMessage();
        m_problemShown = false;
    }
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
    const bool linked = isLinked();
    m_send = Send{QUuid::createUuid().toString(QUuid::WithoutBraces),
                  m_channelId,
                  m_peer,
                  m_ui->replyTextEdit->toPlainText(),
                  linked,
                  0,
                  {}};
    // A linked reply goes straight to the gateway; a Cloud API reply is checked by the queue first.
    showSendStatus(FieldCheck::Severity::Ok, linked || isWeCom() ? tr("Sending…") : tr("Checking…"));
    m_desk->send(SendRequest{m_send->reference, m_channelId, m_peer, content, QStringLiteral("gui"),
                             OperatorName::current()});
    updateState();
}

void ReplyComposerWidget::onQueued(const QString& reference, const OutboundItem& item)
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
        && item.content.kind != OutboundContent::Kind::Reaction) {
        if (m_ui->templateModeButton->isChecked())
            m_ui->templatePicker->clear();
        else
            m_ui->replyTextEdit->clear();
        m_attachment.reset();
    }
    // A WeCom reply is not queued: it goes to WeCom at once.
    showSendStatus(FieldCheck::Severity::Ok, isWeCom() ? tr("Sending…") : tr("Queued."));
    emit replySent(item.channelId, item.peer, item.messageId);
    updateState();
}

void ReplyComposerWidget::onRefused(const QString& reference, const SendRefusal& refusal)
{
    if (!m_send || reference != m_send->reference)
        return;
    const bool here = m_send->channelId == m_channelId && m_send->peer == m_peer;
    m_send.reset();
    if (!here)
        return;
    QString text = QStringLiteral("%1: %2").arg(OutboundItem::codeName(refusal.code), refusal.message);
    if (refusal.code == SendCode::WindowClosed)
        showWindowClosed(text);
    else
        showSendStatus(FieldCheck::Severity::Error, text);
    if (refusal.code == SendCode::WindowClosed || refusal.code == SendCode::OptedOut)
        refreshConversationState();
    updateState();
}

void ReplyComposerWidget::onItemChanged(const OutboundItem& item)
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
        showSendStatus(FieldCheck::Severity::Ok, tr("Sending…"));
    } else if (item.state == QLatin1String("queued")) {
        showSendStatus(
            FieldCheck::Severity::Warning,
            tr("Will be tried again at %1: %2")
                .arg(QLocale().toString(item.nextAttemptAt.toLocalTime().time(), QLocale::LongFormat),
                     item.error));
    } else if (item.state == QLatin1String("failed")) {
        if (item.errorCode == 131047)
            showWindowClosed(tr("Not sent: %1").arg(item.error));
        else
            showSendStatus(FieldCheck::Severity::Error, tr("Not sent: %1").arg(item.error));
        if (m_ui->replyTextEdit->toPlainText().isEmpty() && !m_ui->templateModeButton->isChecked())
            m_ui->replyTextEdit->setPlainText(m_send->text); // nothing typed since: give the text back
        if (item.errorCode == 131047)
            refreshConversationState();
    } else if (item.state == QLatin1String("unknown")) {
        showSendStatus(FieldCheck::Severity::Warning, item.error);
    } else if (isWeCom()) {
        showSendStatus(FieldCheck::Severity::Ok, tr("Sent to WeCom."));
    } else {
        showSendStatus(FieldCheck::Severity::Ok, tr("Accepted by WhatsApp."));
    }
    updateState();
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

void ReplyComposerWidget::buildAttachMenu()
{
    auto* menu = new QMenu(m_ui->attachButton);
    menu->addAction(tr("Image, video, audio or document from a &file…"), this,
                    [this] { attach(AttachmentDialogs::askMediaFile(this)); });
    menu->addAction(tr("Media from a &link…"), this,
                    [this] { attach(AttachmentDialogs::askMediaLink(this)); });
    menu->addSeparator();
    menu->addAction(tr("Reply &buttons…"), this, [this] {
        attach(AttachmentDialogs::askButtons(this, m_ui->replyTextEdit->toPlainText()));
    });
    menu->addAction(tr("&List…"), this,
                    [this] { attach(AttachmentDialogs::askList(this, m_ui->replyTextEdit->toPlainText())); });
    menu->addAction(tr("L&ocation…"), this, [this] { attach(AttachmentDialogs::askLocation(this)); });
    m_ui->attachButton->setMenu(menu);
}

void ReplyComposerWidget::attach(const std::optional<OutboundContent>& content)
{
    if (!content)
        return;
    if (OutboundContent::isMedia(content->kind)) {
        // Media waits for its caption in the text box and the Send button.
        m_attachment = content;
        updateState();
        return;
    }
    submit(*content);
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
