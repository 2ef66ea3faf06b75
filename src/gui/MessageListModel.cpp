// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageListModel.h"

#include "MessageAnnotations.h"

#include "desk/Desk.h"
#include "model/OutboundContent.h"
#include "util/Logging.h"
#include "util/WhenFinished.h"

#include <QLocale>
#include <QSet>

#include <utility>

namespace ChannelDesk {
namespace {

//! How many rows a refresh may bring beyond those shown: a burst of new messages in one
//! conversation between two refreshes. More than that and the rest is fetched as the next page.
constexpr int refreshHeadroom = 500;

QString timeText(const QDateTime& at)
{
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

MessageListModel::MessageListModel(Desk* desk, QObject* parent)
    : QAbstractListModel(parent)
    , m_desk(desk)
{
    connect(desk, &Desk::conversationsChanged, this, &MessageListModel::refresh);
}

int MessageListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageRow& row = m_rows.at(index.row());
    const bool outbound = row.direction == QLatin1String("out");
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return accessibleText(row);
    case MessageIdRole:
        return row.id;
    case OutboundRole:
        return outbound;
    case TypeRole:
        return row.type;
    case TypeLabelRole:
        return labelOf(row);
    case TextRole:
        return shownText(row);
    case TimestampRole:
        return row.timestamp;
    case TimeTextRole:
        return timeText(row.timestamp);
    case StatusRole:
        return outbound ? row.status : QString();
    case StatusTextRole:
        return outbound ? statusText(row.status) : QString();
    case ExternalIdRole:
        return row.wamid;
    case MediaRole:
        return row.media;
    case SentByTextRole:
        return outbound && !row.sentBy.isEmpty() ? tr("sent by %1").arg(row.sentBy) : QString();
    case QuoteRole:
        return MessageAnnotations::quote(row);
    case ReactionsRole:
        return MessageAnnotations::reactions(row);
    case LocationUrlRole:
        return MessageAnnotations::locationUrl(row);
    case ChannelIdRole:
        return row.channelId;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(OutboundRole, "outbound");
    names.insert(TypeRole, "type");
    names.insert(TypeLabelRole, "typeLabel");
    names.insert(TextRole, "text");
    names.insert(TimestampRole, "timestamp");
    names.insert(TimeTextRole, "timeText");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(ExternalIdRole, "externalId");
    names.insert(SentByTextRole, "sentByText");
    names.insert(QuoteRole, "quote");
    names.insert(ReactionsRole, "reactions");
    names.insert(LocationUrlRole, "locationUrl");
    names.insert(ChannelIdRole, "channelId");
    return names;
}

bool MessageListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_conversationId != 0 && !m_atEnd;
}

void MessageListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        start(Request::Newer);
}

void MessageListModel::setConversation(qint64 conversationId, qint64 focusMessageId)
{
    ++m_generation;
    beginResetModel();
    m_conversationId = conversationId;
    m_focusMessageId = focusMessageId;
    m_rows.clear();
    m_hasOlder = false;
    m_atEnd = true;
    m_current = Request::None;
    m_refreshWanted = false;
    endResetModel();
    if (conversationId != 0)
        start(Request::First);
}

void MessageListModel::fetchOlder()
{
    if (canFetchOlder())
        start(Request::Older);
}

void MessageListModel::refresh()
{
    if (m_conversationId != 0)
        start(m_rows.isEmpty() ? Request::First : Request::Refresh);
}

int MessageListModel::rowOf(qint64 messageId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == messageId)
            return row;
    }
    return -1;
}

void MessageListModel::mediaChanged(const QSet<QString>& mediaIds)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (mediaIds.contains(m_rows.at(row).media.value(QLatin1String("id")).toString()))
            emit dataChanged(index(row), index(row));
    }
}

