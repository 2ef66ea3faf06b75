// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeysCommand.h"

#include "CommandLine.h"
#include "store/ApiKeyStore.h"
#include "store/AuditStore.h"
#include "util/DataDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ChannelDesk {
namespace {

const QString cli = QStringLiteral("cli");

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

int exitCodeOf(const Error& error)
{
    switch (error.code) {
    case ApiKeyStore::InvalidName:
    case ApiKeyStore::InvalidRate:
    case ApiKeyStore::DuplicateName:
        return CommandLine::InvalidInput;
    case ApiKeyStore::UnknownName:
        // The code for an unknown channel means "no such thing by that name" for keys too.
        return CommandLine::UnknownChannel;
    default:
        return CommandLine::Failed;
    }
}

} // namespace

KeysCommand::KeysCommand()
    : Command(
        QStringLiteral("keys"),
        QStringLiteral("create --name NAME --role ROLE [--rate N] [--json] | list [--json] | revoke NAME"))
{
    m_parser.addPositionalArgument(QStringLiteral("create|list|revoke"), tr("What to do."));
    m_parser.addOption(QCommandLineOption(QStringLiteral("name"),
                                          tr("create: the key's name (letters, digits, - _ .)."),
                                          QStringLiteral("NAME")));
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("role"), tr("create: viewer, sender, operator or admin."), QStringLiteral("ROLE")));
    m_parser.addOption(
        QCommandLineOption(QStringLiteral("rate"),
                           tr("create: requests a minute the server accepts with the key (default %1).")
                               .arg(ApiKeyInfo::DefaultRatePerMinute),
                           QStringLiteral("N")));
    m_parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("create, list: print JSON.")));
}

QString KeysCommand::summary() const
{
    return tr("Create, list or revoke the server's API keys.");
}

QString KeysCommand::description() const
{
    return tr("keys create prints a new random key once; only its hash is stored, so it cannot be\n"
              "shown again. Roles, each including the ones before it: viewer (status, QR,\n"
              "conversations, stream), sender (send, test), operator (connect, stop, restart,\n"
              "log out, clear opt-out), admin (channel setup and removal, keys).\n"
              "keys list prints name, role, created, last used and rate limit, separated by tabs;\n"
              "never a key. keys revoke NAME deletes the key. Creating and revoking are recorded\n"
              "in the audit log (channeldesk audit). The keys are for the server API, which is\n"
              "still to come: nothing accepts them yet.\n");
}

int KeysCommand::checkPositional(const QStringList& positional)
{
    if (positional.isEmpty())
        return usageError(tr("keys: say create, list or revoke."));
    m_subcommand = positional.constFirst();
    const bool isCreate = m_subcommand == QLatin1String("create");
    const bool isList = m_subcommand == QLatin1String("list");
    const bool isRevoke = m_subcommand == QLatin1String("revoke");
    if (!isCreate && !isList && !isRevoke)
        return usageError(tr("keys: unknown subcommand “%1”; say create, list or revoke.").arg(m_subcommand));
    if (isRevoke) {
        if (positional.size() < 2)
            return usageError(tr("keys revoke: which key? Give its name."));
        m_revokeName = positional.at(1);
    }
    const int expected = isRevoke ? 2 : 1;
    if (positional.size() > expected)
        return usageError(
            tr("keys %1: unexpected argument “%2”.").arg(m_subcommand, positional.at(expected)));
    if (!isCreate) {
        for (const QString& option :
             {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("rate")}) {
            if (m_parser.isSet(option))
                return usageError(tr("keys %1: --%2 belongs to keys create.").arg(m_subcommand, option));
        }
    }
    if (isRevoke && m_parser.isSet(QStringLiteral("json")))
        return usageError(tr("keys revoke: --json belongs to keys create and keys list."));
    return Proceed;
}

int KeysCommand::run(const QString& dataDir)
{
    if (m_subcommand == QLatin1String("create"))
        return create(dataDir);
    if (m_subcommand == QLatin1String("list"))
        return list(dataDir);
    return revoke(dataDir);
}

