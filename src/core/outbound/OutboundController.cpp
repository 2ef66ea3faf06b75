// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/OutboundController.h"

#include "api/MediaDownloader.h"
#include "api/TemplateCatalog.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "api/MetaErrorDecoder.h"
#include "outbound/OutboundChannelSync.h"
#include "store/Database.h"
#include "util/Clock.h"
#include "util/DataDirectory.h"

#include <QNetworkAccessManager>

namespace ChannelDesk {

OutboundController::OutboundController(ChannelManager* channels, const QString& dataDirectory,
                                       QObject* parent)
    : QObject(parent)
    , m_channels(channels)
    , m_network(new QNetworkAccessManager(this))
    , m_queue(new OutboundQueue(DataDirectory::databasePath(dataDirectory), Clock::system()))
{
    qRegisterMetaType<OutboundItem>();
    qRegisterMetaType<SendRefusal>();
    qRegisterMetaType<ServiceWindow>();
    qRegisterMetaType<SendRateLimiter::Usage>();
    m_thread.setObjectName(QStringLiteral("outbound"));
    m_queue->moveToThread(&m_thread);
    const QString databasePath = DataDirectory::databasePath(dataDirectory);
    connect(&m_thread, &QThread::finished, m_queue, [databasePath] { Database::close(databasePath); });
    connect(&m_thread, &QThread::finished, m_queue, &QObject::deleteLater);
    connect(m_queue, &OutboundQueue::queued, this, &OutboundController::queued);
    connect(m_queue, &OutboundQueue::refused, this, &OutboundController::refused);
    connect(m_queue, &OutboundQueue::itemChanged, this, &OutboundController::itemChanged);
    connect(m_queue, &OutboundQueue::markReadFinished, this, &OutboundController::markReadFinished);
    connect(m_queue, &OutboundQueue::conversationState, this, &OutboundController::conversationState);
    m_thread.start();
    onQueue([queue = m_queue] { queue->start(); });

    m_sync = new OutboundChannelSync(
        channels,
        [this](const QString& id, const GraphEndpoint& endpoint, const QString& phoneNumberId) {
            m_endpoints.insert(id, endpoint);
            m_phoneNumberIds.insert(id, phoneNumberId);
            m_templates.remove(id);
            onQueue([queue = m_queue, id, endpoint, phoneNumberId] {
                queue->setCloudChannel(id, endpoint, phoneNumberId);
            });
        },
        [this](const QString& id) {
            m_endpoints.remove(id);
            onQueue([queue = m_queue, id] { queue->removeChannel(id); });
        },
        this);
    connect(m_sync, &OutboundChannelSync::problem, this, &OutboundController::channelProblem);
    m_sync->start();
}

OutboundController::~OutboundController()
{
    m_thread.quit();
    m_thread.wait();
}

void OutboundController::submit(const SendRequest& request)
{
    SendRequest filled = request;
    OutboundContent& content = filled.content;
    // The history shows a template as the customer sees it: fill in the body from the definition
    // listed for the composer, when a front end did not already.
    if (content.kind == OutboundContent::Kind::Template && content.templateBody.isEmpty()) {
        for (const TemplateInfo& info : m_templates.value(request.channelId)) {
            if (info.name == content.templateName && info.language == content.templateLanguage) {
                content.templateBody = info.render(content.templateParameters);
                break;
            }
        }
    }
    onQueue([queue = m_queue, filled] { queue->submit(filled); });
}

void OutboundController::markRead(const QString& channelId, const QString& messageId, bool typing)
{
    onQueue(
        [queue = m_queue, channelId, messageId, typing] { queue->markRead(channelId, messageId, typing); });
}

void OutboundController::clearOptOut(const QString& channelId, const QString& peer)
{
    onQueue([queue = m_queue, channelId, peer] { queue->clearOptOut(channelId, peer); });
}

void OutboundController::queryConversation(const QString& channelId, const QString& peer)
{
    onQueue([queue = m_queue, channelId, peer] { queue->queryConversation(channelId, peer); });
}

void OutboundController::queryItem(qint64 id)
{
    onQueue([queue = m_queue, id] { queue->queryItem(id); });
}

void OutboundController::setLimits(const SendLimits& limits)
{
    onQueue([queue = m_queue, limits] { queue->setLimits(limits); });
}

void OutboundController::refreshUsage(const QStringList& channelIds)
{
    onQueue([this, queue = m_queue, channelIds] {
        for (const QString& id : channelIds) {
            const SendRateLimiter::Usage usage = queue->usage(id);
            // Back on the UI thread: this object lives there.
            QMetaObject::invokeMethod(
                this, [this, id, usage] { emit usageChanged(id, usage); }, Qt::QueuedConnection);
        }
    });
}

} // namespace ChannelDesk

