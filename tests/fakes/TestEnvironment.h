// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Common start-up for every test: Qt's test mode for standard paths, so no test touches the
//! user's own configuration, and helpers for temporary data directories.

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace TestEnvironment {

void init();
//! Concatenates every file below dir (recursively), for "no secret on disk" checks.
QByteArray allFileContents(const QString& dir);
//! Everything below dir, and dir itself, that is not owner-only (files 0600, folders 0700), as
//! "path mode" in octal. seen, if given, receives the relative path of every entry below dir.
QStringList notOwnerOnly(const QString& dir, QStringList* seen = nullptr);
//! Test values that look real but are obviously fake.
QString appSecret();
QString verifyToken();

//! The future's result, spinning the event loop (keychain and database work report through it).
template <typename T> T waitFor(QFuture<T> future, int timeoutMs = 30000)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<T>::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(timeoutMs);
    return future.result();
}

} // namespace TestEnvironment
