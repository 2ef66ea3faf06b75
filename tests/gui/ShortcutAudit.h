// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Finds keys that mean two things in one window: the same shortcut on two actions (or twice on
//! one, which Qt also reports as "Ambiguous shortcut overload" and then ignores), and the same
//! Alt+letter mnemonic on two things visible at once (menu bar titles, buttons, tabs, labels with
//! a buddy, group boxes). Menu items are only compared within their own menu. An empty sequence
//! on an action (a standard key this platform leaves unbound) counts as a clash: where the
//! platform binds it, the same action usually lists that key a second time.

#include <QStringList>

class QWidget;

namespace ShortcutAudit {

//! One line per clash, naming the key and both owners; empty when every key is unique.
QStringList clashes(QWidget* window);

} // namespace ShortcutAudit
