// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wecom/WeComCrypto.h"

#include "WeComCallbackSigner.h"
#include "wecom/WeComCallbackParser.h"

#include <QTest>
#include <QUrl>
#include <QtEndian>

#include <openssl/evp.h>

using namespace ChannelDesk;

namespace {

// The three key sets of docs/…/wecom.md §9, each verified there with python3 and the openssl CLI.
struct KeySet
{
    const char* token;
    const char* encodingAesKey;
    const char* corpId;
};

// Tencent's sample (C++, C#, Java, Go SDKs).
const KeySet kQdg = {"QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "wx5823bf96d3bd56c7"};
// Tencent-staff python SDK.
const KeySet kHjq = {"hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo", "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt",
                     "ww1436e0e65a779aee"};
// wechatpy's tests.
const KeySet kWechatpy = {"123456", "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR", "wx49f0ab532d5d035a"};

QByteArray keyOf(const KeySet& set)
{
    return WeComCrypto::aesKey(QLatin1String(set.encodingAesKey));
}

const char kV1Encrypt[]
    = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";
const char kV2Encrypt[]
    = "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUp"
      "j911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue"
      "06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+"
      "3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH"
      "27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8"
      "R07+qN+E7Q==";
const char kV5Encrypt[]
    = "CZWs4CWRpI4VolQlvn4dlEC1alN2MUEY2VklGehgBVLBrlVF7SyT+SV+Toj43l4ayJ9UMGKphktKKmP7B2j/P1ey67XB"
      "8PBgS7Wr5/8+w/yWriZv3Vmoo/MH3/1HsIWZrPQ3N2mJrelStIfI2Y8kLKXA7EhfZgZX4o+ffdkZDM76SEl79Ib9mw7T"
      "GjZ9Aw/x/A2VjNbV1E8BtEbRxYYcQippYNw7hr8sFfa3nW1xLdxokt8QkRX83vK3DFP2F6TQFPL2Tu98UwhcUpPvdJBu"
      "u1/yiOQIScppV3eOuLWEsko=";
const char kV3Encrypt[]
    = "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==";
const char kV4Encrypt[]
    = "Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGz"
      "BhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3J"
      "WcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQH"
      "E7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYu"
      "PDGOCI8jmnKiypE+";
const char kV6Encrypt[]
    = "cjhLUX7UU4yCSelv1vz7T0zT8huF51bAMVWriNvO1FMegHrQZNrtvRxbwf0fUPsFvwqR0U0fgiJNEA5Y30F2MoI2S7vv"
      "3EjVQ68C0cjw9frBoUE2Hj0BvFp9h3u6Vbsg4lc1C8AtHdaN8orKuNKkLRLuYEL52R1J3v8olJGZRLnRdVKIivixmX/e"
      "QpzgeExtp20jI1HxRP1AAZ6xZoILdqDPO549LO4WeG+685JRUTdiwcY5fjZlqeMxuT4PpMn1X9OWsS7NRj06Wa5E3Tvg"
      "4twjWp39KPfOdRte6P1T4JU=";
const char kW1Encrypt[]
    = "4ByGGj+sVCYcvGeQYhaKIk1o0pQRNbRjxybjTGblXrBaXlTXeOo1+bXFXDQQb1o6co6Yh9Bv41n7hOchLF6p+Q==";
const char kW2Encrypt[]
    = "RgqEoJj5A4EMYlLvWO1F86ioRjZfaex/gePD0gOXTxpsq5Yj4GNglrBb8I2BAJVODGajiFnXBu7mCPatfjsu6IHCrsTy"
      "eDXzF6Bv283dGymzxh6ydJRvZsryDyZbLTE7rhnus50qGPMfp2wASFlzEgMW9z1ef/RD8XzaFYgm7iTdaXpXaG4+BiYy"
      "olBug/gYNx410cvkKR2/nPwBiT+P4hIiOAQqGp/TywZBtDh1yCF2KOd0gpiMZ5jSw3e29mTvmUHzkVQiMS6td7vXUaWO"
      "MZnYZlF3So2SjHnwh4jYFxdgpkHHqIrH/54SNdshoQgWYEvccTKe7FS709/5t6NMxuGhcUGAPOQipvWTT4dShyqio7ml"
      "sl5noTrb++x6En749zCpQVhDpbV6GDnTbcX2e8K9QaNWHp91eBdCRxthuL0=";
const char kW3Encrypt[]
    = "9s4gMv99m88kKTh/H8IdkOiMg6bisoy3ypwy9H4hvSPe9nsGaqyw5hhSjdYbcrKk+j3nba4HMOTzHrluLBYqxgNcBqGs"
      "L8GqxlhZgURnAtObvesEl5nZ+uBE8bviY0LWke8Zy9V/QYKxNV2FqllNXcfmstttyIkMKCCmVbCFM2JTF5wY0nFhHZSj"
      "PUL2Q1qvSUCUld+/WIXrx0oyKQmpB6o8NRrrNrsDf03oxI1p9FxUgMnwKKZeOA/uu+2IEvEBtb7muXsVbwbgX05UPPJv"
      "FurDXafG0RQyPR+mf1nDnAtQmmNOuiR5MIkdQ39xn1vWwi1O5oazPoQJz0nTYjxxEE8kv3kFxtAGVRe3ypD3WeK2XeFY"
      "FMNMpatF9XiKzHo3";
const char kS1Encrypt[]
    = "ZA4HuQypHxnRrA+A6SOHGI3nNAv6+Z6nS1d6HDerPrjSMx0nzuQMXgB0xtc1AKDrJcVbZxGbLpFeHc7GJSIGu9xPjyai"
      "00HIF7KqYx7A/caYFaL1F1lp5V7kfVlD8xPHFxXyD1J7Mv5ueLlW5cIEYefJZUVSgNKwzJ3Dcm4qft0bxc6kOSz1q7fI"
      "rF5VA6YIcaTqSZ3eOxP2+e9FPdrb8UHQXEf/IiEjOGpWkBQcn513yiDtSiYfxAy/auRtjykaxLDNmoksUiv4ovXIicUn"
      "vmYoR57vPixh2xctoNFJtQO5DXr7wBjpHTgha0Hha6CFx84Z4oO6FvkOgyyPW5bCy0LdrG04b5YcjEQMiL4Qt7c8/P/M"
      "7WVvM9D0Y/NFl88w+0a0ZFTs/luJotJ+hYLszB5hCo5epqYDgKcaOJnw6sSXxpyJcfuv7tzdNa7ffH45DDCshd78iTFq"
      "B+sGCxQapg==";
const char kS2Encrypt[]
    = "sKqRbbiSUnDhFHOvPjtUMSs1k8K1CdhVATTBQNj5RGfr2SSogQPwiaREvDG6j+anDDTQGRPc5XVafaRf07vjdJWo03DV"
      "9aa/cArn/HDtV476heTTKpJSMh7JMO1cnA3V";
const char kV2Plain[] = "<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>\n<FromUserName><![CD"
                        "ATA[mycreate]]></FromUserName>\n<CreateTime>1409659813</CreateTime>\n<MsgType><![C"
                        "DATA[text]]></MsgType>\n<Content><![CDATA[hello]]></Content>\n<MsgId>4561255354251"
                        "345929</MsgId>\n<AgentID>218</AgentID>\n</xml>";
const char kW2Plain[] = "<xml><ToUserName><![CDATA[wx49f0ab532d5d035a]]></ToUserName>\n<FromUserName><![CD"
                        "ATA[messense]]></FromUserName>\n<CreateTime>1411525903</CreateTime>\n<MsgType><![C"
                        "DATA[text]]></MsgType>\n<Content><![CDATA[test]]></Content>\n<MsgId>43636899638967"
                        "00987</MsgId>\n<AgentID>1</AgentID>\n</xml>";
const char kW3Plain[] = "<xml>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[test]]></Content>\n<F"
                        "romUserName><![CDATA[wx49f0ab532d5d035a]]></FromUserName>\n<ToUserName><![CDATA[m"
                        "essense]]></ToUserName>\n<AgentID>1</AgentID>\n<CreateTime>1411525903</CreateTime>"
                        "\n</xml>";
const char kS1Plain[] = "<xml><ToUserName><![CDATA[mycreate]]></ToUserName><FromUserName><![CDATA[wx5823b"
                        "f96d3bd56c7]]></FromUserName><CreateTime>1348831860</CreateTime><MsgType><![CDAT"
                        "A[text]]></MsgType><Content><![CDATA[this is a test]]></Content><MsgId>123456789"
                        "0123456</MsgId><AgentID>128</AgentID></xml>";
const char kV5Plain[]
    = "{\"ToUserName\":\"wx5823bf96d3bd56c7\",\"FromUserName\":\"mycreate\",\"CreateTime\": 14096"
      "59813,\"MsgType\":\"text\",\"Content\":\"hello\",\"MsgId\":4561255354251345929,\"AgentID\": "
      "218}";
const char kV6Plain[]
    = "{ \"ToUserName\": \"wx5823bf96d3bd56c7\", \"FromUserName\": :mycreate\", \"CreateTime\": "
      "1409659813, \"MsgType\": \"text\", \"Content\": \"hello\", \"MsgId\": 4561255354251345929,"
      " \"AgentID\": 218}";

// V4 has the one non-ASCII message: msg_len counts the 6 UTF-8 bytes of 你好, not 2 characters.
const char kV4Plain[]
    = "<xml><ToUserName>ww1436e0e65a779aee</ToUserName><FromUserName>ChenJiaShun</FromUserName>"
      "<CreateTime>1476422779</CreateTime><MsgType>text</MsgType><Content>你好</Content>"
      "<MsgId>1456453720</MsgId><AgentID>1000002</AgentID></xml>";

//! AES-256-CBC without any padding, for plaintexts the real encrypt() would never produce.
QByteArray sealRaw(const QByteArray& key, const QByteArray& plain)
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    QByteArray out(plain.size() + 16, '\0');
    int length = 0;
    int finalLength = 0;
    const auto* k = reinterpret_cast<const unsigned char*>(key.constData());
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    const bool ok = EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, k, k) == 1
        && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1
        && EVP_EncryptUpdate(ctx, o, &length, reinterpret_cast<const unsigned char*>(plain.constData()),
                             int(plain.size()))
            == 1
        && EVP_EncryptFinal_ex(ctx, o + length, &finalLength) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return {};
    out.resize(length + finalLength);
    return out.toBase64();
}