namespace ChannelDesk {

void OutboundController::fetchTemplates(const QString& channelId, bool reload)
{
    const std::optional<Channel> channel = m_channels ? m_channels->channel(channelId) : std::nullopt;
    const QString wabaId = channel ? channel->field(CloudApiFields::businessAccountId()) : QString();
    // The list is the account's: after the channel's WABA id was changed it is another account's.
    if (!reload && m_templates.contains(channelId) && m_templatesWabaIds.value(channelId) == wabaId) {
        emit templatesLoaded(channelId, m_templates.value(channelId), {});
        return;
    }
    if (wabaId.isEmpty()) {
        emit templatesLoaded(channelId, {},
                             tr("Set the WhatsApp Business Account ID on the channel's page to pick from its "
                                "approved templates; until then, type the template's name."));
        return;
    }
    if (!m_endpoints.contains(channelId)) {
        emit templatesLoaded(channelId, {}, tr("The channel's access token is not available."));
        return;
    }
    auto* catalog = new TemplateCatalog(m_network, m_endpoints.value(channelId), wabaId, this);
    connect(catalog, &TemplateCatalog::finished, this, [this, catalog, channelId, wabaId] {
        catalog->deleteLater();
        if (catalog->error().isError()) {
            emit templatesLoaded(channelId, catalog->usableTemplates(),
                                 tr("Could not list the templates: %1")
                                     .arg(MetaErrorDecoder::remoteWords(catalog->error())
                                          + QStringLiteral(" — ")
                                          + MetaErrorDecoder::explain(catalog->error()).cause));
            return;
        }
        m_templates.insert(channelId, catalog->usableTemplates());
        m_templatesWabaIds.insert(channelId, wabaId);
        emit templatesLoaded(channelId, catalog->usableTemplates(), {});
    });
    catalog->fetch();
}

} // namespace ChannelDesk

namespace ChannelDesk {

void OutboundController::downloadMedia(const QString& channelId, const QString& mediaId,
                                       const QString& filePath)
{
    if (!m_endpoints.contains(channelId)) {
        emit mediaDownloaded(mediaId, filePath, tr("The channel's access token is not available."));
        return;
    }
    if (m_downloads.value(mediaId))
        return; // already on its way
    auto* downloader = new MediaDownloader(m_network, m_endpoints.value(channelId),
                                           m_phoneNumberIds.value(channelId), this);
    m_downloads.insert(mediaId, downloader);
    connect(downloader, &MediaDownloader::progress, this,
            [this, mediaId](qint64 received, qint64 total) { emit mediaProgress(mediaId, received, total); });
    connect(downloader, &MediaDownloader::finished, this, [this, downloader, mediaId, filePath] {
        downloader->deleteLater();
        m_downloads.remove(mediaId);
        emit mediaDownloaded(mediaId, filePath, downloader->errorString());
    });
    downloader->download(mediaId, filePath);
}

void OutboundController::describeMedia(const QString& channelId, const QString& mediaId)
{
    if (!m_endpoints.contains(channelId)) {
        emit mediaDescribed(mediaId, 0, {}, tr("The channel's access token is not available."));
        return;
    }
    if (m_descriptions.value(mediaId))
        return; // already asked
    auto* downloader = new MediaDownloader(m_network, m_endpoints.value(channelId),
                                           m_phoneNumberIds.value(channelId), this);
    m_descriptions.insert(mediaId, downloader);
    connect(downloader, &MediaDownloader::finished, this, [this, downloader, mediaId] {
        downloader->deleteLater();
        m_descriptions.remove(mediaId);
        emit mediaDescribed(mediaId, downloader->fileSize(), downloader->mimeType(),
                            downloader->errorString());
    });
    downloader->describe(mediaId);
}

void OutboundController::cancelDownload(const QString& mediaId)
{
    if (MediaDownloader* downloader = m_downloads.value(mediaId))
        downloader->cancel();
}

} // namespace ChannelDesk
