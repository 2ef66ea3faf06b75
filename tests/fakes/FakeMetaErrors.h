// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Meta's error envelopes for every code of the spec's §7 table, as FakeGraphApiServer answers them.

#include <QByteArray>
#include <QList>
#include <QString>

namespace FakeMetaErrors {

QList<int> documentedCodes();
//! {"error":{"message","type","code","error_data":{"messaging_product","details"},…,"fbtrace_id"}}.
QByteArray body(int code, const QString& message = {});
int httpStatus(int code);

} // namespace FakeMetaErrors
