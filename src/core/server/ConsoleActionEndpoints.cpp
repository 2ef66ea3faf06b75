// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConsoleActionEndpoints.h"

#include "api/MediaUploader.h"
#include "channels/CloudApiFields.h"
#include "channels/WeComFields.h"
#include "desk/Desk.h"
#include "server/ConsoleUploads.h"
#include "server/ConversationEndpoints.h"
#include "server/SendEndpoints.h"
#include "util/WhenFinished.h"

#include <QFile>
#include <QHash>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent>

namespace ChannelDesk {

ConsoleActionEndpoints::ConsoleActionEndpoints(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    // What a stopped server left behind: sends it never saw end, uploads no send used.
    (void)ConsoleUploads(m_context.databasePath).removeStale(QDateTime::currentDateTimeUtc());
}

bool ConsoleActionEndpoints::handle(const QString& verb, const ConsoleCall& call)
{
    using Handler = void (ConsoleActionEndpoints::*)(const ConsoleCall&);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("markConversationRead"), &ConsoleActionEndpoints::markConversationRead},
        {QStringLiteral("upload"), &ConsoleActionEndpoints::upload},
        {QStringLiteral("send"), &ConsoleActionEndpoints::send},
        {QStringLiteral("markRead"), &ConsoleActionEndpoints::markRead},
        {QStringLiteral("testConnection"), &ConsoleActionEndpoints::testConnection},
        {QStringLiteral("clearOptOut"), &ConsoleActionEndpoints::clearOptOut},
        {QStringLiteral("conversation.takeover"), &ConsoleActionEndpoints::takeOver},
        {QStringLiteral("conversation.return"), &ConsoleActionEndpoints::returnToBot},
        {QStringLiteral("checkHealth"), &ConsoleActionEndpoints::checkHealth},
        {QStringLiteral("link"), &ConsoleActionEndpoints::link},
        {QStringLiteral("pairingCode"), &ConsoleActionEndpoints::pairingCode},
    };
    const Handler handler = handlers.value(verb);
    if (!handler)
        return false;
    (this->*handler)(call);
    return true;
}

bool ConsoleActionEndpoints::channelOf(const ConsoleCall& call, QString* channelId) const
{
    if (!call.string(QStringLiteral("channel"), channelId))
        return false;
    call.setTarget(*channelId);
    if (m_context.desk->channel(*channelId))
        return true;
    call.answer(ApiResponse::error(404, QStringLiteral("UNKNOWN_CHANNEL"),
                                   tr("There is no channel “%1”.").arg(channelId->left(64))));
    return false;
}

void ConsoleActionEndpoints::markConversationRead(const ConsoleCall& call)
{
    qint64 conversationId = 0;
    if (!call.integer(QStringLiteral("conversation"), &conversationId))
        return;
    call.setTarget(QString::number(conversationId));
    m_context.desk->markConversationRead(conversationId).then(this, [call](const Status& marked) {
        if (!marked.ok())
            return call.fail(marked.error());
        call.ok();
    });
}

