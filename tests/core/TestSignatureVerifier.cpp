// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// X-Hub-Signature-256 as Meta computes it: HMAC-SHA256 of the raw body with the app secret, checked
// against RFC 4231's known answers, and every malformed header refused for its own reason.
#include "webhook/SignatureVerifier.h"

#include <QMessageAuthenticationCode>
#include <QTest>

#include <thread>

using namespace ChannelDesk;
using Outcome = SignatureVerifier::Outcome;

Q_DECLARE_METATYPE(SignatureVerifier::Outcome)

class TestSignatureVerifier : public QObject
{
    Q_OBJECT

private slots:
    void testKnownAnswers_data();
    void testKnownAnswers();
    void testHeaders_data();
    void testHeaders();
    void testKeysTakeTurns();
};

void TestSignatureVerifier::testKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("hex");
    QTest::newRow("RFC 4231 case 2")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("RFC 4231 case 6, key longer than a block")
        << QByteArray(131, char(0xaa)) << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("empty body") << QByteArray("0123456789abcdef0123456789abcdef")
                                << QByteArray()
                                // from `openssl dgst -sha256 -hmac 0123…`, not from the code under test
                                << QByteArray(
                                       "796cd3078af14636753d26b3b5555422ff55a3e261cf847b48e95371b9bd0aa2");
}

void TestSignatureVerifier::testKnownAnswers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, hex);
    QCOMPARE(SignatureVerifier::sign(body, key), "sha256=" + hex);
    QCOMPARE(SignatureVerifier::verify("sha256=" + hex, body, key), Outcome::Valid);
    QCOMPARE(SignatureVerifier::verify("sha256=" + hex.toUpper(), body, key), Outcome::Valid);
}

void TestSignatureVerifier::testHeaders_data()
{
    const QByteArray good = SignatureVerifier::sign("{\"object\":\"whatsapp_business_account\"}", "secret");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("valid") << good << QByteArray("{\"object\":\"whatsapp_business_account\"}")
                           << Outcome::Valid;
    QTest::newRow("body changed by one byte")
        << good << QByteArray("{\"object\":\"whatsapp_business_accounT\"}") << Outcome::Mismatch;
    QTest::newRow("missing") << QByteArray() << QByteArray("{}") << Outcome::Missing;
    QTest::newRow("sha1 prefix") << QByteArray("sha1=" + good.mid(7)) << QByteArray("{}")
                                 << Outcome::Malformed;
    QTest::newRow("one digit short") << good.left(good.size() - 1) << QByteArray("{}") << Outcome::Malformed;
    QTest::newRow("not hex") << QByteArray("sha256=" + QByteArray(64, 'z')) << QByteArray("{}")
                             << Outcome::Mismatch;
}

void TestSignatureVerifier::testHeaders()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(Outcome, outcome);
    QCOMPARE(SignatureVerifier::verify(header, body, "secret"), outcome);
}

// Each thread keeps its HMAC context keyed with the last secret: channels with different secrets
// taking turns, on several threads, must each be signed with their own (Qt's HMAC as reference).
void TestSignatureVerifier::testKeysTakeTurns()
{
    QList<QByteArray> keys;
    keys << QByteArrayLiteral("first-secret-0123456789abcdef") << QByteArray(131, char(0xaa)) << QByteArray()
         << QByteArrayLiteral("first-secret-0123456789abcdeF");
    const QByteArray body = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}";
    const auto reference = [&](const QByteArray& key) {
        QByteArray header = QByteArrayLiteral("sha256=");
        header += QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
        return header;
    };
    const auto signAll = [&] {
        QStringList failures;
        for (int round = 0; round < 3; ++round) {
            for (const QByteArray& key : keys) {
                if (SignatureVerifier::sign(body, key) != reference(key))
                    failures << QStringLiteral("key of %1 bytes, round %2").arg(key.size()).arg(round);
                for (const QByteArray& other : keys) {
                    const Outcome expected = other == key ? Outcome::Valid : Outcome::Mismatch;
                    if (SignatureVerifier::verify(reference(other), body, key) != expected)
                        failures << QStringLiteral("signature of another key, round %1").arg(round);
                }
            }
        }
        return failures;
    };
    QCOMPARE(signAll(), QStringList());
    QStringList elsewhere;
    std::thread other([&] { elsewhere = signAll(); });
    other.join();
    QCOMPARE(elsewhere, QStringList());
}

QTEST_GUILESS_MAIN(TestSignatureVerifier)
#include "TestSignatureVerifier.moc"
