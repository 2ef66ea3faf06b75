// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "util/Translations.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("channeldesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHANNELDESK_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (ChannelDesk::CommandLine::wantsConsole(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        ChannelDesk::Translations::install(&app);
        return ChannelDesk::CommandLine().run(arguments);
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("ChannelDesk"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.channeldesk.ChannelDesk"));
    ChannelDesk::Translations::install(&app);
    ChannelDesk::MainWindow window(ChannelDesk::CommandLine::dataDirOption(arguments),
                                   ChannelDesk::CommandLine::showChannelOption(arguments));
    window.show();
    return app.exec();
}
