// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendCommand.h"

#include "CommandLine.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "desk/WeComSender.h"
#include "linking/LinkedChannelController.h"
#include "outbound/OutboundQueue.h"
#include "outbound/RecipientNumber.h"
#include "outbound/SendRateLimiter.h"
#include "outbound/TemplatePayload.h"
#include "secrets/KeychainSecretStore.h"
#include "store/MessageStore.h"
#include "settings/Settings.h"
#include "util/Clock.h"
#include "util/DataDirectory.h"
#include "util/FutureWait.h"
#include "util/OperatorName.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>
#include <QTimer>

namespace ChannelDesk {
namespace {

//! Runs the event loop until done() is true or the timeout passes; returns done().
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start(20);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

int SendCommand::exitCodeFor(SendCode code)
{
    switch (code) {
    case SendCode::Ok:
        return CommandLine::Success;
    case SendCode::NotConnected:
        return 10;
    case SendCode::RateLimited:
        return 11;
    case SendCode::InvalidNumber:
        return 12;
    case SendCode::WindowClosed:
        return 13;
    case SendCode::OptedOut:
        return 14;
    case SendCode::SendFailed:
        return 15;
    case SendCode::AuthFailed:
        return 16;
    case SendCode::NotAllowed:
        return 17;
    }
    return 15;
}

int SendCommand::report(SendCode code, const QString& message, const QString& messageId,
                        const QString& freesAt)
{
    if (m_json) {
        QJsonObject object{{QStringLiteral("ok"), code == SendCode::Ok},
                           {QStringLiteral("code"), OutboundItem::codeName(code)},
                           {QStringLiteral("to"), m_to}};
        if (!messageId.isEmpty())
            object.insert(QStringLiteral("message_id"), messageId);
        if (!message.isEmpty())
            object.insert(code == SendCode::Ok ? QStringLiteral("message") : QStringLiteral("error"),
                          message);
        if (!freesAt.isEmpty())
            object.insert(QStringLiteral("frees_at"), freesAt);
        out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    } else if (code == SendCode::Ok) {
        out() << message << '\n';
    } else {
        err() << OutboundItem::codeName(code) << ": " << message << '\n';
    }
    out().flush();
    err().flush();
    return exitCodeFor(code);
}

SendCommand::SendCommand()
    : Command(QStringLiteral("send"),
              QStringLiteral(
                  "--channel ID --to NUMBER (--text TEXT | --template NAME --lang CODE [--param VALUE]... "
                  "[--header-image URL] [--button-payload VALUE]... [--button-url-suffix VALUE]...) "
                  "[--json] [--timeout SECONDS]"))
{
    const auto option = [this](const QString& name, const QString& description, const QString& value = {}) {
        m_parser.addOption(QCommandLineOption(name, description, value));
    };
    option(QStringLiteral("channel"), tr("The channel to send from."), QStringLiteral("ID"));
    option(QStringLiteral("to"), tr("The recipient's international number, e.g. +49 151 23456789."),
           QStringLiteral("NUMBER"));
    option(QStringLiteral("text"), tr("Free text, sent as given (needs an open 24-hour window)."),
           QStringLiteral("TEXT"));
    option(QStringLiteral("template"), tr("An approved template, sent any time."), QStringLiteral("NAME"));
    option(QStringLiteral("lang"), tr("The template's language, e.g. en_US."), QStringLiteral("CODE"));
    option(QStringLiteral("param"), tr("A body parameter of the template; repeat it for each one."),
           QStringLiteral("VALUE"));
    option(QStringLiteral("header-image"), tr("The link of the template's image header."),
           QStringLiteral("URL"));
    option(QStringLiteral("header-video"), tr("The link of the template's video header."),
           QStringLiteral("URL"));
    option(QStringLiteral("header-document"), tr("The link of the template's document header."),
           QStringLiteral("URL"));
    option(QStringLiteral("header-text"), tr("The parameter of the template's text header."),
           QStringLiteral("TEXT"));
    option(QStringLiteral("button-payload"),
           tr("The payload of a quick reply button; the button options number the template's buttons in "
              "the order given."),
           QStringLiteral("VALUE"));
    option(QStringLiteral("button-url-suffix"),
           tr("The end of a URL button's link; the button options number the template's buttons in the "
              "order given."),
           QStringLiteral("VALUE"));
    option(QStringLiteral("json"),
           tr("Print one JSON object with ok, code, to, message_id, error, frees_at."));
    option(QStringLiteral("timeout"), tr("How long to wait for WhatsApp to accept the message (default 30)."),
           QStringLiteral("SECONDS"));
}

QString SendCommand::summary() const
{
    return tr("Send one message and wait for WhatsApp to accept it.");
}

QString SendCommand::description() const
{
    return tr("Queue one message and wait (default 30 s) for WhatsApp to accept it. NUMBER\n"
              "is international, e.g. +49 151 23456789. Free text needs an open 24-hour\n"
              "window; templates go any time. Linked-device channels send text only. On a WeCom\n"
              "channel NUMBER is the member's user id (账号) and only text goes.\n"
              "Failures print one code: NOT_CONNECTED (10), RATE_LIMITED (11),\n"
              "INVALID_NUMBER (12), WINDOW_CLOSED (13), OPTED_OUT (14), SEND_FAILED (15),\n"
              "AUTH_FAILED (16), NOT_ALLOWED (17) — the number is the exit code. --json prints one object\n"
              "with ok, code, to, message_id, error, frees_at.\n");
}

int SendCommand::run(const QString& dataDir)
{
    m_dataDir = dataDir;
    m_json = m_parser.isSet(QStringLiteral("json"));
    m_to = m_parser.value(QStringLiteral("to"));
    const QString channelId = m_parser.value(QStringLiteral("channel"));
    OutboundContent content;
    const bool haveText = m_parser.isSet(QStringLiteral("text"));
    const bool haveTemplate = m_parser.isSet(QStringLiteral("template"));
    content.text = m_parser.value(QStringLiteral("text"));
    content.templateName = m_parser.value(QStringLiteral("template"));
    content.templateLanguage = m_parser.value(QStringLiteral("lang"));
    content.templateParameters = m_parser.values(QStringLiteral("param"));
    if (m_parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        m_timeoutSeconds = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || m_timeoutSeconds <= 0) {
            err() << tr("--timeout needs a positive number of seconds.") << '\n';
            return CommandLine::InvalidInput;
        }
    }
    if (channelId.isEmpty() || m_to.isEmpty() || haveText == haveTemplate) {
        err() << tr("send needs --channel ID, --to NUMBER and either --text TEXT or --template NAME --lang "
                    "CODE [--param VALUE]...")
              << '\n';
        return CommandLine::InvalidInput;
    }
    if (haveTemplate && content.templateLanguage.isEmpty()) {
        err() << tr("--template needs --lang CODE, e.g. --lang en_US.") << '\n';
        return CommandLine::InvalidInput;
    }
    if (haveText && (!content.templateLanguage.isEmpty() || !content.templateParameters.isEmpty())) {
        err() << tr("--lang and --param belong to --template, not --text.") << '\n';
        return CommandLine::InvalidInput;
    }
    content.kind = haveTemplate ? OutboundContent::Kind::Template : OutboundContent::Kind::Text;
    if (const std::optional<int> invalid = readTemplateExtras(content, haveTemplate))
        return *invalid;

