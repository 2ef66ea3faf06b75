// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplatePickerWidget.h"
#include "ui_TemplatePickerWidget.h"

#include <QLineEdit>

namespace ChannelDesk {

TemplatePickerWidget::TemplatePickerWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TemplatePickerWidget>())
{
    m_ui->setupUi(this);
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this,
            &TemplatePickerWidget::onTemplateChosen);
    connect(m_ui->templateCombo, &QComboBox::editTextChanged, this, [this] {
        // A typed name that is not in the list: the operator says how many parameters it has.
        const bool known = selected() != nullptr;
        m_ui->parameterCountSpin->setVisible(!known);
        m_ui->parameterCountLabel->setVisible(!known);
        if (!known && m_parameterEdits.size() != m_ui->parameterCountSpin->value())
            rebuildParameters({});
        updatePreview();
    });
    connect(m_ui->languageEdit, &QLineEdit::textChanged, this, &TemplatePickerWidget::changed);
    connect(m_ui->parameterCountSpin, &QSpinBox::valueChanged, this, [this] { rebuildParameters({}); });
    connect(m_ui->refreshButton, &QToolButton::clicked, this, &TemplatePickerWidget::reloadRequested);
    setTemplates({}, {});
}

TemplatePickerWidget::~TemplatePickerWidget() = default;

void TemplatePickerWidget::setTemplates(const QList<TemplateInfo>& templates, const QString& status)
{
    const QString current = m_ui->templateCombo->currentText();
    m_templates.clear();
    for (const TemplateInfo& info : templates) {
        if (info.isUsable())
            m_templates.append(info);
    }
    QSignalBlocker blocker(m_ui->templateCombo);
    m_ui->templateCombo->clear();
    for (const TemplateInfo& info : std::as_const(m_templates))
        m_ui->templateCombo->addItem(QStringLiteral("%1 (%2)").arg(info.name, info.language));
    m_ui->templateCombo->setCurrentIndex(-1);
    m_ui->templateCombo->setEditText(current);
    m_ui->catalogStatusLabel->setText(!status.isEmpty()
                                          ? status
                                          : tr("%n approved template(s) in the WhatsApp Business Account.",
                                               nullptr, int(m_templates.size())));
    blocker.unblock();
    onTemplateChosen();
}

void TemplatePickerWidget::setLoading(bool loading)
{
    m_ui->refreshButton->setEnabled(!loading);
    if (loading)
        m_ui->catalogStatusLabel->setText(tr("Loading the approved templates…"));
}

const TemplateInfo* TemplatePickerWidget::selected() const
{
    const int index = m_ui->templateCombo->currentIndex();
    if (index < 0 || index >= m_templates.size()
        || m_ui->templateCombo->currentText() != m_ui->templateCombo->itemText(index))
        return nullptr;
    return &m_templates.at(index);
}

void TemplatePickerWidget::onTemplateChosen()
{
    const TemplateInfo* info = selected();
    m_ui->parameterCountSpin->setVisible(!info);
    m_ui->parameterCountLabel->setVisible(!info);
    if (info) {
        m_ui->languageEdit->setText(info->language);
        rebuildParameters(info->bodyParameterNames);
    } else {
        rebuildParameters({});
    }
}

void TemplatePickerWidget::rebuildParameters(const QStringList& names)
{
    QStringList values;
    for (QLineEdit* edit : std::as_const(m_parameterEdits))
        values.append(edit->text());
    while (m_ui->parametersLayout->rowCount() > 0)
        m_ui->parametersLayout->removeRow(0);
    m_parameterEdits.clear();
    const int count = names.isEmpty() ? m_ui->parameterCountSpin->value() : int(names.size());
    for (int i = 0; i < count; ++i) {
        auto* edit = new QLineEdit(m_ui->parametersBox);
        const QString name = i < names.size() ? names.at(i) : QString::number(i + 1);
        edit->setAccessibleName(tr("Parameter %1").arg(name));
        edit->setText(values.value(i));
        connect(edit, &QLineEdit::textChanged, this, &TemplatePickerWidget::updatePreview);
        m_ui->parametersLayout->addRow(QStringLiteral("{{%1}}").arg(name), edit);
        m_parameterEdits.append(edit);
    }
    updatePreview();
}

void TemplatePickerWidget::updatePreview()
{
    const TemplateInfo* info = selected();
    if (!info) {
        m_ui->bodyPreviewLabel->clear();
    } else {
        QString body = info->bodyText;
        for (int i = 0; i < m_parameterEdits.size() && i < info->bodyParameterNames.size(); ++i) {
            const QString value = m_parameterEdits.at(i)->text();
            body.replace(QStringLiteral("{{%1}}").arg(info->bodyParameterNames.at(i)),
                         value.isEmpty() ? QStringLiteral("{{%1}}").arg(info->bodyParameterNames.at(i))
                                         : value);
        }
        m_ui->bodyPreviewLabel->setText(body);
    }
    emit changed();
}

OutboundContent TemplatePickerWidget::content() const
{
    OutboundContent content;
    content.kind = OutboundContent::Kind::Template;
    const TemplateInfo* info = selected();
    content.templateName = info ? info->name : m_ui->templateCombo->currentText().trimmed();
    content.templateLanguage = m_ui->languageEdit->text().trimmed();
    for (const QLineEdit* edit : m_parameterEdits)
        content.templateParameters.append(edit->text());
    return content;
}

QString TemplatePickerWidget::problem() const
{
    const OutboundContent c = content();
    if (c.templateName.isEmpty())
        return tr("Choose a template, or type the name of an approved one.");
    if (c.templateLanguage.isEmpty())
        return tr("Enter the template's language code, e.g. en_US.");
    for (int i = 0; i < c.templateParameters.size(); ++i) {
        if (c.templateParameters.at(i).trimmed().isEmpty())
            return tr("Fill in parameter %1: WhatsApp rejects empty template parameters.").arg(i + 1);
    }
    return {};
}

void TemplatePickerWidget::clear()
{
    for (QLineEdit* edit : std::as_const(m_parameterEdits))
        edit->clear();
}

} // namespace ChannelDesk
