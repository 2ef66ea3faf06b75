// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The "Bot" part of a channel page: where the channel's deliveries are forwarded (changed through
//! ForwardTargetDialog), a linked channel's signing secret (masked, Copy, Regenerate…), and how the
//! bot keeps up: its state in words and colour, last success, answer times and success rate of
//! the last hour, the backlog, parked deliveries with a way to send them again, and a chart of
//! its last 24 h (only while it forwards or keeps deliveries). Everything follows
//! Desk::botHealthChanged.

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <utility>

namespace Ui {
class ChannelForwardWidget;
}

namespace ChannelDesk {

class Clock;
class Desk;
struct BotHealth;

class ChannelForwardWidget : public QWidget
{
    Q_OBJECT

public:
    //! The chart is read again at most this often while the bot keeps changing.
    static constexpr int kHistoryRefreshMs = 30 * 1000;

    explicit ChannelForwardWidget(QWidget* parent = nullptr);
    ~ChannelForwardWidget() override;

    //! Not owned; set once, before setChannel().
    void setDesk(Desk* desk);
    //! Not owned. Default: the system clock.
    void setClock(const Clock* clock);
    void setChannel(const QString& channelId);
    //! Shows the channel's forward target again (after the channels changed).
    void showChannel();
    //! Reads a linked channel's signing secret again.
    void reloadSecret();
    void clearMessage();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void changeForwardTarget();
    //! Stores the forward fields (key, value); empty values are removed.
    void saveForwardTarget(const QList<std::pair<QString, QString>>& values);
    void regenerateForwardSecret();
    void sendParkedAgain();
    void showHealth();
    void showHealthOf(const BotHealth& health);
    void botHealthChanged(const QString& channelId);
    void loadHistory();
    void setBusy(bool busy);
    void applyRoles();
    bool isLinked() const;

    std::unique_ptr<Ui::ChannelForwardWidget> m_ui;
    QPointer<Desk> m_desk;
    const Clock* m_clock;
    QString m_channelId;
    //! Bumped when the channel changes, so late answers for the previous one are dropped.
    quint64 m_generation = 0;
    bool m_busy = false;
    qint64 m_parked = 0;
    QElapsedTimer m_historyAge; //!< since the chart was last asked for; invalid before
    QTimer m_historyTimer; //!< a deferred read when the last one is younger than kHistoryRefreshMs
    QTimer m_timesTimer; //!< relative times ("5 min ago") age while nothing else changes
};

} // namespace ChannelDesk