//! random(16) ‖ BE length ‖ message ‖ receive id, without padding.
QByteArray layout(quint32 length, const QByteArray& message, const QByteArray& receiveId)
{
    char be[4];
    qToBigEndian(length, be);
    return QByteArray(16, 'r') + QByteArray(be, 4) + message + receiveId;
}

} // namespace

class TestWeComCrypto : public QObject
{
    Q_OBJECT

private slots:
    void testAesKey_data();
    void testAesKey();
    void testSignature_data();
    void testSignature();
    void testDecrypt_data();
    void testDecrypt();
    void testEncryptIsDeterministicWithPinnedRandom_data();
    void testEncryptIsDeterministicWithPinnedRandom();
    void testRoundTrip_data();
    void testRoundTrip();
    void testSignatureNegatives();
    void testWrongReceiveIdStillDecrypts();
    void testDecryptFailures_data();
    void testDecryptFailures();
    void testEncryptRefusesBadInput();
    void testDescribe();
    void testSignerPostRoundTrip();
    void testSignerGetRoundTrip();
};

void TestWeComCrypto::testAesKey_data()
{
    QTest::addColumn<QString>("encodingAesKey");
    QTest::addColumn<QByteArray>("hex");
    // The last character's two spare bits are set (C = 000010): a strict decoder would refuse the
    // key every Tencent sample uses.
    QTest::newRow("QDG6eK, non-zero spare bits")
        << QString::fromLatin1(kQdg.encodingAesKey)
        << QByteArray("8d69989bbaabe67328014c194631ad0719b3dca035b64023df292447aab60760");
    QTest::newRow("hJqcu3") << QString::fromLatin1(kHjq.encodingAesKey)
                            << QByteArray("eaa91d32babaf274ca76ece72583b5037ed6da8120a64314be4b6d453a2a854b");
    QTest::newRow("42 characters") << QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2")
                                   << QByteArray();
    QTest::newRow("44 characters") << QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2CA")
                                   << QByteArray();
    QTest::newRow("not Base64") << QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2!")
                                << QByteArray();
    QTest::newRow("non-Latin-1") << QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2\u4f60")
                                 << QByteArray();
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestWeComCrypto::testAesKey()
{
    QFETCH(QString, encodingAesKey);
    QFETCH(QByteArray, hex);
    QCOMPARE(WeComCrypto::aesKey(encodingAesKey).toHex(), hex);
}

void TestWeComCrypto::testSignature_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("encrypted");
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char* name, const KeySet& set, const char* timestamp, const char* nonce,
                        const char* encrypted, const char* expected) {
        QTest::newRow(name) << QByteArray(set.token) << QByteArray(timestamp) << QByteArray(nonce)
                            << QByteArray(encrypted) << QByteArray(expected);
    };
    row("V1", kQdg, "1409659589", "263014780", kV1Encrypt, "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3");
    row("V2", kQdg, "1409659813", "1372623149", kV2Encrypt, "477715d11cdb4164915debcba66cb864d751f3e6");
    row("V3", kHjq, "1476416373", "47744683", kV3Encrypt, "012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb");
    row("V4", kHjq, "1476422779", "1597212914", kV4Encrypt, "0c3914025cb4b4d68103f6bfc8db550f79dcf48e");
    row("V5", kQdg, "1409659813", "1372623149", kV5Encrypt, "0623cbc5a8cbee5bcc137c70de99575366fc2af3");
    row("V6", kHjq, "1409659813", "1372623149", kV6Encrypt, "e3647471e395139e2308c1fa963f2d648a00b90e");
    row("W1", kWechatpy, "1411443780", "437374425", kW1Encrypt, "dd6b9c95b495b3f7e2901bfbc76c664930ffdb96");
    row("W2", kWechatpy, "1411525903", "461056294", kW2Encrypt, "74d92dfeb87ba7c714f89d98870ae5eb62dff26d");
    row("W3", kWechatpy, "1411525903", "461056294", kW3Encrypt, "407518b7649e86ef23978113f92d27afa9296533");
    row("S1", kQdg, "1409659813", "1372623149", kS1Encrypt, "6fc162fb76ff519ac15c8cc905bcc423bee9e306");
}

