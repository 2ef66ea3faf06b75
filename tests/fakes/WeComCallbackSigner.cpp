// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeComCallbackSigner.h"

#include "wecom/WeComCrypto.h"

#include <QUrl>

#include <utility>

using ChannelDesk::WeComCrypto;

namespace {

QByteArray cdata(const char* element, QByteArray text)
{
    // "]]>" inside the text would end the section early: split it across two sections.
    text.replace("]]>", "]]]]><![CDATA[>");
    return '<' + QByteArray(element) + "><![CDATA[" + text + "]]></" + QByteArray(element) + '>';
}

QByteArray plain(const char* element, const QByteArray& text)
{
    return '<' + QByteArray(element) + '>' + text + "</" + QByteArray(element) + '>';
}

// WeCom percent-encodes '+', '/' and '=' in the Base64 values (spec §5); a receiver that decodes
// '+' as a space (HTML forms) breaks on real traffic, so the fake sends them the same way.
void addEncoded(QUrlQuery& query, const char* key, const QByteArray& value)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(value)));
    query.addQueryItem(QLatin1String(key), encoded);
}

} // namespace

WeComCallbackSigner::WeComCallbackSigner(QByteArray token, const QString& encodingAesKey, QByteArray corpId)
    : m_token(std::move(token))
    , m_key(WeComCrypto::aesKey(encodingAesKey))
    , m_corpId(std::move(corpId))
{ }

WeComCallbackSigner::Signed WeComCallbackSigner::sign(const QByteArray& plainText, qint64 timestamp,
                                                      const QByteArray& nonce) const
{
    Signed result;
    result.encrypt = WeComCrypto::encrypt(m_key, plainText, m_corpId, m_random16);
    const QByteArray time = QByteArray::number(timestamp);
    addEncoded(result.query, "msg_signature", WeComCrypto::signature(m_token, time, nonce, result.encrypt));
    addEncoded(result.query, "timestamp", time);
    addEncoded(result.query, "nonce", nonce);
    return result;
}

WeComCallbackSigner::Signed WeComCallbackSigner::post(const QByteArray& innerXml, qint64 timestamp,
                                                      const QByteArray& nonce,
                                                      const QByteArray& agentId) const
{
    Signed result = sign(innerXml, timestamp, nonce);
    result.body = "<xml>" + cdata("ToUserName", m_corpId) + cdata("Encrypt", result.encrypt)
        + cdata("AgentID", agentId) + "</xml>";
    return result;
}

WeComCallbackSigner::Signed WeComCallbackSigner::get(const QByteArray& echoPlain, qint64 timestamp,
                                                     const QByteArray& nonce) const
{
    Signed result = sign(echoPlain, timestamp, nonce);
    addEncoded(result.query, "echostr", result.encrypt);
    return result;
}

QByteArray WeComCallbackSigner::textXml(const QByteArray& corpId, const QByteArray& fromUser,
                                        qint64 createTime, const QByteArray& content, const QByteArray& msgId,
                                        const QByteArray& agentId)
{
    return "<xml>" + cdata("ToUserName", corpId) + '\n' + cdata("FromUserName", fromUser) + '\n'
        + plain("CreateTime", QByteArray::number(createTime)) + '\n' + cdata("MsgType", "text") + '\n'
        + cdata("Content", content) + '\n' + plain("MsgId", msgId) + '\n' + plain("AgentID", agentId)
        + "\n</xml>";
}

QByteArray WeComCallbackSigner::eventXml(const QByteArray& corpId, const QByteArray& fromUser,
                                         qint64 createTime, const QByteArray& event,
                                         const QByteArray& eventKey, const QByteArray& agentId)
{
    return "<xml>" + cdata("ToUserName", corpId) + '\n' + cdata("FromUserName", fromUser) + '\n'
        + plain("CreateTime", QByteArray::number(createTime)) + '\n' + cdata("MsgType", "event") + '\n'
        + cdata("Event", event) + '\n' + cdata("EventKey", eventKey) + '\n' + plain("AgentID", agentId)
        + "\n</xml>";
}
