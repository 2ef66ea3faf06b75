// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowClosedNoticeWidget.h"

#include "FieldMessageLabel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ChannelDesk {

WindowClosedNoticeWidget::WindowClosedNoticeWidget(QWidget* parent)
    : QWidget(parent)
    , m_headline(new FieldMessageLabel(this))
    , m_explanation(new QLabel(this))
    , m_chooseTemplate(new QPushButton(this))
{
    m_headline->setObjectName(QStringLiteral("windowClosedHeadlineLabel"));
    m_explanation->setObjectName(QStringLiteral("windowClosedExplanationLabel"));
    m_chooseTemplate->setObjectName(QStringLiteral("chooseTemplateButton"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setText(
        tr("The customer last wrote more than 24 hours ago, so WhatsApp only delivers approved templates "
           "(error 131047). Send a template now; free-form replies work again once the customer writes."));
    // "m" is free next to the composer's Attach and Template and the window's tabs and menus.
    m_chooseTemplate->setText(tr("Choose a Te&mplate"));
    m_chooseTemplate->setToolTip(tr("Switch the reply to an approved message template"));

    auto* text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(m_headline);
    text->addWidget(m_explanation);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(text, 1);
    layout->addWidget(m_chooseTemplate, 0, Qt::AlignTop);

    connect(m_chooseTemplate, &QPushButton::clicked, this, &WindowClosedNoticeWidget::templateRequested);
    // Meta's own words and codes (fbtrace_id) stay one click away, as on the composer's status line.
    auto* copyDetails = new QAction(tr("Copy Error Details"), this);
    connect(copyDetails, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_details); });
    for (QLabel* label : {static_cast<QLabel*>(m_headline), m_explanation}) {
        label->addAction(copyDetails);
        label->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    hide();
}

void WindowClosedNoticeWidget::showNotice(const QString& details)
{
    m_headline->setStatus(FieldCheck::Severity::Error, tr("Not sent: the 24-hour window is closed"));
    m_details = details;
    m_explanation->setToolTip(details);
    show();
}

} // namespace ChannelDesk
