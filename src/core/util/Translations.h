// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Loads ChannelDesk's embedded translations and Qt's own for the system locale.

class QCoreApplication;

namespace ChannelDesk::Translations {

void install(QCoreApplication* app);

} // namespace ChannelDesk::Translations