void ConsoleActionEndpoints::upload(const ConsoleCall& call)
{
    QString channelId;
    QString filename;
    QString mimeType;
    QString data;
    if (!channelOf(call, &channelId) || !call.string(QStringLiteral("filename"), &filename)
        || !call.string(QStringLiteral("mime_type"), &mimeType)
        || !call.string(QStringLiteral("data"), &data))
        return;
    const auto tooLarge = [call] {
        call.answer(ApiResponse::error(413, QStringLiteral("TOO_LARGE"),
                                       tr("The file is over %1 MiB, the most the server takes from a "
                                          "console; send it by link instead.")
                                           .arg(ConsoleUploads::MaxBytes / (1024 * 1024))));
    };
    // Base64 is 4 characters for every 3 bytes: anything longer cannot decode to MaxBytes or less.
    if (data.size() > (ConsoleUploads::MaxBytes + 2) / 3 * 4)
        return tooLarge();
    if (data.isEmpty())
        return call.bad(tr("“data” is empty: there is nothing to upload."));
    // Refused now rather than after the send is queued, when Meta's upload would refuse it.
    if (!mimeType.isEmpty() && !MediaUploader::kindForMimeType(mimeType))
        return call.bad(tr("WhatsApp does not take %1 files.").arg(mimeType.left(64)));
    ConsoleUploads uploads(m_context.databasePath);
    struct Stored
    {
        Result<QString> token = Error{};
        bool badBase64 = false;
        qint64 size = 0;
    };
    // Decoding and writing up to 16 MiB is kept off the Desk's thread.
    whenFinished(QtConcurrent::run([uploads, filename, encoded = data.toLatin1()] {
                     (void)uploads.removeStale(QDateTime::currentDateTimeUtc());
                     const QByteArray::FromBase64Result decoded
                         = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
                     Stored stored;
                     stored.badBase64 = !decoded;
                     stored.size = decoded.decoded.size();
                     if (decoded && stored.size > 0 && stored.size <= ConsoleUploads::MaxBytes)
                         stored.token = uploads.store(filename, decoded.decoded);
                     return stored;
                 }),
                 this, [call, tooLarge](const Stored& stored) {
                     if (stored.badBase64 || stored.size == 0)
                         return call.bad(tr("“data” is not base64."));
                     if (stored.size > ConsoleUploads::MaxBytes)
                         return tooLarge();
                     if (!stored.token.ok())
                         return call.fail(stored.token.error());
                     call.ok({{QStringLiteral("upload"), stored.token.value()}});
                 });
}

bool ConsoleActionEndpoints::useUpload(const ConsoleCall& call, SendRequest* request)
{
    const QJsonValue value = call.body().value(QStringLiteral("upload"));
    if (value.isUndefined() || value.isNull())
        return true;
    const QString token = value.toString();
    if (!ConsoleUploads::isToken(token)) {
        call.bad(tr("“upload” is the token the upload verb answered: 32 hexadecimal digits."));
        return false;
    }
    static const QList<OutboundContent::Kind> media{
        OutboundContent::Kind::Image, OutboundContent::Kind::Document, OutboundContent::Kind::Audio,
        OutboundContent::Kind::Video, OutboundContent::Kind::Sticker};
    OutboundContent& content = request->content;
    if (!media.contains(content.kind) || !content.mediaId.isEmpty() || !content.mediaLink.isEmpty()) {
        call.bad(tr("Only an image, document, audio, video or sticker without a media id or link "
                    "takes an upload."));
        return false;
    }
    const QString path = ConsoleUploads(m_context.databasePath).path(token);
    if (path.isEmpty() || m_uploadsInUse.contains(token)) {
        call.answer(ApiResponse::error(404, QStringLiteral("UNKNOWN_UPLOAD"),
                                       tr("There is no upload “%1”: a send has used it already, or it "
                                          "is over a day old. Upload the file again.")
                                           .arg(token)));
        return false;
    }
    content.localFile = path;
    m_uploadsInUse.insert(token);
    removeWhenDone(request->reference, token, path);
    return true;
}

void ConsoleActionEndpoints::removeWhenDone(const QString& reference, const QString& token,
                                            const QString& path)
{
    // Not tied to the call: the send goes on after it is answered, and the queue reads the file
    // only when it gets to it (after a retry, perhaps much later).
    auto* follower = new QObject(this);
    auto itemId = std::make_shared<qint64>(0);
    const auto done = [this, follower, token, path] {
        QFile::remove(path);
        m_uploadsInUse.remove(token);
        follower->deleteLater();
    };
    connect(m_context.desk, &Desk::sendQueued, follower,
            [reference, itemId, done](const QString& ref, const OutboundItem& item) {
                if (ref != reference)
                    return;
                *itemId = item.id;
                if (item.isFinal())
                    done();
            });
    connect(m_context.desk, &Desk::sendRefused, follower, [reference, done](const QString& ref) {
        if (ref == reference)
            done();
    });
    connect(m_context.desk, &Desk::outboundItemChanged, follower, [itemId, done](const OutboundItem& item) {
        if (*itemId != 0 && item.id == *itemId && item.isFinal())
            done();
    });
}

