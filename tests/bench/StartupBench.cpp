// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// channeldesk-bench-startup: the window exactly as src/app/main.cpp builds it, with the StartupProbe
// timing it. Kept out of the product binary; tests/bench/run-gui-bench.sh runs it.
#include "CommandLine.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "desk/LocalDesk.h"
#include "util/DataDirectory.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    ChannelDesk::StartupProbe::noteMainEntered();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("channeldesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("ChannelDesk"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.channeldesk.ChannelDesk"));
    ChannelDesk::Translations::install(&app);
    const QString dataDir
        = ChannelDesk::DataDirectory::resolve(ChannelDesk::CommandLine::dataDirOption(arguments));
    ChannelDesk::LocalDesk desk(dataDir, ChannelDesk::LocalDesk::Options{});
    ChannelDesk::MainWindow window(&desk, ChannelDesk::CommandLine::showChannelOption(arguments));
    window.show();
    new ChannelDesk::StartupProbe(&window);
    return app.exec();
}
