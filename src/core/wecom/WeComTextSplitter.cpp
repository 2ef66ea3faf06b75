// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wecom/WeComTextSplitter.h"

#include <QList>

namespace ChannelDesk::WeComTextSplitter {
namespace {

//! UTF-8 length of the character starting at text[i], and how many QChars it takes.
struct Character
{
    int bytes;
    int units;
};

Character characterAt(const QString& text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c < 0x80)
        return {1, 1};
    if (c < 0x800)
        return {2, 1};
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode()))
        return {4, 2};
    // A lone surrogate is encoded as a replacement character (3 bytes), like any other BMP one.
    return {3, 1};
}

} // namespace

QStringList split(const QString& text, int maxBytes)
{
    QStringList parts;
    // Character ends of the current part (index after each character) with the bytes up to there,
    // so a break can be moved back to a line break or space without counting again.
    QList<qsizetype> ends;
    QList<int> bytesAt;
    qsizetype start = 0;
    while (start < text.size()) {
        ends.clear();
        bytesAt.clear();
        int bytes = 0;
        qsizetype i = start;
        while (i < text.size()) {
            const Character c = characterAt(text, i);
            // Always take one character, so a budget smaller than a character cannot loop forever.
            if (bytes + c.bytes > maxBytes && i > start)
                break;
            bytes += c.bytes;
            i += c.units;
            ends << i;
            bytesAt << bytes;
        }
        qsizetype end = i;
        if (end < text.size()) {
            // Prefer ending after a line break, then after a space, in the last quarter of the budget.
            const int quarter = maxBytes - maxBytes / 4;
            for (const QChar wanted : {QChar(u'\n'), QChar(u' ')}) {
                qsizetype found = -1;
                for (qsizetype k = ends.size() - 1; k >= 0 && bytesAt.at(k) >= quarter; --k) {
                    if (text.at(ends.at(k) - 1) == wanted) {
                        found = ends.at(k);
                        break;
                    }
                }
                if (found > start) {
                    end = found;
                    break;
                }
            }
        }
        parts << text.mid(start, end - start);
        start = end;
    }
    return parts;
}

} // namespace ChannelDesk::WeComTextSplitter
