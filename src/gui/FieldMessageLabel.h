// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! A label under a form field that shows a FieldCheck the same way everywhere: errors in red with
//! an "Error:" prefix, warnings in amber with "Warning:", hints plain, and nothing when all is well.
//! The prefix carries the meaning, so the colour is never the only signal.

#include "channels/FieldCheck.h"

#include "WrappingLabel.h"

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
    void clearMessage();
    FieldCheck::Severity severity() const { return m_severity; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColour();

    FieldCheck::Severity m_severity = FieldCheck::Severity::Ok;
};

} // namespace ChannelDesk
