// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Turns a secret into a short hint that is safe to show and log.

#include <QString>

namespace ChannelDesk::SecretMask {

//! "EAAGm0PX4ZCpsBA…x7Q": the first three and last three characters, never more than a quarter
//! of the secret; short secrets become a bullet row.
QString mask(const QString& secret);

} // namespace ChannelDesk::SecretMask
