// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupCommand.h"

#include "CommandLine.h"
#include "channels/AnswersFile.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "channels/LinkedFields.h"
#include "channels/WeComFields.h"
#include "channels/WeComValidator.h"
#include "secrets/KeychainSecretStore.h"
#include "util/FutureWait.h"
#include "util/SecretMask.h"

#include <QFile>
#include <QTextStream>

namespace ChannelDesk {
SetupCommand::SetupCommand()
    : Command(QStringLiteral("setup"), QStringLiteral("--answers FILE [--no-keychain]"))
{
    m_parser.addOption(QCommandLineOption(QStringLiteral("answers"),
                                          tr("The answers JSON file (keys messaging-whatsapp, "
                                             "messaging-whatsapp-linked and messaging-wecom; see the "
                                             "README)."),
                                          QStringLiteral("FILE")));
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("no-keychain"),
                           tr("Save the non-secret fields only; the server then reads each secret from "
                              "CHANNELDESK_SECRET_<CHANNEL_ID>_<FIELD>.")));
}

QString SetupCommand::summary() const
{
    return tr("Create or update channels from an answers JSON file.");
}

QString SetupCommand::description() const
{
    return tr("Create or update channels from an answers JSON file (keys messaging-whatsapp,\n"
              "messaging-whatsapp-linked and messaging-wecom). Everything is validated first; nothing\n"
              "is saved if any field is invalid. Secrets go to the OS keychain.\n");
}

int SetupCommand::run(const QString& dataDir)
{
    const QString path = m_parser.value(QStringLiteral("answers"));
    const bool noKeychain = m_parser.isSet(QStringLiteral("no-keychain"));
    if (path.isEmpty())
        return usageError(tr("setup needs --answers FILE."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << tr("Cannot read the answers file %1: %2").arg(path, file.errorString()) << '\n';
        return CommandLine::InvalidInput;
    }
    const AnswersFile::Parsed parsed = AnswersFile::parse(file.readAll());
    for (const QString& warning : parsed.warnings)
        err() << tr("warning: %1").arg(warning) << '\n';
    if (!parsed.ok()) {
        err() << tr("The answers file has %n problem(s); nothing was saved:", nullptr,
                    int(parsed.errors.size()))
              << '\n';
        for (const QString& error : parsed.errors)
            err() << QStringLiteral("  - ") << error << '\n';
        return CommandLine::InvalidInput;
    }
    QList<ChannelDraft> drafts = parsed.drafts;
    KeychainSecretStore keychain;
    ChannelManager manager(dataDir, noKeychain ? nullptr : &keychain);
    const Status loaded = FutureWait::result(manager.reload());
    if (!loaded.ok()) {
        err() << loaded.error().message << '\n';
        return CommandLine::Failed;
    }
    QHash<QString, QHash<QString, QString>> secrets;
    for (ChannelDraft& draft : drafts) {
        secrets.insert(draft.channel.id, draft.secrets);
        if (noKeychain)
            draft.secrets.clear();
    }
    const Status saved = FutureWait::result(manager.save(drafts));
    if (!saved.ok()) {
        err() << saved.error().message << '\n';
        if (saved.error().code == ChannelManager::KeychainUnavailable) {
            err() << tr("Nothing was saved. On a server without a keychain, run setup with --no-keychain and "
                        "export the secrets as environment variables (see --help).")
                  << '\n';
            return CommandLine::KeychainUnavailable;
        }
        return CommandLine::Failed;
    }
    bool anyCloud = false;
    bool anyWeCom = false;
    for (const ChannelDraft& draft : std::as_const(drafts)) {
        const Channel& c = draft.channel;
        const bool cloud = c.kind == ChannelKinds::whatsAppCloud();
        anyCloud = anyCloud || cloud;
        out() << tr("Saved channel “%1” (%2, %3).")
                     .arg(c.id, c.kind, c.enabled ? tr("enabled") : tr("disabled"))
              << '\n';
        if (cloud) {
            const QString verifyToken = secrets.value(c.id).value(CloudApiFields::verifyToken());
            out() << tr("  Callback URL:  %1").arg(CloudApiValidator::webhookUrl(c)) << '\n';
            out() << tr("  Verify token:  %1 (the value from the answers file)")
                         .arg(SecretMask::mask(verifyToken))
                  << '\n';
        } else if (c.kind == ChannelKinds::weCom()) {
            anyWeCom = true;
            const QString token = secrets.value(c.id).value(WeComFields::token());
            const QString base = c.field(WeComFields::publicBaseUrl());
            out() << tr("  Callback URL:  %1").arg(WeComValidator::callbackUrl(c)) << '\n';
            out() << tr("  Shared URL:    %1 (one URL for several apps)")
                         .arg(WeComValidator::sharedCallbackUrl(base))
                  << '\n';
            out() << tr("  Token:         %1 (the value from the answers file)").arg(SecretMask::mask(token))
                  << '\n';
        } else {
            out() << tr("  Gateway:       %1 at %2, session “%3”")
                         .arg(c.field(LinkedFields::gateway()), c.field(LinkedFields::baseUrl()),
                              c.field(LinkedFields::session()))
                  << '\n';
            out() << tr("  Open “channeldesk --show-channel %1” to scan the pairing QR; “channeldesk serve” "
                        "keeps "
                        "the connection on a server.")
                         .arg(c.id)
                  << '\n';
        }
        if (noKeychain) {
            // Sorted: a QHash's order changes from run to run.
            QStringList fields = secrets.value(c.id).keys();
            fields.sort();
            for (const QString& field : std::as_const(fields))
                out() << tr("  Export %1 before running the server.")
                             .arg(ChannelManager::environmentVariable(c.id, field))
                      << '\n';
        }
    }
    if (anyCloud)
        out() << tr(
            "In Meta's App Dashboard open WhatsApp > Configuration, paste the Callback URL and the verify "
            "token, click “Verify and save”, then subscribe to the “messages” field.")
              << '\n';
    if (anyWeCom)
        out() << tr(
            "In WeCom's admin console open 应用管理 → your app → 接收消息 → 设置API接收, paste the URL, "
            "Token and EncodingAESKey and click 保存; add this server's public IP under 企业可信IP.")
              << '\n';
    return CommandLine::Success;
}

} // namespace ChannelDesk
