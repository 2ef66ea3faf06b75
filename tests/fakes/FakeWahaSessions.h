// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The sessions of the fake WAHA and their state machine: STOPPED → STARTING → SCAN_QR_CODE (up
//! to 6 codes, then FAILED) → STARTING → WORKING. Thread-safe: REST handlers call it from
//! libmicrohttpd's threads; timed steps run on the object's own (main) thread.

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <mutex>

class FakeWahaSessions : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxCodes = 6;
    static QString selfId() { return QStringLiteral("15550001111@c.us"); }
    static QJsonObject me();

    explicit FakeWahaSessions(QObject* parent = nullptr);

    //! Delay between automatic steps (STARTING → SCAN_QR_CODE / WORKING).
    void setStepMs(int milliseconds);
    //! Codes in a window before the session goes FAILED; 0: it keeps rotating.
    void setMaxCodes(int codes);
    void add(const QString& name, const QString& status, bool linked);
    //! false when the name exists.
    bool create(const QString& name, const QJsonObject& config, bool start);
    bool exists(const QString& name) const;
    bool remove(const QString& name);
    QString status(const QString& name) const;
    //! Whether the session holds a link (auth data): scanned and not logged out since.
    bool isLinked(const QString& name) const;
    QString qr(const QString& name) const;
    int qrCount(const QString& name) const;
    //! WAHA's session object: {name, status, me, engine, config}.
    QJsonObject json(const QString& name) const;
    QJsonArray list() const;

    void start(const QString& name);
    void stop(const QString& name);
    //! Forgets the link; a running session starts again and offers a new code.
    void logout(const QString& name);
    void rotate(const QString& name);
    void rotateAll();
    void scan(const QString& name, bool complete);
    void completeLogin(const QString& name);
    void dropLink(const QString& name);

    //! The gateway went down: pending steps are cancelled, links may be lost.
    void goDown(bool loseLinks);
    //! The gateway is back: sessions that ran start again.
    void comeUp();

signals:
    //! Emitted from whichever thread made the change; connect queued.
    void statusChanged(const QString& session, const QString& status, const QJsonObject& me);

private:
    struct Session
    {
        QString status = QStringLiteral("STOPPED");
        bool linked = false;
        bool running = false;
        int qrCount = 0;
        QString qr;
        QJsonObject config;
    };

    // The *Locked helpers expect m_mutex to be held.
    void setStatusLocked(const QString& name, const QString& status);
    void startLocked(const QString& name);
    void enterQrLocked(const QString& name);
    void rotateLocked(const QString& name);
    void later(const QString& name, void (FakeWahaSessions::*step)(const QString&));
    void advance(const QString& name);

    mutable std::mutex m_mutex;
    QMap<QString, Session> m_sessions;
    int m_stepMs = 20;
    int m_maxCodes = MaxCodes;
    int m_generation = 0;
    bool m_up = true;
};
