// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The window's side of the outbound queue. The queue blocks on SQLite, so it lives on its own
//! thread; this object forwards requests to it and its answers back to the UI thread.

#include "model/TemplateInfo.h"
#include "outbound/OutboundQueue.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

class QNetworkAccessManager;

namespace ChannelDesk {

class ChannelManager;
class MediaDownloader;
class OutboundChannelSync;

class OutboundController : public QObject
{
    Q_OBJECT

public:
    OutboundController(ChannelManager* channels, const QString& dataDirectory, QObject* parent = nullptr);
    ~OutboundController() override;

    void submit(const SendRequest& request);
    void markRead(const QString& channelId, const QString& messageId, bool typing);
    void clearOptOut(const QString& channelId, const QString& peer);
    void queryConversation(const QString& channelId, const QString& peer);
    void queryItem(qint64 id);
    void setLimits(const SendLimits& limits);
    //! Asks for the send-limit usage of every channel; answered with usageChanged().
    void refreshUsage(const QStringList& channelIds);
    //! Lists the approved templates of the channel's WhatsApp Business Account; answered with
    //! templatesLoaded(). Cached per channel until reload is true.
    void fetchTemplates(const QString& channelId, bool reload = false);
    bool canSend(const QString& channelId) const { return m_endpoints.contains(channelId); }
    //! Downloads an inbound attachment (two steps, with the channel's token) to filePath.
    void downloadMedia(const QString& channelId, const QString& mediaId, const QString& filePath);
    void describeMedia(const QString& channelId, const QString& mediaId);
    void cancelDownload(const QString& mediaId);

signals:
    void queued(const QString& reference, const ChannelDesk::OutboundItem& item);
    void refused(const QString& reference, const ChannelDesk::SendRefusal& refusal);
    void itemChanged(const ChannelDesk::OutboundItem& item);
    void markReadFinished(const QString& messageId, const QString& error);
    void conversationState(const QString& channelId, const QString& peer,
                           const ChannelDesk::ServiceWindow& window, bool optedOut);
    void usageChanged(const QString& channelId, const ChannelDesk::SendRateLimiter::Usage& usage);
    void channelProblem(const QString& channelId, const QString& message);
    void mediaProgress(const QString& mediaId, qint64 received, qint64 total);
    //! error is empty on success.
    void mediaDownloaded(const QString& mediaId, const QString& filePath, const QString& error);
    void mediaDescribed(const QString& mediaId, qint64 fileSize, const QString& mimeType,
                        const QString& error);
    void templatesLoaded(const QString& channelId, const QList<ChannelDesk::TemplateInfo>& templates,
                         const QString& status);

private:
    template <typename F> void onQueue(F&& call)
    {
        QMetaObject::invokeMethod(m_queue, std::forward<F>(call), Qt::QueuedConnection);
    }

    QPointer<ChannelManager> m_channels;
    QNetworkAccessManager* m_network;
    QHash<QString, GraphEndpoint> m_endpoints; //!< channels that can send, with their token
    QHash<QString, QList<TemplateInfo>> m_templates;
    QHash<QString, QString> m_templatesWabaIds; //!< the account each cached list is of
    QHash<QString, QPointer<MediaDownloader>> m_downloads;
    QHash<QString, QPointer<MediaDownloader>> m_descriptions;
    QHash<QString, QString> m_phoneNumberIds;
    QThread m_thread;
    OutboundQueue* m_queue;
    OutboundChannelSync* m_sync;
};

} // namespace ChannelDesk
