// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! How search sees text: folded (compatibility decomposition, Latin-style diacritics dropped,
//! case folded), so "Muller" finds "Müller", "ＡＢＣ" finds "abc" and "MULLER" finds "müller".
//! The index (SearchTokenizer), the contact match (the channeldesk_fold SQL function) and the
//! snippets all fold through here, so they always agree.
//!
//! Hangul syllables stay whole and kana keep their voicing marks: dropping those would make
//! different words equal, unlike an accent on a Latin name.

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace ChannelDesk {

class SearchText
{
public:
    using CodePoints = QVarLengthArray<char32_t, 8>;

    //! Appends the folded form of c (none, one or several code points) to out.
    static void foldCodePoint(char32_t c, CodePoints& out);
    static QString fold(const QString& text);
    //! The folded words of what a user typed: runs of letters, digits and marks. One character
    //! alone is a word only in scripts written without spaces (CJK, kana, Hangul); a single
    //! Latin letter or digit would match nearly every message.
    static QStringList words(const QString& typed);
    //! Whether c belongs to a script written without spaces (CJK radicals, kana, Hangul, CJK
    //! ideographs and everything above them), where two characters are often a whole word.
    static bool isUnspaced(char32_t c) { return c >= 0x2E80; }
    //! The digits of typed when it reads as a phone number or a part of one (digits, spaces, +,
    //! -, dots and parentheses, at least 3 digits); empty otherwise.
    static QString numberFragment(const QString& typed);
    //! Whether every word occurs in the folded text.
    static bool containsAll(const QString& text, const QStringList& words);
    //! A part of text around the first match of words (folded, as above) at most about length
    //! characters long, on one line, with each match between SearchHit::matchStart() and
    //! matchEnd(). Text without a match comes back shortened, without marks.
    static QString snippet(const QString& text, const QStringList& words, int length = 90);

private:
    static void foldUncached(char32_t c, CodePoints& out);
};

} // namespace ChannelDesk
