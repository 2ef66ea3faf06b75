// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The values a template is filled in with, one field each: its header's media link (or the
//! header's text parameter), its body parameters and its buttons' values (a quick reply's payload,
//! a URL button's suffix). The rows follow the template's definition; a template typed by name has
//! only as many body parameters as the operator says.

#include "model/OutboundContent.h"
#include "model/TemplateInfo.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLineEdit;

namespace ChannelDesk {

class TemplateParametersWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateParametersWidget(QWidget* parent = nullptr);

    //! Rows for info's header, body and buttons; without info, `count` body parameters. Values
    //! typed into body parameters are kept.
    void setTemplate(const TemplateInfo* info, int count);
    QStringList bodyValues() const;
    //! Sets the parameters, header and buttons of a template send.
    void fill(OutboundContent& content) const;
    //! Why the values cannot be sent yet (an empty field); empty when they can.
    QString problem() const;
    void clear();

signals:
    void changed();

private:
    struct ButtonRow
    {
        TemplateButtonParameter::Type type;
        int index;
        QLineEdit* edit;
    };

    QLineEdit* addRow(const QString& label, const QString& accessibleName, const QString& placeholder);

    QFormLayout* m_layout;
    QList<QLineEdit*> m_body;
    QString m_headerType;
    QLineEdit* m_header = nullptr;
    QList<ButtonRow> m_buttons;
};

} // namespace ChannelDesk
