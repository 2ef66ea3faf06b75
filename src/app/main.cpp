// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "ConsoleSession.h"
#include "model/ServerAddress.h"
#include "util/Translations.h"

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
    // The composition root: which Desk the window works on, a local data directory or a server.
    // The window itself never knows where its channels live.
    ChannelDesk::ConsoleSession session;
    session.setShowChannel(ChannelDesk::CommandLine::showChannelOption(arguments));
    const QString dataDirOption = ChannelDesk::CommandLine::dataDirOption(arguments);
    const QString serverOption = ChannelDesk::CommandLine::serverOption(arguments);
    if (serverOption.isEmpty()) {
        session.openLocal(dataDirOption);
    } else if (!dataDirOption.isEmpty()) {
        session.showError(QCoreApplication::translate(
            "main",
            "--server and --data-dir were both given: the window works either on a server or on a "
            "local data directory. Start it again with only one of them."));
    } else if (const auto server = ChannelDesk::ServerAddress::parse(serverOption); !server.ok()) {
        session.showError(server.error().message);
    } else {
        session.openServer(server.value());
    }
    return app.exec();
}
