// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SendEndpoints.h"

#include "channels/Channel.h"
#include "desk/Desk.h"
#include "desk/MessageRules.h"
#include "outbound/OutboundQueue.h"
#include "server/ApiJson.h"
#include "server/ChannelEndpoints.h"
#include "store/DatabaseWorker.h"
#include "store/OutboundStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace ChannelDesk {
namespace {

constexpr int kMaxWaitSeconds = 60;
//! The queue answers queued or refused within milliseconds; this only guards against a lost answer.
constexpr int kQueueAnswerMs = 30000;
constexpr int kTestWaitSeconds = 10;

bool isAccepted(const QString& state)
{
    return state == QLatin1String("accepted") || state == QLatin1String("sent")
        || state == QLatin1String("delivered") || state == QLatin1String("read");
}

QJsonArray hopsOf(const OutboundItem& item)
{
    QJsonArray hops;
    QStringList seen;
    const auto add = [&](const QString& step, const QDateTime& at) {
        if (!at.isValid() || seen.contains(step))
            return;
        seen.append(step);
        hops.append(QJsonObject{{QStringLiteral("step"), step}, {QStringLiteral("at"), ApiJson::time(at)}});
    };
    add(QStringLiteral("queued"), item.createdAt);
    add(QStringLiteral("accepted"), item.acceptedAt);
    for (const auto& [status, at] : item.statusHistory)
        add(status, at);
    if (item.state == QLatin1String("failed") || item.state == QLatin1String("unknown"))
        add(item.state, item.updatedAt);
    return hops;
}

} // namespace

SendEndpoints::SendEndpoints(const ApiContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{ }

ApiResponse SendEndpoints::refusal(const SendRefusal& refusal)
{
    int status = 502;
    switch (refusal.code) {
    case SendCode::NotConnected:
    case SendCode::WindowClosed:
    case SendCode::OptedOut:
        status = 409;
        break;
    case SendCode::NotAllowed:
        status = 403;
        break;
    case SendCode::RateLimited:
        status = 429;
        break;
    case SendCode::InvalidNumber:
        status = 422;
        break;
    case SendCode::Ok:
    case SendCode::AuthFailed:
    case SendCode::SendFailed:
        status = 502;
        break;
    }
    ApiResponse response = ApiResponse::error(status, OutboundItem::codeName(refusal.code), refusal.message);
    if (refusal.code == SendCode::RateLimited && refusal.freesAt.isValid()) {
        response.body.insert(QStringLiteral("frees_at"), ApiJson::time(refusal.freesAt));
        const qint64 seconds
            = std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(refusal.freesAt) + 1);
        response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(seconds)));
    }
    return response;
}

int SendEndpoints::waitSeconds(const ApiRequest& request, int fallback)
{
    const auto it = request.query.constFind(QStringLiteral("wait"));
    if (it == request.query.cend())
        return fallback;
    bool ok = false;
    const int seconds = it->toInt(&ok);
    return ok && seconds >= 0 && seconds <= kMaxWaitSeconds ? seconds : -1;
}

void SendEndpoints::send(const ApiRequest& request, const ApiReply& reply)
{
    if (!ChannelEndpoints::findChannel(m_context, request, reply))
        return;
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject body = document.object();
    const auto bad = [&reply](const QString& message) {
        reply(ApiResponse::error(400, QStringLiteral("BAD_REQUEST"), message));
    };
    if (!document.isObject())
        return bad(tr("The body must be a JSON object: {\"to\":\"…\",\"text\":\"…\"} or "
                      "{\"to\":\"…\",\"template\":{\"name\":\"…\",\"language\":\"…\",\"params\":[…]}}."));
    Submission submission;
    submission.request = request;
    submission.channelId = request.segments.at(1);
    submission.to = body.value(QStringLiteral("to")).toString();
    submission.action = QStringLiteral("send");
    submission.waitSeconds = waitSeconds(request, 0);
    if (submission.to.trimmed().isEmpty())
        return bad(
            tr("“to” is missing: the recipient's number in international format, e.g. +4915123456789."));
    if (submission.waitSeconds < 0)
        return bad(tr("wait must be a number of seconds from 0 to %1.").arg(kMaxWaitSeconds));
    const bool hasText = body.contains(QStringLiteral("text"));
    const bool hasTemplate = body.contains(QStringLiteral("template"));
    if (hasText == hasTemplate)
        return bad(tr("Give either “text” or “template”, not both and not neither."));
    if (hasText) {
        if (!body.value(QStringLiteral("text")).isString()
            || body.value(QStringLiteral("text")).toString().isEmpty())
            return bad(tr("“text” must be a non-empty string."));
        submission.content.text = body.value(QStringLiteral("text")).toString();
    } else {
        const QJsonObject tmpl = body.value(QStringLiteral("template")).toObject();
        submission.content.kind = OutboundContent::Kind::Template;
        submission.content.templateName = tmpl.value(QStringLiteral("name")).toString();
        submission.content.templateLanguage = tmpl.value(QStringLiteral("language")).toString();
        if (submission.content.templateName.isEmpty() || submission.content.templateLanguage.isEmpty())
            return bad(
                tr("“template” needs “name” and “language”, e.g. {\"name\":\"hello_world\",\"language\":"
                   "\"en_US\"}."));
        for (const QJsonValue& parameter : tmpl.value(QStringLiteral("params")).toArray()) {
            if (!parameter.isString() && !parameter.isDouble())
                return bad(tr("Template “params” must be strings or numbers."));
            submission.content.templateParameters.append(
                parameter.isString() ? parameter.toString() : QString::number(parameter.toDouble()));
        }
        const QString wrong = readTemplateExtras(tmpl, submission.content);
        if (!wrong.isEmpty())
            return bad(wrong);
        // Meta's limits, answered here rather than as a failed send.
        const Status valid = MessageRules::checkTemplate(submission.content);
        if (!valid.ok())
            return bad(valid.error().message);
    }
    submit(submission, reply);
}