void TestWeComCrypto::testSignature()
{
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, timestamp);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, encrypted);
    QFETCH(QByteArray, expected);
    QCOMPARE(WeComCrypto::signature(token, timestamp, nonce, encrypted), expected);
    // The order of the arguments does not matter: the values are sorted.
    QCOMPARE(WeComCrypto::signature(encrypted, nonce, timestamp, token), expected);
    QVERIFY(WeComCrypto::verify(expected, token, timestamp, nonce, encrypted));
}

void TestWeComCrypto::testDecrypt_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("encrypted");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("receiveId");
    const auto row
        = [](const char* name, const KeySet& set, const char* encrypted, const QByteArray& message) {
              QTest::newRow(name) << keyOf(set) << QByteArray(encrypted) << message << QByteArray(set.corpId);
          };
    row("V1 echostr, pad 7", kQdg, kV1Encrypt, "1616140317555161061");
    row("V2 text, pad 30", kQdg, kV2Encrypt, kV2Plain);
    row("V3 echostr", kHjq, kV3Encrypt, "1288432023552776189");
    row("V4 UTF-8 content, pad 22", kHjq, kV4Encrypt, kV4Plain);
    row("V5 JSON mode", kQdg, kV5Encrypt, kV5Plain);
    row("V6 JSON mode, malformed JSON", kHjq, kV6Encrypt, kV6Plain);
    row("W1 echostr", kWechatpy, kW1Encrypt, "5927782489442352469");
    row("W2 text, pad 1", kWechatpy, kW2Encrypt, kW2Plain);
    row("W3 text, pad 3", kWechatpy, kW3Encrypt, kW3Plain);
    row("S1 passive reply, pad 31", kQdg, kS1Encrypt, kS1Plain);
    row("S2 full 32-byte pad block", kQdg, kS2Encrypt, QByteArray(26, 'x'));
}

