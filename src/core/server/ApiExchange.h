// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One API request as the listener read it, and the answer a handler gives. Plain values: the
//! listener reads on libmicrohttpd's threads, handlers run on the thread of the Desk.

#include "model/ApiKeyInfo.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace ChannelDesk {

struct ApiRequest
{
    QByteArray method;
    QString path; //!< without the query, percent-decoded by libmicrohttpd
    QStringList segments; //!< path split at '/', after "/api/v1/"
    QHash<QString, QString> query;
    QByteArray body;
    QString remote;
    ApiKeyInfo key; //!< the caller, once authenticated
};

struct ApiResponse
{
    int status = 200;
    QJsonObject body;
    //! Extra headers, e.g. Retry-After.
    QList<QPair<QByteArray, QByteArray>> headers;

    //! {"ok":false,"code":code,"error":message}, the shape of every error the API gives.
    static ApiResponse error(int status, const QString& code, const QString& message);
    static ApiResponse ok(QJsonObject body, int status = 200);
};

//! Answers one request; callable from any thread, once. Later calls are ignored.
using ApiReply = std::function<void(const ApiResponse&)>;

} // namespace ChannelDesk
