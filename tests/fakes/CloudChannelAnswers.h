// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

//! One Cloud API channel as `setup --answers` and POST /api/v1/channels take it. The defaults are
//! the Graph API stand-in's phone number id and the test environment's verify token and app
//! secret, so that most tests only name the channel and its token.
struct CloudChannelAnswers
{
    QString name;
    QString token;
    //! Left empty for a channel that never calls Meta; set, it also pins api_version to v25.0.
    QUrl graphBaseUrl = {};
    QString phoneNumberId = {};
    QString verifyToken = {};
    QString appSecret = {};
    QString publicBaseUrl = QStringLiteral("https://bot.example.com");

    QJsonObject toJson() const;
    //! {"messaging-whatsapp": toJson()}, a whole answers file.
    QJsonObject toAnswers() const;
};