void TestWeComCrypto::testDecrypt()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, encrypted);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, receiveId);
    const WeComCrypto::Opened opened = WeComCrypto::decrypt(key, encrypted);
    QCOMPARE(opened.failure, WeComCrypto::Failure::None);
    QVERIFY(opened.ok());
    QCOMPARE(opened.message, message);
    QCOMPARE(opened.receiveId, receiveId);
}

void TestWeComCrypto::testEncryptIsDeterministicWithPinnedRandom_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QByteArray>("receiveId");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("random16");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("encrypted");
    QTest::addColumn<QByteArray>("msgSignature");
    QTest::newRow("W3 (wechatpy's known answer)")
        << keyOf(kWechatpy) << QByteArray(kWechatpy.token) << QByteArray(kWechatpy.corpId)
        << QByteArray(kW3Plain) << QByteArray("1234567890123456") << QByteArray("1411525903")
        << QByteArray("461056294") << QByteArray(kW3Encrypt)
        << QByteArray("407518b7649e86ef23978113f92d27afa9296533");
    QTest::newRow("S1 passive reply")
        << keyOf(kQdg) << QByteArray(kQdg.token) << QByteArray(kQdg.corpId) << QByteArray(kS1Plain)
        << QByteArray("aaaabbbbccccdddd") << QByteArray("1409659813") << QByteArray("1372623149")
        << QByteArray(kS1Encrypt) << QByteArray("6fc162fb76ff519ac15c8cc905bcc423bee9e306");
    // 16 + 4 + 26 + 18 = 64 bytes: the padding is a whole extra block of 32 × 0x20.
    QTest::newRow("S2 full pad block")
        << keyOf(kQdg) << QByteArray(kQdg.token) << QByteArray(kQdg.corpId) << QByteArray(26, 'x')
        << QByteArray("0123456789abcdef") << QByteArray() << QByteArray() << QByteArray(kS2Encrypt)
        << QByteArray();
}

