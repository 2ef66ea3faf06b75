// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The page of one channel in the main window: its settings, its secrets masked (each with a way
//! to replace it), enable/disable and remove, its bot (ChannelForwardWidget); for a Cloud API
//! channel the webhook URL with Meta's steps, the webhook activity the receiver saw and Test
//! Connection; for a linked device the live pairing QR and link state of its gateway session; for a
//! WeCom app ChannelWeComWidget, the webhook activity and Test Connection. Secrets are read from the
//! keychain only when needed and never kept in the widget.

#include "ConnectionTestWidget.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class ChannelPageWidget;
}

namespace ChannelDesk {

class ChannelActivityFeed;
class ChannelRemoval;
class FieldMessageLabel;
class Desk;
struct SecretResult;

class ChannelPageWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelPageWidget(Desk* desk, QWidget* parent = nullptr);
    ~ChannelPageWidget() override;

    void setChannel(const QString& channelId);
    QString channelId() const { return m_channelId; }

    //! Asks for confirmation, then deletes the channel and its secrets.
    void removeChannel();
    //! Reads the masked secrets again (after the secret store changed).
    void reloadSecrets();

    //! A secret read for showing: masked, or why it could not be read.
    static QString describeSecret(const SecretResult& result);

signals:
    void connectionTested(const QString& channelId, bool ok);
    void channelRemoved(const QString& channelId);

private:
    void showChannel();
    void showKind(const QString& kind);
    void loadSecret(const QString& field, QLabel* label);
    void replaceSecret(const QString& field);
    void saveSecret(const QString& field, const QString& value);
    void saveEnabled(bool enabled);
    void copyVerifyToken();
    void setBusy(bool busy);
    void applyRoles();
    Result<ConnectionCheckRequest> testRequest() const;
    //! Where the outcome of replacing field is said (WeCom secrets have their own group).
    FieldMessageLabel* secretsMessageLabel(const QString& field) const;

    std::unique_ptr<Ui::ChannelPageWidget> m_ui;
    QPointer<Desk> m_desk;
    ChannelActivityFeed* m_activity;
    ChannelRemoval* m_removal;
    QString m_channelId;
    //! Bumped when the channel changes, so late keychain answers for the previous one are dropped.
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace ChannelDesk
