// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Asks Meta how a Cloud API number is doing: the phone number's quality, messaging limit and
//! throughput, and (via debug_token) whether its access token expires and what it may do.

#include "api/GraphApiClient.h"
#include "api/GraphReply.h"
#include "health/CloudHealth.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace ChannelDesk {

class CloudHealthProbe : public QObject
{
    Q_OBJECT

public:
    CloudHealthProbe(QNetworkAccessManager* network, GraphEndpoint endpoint, QString phoneNumberId,
                     QObject* parent = nullptr);

    //! Both requests run in parallel; finished() follows exactly once, when both have answered.
    void check();
    //! Aborts; finished() follows with Cancelled errors.
    void cancel();
    void setTimeout(int milliseconds) { m_client.setTimeout(milliseconds); }

    bool isRunning() const { return m_phoneReply || m_tokenReply; }
    const CloudHealth& health() const { return m_health; }

    static QString requestedFields();

signals:
    void finished(const ChannelDesk::CloudHealth& health);

private:
    void onPhoneFinished();
    void onTokenFinished();
    void finishIfDone();

    GraphApiClient m_client;
    QString m_phoneNumberId;
    QPointer<GraphReply> m_phoneReply;
    QPointer<GraphReply> m_tokenReply;
    CloudHealth m_health;
};

} // namespace ChannelDesk
