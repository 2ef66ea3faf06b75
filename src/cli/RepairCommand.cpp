// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepairCommand.h"

#include "CommandLine.h"
#include "desk/DataRepair.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTextStream>

#include <csignal>

namespace ChannelDesk {
namespace {

DataRepair* activeRepair = nullptr; //!< while repair runs

void cancelRepair(int)
{
    // Only a lock-free atomic store: async-signal-safe.
    if (activeRepair)
        activeRepair->cancel();
}

} // namespace

RepairCommand::RepairCommand()
    : Command(QStringLiteral("repair"), QString())
{ }

QString RepairCommand::summary() const
{
    return tr("Rebuild a damaged conversation store from the delivery journal.");
}

QString RepairCommand::description() const
{
    return tr("Checks the conversation store (channeldesk.sqlite) and the delivery journal. A damaged,\n"
              "missing or empty store is moved aside as channeldesk.sqlite.damaged-<UTC time> (with its\n"
              "-wal and -shm); a new one gets the channels, the names of their keychain secrets and the\n"
              "API keys back from channels.json, and the conversation log is rebuilt from the journal,\n"
              "with progress on stderr. Ctrl+C stops after the batch being built and leaves a consistent\n"
              "store: run repair again, or start ChannelDesk with its receiver on, to build the rest.\n"
              "A damaged journal is moved aside and a new one started; what it held that was not yet in\n"
              "the log is lost. Refuses while `serve` or the window's receiver uses the directory.\n"
              "Exit codes: 0 repaired (or nothing to repair), 1 refused, failed or interrupted.\n");
}

int RepairCommand::run(const QString& dataDir)
{
    DataRepair repair(dataDir);
    activeRepair = &repair;
    struct sigaction action = {};
    action.sa_handler = cancelRepair;
    sigemptyset(&action.sa_mask);
    struct sigaction oldInt = {};
    struct sigaction oldTerm = {};
    sigaction(SIGINT, &action, &oldInt);
    sigaction(SIGTERM, &action, &oldTerm);
    const auto restore = qScopeGuard([&] {
        sigaction(SIGINT, &oldInt, nullptr);
        sigaction(SIGTERM, &oldTerm, nullptr);
        activeRepair = nullptr;
    });
    QElapsedTimer lastLine;
    const Result<DataRepair::Report> repaired = repair.run([&lastLine](qint64 built, qint64 total) {
        // A line a second is enough to see it move, and reads well in a log too.
        if (lastLine.isValid() && lastLine.elapsed() < 1000 && built < total)
            return;
        lastLine.start();
        err() << tr("Building the conversation log: %1 / %2 journal entries").arg(built).arg(total) << '\n';
        err().flush();
    });
    if (!repaired.ok()) {
        err() << repaired.error().message << '\n';
        return CommandLine::Failed;
    }
    for (const QString& line : repaired.value().lines)
        err() << line << '\n';
    err().flush();
    return repaired.value().complete ? CommandLine::Success : CommandLine::Failed;
}

} // namespace ChannelDesk
