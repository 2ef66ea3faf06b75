// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/AnswersFile.h"

#include "channels/ChannelNaming.h"
#include "channels/CloudApiFields.h"
#include "channels/CloudApiValidator.h"
#include "channels/HandoffFields.h"
#include "channels/LinkedChannelValidator.h"
#include "channels/LinkedFields.h"
#include "channels/WeComFields.h"
#include "channels/WeComValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace ChannelDesk {
namespace {

//! What differs between the channel kinds an answers file can configure.
struct KindSpec
{
    QString key; //!< top-level answers-file key
    QString kind;
    QStringList plainFields;
    QStringList secretFields;
    QHash<QString, QString> defaults;
    std::function<FieldCheck(const QString&, const QString&)> check;
};

QList<KindSpec> kindSpecs()
{
    return {
        {AnswersFile::cloudApiKey(),
         ChannelKinds::whatsAppCloud(),
         CloudApiFields::plainFields(),
         CloudApiFields::secretFields(),
         {{CloudApiFields::apiVersion(), CloudApiFields::defaultApiVersion()},
          {CloudApiFields::graphBaseUrl(), CloudApiFields::defaultGraphBaseUrl()}},
         &CloudApiValidator::checkField},
        {AnswersFile::linkedKey(),
         ChannelKinds::whatsAppLinked(),
         LinkedFields::plainFields(),
         LinkedFields::secretFields(),
         {{LinkedFields::session(), LinkedFields::defaultSession()}},
         &LinkedChannelValidator::checkField},
        {AnswersFile::weComKey(),
         ChannelKinds::weCom(),
         WeComFields::plainFields(),
         WeComFields::secretFields(),
         {{WeComFields::apiBaseUrl(), WeComFields::defaultApiBaseUrl()}},
         &WeComValidator::checkField},
    };
}

// Switches read naturally as JSON true/false, small counts as numbers and allowlists as lists;
// every other field, ids included, must be a string.
bool acceptsBool(const QString& key)
{
    return key == HandoffFields::onReply() || key == WeComFields::allowAllUsers();
}

bool acceptsNumber(const QString& key)
{
    return key == HandoffFields::returnHours();
}

bool acceptsList(const QString& key)
{
    return key == WeComFields::allowedUsers();
}

bool isListOfStrings(const QJsonValue& value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue& item) { return item.isString(); });
}

bool hasAcceptedType(const QString& key, const QJsonValue& value)
{
    return value.isString() || (acceptsBool(key) && value.isBool())
        || (acceptsNumber(key) && value.isDouble()) || (acceptsList(key) && isListOfStrings(value));
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return AnswersFile::tr("a number");
    case QJsonValue::String:
        return AnswersFile::tr("text");
    case QJsonValue::Array:
        return AnswersFile::tr("a list");
    case QJsonValue::Object:
        return AnswersFile::tr("an object");
    default:
        return AnswersFile::tr("nothing");
    }
}

