// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One `channeldesk COMMAND`: its options in its own QCommandLineParser, its help
//! (`channeldesk COMMAND --help`) and its work. CommandLine picks the command by name, strips
//! --data-dir (which every command takes), and calls parse() and then run().

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace ChannelDesk {

class ChannelManager;
struct Channel;

class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    //! parse() returns this when the command should run; anything else is an exit code.
    static constexpr int Proceed = -1;

    virtual ~Command() = default;
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    QString name() const { return m_name; }
    //! The command and its options on one line, e.g. "setup --answers FILE [--no-keychain]".
    QString synopsis() const { return m_synopsis; }
    //! One line for `channeldesk --help`.
    virtual QString summary() const = 0;
    //! `channeldesk COMMAND --help`: usage, description and every option.
    QString helpText() const;

    //! Parses the arguments after the command's name. Prints the help or a usage error and
    //! returns its exit code, or returns Proceed.
    int parse(const QStringList& arguments);
    //! Does the work in dataDir, which exists by then; returns the exit code.
    virtual int run(const QString& dataDir) = 0;

protected:
    Command(const QString& name, const QString& synopsis);

    //! A few lines for --help between the usage line and the options.
    virtual QString description() const = 0;
    //! Checks the arguments that are not options; returns Proceed or an exit code. By default
    //! there must be none. A command with subcommands (keys) reads them here.
    virtual int checkPositional(const QStringList& positional);
    //! Prints message and where the usage is; returns CommandLine::InvalidInput.
    int usageError(const QString& message) const;
    //! Loads manager's channels and finds the one called id in them. Prints why not and returns
    //! the exit code, or returns Proceed with *channel set.
    static int findChannel(ChannelManager& manager, const QString& id, Channel* channel);
    //! CommandLine's streams (tests replace them).
    static QTextStream& out();
    static QTextStream& err();

    QCommandLineParser m_parser;

private:
    QString m_name;
    QString m_synopsis;
};

} // namespace ChannelDesk
