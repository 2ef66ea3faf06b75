// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The window's session: which Desk it works on (the local data directory, or a ChannelDesk server
//! through a RemoteDesk) and the MainWindow on it. Switching to another desk makes a new desk and
//! window and then drops the old ones, window first. Finds a server's API key (environment,
//! keychain, or by asking) and, once a key the user typed has connected, keeps it in the keychain
//! and the server in File > Recent Servers. File > Repair Data Directory… closes the local desk,
//! repairs its data directory (StoreRepairDialog) and opens it again.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace ChannelDesk {

class Desk;
class MainWindow;
class ServerKeys;

class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(QObject* parent = nullptr);
    ~ConsoleSession() override;

    //! The channel page the first window opens (--show-channel).
    void setShowChannel(const QString& channelId) { m_showChannel = channelId; }
    //! Works on the local data directory (dataDirOption: --data-dir as given, or empty).
    void openLocal(const QString& dataDirOption);
    //! File > Repair Data Directory…: asks first, then closes the desk (and its receiver) and
    //! repairs its data directory. Only for a local desk.
    void repairLocal();
    //! Attaches to server; an empty key is looked up in $CHANNELDESK_SERVER_KEY, then the keychain,
    //! and else asked for.
    void openServer(const QUrl& server, const QString& key = {});
    //! Shows a window without a desk that says only error (e.g. contradictory options).
    void showError(const QString& error);

    Desk* desk() const { return m_desk.get(); }
    MainWindow* window() const { return m_window.get(); }

private:
    enum class KeySource
    {
        Typed,
        Environment,
        Keychain
    };

    enum class RepairStart
    {
        Offer, //!< the store was found damaged: Repair or Quit
        Now //!< the user asked for it: repair at once, Close goes back to the data directory
    };

    //! Checks dataDir off the UI thread, then opens it or offers a repair.
    void openDataDirectory(const QString& dataDir);
    //! Opens the window on a LocalDesk of dataDir; notes (what a repair did) are shown over it.
    void attachLocal(const QString& dataDir, const QStringList& notes = {});
    //! The store is damaged: says so and offers Repair or Quit instead of the console (or, started
    //! Now, repairs with the window closed on its data directory).
    void offerRepair(const QString& dataDir, const QString& problem, RepairStart start = RepairStart::Offer);
    void connectWith(const QUrl& server, const QString& key, KeySource source);
    void askForKey(const QUrl& server);
    void attach(std::unique_ptr<Desk> desk, const QString& error = {});
    void onConnectionChanged();
    //! console.ini: the recent servers and the window's geometry, the same for every desk.
    QString consoleFile() const;

    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    ServerKeys* m_keys;
    QString m_dataDirOption;
    QString m_showChannel;
    //! The remote desk's key and where it came from, until it first connects.
    QString m_key;
    KeySource m_keySource = KeySource::Typed;
    bool m_connectedOnce = false;
};

} // namespace ChannelDesk
