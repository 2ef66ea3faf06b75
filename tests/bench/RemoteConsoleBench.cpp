// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Times a window's reads against a real `serve` over loopback, through RemoteDesk: from connecting
// to the first page of conversations, opening a conversation, and searching. The data directory is
// filled beforehand by channeldesk-bench-log (1,000,000 messages in 10,000 conversations).
#include "remote/RemoteDesk.h"
#include "MainWindow.h"
#include "ServeProcess.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QListView>
#include <QTabWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace ChannelDesk;

namespace {

template <typename T> T waitFor(const QFuture<T>& future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

template <typename F> double medianMs(F&& run, int repeats = 7)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("data-dir"), QStringLiteral("filled data directory"), QStringLiteral("dir")},
         {QStringLiteral("binary"), QStringLiteral("the channeldesk binary"), QStringLiteral("path")}});
    parser.process(app);
    const QString dir = parser.value(QStringLiteral("data-dir"));
    const QString binary = parser.value(QStringLiteral("binary"));
    if (dir.isEmpty() || binary.isEmpty()) {
        std::fprintf(stderr, "need --data-dir (filled by channeldesk-bench-log) and --binary\n");
        return 2;
    }
    ServeProcess serve(binary, dir, QProcessEnvironment::systemEnvironment());
    const QString key = serve.createKey(QStringLiteral("bench-%1").arg(QCoreApplication::applicationPid()),
                                        QStringLiteral("viewer"), 100000);
    if (key.isEmpty() || !serve.start()) {
        std::fprintf(stderr, "serve did not start:\n%s\n", qPrintable(serve.log()));
        return 1;
    }
    QTemporaryDir console;
    RemoteDesk::Options options;
    options.server = QUrl(serve.apiBase());
    options.key = key;
    options.consoleDirectory = console.path();

    // Connecting: session, snapshot, then the first page the conversation list asks for.
    qint64 busiest = 0;
    const double connectToList = medianMs([&] {
        RemoteDesk desk(options);
        if (!waitFor(desk.loadChannels()).ok())
            std::fprintf(stderr, "could not connect: %s\n", qPrintable(desk.connection().error));
        const auto page = waitFor(desk.conversations({}, 200, std::nullopt));
        if (!page.ok() || page.value().isEmpty()) {
            std::fprintf(stderr, "no conversations: %s\n",
                         page.ok() ? "empty" : qPrintable(page.error().message));
            std::exit(1);
        }
        busiest = page.value().first().id;
    });
    // The same in the window: from connecting until the conversation list has painted its rows.
    const double windowList = medianMs([&] {
        RemoteDesk desk(options);
        MainWindow window(&desk);
        window.setPeriodicHealthChecks(false);
        window.findChild<QTabWidget*>(QStringLiteral("mainTabWidget"))
            ->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("conversationsTab")));
        window.show();
        auto* list = window.findChild<QListView*>(QStringLiteral("conversationListView"));
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (list->model()->rowCount() > 0)
                loop.quit();
        });
        poll.start(1);
        loop.exec();
        (void)list->grab();
    });
    RemoteDesk desk(options);
    (void)waitFor(desk.loadChannels());
    const double firstPage = medianMs([&] { (void)waitFor(desk.conversations({}, 200, std::nullopt)); });
    const double open = medianMs([&] {
        const auto rows = waitFor(desk.olderMessages(busiest, std::nullopt, 200));
        if (!rows.ok() || rows.value().size() != 100)
            std::fprintf(stderr, "unexpected page: %lld rows\n",
                         rows.ok() ? qint64(rows.value().size()) : -1LL);
    });
    const double searchRare
        = medianMs([&] { (void)waitFor(desk.search(QStringLiteral("zanzibar"), {}, 200)); });
    const double searchCommon
        = medianMs([&] { (void)waitFor(desk.search(QStringLiteral("order"), {}, 200)); });
    const double searchPrefix
        = medianMs([&] { (void)waitFor(desk.search(QStringLiteral("deliv"), {}, 200)); });
    std::printf("connect to first page of 200 conversations: %.1f ms (page alone %.1f ms)\n", connectToList,
                firstPage);
    std::printf("window: connect to the conversation list painted: %.1f ms\n", windowList);
    std::printf("open conversation (newest 200 messages): %.1f ms\n", open);
    std::printf("search: rare word %.1f ms, common word %.1f ms, prefix %.1f ms\n", searchRare, searchCommon,
                searchPrefix);
    serve.stop();
    return 0;
}
