// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteDesk's sends and linked-device actions: answered through the Desk's signals, as LocalDesk
// answers them, once the server has.
#include "remote/RemoteDesk.h"

#include "remote/RemoteClient.h"
#include "remote/RemoteUpload.h"
#include "util/WhenFinished.h"
#include "wire/ChannelWire.h"
#include "wire/MessageWire.h"

#include <QSaveFile>
#include <QtConcurrent>

namespace ChannelDesk {

void RemoteDesk::send(const SendRequest& request)
{
    const QString reference = request.reference;
    if (const QString why = blocked(ApiRole::Sender); !why.isEmpty())
        return emit sendRefused(reference, SendRefusal{SendCode::NotConnected, why, {}});
    // upload: the token of a file the server holds for this send (the server never reads a path
    // a client names).
    const auto post = [this, reference](const SendRequest& sent, const QString& upload) {
        QJsonObject body{{QStringLiteral("request"), toWire(sent)}};
        if (!upload.isEmpty())
            body.insert(QStringLiteral("upload"), upload);
        whenFinished(m_client->call(QStringLiteral("send"), body), this,
                     [this, reference](const RemoteClient::Answer& answer) {
                         if (answer.ok()) {
                             OutboundItem item;
                             if (fromWire(answer.body.value(QStringLiteral("queued")), &item))
                                 return emit sendQueued(reference, item);
                         }
                         SendRefusal refusal;
                         if (!fromWire(answer.body.value(QStringLiteral("refusal")), &refusal)) {
                             refusal.code
                                 = answer.status == 0 ? SendCode::NotConnected : SendCode::SendFailed;
                             refusal.message = answer.error.message;
                         }
                         emit sendRefused(reference, refusal);
                     });
    };
    if (request.content.localFile.isEmpty())
        return post(request, {});
    whenFinished(RemoteUpload::upload(m_client, request.channelId, request.content), this,
                 [this, request, post](const Result<QString>& upload) {
                     if (!upload.ok())
                         return emit sendRefused(request.reference,
                                                 SendRefusal{upload.error().code == 0 ? SendCode::NotConnected
                                                                                      : SendCode::SendFailed,
                                                             upload.error().message,
                                                             {}});
                     SendRequest sent = request;
                     sent.content.localFile.clear();
                     post(sent, upload.value());
                 });
}

void RemoteDesk::markRead(const QString& channelId, const QString& messageId, bool typing)
{
    if (const QString why = blocked(ApiRole::Sender); !why.isEmpty())
        return emit markReadFinished(messageId, why);
    const QJsonObject body{{QStringLiteral("channel"), channelId},
                           {QStringLiteral("message"), messageId},
                           {QStringLiteral("typing"), typing}};
    whenFinished(m_client->call(QStringLiteral("markRead"), body), this,
                 [this, messageId](const RemoteClient::Answer& answer) {
                     emit markReadFinished(messageId,
                                           answer.ok() ? answer.body.value(QStringLiteral("error")).toString()
                                                       : answer.error.message);
                 });
}

void RemoteDesk::clearOptOut(const QString& channelId, const QString& peer)
{
    if (const QString why = blocked(ApiRole::Operator); !why.isEmpty())
        return emit problemReported(channelId, why);
    const QJsonObject body{{QStringLiteral("channel"), channelId}, {QStringLiteral("peer"), peer}};
    whenFinished(m_client->call(QStringLiteral("clearOptOut"), body), this,
                 [this, channelId, peer](const RemoteClient::Answer& answer) {
                     if (!answer.ok())
                         emit problemReported(channelId, answer.error.message);
                     queryConversation(channelId, peer);
                 });
}

void RemoteDesk::queryConversation(const QString& channelId, const QString& peer)
{
    const QJsonObject body{{QStringLiteral("channel"), channelId}, {QStringLiteral("peer"), peer}};
    whenFinished(m_client->call(QStringLiteral("queryConversation"), body), this,
                 [this, channelId, peer](const RemoteClient::Answer& answer) {
                     ServiceWindow window;
                     if (answer.ok() && fromWire(answer.body.value(QStringLiteral("window")), &window))
                         emit conversationStateChanged(
                             channelId, peer, window,
                             answer.body.value(QStringLiteral("opted_out")).toBool());
                 });
}

void RemoteDesk::queryOutboundItem(qint64 id)
{
    whenFinished(m_client->call(QStringLiteral("outboundItem"), {{QStringLiteral("id"), id}}), this,
                 [this](const RemoteClient::Answer& answer) {
                     OutboundItem item;
                     if (answer.ok() && fromWire(answer.body.value(QStringLiteral("item")), &item))
                         emit outboundItemChanged(item);
                 });
}

void RemoteDesk::refreshSendUsage(const QStringList& channelIds)
{
    whenFinished(m_client->call(QStringLiteral("sendUsage"),
                                {{QStringLiteral("channels"), QJsonArray::fromStringList(channelIds)}}),
                 this, [this](const RemoteClient::Answer& answer) {
                     if (!answer.ok())
                         return;
                     for (const QJsonValue& value : answer.body.value(QStringLiteral("usage")).toArray()) {
                         const QJsonObject entry = value.toObject();
                         SendUsage usage;
                         if (fromWire(entry.value(QStringLiteral("usage")), &usage))
                             emit sendUsageChanged(entry.value(QStringLiteral("channel")).toString(), usage);
                     }
                 });
}

void RemoteDesk::fetchTemplates(const QString& channelId, bool reload)
{
    const QJsonObject body{{QStringLiteral("channel"), channelId}, {QStringLiteral("reload"), reload}};
    whenFinished(m_client->call(QStringLiteral("templates"), body), this,
                 [this, channelId](const RemoteClient::Answer& answer) {
                     QList<TemplateInfo> templates;
                     if (!answer.ok()
                         || !fromWireArray(answer.body.value(QStringLiteral("templates")), &templates))
                         return emit templatesLoaded(channelId, {}, answer.error.message);
                     emit templatesLoaded(channelId, templates,
                                          answer.body.value(QStringLiteral("status")).toString());
                 });
}

void RemoteDesk::downloadMedia(const QString& channelId, const QString& mediaId, const QString& filePath)
{
    const QJsonObject body{{QStringLiteral("channel"), channelId}, {QStringLiteral("media"), mediaId}};
    QFuture<RemoteClient::Answer> answer = m_client->call(QStringLiteral("media"), body);
    m_downloads.insert(mediaId, QFuture<void>(answer));
    whenFinished(answer, this, [this, mediaId, filePath](const RemoteClient::Answer& reply) {
        m_downloads.remove(mediaId);
        if (!reply.ok())
            return emit mediaDownloaded(mediaId, filePath, reply.error.message);
        const QByteArray data
            = QByteArray::fromBase64(reply.body.value(QStringLiteral("data")).toString().toLatin1());
        // Written off the UI thread: media can be megabytes.
        whenFinished(QtConcurrent::run([filePath, data]() -> QString {
                         QSaveFile file(filePath);
                         if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()
                             || !file.commit())
                             return file.errorString();
                         return {};
                     }),
                     this, [this, mediaId, filePath, size = data.size()](const QString& error) {
                         if (error.isEmpty())
                             emit mediaProgress(mediaId, size, size);
                         emit mediaDownloaded(mediaId, filePath, error);
                     });
    });
}