    KeychainSecretStore keychain;
    ChannelManager manager(dataDir, &keychain);
    Channel channel;
    if (const int failed = findChannel(manager, channelId, &channel); failed != Proceed)
        return failed;
    if (!channel.enabled)
        return report(SendCode::NotConnected, tr("Channel “%1” is disabled.").arg(channelId));
    if (channel.kind == ChannelKinds::whatsAppLinked())
        return sendLinked(manager, channel, content);
    if (channel.kind == ChannelKinds::weCom())
        return sendWeCom(manager, channel, content);
    return sendCloud(manager, channel, content);
}

std::optional<int> SendCommand::readTemplateExtras(OutboundContent& content, bool haveTemplate)
{
    const QStringList headers{QStringLiteral("header-image"), QStringLiteral("header-video"),
                              QStringLiteral("header-document"), QStringLiteral("header-text")};
    QStringList given;
    for (const QString& name : headers) {
        if (m_parser.isSet(name))
            given.append(name);
    }
    const bool buttons = m_parser.isSet(QStringLiteral("button-payload"))
        || m_parser.isSet(QStringLiteral("button-url-suffix"));
    if (!haveTemplate && (!given.isEmpty() || buttons)) {
        err() << tr("--header-… and --button-… belong to --template, not --text.") << '\n';
        return CommandLine::InvalidInput;
    }
    if (given.size() > 1 || (given.size() == 1 && m_parser.values(given.first()).size() > 1)) {
        err() << tr("A template has one header: give one --header-image, --header-video, --header-document "
                    "or --header-text.")
              << '\n';
        return CommandLine::InvalidInput;
    }
    if (!given.isEmpty()) {
        content.templateHeaderType = given.first().mid(7); // after "header-"
        content.templateHeader = m_parser.value(given.first());
    }
    // The button options number the template's buttons in the order they were given, both kinds
    // together: the first is button 1 (Meta's index 0).
    int index = 0;
    QHash<QString, int> taken;
    for (const QString& name : m_parser.optionNames()) {
        const bool payload = name == QLatin1String("button-payload");
        if (!payload && name != QLatin1String("button-url-suffix"))
            continue;
        const QString value = m_parser.values(name).value(taken[name]++);
        content.templateButtons.append(TemplateButtonParameter{
            payload ? TemplateButtonParameter::Type::QuickReply : TemplateButtonParameter::Type::Url, index++,
            value});
    }
    if (!haveTemplate)
        return std::nullopt;
    // Meta's limits, before anything is read from the keychain or sent.
    const Result<QJsonObject> built = TemplatePayload::build(content);
    if (!built.ok()) {
        err() << built.error().message << '\n';
        return CommandLine::InvalidInput;
    }
    return std::nullopt;
}

int SendCommand::sendCloud(ChannelManager& manager, const Channel& channel, const OutboundContent& content)
{
    const SecretResult token
        = FutureWait::result(manager.readSecret(channel.id, CloudApiFields::accessToken()));
    if (!token.ok()) {
        if (token.code == SecretResult::Code::NoBackend) {
            err() << ChannelManager::secretError(token).message << '\n';
            return CommandLine::KeychainUnavailable;
        }
        return report(
            SendCode::AuthFailed,
            tr("The access token of “%1” is neither in the keychain nor in %2.")
                .arg(channel.id,
                     ChannelManager::environmentVariable(channel.id, CloudApiFields::accessToken())));
    }
    OutboundQueue queue(DataDirectory::databasePath(m_dataDir), Clock::system());
    queue.setLimits(Settings(m_dataDir).sendLimits());
    queue.setCloudChannel(channel.id, GraphEndpoint::forChannel(channel, token.value),
                          channel.field(CloudApiFields::phoneNumberId()));
    std::optional<SendRefusal> refusal;
    qint64 id = 0;
    std::optional<OutboundItem> outcome;
    QObject::connect(&queue, &OutboundQueue::refused, &queue,
                     [&](const QString&, const SendRefusal& r) { refusal = r; });
    const OutboundStore store(DataDirectory::databasePath(m_dataDir));
    QObject::connect(&queue, &OutboundQueue::queued, &queue, [&](const QString&, const OutboundItem& item) {
        id = item.id;
        // Messages go out in order per recipient: earlier ones still queued for this recipient
        // (a console that is not running, an earlier command that gave up waiting) go first.
        QSet<qint64> mine{item.id};
        const auto waiting = store.queued();
        for (const OutboundItem& earlier : waiting.ok() ? waiting.value() : QList<OutboundItem>()) {
            if (earlier.channelId == item.channelId && earlier.peer == item.peer && earlier.id < item.id)
                mine.insert(earlier.id);
        }
        queue.restrictTo(mine);
    });
    QObject::connect(&queue, &OutboundQueue::itemChanged, &queue, [&](const OutboundItem& item) {
        if (item.id == id && item.isFinal())
            outcome = item;
    });
    queue.restrictTo({-1}); // nothing of the console's queue, only what this command adds
    queue.start();
    queue.submit(SendRequest{QStringLiteral("cli"), channel.id, m_to, content, QStringLiteral("cli"),
                             OperatorName::current()});
    if (refusal)
        return report(refusal->code, refusal->message, {},
                      refusal->freesAt.isValid() ? refusal->freesAt.toUTC().toString(Qt::ISODate)
                                                 : QString());
    // A retryable failure keeps the send queued with backoff; the wait covers those retries too.
    // Another ChannelDesk process (window or serve) may claim the send first: follow the store too.
    QElapsedTimer sinceCheck;
    sinceCheck.start();
    const auto finished = [&] {
        if (!outcome && id != 0 && sinceCheck.elapsed() > 250) {
            sinceCheck.restart();
            const auto stored = store.item(id);
            if (stored.ok() && stored.value() && stored.value()->isFinal()
                && stored.value()->state != QLatin1String("queued"))
                outcome = *stored.value();
        }
        return outcome.has_value();
    };
    if (!waitUntil(finished, m_timeoutSeconds * 1000))
        return giveUp(store, id);
    if (outcome->state == QLatin1String("failed") || outcome->state == QLatin1String("unknown"))
        return report(outcome->code(), outcome->error, outcome->messageId);
    return report(SendCode::Ok, tr("Accepted by WhatsApp: %1").arg(outcome->messageId), outcome->messageId);
}

int SendCommand::giveUp(const OutboundStore& store, qint64 id)
{
    // The command ends here, so nothing may stay behind half done: a send in flight may or may not
    // have reached WhatsApp (unknown), one waiting for a retry or behind an earlier message is
    // dropped with the reason, so no later start sends it unexpectedly.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto stored = store.item(id);
    if (!stored.ok() || !stored.value())
        return report(SendCode::SendFailed, tr("The send disappeared from the queue."));
    OutboundItem item = *stored.value();
    if (item.isFinal())
        return report(item.code(), item.error, item.messageId);
    if (item.state == QLatin1String("sending")) {
        const QString why = tr("No answer from WhatsApp within %n second(s); the message may or may not have "
                               "been sent, so it is not sent again.",
                               nullptr, m_timeoutSeconds);
        (void)store.markUnknown(id, why, now); // the report says what happened either way
        return report(SendCode::SendFailed, why, item.messageId);
    }
    QString why;
    if (item.attempts == 0)
        why = tr(
            "Not sent: an earlier message to this recipient is still waiting, and messages to one recipient "
            "go out in order.");
    else
        why = tr("Not sent after %n attempt(s) within the time allowed; the last answer was: %1", nullptr,
                 item.attempts)
                  .arg(item.error);
    (void)store.markFailed(id, item.errorCode, why, now); // the report says what happened either way
    item.state = QStringLiteral("failed");
    const SendCode code = item.code();
    return report(code == SendCode::Ok ? SendCode::SendFailed : code, why, item.messageId);
}

int SendCommand::sendLinked(ChannelManager& manager, const Channel& channel, const OutboundContent& content)
{
    if (content.kind != OutboundContent::Kind::Text)
        return report(SendCode::SendFailed,
                      tr("Linked-device channels send text only; templates are a Cloud API feature."));
    const auto number = RecipientNumber::normalize(m_to);
    if (!number.ok())
        return report(SendCode::InvalidNumber, number.error().message);
    const QString& peer = number.value();
    OutboundStore store(DataDirectory::databasePath(m_dataDir));
    const auto optedOut = store.isOptedOut(channel.id, peer);
    if (optedOut.ok() && optedOut.value())
        return report(SendCode::OptedOut, tr("+%1 asked not to be messaged (opted out).").arg(peer));
    SendRateLimiter limiter(Settings(m_dataDir).sendLimits());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto history = store.sendsSince(now.addDays(-1));
    if (history.ok()) {
        for (const SendRecord& record : history.value())
            limiter.record(record.channelId, record.peer, record.at);
    }
    const LimitVerdict verdict = limiter.check(channel.id, peer, now);
    if (!verdict.allowed)
        return report(SendCode::RateLimited, verdict.explanation(), {},
                      verdict.freesAt.toUTC().toString(Qt::ISODate));

    const SecretResult key = FutureWait::result(manager.readSecret(channel.id, LinkedFields::apiKey()));
    if (!key.ok()) {
        if (key.code == SecretResult::Code::NoBackend) {
            err() << ChannelManager::secretError(key).message << '\n';
            return CommandLine::KeychainUnavailable;
        }
        return report(SendCode::AuthFailed, ChannelManager::secretError(key).message);
    }
    const int attempts = channel.field(LinkedFields::reconnectAttempts()).toInt();
    const GatewayConfig config{QUrl(channel.field(LinkedFields::baseUrl())), key.value,
                               channel.field(LinkedFields::session()),
                               channel.field(LinkedFields::deviceLabel()), attempts > 0 ? attempts : 5};
    std::unique_ptr<GatewayAdapter> adapter(
        LinkedChannelController::createAdapter(channel.field(LinkedFields::gateway()), config));
    if (!adapter)
        return report(SendCode::SendFailed,
                      tr("Unknown gateway type “%1”.").arg(channel.field(LinkedFields::gateway())));
    adapter->open();
    const bool connected
        = waitUntil([&] { return adapter->status().state == LinkState::Connected; }, m_timeoutSeconds * 1000);
    if (!connected) {
        const LinkStatus status = adapter->status();
        adapter->close();
        const bool auth = status.problem == TransportProblem::AuthRejected;
        return report(auth ? SendCode::AuthFailed : SendCode::NotConnected,
                      status.reason.isEmpty()
                          ? tr("The WhatsApp account of “%1” is not connected (gateway state: %2).")
                                .arg(channel.id, status.gatewayState)
                          : status.reason);
    }
    const auto row
        = store.enqueue(channel.id, peer, content, QStringLiteral("cli"), now, OperatorName::current());
    if (!row.ok())
        return report(SendCode::SendFailed, row.error().message);
    (void)store.claim(row.value().id, now); // a row left queued is claimed again by the next sender
    QString messageId;
    QString error;
    bool finished = false;
    QObject::connect(adapter.get(), &GatewayAdapter::sendFinished, adapter.get(),
                     [&](const QString&, const QString& id, const QString& problem) {
                         messageId = id;
                         error = problem;
                         finished = true;
                     });
    adapter->sendText(peer, content.text, QStringLiteral("cli"));
    const bool answered = waitUntil([&] { return finished; }, m_timeoutSeconds * 1000);
    adapter->close();
    const QDateTime at = QDateTime::currentDateTimeUtc();
    if (!answered) {
        // Reported below either way.
        (void)store.markUnknown(row.value().id, tr("The gateway did not answer in time."), at);
        return report(SendCode::SendFailed,
                      tr("The gateway did not answer within %n second(s); the message "
                         "may or may not have been sent.",
                         nullptr, m_timeoutSeconds));
    }
    if (!error.isEmpty() || messageId.isEmpty()) {
        (void)store.markFailed(row.value().id, 0, error, at); // reported below
        return report(SendCode::SendFailed, error);
    }
    (void)store.markAccepted(row.value().id, messageId, at); // reported below
    return report(SendCode::Ok, tr("Sent through the gateway: %1").arg(messageId), messageId);
}

int SendCommand::sendWeCom(ChannelManager& manager, const Channel& channel, const OutboundContent& content)
{
    if (content.kind != OutboundContent::Kind::Text)
        return report(SendCode::SendFailed, tr("WeCom channels send text only; templates are WhatsApp's."));
    // The allowlist is checked before anything else: no keychain read, no request.
    if (const std::optional<SendRefusal> refusal = WeComSender::checkRecipient(channel, m_to.trimmed()))
        return report(refusal->code, refusal->message);
    WeComSender sender(&manager, DataDirectory::databasePath(m_dataDir));
    sender.setTimeoutMs(m_timeoutSeconds * 1000);
    std::optional<SendRefusal> refusal;
    std::optional<OutboundItem> outcome;
    QObject::connect(&sender, &WeComSender::refused, &sender,
                     [&](const QString&, const SendRefusal& r) { refusal = r; });
    QObject::connect(&sender, &WeComSender::itemChanged, &sender,
                     [&](const OutboundItem& item) { outcome = item; });
    sender.send(SendRequest{QStringLiteral("cli"), channel.id, m_to.trimmed(), content, QStringLiteral("cli"),
                            OperatorName::current()});
    // The client's own deadline ends every request; this wait is only a backstop.
    if (!waitUntil([&] { return refusal || outcome; }, (m_timeoutSeconds + 5) * 1000))
        return report(
            SendCode::SendFailed,
            tr("WeCom did not answer within %n second(s); the message may or may not have been sent.",
               nullptr, m_timeoutSeconds));
    if (refusal)
        return report(refusal->code, refusal->message);
    if (outcome->state != QLatin1String("accepted"))
        return report(outcome->errorCode == 40001 || outcome->errorCode == 40014
                              || outcome->errorCode == 42001
                          ? SendCode::AuthFailed
                          : SendCode::SendFailed,
                      outcome->error);
    return report(SendCode::Ok, tr("Sent through WeCom: %1").arg(outcome->messageId), outcome->messageId);
}

} // namespace ChannelDesk
