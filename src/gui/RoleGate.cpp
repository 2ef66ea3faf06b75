// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleGate.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace ChannelDesk {
namespace {

// Where a refused widget keeps the tooltip it had before, to get it back once allowed.
constexpr char ownToolTipProperty[] = "channeldeskOwnToolTip";

template <typename T> void applyTo(T* target, const QString& refusal, bool enabledOtherwise)
{
    if (!target)
        return;
    const QVariant own = target->property(ownToolTipProperty);
    if (refusal.isEmpty()) {
        if (own.isValid()) {
            target->setToolTip(own.toString());
            target->setProperty(ownToolTipProperty, QVariant());
        }
        target->setEnabled(enabledOtherwise);
        return;
    }
    if (!own.isValid())
        target->setProperty(ownToolTipProperty, target->toolTip());
    target->setToolTip(refusal);
    target->setEnabled(false);
}

} // namespace

ApiRole RoleGate::neededRole(Action action)
{
    switch (action) {
    case Action::Reply:
    case Action::SendTestMessage:
        return ApiRole::Sender;
    case Action::ManageLink:
    case Action::ClearOptOut:
    case Action::RetryForwards:
    case Action::HandOff:
        return ApiRole::Operator;
    case Action::EditChannels:
    case Action::ManageApiKeys:
    case Action::ServerSettings:
        return ApiRole::Admin;
    }
    return ApiRole::Admin;
}

QString RoleGate::refusal(const DeskConnection& connection, Action action)
{
    if (!connection.isRemote())
        return {};
    // Even an admin key cannot change these from the console: they belong to the process that runs
    // the receiver and the API, and the console only shows what that process uses.
    if (action == Action::ServerSettings)
        return tr("These are the server's settings; change them where `channeldesk serve` runs.");
    return connection.refusal(neededRole(action));
}

void RoleGate::apply(QWidget* widget, const QString& refusal, bool enabledOtherwise)
{
    applyTo(widget, refusal, enabledOtherwise);
}

void RoleGate::apply(QAction* action, const QString& refusal, bool enabledOtherwise)
{
    applyTo(action, refusal, enabledOtherwise);
}

} // namespace ChannelDesk
