// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Plays Meta against a webhook receiver on 127.0.0.1: signed Cloud API POSTs and verification
//! GETs, each waited for with QSignalSpy so the event loop keeps running meanwhile.

#include <QByteArray>
#include <QJsonObject>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QString>

class WebhookClient
{
public:
    explicit WebhookClient(quint16 port)
        : m_port(port)
    { }

    //! POSTs body signed with appSecret; returns the HTTP status (0 when there was no answer).
    int post(const QString& phoneNumberId, const QByteArray& body, const QByteArray& appSecret);
    //! Meta's verification GET; returns the HTTP status.
    int verify(const QString& phoneNumberId, const QString& verifyToken, const QString& challenge);

    //! A messages webhook with one inbound text message, as Meta sends it.
    //! A delivery of one "messages" change around value (its contacts, messages, statuses).
    static QByteArray messagesChange(const QJsonObject& value);
    static QByteArray textMessage(const QString& phoneNumberId, const QString& wamid, const QString& from,
                                  const QString& name, const QString& text, const QDateTime& at);

private:
    int wait(class QNetworkReply* reply);

    quint16 m_port;
    QNetworkAccessManager m_network;
};
