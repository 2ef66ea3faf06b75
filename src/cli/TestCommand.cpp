// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCommand.h"

#include "CommandLine.h"
#include "api/ConnectionTest.h"
#include "api/MetaErrorDecoder.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "channels/WeComFields.h"
#include "desk/WeComSender.h"
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
    return tr("Run Test Connection against the Graph API (or WeCom's API).");
}

QString TestCommand::description() const
{
    return tr("Run Test Connection against the Graph API and print the outcome: the verified name and\n"
              "number, quality rating, platform and throughput, or Meta's error with the fix. For a WeCom\n"
              "channel: fetch an access token with the app's Secret and print the app's name.\n");
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
    const Status loaded = FutureWait::result(manager.reload());
    if (!loaded.ok()) {
        err() << loaded.error().message << '\n';
        return CommandLine::Failed;
    }
    const std::optional<Channel> channel = manager.channel(id);
    if (!channel) {
        err() << tr("There is no channel “%1”. “channeldesk channels” lists them.").arg(id) << '\n';
        return CommandLine::UnknownChannel;
    }
    if (channel->kind == ChannelKinds::weCom())
        return testWeCom(manager, *channel, timeoutSeconds);
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
    const GraphEndpoint endpoint = GraphEndpoint::forChannel(*channel, token.value);
    ConnectionTest test(&network, endpoint, channel->field(CloudApiFields::phoneNumberId()));
    test.setTimeout(timeoutSeconds * 1000);
    QEventLoop loop;
    QObject::connect(&test, &ConnectionTest::finished, &loop, &QEventLoop::quit);
    out() << tr("Testing “%1” (phone number ID %2, token %3)…")
                 .arg(id, channel->field(CloudApiFields::phoneNumberId()), SecretMask::mask(token.value))
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

} // namespace ChannelDesk
