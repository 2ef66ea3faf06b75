// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The page of one channel in the main window: its settings, its secrets masked (each with a way
//! to replace it), enable/disable and remove; for a Cloud API channel the webhook URL with Meta's
//! steps, the webhook activity the receiver saw and Test Connection; for a linked device the live
//! pairing QR and link state of its gateway adapter. Secrets are read from the keychain only when
//! needed and never kept in the widget.

#include "ConnectionTestWidget.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QNetworkAccessManager;

namespace Ui {
class ChannelPageWidget;
}

namespace ChannelDesk {

class ChannelEventListModel;
class ChannelManager;
class LinkedChannelController;
class OutboundController;
class LogDataSource;
struct ChannelEvent;
struct SecretResult;

class ChannelPageWidget : public QWidget
{
    Q_OBJECT

public:
    ChannelPageWidget(ChannelManager* manager, QNetworkAccessManager* network, QWidget* parent = nullptr);
    ~ChannelPageWidget() override;

    void setChannel(const QString& channelId);
    QString channelId() const { return m_channelId; }

    //! Asks for confirmation, then deletes the channel and its secrets.
    void removeChannel();
    //! Reads the masked secrets again (after the secret store changed).
    void reloadSecrets();
    //! Where the webhook activity is read from; it is reloaded whenever the store changes.
    void setActivitySource(LogDataSource* source);
    //! Shows an event the receiver has just seen, before it is even stored.
    void addEvent(const ChannelDesk::ChannelEvent& event);
    //! Where linked-device channels get their gateway adapter (pairing QR and state) from.
    void setLinkedChannelController(LinkedChannelController* linked);
    //! Sends of "Send test message" go through this queue.
    void setOutboundController(OutboundController* outbound);

signals:
    void connectionTested(const QString& channelId, bool ok);
    void channelRemoved(const QString& channelId);

private:
    void showChannel();
    void showKind(bool linked);
    void loadSecret(const QString& field, QLabel* label);
    void replaceSecret(const QString& field);
    void saveSecret(const QString& field, const QString& value);
    void saveEnabled(bool enabled);
    void removeConfirmed(const QString& channelId);
    void copyVerifyToken();
    void setBusy(bool busy);
    void loadActivity();
    void updateActivityPlaceholder();
    QFuture<ConnectionTestWidget::Target> testTarget();

    static QString describeSecret(const SecretResult& result);

    std::unique_ptr<Ui::ChannelPageWidget> m_ui;
    QPointer<ChannelManager> m_manager;
    QPointer<LogDataSource> m_activitySource;
    QPointer<LinkedChannelController> m_linked;
    QPointer<OutboundController> m_outbound;
    ChannelEventListModel* m_activity;
    QString m_channelId;
    //! Bumped when the channel changes, so late keychain answers for the previous one are dropped.
    quint64 m_generation = 0;
};

} // namespace ChannelDesk
