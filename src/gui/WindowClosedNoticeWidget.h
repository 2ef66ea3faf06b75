// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! What the composer says when WhatsApp refuses a reply because the 24 h customer-service window is
//! closed (error 131047): a short headline in the error colour, a plain explanation with the next
//! step, and a button that takes the operator to the templates, instead of one long red paragraph.

#include <QWidget>

class QLabel;
class QPushButton;

namespace ChannelDesk {

class FieldMessageLabel;

class WindowClosedNoticeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WindowClosedNoticeWidget(QWidget* parent = nullptr);

    //! Shows the notice; details (Meta's own text and codes) go to the tooltip and "Copy Error Details".
    void showNotice(const QString& details);

signals:
    //! The operator wants to send an approved template instead.
    void templateRequested();

private:
    FieldMessageLabel* m_headline;
    QLabel* m_explanation;
    QPushButton* m_chooseTemplate;
    QString m_details;
};

} // namespace ChannelDesk
