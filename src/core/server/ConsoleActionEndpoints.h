// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The console protocol's verbs that act on channels (sender and operator roles): uploading a file
//! and sending, marking read, testing a connection, opt-outs, health checks and the linked device's
//! session. Every one is audited. Runs on the Desk's thread.

#include "server/ApiContext.h"
#include "server/ConsoleCall.h"

#include <QObject>
#include <QSet>

namespace ChannelDesk {

class ConsoleActionEndpoints : public QObject
{
    Q_OBJECT

public:
    ConsoleActionEndpoints(const ApiContext& context, QObject* parent = nullptr);

    //! Answers the verb when it is one of these; false otherwise.
    bool handle(const QString& verb, const ConsoleCall& call);

private:
    void markConversationRead(const ConsoleCall& call);
    void upload(const ConsoleCall& call);
    void send(const ConsoleCall& call);
    void markRead(const ConsoleCall& call);
    void testConnection(const ConsoleCall& call);
    void clearOptOut(const ConsoleCall& call);
    void takeOver(const ConsoleCall& call);
    void returnToBot(const ConsoleCall& call);
    void handoff(const ConsoleCall& call, bool takenOver);
    void checkHealth(const ConsoleCall& call);
    void link(const ConsoleCall& call);
    void pairingCode(const ConsoleCall& call);
    //! Reads "channel" and answers 404 UNKNOWN_CHANNEL when there is no such channel.
    bool channelOf(const ConsoleCall& call, QString* channelId) const;
    //! Sets content.localFile to the upload the body's "upload" names; false when it answered.
    bool useUpload(const ConsoleCall& call, SendRequest* request);
    //! Removes the upload once the send of reference is refused or ends.
    void removeWhenDone(const QString& reference, const QString& token, const QString& path);

    ApiContext m_context;
    QSet<QString> m_uploadsInUse; //!< tokens a send has taken and not finished with
};

} // namespace ChannelDesk