void parseChannel(const KindSpec& spec, const QJsonObject& object, const QString& where,
                  AnswersFile::Parsed& out)
{
    const QStringList stringKeys = QStringList{QStringLiteral("name")} + spec.plainFields + spec.secretFields;
    QStringList errors;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("enabled")) {
            if (!it.value().isBool())
                errors << AnswersFile::tr("%1.enabled: must be true or false, not %2.")
                              .arg(where, typeName(it.value()));
        } else if (!stringKeys.contains(it.key())) {
            errors << AnswersFile::tr("%1.%2: unknown key. Known keys: enabled, %3.")
                          .arg(where, it.key(), stringKeys.join(QStringLiteral(", ")));
        } else if (acceptsList(it.key()) && it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (int i = 0; i < array.size(); ++i) {
                if (!array.at(i).isString())
                    errors << AnswersFile::tr("%1.%2[%3]: must be text in quotes, not %4.")
                                  .arg(where, it.key())
                                  .arg(i)
                                  .arg(typeName(array.at(i)));
            }
        } else if (!hasAcceptedType(it.key(), it.value())) {
            // Long numeric ids lose digits as JSON numbers (doubles), so insist on strings.
            errors << AnswersFile::tr("%1.%2: must be text in quotes, not %3.")
                          .arg(where, it.key(), typeName(it.value()));
        }
    }
    auto text = [&](const QString& key) {
        const QJsonValue value = object.value(key);
        if (value.isArray()) {
            QStringList items;
            const QJsonArray array = value.toArray();
            for (const QJsonValue& item : array)
                items << item.toString().trimmed();
            return items.join(QLatin1Char(','));
        }
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (value.isDouble()) // not integral: left as written, so the check names it
            return value.toDouble() == double(value.toInt()) ? QString::number(value.toInt())
                                                             : QString::number(value.toDouble());
        return value.toString().trimmed();
    };

    ChannelDraft draft;
    Channel& channel = draft.channel;
    const QString name = text(QStringLiteral("name"));
    const FieldCheck nameCheck = ChannelNaming::checkName(name);
    if (nameCheck.isError())
        errors << QStringLiteral("%1.name: %2").arg(where, nameCheck.message);
    channel.name = name;
    channel.id = ChannelNaming::idFor(name);
    channel.kind = spec.kind;
    channel.enabled = object.value(QLatin1String("enabled")).toBool(true);

    QHash<QString, QString> values;
    for (const QString& key : spec.plainFields)
        values.insert(key, text(key));
    for (const QString& key : spec.secretFields)
        values.insert(key, object.value(key).toString()); // secrets are checked untrimmed
    for (auto it = spec.defaults.cbegin(); it != spec.defaults.cend(); ++it) {
        if (values.value(it.key()).isEmpty())
            values.insert(it.key(), it.value());
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QJsonValue given = object.value(it.key());
        if (!object.contains(it.key()) || hasAcceptedType(it.key(), given)) {
            const FieldCheck check = spec.check(it.key(), it.value());
            if (check.isError())
                errors << QStringLiteral("%1.%2: %3").arg(where, it.key(), check.message);
            else if (check.isWarning())
                out.warnings << QStringLiteral("%1.%2: %3").arg(where, it.key(), check.message);
        }
        if (spec.secretFields.contains(it.key()))
            draft.secrets.insert(it.key(), it.value());
        else if (!it.value().isEmpty())
            channel.fields.insert(it.key(), it.value());
    }
    errors.sort();
    out.errors << errors;
    out.drafts.append(draft);
}

} // namespace

AnswersFile::Parsed AnswersFile::parse(const QByteArray& json)
{
    Parsed out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.errors << tr("The answers file is not valid JSON: %1 at byte %2.")
                          .arg(parseError.errorString())
                          .arg(parseError.offset);
        return out;
    }
    if (!doc.isObject()) {
        out.errors
            << tr("The answers file must be a JSON object such as {\"%1\": {...}}.").arg(cloudApiKey());
        return out;
    }
    const QList<KindSpec> specs = kindSpecs();
    QStringList knownKeys;
    for (const KindSpec& spec : specs)
        knownKeys << spec.key;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                       [&](const KindSpec& s) { return s.key == it.key(); });
        if (spec == specs.cend()) {
            out.errors
                << tr("%1: unknown key. Known keys: %2.").arg(it.key(), knownKeys.join(QStringLiteral(", ")));
            continue;
        }
        if (it.value().isObject()) {
            parseChannel(*spec, it.value().toObject(), it.key(), out);
        } else if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            if (array.isEmpty())
                out.errors << tr("%1: the list is empty.").arg(it.key());
            for (int i = 0; i < array.size(); ++i) {
                const QString where = QStringLiteral("%1[%2]").arg(it.key()).arg(i);
                if (!array.at(i).isObject())
                    out.errors << tr("%1: must be an object, not %2.").arg(where, typeName(array.at(i)));
                else
                    parseChannel(*spec, array.at(i).toObject(), where, out);
            }
        } else {
            out.errors << tr("%1: must be an object or a list of objects, not %2.")
                              .arg(it.key(), typeName(it.value()));
        }
    }
    if (root.isEmpty())
        out.errors << tr("The answers file configures no channel; add a \"%1\" entry.").arg(cloudApiKey());
    QSet<QString> seen;
    for (const ChannelDraft& draft : std::as_const(out.drafts)) {
        if (draft.channel.id.isEmpty())
            continue;
        if (seen.contains(draft.channel.id))
            out.errors
                << tr("Two channels have the id “%1”; give them different names.").arg(draft.channel.id);
        seen.insert(draft.channel.id);
    }
    return out;
}

} // namespace ChannelDesk
