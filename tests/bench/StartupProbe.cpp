// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupProbe.h"

#include "ConversationListModel.h"
#include "ConversationLogWidget.h"
#include "MessageListModel.h"
#include "SearchResultModel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace ChannelDesk {
namespace {

//! A user reads the list before clicking: the next step starts once start-up work has settled.
constexpr int reactionMs = 500;
constexpr int timeoutMs = 60 * 1000;

qint64 g_mainEnteredNs = 0;

qint64 nowNs()
{
#ifdef Q_OS_LINUX
    // The clock /proc/<pid>/stat counts the start time on.
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#else
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
#endif
}

//! When the kernel created the process, in clock ticks (10 ms), so the time the dynamic loader
//! spends on Qt's libraries is counted too.
std::optional<qint64> processStartNs()
{
#ifdef Q_OS_LINUX
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray stat = file.readAll();
    // The command name in parentheses may hold spaces; field 22 is the 20th after it.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const qint64 ticks = fields.value(19).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return ticks * 1000000000 / sysconf(_SC_CLK_TCK);
#else
    return std::nullopt;
#endif
}

qint64 procStatusKb(const QByteArray& key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

double roundMs(double ms)
{
    return qRound(ms * 10) / 10.0;
}

} // namespace

void StartupProbe::noteMainEntered()
{
    g_mainEnteredNs = nowNs();
}

StartupProbe::StartupProbe(QMainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_startNs(processStartNs().value_or(g_mainEnteredNs))
    , m_tabs(window->findChild<QTabWidget*>(QStringLiteral("mainTabWidget")))
    , m_conversationsTab(window->findChild<QWidget*>(QStringLiteral("conversationsTab")))
    , m_log(window->findChild<ConversationLogWidget*>(QStringLiteral("conversationLog")))
{
    m_figures.insert(QStringLiteral("main_ms"), roundMs(double(g_mainEnteredNs - m_startNs) / 1e6));
    m_figures.insert(QStringLiteral("window_constructed_ms"), roundMs(sinceStart()));
    const QString words
        = qEnvironmentVariable("CHANNELDESK_STARTUP_PROBE_SEARCH", QStringLiteral("zanzibar order"));
    m_words = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_figures.insert(QStringLiteral("searched"), m_words.join(QLatin1Char(' ')));
    QTimer::singleShot(timeoutMs, this, [this] { finish(QStringLiteral("timed out")); });
    if (!m_tabs || !m_conversationsTab || !m_log) {
        QTimer::singleShot(0, this, [this] { finish(QStringLiteral("conversation log not found")); });
        return;
    }
    // Without channels the window brings the Channels tab to the front once they are loaded, which
    // may be after the probe has switched tabs.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_windowShown && !m_done && m_tabs->currentWidget() != m_conversationsTab)
            m_tabs->setCurrentWidget(m_conversationsTab);
    });
    ConversationListModel* conversations = m_log->conversationModel();
    auto noteRows = [this, conversations] {
        if (conversations->rowCount() > 0 && !m_figures.contains(QStringLiteral("list_rows_ms")))
            m_figures.insert(QStringLiteral("list_rows_ms"), roundMs(sinceStart()));
    };
    connect(conversations, &QAbstractItemModel::rowsInserted, this, noteRows);
    connect(conversations, &QAbstractItemModel::modelReset, this, noteRows);
    noteRows();
    if (QWindow* handle = window->windowHandle())
        handle->installEventFilter(this);
    afterPaint(
        window, [] { return true; }, [this] { onWindowShown(); });
}

double StartupProbe::sinceStart() const
{
    return double(nowNs() - m_startNs) / 1e6;
}

