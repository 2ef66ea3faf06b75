// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbound/WhatsAppMarkup.h"

#include <QList>
#include <QStringList>

namespace ChannelDesk {
namespace {

// A run of '*', '_' or '~' that may open or close emphasis, or plain text that is never touched.
struct Token
{
    QString text; //!< for plain text
    QChar marker; //!< null for plain text
    int count = 0; //!< delimiter characters not (yet) matched
    bool canOpen = false;
    bool canClose = false;
    QString closing; //!< markers this run closes, emitted before its leftover characters
    QString opening; //!< markers this run opens, emitted after them
};

bool isPunctuation(QChar c)
{
    return c.isPunct() || c.isSymbol();
}

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 128 && isPunctuation(c);
}

QString convertInline(const QString& text, const QString& boldMarker);

// Length of the run of `c` starting at `from`.
int runLength(const QString& s, int from, QChar c)
{
    int end = from;
    while (end < s.size() && s.at(end) == c)
        ++end;
    return end - from;
}

// Index just past the closing backtick run of a code span opened by `length` backticks at `from`,
// or -1 when the span is never closed (then the backticks are ordinary characters).
int codeSpanEnd(const QString& s, int from, int length)
{
    int i = from + length;
    while (i < s.size()) {
        if (s.at(i) == QLatin1Char('`')) {
            const int run = runLength(s, i, QLatin1Char('`'));
            if (run == length)
                return i + run;
            i += run;
        } else {
            ++i;
        }
    }
    return -1;
}

// Parses "[text](url "title")" at `from` (the '['). Returns the index past ')' or -1.
int parseLink(const QString& s, int from, QString* linkText, QString* url)
{
    int depth = 0;
    int i = from;
    for (; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(']') && --depth == 0) {
            break;
        }
    }
    if (i >= s.size() || i + 1 >= s.size() || s.at(i + 1) != QLatin1Char('('))
        return -1;
    *linkText = s.mid(from + 1, i - from - 1);
    int j = i + 2;
    while (j < s.size() && s.at(j).isSpace())
        ++j;
    QString target;
    if (j < s.size() && s.at(j) == QLatin1Char('<')) {
        const int close = s.indexOf(QLatin1Char('>'), j);
        if (close < 0)
            return -1;
        target = s.mid(j + 1, close - j - 1);
        j = close + 1;
    } else {
        int parens = 0;
        const int start = j;
        for (; j < s.size(); ++j) {
            const QChar c = s.at(j);
            if (c.isSpace())
                break;
            if (c == QLatin1Char('('))
                ++parens;
            if (c == QLatin1Char(')') && parens-- == 0)
                break;
        }
        target = s.mid(start, j - start);
    }
    while (j < s.size() && s.at(j).isSpace())
        ++j;
    // An optional title ("…", '…' or (…)) is dropped: WhatsApp has nowhere to show it.
    if (j < s.size() && (s.at(j) == QLatin1Char('"') || s.at(j) == QLatin1Char('\''))) {
        const int close = s.indexOf(s.at(j), j + 1);
        if (close < 0)
            return -1;
        j = close + 1;
        while (j < s.size() && s.at(j).isSpace())
            ++j;
    }
    if (j >= s.size() || s.at(j) != QLatin1Char(')'))
        return -1;
    *url = target;
    return j + 1;
}

QString renderLink(const QString& text, const QString& url, const QString& boldMarker)
{
    const QString shown = convertInline(text, boldMarker);
    if (url.isEmpty())
        return shown;
    if (shown.isEmpty() || shown == url)
        return url;
    if (url == QString(QStringLiteral("mailto:") + shown))
        return shown;
    return shown + QStringLiteral(" (") + url + QLatin1Char(')');
}

// "<https://…>" autolinks lose their brackets; anything else in angle brackets stays.
int parseAutolink(const QString& s, int from, QString* url)
{
    const int close = s.indexOf(QLatin1Char('>'), from);
    if (close < 0)
        return -1;
    const QString inner = s.mid(from + 1, close - from - 1);
    const int colon = inner.indexOf(QLatin1Char(':'));
    if (colon < 2 || inner.contains(QLatin1Char(' ')) || inner.contains(QLatin1Char('<')))
        return -1;
    for (int k = 0; k < colon; ++k) {
        const QChar c = inner.at(k);
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('.')
              || c == QLatin1Char('-')))
            return -1;
    }
    *url = inner;
    return close + 1;
}

void appendText(QList<Token>& tokens, const QString& text)
{
    if (!tokens.isEmpty() && tokens.last().marker.isNull())
        tokens.last().text += text;
    else
        tokens.append(Token{text, QChar(), 0, false, false, {}, {}});
}

