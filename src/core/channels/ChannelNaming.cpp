// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/ChannelNaming.h"

namespace ChannelDesk {
namespace {
constexpr int maxIdLength = 48;
}

QString ChannelNaming::slugify(const QString& name)
{
    // Decompose first so "São Paulo" becomes "sao-paulo" rather than "s-o-paulo".
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString slug;
    for (QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            slug += c.toLower();
        else if (c.category() == QChar::Mark_NonSpacing)
            continue;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    slug.truncate(maxIdLength);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

FieldCheck ChannelNaming::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return FieldCheck::error(tr("Give the channel a name, for example “support”."));
    const QString id = slugify(name);
    if (id.isEmpty())
        return FieldCheck::error(
            tr("The name needs at least one Latin letter or digit, because the channel id "
               "is made from it (for example “support-br”)."));
    return FieldCheck::ok(tr("Channel id: %1").arg(id));
}

bool ChannelNaming::isValidId(const QString& id)
{
    return !id.isEmpty() && slugify(id) == id;
}

} // namespace ChannelDesk
