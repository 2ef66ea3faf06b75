// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConsoleReadEndpoints.h"

#include "desk/Desk.h"
#include "store/DatabaseWorker.h"
#include "store/OutboundStore.h"
#include "store/StreamEventLog.h"
#include "util/PrivateFile.h"
#include "wire/BotWire.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QTemporaryFile>

#include <algorithm>
#include <memory>

namespace ChannelDesk {
namespace {

//! Media is answered in one JSON body, base64: larger files would make the answer too big.
constexpr qint64 kMaxMediaBytes = 16 * 1024 * 1024;
//! Meta's media servers can be slow; 16 MiB may take a while.
constexpr int kMediaTimeoutMs = 120000;

//! The channel and Meta's media id a media verb names; false once the call is answered.
bool mediaArguments(const ConsoleCall& call, QString* channelId, QString* mediaId)
{
    if (!call.string(QStringLiteral("channel"), channelId) || !call.string(QStringLiteral("media"), mediaId))
        return false;
    if (mediaId->isEmpty()) {
        call.bad(QCoreApplication::translate("ChannelDesk::ConsoleReadEndpoints",
                                             "“media” must be Meta's media id."));
        return false;
    }
    return true;
}

template <typename T>
void answerList(const ConsoleCall& call, const QString& key, const Result<QList<T>>& result)
{
    if (!result.ok())
        return call.fail(result.error());
    call.ok({{key, toWireArray(result.value())}});
}

template <typename T>
void answerOptional(const ConsoleCall& call, const QString& key, const Result<std::optional<T>>& result)
{
    if (!result.ok())
        return call.fail(result.error());
    call.ok({{key, result.value() ? QJsonValue(toWire(*result.value())) : QJsonValue()}});
}

} // namespace

ConsoleReadEndpoints::ConsoleReadEndpoints(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{ }

bool ConsoleReadEndpoints::handle(const QString& verb, const ConsoleCall& call)
{
    using Handler = void (ConsoleReadEndpoints::*)(const ConsoleCall&);
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("session"), &ConsoleReadEndpoints::session},
        {QStringLiteral("snapshot"), &ConsoleReadEndpoints::snapshot},
        {QStringLiteral("channelEvents"), &ConsoleReadEndpoints::channelEvents},
        {QStringLiteral("conversations"), &ConsoleReadEndpoints::conversations},
        {QStringLiteral("conversation"), &ConsoleReadEndpoints::conversation},
        {QStringLiteral("conversationWith"), &ConsoleReadEndpoints::conversationWith},
        {QStringLiteral("olderMessages"), &ConsoleReadEndpoints::olderMessages},
        {QStringLiteral("newerMessages"), &ConsoleReadEndpoints::newerMessages},
        {QStringLiteral("messageKey"), &ConsoleReadEndpoints::messageKey},
        {QStringLiteral("search"), &ConsoleReadEndpoints::search},
        {QStringLiteral("queryConversation"), &ConsoleReadEndpoints::queryConversation},
        {QStringLiteral("outboundItem"), &ConsoleReadEndpoints::outboundItem},
        {QStringLiteral("sendUsage"), &ConsoleReadEndpoints::sendUsage},
        {QStringLiteral("templates"), &ConsoleReadEndpoints::templates},
        {QStringLiteral("media"), &ConsoleReadEndpoints::media},
        {QStringLiteral("mediaInfo"), &ConsoleReadEndpoints::mediaInfo},
    };
    const Handler handler = handlers.value(verb);
    if (!handler)
        return false;
    (this->*handler)(call);
    return true;
}

void ConsoleReadEndpoints::session(const ConsoleCall& call)
{
    const ApiKeyInfo& key = call.request().key;
    call.ok({{QStringLiteral("key"),
              QJsonObject{{QStringLiteral("name"), key.name},
                          {QStringLiteral("role"), apiRoleName(key.role)},
                          {QStringLiteral("rate_per_minute"), key.ratePerMinute}}},
             {QStringLiteral("version"), QStringLiteral(CHANNELDESK_VERSION)}});
}

void ConsoleReadEndpoints::snapshot(const ConsoleCall& call)
{
    // The cursor first, the state after it: a change in between is both in the state and on the
    // stream after the cursor, so the console may see it twice but never misses it.
    m_context.worker->run([path = m_context.databasePath] { return StreamEventLog(path).latestCursor(); })
        .then(this, [this, call](const Result<qint64>& cursor) {
            if (!cursor.ok())
                return call.fail(cursor.error());
            call.ok(snapshotBody(cursor.value()));
        });
}

