// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeBot.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QThread>

FakeBot::FakeBot(QByteArray appSecret, QByteArray signatureHeader)
    : m_appSecret(std::move(appSecret))
    , m_signatureHeader(std::move(signatureHeader))
    , m_http([this](const FakeHttpService::Request& request) { return handle(request); })
{ }

QString FakeBot::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/webhooks/whatsapp").arg(m_http.port());
}

QString FakeBot::wamidOf(const QByteArray& body)
{
    static const QRegularExpression id(QStringLiteral("\"id\":\"(wamid\\.[^\"]+)\""));
    return id.match(QString::fromUtf8(body)).captured(1);
}

QList<FakeBot::Received> FakeBot::accepted() const
{
    std::lock_guard lock(m_mutex);
    return m_accepted;
}

int FakeBot::acceptedCount() const
{
    std::lock_guard lock(m_mutex);
    return int(m_accepted.size());
}

FakeHttpService::Reply FakeBot::handle(const FakeHttpService::Request& request)
{
    if (m_delayMs > 0)
        QThread::msleep(m_delayMs);
    Received received{request.body, request.headers.value(m_signatureHeader),
                      request.headers.value("content-type"), false};
    // As @chat-adapter/whatsapp and Meta's samples do: "sha256=" + hex HMAC of the raw bytes.
    const QByteArray expected = "sha256="
        + QMessageAuthenticationCode::hash(request.body, m_appSecret, QCryptographicHash::Sha256).toHex();
    unsigned char difference = expected.size() == received.signature.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(expected.size(), received.signature.size()); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ received.signature.at(i));
    received.verified = difference == 0;
    if (!received.verified || request.method != "POST") {
        ++m_refused;
        return {401, "bad signature", "text/plain"};
    }
    const int status = m_status;
    if (status < 200 || status >= 300) {
        ++m_refused;
        return {status, "bot is down", "text/plain"};
    }
    std::lock_guard lock(m_mutex);
    m_accepted.append(received);
    return {status, "{}", "application/json"};
}
