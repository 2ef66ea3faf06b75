// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookPayloadParser.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVariant>

#include <cmath>
#include <limits>

namespace ChannelDesk {

namespace {

// 9999-12-31T23:59:59Z. Anything later is garbage, and keeping QDateTime away from the far ends of
// its range keeps hostile timestamps from reaching its overflow edge cases.
constexpr qint64 kMaxUnixSeconds = 253402300799;

// What every event of one change shares: where it came from and who the senders are.

// Ids and timestamps are strings on the wire, but hand-written test payloads (Meta's dashboard
// samples among them) sometimes use bare numbers; accept both, ignore every other type.
QString scalarString(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return value.toVariant().toString();
    return {};
}

QString stringAt(const QJsonObject& object, const char* key)
{
    return scalarString(object.value(QLatin1String(key)));
}

QJsonObject objectAt(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toObject();
}

QJsonArray arrayAt(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toArray();
}

bool boolAt(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toBool();
}

//! contacts[] is a sibling of messages[]; a batched value can hold several senders. Looked up by
//! wa_id and user_id: through a hash for many senders (a scan per message made a 1 MB body of many
//! senders take a minute to build), by a scan for the usual one or two (building a hash for each
//! delivery was a quarter of the parse, docs/performance.md).
class ContactNames
{
public:
    explicit ContactNames(const QJsonArray& contacts)
    {
        int index = 0;
        for (const QJsonValue& contactValue : contacts) {
            const QJsonObject contact = contactValue.toObject();
            const Entry entry{index++,
                              scalarString(objectAt(contact, "profile").value(QLatin1String("name")))};
            for (const char* key : {"wa_id", "user_id"}) {
                const QString id = scalarString(contact.value(QLatin1String(key)));
                // The first contact that names an id wins, as a scan in order would find it.
                if (!id.isEmpty() && !find(id))
                    add(id, entry);
            }
        }
    }

    //! The profile name of the first contact whose wa_id or user_id is either id.
    QString nameFor(const QString& from, const QString& fromUserId) const
    {
        const Entry* byFrom = from.isEmpty() ? nullptr : find(from);
        const Entry* byUserId = fromUserId.isEmpty() ? nullptr : find(fromUserId);
        if (!byFrom || !byUserId)
            return byFrom ? byFrom->name : byUserId ? byUserId->name : QString();
        return byFrom->index <= byUserId->index ? byFrom->name : byUserId->name;
    }

private:
    struct Entry
    {
        int index = 0;
        QString name;
    };
    static constexpr qsizetype kScanned = 8;

    const Entry* find(const QString& id) const
    {
        if (!m_byId.isEmpty()) {
            const auto found = m_byId.constFind(id);
            return found == m_byId.cend() ? nullptr : &found.value();
        }
        for (const auto& [key, entry] : m_few) {
            if (key == id)
                return &entry;
        }
        return nullptr;
    }

    void add(const QString& id, const Entry& entry)
    {
        if (!m_byId.isEmpty()) {
            m_byId.insert(id, entry);
            return;
        }
        m_few.append({id, entry});
        if (m_few.size() > kScanned) {
            for (const auto& [key, value] : std::as_const(m_few))
                m_byId.insert(key, value);
            m_few.clear();
        }
    }

