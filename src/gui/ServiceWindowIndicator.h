// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The reply composer's line about a Cloud API conversation's 24 h customer service window: how
//! long it stays open, or why only templates can be sent, or that the customer opted out. It keeps
//! the window and opt-out the desk reported last and ticks while the window is open, so the
//! countdown stays right. Its texts are the composer's: they use ReplyComposerWidget's translation
//! context, so the existing translations keep applying.

#include "model/ServiceWindow.h"

#include <QObject>

class QLabel;
class QTimer;

namespace ChannelDesk {

class Clock;

class ServiceWindowIndicator : public QObject
{
    Q_OBJECT

public:
    ServiceWindowIndicator(QLabel* label, QObject* parent);

    //! Time source of the countdown (tests use a manual clock).
    void setClock(const Clock* clock) { m_clock = clock; }
    //! Another conversation: nothing is known about it until setState().
    void reset();
    void setState(const ServiceWindow& window, bool optedOut);
    bool isKnown() const { return m_known; }
    bool isOptedOut() const { return m_optedOut; }
    bool isOpen() const;
    const ServiceWindow& window() const { return m_window; }
    //! Shows the window as known; returns whether it is open.
    bool show();
    //! Not a Cloud API conversation, or nothing known yet: no line, no ticks.
    void hide();

signals:
    //! The countdown moved on.
    void ticked();

private:
    QLabel* m_label;
    const Clock* m_clock;
    QTimer* m_timer;
    ServiceWindow m_window;
    bool m_known = false;
    bool m_optedOut = false;
};

} // namespace ChannelDesk
