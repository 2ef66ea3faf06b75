// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/ReplyBuffer.h"

#include <QNetworkReply>

namespace ChannelDesk {

void boundReadBuffer(QNetworkReply* reply)
{
    reply->setReadBufferSize(ReplyReadBufferBytes);
    // Qt 6.4 hands the size to its network thread only once that thread holds the request. A
    // request with a body is handed over from the event loop, after this call, so the size is
    // given once more from there: that event is posted behind the hand-over and so follows it.
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(ReplyReadBufferBytes); }, Qt::QueuedConnection);
}

} // namespace ChannelDesk
