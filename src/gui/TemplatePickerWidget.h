// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The composer's template mode: pick an approved template of the WhatsApp Business Account (or
//! type a name when the account's templates cannot be listed), its language and the values it is
//! filled in with (TemplateParametersWidget: header, body, buttons), with a preview of the body.

#include "model/TemplateInfo.h"
#include "model/OutboundContent.h"

#include <QList>
#include <QWidget>

#include <memory>

namespace Ui {
class TemplatePickerWidget;
}

namespace ChannelDesk {

class TemplatePickerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePickerWidget(QWidget* parent = nullptr);
    ~TemplatePickerWidget() override;

    //! The approved templates, or an explanation of why there is no list.
    void setTemplates(const QList<TemplateInfo>& templates, const QString& status);
    void setLoading(bool loading);
    OutboundContent content() const;
    //! Why the template cannot be sent yet; empty when it can.
    QString problem() const;
    void clear();

signals:
    void changed();
    void reloadRequested();

private:
    void onTemplateChosen();
    void updatePreview();
    const TemplateInfo* selected() const;

    std::unique_ptr<Ui::TemplatePickerWidget> m_ui;
    QList<TemplateInfo> m_templates;
};

} // namespace ChannelDesk
