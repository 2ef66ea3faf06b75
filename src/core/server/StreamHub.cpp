// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/StreamHub.h"

#include <QCoreApplication>

namespace ChannelDesk {

StreamHub::StreamHub(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{ }

StreamHub::~StreamHub()
{
    stop();
}

Status StreamHub::start()
{
    if (m_thread)
        return Done{};
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("StreamHub"));
    auto* fanout = new StreamFanout(m_path, m_limits);
    fanout->setQrSource(m_qrSource);
    fanout->moveToThread(m_thread);
    // Deleted on its own thread as that ends, with the consumers and their notifiers.
    connect(m_thread, &QThread::finished, fanout, &QObject::deleteLater);
    m_thread->start();
    m_fanout = fanout;
    bool opened = false;
    Error error;
    QMetaObject::invokeMethod(
        fanout,
        [fanout, &opened, &error] {
            const Status status = fanout->open();
            opened = status.ok();
            if (!opened)
                error = status.error();
        },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        stop();
        return error;
    }
    return Done{};
}

void StreamHub::stop()
{
    if (!m_thread)
        return;
    StreamFanout* fanout = m_fanout.exchange(nullptr);
    QMetaObject::invokeMethod(
        fanout, [fanout] { fanout->shutDown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void StreamHub::setLimits(const Limits& limits)
{
    m_limits = limits;
    if (StreamFanout* fanout = m_fanout)
        QMetaObject::invokeMethod(fanout, [fanout, limits] { fanout->setLimits(limits); });
}

void StreamHub::setQrSource(QrSource source)
{
    m_qrSource = std::move(source);
    if (StreamFanout* fanout = m_fanout)
        QMetaObject::invokeMethod(fanout, [fanout, source = m_qrSource] { fanout->setQrSource(source); });
}

void StreamHub::adopt(int fd, QByteArray alreadyRead, std::function<void()> release, QString keyName,
                      std::optional<qint64> after)
{
    StreamFanout* fanout = m_fanout;
    if (!fanout) {
        if (release)
            release();
        return;
    }
    QMetaObject::invokeMethod(fanout,
                              [fanout, fd, alreadyRead = std::move(alreadyRead), release = std::move(release),
                               keyName = std::move(keyName), after]() mutable {
                                  fanout->adopt(fd, alreadyRead, std::move(release), keyName, after);
                              });
}

void StreamHub::nudge()
{
    StreamFanout* fanout = m_fanout;
    if (!fanout || fanout->nudgeQueued.exchange(true))
        return;
    QMetaObject::invokeMethod(fanout, [fanout] { fanout->poll(); });
}

void StreamHub::dropKey(const QString& keyName)
{
    if (StreamFanout* fanout = m_fanout)
        QMetaObject::invokeMethod(fanout, [fanout, keyName] { fanout->dropKey(keyName); });
}

int StreamHub::consumerCount() const
{
    const StreamFanout* fanout = m_fanout;
    return fanout ? fanout->consumerCount() : 0;
}

} // namespace ChannelDesk
