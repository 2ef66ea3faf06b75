// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Composes an interactive message: reply buttons or a list, with body, optional header and
//! footer. Every field is checked as it is typed against Meta's limits, and OK stays disabled until
//! MessageRules would build the message.

#include "model/OutboundContent.h"

#include <QDialog>

#include <memory>

namespace Ui {
class InteractiveMessageDialog;
}

namespace ChannelDesk {

class InteractiveMessageDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Buttons,
        List,
    };

    //! body: the composer's text, to start from.
    InteractiveMessageDialog(Mode mode, const QString& body, QWidget* parent = nullptr);
    ~InteractiveMessageDialog() override;

    Mode mode() const { return m_mode; }
    OutboundContent content() const;
    //! What keeps OK disabled, as MessageRules words it; empty when the message can be sent.
    QString problem() const { return m_problem; }

private:
    void validate();
    bool checkTextFields();

    std::unique_ptr<Ui::InteractiveMessageDialog> m_ui;
    Mode m_mode;
    QString m_problem;
    bool m_edited = false;
};

} // namespace ChannelDesk
