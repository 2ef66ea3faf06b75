// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "desk/LocalDesk.h"
#include "util/DataDirectory.h"
#include "util/Translations.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

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
    // The composition root: which Desk the window works on. Today a local data directory; the
    // window itself never knows where its channels live.
    const QString dataDirOption = ChannelDesk::CommandLine::dataDirOption(arguments);
    const QString dataDir = ChannelDesk::DataDirectory::resolve(dataDirOption);
    std::unique_ptr<ChannelDesk::LocalDesk> desk;
    if (!dataDir.isEmpty()) {
        ChannelDesk::LocalDesk::Options options;
        // The window runs the server API when it is switched on in Settings > Server API.
        options.apiFromSettings = true;
        desk = std::make_unique<ChannelDesk::LocalDesk>(dataDir, options);
    }
    const QString problem = desk ? QString() : ChannelDesk::DataDirectory::unusableMessage(dataDirOption);
    int status = 0;
    {
        ChannelDesk::MainWindow window(desk.get(), ChannelDesk::CommandLine::showChannelOption(arguments),
                                       problem);
        window.show();
        status = app.exec();
    }
    // The window goes first: its views hold on to the desk until then.
    desk.reset();
    return status;
}
