// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One decrypted WeCom callback (a message or an event a member sent to a self-built app), as
//! plain values. Fields WeCom did not send stay empty.

#include <QString>
#include <QtGlobal>

namespace ChannelDesk {

struct WeComMessage
{
    QString toUserName; //!< the receiving corp's CorpID
    QString fromUserName; //!< the member's UserID (use it as touser when replying)
    qint64 createTime = 0; //!< unix seconds
    QString msgType; //!< lower-cased: text, image, voice, video, file, location, link, event, …
    QString msgId; //!< 64-bit, kept as text; empty for events
    QString agentId;
    QString content; //!< text
    QString picUrl; //!< image, link
    QString mediaId; //!< image, voice, video, file
    QString format; //!< voice: amr, speex
    QString thumbMediaId; //!< video
    QString fileName; //!< file (WeCom's FileName, when sent)
    QString locationX; //!< latitude, as sent
    QString locationY; //!< longitude, as sent
    QString scale;
    QString label; //!< location's place name
    QString title; //!< link
    QString description; //!< link
    QString url; //!< link
    QString event; //!< events: enter_agent, subscribe, unsubscribe, click, view, … (as sent)
    QString eventKey;

    bool isEvent() const { return msgType == QLatin1String("event"); }
    //! The key duplicates are recognised by: MsgId, or for events (which have none) the sender,
    //! CreateTime and event name.
    QString dedupKey() const
    {
        if (!msgId.isEmpty())
            return msgId;
        return QStringLiteral("event:%1:%2:%3").arg(fromUserName).arg(createTime).arg(event);
    }
};

} // namespace ChannelDesk
