// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The line under the reply composer: what was said about the last reply (a failure's first line,
//! all of it in the tooltip and through "Copy Error Details"), or why replying is not possible
//! right now, or instead the notice that the 24 h window is closed. Its texts are the composer's:
//! they use ReplyComposerWidget's translation context, so the existing translations keep applying.

#include "channels/FieldCheck.h"

#include <QObject>

namespace ChannelDesk {

class FieldMessageLabel;
class WindowClosedNoticeWidget;

class ReplyStatusLine : public QObject
{
    Q_OBJECT

public:
    ReplyStatusLine(FieldMessageLabel* label, WindowClosedNoticeWidget* notice, QObject* parent);

    //! Says something about the last reply (or the conversation); an empty text clears the line.
    void showOutcome(FieldCheck::Severity severity, const QString& text);
    //! WhatsApp refused because the 24 h window is closed: a headline, the next step, a template button.
    void showWindowClosed(const QString& details);
    //! Why replying is not possible now; it outranks what was said about the last reply. An empty
    //! problem (replying is possible again) takes a problem shown away but leaves an outcome.
    void setProblem(FieldCheck::Severity severity, const QString& problem);

private:
    FieldMessageLabel* m_label;
    WindowClosedNoticeWidget* m_notice;
    bool m_problemShown = false;
    QString m_details; //!< the whole text behind the line, for copying
};

} // namespace ChannelDesk