QJsonObject ConsoleReadEndpoints::snapshotBody(qint64 cursor) const
{
    const Desk& desk = *m_context.desk;
    const QList<Channel> channels = desk.channels();
    QJsonArray links;
    QJsonArray canSend;
    QJsonArray health;
    QJsonArray bots;
    for (const Channel& channel : channels) {
        bots.append(QJsonObject{{QStringLiteral("channel"), channel.id},
                                {QStringLiteral("bot"), toWire(desk.botHealth(channel.id))}});
        if (desk.hasLink(channel.id)) {
            const PairingQr qr = desk.pairingQr(channel.id);
            const bool hasQr = !qr.raw.isEmpty() || !qr.image.isEmpty();
            links.append(QJsonObject{{QStringLiteral("channel"), channel.id},
                                     {QStringLiteral("status"), toWire(desk.linkStatus(channel.id))},
                                     {QStringLiteral("qr"), hasQr ? QJsonValue(toWire(qr)) : QJsonValue()},
                                     {QStringLiteral("pairing_code"), desk.supportsPairingCode(channel.id)}});
        }
        if (desk.canSend(channel.id))
            canSend.append(channel.id);
        if (channel.kind == ChannelKinds::whatsAppCloud()) {
            const std::optional<CloudHealth> cloud = desk.cloudHealth(channel.id);
            health.append(
                QJsonObject{{QStringLiteral("channel"), channel.id},
                            {QStringLiteral("health"), cloud ? QJsonValue(toWire(*cloud)) : QJsonValue()},
                            {QStringLiteral("checking"), desk.isCheckingHealth(channel.id)},
                            {QStringLiteral("problem"), desk.cloudHealthProblem(channel.id)}});
        }
    }
    return {{QStringLiteral("cursor"), cursor},
            {QStringLiteral("channels"), toWireArray(channels)},
            {QStringLiteral("states"), toWireArray(desk.channelStates())},
            {QStringLiteral("activity"), toWireArray(desk.channelActivity())},
            {QStringLiteral("receiver"), toWire(desk.receiverStatus())},
            {QStringLiteral("api"), toWire(desk.apiServerStatus())},
            {QStringLiteral("links"), links},
            {QStringLiteral("can_send"), canSend},
            {QStringLiteral("health"), health},
            {QStringLiteral("bots"), bots}};
}

void ConsoleReadEndpoints::channelEvents(const ConsoleCall& call)
{
    QString channelId;
    int limit = 0;
    if (!call.string(QStringLiteral("channel"), &channelId) || !call.limit(&limit))
        return;
    m_context.desk->channelEvents(channelId, limit)
        .then(this, [call](const Result<QList<ChannelEvent>>& events) {
            answerList(call, QStringLiteral("events"), events);
        });
}

void ConsoleReadEndpoints::conversations(const ConsoleCall& call)
{
    QString channelId;
    int limit = 0;
    std::optional<ConversationKey> after;
    if (!call.string(QStringLiteral("channel"), &channelId) || !call.limit(&limit)
        || !call.decodeOptional(QStringLiteral("after"), &after))
        return;
    ConversationFilter filter;
    filter.takenOverOnly = call.body().value(QStringLiteral("takenOverOnly")).toBool();
    m_context.desk->conversations(channelId, limit, after, filter)
        .then(this, [call](const Result<QList<ConversationRow>>& rows) {
            answerList(call, QStringLiteral("rows"), rows);
        });
}

void ConsoleReadEndpoints::conversation(const ConsoleCall& call)
{
    qint64 id = 0;
    if (!call.integer(QStringLiteral("id"), &id))
        return;
    m_context.desk->conversation(id).then(this, [call](const Result<std::optional<ConversationRow>>& row) {
        answerOptional(call, QStringLiteral("row"), row);
    });
}

void ConsoleReadEndpoints::conversationWith(const ConsoleCall& call)
{
    QString channelId;
    QString peer;
    if (!call.string(QStringLiteral("channel"), &channelId) || !call.string(QStringLiteral("peer"), &peer))
        return;
    m_context.desk->conversationWith(channelId, peer)
        .then(this, [call](const Result<std::optional<ConversationRow>>& row) {
            answerOptional(call, QStringLiteral("row"), row);
        });
}

