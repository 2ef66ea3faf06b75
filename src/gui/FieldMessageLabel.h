// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A label under a form field that shows a FieldCheck the same way everywhere: errors in red with
//! an "Error:" prefix, warnings in amber with "Warning:", hints plain, and nothing when all is well.
//! The prefix carries the meaning, so the colour is never the only signal.

#include "channels/FieldCheck.h"

#include "WrappingLabel.h"

#include <QTimer>

namespace ChannelDesk {

class FieldMessageLabel : public WrappingLabel
{
    Q_OBJECT

public:
    explicit FieldMessageLabel(QWidget* parent = nullptr);

    //! Shows the check with its "Error:"/"Warning:" prefix; hides the label when there is nothing to say.
    void setCheck(const FieldCheck& check);
    //! Shows text as it is, coloured by severity (for messages that already say what they are).
    void setStatus(FieldCheck::Severity severity, const QString& text);
    //! Shows text like setStatus() and clears it after briefMs() (a confirmation such as "copied",
    //! which would otherwise read as still current long after); a later message stops the timer.
    void showBriefly(FieldCheck::Severity severity, const QString& text);
    void clearMessage();
    FieldCheck::Severity severity() const { return m_severity; }
    //! Whether the message shown is one of showBriefly()'s, still to be cleared.
    bool isBrief() const { return m_briefTimer.isActive(); }
    int briefMs() const { return m_briefTimer.interval(); }
    void setBriefMs(int milliseconds) { m_briefTimer.setInterval(milliseconds); }

    static constexpr int kDefaultBriefMs = 4000;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColour();

    FieldCheck::Severity m_severity = FieldCheck::Severity::Ok;
    QTimer m_briefTimer;
};

} // namespace ChannelDesk
