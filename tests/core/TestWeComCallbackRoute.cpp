// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeComCallbackSigner.h"
#include "wecom/WeComCrypto.h"
#include "webhook/WeComCallbackRoute.h"

#include <QTest>

using namespace ChannelDesk;

namespace {

// Two corps' apps, as a shared /wecom/callback serves them.
const QString keyA = QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");
const QString keyB = QStringLiteral("6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt");
constexpr qint64 now = 1'800'000'000;

ReceiverChannel app(const QString& id, const QByteArray& corp, const QByteArray& token, const QString& key,
                    bool enabled = true)
{
    ReceiverChannel channel;
    channel.channelId = id;
    channel.enabled = enabled;
    channel.weCom = true;
    channel.corpId = corp;
    channel.token = token;
    channel.aesKey = WeComCrypto::aesKey(key);
    return channel;
}

WeComCallbackRoute::Query queryOf(const WeComCallbackSigner::Signed& s)
{
    return {s.query.queryItemValue(QStringLiteral("msg_signature")).toLatin1(),
            s.query.queryItemValue(QStringLiteral("timestamp")).toLatin1(),
            s.query.queryItemValue(QStringLiteral("nonce")).toLatin1(),
            s.query.queryItemValue(QStringLiteral("echostr"), QUrl::FullyDecoded).toLatin1()};
}

} // namespace

class TestWeComCallbackRoute : public QObject
{
    Q_OBJECT

private:
    QList<ReceiverChannel> m_apps{app(QStringLiteral("alpha"), "ww00000000000000a1", "tokenA", keyA),
                                  app(QStringLiteral("beta"), "ww00000000000000b2", "tokenB", keyB),
                                  app(QStringLiteral("off"), "ww00000000000000c3", "tokenC", keyA, false)};
    WeComCallbackSigner m_a{"tokenA", keyA, "ww00000000000000a1"};
    WeComCallbackSigner m_b{"tokenB", keyB, "ww00000000000000b2"};

private slots:
    void paths()
    {
        QVERIFY(WeComCallbackRoute::matches(QStringLiteral("/wecom/callback")));
        QVERIFY(WeComCallbackRoute::matches(QStringLiteral("/wecom/alpha/callback")));
        QVERIFY(!WeComCallbackRoute::matches(QStringLiteral("/wecom//callback")));
        QVERIFY(!WeComCallbackRoute::matches(QStringLiteral("/wecom/a/b/callback")));
        QVERIFY(!WeComCallbackRoute::matches(QStringLiteral("/wecom/alpha")));
        QVERIFY(!WeComCallbackRoute::matches(QStringLiteral("/webhooks/whatsapp/1")));
    }

    void handshakeAnswersTheBareEchostrOfTheMatchingApp()
    {
        const auto signedGet = m_b.get("1616140317555161061", now, "263014780");
        for (const QString& path :
             {QStringLiteral("/wecom/callback"), QStringLiteral("/wecom/beta/callback")}) {
            const auto out = WeComCallbackRoute::handle("GET", path, queryOf(signedGet), {}, m_apps, now);
            QCOMPARE(out.status, 200u);
            QCOMPARE(out.body, QByteArray("1616140317555161061"));
            QCOMPARE(out.channelId, QStringLiteral("beta"));
            QVERIFY(out.verified);
            QVERIFY(out.reason.isEmpty());
        }
        // libmicrohttpd hands '+' over as a space; the route reads it back.
        auto query = queryOf(signedGet);
        query.echostr.replace('+', ' ');
        QCOMPARE(WeComCallbackRoute::handle("GET", QStringLiteral("/wecom/callback"), query, {}, m_apps, now)
                     .status,
                 200u);
    }

