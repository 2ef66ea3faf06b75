// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! RFC 6455 framing for the server side of a stream, without I/O: encodes server frames
//! (unmasked) and decodes client frames incrementally, from bytes in whatever pieces they arrive.
//! The decoder enforces what a server must: client frames are masked, control frames are short
//! and unfragmented, fragments follow the rules, and a data message stays under a size cap.

#include <QByteArray>
#include <QList>
#include <QString>

namespace ChannelDesk {

class WebSocketFrames
{
public:
    enum class Opcode : quint8
    {
        Continuation = 0x0,
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xA,
    };

    struct Frame
    {
        Opcode opcode = Opcode::Text;
        bool fin = true;
        QByteArray payload; //!< unmasked
    };

    enum class Problem
    {
        None,
        Unmasked,
        ReservedBits, //!< RSV1-3 set: no extension was negotiated
        BadOpcode,
        ControlTooLong, //!< a control frame over 125 bytes
        ControlFragmented,
        UnexpectedContinuation, //!< a continuation with no message begun
        UnfinishedMessage, //!< a new data frame while a fragmented one is open
        TooLarge, //!< a data message over the cap
    };

    static constexpr qint64 kDefaultMaxMessage = 64 * 1024;

    // Encoding ---------------------------------------------------------------------------------
    static QByteArray encode(Opcode opcode, const QByteArray& payload, bool fin = true);
    static QByteArray text(const QByteArray& utf8) { return encode(Opcode::Text, utf8); }
    //! A close frame with a status code and a reason (cut to fit the 125 byte limit).
    static QByteArray close(quint16 code, const QByteArray& reason);
    static QByteArray ping(const QByteArray& payload = QByteArray()) { return encode(Opcode::Ping, payload); }
    static QByteArray pong(const QByteArray& payload) { return encode(Opcode::Pong, payload); }
    //! The status code of a received close frame's payload; 1005 (none given) when it has none.
    static quint16 closeCode(const QByteArray& payload);

    // Decoding ---------------------------------------------------------------------------------
    explicit WebSocketFrames(qint64 maxMessage = kDefaultMaxMessage);

    //! Adds received bytes and appends every frame now complete to frames. false once the
    //! stream broke the protocol (see problem()); the decoder then takes nothing more.
    bool feed(const QByteArray& bytes, QList<Frame>* frames);
    Problem problem() const { return m_problem; }
    //! The close code to answer problem() with: 1009 for TooLarge, 1002 otherwise.
    quint16 problemCloseCode() const;

private:
    //! Parses one frame from m_buffer at m_offset; false when more bytes are needed or on error.
    bool takeFrame(Frame* frame);
    bool fail(Problem problem);

    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qint64 m_maxMessage;
    qint64 m_messageSize = 0; //!< of the fragmented data message being received
    bool m_inMessage = false;
    Problem m_problem = Problem::None;
};

} // namespace ChannelDesk
