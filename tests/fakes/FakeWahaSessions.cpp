// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeWahaSessions.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

QJsonObject FakeWahaSessions::me()
{
    return {{QStringLiteral("id"), selfId()}, {QStringLiteral("pushName"), QStringLiteral("Fake Phone")}};
}

FakeWahaSessions::FakeWahaSessions(QObject* parent)
    : QObject(parent)
{ }

void FakeWahaSessions::setStepMs(int milliseconds)
{
    std::lock_guard lock(m_mutex);
    m_stepMs = milliseconds;
}

void FakeWahaSessions::setMaxCodes(int codes)
{
    std::lock_guard lock(m_mutex);
    m_maxCodes = codes;
}

void FakeWahaSessions::add(const QString& name, const QString& status, bool linked)
{
    std::lock_guard lock(m_mutex);
    Session& session = m_sessions[name];
    session.status = status;
    session.linked = linked;
    session.running = status != QLatin1String("STOPPED");
}

bool FakeWahaSessions::create(const QString& name, const QJsonObject& config, bool start)
{
    std::lock_guard lock(m_mutex);
    if (m_sessions.contains(name))
        return false;
    m_sessions[name].config = config;
    if (start)
        startLocked(name);
    return true;
}

bool FakeWahaSessions::exists(const QString& name) const
{
    std::lock_guard lock(m_mutex);
    return m_sessions.contains(name);
}

bool FakeWahaSessions::remove(const QString& name)
{
    std::lock_guard lock(m_mutex);
    return m_sessions.remove(name) > 0;
}

QString FakeWahaSessions::status(const QString& name) const
{
    std::lock_guard lock(m_mutex);
    return m_sessions.value(name).status;
}

bool FakeWahaSessions::isLinked(const QString& name) const
{
    std::lock_guard lock(m_mutex);
    return m_sessions.value(name).linked;
}

QString FakeWahaSessions::qr(const QString& name) const
{
    std::lock_guard lock(m_mutex);
    return m_sessions.value(name).qr;
}

int FakeWahaSessions::qrCount(const QString& name) const
{
    std::lock_guard lock(m_mutex);
    return m_sessions.value(name).qrCount;
}

QJsonObject FakeWahaSessions::json(const QString& name) const
{
    std::lock_guard lock(m_mutex);
    const Session session = m_sessions.value(name);
    const bool working = session.linked && session.status == QLatin1String("WORKING");
    return {{QStringLiteral("name"), name},
            {QStringLiteral("status"), session.status},
            {QStringLiteral("me"), working ? QJsonValue(me()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("engine"), QJsonObject{{QStringLiteral("engine"), QStringLiteral("NOWEB")}}},
            {QStringLiteral("config"), session.config}};
}

QJsonArray FakeWahaSessions::list() const
{
    QStringList names;
    {
        std::lock_guard lock(m_mutex);
        names = m_sessions.keys();
    }
    QJsonArray sessions;
    for (const QString& name : std::as_const(names))
        sessions.append(json(name));
    return sessions;
}

void FakeWahaSessions::start(const QString& name)
{
    std::lock_guard lock(m_mutex);
    startLocked(name);
}

void FakeWahaSessions::stop(const QString& name)
{
    std::lock_guard lock(m_mutex);
    m_sessions[name].running = false;
    setStatusLocked(name, QStringLiteral("STOPPED"));
}

void FakeWahaSessions::logout(const QString& name)
{
    std::lock_guard lock(m_mutex);
    Session& session = m_sessions[name];
    session.linked = false;
    if (session.running)
        startLocked(name);
}

void FakeWahaSessions::rotate(const QString& name)
{
    std::lock_guard lock(m_mutex);
    rotateLocked(name);
}

void FakeWahaSessions::rotateAll()
{
    std::lock_guard lock(m_mutex);
    if (!m_up)
        return;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
        rotateLocked(it.key());
}

void FakeWahaSessions::scan(const QString& name, bool complete)
{
    std::lock_guard lock(m_mutex);
    Session& session = m_sessions[name];
    if (session.status != QLatin1String("SCAN_QR_CODE"))
        return;
    session.linked = true;
    session.qr.clear();
    setStatusLocked(name, QStringLiteral("STARTING"));
    if (complete)
        later(name, &FakeWahaSessions::completeLogin);
}

void FakeWahaSessions::completeLogin(const QString& name)
{
    std::lock_guard lock(m_mutex);
    const Session session = m_sessions.value(name);
    if (session.status == QLatin1String("STARTING") && session.linked)
        setStatusLocked(name, QStringLiteral("WORKING"));
}

void FakeWahaSessions::dropLink(const QString& name)
{
    std::lock_guard lock(m_mutex);
    m_sessions[name].linked = false;
    enterQrLocked(name);
}

void FakeWahaSessions::goDown(bool loseLinks)
{
    std::lock_guard lock(m_mutex);
    m_up = false;
    ++m_generation;
    for (Session& session : m_sessions) {
        if (loseLinks)
            session.linked = false;
    }
}

void FakeWahaSessions::comeUp()
{
    std::lock_guard lock(m_mutex);
    m_up = true;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (it->running)
            startLocked(it.key());
    }
}

