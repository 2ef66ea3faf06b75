// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageListDelegate.h"

#include "MessageListModel.h"
#include "MessageMediaLoader.h"

#include "desk/WhatsAppFormatting.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace ChannelDesk {
namespace {

constexpr int sideMargin = 10;

int viewWidth(const QStyleOptionViewItem& option)
{
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 480;
}

QFont smallFont(const QFont& font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.85);
    else
        small.setPixelSize(std::max(8, font.pixelSize() * 85 / 100));
    return small;
}

QFont labelFont(const QFont& font)
{
    QFont label = font;
    label.setItalic(true);
    return label;
}

//! Lays the text out in lines at most width wide, breaking inside a word only when it is longer
//! than a line (links, numbers). Returns the widest line.
int layoutText(QTextLayout* layout, int width)
{
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(wrap);
    layout->beginLayout();
    qreal y = 0;
    qreal widest = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout->endLayout();
    return int(std::ceil(widest));
}

QColor mix(const QColor& a, const QColor& b, qreal amount)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                            a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

void drawTicks(QPainter* painter, const QRect& box, const QString& status, const QColor& quiet,
               bool darkBubble)
{
    const qreal s = box.height() * 0.7;
    const QPointF origin(box.left(), box.top() + (box.height() - s) / 2);
    if (status == QLatin1String("failed")) {
        painter->setPen(QPen(darkBubble ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28), 1.8));
        const QRectF cross(origin + QPointF(s * 0.2, 0), QSizeF(s * 0.8, s * 0.8));
        painter->drawLine(cross.topLeft(), cross.bottomRight());
        painter->drawLine(cross.topRight(), cross.bottomLeft());
        return;
    }
    if (status.isEmpty() || status == QLatin1String("queued") || status == QLatin1String("sending")
        || status == QLatin1String("accepted") || status == QLatin1String("unknown")) {
        // Not sent yet (or not known to be): a small clock face.
        painter->setPen(QPen(quiet, 1.2));
        const QRectF face(origin + QPointF(s * 0.2, 0), QSizeF(s * 0.8, s * 0.8));
        painter->drawEllipse(face);
        painter->drawLine(face.center(), face.center() - QPointF(0, s * 0.28));
        painter->drawLine(face.center(), face.center() + QPointF(s * 0.2, 0));
        return;
    }
    const bool read = status == QLatin1String("read") || status == QLatin1String("played");
    const QColor colour = read ? (darkBubble ? QColor(0x53, 0xbd, 0xeb) : QColor(0x15, 0x65, 0xc0)) : quiet;
    painter->setPen(QPen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const auto tick = [&](qreal dx) {
        QPainterPath path;
        path.moveTo(origin + QPointF(dx, s * 0.55));
        path.lineTo(origin + QPointF(dx + s * 0.3, s * 0.85));
        path.lineTo(origin + QPointF(dx + s * 0.85, s * 0.1));
        painter->drawPath(path);
    };
    tick(0);
    if (status != QLatin1String("sent"))
        tick(s * 0.45);
}

} // namespace

