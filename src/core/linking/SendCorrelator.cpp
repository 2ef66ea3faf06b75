// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/SendCorrelator.h"

#include <QTimer>

namespace ChannelDesk {

namespace {

// Echoes older than this cannot belong to a send whose answer is still on its way.
constexpr int EchoLifetimeMs = 60000;
constexpr qsizetype MaxEchoes = 64;
constexpr qsizetype MaxClaimed = 256;

} // namespace

SendCorrelator::SendCorrelator(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SendCorrelator::expireOld);
}

void SendCorrelator::expect(const QString& reference, const QString& peer, const QString& text)
{
    for (qsizetype i = 0; i < m_echoes.size(); ++i) {
        if (m_echoes.at(i).peer == peer && m_echoes.at(i).text == text) {
            const QString messageId = m_echoes.takeAt(i).messageId;
            claim(messageId);
            emit resolved(reference, messageId);
            return;
        }
    }
    m_pending.append({reference, peer, text, QDateTime::currentDateTimeUtc().addMSecs(m_timeoutMs)});
    if (!m_timer->isActive())
        m_timer->start(m_timeoutMs);
}

void SendCorrelator::observe(const QString& messageId, const QString& peer, const QString& text)
{
    if (messageId.isEmpty() || m_claimed.contains(messageId))
        return;
    // The oldest waiting send with the same peer and text: sends to one chat keep their order.
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).peer == peer && m_pending.at(i).text == text) {
            const QString reference = m_pending.takeAt(i).reference;
            claim(messageId);
            emit resolved(reference, messageId);
            return;
        }
    }
    m_echoes.append({messageId, peer, text, QDateTime::currentDateTimeUtc()});
    if (m_echoes.size() > MaxEchoes)
        m_echoes.removeFirst();
}

void SendCorrelator::claim(const QString& messageId)
{
    if (messageId.isEmpty() || m_claimed.contains(messageId))
        return;
    m_claimed.insert(messageId);
    m_claimOrder.append(messageId);
    if (m_claimOrder.size() > MaxClaimed)
        m_claimed.remove(m_claimOrder.takeFirst());
    m_echoes.removeIf([&messageId](const Echo& echo) { return echo.messageId == messageId; });
}

QStringList SendCorrelator::clear()
{
    QStringList references;
    for (const Pending& pending : std::as_const(m_pending))
        references << pending.reference;
    m_pending.clear();
    m_echoes.clear();
    m_timer->stop();
    return references;
}

void SendCorrelator::expireOld()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_echoes.removeIf([&now](const Echo& echo) { return echo.seenAt.msecsTo(now) > EchoLifetimeMs; });
    QStringList expired;
    QDateTime nextDeadline;
    for (qsizetype i = 0; i < m_pending.size();) {
        if (m_pending.at(i).deadline <= now) {
            expired << m_pending.takeAt(i).reference;
            continue;
        }
        if (!nextDeadline.isValid() || m_pending.at(i).deadline < nextDeadline)
            nextDeadline = m_pending.at(i).deadline;
        ++i;
    }
    if (nextDeadline.isValid())
        m_timer->start(int(std::max<qint64>(1, now.msecsTo(nextDeadline))));
    for (const QString& reference : std::as_const(expired))
        emit timedOut(reference);
}

} // namespace ChannelDesk
