// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SearchTokenizer.h"

#include "store/SearchText.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <vector>

namespace ChannelDesk {
namespace {

//! One folded code point, UTF-8 encoded at [utf8, nextUtf8) of the folded text, from the original
//! character at bytes [start, end).
struct Unit
{
    int utf8 = 0;
    int start = 0;
    int end = 0;
    char32_t c = 0; //!< the folded code point
};

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

//! The code point at text[*i] (U+FFFD for a byte that starts none), moving *i past it.
char32_t decodeUtf8(const unsigned char* text, int length, int* i)
{
    const unsigned char lead = text[*i];
    int extra = 0;
    char32_t c = 0;
    if (lead < 0x80) {
        ++*i;
        return lead;
    }
    if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        c = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        c = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        c = lead & 0x07;
    } else {
        ++*i;
        return 0xFFFD;
    }
    if (*i + extra >= length) { // cut off at the end
        ++*i;
        return 0xFFFD;
    }
    for (int k = 1; k <= extra; ++k) {
        if ((text[*i + k] & 0xC0) != 0x80) {
            ++*i;
            return 0xFFFD;
        }
        c = (c << 6) | (text[*i + k] & 0x3F);
    }
    *i += extra + 1;
    return c;
}

//! text folded into out (UTF-8), with one Unit per folded code point.
void foldUtf8(const char* text, int length, std::string& out, std::vector<Unit>& units)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(text);
    SearchText::CodePoints parts;
    for (int i = 0; i < length;) {
        const int start = i;
        if (bytes[i] < 0x80) {
            const char lower = char(bytes[i] >= 'A' && bytes[i] <= 'Z' ? bytes[i] + ('a' - 'A') : bytes[i]);
            units.push_back({int(out.size()), i, i + 1, char32_t(lower)});
            out += lower;
            ++i;
            continue;
        }
        parts.clear();
        SearchText::foldCodePoint(decodeUtf8(bytes, length, &i), parts);
        for (char32_t part : parts) {
            units.push_back({int(out.size()), start, i, part});
            appendUtf8(out, part);
        }
    }
}

int createTokenizer(void*, const char**, int, Fts5Tokenizer** tokenizer)
{
    // Stateless: any non-null pointer will do.
    static int instance = 0;
    *tokenizer = reinterpret_cast<Fts5Tokenizer*>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer*) { }

int tokenize(Fts5Tokenizer*, void* context, int flags, const char* text, int length,
             int (*token)(void*, int, const char*, int, int, int))
{
    thread_local std::string folded;
    thread_local std::vector<Unit> units;
    folded.clear();
    units.clear();
    foldUtf8(text, length, folded, units);
    const int n = int(units.size());
    const auto sendToken = [&](int first, int count, int tokenFlags = 0) {
        const int from = units[size_t(first)].utf8;
        const int to = first + count < n ? units[size_t(first) + size_t(count)].utf8 : int(folded.size());
        return token(context, tokenFlags, folded.data() + from, to - from, units[size_t(first)].start,
                     units[size_t(first) + size_t(count) - 1].end);
    };
    if (flags & FTS5_TOKENIZE_QUERY) {
        // A query shorter than a trigram is one token, searched as a prefix (see the header).
        if (n > 0 && n < 3)
            return sendToken(0, n);
        for (int i = 0; i + 3 <= n; ++i) {
            if (const int rc = sendToken(i, 3); rc != SQLITE_OK)
                return rc;
        }
        return SQLITE_OK;
    }
    for (int i = 0; i < n; ++i) {
        if (const int rc = sendToken(i, std::min(3, n - i)); rc != SQLITE_OK)
            return rc;
        // Two characters of a script without spaces are often a whole word (退货): they are a token
        // of their own, at the trigram's position so that phrases of trigrams still line up. The
        // last two characters are one already.
        if (i + 2 < n && SearchText::isUnspaced(units[size_t(i)].c)
            && SearchText::isUnspaced(units[size_t(i) + 1].c)) {
            if (const int rc = sendToken(i, 2, FTS5_TOKEN_COLOCATED); rc != SQLITE_OK)
                return rc;
        }
    }
    return SQLITE_OK;
}

void foldFunction(sqlite3_context* context, int, sqlite3_value** arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    const int length = sqlite3_value_bytes(arguments[0]);
    // Called once per row of a scan: no allocation per call.
    thread_local std::string folded;
    thread_local std::vector<Unit> units;
    folded.clear();
    units.clear();
    foldUtf8(text, length, folded, units);
    sqlite3_result_text(context, folded.data(), int(folded.size()), SQLITE_TRANSIENT);
}

fts5_api* fts5Of(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool SearchTokenizer::install(sqlite3* db)
{
    if (!db)
        return false;
    fts5_api* api = fts5Of(db);
    if (!api || api->iVersion < 2)
        return false;
    static fts5_tokenizer tokenizer = {createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, "channeldesk", nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return false;
    return sqlite3_create_function(db, "channeldesk_fold", 1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                   foldFunction, nullptr, nullptr)
        == SQLITE_OK;
}

bool SearchTokenizer::install(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    return install(*static_cast<sqlite3* const*>(handle.constData()));
}

} // namespace ChannelDesk