void ConsoleActionEndpoints::send(const ConsoleCall& call)
{
    SendRequest request;
    if (!call.decode(QStringLiteral("request"), &request))
        return;
    call.setTarget(request.channelId + QLatin1Char('/') + request.to.trimmed());
    // Checked on the JSON too, in case the codec leaves the member out of the decoded request.
    const QJsonObject content
        = call.body().value(QStringLiteral("request")).toObject().value(QStringLiteral("content")).toObject();
    if (!request.content.localFile.isEmpty()
        || !content.value(QStringLiteral("localFile")).toString().isEmpty())
        return call.bad(tr("The server never reads a file a client names; upload the media instead."));
    // Who sent it is the key, never what the client claims.
    request.sentBy = call.request().key.name;
    request.source = QStringLiteral("console");
    request.reference = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!useUpload(call, &request))
        return;
    QObject* waiter = call.waiter(this);
    connect(m_context.desk, &Desk::sendQueued, waiter,
            [call, reference = request.reference](const QString& ref, OutboundItem item) {
                if (ref != reference)
                    return;
                // Where the server keeps the upload is none of the console's business.
                item.content.localFile.clear();
                call.ok({{QStringLiteral("queued"), toWire(item)}});
            });
    connect(m_context.desk, &Desk::sendRefused, waiter,
            [call, reference = request.reference](const QString& ref, const SendRefusal& refused) {
                if (ref != reference)
                    return;
                ApiResponse response = SendEndpoints::refusal(refused);
                response.body.insert(QStringLiteral("refusal"), toWire(refused));
                call.answer(response);
            });
    m_context.desk->send(request);
}

void ConsoleActionEndpoints::markRead(const ConsoleCall& call)
{
    QString channelId;
    QString messageId;
    bool typing = false;
    if (!channelOf(call, &channelId) || !call.string(QStringLiteral("message"), &messageId)
        || !call.boolean(QStringLiteral("typing"), &typing))
        return;
    call.setTarget(channelId + QLatin1Char('/') + messageId);
    connect(m_context.desk, &Desk::markReadFinished, call.waiter(this),
            [call, messageId](const QString& id, const QString& error) {
                if (id != messageId)
                    return;
                // Not an HTTP error: the request was carried out, and Meta (or the channel) said no.
                call.ok(error.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("error"), error}});
            });
    m_context.desk->markRead(channelId, messageId, typing);
}

void ConsoleActionEndpoints::testConnection(const ConsoleCall& call)
{
    ConnectionCheckRequest request;
    if (!call.decode(QStringLiteral("request"), &request))
        return;
    call.setTarget(request.channelId.isEmpty() ? request.phoneNumberId : request.channelId);
    if (!request.channelId.isEmpty()) {
        const std::optional<Channel> channel = m_context.desk->channel(request.channelId);
        if (!channel)
            return call.answer(
                ApiResponse::error(404, QStringLiteral("UNKNOWN_CHANNEL"),
                                   tr("There is no channel “%1”.").arg(request.channelId.left(64))));
        // The stored token goes only where the channel sends it anyway: a console must not point
        // it at a host of its own choosing.
        request.graphBaseUrl = QUrl(channel->field(CloudApiFields::graphBaseUrl()));
        if (channel->kind == ChannelKinds::weCom()) {
            request.kind = channel->kind;
            request.corpId = channel->field(WeComFields::corpId());
            request.agentId = channel->field(WeComFields::agentId());
            request.apiBaseUrl = QUrl(channel->field(WeComFields::apiBaseUrl()));
            request.corpSecret.clear(); // the stored one, for the same reason
        }
    }
    m_context.desk->testConnection(request).then(this, [call](const ConnectionCheck& check) {
        ApiResponse response = ApiResponse::ok({{QStringLiteral("check"), toWire(check)}});
        if (check.outcome != ConnectionCheck::Outcome::Ok)
            response.body.insert(QStringLiteral("error"), check.failureText);
        call.answer(response);
    });
}

