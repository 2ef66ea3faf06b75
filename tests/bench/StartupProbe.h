// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A benchmark inside the real GUI window (channeldesk-bench-startup, run by
//! tests/bench/run-gui-bench.sh). Counting from the start of the process, it waits for the main
//! window's first frame, brings the Conversations tab to the front and waits for the conversation
//! list to be painted with rows; then opens the first conversation and searches the log for each
//! word of CHANNELDESK_STARTUP_PROBE_SEARCH (default "zanzibar order"), as a user would. It prints
//! the times and the peak RSS as one JSON line on stdout and quits the application.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QMainWindow;
class QTabWidget;
class QWidget;

namespace ChannelDesk {

class ConversationLogWidget;

class StartupProbe : public QObject
{
    Q_OBJECT

public:
    //! Called first thing in main(), to tell how much of start-up went by before main(): mostly
    //! the dynamic loader resolving Qt's libraries.
    static void noteMainEntered();

    //! Create it right after window->show(); it is a child of the window.
    explicit StartupProbe(QMainWindow* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    //! Milliseconds since the process started.
    double sinceStart() const;
    double sinceStep() const;
    //! Calls then() once the widget has painted itself while ready() holds.
    void afterPaint(QWidget* widget, std::function<bool()> ready, std::function<void()> then);
    void onWindowShown();
    void openConversation();
    void searchNext();
    void finish(const QString& error = {});

    QMainWindow* m_window;
    qint64 m_startNs; //!< time zero: when the process was created
    QPointer<QTabWidget> m_tabs;
    QPointer<QWidget> m_conversationsTab;
    QPointer<ConversationLogWidget> m_log;
    QPointer<QWidget> m_paintTarget;
    std::function<bool()> m_paintReady;
    std::function<void()> m_afterPaint;
    QElapsedTimer m_step; //!< since the user's last action (tab switch, click, end of debounce)
    QJsonObject m_figures;
    QStringList m_words;
    bool m_windowShown = false;
    bool m_done = false;
};

} // namespace ChannelDesk
