// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationLogWidget.h"
#include "ui_ConversationLogWidget.h"

#include "AttachmentOpener.h"
#include "ConversationListDelegate.h"
#include "ConversationListModel.h"
#include "MessageListDelegate.h"
#include "MessageActions.h"
#include "MessageBox.h"
#include "MessageListModel.h"
#include "MessageMediaLoader.h"
#include "MessageViewScroller.h"
#include "ReplyComposerWidget.h"
#include "RoleGate.h"
#include "channels/Channel.h"
#include "channels/ServiceWindowRules.h"
#include "desk/Desk.h"
#include "SearchResultModel.h"
#include "util/WhenFinished.h"

#include <QDir>
#include <QStandardPaths>
#include <QAction>
#include <QSignalBlocker>

#include <algorithm>

namespace ChannelDesk {

ConversationLogWidget::ConversationLogWidget(Desk* desk, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConversationLogWidget>())
    , m_desk(desk)
    , m_conversations(new ConversationListModel(desk, this))
    , m_messages(new MessageListModel(desk, this))
    , m_messageDelegate(nullptr)
    , m_search(new SearchResultModel(desk, this))
{
    m_ui->setupUi(this);
    m_ui->logSplitter->setStretchFactor(1, 1);
    m_ui->logSplitter->setSizes({320, 580});
    m_ui->conversationListView->setModel(m_conversations);
    m_ui->conversationListView->setItemDelegate(new ConversationListDelegate(m_ui->conversationListView));
    m_ui->searchResultListView->setModel(m_search);
    m_ui->searchResultListView->setItemDelegate(new ConversationListDelegate(m_ui->searchResultListView));
    // Narrowed by the splitter or a small window, the list still shows whose conversation it is.
    for (QListView* list : {m_ui->conversationListView, m_ui->searchResultListView})
        list->setMinimumWidth(ConversationListDelegate::minimumViewWidth(list));
    // The messages get what the window gains; the composer keeps its height until dragged.
    m_ui->messageSplitter->setStretchFactor(0, 1);
    m_ui->messageSplitter->setStretchFactor(1, 0);
    m_ui->messageSplitter->setSizes({440, 160});
    m_ui->messageListView->setModel(m_messages);
    m_messageDelegate = new MessageListDelegate(m_ui->messageListView);
    m_ui->messageListView->setItemDelegate(m_messageDelegate);
    m_attachments = new AttachmentOpener(desk, this);
    connect(m_attachments, &AttachmentOpener::notice, m_ui->replyComposerWidget,
            &ReplyComposerWidget::showNotice);
    m_messageActions = new MessageActions(desk, m_ui->messageListView, m_messageDelegate, m_attachments,
                                          m_ui->replyComposerWidget, this);
    setMediaCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                           + QStringLiteral("/media-cache"));
    // Bubbles in the Base colour stand out on the Window colour, in light and dark schemes alike.
    m_ui->messageListView->viewport()->setBackgroundRole(QPalette::Window);
    m_ui->replyComposerWidget->setMessageModel(m_messages, MessageListModel::ExternalIdRole);
    m_ui->replyComposerWidget->setDesk(desk);
    m_ui->replyComposerWidget->hide();
    m_ui->listStack->setCurrentWidget(m_ui->conversationListView);
    m_ui->messageStack->setCurrentWidget(m_ui->noConversationPage);