MessageListDelegate::Geometry MessageListDelegate::layout(const QStyleOptionViewItem& option,
                                                          const QModelIndex& index, QTextLayout* text) const
{
    const int width = viewWidth(option);
    const int maxBubble = std::clamp(width * 7 / 10, 160, 640);
    const int inner = maxBubble - 2 * padding;
    const bool outbound = index.data(MessageListModel::OutboundRole).toBool();

    const QFontMetrics labelMetrics(labelFont(option.font));
    const QFontMetrics smallMetrics(smallFont(option.font));
    const QString label = labelText(index);
    // Italic glyphs lean past their advance; a little room keeps the label from being elided.
    const int labelWidth
        = std::min(inner, labelMetrics.horizontalAdvance(label) + labelMetrics.averageCharWidth() / 2);
    text->setFont(option.font);
    QList<QTextLayout::FormatRange> formats;
    text->setText(formattedText(index.data(MessageListModel::TextRole).toString(), &formats));
    text->setFormats(formats);
    const int textWidth = text->text().isEmpty() ? 0 : layoutText(text, inner);
    const int textHeight = text->text().isEmpty() ? 0 : int(std::ceil(text->boundingRect().height()));
    const QString sentBy = index.data(MessageListModel::SentByTextRole).toString();
    const int footerWidth
        = smallMetrics.horizontalAdvance(index.data(MessageListModel::TimeTextRole).toString())
        + (outbound ? spacing + tickWidth : 0)
        + (sentBy.isEmpty() ? 0 : smallMetrics.horizontalAdvance(sentBy) + 2 * spacing);
    const QString quote = index.data(MessageListModel::QuoteRole).toString();
    const int quoteWidth = quote.isEmpty() ? 0 : smallMetrics.horizontalAdvance(quote) + quoteIndent;
    Geometry g;
    g.labelText = label;
    int mediaWidth = 0;
    const QString type = index.data(MessageListModel::TypeRole).toString();
    const QJsonObject media = index.data(MessageListModel::MediaRole).toJsonObject();
    const MessageMediaLoader::Preview preview
        = m_media && MessageMediaLoader::kindOf(type, media) == MessageMediaLoader::Kind::Thumbnail
        ? m_media->preview(media.value(QLatin1String("id")).toString())
        : MessageMediaLoader::Preview{MessageMediaLoader::State::Unavailable};
    if (preview.state != MessageMediaLoader::State::Unavailable) {
        const bool sticker = type == QLatin1String("sticker");
        if (preview.state == MessageMediaLoader::State::Ready && !preview.thumbnail.isNull()) {
            g.thumbnail = preview.thumbnail;
            const QSize size = (QSizeF(g.thumbnail.size()) / g.thumbnail.devicePixelRatio()).toSize();
            g.media.setSize(size.scaled(std::min(size.width(), inner), size.height(), Qt::KeepAspectRatio));
        } else {
            if (preview.state == MessageMediaLoader::State::Failed)
                g.mediaText = sticker ? tr("Sticker could not be loaded: %1").arg(preview.error)
                                      : tr("Photo could not be loaded: %1").arg(preview.error);
            else
                g.mediaText = sticker ? tr("Loading sticker…") : tr("Loading photo…");
            g.media.setSize(
                {std::min(inner, smallMetrics.horizontalAdvance(g.mediaText)), smallMetrics.height()});
        }
        mediaWidth = g.media.width();
    }
    const int contentWidth
        = std::min(inner, std::max({labelWidth, textWidth, footerWidth, quoteWidth, mediaWidth}));

    int y = padding;
    if (!quote.isEmpty()) {
        g.quote = QRect(padding, y, contentWidth, smallMetrics.height() + 2 * spacing);
        y += g.quote.height() + spacing;
    }
    if (!label.isEmpty()) {
        g.label = QRect(padding, y, contentWidth, labelMetrics.height());
        y += labelMetrics.height() + spacing;
    }
    if (!g.media.isEmpty()) {
        g.media.moveTopLeft({padding, y});
        y += g.media.height() + spacing;
    }
    g.text = QPoint(padding, y);
    if (textHeight > 0)
        y += textHeight + spacing;
    g.footer = QRect(padding, y, contentWidth, smallMetrics.height());
    y += smallMetrics.height() + padding;
    const int bubbleWidth = contentWidth + 2 * padding;
    const int x = outbound ? width - sideMargin - bubbleWidth : sideMargin;
    g.bubble = QRect(x, spacing, bubbleWidth, y);
    g.quote.translate(x, spacing);
    g.label.translate(x, spacing);
    g.media.translate(x, spacing);
    g.text += QPoint(x, spacing);
    g.footer.translate(x, spacing);
    g.height = y + 2 * spacing;
    const QString reactions = index.data(MessageListModel::ReactionsRole).toString();
    if (!reactions.isEmpty()) {
        // Under the bubble's inner edge, as on the phone; the row grows by the chip.
        const QFontMetrics metrics(option.font);
        const int chipWidth = metrics.horizontalAdvance(reactions) + 2 * padding;
        const int chipX = outbound ? g.bubble.right() - padding - chipWidth : g.bubble.left() + padding;
        g.reactions = QRect(chipX, g.bubble.bottom() - spacing, chipWidth, metrics.height() + 2 * spacing);
        g.height = g.reactions.bottom() + 1 + 2 * spacing;
    }
    return g;
}

QString MessageListDelegate::formattedText(const QString& text, QList<QTextLayout::FormatRange>* formats)
{
    formats->clear();
    if (!WhatsAppFormatting::hasMarkup(text))
        return text;
    const WhatsAppFormatting::Marked marked = WhatsAppFormatting::parse(text);
    for (const WhatsAppFormatting::Span& span : marked.spans) {
        QTextCharFormat format;
        switch (span.style) {
        case WhatsAppFormatting::Style::Bold:
            format.setFontWeight(QFont::Bold);
            break;
        case WhatsAppFormatting::Style::Italic:
            format.setFontItalic(true);
            break;
        case WhatsAppFormatting::Style::Strike:
            format.setFontStrikeOut(true);
            break;
        case WhatsAppFormatting::Style::Monospace:
            // Only the family: the size stays the bubble's.
            format.setFontFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
            format.setFontFixedPitch(true);
            break;
        }
        formats->append({span.start, span.length, format});
    }
    return marked.text;
}