double StartupProbe::sinceStep() const
{
    return double(m_step.nsecsElapsed()) / 1e6;
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Expose && watched == m_window->windowHandle()
        && m_window->windowHandle()->isExposed() && !m_figures.contains(QStringLiteral("window_exposed_ms")))
        m_figures.insert(QStringLiteral("window_exposed_ms"), roundMs(sinceStart()));
    if (event->type() == QEvent::Paint && watched == m_paintTarget && m_paintReady()) {
        m_paintTarget->removeEventFilter(this);
        m_paintTarget = nullptr;
        // The event filter runs before the widget paints: record once the frame is done.
        QTimer::singleShot(0, this, std::exchange(m_afterPaint, {}));
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::afterPaint(QWidget* widget, std::function<bool()> ready, std::function<void()> then)
{
    m_paintTarget = widget;
    m_paintReady = std::move(ready);
    m_afterPaint = std::move(then);
    widget->installEventFilter(this);
}

void StartupProbe::onWindowShown()
{
    m_windowShown = true;
    m_figures.insert(QStringLiteral("window_shown_ms"), roundMs(sinceStart()));
    auto* view = m_log->findChild<QListView*>(QStringLiteral("conversationListView"));
    ConversationListModel* model = m_log->conversationModel();
    m_step.start();
    auto listShown = [this] {
        m_figures.insert(QStringLiteral("list_filled_ms"), roundMs(sinceStart()));
        m_figures.insert(QStringLiteral("list_after_tab_ms"), roundMs(sinceStep()));
        QTimer::singleShot(reactionMs, this, &StartupProbe::openConversation);
    };
    if (m_tabs->currentWidget() == m_conversationsTab && model->rowCount() > 0) {
        listShown(); // the first frame already showed the list
        return;
    }
    afterPaint(
        view->viewport(), [model] { return model->rowCount() > 0; }, listShown);
    m_tabs->setCurrentWidget(m_conversationsTab);
}

void StartupProbe::openConversation()
{
    auto* list = m_log->findChild<QListView*>(QStringLiteral("conversationListView"));
    auto* view = m_log->findChild<QListView*>(QStringLiteral("messageListView"));
    MessageListModel* messages = m_log->messageModel();
    const qint64 id = list->model()->index(0, 0).data(ConversationListModel::ConversationIdRole).toLongLong();
    connect(messages, &MessageListModel::loaded, this, [this, messages] {
        if (messages->rowCount() > 0 && !m_figures.contains(QStringLiteral("open_rows_ms")))
            m_figures.insert(QStringLiteral("open_rows_ms"), roundMs(sinceStep()));
    });
    afterPaint(
        view->viewport(),
        [messages, id] { return messages->conversationId() == id && messages->rowCount() > 0; },
        [this, messages] {
            m_figures.insert(QStringLiteral("open_conversation_ms"), roundMs(sinceStep()));
            m_figures.insert(QStringLiteral("open_rows"), messages->rowCount());
            QTimer::singleShot(reactionMs, this, &StartupProbe::searchNext);
        });
    m_step.start();
    // What a click does: the view makes the row current and selects it.
    list->setCurrentIndex(list->model()->index(0, 0));
}

void StartupProbe::searchNext()
{
    if (m_words.isEmpty()) {
        finish();
        return;
    }
    const QString word = m_words.takeFirst();
    auto* field = m_log->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* stack = m_log->findChild<QStackedWidget*>(QStringLiteral("listStack"));
    auto* results = m_log->findChild<QListView*>(QStringLiteral("searchResultListView"));
    SearchResultModel* model = m_log->searchModel();
    field->clear(); // back to the conversation list at once: no debounce for an empty field
    auto typed = std::make_shared<QElapsedTimer>();
    // The debounce ends when the widget starts the search and brings the results to the front.
    auto switched = std::make_shared<QMetaObject::Connection>();
    *switched = connect(stack, &QStackedWidget::currentChanged, this, [this, stack, results, switched] {
        if (stack->currentWidget() != results)
            return;
        m_step.start();
        disconnect(*switched);
    });
    afterPaint(
        results->viewport(),
        [model, stack, results, word] {
            return stack->currentWidget() == results && model->text() == word && !model->isSearching();
        },
        [this, model, word, typed] {
            const double ms = roundMs(sinceStep());
            const QString key = QStringLiteral("search_") + word;
            m_figures.insert(key + QStringLiteral("_ms"), ms);
            m_figures.insert(key + QStringLiteral("_with_debounce_ms"),
                             roundMs(double(typed->nsecsElapsed()) / 1e6));
            m_figures.insert(key + QStringLiteral("_results"), model->rowCount());
            m_figures.insert(QStringLiteral("search_ms"),
                             std::max(ms, m_figures.value(QStringLiteral("search_ms")).toDouble()));
            QTimer::singleShot(reactionMs, this, &StartupProbe::searchNext);
        });
    typed->start();
    field->setText(word);
}

void StartupProbe::finish(const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    m_figures.insert(QStringLiteral("finished_ms"), roundMs(sinceStart()));
    m_figures.insert(QStringLiteral("peak_rss_kb"), procStatusKb("VmHWM:"));
    m_figures.insert(QStringLiteral("rss_kb"), procStatusKb("VmRSS:"));
    if (!error.isEmpty())
        m_figures.insert(QStringLiteral("error"), error);
    std::printf("%s\n", QJsonDocument(m_figures).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    QCoreApplication::exit(error.isEmpty() ? 0 : 1);
}

} // namespace ChannelDesk
