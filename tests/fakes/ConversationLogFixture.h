// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A conversation log of known shape for model and widget tests, written through
//! the delivery journal and DeliveryProjection, as the receiver writes it.

#include "model/Delivery.h"

#include <QDateTime>
#include <QString>

namespace ConversationLogFixture {

//! Channel of conversation c: even ones on "sales", odd ones on "support".
QString channelOf(int conversation);
QString peerOf(int conversation);
QString nameOf(int conversation);
//! Conversation 0 gets every 20th message; the others share the rest in turn.
int conversationOf(int message, int conversations);
//! Message g is sent at now - (count - g) × 20 s: the newest a moment ago, all in order.
QDateTime timeOf(int message, int count, const QDateTime& now);
QString textOf(int message);
//! The one message whose text contains rareWord().
int rareMessage();
QString rareWord();

//! One inbound text message in one delivery.
ChannelDesk::Delivery inbound(const QString& channel, const QString& peer, const QString& name,
                              const QString& wamid, const QString& text, const QDateTime& at,
                              const QString& type = QStringLiteral("text"));

//! Writes `messages` inbound messages in `conversations` conversations. False on a store error.
bool fill(const QString& databasePath, int conversations, int messages, const QDateTime& now);

} // namespace ConversationLogFixture
