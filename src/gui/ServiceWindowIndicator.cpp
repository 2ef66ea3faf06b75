// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceWindowIndicator.h"

#include "util/Clock.h"
#include "ReplyComposerWidget.h"

#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace ChannelDesk {

ServiceWindowIndicator::ServiceWindowIndicator(QLabel* label, QObject* parent)
    : QObject(parent)
    , m_label(label)
    , m_clock(Clock::system())
    , m_timer(new QTimer(this))
{
    // The countdown shows minutes; a tick every 15 s keeps it right without redrawing constantly.
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, &ServiceWindowIndicator::ticked);
}

void ServiceWindowIndicator::reset()
{
    m_known = false;
    m_optedOut = false;
}

void ServiceWindowIndicator::setState(const ServiceWindow& window, bool optedOut)
{
    m_window = window;
    m_known = true;
    m_optedOut = optedOut;
}

bool ServiceWindowIndicator::isOpen() const
{
    return m_window.isOpen(m_clock->now());
}

void ServiceWindowIndicator::hide()
{
    m_timer->stop();
    m_label->clear();
}

bool ServiceWindowIndicator::show()
{
    const QDateTime now = m_clock->now();
    const bool open = m_window.isOpen(now);
    if (m_optedOut) {
        m_label->setText(
            ReplyComposerWidget::tr("Opted out: this customer asked not to be messaged. Nothing can be sent "
                                    "until the opt-out is cleared."));
    } else if (open) {
        const qint64 minutes = (now.secsTo(m_window.closesAt()) + 59) / 60;
        m_label->setText(
            ReplyComposerWidget::tr("24-hour window open: %1 h %2 min left (closes %3). Free text, media and "
                                    "buttons are allowed.")
                .arg(minutes / 60)
                .arg(minutes % 60, 2, 10, QLatin1Char('0'))
                .arg(QLocale().toString(m_window.closesAt().toLocalTime().time(), QLocale::ShortFormat)));
    } else if (m_window.closedByMeta) {
        m_label->setText(
            ReplyComposerWidget::tr("24-hour window closed: WhatsApp rejected a message with error 131047. "
                                    "Only approved templates can be sent until the customer writes again."));
    } else {
        m_label->setText(
            m_window.lastInbound.isValid()
                ? ReplyComposerWidget::tr(
                      "24-hour window closed (the customer last wrote %1). Only approved templates "
                      "can be "
                      "sent "
                      "until the customer writes again.")
                      .arg(QLocale().toString(m_window.lastInbound.toLocalTime(), QLocale::ShortFormat))
                : ReplyComposerWidget::tr(
                    "No customer service window: the customer has not written yet. Only approved "
                    "templates "
                    "can start the conversation."));
    }
    if (open)
        m_timer->start();
    else
        m_timer->stop();
    return open;
}

} // namespace ChannelDesk
