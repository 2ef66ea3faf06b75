// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! "Send test message" from a channel's page: sends one message (the hello_world template, or
//! text inside an open window) to a number the operator chooses and follows it hop by hop —
//! queued, accepted by Meta, sent, delivered, read — with the time of each. On a linked-device
//! channel it sends text through the gateway (the Desk's send path) and shows its acceptance.

#include "model/OutboundItem.h"
#include "model/SendRequest.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QPushButton;
class QTimer;

namespace Ui {
class TestMessageDialog;
}

namespace ChannelDesk {

class Desk;

class TestMessageDialog : public QDialog
{
    Q_OBJECT

public:
    TestMessageDialog(Desk* desk, const QString& channelId, QWidget* parent = nullptr);
    ~TestMessageDialog() override;

    QPushButton* sendButton() const { return m_send; }

private:
    void validate();
    void send();
    void onQueued(const QString& reference, const OutboundItem& item);
    void onRefused(const QString& reference, const SendRefusal& refusal);
    void onItemChanged(const OutboundItem& item);
    void addHop(const QString& step, const QDateTime& at);

    std::unique_ptr<Ui::TestMessageDialog> m_ui;
    QPointer<Desk> m_desk;
    QString m_channelId;
    QPushButton* m_send;
    QTimer* m_follow; //!< asks for the send's state until it is delivered, read or failed
    QString m_reference;
    qint64 m_id = 0;
    QDateTime m_start;
    QStringList m_shown; //!< the hops already listed
    bool m_linked = false; //!< a linked-device channel: text through its gateway
    bool m_blockedShown = false; //!< the status says why the channel cannot send
};

} // namespace ChannelDesk