    void postHandsTheDecryptedMessageOn()
    {
        const QByteArray xml
            = WeComCallbackSigner::textXml("ww00000000000000a1", "zhangsan", now, "你好", "42");
        const auto signedPost = m_a.post(xml, now, "n1");
        const auto out = WeComCallbackRoute::handle("POST", QStringLiteral("/wecom/callback"),
                                                    queryOf(signedPost), signedPost.body, m_apps, now);
        QCOMPARE(out.status, 200u);
        QCOMPARE(out.body, QByteArray("success"));
        QCOMPARE(out.channelId, QStringLiteral("alpha"));
        QCOMPARE(out.message, xml);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("change");
        QTest::addColumn<uint>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("channel");
        enum Change
        {
            None,
            FlipSignature,
            Stale,
            Future,
            NotXml,
            WrongCorpPath,
            BadInnerXml,
            NoSignature
        };
        QTest::newRow("unknown id") << QByteArray("POST") << "/wecom/gamma/callback" << int(None) << 404u
                                    << "unknown-channel"
                                    << "";
        QTest::newRow("disabled") << QByteArray("POST") << "/wecom/off/callback" << int(None) << 404u
                                  << "channel-disabled"
                                  << "off";
        QTest::newRow("no token matches on the shared path")
            << QByteArray("POST") << "/wecom/callback" << int(FlipSignature) << 401u << "bad-signature"
            << "";
        QTest::newRow("another app's path")
            << QByteArray("POST") << "/wecom/beta/callback" << int(None) << 401u << "bad-signature"
            << "beta";
        QTest::newRow("no signature")
            << QByteArray("POST") << "/wecom/callback" << int(NoSignature) << 401u << "missing-signature"
            << "";
        QTest::newRow("replayed") << QByteArray("POST") << "/wecom/callback" << int(Stale) << 401u
                                  << "stale-timestamp"
                                  << "";
        QTest::newRow("from the future")
            << QByteArray("POST") << "/wecom/alpha/callback" << int(Future) << 401u << "stale-timestamp"
            << "alpha";
        QTest::newRow("not XML") << QByteArray("POST") << "/wecom/callback" << int(NotXml) << 400u
                                 << "bad-xml"
                                 << "";
        QTest::newRow("receive id of another corp")
            << QByteArray("POST") << "/wecom/callback" << int(WrongCorpPath) << 403u << "wrong-corp"
            << "alpha";
        QTest::newRow("inner XML malformed")
            << QByteArray("POST") << "/wecom/callback" << int(BadInnerXml) << 400u << "bad-xml"
            << "alpha";
        QTest::newRow("method") << QByteArray("PUT") << "/wecom/alpha/callback" << int(None) << 405u
                                << "wrong-method"
                                << "alpha";
    }

    void refusals()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, change);
        QFETCH(uint, status);
        QFETCH(QString, reason);
        QFETCH(QString, channel);
        qint64 at = now;
        if (change == 2)
            at = now - WeComCallbackRoute::kMaxSkewSecs - 1;
        if (change == 3)
            at = now + WeComCallbackRoute::kMaxSkewSecs + 1;
        QByteArray inner = WeComCallbackSigner::textXml("ww00000000000000a1", "lisi", at, "hi", "7");
        if (change == 6)
            inner = "<xml><FromUserName>lisi</FromUserName>"; // cut short
        // Signed with A's token and key but for another corp's receive id.
        const WeComCallbackSigner otherCorp("tokenA", keyA, "ww_other_corp_0000");
        const auto signedPost = (change == 5 ? otherCorp : m_a).post(inner, at, "n2");
        auto query = queryOf(signedPost);
        if (change == 1)
            query.msgSignature[0] = query.msgSignature[0] == 'a' ? 'b' : 'a';
        if (change == 7)
            query.msgSignature.clear();
        const QByteArray body = change == 4 ? QByteArray("{\"not\":\"xml\"}") : signedPost.body;
        const auto out = WeComCallbackRoute::handle(method, path, query, body, m_apps, now);
        QCOMPARE(out.status, status);
        QCOMPARE(out.reason, reason);
        QCOMPARE(out.channelId, channel);
        QVERIFY(out.message.isEmpty());
        QVERIFY(!out.detail.isEmpty());
    }

    void oversizeBodyIsRefusedBeforeParsing()
    {
        const auto signedPost
            = m_a.post(WeComCallbackSigner::textXml("ww00000000000000a1", "u", now, "x", "1"), now, "n3");
        const QByteArray body = signedPost.body + QByteArray(WeComCallbackRoute::kMaxBodyBytes, ' ');
        const auto out = WeComCallbackRoute::handle("POST", QStringLiteral("/wecom/alpha/callback"),
                                                    queryOf(signedPost), body, m_apps, now);
        QCOMPARE(out.status, 413u);
    }
};

QTEST_GUILESS_MAIN(TestWeComCallbackRoute)
#include "TestWeComCallbackRoute.moc"
