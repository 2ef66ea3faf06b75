// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/ChannelNaming.h"

#include <QCryptographicHash>

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

QString ChannelNaming::idFor(const QString& name)
{
    const QString slug = slugify(name);
    if (!slug.isEmpty() || name.trimmed().isEmpty())
        return slug;
    const QByteArray hash
        = QCryptographicHash::hash(name.trimmed().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("channel-") + QString::fromLatin1(hash.left(8));
}

FieldCheck ChannelNaming::checkName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return FieldCheck::error(tr("Give the channel a name, for example “support”."));
    return FieldCheck::ok(tr("Channel ID: %1").arg(idFor(name)));
}

bool ChannelNaming::isValidId(const QString& id)
{
    return !id.isEmpty() && slugify(id) == id;
}

} // namespace ChannelDesk
