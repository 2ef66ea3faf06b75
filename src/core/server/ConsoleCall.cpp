// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConsoleCall.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

namespace ChannelDesk {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ConsoleCall", text);
}

} // namespace

ConsoleCall::ConsoleCall(const ApiContext* context, const ApiRequest& request, const ApiReply& reply,
                         const QJsonObject& body, const QString& action)
    : m_state(std::make_shared<State>())
{
    m_state->context = context;
    m_state->request = request;
    m_state->reply = reply;
    m_state->body = body;
    m_state->action = action;
}

bool ConsoleCall::mistyped(const QString& key) const
{
    bad(m_state->body.contains(key) ? tr("“%1” has the wrong type for this verb.").arg(key)
                                    : tr("The body needs “%1”.").arg(key));
    return false;
}

bool ConsoleCall::string(const QString& key, QString* out) const
{
    const QJsonValue value = m_state->body.value(key);
    if (!value.isString())
        return mistyped(key);
    *out = value.toString();
    return true;
}

bool ConsoleCall::integer(const QString& key, qint64* out) const
{
    const QJsonValue value = m_state->body.value(key);
    // Doubles carry integers exactly up to 2^53, far beyond any row id.
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
        return mistyped(key);
    *out = value.toInteger();
    return true;
}

bool ConsoleCall::boolean(const QString& key, bool* out) const
{
    const QJsonValue value = m_state->body.value(key);
    if (!value.isBool())
        return mistyped(key);
    *out = value.toBool();
    return true;
}

bool ConsoleCall::stringList(const QString& key, QStringList* out) const
{
    const QJsonValue value = m_state->body.value(key);
    if (!value.isArray())
        return mistyped(key);
    out->clear();
    for (const QJsonValue& element : value.toArray()) {
        if (!element.isString())
            return mistyped(key);
        out->append(element.toString());
    }
    return true;
}

bool ConsoleCall::limit(int* out) const
{
    qint64 value = 0;
    if (!integer(QStringLiteral("limit"), &value))
        return false;
    if (value < 1 || value > MaxLimit) {
        bad(tr("limit must be 1–%1.").arg(MaxLimit));
        return false;
    }
    *out = int(value);
    return true;
}

void ConsoleCall::ok(const QJsonObject& body) const
{
    answer(ApiResponse::ok(body));
}

void ConsoleCall::bad(const QString& message) const
{
    answer(ApiResponse::error(400, QStringLiteral("BAD_REQUEST"), message));
}

void ConsoleCall::fail(const Error& error) const
{
    ApiResponse response = error.is(ErrorCode::InvalidInput)
        ? ApiResponse::error(422, QStringLiteral("INVALID_INPUT"), error.message)
        : ApiResponse::error(500, QStringLiteral("FAILED"), error.message);
    response.body.insert(QStringLiteral("error_code"), error.code);
    answer(response);
}

void ConsoleCall::answer(const ApiResponse& response) const
{
    State& state = *m_state;
    if (state.answered)
        return;
    state.answered = true;
    if (!state.action.isEmpty() && state.context)
        state.context->record(state.request, state.action, state.target,
                              response.body.value(QStringLiteral("error"))
                                  .toString(state.result.isEmpty() ? QStringLiteral("ok") : state.result));
    state.reply(response);
    if (state.waiter)
        state.waiter->deleteLater();
}

QObject* ConsoleCall::waiter(QObject* parent, int timeoutMs) const
{
    auto* waiter = new QObject(parent);
    m_state->waiter = waiter;
    QTimer::singleShot(timeoutMs, waiter, [call = *this, waiter, timeoutMs] {
        call.answer(
            ApiResponse::error(504, QStringLiteral("TIMEOUT"),
                               tr("The server gave no answer within %1 seconds.").arg(timeoutMs / 1000)));
        waiter->deleteLater();
    });
    return waiter;
}

} // namespace ChannelDesk
