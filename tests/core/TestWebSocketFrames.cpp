// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/WebSocketFrames.h"
#include "server/WebSocketHandshake.h"
#include "TestEnvironment.h"

#include <QTest>

using namespace ChannelDesk;
using Opcode = WebSocketFrames::Opcode;
using Problem = WebSocketFrames::Problem;

class TestWebSocketFrames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void testAcceptKey();
    void testEncodeLengths_data();
    void testEncodeLengths();
    void testEncodeClose();
    void testDecodeByteByByte();
    void testDecodeFragmentedMessage();
    void testRefused_data();
    void testRefused();

private:
    //! A client frame: masked, as RFC 6455 requires.
    static QByteArray clientFrame(quint8 first, const QByteArray& payload, qint64 claimedLength = -1);
};

QByteArray TestWebSocketFrames::clientFrame(quint8 first, const QByteArray& payload, qint64 claimedLength)
{
    const quint64 length = claimedLength < 0 ? quint64(payload.size()) : quint64(claimedLength);
    QByteArray out;
    out.append(char(first));
    if (length < 126) {
        out.append(char(0x80 | length));
    } else if (length <= 0xFFFF) {
        out.append(char(0x80 | 126));
        out.append(char(length >> 8)).append(char(length & 0xFF));
    } else {
        out.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((length >> shift) & 0xFF));
    }
    const char mask[4] = {'\x12', '\x34', '\x56', '\x78'};
    out.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        out.append(char(payload.at(i) ^ mask[i & 3]));
    return out;
}

void TestWebSocketFrames::testAcceptKey()
{
    // The example of RFC 6455 section 1.3.
    QCOMPARE(WebSocketHandshake::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="),
             QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
}

void TestWebSocketFrames::testEncodeLengths_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("empty") << 0 << QByteArray("\x81\x00", 2);
    QTest::newRow("125, 7-bit") << 125 << QByteArray("\x81\x7d");
    QTest::newRow("126, 16-bit") << 126 << QByteArray("\x81\x7e\x00\x7e", 4);
    QTest::newRow("65535, 16-bit") << 65535 << QByteArray("\x81\x7e\xff\xff");
    QTest::newRow("65536, 64-bit") << 65536 << QByteArray("\x81\x7f\x00\x00\x00\x00\x00\x01\x00\x00", 10);
}

void TestWebSocketFrames::testEncodeLengths()
{
    QFETCH(int, size);
    QFETCH(QByteArray, header);
    const QByteArray payload(size, 'x');
    const QByteArray frame = WebSocketFrames::text(payload);
    QCOMPARE(frame.left(header.size()), header);
    QCOMPARE(frame.size(), header.size() + size);
    QCOMPARE(frame.mid(header.size()), payload);
}

void TestWebSocketFrames::testEncodeClose()
{
    QCOMPARE(WebSocketFrames::close(1008, "key revoked"), QByteArray("\x88\x0d\x03\xf0key revoked"));
    QCOMPARE(WebSocketFrames::ping(), QByteArray("\x89\x00", 2));
    QCOMPARE(WebSocketFrames::pong("ab"),
             QByteArray("\x8a\x02"
                        "ab"));
    // A control frame never exceeds 125 bytes, however long the reason.
    QCOMPARE(WebSocketFrames::close(1001, QByteArray(300, 'r')).size(), 2 + 125);
    QCOMPARE(WebSocketFrames::closeCode(QByteArray("\x03\xe9", 2)), quint16(1001));
    QCOMPARE(WebSocketFrames::closeCode(QByteArray()), quint16(1005));
}

