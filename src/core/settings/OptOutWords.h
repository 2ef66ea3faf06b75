// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Recognises an inbound message that asks to stop receiving messages ("STOP", "Unsubscribe!"), so
//! ChannelDesk can record the opt-out and stop business-initiated sends to that person.

#include <QString>
#include <QStringList>

class QSettings;

namespace ChannelDesk {

class OptOutWords
{
public:
    OptOutWords();
    explicit OptOutWords(QStringList words);

    //! STOP, UNSUBSCRIBE.
    static QStringList defaults();
    //! Key optOut/words; missing or empty → defaults().
    static OptOutWords fromSettings(const QSettings& settings);
    void save(QSettings& settings) const;

    //! True when the whole message, trimmed and ignoring case and surrounding punctuation
    //! ("stop.", "Stop!"), is one of the words. "Please stop calling me" does not match.
    bool matches(const QString& text) const;
    QStringList words() const;

private:
    QStringList m_words; //!< as given, trimmed
    QStringList m_folded; //!< normalised for matching
    qsizetype m_longest = 0; //!< of m_folded
};

} // namespace ChannelDesk
