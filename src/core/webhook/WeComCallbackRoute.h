// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the receiver answers to WeCom's callbacks: GET /wecom/<id>/callback (and the shared
//! /wecom/callback) verifies msg_signature, decrypts the echostr and answers it bare; POST does
//! the same for the envelope's <Encrypt> and hands the decrypted XML on to be journaled before
//! WeCom gets its "success". On the shared path the app is the one whose token makes the
//! signature match and whose corp id the decrypted receive id names. Pure: no I/O, thread-safe.

#include "webhook/ReceiverChannel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ChannelDesk {

class WeComCallbackRoute
{
    Q_DECLARE_TR_FUNCTIONS(WeComCallbackRoute)

public:
    struct Query
    {
        QByteArray msgSignature;
        QByteArray timestamp;
        QByteArray nonce;
        QByteArray echostr;
    };

    struct Outcome
    {
        unsigned status = 404;
        QByteArray body;
        QString channelId; //!< the app's, once known
        //! For a refusal: the channel event's kind ("rejected" or "verification"), its reason
        //! (a stable key such as bad-signature) and the words for the channel page.
        QString eventKind;
        QString reason;
        QString detail;
        bool verified = false; //!< a GET handshake succeeded (recorded as a verification event)
        QByteArray message; //!< POST: the decrypted XML, to journal and then answer "success"
    };

    //! Whether the path is one of WeCom's: /wecom/callback or /wecom/<id>/callback.
    static bool matches(const QString& path);
    //! apps are every channel the receiver serves (Cloud API ones are skipped); nowSecs is the
    //! current Unix time, against which timestamps more than kMaxSkewSecs away are refused.
    static Outcome handle(const QByteArray& method, const QString& path, const Query& query,
                          const QByteArray& body, const QList<ReceiverChannel>& apps, qint64 nowSecs);

    static constexpr qint64 kMaxSkewSecs = 300;
    //! WeCom's callbacks are a few hundred bytes; anything far larger is not one.
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;
};

} // namespace ChannelDesk