    QList<std::pair<QString, Entry>> m_few;
    QHash<QString, Entry> m_byId;
};

struct ChangeContext
{
    QString wabaId;
    QString phoneNumberId;
    QString displayPhoneNumber;
    ContactNames contacts;
};

QDateTime parseTimestamp(const QJsonValue& value)
{
    qint64 seconds = -1;
    if (value.isString()) {
        bool ok = false;
        seconds = value.toString().toLongLong(&ok);
        if (!ok)
            return {};
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        // The range check comes first so the cast below is always defined (no inf, NaN or overflow).
        if (!(number >= 0 && number <= double(kMaxUnixSeconds)) || std::trunc(number) != number)
            return {};
        seconds = qint64(number);
    }
    if (seconds < 0 || seconds > kMaxUnixSeconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

bool isMediaType(const QString& type)
{
    // "voice" is not in Meta's references (voice notes are audio with voice:true), but other
    // receivers accept it defensively and so do we.
    static const char* const mediaTypes[] = {"image", "video", "audio", "voice", "document", "sticker"};
    for (const char* mediaType : mediaTypes) {
        if (type == QLatin1String(mediaType))
            return true;
    }
    return false;
}

QJsonObject mediaSubset(const QJsonObject& media)
{
    static const char* const keys[]
        = {"id", "mime_type", "sha256", "url", "filename", "caption", "voice", "animated"};
    QJsonObject subset;
    for (const char* key : keys) {
        const QJsonValue value = media.value(QLatin1String(key));
        if (!value.isUndefined())
            subset.insert(QLatin1String(key), value);
    }
    return subset;
}

QString locationText(const QJsonObject& location)
{
    // Live pins often come without name and address despite the OAS marking them required.
    const QString name = stringAt(location, "name");
    if (!name.isEmpty())
        return name;
    const QString address = stringAt(location, "address");
    if (!address.isEmpty())
        return address;
    const QString latitude = stringAt(location, "latitude");
    const QString longitude = stringAt(location, "longitude");
    if (latitude.isEmpty() && longitude.isEmpty())
        return {};
    return latitude + QLatin1String(", ") + longitude;
}

void readInteractive(InboundMessage& message, const QJsonObject& interactive)
{
    message.subtype = stringAt(interactive, "type");
    const QJsonObject reply = interactive.value(message.subtype).toObject();
    if (message.subtype == QLatin1String("nfm_reply")) {
        // A completed Flow: the answers are in response_json (a JSON string, kept in raw).
        message.text = stringAt(reply, "body");
        if (message.text.isEmpty())
            message.text = stringAt(reply, "name");
        return;
    }
    message.text = stringAt(reply, "title");
    message.replyId = stringAt(reply, "id");
}

// Fills subtype, text, replyId, reaction and media from the object named after the type.
void readContent(InboundMessage& message)
{
    const QString& type = message.type;
    const QJsonObject content = message.raw.value(type).toObject();
    if (isMediaType(type)) {
        message.media = mediaSubset(content);
        message.text = stringAt(content, "caption");
    } else if (type == QLatin1String("text")) {
        message.text = stringAt(content, "body");
    } else if (type == QLatin1String("reaction")) {
        message.reactedMessageId = stringAt(content, "message_id");
        // Meta omits the emoji key when the user removes a reaction; older docs used "" for it.
        message.text = stringAt(content, "emoji");
        message.reactionRemoved = message.text.isEmpty();
    } else if (type == QLatin1String("interactive")) {
        readInteractive(message, content);
    } else if (type == QLatin1String("button")) {
        message.text = stringAt(content, "text");
        message.replyId = stringAt(content, "payload");
    } else if (type == QLatin1String("location")) {
        message.text = locationText(content);
        // The coordinates, for the conversation view's "Open in map".
        for (const char* key : {"latitude", "longitude", "name", "address"}) {
            const QJsonValue value = content.value(QLatin1String(key));
            if (!value.isUndefined())
                message.media.insert(QLatin1String(key), value);
        }
    } else if (type == QLatin1String("contacts")) {
        // Here "contacts" is an array of shared vCards, not the sender list next to messages[].
        const QJsonArray cards = arrayAt(message.raw, "contacts");
        if (!cards.isEmpty())
            message.text = stringAt(objectAt(cards.first().toObject(), "name"), "formatted_name");
    } else if (type == QLatin1String("order")) {
        message.text = stringAt(content, "text");
    } else if (type == QLatin1String("system")) {
        message.subtype = stringAt(content, "type");
        message.text = stringAt(content, "body");
    } else if (type == QLatin1String("unsupported") || type == QLatin1String("unknown")) {
        message.subtype = stringAt(content, "type");
    }
}

InboundMessage readMessage(const QJsonObject& json, const ChangeContext& change)
{
    InboundMessage message;
    message.raw = json;
    message.rawJson = QJsonDocument(json).toJson(QJsonDocument::Compact);
    message.phoneNumberId = change.phoneNumberId;
    message.displayPhoneNumber = change.displayPhoneNumber;
    message.wabaId = change.wabaId;
    message.messageId = stringAt(json, "id");
    message.from = stringAt(json, "from");
    message.fromUserId = stringAt(json, "from_user_id");
    message.profileName = change.contacts.nameFor(message.from, message.fromUserId);
    message.timestamp = parseTimestamp(json.value(QLatin1String("timestamp")));
    message.type = stringAt(json, "type");
    readContent(message);

    // Forwarded messages carry a context without id or from; never assume context.id exists.
    const QJsonObject context = objectAt(json, "context");
    message.contextMessageId = stringAt(context, "id");
    message.contextFrom = stringAt(context, "from");
    message.forwarded = boolAt(context, "forwarded");
    message.frequentlyForwarded = boolAt(context, "frequently_forwarded");

    const QJsonValue referral = json.value(QLatin1String("referral"));
    message.hasReferral = referral.isObject();
    message.referral = referral.toObject();
    message.errors = arrayAt(json, "errors");
    return message;
}

StatusUpdate readStatus(const QJsonObject& json, const ChangeContext& change)
{
    StatusUpdate status;
    status.raw = json;
    status.rawJson = QJsonDocument(json).toJson(QJsonDocument::Compact);
    status.phoneNumberId = change.phoneNumberId;
    status.wabaId = change.wabaId;
    status.messageId = stringAt(json, "id");
    status.status = stringAt(json, "status");
    status.recipientId = stringAt(json, "recipient_id");
    status.timestamp = parseTimestamp(json.value(QLatin1String("timestamp")));
    status.errors = arrayAt(json, "errors");
    status.pricing = objectAt(json, "pricing");
    status.conversation = objectAt(json, "conversation");
    return status;
}

ValueError readValueError(const QJsonObject& json, const ChangeContext& change)
{
    ValueError error;
    error.raw = json;
    error.phoneNumberId = change.phoneNumberId;
    error.wabaId = change.wabaId;
    const QJsonValue code = json.value(QLatin1String("code"));
    error.code = code.isString() ? code.toString().toInt() : code.toInt();
    error.title = stringAt(json, "title");
    error.message = stringAt(json, "message");
    error.details = stringAt(objectAt(json, "error_data"), "details");
    return error;
}

void keepUnusable(WebhookBatch& batch, const ChangeContext& change, const char* field, const QJsonValue& item)
{
    ++batch.ignoredItems;
    batch.otherChanges.append({change.wabaId, change.phoneNumberId, QLatin1String(field), item});
}

// A present key of the wrong type (e.g. "messages": {}) is one ignored item; an absent key is none.
QJsonArray itemsAt(WebhookBatch& batch, const QJsonObject& value, const char* key)
{
    const QJsonValue items = value.value(QLatin1String(key));
    if (!items.isUndefined() && !items.isNull() && !items.isArray())
        ++batch.ignoredItems;
    return items.toArray();
}

void readMessagesValue(WebhookBatch& batch, const QJsonObject& value, const QString& wabaId)
{
    const QJsonObject metadata = objectAt(value, "metadata");
    const ChangeContext change{wabaId, stringAt(metadata, "phone_number_id"),
                               stringAt(metadata, "display_phone_number"),
                               ContactNames(arrayAt(value, "contacts"))};

    for (const QJsonValue& item : itemsAt(batch, value, "messages")) {
        const QJsonObject json = item.toObject();
        // The wamid is the dedupe key: without it the message cannot be stored safely.
        if (stringAt(json, "id").isEmpty())
            keepUnusable(batch, change, "messages", item);
        else
            batch.messages.append(readMessage(json, change));
    }
    for (const QJsonValue& item : itemsAt(batch, value, "statuses")) {
        const QJsonObject json = item.toObject();
        // Statuses are deduped on (id, status); either missing makes the update meaningless.
        if (stringAt(json, "id").isEmpty() || stringAt(json, "status").isEmpty())
            keepUnusable(batch, change, "statuses", item);
        else
            batch.statuses.append(readStatus(json, change));
    }
    for (const QJsonValue& item : itemsAt(batch, value, "errors")) {
        if (item.isObject())
            batch.errors.append(readValueError(item.toObject(), change));
        else
            keepUnusable(batch, change, "errors", item);
    }
}

void readChange(WebhookBatch& batch, const QJsonObject& change, const QString& wabaId)
{
    const QString field = stringAt(change, "field");
    const QJsonValue value = change.value(QLatin1String("value"));
    // Meta always names the field; a change without one is still read as "messages", the only
    // field that carries messages, statuses and value errors, rather than set aside unread.
    if ((field == QLatin1String("messages") || field.isEmpty()) && value.isObject()) {
        readMessagesValue(batch, value.toObject(), wabaId);
        return;
    }
    const QString phoneNumberId = stringAt(objectAt(value.toObject(), "metadata"), "phone_number_id");
    if (field.isEmpty() || field == QLatin1String("messages"))
        ++batch.ignoredItems; // a messages change whose value is not an object
    // A missing value is kept as null: undefined cannot be stored in a QJsonDocument.
    batch.otherChanges.append({wabaId, phoneNumberId, field, value.isUndefined() ? QJsonValue() : value});
}

Result<QJsonObject> rootOf(const QByteArray& body)
{
    if (body.isEmpty())
        return Error{400, QStringLiteral("The webhook body is empty.")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{400,
                     QStringLiteral("The webhook body is not valid JSON (%1 at offset %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    }
    if (!document.isObject())
        return Error{400, QStringLiteral("The webhook body is JSON but not an object.")};
    return document.object();
}

} // namespace

Result<WebhookPayloadParser::Outline> WebhookPayloadParser::outline(const QByteArray& body)
{
    const Result<QJsonObject> root = rootOf(body);
    if (!root.ok())
        return root.error();
    Outline outline;
    for (const QJsonValue& entry : root.value().value(QLatin1String("entry")).toArray()) {
        for (const QJsonValue& change : entry.toObject().value(QLatin1String("changes")).toArray()) {
            const QJsonObject value = change.toObject().value(QLatin1String("value")).toObject();
            outline.messages += int(value.value(QLatin1String("messages")).toArray().size());
            outline.statuses += int(value.value(QLatin1String("statuses")).toArray().size());
        }
    }
    return outline;
}

Result<WebhookBatch> WebhookPayloadParser::parse(const QByteArray& body)
{
    const Result<QJsonObject> parsed = rootOf(body);
    if (!parsed.ok())
        return parsed.error();

    // Any "object" value is read: Meta only sends whatsapp_business_account today, and whatever
    // else arrives is better kept than refused (the receiver has already checked the signature).
    WebhookBatch batch;
    const QJsonObject& root = parsed.value();
    for (const QJsonValue& entryValue : itemsAt(batch, root, "entry")) {
        if (!entryValue.isObject()) {
            ++batch.ignoredItems;
            continue;
        }
        const QJsonObject entry = entryValue.toObject();
        const QString wabaId = stringAt(entry, "id");
        for (const QJsonValue& changeValue : itemsAt(batch, entry, "changes")) {
            if (changeValue.isObject())
                readChange(batch, changeValue.toObject(), wabaId);
            else
                ++batch.ignoredItems;
        }
    }
    return batch;
}

} // namespace ChannelDesk
