// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractiveMessageDialog.h"
#include "ui_InteractiveMessageDialog.h"

#include "AttachmentDialogs.h"
#include "LimitedField.h"
#include "desk/MessageRules.h"

#include <QPushButton>

namespace ChannelDesk {
namespace {

bool showCheck(FieldMessageLabel* counter, FieldMessageLabel* message, const QString& what,
               const QString& value, int max)
{
    LimitedField::showCount(counter, value, max);
    // Empty required fields are not called out beside the field: the summary says what is missing.
    const FieldCheck check = LimitedField::check(what, value, max, false);
    message->setCheck(check);
    return check.isError();
}

} // namespace

InteractiveMessageDialog::InteractiveMessageDialog(Mode mode, const QString& body, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InteractiveMessageDialog>())
    , m_mode(mode)
{
    m_ui->setupUi(this);
    const bool list = mode == Mode::List;
    setWindowTitle(list ? tr("List Message") : tr("Reply Buttons"));
    m_ui->choicesGroupBox->setTitle(list ? tr("Sections and rows") : tr("Reply buttons"));
    m_ui->replyButtonsWidget->setVisible(!list);
    m_ui->listSectionsWidget->setVisible(list);
    m_ui->listButtonLabel->setVisible(list);
    m_ui->listButtonLineEdit->setVisible(list);
    m_ui->listButtonCounterLabel->setVisible(list);
    m_ui->listButtonLineEdit->setText(list ? tr("Choose") : QString());
    m_ui->bodyPlainTextEdit->setPlainText(body.trimmed());
    m_ui->headerLineEdit->setPlaceholderText(tr("Shown in bold above the message"));
    m_ui->footerLineEdit->setPlaceholderText(tr("Shown in small grey text below the message"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto edited = [this] {
        m_edited = true;
        validate();
    };
    connect(m_ui->bodyPlainTextEdit, &QPlainTextEdit::textChanged, this, edited);
    connect(m_ui->headerLineEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->footerLineEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->listButtonLineEdit, &QLineEdit::textChanged, this, edited);
    connect(m_ui->replyButtonsWidget, &ReplyButtonsWidget::changed, this, edited);
    connect(m_ui->listSectionsWidget, &ListSectionsWidget::changed, this, edited);
    // A counter wrapped onto a second line would make its row taller than the field, and the
    // field's label would then sit above the field instead of beside it.
    for (FieldMessageLabel* counter :
         {m_ui->headerCounterLabel, m_ui->footerCounterLabel, m_ui->listButtonCounterLabel})
        counter->setWordWrap(false);
    validate();
    // The dialog opens on its first field, the text the buttons answer; the composer's text may be
    // there already, so the cursor goes after it.
    m_ui->bodyPlainTextEdit->moveCursor(QTextCursor::End);
    m_ui->bodyPlainTextEdit->setFocus();
}

InteractiveMessageDialog::~InteractiveMessageDialog() = default;

OutboundContent InteractiveMessageDialog::content() const
{
    OutboundContent content;
    content.text = m_ui->bodyPlainTextEdit->toPlainText().trimmed();
    content.header = m_ui->headerLineEdit->text().trimmed();
    content.footer = m_ui->footerLineEdit->text().trimmed();
    if (m_mode == Mode::Buttons) {
        content.kind = OutboundContent::Kind::Buttons;
        content.buttons = m_ui->replyButtonsWidget->buttons();
    } else {
        content.kind = OutboundContent::Kind::List;
        content.listButton = m_ui->listButtonLineEdit->text().trimmed();
        content.sections = m_ui->listSectionsWidget->sections();
    }
    return content;
}

bool InteractiveMessageDialog::checkTextFields()
{
    const int bodyMax = m_mode == Mode::List ? MessageRules::MaxListBody : MessageRules::MaxButtonsBody;
    bool errors = showCheck(m_ui->bodyCounterLabel, m_ui->bodyMessageLabel, tr("message text"),
                            m_ui->bodyPlainTextEdit->toPlainText().trimmed(), bodyMax);
    errors |= showCheck(m_ui->headerCounterLabel, m_ui->headerMessageLabel, tr("header"),
                        m_ui->headerLineEdit->text().trimmed(), MessageRules::MaxHeader);
    errors |= showCheck(m_ui->footerCounterLabel, m_ui->footerMessageLabel, tr("footer"),
                        m_ui->footerLineEdit->text().trimmed(), MessageRules::MaxFooter);
    if (m_mode == Mode::List)
        errors
            |= showCheck(m_ui->listButtonCounterLabel, m_ui->listButtonMessageLabel, tr("list button label"),
                         m_ui->listButtonLineEdit->text().trimmed(), MessageRules::MaxListButton);
    return errors;
}

void InteractiveMessageDialog::validate()
{
    bool fieldErrors = checkTextFields();
    fieldErrors |= m_mode == Mode::List ? m_ui->listSectionsWidget->hasFieldErrors()
                                        : m_ui->replyButtonsWidget->hasFieldErrors();
    // MessageRules is the final word: it knows rules no single field shows (e.g. empty sections).
    const Status built = AttachmentDialogs::checkContent(content());
    m_problem = built.ok() ? QString() : built.error().message;
    // Every button's problem is shown beside it; a list shows only the selected entry's problem,
    // so the summary under it names the entry.
    if (built.ok() || (fieldErrors && m_mode == Mode::Buttons))
        m_ui->problemLabel->clearMessage();
    else if (m_edited)
        m_ui->problemLabel->setCheck(FieldCheck::error(m_problem));
    else
        m_ui->problemLabel->setStatus(FieldCheck::Severity::Ok, m_problem); // nothing typed yet: a hint
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(built.ok() && !fieldErrors);
}

} // namespace ChannelDesk
