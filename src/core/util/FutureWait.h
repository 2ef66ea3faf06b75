// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Waits for a future by spinning a local event loop. For the command line only: the GUI thread
//! must continue futures with .then() instead.

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace ChannelDesk::FutureWait {

template <typename T> T result(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace ChannelDesk::FutureWait
