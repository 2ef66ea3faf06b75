// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>

#include <sys/stat.h>

CliRunner::CliRunner(QString binary, QProcessEnvironment environment)
    : m_binary(std::move(binary))
    , m_environment(std::move(environment))
{ }

QProcessEnvironment CliRunner::isolatedEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(home).filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

CliRun CliRunner::run(const QStringList& args, const QProcessEnvironment& env, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? m_environment : env);
    if (m_permissiveUmask)
        process.setChildProcessModifier([] { ::umask(0); });
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(m_binary, args);
    if (!process.waitForStarted(10000))
        return {};
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()), clock.elapsed()};
}
