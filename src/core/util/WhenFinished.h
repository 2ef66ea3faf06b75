// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Runs a callback on the receiver's thread when a future has its result, and never after the
//! receiver is destroyed.
//!
//! Widgets use this instead of QFuture::then(this, …): in Qt 6.4 that continuation does
//! Q_ASSERT(context) (qfuture_impl.h, Continuation::create with a context), so closing a window
//! while a keychain read or a save is still pending aborts debug builds. Qt 6.6 cancels instead.
//! A QFutureWatcher owned by the receiver dies with it and takes the connection along.

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace ChannelDesk {

//! The callback gets the future's result. A future that ends without one (its producer went away,
//! e.g. the secret store was destroyed first) calls nothing.
template <typename T, typename Callback>
void whenFinished(const QFuture<T>& future, QObject* receiver, Callback&& callback)
{
    auto* watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver,
                     [watcher, callback = std::forward<Callback>(callback)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.isCanceled() || done.resultCount() == 0)
                             return;
                         // Finished, so taking the result does not wait.
                         callback(done.result());
                     });
    watcher->setFuture(future);
}

} // namespace ChannelDesk
