// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! One JSON document parsed by simdjson, to be read through JsonView while this object lives.
//! Parsed with the calling thread's parser: the receiver's threads and the journal reader each
//! keep one, so its buffers are allocated once rather than per delivery. A large document gets a
//! parser of its own, freed with it, so that no thread keeps megabytes for the rest of its life
//! after one big delivery; so does a document parsed while another is alive on the same thread.

#include "util/JsonView.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ChannelDesk {

class ParsedJson
{
public:
    explicit ParsedJson(const QByteArray& json);
    Q_DISABLE_COPY_MOVE(ParsedJson)
    ~ParsedJson();

    bool ok() const { return m_error.isEmpty(); }
    //! What is wrong with the text, e.g. "unterminated object at offset 12"; empty when ok().
    QString error() const { return m_error; }
    //! Undefined unless ok().
    const JsonView& root() const { return m_root; }

private:
    static QString explain(const QByteArray& json, simdjson::error_code error);

    std::unique_ptr<simdjson::dom::parser> m_ownParser;
    JsonView m_root;
    QString m_error;
};

} // namespace ChannelDesk