Token delimiterRun(const QString& s, int from, int length)
{
    const QChar c = s.at(from);
    const QChar before = from > 0 ? s.at(from - 1) : QLatin1Char(' ');
    const QChar after = from + length < s.size() ? s.at(from + length) : QLatin1Char(' ');
    // CommonMark's flanking rules: "*a*" can open before the "a", "a*" can close after it, but
    // "2 * 3" is neither.
    const bool leftFlanking
        = !after.isSpace() && (!isPunctuation(after) || before.isSpace() || isPunctuation(before));
    const bool rightFlanking
        = !before.isSpace() && (!isPunctuation(before) || after.isSpace() || isPunctuation(after));
    Token token;
    token.marker = c;
    token.count = length;
    if (c == QLatin1Char('_')) {
        // Underscores inside words (snake_case_names) are not emphasis.
        token.canOpen = leftFlanking && (!rightFlanking || isPunctuation(before));
        token.canClose = rightFlanking && (!leftFlanking || isPunctuation(after));
    } else {
        token.canOpen = leftFlanking;
        token.canClose = rightFlanking;
    }
    token.text = QString(length, c);
    return token;
}

QList<Token> tokenize(const QString& s, const QString& boldMarker)
{
    QList<Token> tokens;
    int i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\\') && i + 1 < s.size() && isAsciiPunctuation(s.at(i + 1))) {
            appendText(tokens, s.at(i + 1));
            i += 2;
        } else if (c == QLatin1Char('`')) {
            const int length = runLength(s, i, c);
            const int end = codeSpanEnd(s, i, length);
            const int stop = end < 0 ? i + length : end;
            appendText(tokens, s.mid(i, stop - i));
            i = stop;
        } else if (c == QLatin1Char('[')
                   || (c == QLatin1Char('!') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('['))) {
            const int open = c == QLatin1Char('!') ? i + 1 : i;
            QString text, url;
            const int end = parseLink(s, open, &text, &url);
            if (end < 0) {
                appendText(tokens, s.mid(i, open - i + 1));
                i = open + 1;
            } else {
                appendText(tokens, renderLink(text, url, boldMarker));
                i = end;
            }
        } else if (c == QLatin1Char('<')) {
            QString url;
            const int end = parseAutolink(s, i, &url);
            appendText(tokens, end < 0 ? QString(c) : url);
            i = end < 0 ? i + 1 : end;
        } else if (c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~')) {
            const int length = runLength(s, i, c);
            tokens.append(delimiterRun(s, i, length));
            i += length;
        } else {
            appendText(tokens, c);
            ++i;
        }
    }
    return tokens;
}

// CommonMark's "process emphasis", simplified: every closer looks back for the nearest usable
// opener of the same character; ** pairs become bold, single markers italic, ~ strike.
void matchEmphasis(QList<Token>& tokens, const QString& boldMarker)
{
    for (int closer = 0; closer < tokens.size(); ++closer) {
        Token& close = tokens[closer];
        while (!close.marker.isNull() && close.canClose && close.count > 0) {
            int opener = closer - 1;
            for (; opener >= 0; --opener) {
                const Token& open = tokens.at(opener);
                if (open.marker != close.marker || !open.canOpen || open.count <= 0)
                    continue;
                if (close.marker == QLatin1Char('~')) {
                    if (open.count == close.count && open.count <= 2)
                        break;
                    continue;
                }
                // The "rule of three" keeps "*a**b*" from pairing the single with the double marker.
                const bool ambiguous = open.canClose || close.canOpen;
                if (ambiguous && (open.count + close.count) % 3 == 0
                    && !(open.count % 3 == 0 && close.count % 3 == 0))
                    continue;
                break;
            }
            if (opener < 0)
                break;
            Token& open = tokens[opener];
            int used = 0;
            QString marker;
            if (close.marker == QLatin1Char('~')) {
                used = close.count;
                marker = QStringLiteral("~");
            } else if (open.count >= 2 && close.count >= 2) {
                used = 2;
                marker = boldMarker;
            } else {
                used = 1;
                marker = QStringLiteral("_");
            }
            open.count -= used;
            close.count -= used;
            open.opening.prepend(marker);
            close.closing.append(marker);
            // Markers between a matched pair can no longer pair across it.
            for (int k = opener + 1; k < closer; ++k) {
                tokens[k].canOpen = false;
                tokens[k].canClose = false;
            }
        }
    }
}

QString convertInline(const QString& text, const QString& boldMarker)
{
    QList<Token> tokens = tokenize(text, boldMarker);
    matchEmphasis(tokens, boldMarker);
    QString out;
    for (const Token& token : tokens) {
        if (token.marker.isNull())
            out += token.text;
        else
            out += token.closing + QString(token.count, token.marker) + token.opening;
    }
    return out;
}

