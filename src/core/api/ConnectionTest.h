// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! "Test Connection" for a Cloud API channel: looks the phone number up with the channel's token
//! and checks that the answer is the number that was configured.

#include "api/GraphApiClient.h"
#include "model/GraphError.h"
#include "api/GraphReply.h"
#include "model/PhoneNumberInfo.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ChannelDesk {

class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    ConnectionTest(QNetworkAccessManager* network, const GraphEndpoint& endpoint, QString phoneNumberId,
                   QObject* parent = nullptr);

    void start();
    //! Aborts the request; finished() still follows, with a Cancelled error.
    void cancel();
    void setTimeout(int milliseconds);

    bool isRunning() const { return m_reply && !m_done; }
    bool succeeded() const { return m_done && !m_error.isError(); }
    const PhoneNumberInfo& info() const { return m_info; }
    const GraphError& error() const { return m_error; }
    //! Things that do not fail the test but that an admin should know (e.g. an On-Premises number).
    const QStringList& warnings() const { return m_warnings; }
    //! Meta's own words and a plain explanation with the fix, ready to show.
    QString failureText() const;
    //! "Connected to Acme Support (+1 555-000-1234)".
    QString successText() const;

    static QString requestedFields();

signals:
    void finished();

private:
    void onReplyFinished();

    GraphApiClient m_client;
    QString m_phoneNumberId;
    QPointer<GraphReply> m_reply;
    PhoneNumberInfo m_info;
    GraphError m_error;
    QStringList m_warnings;
    bool m_done = false;
};

} // namespace ChannelDesk