    auto* findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });
    addAction(findAction);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &ConversationLogWidget::startSearch);
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        m_ui->conversationListView->viewport()->update();
        m_ui->searchResultListView->viewport()->update();
        showHeader();
    });
    m_clock.start();

    connect(m_ui->channelFilterComboBox, &QComboBox::currentIndexChanged, this,
            &ConversationLogWidget::applyChannelFilter);
    connect(m_ui->takenOverCheckBox, &QCheckBox::toggled, m_conversations,
            &ConversationListModel::setTakenOverOnly);
    connect(m_ui->handoffButton, &QPushButton::clicked, this, &ConversationLogWidget::toggleHandoff);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty()) {
            m_searchDelay.start(); // restarted by every key: one search when typing pauses
            return;
        }
        m_searchDelay.stop();
        startSearch();
    });
    connect(m_ui->conversationListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showConversation(current.data(ConversationListModel::ConversationIdRole).toLongLong());
            });
    connect(m_ui->searchResultListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showConversation(current.data(ConversationListModel::ConversationIdRole).toLongLong(),
                                     current.data(ConversationListModel::MessageIdRole).toLongLong());
            });
    connect(m_conversations, &ConversationListModel::loaded, this,
            &ConversationLogWidget::onConversationsLoaded);
    connect(m_search, &SearchResultModel::finished, this, &ConversationLogWidget::updateListStatus);
    connect(m_messages, &MessageListModel::loaded, this, &ConversationLogWidget::onMessagesLoaded);
    m_scroller = new MessageViewScroller(m_messages, m_ui->messageListView, this);
    if (desk) {
        connect(desk, &Desk::conversationsChanged, this, &ConversationLogWidget::loadHeader);
        connect(desk, &Desk::conversationHandoffChanged, this, [this](qint64 conversationId) {
            m_conversations->refresh();
            if (conversationId == m_conversationId)
                loadHeader();
        });
        connect(desk, &Desk::connectionChanged, this, &ConversationLogWidget::updateHandoffButton);
        connect(desk, &Desk::channelsChanged, this, &ConversationLogWidget::updateChannelFilter);
        // Queued sends are written by the queue's thread: show them and their progress at once.
        connect(desk, &Desk::sendQueued, this, &ConversationLogWidget::refresh);
        connect(desk, &Desk::outboundItemChanged, this, &ConversationLogWidget::refresh);
    }
    updateChannelFilter();
    updateListStatus();
    showHeader();
}

ConversationLogWidget::~ConversationLogWidget() = default;

void ConversationLogWidget::showConversation(qint64 conversationId, qint64 focusMessageId)
{
    if (conversationId == m_conversationId && focusMessageId == 0) {
        markCurrentRead();
        return;
    }
    m_conversationId = conversationId;
    m_scroller->setFocusMessage(focusMessageId);
    m_header.reset();
    m_messageActions->setChannelId({});
    m_media->resetPending();
    // Until the header says whose conversation this is, a reply must not go to the previous one.
    m_ui->replyComposerWidget->clearConversation();
    m_ui->replyComposerWidget->setVisible(conversationId != 0);
    m_messages->setConversation(conversationId, focusMessageId);
    m_ui->messageStack->setCurrentWidget(conversationId ? static_cast<QWidget*>(m_ui->messageListView)
                                                        : m_ui->noConversationPage);
    loadHeader();
    markCurrentRead();
}

void ConversationLogWidget::refresh()
{
    m_conversations->refresh();
    m_messages->refresh();
    loadHeader();
}

void ConversationLogWidget::sendReadReceipt()
{
    if (!m_desk || !m_header)
        return;
    const auto channel = m_desk->channel(m_header->channelId);
    if (!channel || channel->kind != ChannelKinds::whatsAppCloud())
        return;
    QString newestInbound;
    for (int row = m_messages->rowCount() - 1; row >= 0 && newestInbound.isEmpty(); --row) {
        const QModelIndex index = m_messages->index(row, 0);
        if (!index.data(MessageListModel::OutboundRole).toBool())
            newestInbound = index.data(MessageListModel::ExternalIdRole).toString();
    }
    m_ui->replyComposerWidget->setLastInboundMessageId(newestInbound);
    // Marking the newest inbound message read marks the earlier ones too.
    if (newestInbound.isEmpty() || newestInbound == m_receiptSentFor || m_header->unreadCount == 0
        || !isVisible())
        return;
    m_receiptSentFor = newestInbound;
    m_desk->markRead(m_header->channelId, newestInbound, false);
}

void ConversationLogWidget::setMediaCacheDirectory(const QString& directory)
{
    delete m_media;
    m_media = new MessageMediaLoader(m_desk, directory, this);
    m_messageDelegate->setMediaLoader(m_media);
    m_attachments->setMediaLoader(m_media);
    m_messageActions->setMediaLoader(m_media);
    connect(m_media, &MessageMediaLoader::previewsChanged, this, &ConversationLogWidget::onPreviewsChanged);
}

