// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Finds the id of a message the gateway accepted without saying which id it got (WAHA's empty
//! 201, devlikeapro/waha#1087) by matching the `message.any` echo of our own API sends (fromMe,
//! source "api") on peer and text. The echo may arrive before or after the HTTP answer.

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace ChannelDesk {

class SendCorrelator : public QObject
{
    Q_OBJECT

public:
    explicit SendCorrelator(QObject* parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    //! The gateway accepted a send without an id: resolve it from its echo, or time out.
    void expect(const QString& reference, const QString& peer, const QString& text);
    //! An echo of one of our API sends.
    void observe(const QString& messageId, const QString& peer, const QString& text);
    //! The id came with the HTTP answer: its echo must not resolve another send.
    void claim(const QString& messageId);
    //! Forgets everything; returns the references still waiting.
    QStringList clear();

signals:
    void resolved(const QString& reference, const QString& messageId);
    void timedOut(const QString& reference);

private:
    struct Pending
    {
        QString reference;
        QString peer;
        QString text;
        QDateTime deadline;
    };
    struct Echo
    {
        QString messageId;
        QString peer;
        QString text;
        QDateTime seenAt;
    };

    void expireOld();

    QList<Pending> m_pending;
    QList<Echo> m_echoes;
    QSet<QString> m_claimed;
    QList<QString> m_claimOrder;
    QTimer* m_timer;
    int m_timeoutMs = 15000;
};

} // namespace ChannelDesk