void TestWebSocketFrames::testDecodeByteByByte()
{
    const QByteArray big(70000 - 6000, 'b');
    QByteArray stream = clientFrame(0x81, "hello") + clientFrame(0x89, "p") + clientFrame(0x82, big)
        + clientFrame(0x8A, QByteArray()) + clientFrame(0x88, QByteArray("\x03\xe8", 2) + "bye");
    WebSocketFrames decoder;
    QList<WebSocketFrames::Frame> frames;
    for (const char c : std::as_const(stream))
        QVERIFY(decoder.feed(QByteArray(1, c), &frames));
    QCOMPARE(frames.size(), 5);
    QCOMPARE(frames.at(0).opcode, Opcode::Text);
    QCOMPARE(frames.at(0).payload, QByteArray("hello"));
    QCOMPARE(frames.at(1).opcode, Opcode::Ping);
    QCOMPARE(frames.at(1).payload, QByteArray("p"));
    QCOMPARE(frames.at(2).opcode, Opcode::Binary);
    QCOMPARE(frames.at(2).payload, big);
    QCOMPARE(frames.at(3).opcode, Opcode::Pong);
    QCOMPARE(frames.at(4).opcode, Opcode::Close);
    QCOMPARE(WebSocketFrames::closeCode(frames.at(4).payload), quint16(1000));

    // The same stream in one piece gives the same frames.
    WebSocketFrames whole;
    QList<WebSocketFrames::Frame> again;
    QVERIFY(whole.feed(stream, &again));
    QCOMPARE(again.size(), 5);
    QCOMPARE(again.at(2).payload, big);
}

void TestWebSocketFrames::testDecodeFragmentedMessage()
{
    // A text message in three fragments with a ping between them, as RFC 6455 5.4 allows.
    const QByteArray stream = clientFrame(0x01, "he") + clientFrame(0x89, QByteArray())
        + clientFrame(0x00, "ll") + clientFrame(0x80, "o");
    WebSocketFrames decoder;
    QList<WebSocketFrames::Frame> frames;
    QVERIFY(decoder.feed(stream, &frames));
    QCOMPARE(frames.size(), 4);
    QCOMPARE(frames.at(0).fin, false);
    QCOMPARE(frames.at(1).opcode, Opcode::Ping);
    QCOMPARE(frames.at(2).opcode, Opcode::Continuation);
    QCOMPARE(frames.at(3).fin, true);
    QCOMPARE(frames.at(3).payload, QByteArray("o"));
}

void TestWebSocketFrames::testRefused_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("problem");
    QTest::addColumn<int>("closeCode");
    QByteArray unmasked("\x81\x02hi", 4);
    QTest::newRow("unmasked") << unmasked << int(Problem::Unmasked) << 1002;
    QTest::newRow("bad opcode 3") << clientFrame(0x83, "x") << int(Problem::BadOpcode) << 1002;
    QTest::newRow("bad opcode 0xB") << clientFrame(0x8B, "x") << int(Problem::BadOpcode) << 1002;
    QTest::newRow("reserved bit") << clientFrame(0xC1, "x") << int(Problem::ReservedBits) << 1002;
    QTest::newRow("long ping") << clientFrame(0x89, QByteArray(126, 'p')) << int(Problem::ControlTooLong)
                               << 1002;
    QTest::newRow("fragmented ping") << clientFrame(0x09, "p") << int(Problem::ControlFragmented) << 1002;
    QTest::newRow("stray continuation")
        << clientFrame(0x80, "x") << int(Problem::UnexpectedContinuation) << 1002;
    QTest::newRow("data inside a message")
        << clientFrame(0x01, "a") + clientFrame(0x81, "b") << int(Problem::UnfinishedMessage) << 1002;
    // Refused from the header alone: no payload is sent at all.
    QTest::newRow("oversize frame") << clientFrame(0x82, QByteArray(), 64 * 1024 + 1).left(14)
                                    << int(Problem::TooLarge) << 1009;
    QTest::newRow("64-bit length") << clientFrame(0x82, QByteArray(), qint64(1) << 40).left(14)
                                   << int(Problem::TooLarge) << 1009;
    QTest::newRow("oversize in fragments")
        << clientFrame(0x01, QByteArray(40000, 'a')) + clientFrame(0x80, QByteArray(30000, 'b'))
        << int(Problem::TooLarge) << 1009;
}

void TestWebSocketFrames::testRefused()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, problem);
    QFETCH(int, closeCode);
    WebSocketFrames decoder;
    QList<WebSocketFrames::Frame> frames;
    bool ok = true;
    for (qsizetype i = 0; i < stream.size() && ok; ++i)
        ok = decoder.feed(stream.mid(i, 1), &frames);
    QVERIFY(!ok);
    QCOMPARE(int(decoder.problem()), problem);
    QCOMPARE(int(decoder.problemCloseCode()), closeCode);
    // Once broken, it takes nothing more.
    QVERIFY(!decoder.feed(clientFrame(0x81, "x"), &frames));
}

QTEST_GUILESS_MAIN(TestWebSocketFrames)
#include "TestWebSocketFrames.moc"
