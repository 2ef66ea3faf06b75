// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCommand.h"

#include "CommandLine.h"
#include "api/ConnectionTest.h"
#include "api/MetaErrorDecoder.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "channels/WeComFields.h"
#include "desk/WeComSender.h"
#include "linking/GatewaySessionClient.h"
#include "secrets/KeychainSecretStore.h"
#include "util/FutureWait.h"
#include "util/SecretMask.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace ChannelDesk {
TestCommand::TestCommand()
    : Command(QStringLiteral("test"), QStringLiteral("--channel ID [--timeout SECONDS]"))
{
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("channel"), tr("The channel to test."), QStringLiteral("ID")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("timeout"),
                                          tr("How long to wait for Meta's answer (default 20)."),
                                          QStringLiteral("SECONDS")));
}

QString TestCommand::summary() const
{
    return tr("Run Test Connection against the Graph API (or WeCom's API, or a linked channel's gateway).");
}

QString TestCommand::description() const
{
    return tr("Run Test Connection against the Graph API and print the outcome: the verified name and\n"
              "number, quality rating, platform and throughput, or Meta's error with the fix. For a WeCom\n"
              "channel: fetch an access token with the app's Secret and print the app's name. For a\n"
              "linked-device channel: check that its gateway answers, accepts the API key and has the\n"
              "session linked to a phone.\n"
              "Exit codes: 0 the channel works, 1 the test failed (the output says which step), 2 bad\n"
              "arguments, 3 no keychain, 4 no such channel.\n");
}

int TestCommand::run(const QString& dataDir)
{
    const QString id = m_parser.value(QStringLiteral("channel"));
    const QString timeoutText = m_parser.value(QStringLiteral("timeout"));
    if (id.isEmpty())
        return usageError(tr("test needs --channel ID."));
    bool timeoutOk = true;
    const int timeoutSeconds = timeoutText.isEmpty() ? 20 : timeoutText.toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0)
        return usageError(tr("--timeout needs a positive number of seconds."));

    KeychainSecretStore keychain;
    ChannelManager manager(dataDir, &keychain);
    Channel channel;
    if (const int failed = findChannel(manager, id, &channel); failed != Proceed)
        return failed;
    if (channel.kind == ChannelKinds::weCom())
        return testWeCom(manager, channel, timeoutSeconds);
    if (channel.kind == ChannelKinds::whatsAppLinked())
        return testLinked(manager, channel, timeoutSeconds);
    const SecretResult token = FutureWait::result(manager.readSecret(id, CloudApiFields::accessToken()));
    if (!token.ok()) {
        if (token.code == SecretResult::Code::NotFound) {
            err() << tr("The access token of “%1” is neither in the keychain nor in %2.")
                         .arg(id, ChannelManager::environmentVariable(id, CloudApiFields::accessToken()))
                  << '\n';
            return CommandLine::Failed;
        }
        err() << ChannelManager::secretError(token).message << '\n';
        return token.code == SecretResult::Code::NoBackend ? CommandLine::KeychainUnavailable
                                                           : CommandLine::Failed;
    }
    QNetworkAccessManager network;
    const GraphEndpoint endpoint = GraphEndpoint::forChannel(channel, token.value);
    ConnectionTest test(&network, endpoint, channel.field(CloudApiFields::phoneNumberId()));
    test.setTimeout(timeoutSeconds * 1000);
    QEventLoop loop;
    QObject::connect(&test, &ConnectionTest::finished, &loop, &QEventLoop::quit);
    out() << tr("Testing “%1” (phone number ID %2, token %3)…")
                 .arg(id, channel.field(CloudApiFields::phoneNumberId()), SecretMask::mask(token.value))
          << '\n';
    out().flush();
    test.start();
    if (!test.succeeded() && !test.error().isError())
        loop.exec();
    if (!test.succeeded()) {
        err() << tr("Test Connection failed.") << '\n' << test.failureText() << '\n';
        if (test.error().kind == GraphError::Kind::Api && !test.error().fbtraceId.isEmpty())
            err() << QStringLiteral("fbtrace_id: ") << test.error().fbtraceId << '\n';
        return CommandLine::Failed;
    }
    const PhoneNumberInfo& info = test.info();
    out() << test.successText() << '\n';
    out() << tr("  Quality rating: %1").arg(info.qualityRating) << '\n';
    out() << tr("  Verification:   %1").arg(info.codeVerificationStatus) << '\n';
    out() << tr("  Platform:       %1").arg(info.platformType) << '\n';
    out() << tr("  Throughput:     %1").arg(info.throughputLevel) << '\n';
    for (const QString& warning : test.warnings())
        err() << tr("warning: %1").arg(warning) << '\n';
    return CommandLine::Success;
}

int TestCommand::testWeCom(ChannelManager& manager, const Channel& channel, int timeoutSeconds)
{
    const SecretResult secret = FutureWait::result(manager.readSecret(channel.id, WeComFields::corpSecret()));
    if (!secret.ok()) {
        err() << (secret.code == SecretResult::Code::NotFound
                      ? tr("The Secret of “%1” is neither in the keychain nor in %2.")
                            .arg(channel.id,
                                 ChannelManager::environmentVariable(channel.id, WeComFields::corpSecret()))
                      : ChannelManager::secretError(secret).message)
              << '\n';
        return secret.code == SecretResult::Code::NoBackend ? CommandLine::KeychainUnavailable
                                                            : CommandLine::Failed;
    }
    out() << tr("Testing “%1” (corp %2, AgentId %3, Secret %4)…")
                 .arg(channel.id, channel.field(WeComFields::corpId()), channel.field(WeComFields::agentId()),
                      SecretMask::mask(secret.value))
          << '\n';
    out().flush();
    WeComSender sender(&manager);
    ConnectionCheckRequest request;
    request.kind = ChannelKinds::weCom();
    request.channelId = channel.id;
    request.corpId = channel.field(WeComFields::corpId());
    request.agentId = channel.field(WeComFields::agentId());
    request.corpSecret = secret.value;
    request.apiBaseUrl = QUrl(channel.field(WeComFields::apiBaseUrl()));
    request.timeoutMs = timeoutSeconds * 1000;
    const ConnectionCheck check = FutureWait::result(sender.check(request));
    if (!check.ok()) {
        err() << tr("Test Connection failed.") << '\n' << check.failureText << '\n';
        return CommandLine::Failed;
    }
    out() << check.successText << '\n';
    return CommandLine::Success;
}