void TestWeComCrypto::testEncryptIsDeterministicWithPinnedRandom()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, token);
    QFETCH(QByteArray, receiveId);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, random16);
    QFETCH(QByteArray, timestamp);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, encrypted);
    QFETCH(QByteArray, msgSignature);
    const QByteArray actual = WeComCrypto::encrypt(key, message, receiveId, random16);
    QCOMPARE(actual, encrypted);
    if (!msgSignature.isEmpty())
        QCOMPARE(WeComCrypto::signature(token, timestamp, nonce, actual), msgSignature);
}

void TestWeComCrypto::testRoundTrip_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("receiveId");
    QTest::newRow("empty message") << QByteArray() << QByteArray(kQdg.corpId);
    QTest::newRow("empty receive id (AI bot)") << QByteArray("hello") << QByteArray();
    QTest::newRow("UTF-8") << QByteArray("<xml><Content>你好, 世界 😀</Content></xml>")
                           << QByteArray(kQdg.corpId);
    QTest::newRow("binary") << QByteArray("\0\x01\xff\x20\x20", 5) << QByteArray(kQdg.corpId);
    QTest::newRow("200 KiB") << QByteArray(200 * 1024, 'a') << QByteArray(kQdg.corpId);
    for (int size = 0; size < 34; ++size) // every pad value 1…32, including the full block
        QTest::addRow("%d bytes", size) << QByteArray(size, 'm') << QByteArray("c");
}

void TestWeComCrypto::testRoundTrip()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, receiveId);
    const QByteArray key = keyOf(kQdg);
    const QByteArray first = WeComCrypto::encrypt(key, message, receiveId);
    const QByteArray second = WeComCrypto::encrypt(key, message, receiveId);
    QVERIFY(!first.isEmpty());
    // The random 16 bytes come from RAND_bytes, so the same message never encrypts the same way.
    QVERIFY(first != second);
    for (const QByteArray& encrypted : {first, second}) {
        const WeComCrypto::Opened opened = WeComCrypto::decrypt(key, encrypted);
        QVERIFY(opened.ok());
        QCOMPARE(opened.message, message);
        QCOMPARE(opened.receiveId, receiveId);
        QCOMPARE(QByteArray::fromBase64(encrypted).size() % 32, 0);
    }
}

