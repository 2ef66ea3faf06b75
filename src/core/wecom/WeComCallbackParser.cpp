// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wecom/WeComCallbackParser.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace ChannelDesk {

namespace {

constexpr qsizetype kMaxDocumentBytes = 1024 * 1024;
constexpr qint64 kMaxUnixSeconds = 253402300799; // 9999-12-31T23:59:59Z, QDateTime's comfortable range

// The <xml> root's child elements the parsers read, by WeCom's element name. Anything else is
// skipped (with its children: some events nest lists such as SendPicsInfo).
using Fields = QHash<QString, QString>;

Error invalid(const QString& message)
{
    return Error(ErrorCode::InvalidInput, message);
}

//! Reads <xml>'s children whose names are in wanted; refuses a DTD (and with it every entity
//! declaration), another root, a repeated wanted element and anything not well-formed.
Result<Fields> readFields(const QByteArray& xml, const QStringList& wanted)
{
    if (xml.size() > kMaxDocumentBytes)
        return invalid(WeComCallbackParser::tr("The XML is larger than 1 MiB."));
    QXmlStreamReader reader(xml);
    Fields fields;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::DTD || !reader.entityDeclarations().isEmpty())
            return invalid(WeComCallbackParser::tr("The XML has a DOCTYPE; WeCom never sends one."));
        if (reader.tokenType() != QXmlStreamReader::StartElement)
            continue;
        // Only the root is seen here: its children are consumed below, and a second root is not
        // well-formed, which the reader reports.
        if (reader.name() != QLatin1String("xml"))
            return invalid(WeComCallbackParser::tr("The XML's root element is <%1>, not <xml>.")
                               .arg(reader.name().left(64).toString()));
        sawRoot = true;
        while (reader.readNextStartElement()) {
            const QString name = reader.name().toString();
            const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!wanted.contains(name))
                continue;
            if (fields.contains(name))
                return invalid(WeComCallbackParser::tr("The XML has <%1> twice.").arg(name));
            fields.insert(name, text);
        }
    }
    if (reader.hasError())
        return invalid(WeComCallbackParser::tr("The XML is not well-formed: %1 (line %2, column %3).")
                           .arg(reader.errorString())
                           .arg(reader.lineNumber())
                           .arg(reader.columnNumber()));
    if (!sawRoot)
        return invalid(WeComCallbackParser::tr("The XML has no <xml> root element."));
    return fields;
}

// The text fields of a message by WeCom's element name, in the order WeCom documents them;
// CreateTime, the only number, is handled on its own.
struct TextField
{
    const char* element;
    QString WeComMessage::*member;
};

constexpr TextField kTextFields[] = {
    {"ToUserName", &WeComMessage::toUserName},
    {"FromUserName", &WeComMessage::fromUserName},
    {"MsgType", &WeComMessage::msgType},
    {"Content", &WeComMessage::content},
    {"MsgId", &WeComMessage::msgId},
    {"AgentID", &WeComMessage::agentId},
    {"PicUrl", &WeComMessage::picUrl},
    {"MediaId", &WeComMessage::mediaId},
    {"Format", &WeComMessage::format},
    {"ThumbMediaId", &WeComMessage::thumbMediaId},
    {"FileName", &WeComMessage::fileName},
    {"Location_X", &WeComMessage::locationX},
    {"Location_Y", &WeComMessage::locationY},
    {"Scale", &WeComMessage::scale},
    {"Label", &WeComMessage::label},
    {"Title", &WeComMessage::title},
    {"Description", &WeComMessage::description},
    {"Url", &WeComMessage::url},
    {"Event", &WeComMessage::event},
    {"EventKey", &WeComMessage::eventKey},
};

const QStringList& messageElements()
{
    static const QStringList names = [] {
        QStringList list{QStringLiteral("CreateTime")};
        for (const TextField& field : kTextFields)
            list << QLatin1String(field.element);
        return list;
    }();
    return names;
}

QJsonObject rawOf(const WeComMessage& message)
{
    QJsonObject raw;
    for (const TextField& field : kTextFields) {
        const QString& value = message.*field.member;
        if (!value.isEmpty())
            raw.insert(QLatin1String(field.element), value);
    }
    raw.insert(QLatin1String("CreateTime"), message.createTime);
    return raw;
}

