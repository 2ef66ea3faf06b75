// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/WhatsAppFormatting.h"

#include <array>
#include <vector>

namespace ChannelDesk {

namespace {

constexpr int kMaxDepth = 4; //!< *_~bold italic struck~_* is as deep as people go
const QString kFence = QStringLiteral("```");

//! Spaces, punctuation and other markers: what may stand beside a marker that opens or closes.
bool isBoundary(QChar c)
{
    return !c.isLetterOrNumber();
}

int markerIndex(QChar c)
{
    switch (c.unicode()) {
    case '*':
        return 0;
    case '_':
        return 1;
    case '~':
        return 2;
    case '`':
        return 3;
    default:
        return -1;
    }
}

WhatsAppFormatting::Style styleOf(int marker)
{
    static constexpr WhatsAppFormatting::Style styles[]
        = {WhatsAppFormatting::Style::Bold, WhatsAppFormatting::Style::Italic,
           WhatsAppFormatting::Style::Strike, WhatsAppFormatting::Style::Monospace};
    return styles[marker];
}

bool canOpen(const QStringView text, int i)
{
    if (i + 1 >= text.size() || text.at(i + 1).isSpace() || text.at(i + 1) == text.at(i))
        return false;
    return i == 0 || isBoundary(text.at(i - 1));
}

bool canClose(const QStringView text, int j)
{
    if (j == 0 || text.at(j - 1).isSpace())
        return false;
    return j + 1 == text.size() || isBoundary(text.at(j + 1));
}

class Parser
{
public:
    explicit Parser(WhatsAppFormatting::Marked& out)
        : m_out(out)
    { }

    void parse(QStringView text, int depth)
    {
        // For each marker and position, the nearest closer at or after it on the same line: one
        // pass from the right, so an opener without a closer costs nothing to reject.
        const int n = int(text.size());
        std::vector<std::array<int, 4>> nextCloser(size_t(n) + 1);
        nextCloser[size_t(n)].fill(-1);
        for (int j = n - 1; j >= 0; --j) {
            nextCloser[size_t(j)] = text.at(j) == QLatin1Char('\n') ? std::array<int, 4>{-1, -1, -1, -1}
                                                                    : nextCloser[size_t(j) + 1];
            const int marker = markerIndex(text.at(j));
            if (marker >= 0 && canClose(text, j))
                nextCloser[size_t(j)][size_t(marker)] = j;
        }
        int i = 0;
        while (i < n) {
            if (text.mid(i).startsWith(kFence)) {
                const int close = int(text.indexOf(kFence, i + 3));
                if (close > i + 3) {
                    emitRaw(text.mid(i + 3, close - i - 3), WhatsAppFormatting::Style::Monospace);
                    i = close + 3;
                    continue;
                }
            }
            const int marker = markerIndex(text.at(i));
            if (marker >= 0 && depth < kMaxDepth && canOpen(text, i)) {
                const int close = nextCloser[size_t(i) + 1][size_t(marker)];
                if (close > i + 1) {
                    const QStringView inner = text.mid(i + 1, close - i - 1);
                    if (marker == 3) {
                        emitRaw(inner, WhatsAppFormatting::Style::Monospace);
                    } else {
                        const int start = int(m_out.text.size());
                        parse(inner, depth + 1);
                        m_out.spans.append({start, int(m_out.text.size()) - start, styleOf(marker)});
                    }
                    i = close + 1;
                    continue;
                }
            }
            m_out.text.append(text.at(i));
            ++i;
        }
    }

private:
    void emitRaw(QStringView inner, WhatsAppFormatting::Style style)
    {
        const int start = int(m_out.text.size());
        m_out.text.append(inner);
        m_out.spans.append({start, int(inner.size()), style});
    }

    WhatsAppFormatting::Marked& m_out;
};

} // namespace

bool WhatsAppFormatting::hasMarkup(const QString& text)
{
    for (const QChar c : text) {
        if (markerIndex(c) >= 0)
            return true;
    }
    return false;
}

WhatsAppFormatting::Marked WhatsAppFormatting::parse(const QString& text)
{
    Marked out;
    if (!hasMarkup(text)) {
        out.text = text;
        return out;
    }
    out.text.reserve(text.size());
    Parser(out).parse(text, 0);
    return out;
}

} // namespace ChannelDesk