void TestWeComCrypto::testSignatureNegatives()
{
    const QByteArray token = kQdg.token;
    const QByteArray good = "477715d11cdb4164915debcba66cb864d751f3e6";
    QVERIFY(WeComCrypto::verify(good, token, "1409659813", "1372623149", kV2Encrypt));
    QByteArray flipped = good;
    flipped[7] = flipped.at(7) == '1' ? '2' : '1';
    QVERIFY(!WeComCrypto::verify(flipped, token, "1409659813", "1372623149", kV2Encrypt));
    QVERIFY(!WeComCrypto::verify(good.toUpper(), token, "1409659813", "1372623149", kV2Encrypt));
    QVERIFY(!WeComCrypto::verify(good.left(39), token, "1409659813", "1372623149", kV2Encrypt));
    QVERIFY(!WeComCrypto::verify(good + '0', token, "1409659813", "1372623149", kV2Encrypt));
    QVERIFY(!WeComCrypto::verify(QByteArray(), token, "1409659813", "1372623149", kV2Encrypt));
    QVERIFY(!WeComCrypto::verify(good, "QDG6eL", "1409659813", "1372623149", kV2Encrypt));
    // wechatpy's own negative: W1 with the nonce off by one.
    QVERIFY(!WeComCrypto::verify("dd6b9c95b495b3f7e2901bfbc76c664930ffdb96", kWechatpy.token, "1411443780",
                                 "437374424", kW1Encrypt));
}

void TestWeComCrypto::testWrongReceiveIdStillDecrypts()
{
    // The receive id is not authenticated by the cipher: checking it against the configured CorpID
    // is the caller's job (the SDK's -40005), so decrypt() must hand it over as it was.
    const WeComCrypto::Opened opened = WeComCrypto::decrypt(keyOf(kQdg), kV2Encrypt);
    QVERIFY(opened.ok());
    QVERIFY(opened.receiveId != QByteArray("ww_other"));
    QCOMPARE(opened.receiveId, QByteArray(kQdg.corpId));
}