void ConsoleReadEndpoints::olderMessages(const ConsoleCall& call)
{
    qint64 conversationId = 0;
    std::optional<MessageKey> before;
    int limit = 0;
    if (!call.integer(QStringLiteral("conversation"), &conversationId)
        || !call.decodeOptional(QStringLiteral("before"), &before) || !call.limit(&limit))
        return;
    m_context.desk->olderMessages(conversationId, before, limit)
        .then(this, [call](const Result<QList<MessageRow>>& rows) {
            answerList(call, QStringLiteral("rows"), rows);
        });
}

void ConsoleReadEndpoints::newerMessages(const ConsoleCall& call)
{
    qint64 conversationId = 0;
    MessageKey from;
    std::optional<MessageKey> to;
    int limit = 0;
    if (!call.integer(QStringLiteral("conversation"), &conversationId)
        || !call.decode(QStringLiteral("from"), &from) || !call.decodeOptional(QStringLiteral("to"), &to)
        || !call.limit(&limit))
        return;
    m_context.desk->newerMessages(conversationId, from, to, limit)
        .then(this, [call](const Result<QList<MessageRow>>& rows) {
            answerList(call, QStringLiteral("rows"), rows);
        });
}

void ConsoleReadEndpoints::messageKey(const ConsoleCall& call)
{
    qint64 messageId = 0;
    if (!call.integer(QStringLiteral("message"), &messageId))
        return;
    m_context.desk->messageKey(messageId).then(this, [call](const Result<std::optional<MessageKey>>& key) {
        answerOptional(call, QStringLiteral("key"), key);
    });
}

void ConsoleReadEndpoints::search(const ConsoleCall& call)
{
    QString text;
    QString channelId;
    int limit = 0;
    if (!call.string(QStringLiteral("text"), &text) || !call.string(QStringLiteral("channel"), &channelId)
        || !call.limit(&limit))
        return;
    m_context.desk->search(text, channelId, limit).then(this, [call](const Result<QList<SearchHit>>& hits) {
        answerList(call, QStringLiteral("hits"), hits);
    });
}

void ConsoleReadEndpoints::queryConversation(const ConsoleCall& call)
{
    QString channelId;
    QString peer;
    if (!call.string(QStringLiteral("channel"), &channelId) || !call.string(QStringLiteral("peer"), &peer))
        return;
    connect(m_context.desk, &Desk::conversationStateChanged, call.waiter(this),
            [call, channelId, peer](const QString& channel, const QString& who, const ServiceWindow& window,
                                    bool optedOut) {
                if (channel == channelId && who == peer)
                    call.ok({{QStringLiteral("window"), toWire(window)},
                             {QStringLiteral("opted_out"), optedOut}});
            });
    m_context.desk->queryConversation(channelId, peer);
}

void ConsoleReadEndpoints::outboundItem(const ConsoleCall& call)
{
    qint64 id = 0;
    if (!call.integer(QStringLiteral("id"), &id))
        return;
    // Straight from the store, like GET …/messages/ID: no signal to wait for.
    m_context.worker->run([path = m_context.databasePath, id] { return OutboundStore(path).item(id); })
        .then(this, [call, id](const Result<std::optional<OutboundItem>>& item) {
            if (!item.ok())
                return call.fail(item.error());
            if (!item.value())
                return call.answer(ApiResponse::error(404, QStringLiteral("UNKNOWN_MESSAGE"),
                                                      tr("There is no send %1.").arg(id)));
            // Where the server keeps an uploaded file is none of the console's business.
            OutboundItem shown = *item.value();
            shown.content.localFile.clear();
            call.ok({{QStringLiteral("item"), toWire(shown)}});
        });
}

void ConsoleReadEndpoints::sendUsage(const ConsoleCall& call)
{
    QStringList channelIds;
    if (!call.stringList(QStringLiteral("channels"), &channelIds))
        return;
    if (channelIds.isEmpty())
        for (const Channel& channel : m_context.desk->channels())
            channelIds.append(channel.id);
    channelIds.removeDuplicates();
    if (channelIds.isEmpty())
        return call.ok({{QStringLiteral("usage"), QJsonArray()}});
    auto usage = std::make_shared<QHash<QString, SendUsage>>();
    connect(m_context.desk, &Desk::sendUsageChanged, call.waiter(this),
            [call, channelIds, usage](const QString& channelId, const SendUsage& value) {
                if (!channelIds.contains(channelId))
                    return;
                usage->insert(channelId, value);
                if (usage->size() < channelIds.size())
                    return;
                QJsonArray list;
                for (const QString& id : channelIds)
                    list.append(QJsonObject{{QStringLiteral("channel"), id},
                                            {QStringLiteral("usage"), toWire(usage->value(id))}});
                call.ok({{QStringLiteral("usage"), list}});
            });
    m_context.desk->refreshSendUsage(channelIds);
}

