// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Sends replies on linked-device channels through their gateway session and reports them the way
//! the outbound queue reports Cloud API sends (queued, then accepted or failed), so that a front
//! end has one send pipeline for every kind of channel. Linked sends are not queued on disk: the
//! gateway either takes the text now or says why not. What it took is recorded in the outbound
//! store afterwards, so that the conversation log can say who sent it.

#include "model/OutboundItem.h"
#include "model/SendRequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace ChannelDesk {

class DatabaseWorker;
class LinkedChannelController;

class LinkedSender : public QObject
{
    Q_OBJECT

public:
    //! Without a databasePath, accepted sends are reported but not recorded.
    explicit LinkedSender(LinkedChannelController* linked, const QString& databasePath = {},
                          QObject* parent = nullptr);
    ~LinkedSender() override;

    //! Answered with queued() or refused() with the request's reference, then itemChanged().
    void send(const SendRequest& request);

signals:
    void queued(const QString& reference, const ChannelDesk::OutboundItem& item);
    void refused(const QString& reference, const ChannelDesk::SendRefusal& refusal);
    //! For an accepted send, once it is recorded.
    void itemChanged(const ChannelDesk::OutboundItem& item);

private:
    struct Pending
    {
        QString reference;
        OutboundItem item;
        QMetaObject::Connection replaced;
    };

    void onSendFinished(const QString& channelId, const QString& reference, const QString& messageId,
                        const QString& error);

    QPointer<LinkedChannelController> m_linked;
    std::unique_ptr<DatabaseWorker> m_recorder; //!< null without a database
    QHash<QString, Pending> m_sends; //!< by the gateway's reference
    qint64 m_nextId = -1; //!< linked sends are not queued; negative ids keep them apart
};

} // namespace ChannelDesk
