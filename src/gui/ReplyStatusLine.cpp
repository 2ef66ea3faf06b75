// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyStatusLine.h"

#include "FieldMessageLabel.h"
#include "ReplyComposerWidget.h"
#include "WindowClosedNoticeWidget.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>

namespace ChannelDesk {

ReplyStatusLine::ReplyStatusLine(FieldMessageLabel* label, WindowClosedNoticeWidget* notice, QObject* parent)
    : QObject(parent)
    , m_label(label)
    , m_notice(notice)
{
    auto* copyDetails = new QAction(ReplyComposerWidget::tr("Copy Error Details"), m_label);
    connect(copyDetails, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
    m_label->addAction(copyDetails);
    m_label->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ReplyStatusLine::showOutcome(FieldCheck::Severity severity, const QString& text)
{
    m_problemShown = false;
    m_notice->hide();
    // A failure keeps Meta's technical details (codes, fbtrace_id) after its first line: they are
    // in the tooltip and copied by "Copy Error Details".
    m_label->setStatus(severity, text.section(QLatin1Char('\n'), 0, 0));
    m_label->setToolTip(text.contains(QLatin1Char('\n')) ? text : QString());
    m_details = text;
}

void ReplyStatusLine::showWindowClosed(const QString& details)
{
    showOutcome(FieldCheck::Severity::Ok, {});
    m_notice->showNotice(details);
}

void ReplyStatusLine::setProblem(FieldCheck::Severity severity, const QString& problem)
{
    if (!problem.isEmpty()) {
        m_label->setStatus(severity, problem);
        m_problemShown = true;
    } else if (m_problemShown) {
        m_label->clearMessage();
        m_problemShown = false;
    }
}

} // namespace ChannelDesk