int KeysCommand::create(const QString& dataDir)
{
    if (!m_parser.isSet(QStringLiteral("name")))
        return usageError(tr("keys create: --name is required."));
    if (!m_parser.isSet(QStringLiteral("role")))
        return usageError(tr("keys create: --role is required."));
    const QString name = m_parser.value(QStringLiteral("name"));
    const std::optional<ApiRole> role = parseApiRole(m_parser.value(QStringLiteral("role")));
    if (!role)
        return usageError(
            tr("keys create: unknown role “%1”; use one of %2.")
                .arg(m_parser.value(QStringLiteral("role")), apiRoleNames().join(QStringLiteral(", "))));
    int rate = ApiKeyInfo::DefaultRatePerMinute;
    if (m_parser.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        rate = m_parser.value(QStringLiteral("rate")).toInt(&ok);
        if (!ok || rate < 1 || rate > ApiKeyStore::MaxRatePerMinute)
            return usageError(tr("keys create: --rate needs a number of requests a minute, 1 to %1.")
                                  .arg(ApiKeyStore::MaxRatePerMinute));
    }

    const ApiKeyStore store(DataDirectory::databasePath(dataDir));
    const Result<NewApiKey> made = store.create(name, *role, rate, QDateTime::currentDateTimeUtc());
    audit(dataDir, QStringLiteral("key.create"), name,
          made.ok() ? QStringLiteral("ok: %1").arg(apiRoleName(*role)) : made.error().message);
    if (!made.ok()) {
        err() << made.error().message << '\n';
        return exitCodeOf(made.error());
    }
    const NewApiKey& key = made.value();
    if (m_parser.isSet(QStringLiteral("json"))) {
        const QJsonObject object{{QStringLiteral("name"), key.info.name},
                                 {QStringLiteral("role"), apiRoleName(key.info.role)},
                                 {QStringLiteral("key"), key.key},
                                 {QStringLiteral("rate_per_minute"), key.info.ratePerMinute}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        out() << key.key << '\n';
    }
    // On stderr, so KEY=$(channeldesk keys create ...) captures the key alone.
    err() << tr("This is the only time the key “%1” is shown: ChannelDesk keeps only its hash. Store it "
                "safely now.")
                 .arg(key.info.name)
          << '\n';
    return CommandLine::Success;
}

int KeysCommand::list(const QString& dataDir)
{
    const ApiKeyStore store(DataDirectory::databasePath(dataDir));
    const Result<QList<ApiKeyInfo>> keys = store.list();
    if (!keys.ok()) {
        err() << keys.error().message << '\n';
        return CommandLine::Failed;
    }
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ApiKeyInfo& k : keys.value()) {
            array.append(QJsonObject{
                {QStringLiteral("name"), k.name},
                {QStringLiteral("role"), apiRoleName(k.role)},
                {QStringLiteral("created_at"), isoTime(k.createdAt)},
                {QStringLiteral("last_used_at"),
                 k.lastUsedAt.isValid() ? QJsonValue(isoTime(k.lastUsedAt)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("rate_per_minute"), k.ratePerMinute}});
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return CommandLine::Success;
    }
    if (keys.value().isEmpty()) {
        out() << tr("No API keys yet. Create one with “channeldesk keys create --name NAME --role ROLE”.")
              << '\n';
        return CommandLine::Success;
    }
    for (const ApiKeyInfo& k : keys.value()) {
        // Untranslated on purpose: scripts parse these columns.
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     .arg(k.name, apiRoleName(k.role), isoTime(k.createdAt),
                          k.lastUsedAt.isValid() ? isoTime(k.lastUsedAt) : QStringLiteral("never"))
                     .arg(k.ratePerMinute);
    }
    return CommandLine::Success;
}

int KeysCommand::revoke(const QString& dataDir)
{
    const ApiKeyStore store(DataDirectory::databasePath(dataDir));
    const Status revoked = store.revoke(m_revokeName);
    audit(dataDir, QStringLiteral("key.revoke"), m_revokeName,
          revoked.ok() ? QStringLiteral("ok") : revoked.error().message);
    if (!revoked.ok()) {
        err() << revoked.error().message << '\n';
        return exitCodeOf(revoked.error());
    }
    out() << tr("Revoked the key “%1”.").arg(m_revokeName) << '\n';
    return CommandLine::Success;
}

void KeysCommand::audit(const QString& dataDir, const QString& action, const QString& target,
                        const QString& result)
{
    AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.keyName = cli;
    entry.remote = cli;
    entry.action = action;
    entry.target = target;
    entry.result = result;
    const Result<qint64> recorded = AuditStore(DataDirectory::databasePath(dataDir)).record(entry);
    if (!recorded.ok())
        err() << tr("Could not record this in the audit log: %1").arg(recorded.error().message) << '\n';
}

} // namespace ChannelDesk
