// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpMenu.h"

#include "MessageBox.h"
#include "desk/DiagnosticSummary.h"
#include "desk/Desk.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

namespace ChannelDesk {
namespace {

const QString guideName = QStringLiteral("user-guide.md");

//! Opens an information box window-modally and lets it delete itself: no nested event loop.
void inform(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
            Qt::TextFormat format)
{
    auto* box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setTextFormat(format);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (parent)
        box->setIconPixmap(parent->window()->windowIcon().pixmap(64, 64));
    box->open();
}

} // namespace

// "&Help" would clash with the Channels tab's Alt+H; "l" is free in the window.
HelpMenu::HelpMenu(Desk* desk, QWidget* parent)
    : QMenu(tr("Hel&p"), parent)
    , m_desk(desk)
    , m_about(addAction(tr("&About ChannelDesk")))
    , m_userGuide(addAction(tr("&User Guide")))
    , m_reportProblem(addAction(tr("&Report a Problem…")))
{
    setObjectName(QStringLiteral("helpMenu"));
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
    m_about->setIcon(QIcon::fromTheme(QStringLiteral("help-about")));
    m_userGuide->setObjectName(QStringLiteral("userGuideAction"));
    m_userGuide->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    // F1 itself rather than QKeySequence::HelpContents, which some platforms leave unbound.
    m_userGuide->setShortcut(QKeySequence(Qt::Key_F1));
    m_reportProblem->setObjectName(QStringLiteral("reportProblemAction"));
    m_reportProblem->setToolTip(tr("Copy a summary of versions, channels and recent errors, without "
                                   "secrets, to paste into a problem report"));
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);
    connect(m_userGuide, &QAction::triggered, this, &HelpMenu::openUserGuide);
    connect(m_reportProblem, &QAction::triggered, this, &HelpMenu::reportProblem);
}

QString HelpMenu::aboutText()
{
    return tr("<h3>ChannelDesk %1</h3>"
              "<p>Operator console for chat-bot channels: WhatsApp Cloud API, linked devices and WeCom.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>"
              "<p>ChannelDesk is free software under the GNU General Public License, version 3 or "
              "later. It uses Qt (LGPL-3.0), QtKeychain (BSD-3-Clause), libqrencode and libmicrohttpd "
              "(LGPL-2.1-or-later), OpenSSL and simdjson (Apache-2.0) and SQLite (public domain).</p>")
        .arg(QStringLiteral(CHANNELDESK_VERSION), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()));
}

QStringList HelpMenu::userGuideCandidates()
{
    QStringList candidates;
    // An install puts the guide at <prefix>/share/doc/channeldesk next to <prefix>/bin (also in a
    // Flatpak, under /app), wherever the prefix is.
    const QString installed = QStringLiteral(CHANNELDESK_GUIDE_INSTALLED);
    if (QDir::isAbsolutePath(installed))
        candidates << installed;
    else
        candidates << QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../")
                                      + installed);
    const QStringList shared = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                                                         QStringLiteral("doc/channeldesk/") + guideName);
    for (const QString& path : shared) {
        if (!candidates.contains(path))
            candidates << path;
    }
    // Running from a build tree: the copy in the sources.
    candidates << QStringLiteral(CHANNELDESK_GUIDE_SOURCE);
    return candidates;
}

QString HelpMenu::findUserGuide(const QStringList& candidates)
{
    for (const QString& path : candidates) {
        if (QFileInfo(path).isFile())
            return QFileInfo(path).absoluteFilePath();
    }
    return {};
}

void HelpMenu::showAbout()
{
    inform(parentWidget(), QStringLiteral("aboutBox"), tr("About ChannelDesk"), aboutText(), Qt::RichText);
}

void HelpMenu::openUserGuide()
{
    const QString guide = findUserGuide();
    if (guide.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(guide)))
        MessageBox::warning(parentWidget(), tr("User guide not available"),
                            guide.isEmpty() ? tr("The user guide is not installed. It is expected at %1.")
                                                  .arg(userGuideCandidates().constFirst())
                                            : tr("No application could open %1.").arg(guide));
}

void HelpMenu::reportProblem()
{
    QGuiApplication::clipboard()->setText(DiagnosticSummary::build(m_desk.data()));
    inform(parentWidget(), QStringLiteral("reportProblemBox"), tr("Report a Problem"),
           tr("A summary of this installation (versions, system, channels and their states, the "
              "receiver and recent errors) is on the clipboard. It holds no tokens, secrets or keys.\n\n"
              "Paste it into your problem report, together with what you did and what happened."),
           Qt::PlainText);
}

} // namespace ChannelDesk