void MessageListModel::start(Request request)
{
    if (!m_desk || m_conversationId == 0)
        return;
    if (m_current != Request::None) {
        // Pages continue from the rows shown, so requests run one after another. A page asked
        // for while another is loading is asked for again by the view once it has arrived.
        if (request == Request::Refresh || request == Request::First)
            m_refreshWanted = true;
        return;
    }
    if (m_rows.isEmpty() && request != Request::First)
        return; // the others continue from rows shown; refresh() starts over when there are none
    m_current = request;
    const qint64 id = m_conversationId;
    const int limit = m_pageSize;
    const quint64 generation = m_generation;
    switch (request) {
    case Request::First:
        if (m_focusMessageId == 0) {
            loadAround(std::nullopt);
            return;
        }
        whenFinished(m_desk->messageKey(m_focusMessageId), this,
                     [this, generation](const Result<std::optional<MessageKey>>& found) {
                         if (generation != m_generation)
                             return;
                         if (found.ok())
                             loadAround(found.value());
                         else
                             apply(generation, Request::First, found.error());
                     });
        return;
    case Request::Older:
        whenFinished(m_desk->olderMessages(id, m_rows.constFirst().key(), limit + 1), this,
                     [this, generation, limit](const Result<QList<MessageRow>>& rows) {
                         if (!rows.ok()) {
                             apply(generation, Request::Older, rows.error());
                             return;
                         }
                         Page page;
                         page.hasOlder = rows.value().size() > limit;
                         page.rows = rows.value().mid(page.hasOlder ? 1 : 0);
                         apply(generation, Request::Older, page);
                     });
        return;
    case Request::Newer: {
        // From the last row on, inclusive; that row is dropped.
        const MessageKey last = m_rows.constLast().key();
        whenFinished(m_desk->newerMessages(id, last, std::nullopt, limit + 2), this,
                     [this, generation, limit, last](const Result<QList<MessageRow>>& rows) {
                         if (!rows.ok()) {
                             apply(generation, Request::Newer, rows.error());
                             return;
                         }
                         Page page;
                         page.rows = rows.value();
                         if (!page.rows.isEmpty() && page.rows.constFirst().id == last.id)
                             page.rows.removeFirst();
                         page.atEnd = page.rows.size() <= limit;
                         page.rows = page.rows.mid(0, limit);
                         apply(generation, Request::Newer, page);
                     });
        return;
    }
    case Request::Refresh: {
        const MessageKey from = m_rows.constFirst().key();
        const std::optional<MessageKey> to = m_atEnd ? std::nullopt : std::optional(m_rows.constLast().key());
        const int rows = int(m_rows.size()) + refreshHeadroom;
        whenFinished(m_desk->newerMessages(id, from, to, rows), this,
                     [this, generation, rows, atEnd = m_atEnd](const Result<QList<MessageRow>>& found) {
                         if (!found.ok()) {
                             apply(generation, Request::Refresh, found.error());
                             return;
                         }
                         apply(generation, Request::Refresh,
                               Page{found.value(), false, atEnd && found.value().size() < rows});
                     });
        return;
    }
    case Request::None:
        return;
    }
}

void MessageListModel::loadAround(const std::optional<MessageKey>& key)
{
    const qint64 id = m_conversationId;
    const int limit = m_pageSize;
    const quint64 generation = m_generation;
    // Half a page before the message searched for and half from it on, else the newest.
    const int older = key ? limit / 2 : limit;
    whenFinished(m_desk->olderMessages(id, key, older + 1), this,
                 [this, generation, id, key, limit, older](const Result<QList<MessageRow>>& before) {
                     if (generation != m_generation)
                         return;
                     if (!before.ok()) {
                         apply(generation, Request::First, before.error());
                         return;
                     }
                     Page page;
                     page.hasOlder = before.value().size() > older;
                     page.rows = before.value().mid(page.hasOlder ? 1 : 0);
                     if (!key) {
                         apply(generation, Request::First, page);
                         return;
                     }
                     whenFinished(m_desk->newerMessages(id, *key, std::nullopt, limit - older + 1), this,
                                  [this, generation, limit, older,
                                   page](const Result<QList<MessageRow>>& after) mutable {
                                      if (!after.ok()) {
                                          apply(generation, Request::First, after.error());
                                          return;
                                      }
                                      page.atEnd = after.value().size() <= limit - older;
                                      page.rows += after.value().mid(0, limit - older);
                                      apply(generation, Request::First, page);
                                  });
                 });
}

