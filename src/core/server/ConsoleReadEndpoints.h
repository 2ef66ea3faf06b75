// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The console protocol's reading verbs (viewer role): the session, the snapshot a remote window
//! starts from, conversations and messages, and the Desk's answers that come through signals
//! (a conversation's window, send usage, templates, media). Runs on the Desk's thread.

#include "server/ApiContext.h"
#include "server/ConsoleCall.h"

#include <QObject>

namespace ChannelDesk {

class ConsoleReadEndpoints : public QObject
{
    Q_OBJECT

public:
    ConsoleReadEndpoints(const ApiContext& context, QObject* parent = nullptr);

    //! Answers the verb when it is one of these; false otherwise.
    bool handle(const QString& verb, const ConsoleCall& call);

private:
    void session(const ConsoleCall& call);
    void snapshot(const ConsoleCall& call);
    QJsonObject snapshotBody(qint64 cursor) const;
    void channelEvents(const ConsoleCall& call);
    void conversations(const ConsoleCall& call);
    void conversation(const ConsoleCall& call);
    void conversationWith(const ConsoleCall& call);
    void olderMessages(const ConsoleCall& call);
    void newerMessages(const ConsoleCall& call);
    void messageKey(const ConsoleCall& call);
    void search(const ConsoleCall& call);
    void queryConversation(const ConsoleCall& call);
    void outboundItem(const ConsoleCall& call);
    void sendUsage(const ConsoleCall& call);
    void templates(const ConsoleCall& call);
    void media(const ConsoleCall& call);
    //! A media file's size and type as Meta describes it, without its bytes.
    void mediaInfo(const ConsoleCall& call);

    ApiContext m_context;
};

} // namespace ChannelDesk
