// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/LinkedSender.h"

#include "linking/LinkedChannelController.h"
#include "store/DatabaseWorker.h"
#include "store/OutboundStore.h"
#include "util/Logging.h"
#include "util/WhenFinished.h"

namespace ChannelDesk {

LinkedSender::LinkedSender(LinkedChannelController* linked, const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_linked(linked)
    , m_recorder(databasePath.isEmpty() ? nullptr : std::make_unique<DatabaseWorker>(databasePath))
{
    connect(linked, &LinkedChannelController::linkSendFinished, this, &LinkedSender::onSendFinished);
}

// The worker waits for a recording still running, before the connection it uses is closed.
LinkedSender::~LinkedSender() = default;

void LinkedSender::send(const SendRequest& request)
{
    GatewayAdapter* link = m_linked ? m_linked->adapter(request.channelId) : nullptr;
    if (!link || link->status().state != LinkState::Connected) {
        emit refused(request.reference,
                     SendRefusal{SendCode::NotConnected,
                                 tr("The number is not linked right now; the reply can be sent once it is."),
                                 {}});
        return;
    }
    if (request.content.kind != OutboundContent::Kind::Text) {
        emit refused(request.reference,
                     SendRefusal{SendCode::SendFailed,
                                 tr("Linked devices can only send text through ChannelDesk."),
                                 {}});
        return;
    }
    OutboundItem item;
    item.id = m_nextId--;
    item.channelId = request.channelId;
    item.peer = request.to;
    item.content = request.content;
    item.state = QStringLiteral("sending");
    item.source = request.source;
    item.sentBy = request.sentBy;
    item.createdAt = QDateTime::currentDateTimeUtc();
    item.updatedAt = item.createdAt;
    // The gateway's reference is ours, so two front ends' references can never collide.
    const QString reference = QStringLiteral("desk-%1").arg(-item.id);
    // A session replaced without being closed (closing reports unfinished sends) never answers.
    const auto replaced = connect(link, &QObject::destroyed, this, [this, reference] {
        onSendFinished({}, reference, {},
                       tr("The connection to the gateway was replaced before it confirmed the reply; "
                          "check the chat on the phone before sending it again."));
    });
    m_sends.insert(reference, Pending{request.reference, item, replaced});
    emit queued(request.reference, item);
    link->sendText(request.to, request.content.text, reference);
}

void LinkedSender::onSendFinished(const QString&, const QString& reference, const QString& messageId,
                                  const QString& error)
{
    auto it = m_sends.find(reference);
    if (it == m_sends.end())
        return;
    OutboundItem item = it->item;
    disconnect(it->replaced);
    m_sends.erase(it);
    item.updatedAt = QDateTime::currentDateTimeUtc();
    if (messageId.isEmpty()) {
        item.state = QStringLiteral("failed");
        item.error = error.isEmpty() ? tr("The reply was not sent.") : error;
    } else {
        item.state = QStringLiteral("accepted");
        item.messageId = messageId;
        item.acceptedAt = item.updatedAt;
        if (m_recorder) {
            const auto recorded = m_recorder->run([path = m_recorder->databasePath(), item] {
                return OutboundStore(path).recordLinkedSend(item);
            });
            whenFinished(recorded, this, [this, item](const Status& status) {
                if (!status.ok())
                    qCWarning(lcOutbound) << "Could not record a linked send:" << status.error().message;
                emit itemChanged(item);
            });
            return;
        }
    }
    emit itemChanged(item);
}

} // namespace ChannelDesk