void TestWeComCrypto::testDecryptFailures_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("encrypted");
    QTest::addColumn<WeComCrypto::Failure>("failure");
    const QByteArray key = keyOf(kQdg);
    const QByteArray v2 = QByteArray::fromBase64(kV2Encrypt);

    QTest::newRow("16-byte key") << key.left(16) << QByteArray(kV2Encrypt) << WeComCrypto::Failure::BadKey;
    QTest::newRow("no key") << QByteArray() << QByteArray(kV2Encrypt) << WeComCrypto::Failure::BadKey;
    QTest::newRow("not Base64") << key << QByteArray("RypEvHKD8QQK*hvQ") << WeComCrypto::Failure::BadBase64;
    QTest::newRow("URL-safe alphabet") << key << QByteArray(kV2Encrypt).replace('+', '-').replace('/', '_')
                                       << WeComCrypto::Failure::BadBase64;
    QTest::newRow("empty") << key << QByteArray() << WeComCrypto::Failure::BadCiphertext;
    QTest::newRow("truncated to 1 byte short of a block")
        << key << v2.left(v2.size() - 1).toBase64() << WeComCrypto::Failure::BadCiphertext;
    QTest::newRow("truncated to 5 bytes")
        << key << v2.left(5).toBase64() << WeComCrypto::Failure::BadCiphertext;
    // A wrong key (another corp's) decrypts to noise, whose last byte is almost never valid padding.
    QTest::newRow("another corp's key")
        << keyOf(kHjq) << QByteArray(kV2Encrypt) << WeComCrypto::Failure::BadPadding;
    QTest::newRow("V6 under QDG6eK") << key << QByteArray(kV6Encrypt) << WeComCrypto::Failure::BadPadding;

    // Plaintexts encrypt() never produces, encrypted with raw AES here.
    const QByteArray body = layout(5, "hello", kQdg.corpId); // 43 bytes
    // QByteArray, not auto: a QStringBuilder would outlive the temporary it refers to.
    const auto padded
        = [&body](int count, char value) -> QByteArray { return body + QByteArray(count, value); };
    QTest::newRow("pad byte 0") << key << sealRaw(key, padded(21, '\0')) << WeComCrypto::Failure::BadPadding;
    QTest::newRow("pad byte 33") << key << sealRaw(key, body + QByteArray(20, 'p') + QByteArray(33, '\x21'))
                                 << WeComCrypto::Failure::BadPadding;
    QTest::newRow("control: 21 × 0x15")
        << key << sealRaw(key, padded(21, '\x15')) << WeComCrypto::Failure::None;
    QByteArray uneven = padded(21, '\x15');
    uneven[uneven.size() - 10] = '\x14';
    QTest::newRow("one pad byte differs") << key << sealRaw(key, uneven) << WeComCrypto::Failure::BadPadding;
    QTest::newRow("pad 32, block not all 0x20")
        << key << sealRaw(key, QByteArray(31, 'x') + '\x20') << WeComCrypto::Failure::BadPadding;
    QTest::newRow("pad longer than the text")
        << key << sealRaw(key, QByteArray(15, 'x') + '\x20') << WeComCrypto::Failure::BadPadding;
    QTest::newRow("msg_len past the end")
        << key << sealRaw(key, layout(1000, "hello", kQdg.corpId) + QByteArray(21, '\x15'))
        << WeComCrypto::Failure::BadLength;
    QTest::newRow("msg_len 0xffffffff")
        << key << sealRaw(key, layout(0xffffffffu, "hello", kQdg.corpId) + QByteArray(21, '\x15'))
        << WeComCrypto::Failure::BadLength;
    QTest::newRow("shorter than random and length")
        << key << sealRaw(key, QByteArray(19, 'r') + QByteArray(13, '\x0d'))
        << WeComCrypto::Failure::BadLength;
    QTest::newRow("only padding") << key << sealRaw(key, QByteArray(32, '\x20'))
                                  << WeComCrypto::Failure::BadLength;
}

void TestWeComCrypto::testDecryptFailures()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, encrypted);
    QFETCH(WeComCrypto::Failure, failure);
    const WeComCrypto::Opened opened = WeComCrypto::decrypt(key, encrypted);
    QCOMPARE(opened.failure, failure);
    QCOMPARE(opened.ok(), failure == WeComCrypto::Failure::None);
    if (!opened.ok()) {
        QVERIFY(opened.message.isEmpty());
        QVERIFY(opened.receiveId.isEmpty());
    }
}

void TestWeComCrypto::testEncryptRefusesBadInput()
{
    const QByteArray key = keyOf(kQdg);
    QVERIFY(WeComCrypto::encrypt(key.left(31), "hello", kQdg.corpId).isEmpty());
    QVERIFY(WeComCrypto::encrypt(QByteArray(), "hello", kQdg.corpId).isEmpty());
    QVERIFY(WeComCrypto::encrypt(key, "hello", kQdg.corpId, "too short").isEmpty());
    QVERIFY(WeComCrypto::encrypt(key, "hello", kQdg.corpId, QByteArray(17, 'r')).isEmpty());
    QVERIFY(!WeComCrypto::encrypt(key, "hello", kQdg.corpId, QByteArray(16, 'r')).isEmpty());
}

void TestWeComCrypto::testDescribe()
{
    using F = WeComCrypto::Failure;
    QStringList seen;
    for (const F failure :
         {F::None, F::BadKey, F::BadBase64, F::BadCiphertext, F::BadPadding, F::BadLength}) {
        const QString words = WeComCrypto::describe(failure);
        QVERIFY(!words.isEmpty());
        QVERIFY2(!seen.contains(words), qPrintable(words));
        seen << words;
    }
}

