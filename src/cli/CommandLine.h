// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The headless side of the channeldesk binary: picks the command (one Command class each) by
//! name, and answers --help and --version. Results go to stdout, problems to stderr; secrets are
//! never printed, only masked.

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace ChannelDesk {

class Command;

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Success = 0,
        Failed = 1,
        InvalidInput = 2,
        KeychainUnavailable = 3,
        UnknownChannel = 4
    };

    //! True when the arguments ask for a command or for --help/--version rather than the GUI.
    static bool wantsConsole(const QStringList& arguments);
    //! The options the GUI understands: --data-dir, --server and --show-channel.
    static QString dataDirOption(const QStringList& arguments);
    //! The server the window attaches to (`channeldesk --server URL`), as typed; empty when none.
    static QString serverOption(const QStringList& arguments);
    static QString showChannelOption(const QStringList& arguments);

    //! Runs the command in arguments (argv including the program name) and returns the exit code.
    //! Needs a QCoreApplication; spins local event loops while keychain and network work runs.
    int run(const QStringList& arguments);

    //! Every command, in the order `channeldesk --help` lists them.
    static std::vector<std::unique_ptr<Command>> commands();
    static QString helpText();
    //! The streams every command writes to, so their output never interleaves out of order.
    static QTextStream& standardOutput();
    static QTextStream& standardError();

private:
    int usageError(const QString& message);
};

} // namespace ChannelDesk
