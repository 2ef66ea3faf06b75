// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/OptOutWords.h"

#include <QList>
#include <QSettings>

#include <algorithm>
#include <utility>

namespace ChannelDesk {
namespace {

const QString wordsKey = QStringLiteral("optOut/words");

bool isDecoration(char32_t c)
{
    if (QChar::isSpace(c) || QChar::isPunct(c) || QChar::isSymbol(c))
        return true;
    const QChar::Category category = QChar::category(c);
    // Zero-width joiners and variation selectors inside emoji.
    return category == QChar::Other_Format || category == QChar::Mark_NonSpacing;
}

// Case-folded, inner whitespace collapsed, punctuation, symbols and emoji around the words removed.
QString normalized(const QString& text)
{
    const QList<uint> codePoints = text.toUcs4();
    qsizetype start = 0;
    qsizetype end = codePoints.size();
    while (start < end && isDecoration(codePoints.at(start)))
        ++start;
    while (end > start && isDecoration(codePoints.at(end - 1)))
        --end;
    const QList<uint> words = codePoints.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(words.constData()), words.size())
        .simplified()
        .toCaseFolded();
}

} // namespace

OptOutWords::OptOutWords()
    : OptOutWords(defaults())
{ }

OptOutWords::OptOutWords(QStringList words)
{
    for (const QString& word : std::as_const(words)) {
        const QString trimmed = word.trimmed();
        const QString folded = normalized(trimmed);
        if (folded.isEmpty() || m_folded.contains(folded))
            continue;
        m_words << trimmed;
        m_folded << folded;
        m_longest = std::max(m_longest, folded.size());
    }
}

QStringList OptOutWords::defaults()
{
    return {QStringLiteral("STOP"), QStringLiteral("UNSUBSCRIBE")};
}

OptOutWords OptOutWords::fromSettings(const QSettings& settings)
{
    const QStringList words = settings.value(wordsKey).toStringList();
    OptOutWords result(words);
    return result.m_words.isEmpty() ? OptOutWords() : result;
}

void OptOutWords::save(QSettings& settings) const
{
    settings.setValue(wordsKey, m_words);
}

bool OptOutWords::matches(const QString& text) const
{
    // Every inbound text passes here on the receiver's hot path; a long message cannot be just an
    // opt-out word with some decoration around it ("Stop!! 🙏"), and normalising it costs several
    // allocations.
    if (text.size() > m_longest + 32)
        return false;
    const QString folded = normalized(text);
    return !folded.isEmpty() && m_folded.contains(folded);
}

QStringList OptOutWords::words() const
{
    return m_words;
}

} // namespace ChannelDesk
