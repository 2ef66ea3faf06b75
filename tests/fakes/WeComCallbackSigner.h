// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Plays WeCom's side of a self-built app's callback for tests and benchmarks: encrypts and signs
//! message XML into the POST WeCom sends (query and envelope body), builds the URL-verification
//! GET, and writes the plaintext XML of a text message or an event. Uses the real WeComCrypto, so
//! its known-answer tests cover this too.

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

class WeComCallbackSigner
{
public:
    struct Signed
    {
        QUrlQuery query; //!< msg_signature, timestamp, nonce (and echostr for the GET)
        QByteArray body; //!< the POST's envelope; empty for the GET
        QByteArray encrypt; //!< the Base64 ciphertext, as signed
    };

    WeComCallbackSigner(QByteArray token, const QString& encodingAesKey, QByteArray corpId);

    //! Pins the 16 random bytes before the length (for byte-identical output); empty: random.
    void setRandom16(const QByteArray& random16) { m_random16 = random16; }

    //! What WeCom POSTs for innerXml: <xml><ToUserName/><Encrypt/><AgentID/></xml> with the query.
    Signed post(const QByteArray& innerXml, qint64 timestamp, const QByteArray& nonce,
                const QByteArray& agentId = "1000002") const;
    //! The URL-verification GET carrying echoPlain encrypted as echostr.
    Signed get(const QByteArray& echoPlain, qint64 timestamp, const QByteArray& nonce) const;

    //! A text message's plaintext XML, as WeCom writes it (CDATA for the strings).
    static QByteArray textXml(const QByteArray& corpId, const QByteArray& fromUser, qint64 createTime,
                              const QByteArray& content, const QByteArray& msgId,
                              const QByteArray& agentId = "1000002");
    //! An event's plaintext XML (enter_agent, subscribe, click, …); events have no MsgId.
    static QByteArray eventXml(const QByteArray& corpId, const QByteArray& fromUser, qint64 createTime,
                               const QByteArray& event, const QByteArray& eventKey = {},
                               const QByteArray& agentId = "1000002");

    const QByteArray& key() const { return m_key; }

private:
    Signed sign(const QByteArray& plain, qint64 timestamp, const QByteArray& nonce) const;

    QByteArray m_token;
    QByteArray m_key; //!< empty when the EncodingAESKey is unusable (then nothing is encrypted)
    QByteArray m_corpId;
    QByteArray m_random16;
};
