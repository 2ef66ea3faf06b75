// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QTest>

//! The result of an asynchronous desk call, waited for with the event loop running (the desk
//! answers on it). A call that never finishes ends the test run, because there is no result to
//! hand back and the test could only go on with a made-up one.
template <typename T> T waitFor(const QFuture<T>& future, int timeoutMs = 10000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        qFatal("future did not finish");
    return future.result();
}
