// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageActions.h"

#include "channels/Channel.h"
#include "desk/Desk.h"
#include "AttachmentOpener.h"
#include "ConversationLogWidget.h"
#include "MessageListDelegate.h"
#include "MessageListModel.h"
#include "MessageMediaLoader.h"
#include "ReplyComposerWidget.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonObject>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>

namespace ChannelDesk {

MessageActions::MessageActions(Desk* desk, QListView* view, MessageListDelegate* delegate,
                               AttachmentOpener* attachments, ReplyComposerWidget* composer, QWidget* log)
    : QObject(log)
    , m_desk(desk)
    , m_view(view)
    , m_delegate(delegate)
    , m_attachments(attachments)
    , m_composer(composer)
    , m_log(log)
{
    m_view->viewport()->installEventFilter(this);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::customContextMenuRequested, this, &MessageActions::showMenu);
}

bool MessageActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::LeftButton)
            openClickedMedia(mouse->position().toPoint());
    }
    return QObject::eventFilter(watched, event);
}

void MessageActions::showMenu(const QPoint& position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || m_channelId.isEmpty())
        return;
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    const bool cloud = channel && channel->kind == ChannelKinds::whatsAppCloud();
    const QString messageId = index.data(MessageListModel::ExternalIdRole).toString();
    QMenu menu(m_log);
    menu.addAction(ConversationLogWidget::tr("&Copy Text"), this,
                   [text = index.data(MessageListModel::TextRole).toString()] {
                       QGuiApplication::clipboard()->setText(text);
                   });
    if (const QUrl map = index.data(MessageListModel::LocationUrlRole).toUrl(); map.isValid())
        menu.addAction(ConversationLogWidget::tr("Open in &Map"), this,
                       [map] { QDesktopServices::openUrl(map); });
    const QJsonObject media = index.data(MessageListModel::MediaRole).toJsonObject();
    const QString mediaId = media.value(QLatin1String("id")).toString();
    if (cloud && !mediaId.isEmpty() && !index.data(MessageListModel::OutboundRole).toBool()) {
        menu.addSeparator();
        const QString channelId = m_channelId;
        menu.addAction(ConversationLogWidget::tr("&Open Attachment"), this,
                       [this, channelId, media] { m_attachments->open(channelId, media, {}); });
        menu.addAction(ConversationLogWidget::tr("&Save Attachment As…"), this, [this, channelId, media] {
            const QString path = QFileDialog::getSaveFileName(
                m_log, ConversationLogWidget::tr("Save Attachment"), AttachmentOpener::suggestedName(media));
            if (!path.isEmpty())
                m_attachments->open(channelId, media, path);
        });
    }
    if (cloud && messageId.startsWith(QLatin1String("wamid."))
        && index.data(MessageListModel::TypeRole).toString() != QLatin1String("reaction")) {
        menu.addSeparator();
        QMenu* react = menu.addMenu(ConversationLogWidget::tr("&React"));
        for (const QString& emoji : {QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("😂"),
                                     QStringLiteral("😮"), QStringLiteral("😢"), QStringLiteral("🙏")})
            react->addAction(emoji, this,
                             [this, messageId, emoji] { m_composer->sendReaction(messageId, emoji); });
        react->addSeparator();
        react->addAction(ConversationLogWidget::tr("Remove My Reaction"), this,
                         [this, messageId] { m_composer->sendReaction(messageId, {}); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void MessageActions::openClickedMedia(const QPoint& at)
{
    const QModelIndex index = m_view->indexAt(at);
    const QJsonObject media = index.data(MessageListModel::MediaRole).toJsonObject();
    const QString type = index.data(MessageListModel::TypeRole).toString();
    if (m_channelId.isEmpty() || !m_media
        || MessageMediaLoader::kindOf(type, media) != MessageMediaLoader::Kind::Thumbnail)
        return;
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.widget = m_view;
    option.font = m_view->font();
    option.rect = m_view->visualRect(index);
    if (!m_delegate->mediaRect(option, index).contains(at))
        return;
    const QString path = m_media->preview(media.value(QLatin1String("id")).toString()).filePath;
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else
        m_attachments->open(m_channelId, media, {});
}

} // namespace ChannelDesk
