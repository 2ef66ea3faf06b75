// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateParametersWidget.h"

#include <QFormLayout>
#include <QLineEdit>

namespace ChannelDesk {

TemplateParametersWidget::TemplateParametersWidget(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

QLineEdit* TemplateParametersWidget::addRow(const QString& label, const QString& accessibleName,
                                            const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textChanged, this, &TemplateParametersWidget::changed);
    m_layout->addRow(label, edit);
    return edit;
}

void TemplateParametersWidget::setTemplate(const TemplateInfo* info, int count)
{
    const QStringList values = bodyValues();
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_body.clear();
    m_header = nullptr;
    m_headerType.clear();
    m_buttons.clear();

    m_headerType = info ? info->headerParameterType() : QString();
    if (m_headerType == QLatin1String("text")) {
        m_header = addRow(tr("Header:"), tr("Header parameter"), info->headerText);
        m_header->setObjectName(QStringLiteral("headerTextEdit"));
    } else if (!m_headerType.isEmpty()) {
        const QString label = m_headerType == QLatin1String("image") ? tr("Header image:")
            : m_headerType == QLatin1String("video")                 ? tr("Header video:")
                                                                     : tr("Header document:");
        m_header = addRow(label, tr("Link to the header's %1").arg(m_headerType),
                          QStringLiteral("https://example.com/…"));
        m_header->setObjectName(QStringLiteral("headerLinkEdit"));
    }
    const QStringList names = info ? info->bodyParameterNames : QStringList();
    const int rows = info ? int(names.size()) : count;
    for (int i = 0; i < rows; ++i) {
        const QString name = i < names.size() ? names.at(i) : QString::number(i + 1);
        QLineEdit* edit = addRow(QStringLiteral("{{%1}}").arg(name), tr("Parameter %1").arg(name), {});
        edit->setText(values.value(i));
        m_body.append(edit);
    }
    const QList<TemplateButtonInfo> buttons = info ? info->buttons : QList<TemplateButtonInfo>();
    for (int i = 0; i < buttons.size(); ++i) {
        const TemplateButtonInfo& button = buttons.at(i);
        if (!button.takesParameter())
            continue;
        const bool quickReply = button.isQuickReply();
        QLineEdit* edit = quickReply
            ? addRow(tr("“%1” payload:").arg(button.text), tr("Payload of button %1").arg(button.text),
                     tr("what your bot gets back when it is tapped"))
            : addRow(tr("“%1” link ending:").arg(button.text), tr("URL suffix of button %1").arg(button.text),
                     button.url);
        edit->setObjectName(QStringLiteral("buttonEdit%1").arg(i));
        m_buttons.append(ButtonRow{quickReply ? TemplateButtonParameter::Type::QuickReply
                                              : TemplateButtonParameter::Type::Url,
                                   i, edit});
    }
    emit changed();
}

QStringList TemplateParametersWidget::bodyValues() const
{
    QStringList values;
    for (const QLineEdit* edit : m_body)
        values.append(edit->text());
    return values;
}

void TemplateParametersWidget::fill(OutboundContent& content) const
{
    content.templateParameters = bodyValues();
    content.templateHeaderType = m_header ? m_headerType : QString();
    content.templateHeader = m_header ? m_header->text().trimmed() : QString();
    content.templateButtons.clear();
    for (const ButtonRow& row : m_buttons)
        content.templateButtons.append(TemplateButtonParameter{row.type, row.index, row.edit->text()});
}

QString TemplateParametersWidget::problem() const
{
    if (m_header && m_header->text().trimmed().isEmpty())
        return m_headerType == QLatin1String("text")
            ? tr("Fill in the header's parameter.")
            : tr("Enter the link of the header's %1: the template shows it above the text.")
                  .arg(m_headerType);
    for (int i = 0; i < m_body.size(); ++i) {
        if (m_body.at(i)->text().trimmed().isEmpty())
            return tr("Fill in parameter %1: WhatsApp rejects empty template parameters.").arg(i + 1);
    }
    for (const ButtonRow& row : m_buttons) {
        if (row.edit->text().isEmpty())
            return row.type == TemplateButtonParameter::Type::QuickReply
                ? tr("Fill in the payload of button %1: WhatsApp requires one for every quick reply button.")
                      .arg(row.index + 1)
                : tr("Fill in the link ending of button %1.").arg(row.index + 1);
    }
    return {};
}

void TemplateParametersWidget::clear()
{
    for (QLineEdit* edit : std::as_const(m_body))
        edit->clear();
    if (m_header)
        m_header->clear();
    for (const ButtonRow& row : std::as_const(m_buttons))
        row.edit->clear();
}

} // namespace ChannelDesk
