// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Sends ready-built message payloads to one Cloud API number: one POST /{phone-number-id}/messages
//! per call, reporting Meta's message id (wamid) or the error.

#include "api/GraphApiClient.h"
#include "model/GraphError.h"

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace ChannelDesk {

class GraphReply;

struct SendResult
{
    QString messageId; //!< messages[0].id, the wamid statuses and replies refer to
    QString waId; //!< contacts[0].wa_id, the recipient as WhatsApp knows them
    QString messageStatus; //!< messages[0].message_status (templates under pacing), often empty
    GraphError error;

    bool ok() const { return !error.isError(); }
};

class CloudMessageSender : public QObject
{
    Q_OBJECT

public:
    CloudMessageSender(QNetworkAccessManager* network, GraphEndpoint endpoint, QString phoneNumberId,
                       QObject* parent = nullptr);

    //! Emits finished(reference, SendResult) exactly once per call. Also used for mark-read and
    //! typing payloads, which Meta answers with {"success":true}. A reference still in flight is
    //! cancelled first (it reports Cancelled).
    void send(const QString& reference, const QJsonObject& payload);
    //! Aborts the request; finished() follows with a Cancelled error. Meta may already have the
    //! message, so callers treat it as "unknown", not as "not sent".
    void cancel(const QString& reference);
    bool isPending(const QString& reference) const { return m_pending.contains(reference); }
    void setTimeout(int milliseconds) { m_client.setTimeout(milliseconds); }

    //! Reads Meta's answer to a payload: a message id for sends, {"success":true} for mark-read and
    //! typing. A 2xx answer without either is a Malformed error.
    static SendResult resultFromJson(const QJsonObject& payload, const QJsonObject& answer);
    //! True for the mark-read / typing-indicator payload, which has no message of its own.
    static bool isStatusUpdate(const QJsonObject& payload);

signals:
    void finished(const QString& reference, const ChannelDesk::SendResult& result);

private:
    void onReplyFinished(const QString& reference, GraphReply* reply, const QJsonObject& payload);

    GraphApiClient m_client;
    QString m_phoneNumberId;
    QHash<QString, QPointer<GraphReply>> m_pending;
};

} // namespace ChannelDesk

Q_DECLARE_METATYPE(ChannelDesk::SendResult)