int indentation(const QString& line)
{
    int i = 0;
    while (i < line.size() && (line.at(i) == QLatin1Char(' ') || line.at(i) == QLatin1Char('\t')))
        ++i;
    return i;
}

bool isThematicBreak(const QString& line)
{
    const QString compact = QString(line).remove(QLatin1Char(' ')).remove(QLatin1Char('\t'));
    if (compact.size() < 3)
        return false;
    const QChar c = compact.at(0);
    if (c != QLatin1Char('-') && c != QLatin1Char('*') && c != QLatin1Char('_'))
        return false;
    return runLength(compact, 0, c) == compact.size();
}

QString convertLine(const QString& line);

QString convertHeading(const QString& line, int indent)
{
    const int hashes = runLength(line, indent, QLatin1Char('#'));
    QString content = line.mid(indent + hashes).trimmed();
    // Optional closing hashes: "## Title ##".
    int end = content.size();
    while (end > 0 && content.at(end - 1) == QLatin1Char('#'))
        --end;
    if (end == 0 || content.at(end - 1).isSpace())
        content = content.left(end).trimmed();
    if (content.isEmpty())
        return {};
    // The whole heading is bold already; bold markers inside it would end the bold early.
    return QLatin1Char('*') + convertInline(content, QString()) + QLatin1Char('*');
}

QString convertLine(const QString& line)
{
    const int indent = indentation(line);
    if (indent >= line.size())
        return line;
    const QChar first = line.at(indent);
    if (first == QLatin1Char('#') && indent <= 3) {
        const int hashes = runLength(line, indent, first);
        const int after = indent + hashes;
        if (hashes <= 6 && (after == line.size() || line.at(after).isSpace()))
            return convertHeading(line, indent);
    }
    if (isThematicBreak(line))
        return line;
    const bool bullet = first == QLatin1Char('-') || first == QLatin1Char('*') || first == QLatin1Char('+');
    if (bullet && indent + 1 < line.size() && line.at(indent + 1).isSpace()) {
        // WhatsApp renders "- " and "* " lists; "+ " is Markdown only.
        const QChar marker = first == QLatin1Char('+') ? QLatin1Char('-') : first;
        return line.left(indent) + marker + QLatin1Char(' ') + convertLine(line.mid(indent + 2));
    }
    if (first == QLatin1Char('>')) {
        int contentStart = indent + 1;
        if (contentStart < line.size() && line.at(contentStart) == QLatin1Char(' '))
            ++contentStart;
        return line.left(contentStart) + convertLine(line.mid(contentStart));
    }
    return convertInline(line, QStringLiteral("*"));
}

// An opening code fence: up to three spaces, then ``` or ~~~ (or longer).
bool isFenceOpen(const QString& line, QChar* fenceChar, int* fenceLength)
{
    const int indent = indentation(line);
    if (indent > 3 || indent >= line.size())
        return false;
    const QChar c = line.at(indent);
    if (c != QLatin1Char('`') && c != QLatin1Char('~'))
        return false;
    const int length = runLength(line, indent, c);
    if (length < 3)
        return false;
    // "```code```" on one line is an inline code span, not a fence.
    if (c == QLatin1Char('`') && line.indexOf(c, indent + length) >= 0)
        return false;
    *fenceChar = c;
    *fenceLength = length;
    return true;
}

bool isFenceClose(const QString& line, QChar fenceChar, int fenceLength)
{
    const int indent = indentation(line);
    if (indent > 3 || indent >= line.size() || line.at(indent) != fenceChar)
        return false;
    const int length = runLength(line, indent, fenceChar);
    return length >= fenceLength && line.mid(indent + length).trimmed().isEmpty();
}

// WhatsApp only knows ``` fences; ~~~ would read as strike-through markers.
QString asBacktickFence(const QString& line, QChar fenceChar)
{
    if (fenceChar == QLatin1Char('`'))
        return line;
    const int indent = indentation(line);
    const int length = runLength(line, indent, fenceChar);
    return line.left(indent) + QStringLiteral("```") + line.mid(indent + length);
}

} // namespace

QString WhatsAppMarkup::fromMarkdown(const QString& markdown)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size());
    bool inFence = false;
    QChar fenceChar;
    int fenceLength = 0;
    for (const QString& line : lines) {
        if (inFence) {
            if (isFenceClose(line, fenceChar, fenceLength)) {
                inFence = false;
                out << asBacktickFence(line, fenceChar);
            } else {
                out << line;
            }
        } else if (isFenceOpen(line, &fenceChar, &fenceLength)) {
            inFence = true;
            out << asBacktickFence(line, fenceChar);
        } else {
            out << convertLine(line);
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace ChannelDesk
