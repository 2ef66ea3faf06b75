// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Asks where a ChannelDesk server runs (`channeldesk serve`) and for an API key to attach the
//! window to it, both checked as they are typed. The caller connects and keeps the key.

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class ConnectToServerDialog;
}

namespace ChannelDesk {

class ConnectToServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectToServerDialog(QWidget* parent = nullptr);
    ~ConnectToServerDialog() override;

    //! The server's base URL as ServerAddress::parse() makes it; empty while the field is invalid.
    QUrl server() const;
    QString key() const;
    //! Prefills the address (e.g. a server whose key is not known yet) and moves on to the key.
    void setServer(const QUrl& server);

private:
    void validate();

    std::unique_ptr<Ui::ConnectToServerDialog> m_ui;
    QUrl m_server;
};

} // namespace ChannelDesk
