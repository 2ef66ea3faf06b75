// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The fields of each channel kind in one place, for code that handles every kind alike (the
//! API's channel update, the wizard's draft): which are plain, which are secrets, and their check.

#include "channels/FieldCheck.h"

#include <QString>
#include <QStringList>

namespace ChannelDesk::KindFields {

QStringList plainFields(const QString& kind);
QStringList secretFields(const QString& kind);
//! The kind's validator for the field; unknown keys are errors.
FieldCheck checkField(const QString& kind, const QString& key, const QString& value);
//! Like checkField() for a channel that is stored already: a secret left empty is fine, as a
//! draft without it keeps the stored one (ChannelDraft).
FieldCheck checkUpdateField(const QString& kind, const QString& key, const QString& value);

} // namespace ChannelDesk::KindFields
