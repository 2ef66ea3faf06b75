// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The main window's Help menu: About ChannelDesk (version, Qt version, licences), the user guide
//! (F1; the copy installed with ChannelDesk, else the one in the source tree when running from a
//! build tree), and Report a Problem, which copies a diagnostic summary without secrets
//! (DiagnosticSummary) to the clipboard.

#include <QMenu>
#include <QPointer>
#include <QStringList>

class QAction;

namespace ChannelDesk {

class Desk;

class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    //! desk may be null (the window only shows a startup error); Report a Problem then says less.
    explicit HelpMenu(Desk* desk, QWidget* parent = nullptr);

    QAction* aboutAction() const { return m_about; }
    QAction* userGuideAction() const { return m_userGuide; }
    QAction* reportProblemAction() const { return m_reportProblem; }

    //! The About box's text: what ChannelDesk is, its and Qt's versions, the licences.
    static QString aboutText();
    //! Where the user guide may be, best first: installed relative to the executable, in the system's
    //! data directories, then the source tree this binary was built from.
    static QStringList userGuideCandidates();
    //! The first candidate that exists; empty when none does.
    static QString findUserGuide(const QStringList& candidates = userGuideCandidates());

private:
    void showAbout();
    void openUserGuide();
    void reportProblem();

    QPointer<Desk> m_desk;
    QAction* m_about;
    QAction* m_userGuide;
    QAction* m_reportProblem;
};

} // namespace ChannelDesk
