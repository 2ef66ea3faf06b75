// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplatePickerWidget.h"
#include "ui_TemplatePickerWidget.h"

#include "desk/MessageRules.h"

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
        // Values typed into body parameters are kept; a listed template's header and buttons go.
        if (!known)
            m_ui->parametersBox->setTemplate(nullptr, m_ui->parameterCountSpin->value());
        updatePreview();
    });
    connect(m_ui->languageEdit, &QLineEdit::textChanged, this, &TemplatePickerWidget::updatePreview);
    connect(m_ui->parameterCountSpin, &QSpinBox::valueChanged, this,
            [this] { m_ui->parametersBox->setTemplate(nullptr, m_ui->parameterCountSpin->value()); });
    connect(m_ui->parametersBox, &TemplateParametersWidget::changed, this,
            &TemplatePickerWidget::updatePreview);
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
    if (info)
        m_ui->languageEdit->setText(info->language);
    m_ui->parametersBox->setTemplate(info, m_ui->parameterCountSpin->value());
}

void TemplatePickerWidget::updatePreview()
{
    const TemplateInfo* info = selected();
    if (!info)
        m_ui->bodyPreviewLabel->clear();
    else
        m_ui->bodyPreviewLabel->setText(info->render(m_ui->parametersBox->bodyValues()));
    // Says inline what keeps the template from being sent, once there is a template to send.
    const QString why = problem();
    m_ui->templateProblemLabel->setText(why);
    m_ui->templateProblemLabel->setVisible(!why.isEmpty() && !content().templateName.isEmpty());
    emit changed();
}

OutboundContent TemplatePickerWidget::content() const
{
    OutboundContent content;
    content.kind = OutboundContent::Kind::Template;
    const TemplateInfo* info = selected();
    content.templateName = info ? info->name : m_ui->templateCombo->currentText().trimmed();
    content.templateLanguage = m_ui->languageEdit->text().trimmed();
    m_ui->parametersBox->fill(content);
    // The history shows the template as the customer sees it.
    if (info)
        content.templateBody = info->render(content.templateParameters);
    return content;
}

QString TemplatePickerWidget::problem() const
{
    const OutboundContent c = content();
    if (c.templateName.isEmpty())
        return tr("Choose a template, or type the name of an approved one.");
    if (c.templateLanguage.isEmpty())
        return tr("Enter the template's language code, e.g. en_US.");
    const QString missing = m_ui->parametersBox->problem();
    if (!missing.isEmpty())
        return missing;
    // Meta's limits (lengths, links): the same check the queue makes before sending.
    const Status valid = MessageRules::checkTemplate(c);
    return valid.ok() ? QString() : valid.error().message;
}

void TemplatePickerWidget::clear()
{
    m_ui->parametersBox->clear();
}

} // namespace ChannelDesk
