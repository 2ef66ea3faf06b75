// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! How long ChannelDesk keeps what it receives: the delivery journal's raw bodies (kept only
//! until the log was built from them and the bot took them, then for journalDays more) and the
//! conversation log's messages (kept for ever unless the operator sets messageDays).

#include <QString>
#include <QtGlobal>

class QSettings;

namespace ChannelDesk {

struct RetentionSettings
{
    int journalDays = 30; //!< 1 … kMaxDays
    int messageDays = 0; //!< 0: keep every message; else 1 … kMaxDays

    static constexpr int kMaxDays = 36500;

    static qint64 daysToMs(int days) { return qint64(days) * 24 * 60 * 60 * 1000; }

    //! Keys retention/journalDays and retention/messageDays; a missing or out-of-range value falls
    //! back to its default.
    static RetentionSettings fromSettings(const QSettings& settings);
    void save(QSettings& settings) const;

    //! What is wrong with a value typed into a field (empty when it is fine): a whole number of days
    //! in range; for messages also 0 (keep).
    static QString checkJournalDays(const QString& text);
    static QString checkMessageDays(const QString& text);

    bool operator==(const RetentionSettings& other) const
    {
        return journalDays == other.journalDays && messageDays == other.messageDays;
    }
    bool operator!=(const RetentionSettings& other) const { return !(*this == other); }
};

} // namespace ChannelDesk
