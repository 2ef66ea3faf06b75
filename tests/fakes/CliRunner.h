// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliRun.h"

#include <QProcessEnvironment>
#include <QStringList>

//! Runs the `channeldesk` binary the way the CLI tests do, so that each of them does not carry
//! its own copy of the process handling.
class CliRunner
{
public:
    CliRunner(QString binary, QProcessEnvironment environment);

    //! The system environment with HOME at home, XDG config and cache below it and English
    //! messages: whatever the binary writes outside --data-dir lands in the test's directory, and
    //! its words are the ones the tests look for.
    static QProcessEnvironment isolatedEnvironment(const QString& home);

    //! Runs the binary with args and this runner's environment; env, when not empty, replaces it.
    //! The event loop runs meanwhile, because fake servers on the test's thread must keep
    //! answering. A run taking longer than timeoutMs is killed and reports -1.
    CliRun run(const QStringList& args, const QProcessEnvironment& env = {}, int timeoutMs = 60000) const;

    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    QProcessEnvironment environment() const { return m_environment; }
    //! Runs the binary under a umask of 0, for tests that check it keeps its files owner-only
    //! by itself.
    void setPermissiveUmask(bool permissive) { m_permissiveUmask = permissive; }

private:
    QString m_binary;
    QProcessEnvironment m_environment;
    bool m_permissiveUmask = false;
};