QJsonObject mediaOf(const WeComMessage& message)
{
    const std::pair<const char*, const QString*> keys[] = {
        {"id", &message.mediaId},
        {"url", &message.picUrl},
        {"format", &message.format},
        {"filename", &message.fileName},
        {"thumb_id", &message.thumbMediaId},
        {"latitude", &message.locationX},
        {"longitude", &message.locationY},
        {"scale", &message.scale},
        {"link_url", &message.url},
        {"description", &message.description},
    };
    QJsonObject media;
    for (const auto& [key, value] : keys) {
        if (!value->isEmpty())
            media.insert(QLatin1String(key), *value);
    }
    return media;
}

QString textOf(const WeComMessage& message)
{
    const QString& type = message.msgType;
    if (type == QLatin1String("text"))
        return message.content;
    if (type == QLatin1String("location"))
        return message.label;
    if (type == QLatin1String("link"))
        return message.title;
    // A menu item: the key the app set for a click, the URL for a view.
    if (message.isEvent()
        && (message.event.compare(QLatin1String("click"), Qt::CaseInsensitive) == 0
            || message.event.compare(QLatin1String("view"), Qt::CaseInsensitive) == 0))
        return message.eventKey;
    return {};
}

} // namespace

Result<WeComEnvelope> WeComCallbackParser::parseEnvelope(const QByteArray& xml)
{
    const Result<Fields> read = readFields(
        xml, {QStringLiteral("Encrypt"), QStringLiteral("ToUserName"), QStringLiteral("AgentID")});
    if (!read.ok())
        return read.error();
    const Fields& fields = read.value();
    const QString encrypt = fields.value(QStringLiteral("Encrypt"));
    if (encrypt.isEmpty())
        return invalid(tr("The callback has no <Encrypt> element, or it is empty."));
    WeComEnvelope envelope;
    // Kept byte for byte: the signature covers exactly this text.
    envelope.encrypt = encrypt.toUtf8();
    envelope.toUserName = fields.value(QStringLiteral("ToUserName"));
    envelope.agentId = fields.value(QStringLiteral("AgentID"));
    return envelope;
}

Result<WeComMessage> WeComCallbackParser::parseMessage(const QByteArray& xml)
{
    const Result<Fields> read = readFields(xml, messageElements());
    if (!read.ok())
        return read.error();
    const Fields& f = read.value();
    const auto field = [&f](const char* name) { return f.value(QLatin1String(name)); };

    WeComMessage message;
    message.fromUserName = field("FromUserName");
    if (message.fromUserName.isEmpty())
        return invalid(tr("The message has no <FromUserName>."));
    const QString createTime = field("CreateTime").trimmed();
    bool timeOk = false;
    message.createTime = createTime.toLongLong(&timeOk);
    if (!timeOk || message.createTime < 0 || message.createTime > kMaxUnixSeconds)
        return invalid(
            tr("The message's <CreateTime> \"%1\" is not a whole number of seconds.").arg(createTime));
    message.msgType = field("MsgType").trimmed().toLower();
    if (message.msgType.isEmpty())
        return invalid(tr("The message has no <MsgType>."));
    message.event = field("Event");
    if (message.isEvent() && message.event.isEmpty())
        return invalid(tr("The event has no <Event>."));

    for (const TextField& text : kTextFields) {
        QString& value = message.*text.member;
        if (value.isEmpty()) // the required ones are set above, MsgType lower-cased
            value = field(text.element);
    }
    return message;
}

InboundMessage WeComCallbackParser::toInbound(const WeComMessage& message)
{
    InboundMessage inbound;
    inbound.messageId = message.dedupKey();
    inbound.from = message.fromUserName;
    inbound.timestamp = QDateTime::fromSecsSinceEpoch(message.createTime, Qt::UTC);
    inbound.type = message.msgType;
    if (message.isEvent())
        inbound.subtype = message.event;
    inbound.text = textOf(message);
    inbound.media = mediaOf(message);
    inbound.rawJson = QJsonDocument(rawOf(message)).toJson(QJsonDocument::Compact);
    return inbound;
}

} // namespace ChannelDesk