void FakeWahaSessions::setStatusLocked(const QString& name, const QString& status)
{
    Session& session = m_sessions[name];
    session.status = status;
    emit statusChanged(name, status,
                       session.linked && status == QLatin1String("WORKING") ? me() : QJsonObject{});
}

void FakeWahaSessions::startLocked(const QString& name)
{
    m_sessions[name].running = true;
    m_sessions[name].qr.clear();
    setStatusLocked(name, QStringLiteral("STARTING"));
    later(name, &FakeWahaSessions::advance);
}

void FakeWahaSessions::later(const QString& name, void (FakeWahaSessions::*step)(const QString&))
{
    // Timers belong to the main thread; going down in between cancels the step.
    const int generation = m_generation;
    const int delay = m_stepMs;
    QMetaObject::invokeMethod(
        this,
        [this, name, step, generation, delay] {
            QTimer::singleShot(delay, this, [this, name, step, generation] {
                bool current = false;
                {
                    std::lock_guard lock(m_mutex);
                    current = generation == m_generation && m_up;
                }
                if (current)
                    (this->*step)(name);
            });
        },
        Qt::QueuedConnection);
}

void FakeWahaSessions::advance(const QString& name)
{
    std::lock_guard lock(m_mutex);
    const Session session = m_sessions.value(name);
    if (session.status != QLatin1String("STARTING"))
        return;
    if (session.linked)
        setStatusLocked(name, QStringLiteral("WORKING"));
    else
        enterQrLocked(name);
}

void FakeWahaSessions::enterQrLocked(const QString& name)
{
    Session& session = m_sessions[name];
    session.status = QStringLiteral("SCAN_QR_CODE");
    session.qrCount = 0;
    rotateLocked(name);
}

void FakeWahaSessions::rotateLocked(const QString& name)
{
    Session& session = m_sessions[name];
    if (session.status != QLatin1String("SCAN_QR_CODE"))
        return;
    // WAHA gives up after the 6th code ("QR refs attempts ended", devlikeapro/waha#884).
    if (m_maxCodes > 0 && session.qrCount >= m_maxCodes) {
        session.qr.clear();
        setStatusLocked(name, QStringLiteral("FAILED"));
        return;
    }
    ++session.qrCount;
    session.qr = QStringLiteral("2@fakeQR%1,%2")
                     .arg(session.qrCount)
                     .arg(QString::number(QRandomGenerator::global()->generate64(), 36));
    // WAHA re-emits SCAN_QR_CODE on every rotation.
    setStatusLocked(name, QStringLiteral("SCAN_QR_CODE"));
}