QString MessageListDelegate::durationText(qint64 milliseconds)
{
    const qint64 seconds = (std::max<qint64>(milliseconds, 0) + 500) / 1000;
    const QString ss = QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 3600)
        return tr("%1:%2", "minutes:seconds").arg(seconds / 60).arg(ss);
    return tr("%1:%2:%3", "hours:minutes:seconds")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(ss);
}

QString MessageListDelegate::labelText(const QModelIndex& index) const
{
    const QString label = index.data(MessageListModel::TypeLabelRole).toString();
    if (label.isEmpty())
        return {};
    const QString type = index.data(MessageListModel::TypeRole).toString();
    const QJsonObject media = index.data(MessageListModel::MediaRole).toJsonObject();
    const MessageMediaLoader::Kind kind = MessageMediaLoader::kindOf(type, media);
    const MessageMediaLoader::Preview preview = m_media && kind != MessageMediaLoader::Kind::None
        ? m_media->preview(media.value(QLatin1String("id")).toString())
        : MessageMediaLoader::Preview();
    if (kind == MessageMediaLoader::Kind::Voice && media.value(QLatin1String("voice")).toBool()) {
        if (preview.durationMs >= 0)
            return tr("🎤 %1 · %2").arg(label, durationText(preview.durationMs));
        return tr("🎤 %1").arg(label);
    }
    QString text = MessageListModel::tr("[%1]").arg(label);
    if (kind == MessageMediaLoader::Kind::Voice && preview.durationMs >= 0)
        text = tr("%1 %2").arg(text, durationText(preview.durationMs));
    if (type == QLatin1String("document")) {
        QStringList details;
        // Without a caption the text is the file name already.
        const QString fileName = media.value(QLatin1String("filename")).toString();
        if (!fileName.isEmpty() && index.data(MessageListModel::TextRole).toString() != fileName)
            details << fileName;
        // A send may have recorded the size; Meta's webhook never does.
        qint64 size = preview.fileSize;
        if (size < 0 && media.contains(QLatin1String("file_size")))
            size = media.value(QLatin1String("file_size")).toVariant().toLongLong();
        if (size > 0)
            details << QLocale().formattedDataSize(size);
        if (!details.isEmpty())
            text = tr("%1 %2").arg(text, details.join(QStringLiteral(" · ")));
    }
    return text;
}

QRect MessageListDelegate::mediaRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (isEvent(index))
        return {};
    QTextLayout text;
    return layout(option, index, &text).media.translated(option.rect.topLeft());
}

bool MessageListDelegate::isEvent(const QModelIndex& index)
{
    return index.data(MessageListModel::TypeRole).toString() == QLatin1String("event");
}

QString MessageListDelegate::eventLine(const QModelIndex& index)
{
    return MessageListModel::tr("%1 · %2").arg(index.data(MessageListModel::TextRole).toString(),
                                               index.data(MessageListModel::TimeTextRole).toString());
}

void MessageListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    if (isEvent(index)) {
        QColor quiet = option.palette.color(QPalette::Text);
        quiet.setAlphaF(0.65f);
        const QFont font = labelFont(smallFont(option.font));
        const QRect line = QRect(option.rect.left() + sideMargin, option.rect.top(),
                                 viewWidth(option) - 2 * sideMargin, option.rect.height());
        painter->save();
        painter->setFont(font);
        painter->setPen(quiet);
        painter->drawText(line, Qt::AlignCenter,
                          QFontMetrics(font).elidedText(eventLine(index), Qt::ElideMiddle, line.width()));
        painter->restore();
        return;
    }
    QTextLayout text;
    const Geometry g = layout(option, index, &text);
    const QPoint origin = option.rect.topLeft();
    const bool outbound = index.data(MessageListModel::OutboundRole).toBool();
    const QPalette& palette = option.palette;
    const QColor base = palette.color(QPalette::Base);
    const QColor bubbleColour = outbound ? mix(base, palette.color(QPalette::Highlight), 0.2) : base;
    const bool dark = bubbleColour.lightness() < 128;
    const QColor textColour = palette.color(QPalette::Text);
    QColor quiet = textColour;
    quiet.setAlphaF(0.65f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(g.bubble.translated(origin)).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
    painter->fillPath(bubble, bubbleColour);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected ? QPen(palette.color(QPalette::Highlight), 2)
                             : QPen(mix(bubbleColour, textColour, 0.15), 1));
    painter->drawPath(bubble);

    if (!g.labelText.isEmpty()) {
        const QFont font = labelFont(option.font);
        painter->setFont(font);
        painter->setPen(quiet);
        painter->drawText(g.label.translated(origin), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(g.labelText, Qt::ElideRight, g.label.width()));
    }
    if (!g.media.isEmpty()) {
        const QRect box = g.media.translated(origin);
        if (!g.thumbnail.isNull()) {
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(box, g.thumbnail);
        } else {
            painter->setFont(smallFont(option.font));
            painter->setPen(quiet);
            painter->drawText(
                box, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(painter->font()).elidedText(g.mediaText, Qt::ElideRight, box.width()));
        }
    }
    if (m_media) {
        // Only what is painted is fetched: a long history never downloads rows nobody looks at.
        const QJsonObject media = index.data(MessageListModel::MediaRole).toJsonObject();
        const QString type = index.data(MessageListModel::TypeRole).toString();
        if (MessageMediaLoader::kindOf(type, media) != MessageMediaLoader::Kind::None
            && m_media->preview(media.value(QLatin1String("id")).toString()).state
                == MessageMediaLoader::State::Unknown)
            m_media->request(index.data(MessageListModel::ChannelIdRole).toString(), type, media);
    }
    if (!g.quote.isEmpty()) {
        const QRect box = g.quote.translated(origin);
        painter->fillRect(QRect(box.left(), box.top(), 3, box.height()), palette.color(QPalette::Highlight));
        painter->setFont(smallFont(option.font));
        painter->setPen(quiet);
        const QRect inside = box.adjusted(quoteIndent, 0, 0, 0);
        painter->drawText(inside, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(painter->font())
                              .elidedText(index.data(MessageListModel::QuoteRole).toString(), Qt::ElideRight,
                                          inside.width()));
    }
    painter->setPen(textColour);
    text.draw(painter, g.text + origin);

    const QRect footer = g.footer.translated(origin);
    painter->setFont(smallFont(option.font));
    painter->setPen(quiet);
    const QRect timeRect = outbound ? footer.adjusted(0, 0, -(tickWidth + spacing), 0) : footer;
    const QString time = index.data(MessageListModel::TimeTextRole).toString();
    painter->drawText(timeRect, Qt::AlignRight | Qt::AlignVCenter, time);
    // Who sent it, left of the time and elided before the time is.
    if (const QString sentBy = index.data(MessageListModel::SentByTextRole).toString(); !sentBy.isEmpty()) {
        const QFontMetrics metrics(painter->font());
        const QRect byRect = timeRect.adjusted(0, 0, -(metrics.horizontalAdvance(time) + 2 * spacing), 0);
        painter->drawText(byRect, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(sentBy, Qt::ElideRight, byRect.width()));
    }
    if (outbound)
        drawTicks(painter, QRect(footer.right() - tickWidth + 1, footer.top(), tickWidth, footer.height()),
                  index.data(MessageListModel::StatusRole).toString(), quiet, dark);
    if (!g.reactions.isEmpty()) {
        QPainterPath chip;
        chip.addRoundedRect(QRectF(g.reactions.translated(origin)).adjusted(0.5, 0.5, -0.5, -0.5),
                            g.reactions.height() / 2.0, g.reactions.height() / 2.0);
        painter->fillPath(chip, base);
        painter->setPen(QPen(mix(base, textColour, 0.25), 1));
        painter->drawPath(chip);
        painter->setFont(option.font);
        painter->setPen(textColour);
        painter->drawText(g.reactions.translated(origin), Qt::AlignCenter,
                          index.data(MessageListModel::ReactionsRole).toString());
    }
    painter->restore();
}

QSize MessageListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (isEvent(index)) {
        const QFontMetrics metrics(labelFont(smallFont(option.font)));
        return {std::min(metrics.horizontalAdvance(eventLine(index)), viewWidth(option)) + 2 * sideMargin,
                metrics.height() + 4 * spacing};
    }
    QTextLayout text;
    const Geometry g = layout(option, index, &text);
    // As wide as the bubble, not the view: a hint wider than the viewport would add a
    // horizontal scroll bar; the view stretches the row anyway.
    return {g.bubble.width() + 2 * sideMargin, g.height};
}

} // namespace ChannelDesk
