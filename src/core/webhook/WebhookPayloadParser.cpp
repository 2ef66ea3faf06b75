// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookPayloadParser.h"

#include "util/ParsedJson.h"

#include <QHash>

namespace ChannelDesk {

namespace {

// 9999-12-31T23:59:59Z. Anything later is garbage, and keeping QDateTime away from the far ends of
// its range keeps hostile timestamps from reaching its overflow edge cases.
constexpr qint64 kMaxUnixSeconds = 253402300799;

// What every event of one change shares: where it came from and who the senders are.

QString stringAt(const JsonView& object, std::string_view key)
{
    // Ids and timestamps are strings on the wire, but hand-written test payloads (Meta's dashboard
    // samples among them) sometimes use bare numbers; accept both, ignore every other type.
    return object.value(key).scalarString();
}

//! The object named by a value read from the same message (its type, an interactive's type).
JsonView valueNamed(const JsonView& object, const QString& key)
{
    const QByteArray utf8 = key.toUtf8();
    return object.value(std::string_view(utf8.constData(), size_t(utf8.size())));
}

//! contacts[] is a sibling of messages[]; a batched value can hold several senders. Looked up by
//! wa_id and user_id: through a hash for many senders (a scan per message made a 1 MB body of many
//! senders take a minute to build), by a scan for the usual one or two (building a hash for each
//! delivery was a quarter of the parse, docs/performance.md).
class ContactNames
{
public:
    explicit ContactNames(const JsonView& contacts)
    {
        int index = 0;
        contacts.forEachItem([&](const JsonView& contact) {
            const Entry entry{index++, stringAt(contact.value("profile"), "name")};
            for (const char* key : {"wa_id", "user_id"}) {
                const QString id = stringAt(contact, key);
                // The first contact that names an id wins, as a scan in order would find it.
                if (!id.isEmpty() && !find(id))
                    add(id, entry);
            }
        });
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

QDateTime parseTimestamp(const JsonView& value)
{
    const qint64 seconds = value.toNonNegative(kMaxUnixSeconds);
    if (seconds < 0)
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

QJsonObject mediaSubset(const JsonView& media)
{
    static const char* const keys[]
        = {"id", "mime_type", "sha256", "url", "filename", "caption", "voice", "animated"};
    QJsonObject subset;
    for (const char* key : keys) {
        const JsonView value = media.value(key);
        if (!value.isUndefined())
            subset.insert(QLatin1String(key), value.toQJson());
    }
    return subset;
}

QString locationText(const JsonView& location)
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

void readInteractive(InboundMessage& message, const JsonView& interactive)
{
    message.subtype = stringAt(interactive, "type");
    const JsonView reply = valueNamed(interactive, message.subtype);
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
void readContent(InboundMessage& message, const JsonView& json)
{
    const QString& type = message.type;
    const JsonView content = valueNamed(json, type);
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
            const JsonView value = content.value(key);
            if (!value.isUndefined())
                message.media.insert(QLatin1String(key), value.toQJson());
        }
    } else if (type == QLatin1String("contacts")) {
        // Here "contacts" is an array of shared vCards, not the sender list next to messages[].
        const JsonView cards = json.value("contacts");
        message.text = stringAt(cards.at(0).value("name"), "formatted_name");
    } else if (type == QLatin1String("order")) {
        message.text = stringAt(content, "text");
    } else if (type == QLatin1String("system")) {
        message.subtype = stringAt(content, "type");
        message.text = stringAt(content, "body");
    } else if (type == QLatin1String("unsupported") || type == QLatin1String("unknown")) {
        message.subtype = stringAt(content, "type");
    }
}

InboundMessage readMessage(const JsonView& json, const ChangeContext& change)
{
    InboundMessage message;
    message.rawJson = json.compact();
    message.phoneNumberId = change.phoneNumberId;
    message.displayPhoneNumber = change.displayPhoneNumber;
    message.wabaId = change.wabaId;
    message.messageId = stringAt(json, "id");
    message.from = stringAt(json, "from");
    message.fromUserId = stringAt(json, "from_user_id");
    message.profileName = change.contacts.nameFor(message.from, message.fromUserId);
    message.timestamp = parseTimestamp(json.value("timestamp"));
    message.type = stringAt(json, "type");
    readContent(message, json);

    // Forwarded messages carry a context without id or from; never assume context.id exists.
    const JsonView context = json.value("context");
    message.contextMessageId = stringAt(context, "id");
    message.contextFrom = stringAt(context, "from");
    message.forwarded = context.value("forwarded").toBool();
    message.frequentlyForwarded = context.value("frequently_forwarded").toBool();

    const JsonView referral = json.value("referral");
    message.hasReferral = referral.isObject();
    if (message.hasReferral)
        message.referral = referral.toQJsonObject();
    message.errors = json.value("errors").toQJsonArray();
    return message;
}

StatusUpdate readStatus(const JsonView& json, const ChangeContext& change)
{
    StatusUpdate status;
    status.rawJson = json.compact();
    status.phoneNumberId = change.phoneNumberId;
    status.wabaId = change.wabaId;
    status.messageId = stringAt(json, "id");
    status.status = stringAt(json, "status");
    status.recipientId = stringAt(json, "recipient_id");
    status.timestamp = parseTimestamp(json.value("timestamp"));
    status.errors = json.value("errors").toQJsonArray();
    status.pricing = json.value("pricing").toQJsonObject();
    status.conversation = json.value("conversation").toQJsonObject();
    return status;
}

ValueError readValueError(const JsonView& json, const ChangeContext& change)
{
    ValueError error;
    error.raw = json.toQJsonObject();
    error.phoneNumberId = change.phoneNumberId;
    error.wabaId = change.wabaId;
    error.code = json.value("code").toInt();
    error.title = stringAt(json, "title");
    error.message = stringAt(json, "message");
    error.details = stringAt(json.value("error_data"), "details");
    return error;
}

void keepUnusable(WebhookBatch& batch, const ChangeContext& change, const char* field, const JsonView& item)
{
    ++batch.ignoredItems;
    batch.otherChanges.append({change.wabaId, change.phoneNumberId, QLatin1String(field), item.toQJson()});
}

// A present key of the wrong type (e.g. "messages": {}) is one ignored item; an absent key is none.
JsonView itemsAt(WebhookBatch& batch, const JsonView& value, const char* key)
{
    const JsonView items = value.value(key);
    if (!items.isUndefined() && !items.isNull() && !items.isArray())
        ++batch.ignoredItems;
    return items;
}

void readMessagesValue(WebhookBatch& batch, const JsonView& value, const QString& wabaId)
{
    const JsonView metadata = value.value("metadata");
    const ChangeContext change{wabaId, stringAt(metadata, "phone_number_id"),
                               stringAt(metadata, "display_phone_number"),
                               ContactNames(value.value("contacts"))};

    itemsAt(batch, value, "messages").forEachItem([&](const JsonView& item) {
        // The wamid is the dedupe key: without it the message cannot be stored safely.
        if (stringAt(item, "id").isEmpty())
            keepUnusable(batch, change, "messages", item);
        else
            batch.messages.append(readMessage(item, change));
    });
    itemsAt(batch, value, "statuses").forEachItem([&](const JsonView& item) {
        // Statuses are deduped on (id, status); either missing makes the update meaningless.
        if (stringAt(item, "id").isEmpty() || stringAt(item, "status").isEmpty())
            keepUnusable(batch, change, "statuses", item);
        else
            batch.statuses.append(readStatus(item, change));
    });
    itemsAt(batch, value, "errors").forEachItem([&](const JsonView& item) {
        if (item.isObject())
            batch.errors.append(readValueError(item, change));
        else
            keepUnusable(batch, change, "errors", item);
    });
}

void readChange(WebhookBatch& batch, const JsonView& change, const QString& wabaId)
{
    const QString field = stringAt(change, "field");
    const JsonView value = change.value("value");
    // Meta always names the field; a change without one is still read as "messages", the only
    // field that carries messages, statuses and value errors, rather than set aside unread.
    if ((field == QLatin1String("messages") || field.isEmpty()) && value.isObject()) {
        readMessagesValue(batch, value, wabaId);
        return;
    }
    const QString phoneNumberId = stringAt(value.value("metadata"), "phone_number_id");
    if (field.isEmpty() || field == QLatin1String("messages"))
        ++batch.ignoredItems; // a messages change whose value is not an object
    // A missing value is kept as null: undefined cannot be stored in a QJsonDocument.
    batch.otherChanges.append(
        {wabaId, phoneNumberId, field, value.isUndefined() ? QJsonValue() : value.toQJson()});
}

//! The body's root object, or the 400 the receiver answers with.
Result<JsonView> rootOf(const QByteArray& body, const ParsedJson& parsed)
{
    if (body.isEmpty())
        return Error{400, QStringLiteral("The webhook body is empty.")};
    if (!parsed.ok())
        return Error{400, QStringLiteral("The webhook body is not valid JSON (%1).").arg(parsed.error())};
    if (!parsed.root().isObject())
        return Error{400, QStringLiteral("The webhook body is JSON but not an object.")};
    return parsed.root();
}

} // namespace

Result<WebhookPayloadParser::Outline> WebhookPayloadParser::outline(const QByteArray& body)
{
    const ParsedJson parsed(body);
    const Result<JsonView> root = rootOf(body, parsed);
    if (!root.ok())
        return root.error();
    Outline outline;
    root.value().value("entry").forEachItem([&](const JsonView& entry) {
        entry.value("changes").forEachItem([&](const JsonView& change) {
            const JsonView value = change.value("value");
            outline.messages += int(value.value("messages").size());
            outline.statuses += int(value.value("statuses").size());
        });
    });
    return outline;
}

Result<WebhookBatch> WebhookPayloadParser::parse(const QByteArray& body)
{
    const ParsedJson parsed(body);
    const Result<JsonView> root = rootOf(body, parsed);
    if (!root.ok())
        return root.error();

    // Any "object" value is read: Meta only sends whatsapp_business_account today, and whatever
    // else arrives is better kept than refused (the receiver has already checked the signature).
    WebhookBatch batch;
    itemsAt(batch, root.value(), "entry").forEachItem([&](const JsonView& entry) {
        if (!entry.isObject()) {
            ++batch.ignoredItems;
            return;
        }
        const QString wabaId = stringAt(entry, "id");
        itemsAt(batch, entry, "changes").forEachItem([&](const JsonView& change) {
            if (change.isObject())
                readChange(batch, change, wabaId);
            else
                ++batch.ignoredItems;
        });
    });
    return batch;
}

} // namespace ChannelDesk
