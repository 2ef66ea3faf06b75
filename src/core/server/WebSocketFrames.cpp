// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/WebSocketFrames.h"

#include <QtEndian>

namespace ChannelDesk {
namespace {

bool isControl(quint8 opcode)
{
    return opcode & 0x8;
}

bool isKnown(quint8 opcode)
{
    return opcode <= 0x2 || (opcode >= 0x8 && opcode <= 0xA);
}

} // namespace

QByteArray WebSocketFrames::encode(Opcode opcode, const QByteArray& payload, bool fin)
{
    const qint64 size = payload.size();
    QByteArray out;
    out.reserve(size + 10);
    out.append(char((fin ? 0x80 : 0x00) | quint8(opcode)));
    if (size < 126) {
        out.append(char(size));
    } else if (size <= 0xFFFF) {
        out.append(char(126));
        char length[2];
        qToBigEndian(quint16(size), length);
        out.append(length, 2);
    } else {
        out.append(char(127));
        char length[8];
        qToBigEndian(quint64(size), length);
        out.append(length, 8);
    }
    out.append(payload);
    return out;
}

QByteArray WebSocketFrames::close(quint16 code, const QByteArray& reason)
{
    char codeBytes[2];
    qToBigEndian(code, codeBytes);
    QByteArray payload(codeBytes, 2);
    payload.append(reason.left(123));
    return encode(Opcode::Close, payload);
}

quint16 WebSocketFrames::closeCode(const QByteArray& payload)
{
    if (payload.size() < 2)
        return 1005;
    return qFromBigEndian<quint16>(payload.constData());
}

WebSocketFrames::WebSocketFrames(qint64 maxMessage)
    : m_maxMessage(maxMessage)
{ }

quint16 WebSocketFrames::problemCloseCode() const
{
    return m_problem == Problem::TooLarge ? 1009 : 1002;
}

bool WebSocketFrames::fail(Problem problem)
{
    m_problem = problem;
    m_buffer.clear();
    m_offset = 0;
    return false;
}

bool WebSocketFrames::feed(const QByteArray& bytes, QList<Frame>* frames)
{
    if (m_problem != Problem::None)
        return false;
    m_buffer.append(bytes);
    Frame frame;
    while (takeFrame(&frame))
        frames->append(std::move(frame));
    if (m_problem != Problem::None)
        return false;
    // Drop what was parsed once, not after every frame, so that many small frames cost linear time.
    m_buffer.remove(0, m_offset);
    m_offset = 0;
    return true;
}

bool WebSocketFrames::takeFrame(Frame* frame)
{
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < 2)
        return false;
    const auto* p = reinterpret_cast<const uchar*>(m_buffer.constData() + m_offset);
    const quint8 opcode = p[0] & 0x0F;
    const bool fin = p[0] & 0x80;
    // Validate all that the first two bytes tell before waiting for the rest, so that a bad or
    // oversized frame is refused at once instead of buffered.
    if (p[0] & 0x70)
        return fail(Problem::ReservedBits);
    if (!isKnown(opcode))
        return fail(Problem::BadOpcode);
    if (!(p[1] & 0x80))
        return fail(Problem::Unmasked);
    const quint8 length7 = p[1] & 0x7F;
    if (isControl(opcode)) {
        if (!fin)
            return fail(Problem::ControlFragmented);
        if (length7 > 125)
            return fail(Problem::ControlTooLong);
    } else if (opcode == quint8(Opcode::Continuation)) {
        if (!m_inMessage)
            return fail(Problem::UnexpectedContinuation);
    } else if (m_inMessage) {
        return fail(Problem::UnfinishedMessage);
    }
    qsizetype header = 2;
    quint64 length = length7;
    if (length7 == 126) {
        if (available < 4)
            return false;
        length = qFromBigEndian<quint16>(p + 2);
        header = 4;
    } else if (length7 == 127) {
        if (available < 10)
            return false;
        length = qFromBigEndian<quint64>(p + 2);
        header = 10;
    }
    if (!isControl(opcode)) {
        const quint64 sofar = opcode == quint8(Opcode::Continuation) ? quint64(m_messageSize) : 0;
        if (length > quint64(m_maxMessage) || sofar + length > quint64(m_maxMessage))
            return fail(Problem::TooLarge);
    }
    const qsizetype total = header + 4 + qsizetype(length);
    if (available < total)
        return false;
    const uchar* mask = p + header;
    frame->opcode = Opcode(opcode);
    frame->fin = fin;
    frame->payload = QByteArray(reinterpret_cast<const char*>(p + header + 4), qsizetype(length));
    char* data = frame->payload.data();
    for (qsizetype i = 0; i < qsizetype(length); ++i)
        data[i] = char(data[i] ^ mask[i & 3]);
    m_offset += total;
    if (!isControl(opcode)) {
        m_messageSize
            = opcode == quint8(Opcode::Continuation) ? m_messageSize + qint64(length) : qint64(length);
        m_inMessage = !fin;
        if (fin)
            m_messageSize = 0;
    }
    return true;
}

} // namespace ChannelDesk
