// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationLogFixture.h"

#include "JournaledBuilder.h"

#include <QDebug>

namespace ConversationLogFixture {

using ChannelDesk::Delivery;

QString channelOf(int conversation)
{
    return conversation % 2 == 0 ? QStringLiteral("sales") : QStringLiteral("support");
}

QString peerOf(int conversation)
{
    return QStringLiteral("4915100%1").arg(conversation, 5, 10, QLatin1Char('0'));
}

QString nameOf(int conversation)
{
    return QStringLiteral("Peer %1").arg(conversation);
}

int conversationOf(int message, int conversations)
{
    if (message % 20 == 0)
        return 0;
    return 1 + (message - message / 20 - 1) % (conversations - 1);
}

QDateTime timeOf(int message, int count, const QDateTime& now)
{
    return now.addSecs(-qint64(count - message) * 20);
}

QString textOf(int message)
{
    if (message == rareMessage())
        return QStringLiteral("Where is the %1 I ordered?").arg(rareWord());
    return QStringLiteral("Message %1, about order %2").arg(message).arg(1000 + message % 97);
}

int rareMessage()
{
    return 12345;
}

QString rareWord()
{
    return QStringLiteral("zebra");
}

Delivery inbound(const QString& channel, const QString& peer, const QString& name, const QString& wamid,
                 const QString& text, const QDateTime& at, const QString& type)
{
    ChannelDesk::InboundMessage message;
    message.messageId = wamid;
    message.from = peer;
    message.profileName = name;
    message.timestamp = at;
    message.type = type;
    message.text = text;
    Delivery delivery{channel, QDateTime::currentDateTimeUtc(), "{}", {}};
    delivery.batch.messages.append(message);
    return delivery;
}

bool fill(const QString& databasePath, int conversations, int messages, const QDateTime& now)
{
    JournaledBuilder store(databasePath);
    QList<Delivery> batch;
    for (int g = 0; g < messages; ++g) {
        const int c = conversationOf(g, conversations);
        batch.append(inbound(channelOf(c), peerOf(c), nameOf(c), QStringLiteral("wamid.FIXTURE.%1").arg(g),
                             textOf(g), timeOf(g, messages, now)));
        if (batch.size() == 2000 || g == messages - 1) {
            const auto committed = store.commit(batch);
            if (!committed.ok()) {
                qWarning() << "fixture commit failed:" << committed.error().message;
                return false;
            }
            batch.clear();
        }
    }
    return true;
}

} // namespace ConversationLogFixture
