// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelEventListModel.h"

#include <QLocale>

namespace ChannelDesk {

int ChannelEventListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant ChannelEventListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChannelEvent& event = m_events.at(index.row());
    const QString time = QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString line = event.remote.isEmpty()
            ? tr("%1 — %2").arg(time, explanation(event, m_weCom))
            : tr("%1 — %2 (from %3)").arg(time, explanation(event, m_weCom), event.remote);
        return event.count > 1 ? tr("%1 — %2").arg(line, repeats(event)) : line;
    }
    case Qt::ToolTipRole: {
        QString tip = explanation(event, m_weCom);
        if (event.count > 1)
            tip += QLatin1Char('\n') + repeats(event);
        if (!event.detail.isEmpty())
            tip += QLatin1Char('\n') + event.detail;
        if (event.count > 1 && !event.lastDetail.isEmpty() && event.lastDetail != event.detail)
            tip += QLatin1Char('\n') + tr("Last: %1").arg(event.lastDetail);
        return tip;
    }
    case CountRole:
        return event.count;
    case LastAtRole:
        return event.lastAt;
    case KindRole:
        return event.kind;
    case ReasonRole:
        return event.reason;
    case ExplanationRole:
        return explanation(event, m_weCom);
    case AtRole:
        return event.at;
    case RemoteRole:
        return event.remote;
    case DetailRole:
        return event.detail;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChannelEventListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(ReasonRole, "reason");
    names.insert(ExplanationRole, "explanation");
    names.insert(AtRole, "at");
    names.insert(RemoteRole, "remote");
    names.insert(DetailRole, "detail");
    names.insert(CountRole, "count");
    names.insert(LastAtRole, "lastAt");
    return names;
}

void ChannelEventListModel::setEvents(const QList<ChannelEvent>& events)
{
    beginResetModel();
    m_events = events.mid(0, m_limit);
    endResetModel();
}

QString ChannelEventListModel::repeats(const ChannelEvent& event)
{
    const QString first = QLocale().toString(event.at.toLocalTime().time(), QLocale::ShortFormat);
    const QString last = QLocale().toString(
        (event.lastAt.isValid() ? event.lastAt : event.at).toLocalTime().time(), QLocale::ShortFormat);
    if (first == last)
        return tr("%n time(s)", nullptr, event.count);
    return tr("%n time(s) between %1 and %2", nullptr, event.count).arg(first, last);
}

void ChannelEventListModel::addEvent(const ChannelEvent& event)
{
    // The receiver reports a flood as a few merged events a second; those of one minute add up in
    // one row, as they are stored.
    for (qsizetype row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).at.secsTo(event.at) > ChannelEvent::kMinuteMs / 1000)
            break;
        if (m_events.at(row).sameBucket(event)) {
            m_events[row].merge(event);
            emit dataChanged(index(int(row)), index(int(row)));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_events.prepend(event);
    endInsertRows();
    if (m_events.size() > m_limit) {
        beginRemoveRows({}, m_limit, int(m_events.size()) - 1);
        m_events.resize(m_limit);
        endRemoveRows();
    }
}

QString ChannelEventListModel::weComExplanation(const ChannelEvent& event)
{
    const QString& reason = event.reason;
    if (reason == QLatin1String("verified"))
        return tr("WeCom verified the callback URL");
    if (reason == QLatin1String("bad-signature"))
        return tr("Signature invalid: the Token is probably not the one set in WeCom's admin console");
    if (reason == QLatin1String("missing-signature"))
        return tr("Unsigned request rejected: it has no msg_signature, so it did not come from WeCom");
    if (reason == QLatin1String("stale-timestamp"))
        return tr(
            "Rejected as a replay: its timestamp is more than 5 minutes away from this computer's clock");
    if (reason == QLatin1String("bad-ciphertext"))
        return tr(
            "Could not decrypt: the EncodingAESKey is probably not the one set in WeCom's admin console");
    if (reason == QLatin1String("wrong-corp"))
        return tr("Rejected: encrypted for another company than this channel's corp ID");
    if (reason == QLatin1String("bad-xml"))
        return tr("Rejected: correctly signed, but the XML is malformed");
    if (reason == QLatin1String("too-large"))
        return tr("Rejected: the body is larger than a WeCom callback can be");
    if (reason == QLatin1String("unknown-channel"))
        return tr("No WeCom channel has this ID: check the URL under 接收消息 → 设置API接收");
    return {};
}

QString ChannelEventListModel::explanation(const ChannelEvent& event, bool weCom)
{
    const QString& reason = event.reason;
    if (weCom) {
        const QString words = weComExplanation(event);
        if (!words.isEmpty())
            return words;
    }
    if (reason == QLatin1String("ambiguous-framing"))
        return tr("Rejected: the request's length was given twice or in two ways (a smuggling attempt or a "
                  "broken proxy)");
    if (reason == QLatin1String("over-memory-cap"))
        return tr("Refused for now: unverified requests hold all the memory allowed to them (many large "
                  "requests at once)");
    if (event.kind == QLatin1String("meta-error"))
        return tr("Meta reported error %1: %2").arg(reason, event.detail);
    if (reason == QLatin1String("verified"))
        return tr("Meta verified the webhook");
    if (reason == QLatin1String("wrong-verify-token"))
        return tr("Verify token mismatch: the token typed in Meta's dashboard differs from this channel's");
    if (reason == QLatin1String("wrong-mode"))
        return tr("Verification refused: hub.mode was not “subscribe”, so this was not Meta's handshake");
    if (reason == QLatin1String("bad-challenge"))
        return tr("Verification refused: the challenge was missing or too long");
    if (reason == QLatin1String("bad-signature"))
        return tr("Signature invalid: the App Secret is probably wrong");
    if (reason == QLatin1String("missing-signature"))
        return tr(
            "Unsigned POST rejected: it has no X-Hub-Signature-256 header, so it did not come from Meta");
    if (reason == QLatin1String("too-large"))
        return tr("POST rejected: the body is larger than the 3 MiB limit");
    if (reason == QLatin1String("bad-json"))
        return tr("POST rejected: correctly signed, but the body is not valid JSON");
    if (reason == QLatin1String("unknown-channel"))
        return tr("No channel has this phone number ID: check the Callback URL in Meta's dashboard");
    if (reason == QLatin1String("channel-disabled"))
        return tr("Rejected because the channel is disabled: enable it to receive messages");
    return event.detail.isEmpty() ? reason : tr("%1: %2").arg(reason, event.detail);
}

} // namespace ChannelDesk
