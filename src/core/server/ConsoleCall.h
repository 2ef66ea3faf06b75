// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One console protocol request being answered (POST /api/v1/console/VERB): typed access to the
//! members of its JSON body, where a missing or mistyped member answers 400 BAD_REQUEST, and the
//! answer itself, given once and audited when the verb has an action (ConsoleVerbs). Copies share
//! one state, so a copy captured by a Desk signal's lambda and one held by a timeout answer only
//! once between them.

#include "server/ApiContext.h"
#include "util/Result.h"
#include "wire/ChannelWire.h"
#include "wire/MessageWire.h"

#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace ChannelDesk {

class ConsoleCall
{
public:
    //! The longest a Desk's answer through a signal is waited for before 504 TIMEOUT.
    static constexpr int DefaultTimeoutMs = 30000;
    //! The largest page a list verb gives (the window's refreshes ask for what it shows plus a margin).
    static constexpr int MaxLimit = 5000;

    ConsoleCall(const ApiContext* context, const ApiRequest& request, const ApiReply& reply,
                const QJsonObject& body, const QString& action);

    const ApiRequest& request() const { return m_state->request; }
    const QJsonObject& body() const { return m_state->body; }
    bool isAnswered() const { return m_state->answered; }

    // Each answers 400 and returns false when the member is missing or of another type.
    bool string(const QString& key, QString* out) const;
    bool integer(const QString& key, qint64* out) const;
    bool boolean(const QString& key, bool* out) const;
    bool stringList(const QString& key, QStringList* out) const;
    //! "limit": 1–MaxLimit.
    bool limit(int* out) const;
    //! A value in the console encoding (fromWire / fromWireArray).
    template <typename T> bool decode(const QString& key, T* out) const
    {
        if (fromWire(m_state->body.value(key), out))
            return true;
        return mistyped(key);
    }
    template <typename T> bool decodeList(const QString& key, QList<T>* out) const
    {
        if (fromWireArray(m_state->body.value(key), out))
            return true;
        return mistyped(key);
    }
    //! Absent or null gives nullopt.
    template <typename T> bool decodeOptional(const QString& key, std::optional<T>* out) const
    {
        const QJsonValue value = m_state->body.value(key);
        if (value.isUndefined() || value.isNull()) {
            out->reset();
            return true;
        }
        T decoded;
        if (!fromWire(value, &decoded))
            return mistyped(key);
        *out = std::move(decoded);
        return true;
    }

    //! What the audit entry names (a channel id, channel/peer, a key name).
    void setTarget(const QString& target) const { m_state->target = target; }
    //! Replaces the verb's audited action (link: "link.connect", …).
    void setAction(const QString& action) const { m_state->action = action; }
    //! What a successful answer is audited with instead of "ok" ("ok: 3 requeued").
    void setResult(const QString& result) const { m_state->result = result; }

    void ok(const QJsonObject& body = {}) const;
    void answer(const ApiResponse& response) const;
    void bad(const QString& message) const;
    //! A failed Desk future: 422 INVALID_INPUT for ErrorCode::InvalidInput, otherwise 500 FAILED,
    //! with "error_code": the Error's own number.
    void fail(const Error& error) const;
    //! A context object for one-shot connections to the Desk's answering signals: deleted once
    //! the call is answered, and answering 504 TIMEOUT after timeoutMs.
    QObject* waiter(QObject* parent, int timeoutMs = DefaultTimeoutMs) const;

private:
    bool mistyped(const QString& key) const;

    struct State
    {
        const ApiContext* context = nullptr;
        ApiRequest request;
        ApiReply reply;
        QJsonObject body;
        QString action;
        QString target;
        QString result;
        bool answered = false;
        QPointer<QObject> waiter;
    };
    std::shared_ptr<State> m_state;
};

} // namespace ChannelDesk