void ConversationLogWidget::onPreviewsChanged(const QSet<QString>& mediaIds)
{
    m_messages->mediaChanged(mediaIds);
    // A thumbnail makes its row taller.
    m_scroller->keepNewestInSight();
}

void ConversationLogWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    markCurrentRead(); // what arrived while the log was hidden has been seen now
}

void ConversationLogWidget::updateChannelFilter()
{
    const QString current = m_ui->channelFilterComboBox->currentData().toString();
    QList<Channel> channels = m_desk ? m_desk->channels() : QList<Channel>();
    std::sort(channels.begin(), channels.end(), [](const Channel& a, const Channel& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_channelNames.clear();
    {
        const QSignalBlocker blocker(m_ui->channelFilterComboBox);
        m_ui->channelFilterComboBox->clear();
        m_ui->channelFilterComboBox->addItem(tr("All channels"), QString());
        for (const Channel& channel : std::as_const(channels)) {
            const QString name = channel.name.isEmpty() ? channel.id : channel.name;
            m_channelNames.insert(channel.id, name);
            m_ui->channelFilterComboBox->addItem(name, channel.id);
        }
        m_ui->channelFilterComboBox->setCurrentIndex(
            std::max(0, m_ui->channelFilterComboBox->findData(current)));
    }
    m_conversations->setChannelNames(m_channelNames);
    m_search->setChannelNames(m_channelNames);
    if (m_ui->channelFilterComboBox->currentData().toString() != m_conversations->channelFilter())
        applyChannelFilter(); // the filtered channel was removed
    showHeader();
}

void ConversationLogWidget::applyChannelFilter()
{
    m_conversations->setChannelFilter(m_ui->channelFilterComboBox->currentData().toString());
    if (!m_ui->searchLineEdit->text().trimmed().isEmpty())
        startSearch();
    updateListStatus();
}

void ConversationLogWidget::startSearch()
{
    const QString text = m_ui->searchLineEdit->text();
    m_search->search(text, m_conversations->channelFilter());
    m_ui->listStack->setCurrentWidget(text.trimmed().isEmpty()
                                          ? m_ui->conversationListView
                                          : static_cast<QListView*>(m_ui->searchResultListView));
    if (text.trimmed().isEmpty())
        selectCurrentInList();
    updateListStatus();
}

void ConversationLogWidget::updateListStatus()
{
    QString status;
    if (m_ui->listStack->currentWidget() == m_ui->searchResultListView) {
        const int found = m_search->rowCount();
        if (m_search->isSearching())
            status = tr("Searching…");
        else if (found == 0)
            status = tr("No messages match “%1”.").arg(m_search->text().trimmed());
        else
            status = tr("%n matching message(s), newest first.", nullptr, found);
    } else if (m_conversations->rowCount() == 0 && !m_conversations->isLoading()) {
        status = m_conversations->channelFilter().isEmpty()
            ? tr("No conversations yet. They appear here as soon as a webhook brings a message.")
            : tr("No conversations on this channel yet.");
    }
    m_ui->listStatusLabel->setText(status);
    m_ui->listStatusLabel->setVisible(!status.isEmpty());
}

void ConversationLogWidget::onConversationsLoaded()
{
    // New messages in the open conversation have been seen.
    const int row = m_conversations->rowOf(m_conversationId);
    if (row >= 0 && m_conversations->index(row).data(ConversationListModel::UnreadCountRole).toInt() > 0)
        markCurrentRead();
    selectCurrentInList();
    updateListStatus();
}

void ConversationLogWidget::selectCurrentInList()
{
    // Opened from a search result, or the page holding it arrived later: show it selected. The
    // view's currentChanged comes back to showConversation() with the same id, which keeps it.
    const int row = m_conversations->rowOf(m_conversationId);
    if (row >= 0 && m_ui->conversationListView->currentIndex().row() != row)
        m_ui->conversationListView->setCurrentIndex(m_conversations->index(row));
}

void ConversationLogWidget::onMessagesLoaded()
{
    sendReadReceipt();
    m_scroller->onMessagesLoaded();
}

void ConversationLogWidget::loadHeader()
{
    const quint64 generation = ++m_headerGeneration;
    const qint64 id = m_conversationId;
    if (id == 0 || !m_desk) {
        showHeader();
        return;
    }
    whenFinished(m_desk->conversation(id), this,
                 [this, generation](const Result<std::optional<ConversationRow>>& row) {
                     if (generation != m_headerGeneration || !row.ok())
                         return;
                     m_header = row.value();
                     showHeader();
                 });
}

void ConversationLogWidget::showHeader()
{
    updateHandoffButton();
    m_messageActions->setChannelId(m_header ? m_header->channelId : QString());
    if (!m_header) {
        m_ui->conversationTitleLabel->setText(m_conversationId ? QString() : tr("No conversation selected"));
        m_ui->conversationDetailsLabel->clear();
        m_ui->replyComposerWidget->clearConversation();
        return;
    }
    const ConversationRow& c = *m_header;
    const auto channel = m_desk ? m_desk->channel(c.channelId) : std::nullopt;
    m_ui->replyComposerWidget->setConversation(c.channelId, channel ? channel->kind : QString(), c.peer);
    m_ui->replyComposerWidget->refreshConversationState();
    sendReadReceipt();
    const bool weCom = channel && channel->kind == ChannelKinds::weCom();
    const QString number = ConversationListModel::peerText(channel ? channel->kind : QString(), c.peer);
    m_ui->conversationTitleLabel->setText(c.peerName.isEmpty() ? number : c.peerName);
    QStringList details;
    if (!c.peerName.isEmpty())
        details << number;
    details << m_channelNames.value(c.channelId, c.channelId);
    // Only Cloud API channels have a customer service window; a WeCom member outside the allowlist
    // cannot be answered.
    const QString window = ServiceWindowRules::shortText(channel ? channel->kind : QString(), c.window(),
                                                         QDateTime::currentDateTimeUtc());
    if (!window.isEmpty())
        details << window;
    if (weCom && ConversationListModel::isNotAllowed(channel, c.peer))
        details << tr("not allowed");
    if (c.takenOver)
        details << tr("taken over from the bot by %1").arg(c.takenOverBy);
    m_ui->conversationDetailsLabel->setText(details.join(QStringLiteral(" · ")));
}

void ConversationLogWidget::markCurrentRead()
{
    if (m_conversationId != 0 && isVisible())
        m_conversations->markRead(m_conversationId);
}

void ConversationLogWidget::updateHandoffButton()
{
    const bool takenOver = m_header && m_header->takenOver;
    m_ui->handoffButton->setVisible(m_header.has_value());
    m_ui->handoffButton->setText(takenOver ? tr("Ret&urn to bot") : tr("Tak&e over"));
    const QString refused
        = m_desk ? RoleGate::refusal(m_desk->connection(), RoleGate::Action::HandOff) : QString();
    RoleGate::apply(m_ui->handoffButton, refused);
    if (refused.isEmpty()) // after apply(), which would otherwise bring back the other state's text
        m_ui->handoffButton->setToolTip(
            takenOver ? tr("Let the bot answer again, from the next message on; what came meanwhile stays "
                           "with you")
                      : tr("Answer this conversation yourself: its new messages are kept and shown here but "
                           "no longer passed to the bot"));
}

void ConversationLogWidget::toggleHandoff()
{
    if (!m_desk || !m_header)
        return;
    const qint64 id = m_header->id;
    const bool takeOver = !m_header->takenOver;
    m_ui->handoffButton->setEnabled(false);
    whenFinished(takeOver ? m_desk->takeOverConversation(id) : m_desk->returnConversationToBot(id), this,
                 [this, takeOver](const Status& status) {
                     if (!status.ok())
                         MessageBox::warning(this,
                                             takeOver ? tr("Cannot take the conversation over")
                                                      : tr("Cannot return the conversation to the bot"),
                                             status.error().message);
                     loadHeader();
                     m_conversations->refresh();
                 });
}

} // namespace ChannelDesk
