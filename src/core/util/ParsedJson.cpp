// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/ParsedJson.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ChannelDesk {

namespace {

constexpr qsizetype kThreadParserBytes = 64 * 1024;

// A second document parsed while the first is still read must not overwrite it.
thread_local bool threadParserInUse = false;

QString explanation(simdjson::error_code error)
{
    switch (error) {
    case simdjson::EMPTY:
        return QStringLiteral("there is nothing but white space");
    case simdjson::UNESCAPED_CHARS:
        return QStringLiteral("a string holds a control character, which JSON wants escaped");
    case simdjson::STRING_ERROR:
        return QStringLiteral("a string has an unknown escape or an unpaired UTF-16 surrogate");
    case simdjson::NUMBER_ERROR:
        return QStringLiteral("a number is malformed or is an integer wider than 64 bits");
    case simdjson::UTF8_ERROR:
        return QStringLiteral("the text is not UTF-8");
    case simdjson::DEPTH_ERROR:
        return QStringLiteral("arrays and objects are nested too deeply");
    default:
        return QString::fromUtf8(simdjson::error_message(error));
    }
}

} // namespace

ParsedJson::ParsedJson(const QByteArray& json)
{
    thread_local simdjson::dom::parser threadParser;
    simdjson::dom::parser* parser = &threadParser;
    if (json.size() > kThreadParserBytes || threadParserInUse) {
        m_ownParser = std::make_unique<simdjson::dom::parser>();
        parser = m_ownParser.get();
    } else {
        threadParserInUse = true;
    }
    simdjson::dom::element root;
    const simdjson::error_code error = parser->parse(json.constData(), size_t(json.size())).get(root);
    if (error == simdjson::SUCCESS)
        m_root = JsonView(root);
    else
        m_error = explain(json, error);
}

ParsedJson::~ParsedJson()
{
    if (!m_ownParser)
        threadParserInUse = false;
}

QString ParsedJson::explain(const QByteArray& json, simdjson::error_code error)
{
    // Only for refused text, so the cost of a second parse does not matter: Qt's parser says where
    // the problem is. simdjson keeps to RFC 8259 where QJsonDocument is lenient (unescaped control
    // characters and unknown escapes in strings, unpaired surrogates, integers wider than 64
    // bits), and for those the explanation has to do without an offset.
    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
    return explanation(error);
}

} // namespace ChannelDesk