void ConsoleActionEndpoints::clearOptOut(const ConsoleCall& call)
{
    QString channelId;
    QString peer;
    if (!channelOf(call, &channelId) || !call.string(QStringLiteral("peer"), &peer))
        return;
    call.setTarget(channelId + QLatin1Char('/') + peer);
    m_context.desk->clearOptOut(channelId, peer);
    call.ok();
}

void ConsoleActionEndpoints::takeOver(const ConsoleCall& call)
{
    handoff(call, true);
}

void ConsoleActionEndpoints::returnToBot(const ConsoleCall& call)
{
    handoff(call, false);
}

void ConsoleActionEndpoints::handoff(const ConsoleCall& call, bool takenOver)
{
    qint64 conversationId = 0;
    if (!call.integer(QStringLiteral("conversation"), &conversationId))
        return;
    call.setTarget(QString::number(conversationId));
    ConversationEndpoints::handOff(m_context.desk, conversationId, takenOver, call.request().key.name)
        .then(this, [call, conversationId](const Result<std::optional<ConversationRow>>& row) {
            if (!row.ok())
                return call.fail(row.error());
            if (!row.value())
                return call.answer(
                    ApiResponse::error(404, QStringLiteral("UNKNOWN_CONVERSATION"),
                                       tr("There is no conversation %1.").arg(conversationId)));
            call.setTarget(row.value()->channelId + QLatin1Char('/') + row.value()->peer);
            call.ok({{QStringLiteral("conversation"), toWire(*row.value())}});
        });
}

void ConsoleActionEndpoints::checkHealth(const ConsoleCall& call)
{
    QString channelId;
    if (!channelOf(call, &channelId))
        return;
    m_context.desk->checkHealth(channelId);
    call.ok();
}

void ConsoleActionEndpoints::link(const ConsoleCall& call)
{
    QString channelId;
    QString action;
    if (!channelOf(call, &channelId) || !call.string(QStringLiteral("action"), &action))
        return;
    static const QStringList actions{QStringLiteral("connect"), QStringLiteral("stop"),
                                     QStringLiteral("restart"), QStringLiteral("logout")};
    if (!actions.contains(action))
        return call.bad(tr("“action” is one of %1.").arg(actions.join(QStringLiteral(", "))));
    call.setAction(QStringLiteral("link.") + action);
    Desk& desk = *m_context.desk;
    if (!desk.hasLink(channelId))
        return call.answer(ApiResponse::error(
            409, QStringLiteral("NOT_LINKED"),
            tr("“%1” has no linked device: only enabled linked-device channels do.").arg(channelId)));
    if (action == QLatin1String("connect"))
        desk.connectLink(channelId);
    else if (action == QLatin1String("stop"))
        desk.stopLink(channelId);
    else if (action == QLatin1String("restart"))
        desk.restartPairing(channelId);
    else
        desk.logoutLink(channelId);
    call.ok();
}

void ConsoleActionEndpoints::pairingCode(const ConsoleCall& call)
{
    QString channelId;
    QString phone;
    if (!channelOf(call, &channelId) || !call.string(QStringLiteral("phone"), &phone))
        return;
    QObject* waiter = call.waiter(this);
    connect(m_context.desk, &Desk::pairingCodeReceived, waiter,
            [call, channelId](const QString& id, const QString& code) {
                if (id == channelId)
                    call.ok({{QStringLiteral("code"), code}});
            });
    connect(m_context.desk, &Desk::linkErrorOccurred, waiter,
            [call, channelId](const QString& id, const QString& message) {
                if (id == channelId)
                    call.answer(ApiResponse::error(502, QStringLiteral("GATEWAY_ERROR"), message));
            });
    m_context.desk->requestPairingCode(channelId, phone);
}

} // namespace ChannelDesk