QString SendEndpoints::readTemplateExtras(const QJsonObject& tmpl, OutboundContent& content)
{
    if (tmpl.contains(QStringLiteral("header"))) {
        const QJsonObject header = tmpl.value(QStringLiteral("header")).toObject();
        content.templateHeaderType = header.value(QStringLiteral("type")).toString();
        content.templateHeader
            = header
                  .value(content.templateHeaderType == QLatin1String("text") ? QStringLiteral("text")
                                                                             : QStringLiteral("link"))
                  .toString();
        if (content.templateHeaderType.isEmpty())
            return tr("“header” needs “type” (image, video, document or text) and “link” or “text”, e.g. "
                      "{\"type\":\"image\",\"link\":\"https://…\"}.");
    }
    const QJsonArray buttons = tmpl.value(QStringLiteral("buttons")).toArray();
    for (int i = 0; i < buttons.size(); ++i) {
        const QJsonObject button = buttons.at(i).toObject();
        const auto type
            = TemplateButtonParameter::typeFromName(button.value(QStringLiteral("type")).toString());
        if (!type)
            return tr("Button %1 needs “type”: quick_reply (with “payload”) or url (with “url_suffix”).")
                .arg(i + 1);
        const bool url = *type == TemplateButtonParameter::Type::Url;
        // Without "index" the buttons are numbered in the order given.
        const int index = button.value(QStringLiteral("index")).toInt(i);
        content.templateButtons.append(TemplateButtonParameter{
            *type, index,
            button.value(url ? QStringLiteral("url_suffix") : QStringLiteral("payload")).toString()});
    }
    return {};
}

void SendEndpoints::test(const ApiRequest& request, const ApiReply& reply)
{
    if (!ChannelEndpoints::findChannel(m_context, request, reply))
        return;
    const QString channelId = request.segments.at(1);
    const QString to = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("to")).toString();
    if (to.trimmed().isEmpty()) {
        reply(ApiResponse::error(400, QStringLiteral("BAD_REQUEST"),
                                 tr("The body needs “to”: the number that receives the test message.")));
        return;
    }
    const Channel channel = *m_context.desk->channel(channelId);
    Submission submission;
    submission.request = request;
    submission.channelId = channelId;
    submission.to = to;
    submission.action = QStringLiteral("test");
    submission.withHops = true;
    submission.waitSeconds = waitSeconds(request, kTestWaitSeconds);
    if (submission.waitSeconds < 0) {
        reply(ApiResponse::error(400, QStringLiteral("BAD_REQUEST"),
                                 tr("wait must be a number of seconds from 0 to %1.").arg(kMaxWaitSeconds)));
        return;
    }
    if (channel.kind == ChannelKinds::whatsAppLinked()) {
        if (m_context.desk->linkStatus(channelId).state == LinkState::Failed) {
            m_context.record(request, QStringLiteral("test"), channelId, QStringLiteral("QR_EXPIRED"));
            reply(ApiResponse::error(410, QStringLiteral("QR_EXPIRED"),
                                     tr("The pairing window of “%1” ran out before a phone scanned the code. "
                                        "POST …/restart starts a new one.")
                                         .arg(channelId)));
            return;
        }
        submission.content.text = tr("ChannelDesk test message");
    } else if (channel.kind == ChannelKinds::weCom()) {
        submission.content.text = tr("ChannelDesk test message");
    } else {
        // Every new WhatsApp Business Account has Meta's hello_world sample template, and a template
        // reaches a number outside the 24 h window.
        submission.content.kind = OutboundContent::Kind::Template;
        submission.content.templateName = QStringLiteral("hello_world");
        submission.content.templateLanguage = QStringLiteral("en_US");
    }
    submit(submission, reply);
}

