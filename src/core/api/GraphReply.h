// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One Graph API call in flight. Emits finished() exactly once, also after cancel().

#include "model/GraphError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace ChannelDesk {

class GraphReply : public QObject
{
    Q_OBJECT

public:
    explicit GraphReply(QNetworkReply* reply, QObject* parent = nullptr);
    ~GraphReply() override;

    bool isFinished() const { return m_finished; }
    const QJsonObject& json() const { return m_json; }
    const GraphError& error() const { return m_error; }
    void cancel();

    //! Parses Meta's {"error":{...}} envelope and transport failures into a GraphError.
    static GraphError errorFromResponse(int httpStatus, const QByteArray& body);

signals:
    void finished();

private:
    void onReplyFinished();

    QPointer<QNetworkReply> m_reply;
    QJsonObject m_json;
    GraphError m_error;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_encrypted = false; //!< the TLS handshake completed
};

} // namespace ChannelDesk