void ConsoleReadEndpoints::templates(const ConsoleCall& call)
{
    QString channelId;
    bool reload = false;
    if (!call.string(QStringLiteral("channel"), &channelId)
        || !call.boolean(QStringLiteral("reload"), &reload))
        return;
    // Connected first: a cached list is announced before fetchTemplates() returns.
    connect(
        m_context.desk, &Desk::templatesLoaded, call.waiter(this),
        [call, channelId](const QString& channel, const QList<TemplateInfo>& list, const QString& status) {
            if (channel == channelId)
                call.ok(
                    {{QStringLiteral("templates"), toWireArray(list)}, {QStringLiteral("status"), status}});
        });
    m_context.desk->fetchTemplates(channelId, reload);
}

void ConsoleReadEndpoints::mediaInfo(const ConsoleCall& call)
{
    QString channelId;
    QString mediaId;
    if (!mediaArguments(call, &channelId, &mediaId))
        return;
    connect(
        m_context.desk, &Desk::mediaDescribed, call.waiter(this),
        [call, mediaId](const QString& id, qint64 fileSize, const QString& mimeType, const QString& error) {
            if (id != mediaId)
                return;
            if (!error.isEmpty())
                return call.answer(ApiResponse::error(502, QStringLiteral("LOOKUP_FAILED"), error));
            call.ok({{QStringLiteral("file_size"), fileSize}, {QStringLiteral("mime_type"), mimeType}});
        });
    m_context.desk->describeMedia(channelId, mediaId);
}

void ConsoleReadEndpoints::media(const ConsoleCall& call)
{
    QString channelId;
    QString mediaId;
    if (!mediaArguments(call, &channelId, &mediaId))
        return;
    // In the data directory, not /tmp: the media of a conversation is as private as the log.
    const QString directory = QFileInfo(m_context.databasePath).absolutePath() + QStringLiteral("/tmp");
    if (!PrivateFile::makeDirectory(directory))
        return call.fail(Error{ErrorCode::Failed, tr("Cannot create %1.").arg(directory)});
    QObject* waiter = call.waiter(this, kMediaTimeoutMs);
    auto* file = new QTemporaryFile(directory + QStringLiteral("/console-media-XXXXXX"), waiter);
    if (!file->open())
        return call.fail(
            Error{ErrorCode::Failed, tr("Cannot write in %1: %2").arg(directory, file->errorString())});
    file->close();
    const QString path = file->fileName();
    Desk* desk = m_context.desk;
    auto finished = std::make_shared<bool>(false);
    const auto tooLarge = [call] {
        call.answer(ApiResponse::error(413, QStringLiteral("TOO_LARGE"),
                                       tr("The media is over %1 MiB; the console does not carry it.")
                                           .arg(kMaxMediaBytes / (1024 * 1024))));
    };
    connect(desk, &Desk::mediaProgress, waiter,
            [desk, mediaId, tooLarge](const QString& id, qint64 received, qint64 total) {
                if (id == mediaId && std::max(received, total) > kMaxMediaBytes) {
                    desk->cancelMediaDownload(mediaId);
                    tooLarge();
                }
            });
    connect(desk, &Desk::mediaDownloaded, waiter,
            [desk, call, channelId, mediaId, path, finished,
             tooLarge](const QString& id, const QString& filePath, const QString& error) {
                if (id != mediaId)
                    return;
                if (filePath != path) {
                    // Someone else's download of the same media ended; ours was not started then.
                    desk->downloadMedia(channelId, mediaId, path);
                    return;
                }
                *finished = true;
                if (!error.isEmpty())
                    return call.answer(ApiResponse::error(502, QStringLiteral("DOWNLOAD_FAILED"), error));
                QFile downloaded(path);
                if (downloaded.size() > kMaxMediaBytes)
                    return tooLarge();
                if (!downloaded.open(QIODevice::ReadOnly))
                    return call.fail(Error{ErrorCode::Failed, downloaded.errorString()});
                call.ok({{QStringLiteral("data"), QString::fromLatin1(downloaded.readAll().toBase64())}});
            });
    // A download still running when the call ends (timeout, too large) must not land in the file
    // after the temporary file is gone.
    connect(waiter, &QObject::destroyed, this, [desk, mediaId, finished] {
        if (!*finished)
            desk->cancelMediaDownload(mediaId);
    });
    desk->downloadMedia(channelId, mediaId, path);
}

} // namespace ChannelDesk