void MessageListModel::apply(quint64 generation, Request request, const Result<Page>& page)
{
    if (generation != m_generation)
        return;
    if (!page.ok()) {
        qCWarning(lcGui) << "Cannot read messages:" << page.error().message;
    } else if (request == Request::First) {
        applyFirst(page.value());
    } else if (request == Request::Older) {
        prepend(page.value());
    } else if (request == Request::Newer) {
        append(page.value());
    } else {
        merge(page.value());
    }
    finish();
}

void MessageListModel::finish()
{
    m_current = Request::None;
    emit loaded();
    if (std::exchange(m_refreshWanted, false))
        refresh();
}

void MessageListModel::applyFirst(const Page& page)
{
    m_hasOlder = page.hasOlder;
    m_atEnd = page.atEnd;
    if (page.rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(page.rows.size()) - 1);
    m_rows = page.rows;
    endInsertRows();
}

void MessageListModel::prepend(const Page& page)
{
    m_hasOlder = page.hasOlder;
    if (page.rows.isEmpty())
        return;
    beginInsertRows({}, 0, int(page.rows.size()) - 1);
    m_rows = page.rows + m_rows;
    endInsertRows();
}

void MessageListModel::append(const Page& page)
{
    m_atEnd = page.atEnd;
    if (page.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_rows += page.rows;
    endInsertRows();
}

void MessageListModel::merge(const Page& page)
{
    m_atEnd = page.atEnd;
    // Both lists are in (timestamp, id) order: walk them together.
    const QList<MessageRow>& fresh = page.rows;
    int row = 0;
    qsizetype next = 0;
    while (next < fresh.size()) {
        const MessageRow& wanted = fresh.at(next);
        if (row < m_rows.size() && m_rows.at(row).key() < wanted.key()) {
            beginRemoveRows({}, row, row); // no longer stored
            m_rows.removeAt(row);
            endRemoveRows();
            continue;
        }
        if (row < m_rows.size() && m_rows.at(row).id == wanted.id) {
            if (m_rows.at(row) != wanted) {
                m_rows[row] = wanted;
                emit dataChanged(index(row), index(row));
            }
            ++row;
            ++next;
            continue;
        }
        // New rows: as many as come before the next row shown, in one insert.
        qsizetype end = next + 1;
        while (end < fresh.size() && (row >= m_rows.size() || fresh.at(end).key() < m_rows.at(row).key()))
            ++end;
        beginInsertRows({}, row, row + int(end - next) - 1);
        for (qsizetype i = next; i < end; ++i)
            m_rows.insert(row + int(i - next), fresh.at(i));
        endInsertRows();
        row += int(end - next);
        next = end;
    }
    if (row < m_rows.size()) {
        beginRemoveRows({}, row, int(m_rows.size()) - 1);
        m_rows.remove(row, m_rows.size() - row);
        endRemoveRows();
    }
}

QString MessageListModel::typeLabel(const QString& type, const QString& subtype, const QJsonObject& media)
{
    // An event is a system line of its own, without a label.
    if (type == QLatin1String("text") || type == QLatin1String("event") || type.isEmpty())
        return {};
    if (type == QLatin1String("audio") && media.value(QLatin1String("voice")).toBool())
        return tr("Voice message");
    // Interactive replies are told apart by their subtype, everything else by its type.
    static const QHash<QString, const char*> labels{
        {QStringLiteral("image"), QT_TR_NOOP("Image")},
        {QStringLiteral("video"), QT_TR_NOOP("Video")},
        {QStringLiteral("audio"), QT_TR_NOOP("Audio")},
        {QStringLiteral("document"), QT_TR_NOOP("Document")},
        {QStringLiteral("sticker"), QT_TR_NOOP("Sticker")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")},
        {QStringLiteral("contacts"), QT_TR_NOOP("Contact")},
        {QStringLiteral("reaction"), QT_TR_NOOP("Reaction")},
        {QStringLiteral("button"), QT_TR_NOOP("Button")},
        {QStringLiteral("order"), QT_TR_NOOP("Order")},
        {QStringLiteral("system"), QT_TR_NOOP("System message")},
        {QStringLiteral("unsupported"), QT_TR_NOOP("Unsupported message")},
        {QStringLiteral("interactive"), QT_TR_NOOP("Interactive")},
        {QStringLiteral("interactive/button_reply"), QT_TR_NOOP("Button reply")},
        {QStringLiteral("interactive/list_reply"), QT_TR_NOOP("List reply")},
        {QStringLiteral("interactive/nfm_reply"), QT_TR_NOOP("Form reply")},
    };
    const auto label = labels.constFind(type + QLatin1Char('/') + subtype);
    if (label != labels.cend())
        return tr(*label);
    const auto plain = labels.constFind(type);
    // A type newer than this build: its name is the best label there is.
    return plain != labels.cend() ? tr(*plain) : type;
}

QString MessageListModel::statusText(const QString& status)
{
    if (status == QLatin1String("sent"))
        return tr("Sent");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("read"))
        return tr("Read");
    if (status == QLatin1String("played"))
        return tr("Played");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("sending"))
        return tr("Sending…");
    if (status == QLatin1String("accepted"))
        return tr("Accepted by WhatsApp, not yet sent");
    if (status == QLatin1String("unknown"))
        return tr("Unknown: the request timed out, it may not have been sent");
    if (status.isEmpty())
        return tr("No status yet");
    return status;
}

