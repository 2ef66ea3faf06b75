// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Parses and validates an answers file (unattended setup) into channel drafts. Everything is
//! checked before anything is saved; each problem names its field and says why.

#include "channels/Channel.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ChannelDesk {

class AnswersFile
{
    Q_DECLARE_TR_FUNCTIONS(AnswersFile)

public:
    struct Parsed
    {
        QList<ChannelDraft> drafts;
        QStringList errors; //!< any error means nothing may be saved
        QStringList warnings;
        bool ok() const { return errors.isEmpty(); }
    };

    static Parsed parse(const QByteArray& json);
    static QString cloudApiKey() { return QStringLiteral("messaging-whatsapp"); }
    static QString linkedKey() { return QStringLiteral("messaging-whatsapp-linked"); }
    static QString weComKey() { return QStringLiteral("messaging-wecom"); }
};

} // namespace ChannelDesk