void RemoteDesk::describeMedia(const QString& channelId, const QString& mediaId)
{
    const QJsonObject body{{QStringLiteral("channel"), channelId}, {QStringLiteral("media"), mediaId}};
    whenFinished(m_client->call(QStringLiteral("mediaInfo"), body), this,
                 [this, mediaId](const RemoteClient::Answer& reply) {
                     if (!reply.ok())
                         return emit mediaDescribed(mediaId, 0, {}, reply.error.message);
                     emit mediaDescribed(mediaId,
                                         qint64(reply.body.value(QStringLiteral("file_size")).toDouble()),
                                         reply.body.value(QStringLiteral("mime_type")).toString(), {});
                 });
}

void RemoteDesk::cancelMediaDownload(const QString& mediaId)
{
    QFuture<void> download = m_downloads.take(mediaId);
    download.cancel();
}

void RemoteDesk::callAction(const QString& verb, const QJsonObject& body, const QString& channelId)
{
    if (const QString why = blocked(ApiRole::Operator); !why.isEmpty())
        return emit linkErrorOccurred(channelId, why);
    whenFinished(m_client->call(verb, body), this, [this, channelId](const RemoteClient::Answer& answer) {
        if (!answer.ok())
            emit linkErrorOccurred(channelId, answer.error.message);
        m_refreshTimer->start();
    });
}

void RemoteDesk::connectLink(const QString& channelId)
{
    callAction(
        QStringLiteral("link"),
        {{QStringLiteral("channel"), channelId}, {QStringLiteral("action"), QStringLiteral("connect")}},
        channelId);
}

void RemoteDesk::stopLink(const QString& channelId)
{
    callAction(QStringLiteral("link"),
               {{QStringLiteral("channel"), channelId}, {QStringLiteral("action"), QStringLiteral("stop")}},
               channelId);
}

void RemoteDesk::restartPairing(const QString& channelId)
{
    callAction(
        QStringLiteral("link"),
        {{QStringLiteral("channel"), channelId}, {QStringLiteral("action"), QStringLiteral("restart")}},
        channelId);
}

void RemoteDesk::logoutLink(const QString& channelId)
{
    callAction(QStringLiteral("link"),
               {{QStringLiteral("channel"), channelId}, {QStringLiteral("action"), QStringLiteral("logout")}},
               channelId);
}

void RemoteDesk::requestPairingCode(const QString& channelId, const QString& phoneNumber)
{
    if (const QString why = blocked(ApiRole::Operator); !why.isEmpty())
        return emit linkErrorOccurred(channelId, why);
    const QJsonObject body{{QStringLiteral("channel"), channelId}, {QStringLiteral("phone"), phoneNumber}};
    whenFinished(m_client->call(QStringLiteral("pairingCode"), body), this,
                 [this, channelId](const RemoteClient::Answer& answer) {
                     if (!answer.ok())
                         return emit linkErrorOccurred(channelId, answer.error.message);
                     emit pairingCodeReceived(channelId,
                                              answer.body.value(QStringLiteral("code")).toString());
                 });
}

} // namespace ChannelDesk
