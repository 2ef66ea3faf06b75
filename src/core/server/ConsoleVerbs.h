// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The verbs of the console protocol (POST /api/v1/console/VERB, docs/api.md): the role each
//! needs and the action name it is audited under. One table, read by ApiRoutes (who may call) and
//! by the console endpoints (what to record), so the two cannot disagree.

#include "model/ApiRole.h"

#include <QList>
#include <QString>

#include <optional>

namespace ChannelDesk {

struct ConsoleVerb
{
    QString name; //!< as in the path: "snapshot", "saveChannels"
    ApiRole role = ApiRole::Admin;
    //! The audit log's action; empty when the verb only reads. `link` records "link.<action>".
    QString action;
};

class ConsoleVerbs
{
public:
    static std::optional<ConsoleVerb> find(const QString& name);
    static const QList<ConsoleVerb>& all();
};

} // namespace ChannelDesk