int TestCommand::testLinked(ChannelManager& manager, const Channel& channel, int timeoutSeconds)
{
    const SecretResult key = FutureWait::result(manager.readSecret(channel.id, LinkedFields::apiKey()));
    if (!key.ok()) {
        err() << (key.code == SecretResult::Code::NotFound
                      ? tr("The gateway API key of “%1” is neither in the keychain nor in %2.")
                            .arg(channel.id,
                                 ChannelManager::environmentVariable(channel.id, LinkedFields::apiKey()))
                      : ChannelManager::secretError(key).message)
              << '\n';
        return key.code == SecretResult::Code::NoBackend ? CommandLine::KeychainUnavailable
                                                         : CommandLine::Failed;
    }
    const QString gateway = channel.field(LinkedFields::gateway());
    const QUrl baseUrl(channel.field(LinkedFields::baseUrl()));
    GatewayConfig config;
    config.baseUrl = baseUrl;
    config.secret = key.value;
    config.session = channel.field(LinkedFields::session());
    config.deviceLabel = channel.field(LinkedFields::deviceLabel());
    GatewaySessionClient client(gateway, config);
    if (!client.isKnownGateway()) {
        err() << tr("Unknown gateway type “%1”.").arg(gateway) << '\n';
        return CommandLine::Failed;
    }
    client.setTimeout(timeoutSeconds * 1000);
    out() << tr("Testing “%1” (%2 at %3, session “%4”, key %5)…")
                 .arg(channel.id, gateway, baseUrl.toDisplayString(), config.session,
                      SecretMask::mask(key.value))
          << '\n';
    out().flush();
    const GatewaySessionReport report = FutureWait::result(client.check());
    using Outcome = GatewaySessionReport::Outcome;
    if (report.outcome == Outcome::Unreachable || report.outcome == Outcome::Refused) {
        err() << tr("Test Connection failed: the gateway cannot be used.") << '\n' << report.problem << '\n';
        return CommandLine::Failed;
    }
    if (report.outcome == Outcome::KeyRejected) {
        out() << tr("  Gateway:  reachable") << '\n';
        err() << tr("Test Connection failed: the gateway rejected the API key.") << '\n'
              << report.problem << '\n'
              << tr("Replace it with “channeldesk setup --answers FILE” or Replace… on the channel's page.")
              << '\n';
        return CommandLine::Failed;
    }
    out() << tr("  Gateway:  reachable") << '\n';
    if (report.outcome == Outcome::NoSession) {
        err() << tr("Test Connection failed: no session on the gateway.") << '\n' << report.problem << '\n';
        return CommandLine::Failed;
    }
    out() << tr("  API key:  accepted") << '\n';
    const QString word = report.gatewayState.isEmpty() ? tr("no state") : report.gatewayState;
    if (report.outcome == Outcome::Linked) {
        const QString number = normalisePeer(report.selfId);
        const QString who = report.selfName.isEmpty() ? number
            : number.isEmpty()                        ? report.selfName
                                                      : tr("%1 (+%2)").arg(report.selfName, number);
        out() << tr("  Session:  working (%1), linked as %2")
                     .arg(word, who.isEmpty() ? tr("an unnamed account") : who)
              << '\n';
        out() << tr("The channel works: replies and test messages go through the gateway.") << '\n';
        return CommandLine::Success;
    }
    out() << tr("  Session:  %1 (%2)").arg(LinkStateText::name(report.state), word) << '\n';
    QString why;
    switch (report.state) {
    case LinkState::AwaitingScan:
    case LinkState::AwaitingCode:
        why = tr(
            "the phone is not linked: it needs a scan. Open the channel in the window (or its QR through "
            "the server API) and scan the code with WhatsApp → Linked devices.");
        break;
    case LinkState::Starting:
    case LinkState::Authenticating:
    case LinkState::Reconnecting:
        why = tr("the session is starting on the gateway; run the test again in a moment.");
        break;
    case LinkState::Failed:
        why = tr("the session failed on the gateway: start a new pairing window (“channeldesk channels pair "
                 "%1”), or log out and link again.")
                  .arg(channel.id);
        break;
    case LinkState::Stopped:
        why = tr("the session is stopped: start it (“channeldesk channels start %1”, or Start in the "
                 "window).")
                  .arg(channel.id);
        break;
    case LinkState::LoggedOut:
        why = tr("the phone was logged out: link it again with a new scan.");
        break;
    case LinkState::Connected:
    case LinkState::Unknown:
        why = tr("the gateway reports “%1”, which ChannelDesk does not know as linked.").arg(word);
        break;
    }
    err() << tr("Test Connection failed: %1").arg(why) << '\n';
    return CommandLine::Failed;
}

} // namespace ChannelDesk
