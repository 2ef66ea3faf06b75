// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Asks where a channel's accepted deliveries are passed on to (its bot's webhook address, empty
//! for none) and how long the bot may take to answer, and the handoff options (take over on an
//! operator's reply, return to the bot after hours), each validated as it is typed. The caller
//! saves them.

#include <QDialog>

#include <memory>

namespace Ui {
class ForwardTargetDialog;
}

namespace ChannelDesk {

class ValidatedFields;

class ForwardTargetDialog : public QDialog
{
    Q_OBJECT

public:
    //! url and timeoutMs: the channel's current forward_url and forward_timeout_ms (may be empty).
    ForwardTargetDialog(const QString& channelName, const QString& url, const QString& timeoutMs,
                        QWidget* parent = nullptr);
    ~ForwardTargetDialog() override;

    //! Trimmed; empty: not forwarded.
    QString url() const;
    //! Trimmed; empty: the default.
    QString timeoutMs() const;
    //! handoff_on_reply ("true" or empty) and handoff_return_hours (as typed, empty: never).
    void setHandoff(bool onReply, const QString& returnHours);
    QString handoffOnReply() const;
    QString handoffReturnHours() const;

private:
    std::unique_ptr<Ui::ForwardTargetDialog> m_ui;
    ValidatedFields* m_fields;
};

} // namespace ChannelDesk