void TestWeComCrypto::testSignerPostRoundTrip()
{
    WeComCallbackSigner signer(kHjq.token, QLatin1String(kHjq.encodingAesKey), kHjq.corpId);
    const QByteArray inner = WeComCallbackSigner::textXml(kHjq.corpId, "ChenJiaShun", 1476422779, "你好",
                                                          "1456453720", "1000002");
    const WeComCallbackSigner::Signed post = signer.post(inner, 1476422779, "1597212914");

    // Through a URL, as a server sees it: the Base64 stays intact ('+' is not a space).
    const QUrlQuery query(
        QUrl(QStringLiteral("http://127.0.0.1/wecom/callback?") + post.query.toString(QUrl::FullyEncoded)));
    const auto item = [&query](const char* name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).toLatin1();
    };
    const Result<WeComEnvelope> envelope = WeComCallbackParser::parseEnvelope(post.body);
    QVERIFY2(envelope.ok(), qPrintable(envelope.error().message));
    QCOMPARE(envelope.value().encrypt, post.encrypt);
    QCOMPARE(envelope.value().toUserName, QLatin1String(kHjq.corpId));
    QCOMPARE(envelope.value().agentId, QStringLiteral("1000002"));
    QCOMPARE(item("timestamp"), QByteArray("1476422779"));
    QCOMPARE(item("nonce"), QByteArray("1597212914"));
    QVERIFY(WeComCrypto::verify(item("msg_signature"), kHjq.token, item("timestamp"), item("nonce"),
                                envelope.value().encrypt));

    const WeComCrypto::Opened opened = WeComCrypto::decrypt(signer.key(), envelope.value().encrypt);
    QVERIFY(opened.ok());
    QCOMPARE(opened.receiveId, QByteArray(kHjq.corpId));
    QCOMPARE(opened.message, inner);
    const Result<WeComMessage> message = WeComCallbackParser::parseMessage(opened.message);
    QVERIFY2(message.ok(), qPrintable(message.error().message));
    QCOMPARE(message.value().content, QStringLiteral("你好"));
    QCOMPARE(message.value().msgId, QStringLiteral("1456453720"));
    // Text that would end a CDATA section early still comes through whole.
    const Result<WeComMessage> tricky = WeComCallbackParser::parseMessage(
        WeComCallbackSigner::textXml(kHjq.corpId, "u", 1, "a]]>b<![CDATA[c", "1"));
    QVERIFY(tricky.ok());
    QCOMPARE(tricky.value().content, QStringLiteral("a]]>b<![CDATA[c"));

    // Pinned random bytes give WeCom's own ciphertext: the signer is byte-exact, not just self-consistent.
    signer.setRandom16("694ce5a83ae07fe3");
    const WeComCallbackSigner::Signed v4 = signer.post(kV4Plain, 1476422779, "1597212914");
    QCOMPARE(v4.encrypt, QByteArray(kV4Encrypt));
    QCOMPARE(v4.query.queryItemValue(QStringLiteral("msg_signature")),
             QStringLiteral("0c3914025cb4b4d68103f6bfc8db550f79dcf48e"));
}

void TestWeComCrypto::testSignerGetRoundTrip()
{
    WeComCallbackSigner signer(kQdg.token, QLatin1String(kQdg.encodingAesKey), kQdg.corpId);
    signer.setRandom16("c41b64491c2468d0");
    const WeComCallbackSigner::Signed get = signer.get("1616140317555161061", 1409659589, "263014780");
    QVERIFY(get.body.isEmpty());
    // V1 exactly, including WeCom's percent-encoding of '+', '/' and '=' in the URL (spec §5).
    QCOMPARE(
        get.query.toString(QUrl::FullyEncoded),
        QStringLiteral("msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3&timestamp=1409659589"
                       "&nonce=263014780&echostr=P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3"
                       "zNdtp%2B4RPcs8TgAE7OaBO%2BFZXvnaqQ%3D%3D"));
    const QByteArray echostr
        = get.query.queryItemValue(QStringLiteral("echostr"), QUrl::FullyDecoded).toLatin1();
    QCOMPARE(echostr, QByteArray(kV1Encrypt));
    const WeComCrypto::Opened opened = WeComCrypto::decrypt(signer.key(), echostr);
    QCOMPARE(opened.message, QByteArray("1616140317555161061"));
}

QTEST_GUILESS_MAIN(TestWeComCrypto)
#include "TestWeComCrypto.moc"
