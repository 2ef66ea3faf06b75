// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SearchText.h"

#include "model/ConversationRows.h"

#include <algorithm>
#include <unordered_map>

namespace ChannelDesk {
namespace {

//! The combining marks Latin, Greek and Cyrillic names carry (é = e + U+0301 once decomposed).
bool isDiacritic(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
        || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

bool isHangulSyllable(char32_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

//! The code point at text[*i], moving *i past it.
char32_t codePointAt(QStringView text, qsizetype* i)
{
    const QChar c = text.at(*i);
    ++*i;
    if (c.isHighSurrogate() && *i < text.size() && text.at(*i).isLowSurrogate()) {
        const QChar low = text.at(*i);
        ++*i;
        return QChar::surrogateToUcs4(c, low);
    }
    return c.unicode();
}

void appendCodePoint(QString& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

} // namespace

void SearchText::foldCodePoint(char32_t c, CodePoints& out)
{
    if (c < 0x80) {
        out.append(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        return;
    }
    if (isHangulSyllable(c)) {
        out.append(c);
        return;
    }
    // Decomposing allocates; names and messages repeat the same few hundred characters.
    thread_local std::unordered_map<char32_t, CodePoints> folds;
    if (const auto known = folds.find(c); known != folds.end()) {
        out.append(known->second.constData(), known->second.size());
        return;
    }
    CodePoints folded;
    foldUncached(c, folded);
    out.append(folded.constData(), folded.size());
    folds.emplace(c, folded);
}

void SearchText::foldUncached(char32_t c, CodePoints& out)
{
    if (QChar::decompositionTag(c) != QChar::NoDecomposition) {
        const QString parts = QChar::decomposition(c);
        for (qsizetype i = 0; i < parts.size();)
            foldCodePoint(codePointAt(parts, &i), out);
        return;
    }
    if (isDiacritic(c))
        return;
    const char32_t folded = QChar::toCaseFolded(c);
    if (folded != c)
        foldCodePoint(folded, out);
    else
        out.append(c);
}

QString SearchText::fold(const QString& text)
{
    QString folded;
    folded.reserve(text.size());
    CodePoints parts;
    for (qsizetype i = 0; i < text.size();) {
        parts.clear();
        foldCodePoint(codePointAt(text, &i), parts);
        for (char32_t part : parts)
            appendCodePoint(folded, part);
    }
    return folded;
}

QStringList SearchText::words(const QString& typed)
{
    const QString folded = fold(typed);
    QStringList found;
    QString word;
    int length = 0; // in code points
    char32_t first = 0;
    const auto finish = [&] {
        if (length > 1 || (length == 1 && SearchText::isUnspaced(first)))
            found.append(word);
        word.clear();
        length = 0;
    };
    for (qsizetype i = 0; i < folded.size();) {
        const char32_t c = codePointAt(folded, &i);
        if (!QChar::isLetterOrNumber(c) && !QChar::isMark(c)) {
            finish();
            continue;
        }
        if (length == 0)
            first = c;
        appendCodePoint(word, c);
        ++length;
    }
    finish();
    return found;
}

QString SearchText::numberFragment(const QString& typed)
{
    const QString folded = fold(typed);
    QString digits;
    for (const QChar c : folded) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
        else if (!c.isSpace() && !QStringLiteral("+-().").contains(c))
            return {};
    }
    return digits.size() >= 3 ? digits : QString();
}

bool SearchText::containsAll(const QString& text, const QStringList& words)
{
    const QString folded = fold(text);
    return !words.isEmpty() && std::all_of(words.cbegin(), words.cend(), [&folded](const QString& w) {
        return folded.contains(w);
    });
}

QString SearchText::snippet(const QString& text, const QStringList& words, int length)
{
    // The folded text, and for each of its UTF-16 units the original characters it came from.
    QString folded;
    QList<Span> origin;
    folded.reserve(text.size());
    origin.reserve(text.size());
    CodePoints parts;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype start = i;
        parts.clear();
        foldCodePoint(codePointAt(text, &i), parts);
        for (char32_t part : parts) {
            appendCodePoint(folded, part);
            while (origin.size() < folded.size())
                origin.append({start, i});
        }
    }
    // Enough matches for a snippet; a word repeated a thousand times needs no more.
    constexpr int kMaxMatches = 64;
    QList<Span> matches;
    for (const QString& word : words) {
        for (qsizetype at = folded.indexOf(word); at >= 0 && !word.isEmpty() && matches.size() < kMaxMatches;
             at = folded.indexOf(word, at + 1))
            matches.append({origin.at(at).start, origin.at(at + word.size() - 1).end});
    }
    std::sort(matches.begin(), matches.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span& m : matches) {
        if (!merged.isEmpty() && m.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, m.end);
        else
            merged.append(m);
    }

    const qsizetype first = merged.isEmpty() ? 0 : merged.first().start;
    qsizetype begin = std::max<qsizetype>(0, first - length / 3);
    if (begin > 0) {
        // Start at a word when one starts close enough before the match.
        const qsizetype space = text.indexOf(QLatin1Char(' '), begin);
        if (space >= 0 && space < first)
            begin = space + 1;
    }
    qsizetype end = std::min<qsizetype>(text.size(), begin + length);
    if (!merged.isEmpty())
        end = std::max(end, merged.first().end);
    if (begin > 0 && text.at(begin).isLowSurrogate())
        --begin;
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;

    QString out;
    out.reserve(end - begin + 8);
    if (begin > 0)
        out += QStringLiteral("…");
    const auto appendPlain = [&out, &text](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = text.at(i);
            // One line, and never a mark of our own inside the user's text.
            out.append(c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')
                               || c == SearchHit::matchStart() || c == SearchHit::matchEnd()
                           ? QLatin1Char(' ')
                           : c);
        }
    };
    qsizetype at = begin;
    for (const Span& m : merged) {
        const qsizetype from = std::max(m.start, begin);
        const qsizetype to = std::min(m.end, end);
        if (from >= to)
            continue;
        appendPlain(at, from);
        out.append(SearchHit::matchStart());
        appendPlain(from, to);
        out.append(SearchHit::matchEnd());
        at = to;
    }
    appendPlain(at, end);
    if (end < text.size())
        out += QStringLiteral("…");
    return out;
}

} // namespace ChannelDesk
