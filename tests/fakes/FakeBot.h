// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A chat bot's webhook on 127.0.0.1, as a bot built on Meta's webhooks has it: it verifies
//! X-Hub-Signature-256 with the App Secret exactly as Meta's receivers do (HMAC-SHA256 of the raw
//! body, compared in constant time), answers 401 when it does not match, and records every POST.
//! Its answer status can be switched (a bot that is down answers 503). Thread-safe.

#include "FakeHttpService.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <mutex>

class FakeBot
{
public:
    struct Received
    {
        QByteArray body;
        QByteArray signature;
        QByteArray contentType;
        bool verified = false;
    };

    //! signatureHeader: lower case; a linked channel's bot checks "x-channeldesk-signature-256"
    //! against its forward secret the same way.
    explicit FakeBot(QByteArray appSecret, QByteArray signatureHeader = "x-hub-signature-256");

    bool start() { return m_http.start(); }
    QString url() const;
    //! What the bot answers from now on; 200 by default.
    void setStatus(int status) { m_status = status; }
    //! Milliseconds each answer takes.
    void setDelayMs(int ms) { m_delayMs = ms; }
    //! The POSTs answered 2xx, in the order they arrived.
    QList<Received> accepted() const;
    int acceptedCount() const;
    //! The message id ("wamid.…") of a Cloud API delivery's first message; empty if none.
    static QString wamidOf(const QByteArray& body);
    //! POSTs answered otherwise (bot down or a bad signature).
    int refusedCount() const { return m_refused; }

private:
    FakeHttpService::Reply handle(const FakeHttpService::Request& request);

    QByteArray m_appSecret;
    QByteArray m_signatureHeader;
    std::atomic<int> m_status{200};
    std::atomic<int> m_delayMs{0};
    std::atomic<int> m_refused{0};
    mutable std::mutex m_mutex;
    QList<Received> m_accepted;
    FakeHttpService m_http;
};
