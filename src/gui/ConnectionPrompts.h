// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Asks the user about a remote desk's server certificate: whether to trust one that nothing
//! trusts yet (TrustCertificateDialog), and warns when it differs from the one trusted before. Each
//! prompt is shown once when the connection enters that state, not on every connectionChanged.

#include "model/DeskConnection.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace ChannelDesk {

class Desk;

class ConnectionPrompts : public QObject
{
    Q_OBJECT

public:
    //! window: parent of the prompts (and of this object).
    ConnectionPrompts(Desk* desk, QWidget* window);

    //! Looks at the desk's connection now (also done on every connectionChanged).
    void update();

private:
    void askTrust(const DeskConnection& connection);
    void warnChanged(const DeskConnection& connection);

    QPointer<Desk> m_desk;
    QWidget* m_window;
    DeskConnection::State m_state = DeskConnection::State::Local;
    QString m_fingerprint;
};

} // namespace ChannelDesk
