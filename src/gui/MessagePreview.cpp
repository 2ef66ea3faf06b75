// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagePreview.h"

#include "MessageListModel.h"
#include "model/OutboundContent.h"

namespace ChannelDesk {

QString MessagePreview::line(const QString& type, const QString& stored)
{
    // The words are OutboundContent's: they are those the list showed for sends before it worded
    // previews itself, and they keep their translations.
    const QString text = stored.simplified();
    const auto withIcon = [&text](const QString& icon, const QString& fallback) -> QString {
        return icon + QLatin1Char(' ') + (text.isEmpty() ? fallback : text);
    };
    if (type.isEmpty() || type == QLatin1String("text") || type == QLatin1String("event"))
        return text;
    if (type == QLatin1String("template"))
        return OutboundContent::tr("Template: %1").arg(text);
    if (type == QLatin1String("image"))
        return withIcon(QStringLiteral("📷"), OutboundContent::tr("Photo"));
    if (type == QLatin1String("video"))
        return withIcon(QStringLiteral("🎥"), OutboundContent::tr("Video"));
    if (type == QLatin1String("document"))
        return withIcon(QStringLiteral("📄"), OutboundContent::tr("Document"));
    if (type == QLatin1String("audio"))
        return QStringLiteral("🎵 ") + OutboundContent::tr("Audio");
    if (type == QLatin1String("sticker"))
        return OutboundContent::tr("Sticker");
    if (type == QLatin1String("location"))
        return withIcon(QStringLiteral("📍"), MessageListModel::typeLabel(type, {}, {}));
    if (type == QLatin1String("reaction"))
        return text.isEmpty() ? OutboundContent::tr("Reaction removed")
                              : OutboundContent::tr("Reaction %1").arg(text);
    // Interactive replies, buttons, orders, contacts, unsupported and newer types: the text if there
    // is one, else what kind of message it is.
    if (!text.isEmpty())
        return text;
    return MessageListModel::tr("[%1]").arg(MessageListModel::typeLabel(type, {}, {}));
}

} // namespace ChannelDesk