QString MessageListModel::eventText(const QString& event, const QString& key)
{
    // WeCom sends event names in lower case, but not every client does.
    const QString name = event.toLower();
    if (name == QLatin1String("enter_agent"))
        return tr("opened the app");
    if (name == QLatin1String("subscribe"))
        return tr("added to the app's members");
    if (name == QLatin1String("unsubscribe"))
        return tr("removed from the app's members");
    if (name == QLatin1String("click"))
        return tr("tapped menu item %1").arg(key);
    if (name == QLatin1String("view"))
        return tr("opened menu link %1").arg(key);
    return tr("event: %1").arg(event);
}

std::optional<OutboundContent> MessageListModel::templateOf(const MessageRow& row)
{
    if (row.type != QLatin1String("template") || row.content.isEmpty())
        return std::nullopt;
    Result<OutboundContent> content = OutboundContent::fromJson(row.content);
    if (!content.ok() || content.value().kind != OutboundContent::Kind::Template)
        return std::nullopt;
    return std::move(content.value());
}

QString MessageListModel::labelOf(const MessageRow& row)
{
    if (row.type == QLatin1String("template")) {
        // The words are OutboundContent's, where the list preview has always taken them from.
        const std::optional<OutboundContent> sent = templateOf(row);
        return sent ? OutboundContent::tr("Template: %1").arg(sent->templateName) : tr("Template");
    }
    return typeLabel(row.type, row.subtype, row.media);
}

QString MessageListModel::shownText(const MessageRow& row)
{
    if (const std::optional<OutboundContent> sent = templateOf(row)) {
        // As the customer saw it when the definition was known; else the values that were sent.
        if (!sent->templateBody.isEmpty())
            return sent->templateBody;
        return sent->templateParameters.join(QStringLiteral(", "));
    }
    if (row.type == QLatin1String("event"))
        return eventText(row.subtype, row.text);
    if (row.text.isEmpty() && row.type == QLatin1String("document"))
        return row.media.value(QLatin1String("filename")).toString();
    if (row.text.isEmpty() && row.type == QLatin1String("reaction"))
        return tr("removed a reaction");
    if (row.type == QLatin1String("location"))
        return MessageAnnotations::locationText(row);
    return row.text;
}

QString MessageListModel::displayText(const MessageRow& row)
{
    const QString label = labelOf(row);
    const QString text = shownText(row);
    if (label.isEmpty())
        return text;
    return text.isEmpty() ? tr("[%1]").arg(label) : tr("[%1] %2").arg(label, text);
}

QString MessageListModel::accessibleText(const MessageRow& row)
{
    const QString time = QLocale().toString(row.timestamp.toLocalTime(), QLocale::LongFormat);
    QString text = displayText(row);
    if (const QString quote = MessageAnnotations::quote(row); !quote.isEmpty())
        text = tr("%1 (in reply to: %2)").arg(text, quote);
    if (const QString reactions = MessageAnnotations::reactions(row); !reactions.isEmpty())
        text = tr("%1 (reactions: %2)").arg(text, reactions);
    if (row.direction == QLatin1String("out"))
        return tr("Sent %1, %2: %3").arg(time, statusText(row.status).toLower(), text);
    return tr("Received %1: %2").arg(time, text);
}

} // namespace ChannelDesk
