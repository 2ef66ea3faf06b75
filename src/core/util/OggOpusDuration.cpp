// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/OggOpusDuration.h"

#include <QFile>
#include <QtEndian>

#include <array>

namespace ChannelDesk {
namespace {

// RFC 3533 §6: the fixed part of a page header, then page_segments lacing values.
constexpr int headerSize = 27;
constexpr quint8 firstPageFlag = 0x02;
constexpr qint64 noGranule = -1; // a page on which no packet ends
constexpr qint64 opusRate = 48000;
// WhatsApp's audio limit is 16 MB; a file claiming more pages than this is not a voice note.
constexpr int maxPages = 1 << 20;

struct Page
{
    quint8 flags = 0;
    qint64 granule = noGranule;
    quint32 serial = 0;
    qint64 bodySize = 0;
};

//! Reads one page header; false at the end of the data or on anything that is not a whole header.
bool readHeader(QIODevice* device, Page* page)
{
    std::array<uchar, headerSize> h{};
    if (device->read(reinterpret_cast<char*>(h.data()), headerSize) != headerSize)
        return false;
    if (h[0] != 'O' || h[1] != 'g' || h[2] != 'g' || h[3] != 'S' || h[4] != 0)
        return false;
    page->flags = h[5];
    page->granule = qFromLittleEndian<qint64>(h.data() + 6);
    page->serial = qFromLittleEndian<quint32>(h.data() + 14);
    const int segments = h[26];
    const QByteArray lacing = device->read(segments);
    if (lacing.size() != segments)
        return false;
    page->bodySize = 0;
    for (const char value : lacing)
        page->bodySize += quint8(value);
    return true;
}

} // namespace

std::optional<qint64> OggOpusDuration::read(QIODevice* device)
{
    if (!device || !device->isReadable())
        return std::nullopt;
    std::optional<quint32> opusSerial;
    qint64 preSkip = 0;
    qint64 lastGranule = noGranule;
    for (int pages = 0; pages < maxPages; ++pages) {
        if (device->atEnd()) {
            // Every page was whole: the last granule position is the end of the stream.
            if (!opusSerial || lastGranule == noGranule || lastGranule < preSkip)
                return std::nullopt;
            return (lastGranule - preSkip) * 1000 / opusRate;
        }
        Page page;
        if (!readHeader(device, &page))
            return std::nullopt;
        if (!opusSerial) {
            // RFC 7845 §5.1: the first page of the Opus stream holds only OpusHead.
            const QByteArray body = device->read(page.bodySize);
            if (body.size() != page.bodySize)
                return std::nullopt;
            if (!(page.flags & firstPageFlag) || body.size() < 19 || !body.startsWith("OpusHead"))
                continue; // another logical stream multiplexed before it
            opusSerial = page.serial;
            preSkip = qFromLittleEndian<quint16>(reinterpret_cast<const uchar*>(body.constData()) + 10);
            continue;
        }
        // Skipping by reading: the device may be sequential; a body cut short is a truncated file.
        if (device->skip(page.bodySize) != page.bodySize)
            return std::nullopt;
        if (page.serial == *opusSerial && page.granule != noGranule)
            lastGranule = page.granule;
    }
    return std::nullopt;
}

std::optional<qint64> OggOpusDuration::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return read(&file);
}

} // namespace ChannelDesk
