// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/RetentionSettings.h"

#include <QCoreApplication>
#include <QSettings>

namespace ChannelDesk {
namespace {

const QString journalDaysKey = QStringLiteral("retention/journalDays");
const QString messageDaysKey = QStringLiteral("retention/messageDays");

QString checkDays(const QString& text, int minimum)
{
    bool ok = false;
    const int days = text.trimmed().toInt(&ok);
    if (!ok || days < minimum || days > RetentionSettings::kMaxDays)
        return QCoreApplication::translate("RetentionSettings", "A whole number of days from %1 to %2.")
            .arg(minimum)
            .arg(RetentionSettings::kMaxDays);
    return {};
}

} // namespace

RetentionSettings RetentionSettings::fromSettings(const QSettings& settings)
{
    RetentionSettings retention;
    bool ok = false;
    const int journal = settings.value(journalDaysKey).toInt(&ok);
    if (ok && journal >= 1 && journal <= kMaxDays)
        retention.journalDays = journal;
    const int messages = settings.value(messageDaysKey).toInt(&ok);
    if (ok && messages >= 0 && messages <= kMaxDays)
        retention.messageDays = messages;
    return retention;
}

void RetentionSettings::save(QSettings& settings) const
{
    settings.setValue(journalDaysKey, journalDays);
    settings.setValue(messageDaysKey, messageDays);
}

QString RetentionSettings::checkJournalDays(const QString& text)
{
    return checkDays(text, 1);
}

QString RetentionSettings::checkMessageDays(const QString& text)
{
    const QString problem = checkDays(text, 0);
    if (problem.isEmpty())
        return {};
    return QCoreApplication::translate("RetentionSettings",
                                       "A whole number of days from 1 to %1, or 0 to keep every message.")
        .arg(kMaxDays);
}

} // namespace ChannelDesk
