// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One Graph API call in flight. Emits finished() exactly once, also after cancel(). Reads at most
//! MaxAnswerBytes and, with a deadline set, gives up once it passes even while bytes still trickle.

#include "model/GraphError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace ChannelDesk {

class GraphReply : public QObject
{
    Q_OBJECT

public:
    //! Meta's answers are a few KiB; anything past this is not the Graph API talking.
    static constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;

    explicit GraphReply(QNetworkReply* reply, QObject* parent = nullptr);
    ~GraphReply() override;

    /*!
     * Fails the call as a Timeout when the whole answer has not arrived within milliseconds. With
     * afterUpload the clock starts once the request body is sent, so a long upload that keeps
     * moving is not cut off.
     */
    void setDeadline(int milliseconds, bool afterUpload = false);

    bool isFinished() const { return m_finished; }
    const QJsonObject& json() const { return m_json; }
    const GraphError& error() const { return m_error; }
    void cancel();

    //! Parses Meta's {"error":{...}} envelope and transport failures into a GraphError.
    static GraphError errorFromResponse(int httpStatus, const QByteArray& body);

signals:
    void finished();

private:
    //! Why we stopped the reply ourselves; Qt reports all of them as "operation canceled".
    enum class Stop
    {
        None,
        Deadline,
        TooLarge,
    };

    void onReplyFinished();
    void takeBytes();
    void stop(Stop why);

    QPointer<QNetworkReply> m_reply;
    QJsonObject m_json;
    GraphError m_error;
    QByteArray m_body;
    QTimer* m_deadline = nullptr;
    int m_deadlineMs = 0;
    Stop m_stop = Stop::None;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_encrypted = false; //!< the TLS handshake completed
};

} // namespace ChannelDesk
