// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A file from the console's computer on its way to a server for a send: read and encoded off the
//! calling thread, refused above the server's limit before anything is sent, then handed over with
//! the console's `upload` verb (docs/api.md). The send itself names the token the server answers.

#include "model/OutboundContent.h"
#include "util/Result.h"

#include <QFuture>

namespace ChannelDesk {

class RemoteClient;

class RemoteUpload
{
public:
    //! What the server takes from a console (its ConsoleUploads::MaxBytes).
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024;

    //! Uploads content.localFile for channelId. The future finishes on client's thread with the
    //! server's token, or an Error whose code is 0 when the server could not be reached, an HTTP
    //! status when it refused, or an ErrorCode for a file that cannot be read or is too large; the
    //! message is ready to show. It is cancelled if client goes away first.
    static QFuture<Result<QString>> upload(RemoteClient* client, const QString& channelId,
                                           const OutboundContent& content);
};

} // namespace ChannelDesk