void SendEndpoints::submit(const Submission& submission, const ApiReply& reply)
{
    struct Progress
    {
        qint64 id = 0;
        OutboundItem item;
        bool done = false;
    };
    auto progress = std::make_shared<Progress>();
    auto* waiter = new QObject(this);
    const QString target = submission.channelId + QLatin1Char('/') + submission.to.trimmed();
    const auto finish = [this, submission, target, reply, waiter, progress](const ApiResponse& response) {
        if (progress->done)
            return;
        progress->done = true;
        const QString result = response.body.value(QStringLiteral("code")).toString();
        m_context.record(submission.request, submission.action, target,
                         progress->id ? QStringLiteral("%1 #%2").arg(result).arg(progress->id) : result);
        reply(response);
        waiter->deleteLater();
    };
    const auto answerWith = [submission, finish](const OutboundItem& item) {
        QJsonObject body{{QStringLiteral("code"), QStringLiteral("OK")},
                         {QStringLiteral("id"), item.id},
                         {QStringLiteral("state"), item.state},
                         {QStringLiteral("message_id"), item.messageId}};
        if (submission.withHops)
            body.insert(QStringLiteral("hops"), hopsOf(item));
        if (item.state == QLatin1String("failed") || item.state == QLatin1String("unknown")) {
            SendRefusal failed{item.code(), item.error, {}};
            if (failed.code == SendCode::Ok)
                failed.code = SendCode::SendFailed;
            ApiResponse response = refusal(failed);
            response.body.insert(QStringLiteral("id"), item.id);
            if (submission.withHops)
                response.body.insert(QStringLiteral("hops"), hopsOf(item));
            finish(response);
            return;
        }
        finish(ApiResponse::ok(body, isAccepted(item.state) ? 200 : 202));
    };
    const QString reference = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connect(m_context.desk, &Desk::sendRefused, waiter,
            [reference, finish](const QString& ref, const SendRefusal& refused) {
                if (ref == reference)
                    finish(refusal(refused));
            });
    connect(
        m_context.desk, &Desk::sendQueued, waiter,
        [reference, submission, progress, answerWith, waiter](const QString& ref, const OutboundItem& item) {
            if (ref != reference)
                return;
            progress->id = item.id;
            progress->item = item;
            if (submission.waitSeconds == 0)
                return answerWith(item);
            QTimer::singleShot(submission.waitSeconds * 1000, waiter,
                               [progress, answerWith] { answerWith(progress->item); });
        });
    connect(m_context.desk, &Desk::outboundItemChanged, waiter,
            [progress, answerWith, submission](const OutboundItem& item) {
                if (progress->id == 0 || item.id != progress->id)
                    return;
                progress->item = item;
                const bool settled = item.isFinal() || isAccepted(item.state);
                // The test follows the message to the phone; a send only to Meta's acceptance.
                const bool reached
                    = submission.withHops ? item.state == QLatin1String("read") || item.isFinal() : settled;
                if (reached)
                    answerWith(item);
            });
    QTimer::singleShot(kQueueAnswerMs + submission.waitSeconds * 1000, waiter, [finish] {
        finish(ApiResponse::error(504, QStringLiteral("TIMEOUT"), tr("The send queue did not answer.")));
    });
    SendRequest request{reference,          submission.channelId,  submission.to,
                        submission.content, QStringLiteral("api"), submission.request.key.name};
    m_context.desk->send(request);
}

void SendEndpoints::message(const ApiRequest& request, const ApiReply& reply)
{
    if (!ChannelEndpoints::findChannel(m_context, request, reply))
        return;
    bool ok = false;
    const qint64 id = request.segments.at(3).toLongLong(&ok);
    const QString channelId = request.segments.at(1);
    if (!ok || id <= 0) {
        reply(ApiResponse::error(404, QStringLiteral("UNKNOWN_MESSAGE"),
                                 tr("“%1” is not a send id; POST …/messages answers with one.")
                                     .arg(request.segments.at(3).left(64))));
        return;
    }
    m_context.worker->run([path = m_context.databasePath, id] { return OutboundStore(path).item(id); })
        .then(this, [reply, channelId, id](const Result<std::optional<OutboundItem>>& item) {
            if (!item.ok())
                return reply(ApiResponse::error(500, QStringLiteral("FAILED"), item.error().message));
            if (!item.value() || item.value()->channelId != channelId)
                return reply(ApiResponse::error(404, QStringLiteral("UNKNOWN_MESSAGE"),
                                                tr("Channel “%1” has no send %2.").arg(channelId).arg(id)));
            QJsonObject body = ApiJson::outbound(*item.value());
            body.insert(QStringLiteral("hops"), hopsOf(*item.value()));
            reply(ApiResponse::ok(body));
        });
}

} // namespace ChannelDesk
