// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The console protocol's verb table as the router sees it: every verb of docs/api.md with its
// role, only through POST, and what is audited.
#include "server/ApiRoutes.h"
#include "server/ConsoleVerbs.h"

#include <QTest>

using namespace ChannelDesk;

class TestConsoleVerbs : public QObject
{
    Q_OBJECT

private slots:
    void testRoles_data();
    void testRoles();
    void testOnlyPostReachesAVerb();
    void testChangesAreAudited();
};

void TestConsoleVerbs::testRoles_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<int>("role");
    const QList<std::pair<QStringList, ApiRole>> table{
        {{QStringLiteral("session"), QStringLiteral("snapshot"), QStringLiteral("channelEvents"),
          QStringLiteral("conversations"), QStringLiteral("conversation"), QStringLiteral("conversationWith"),
          QStringLiteral("olderMessages"), QStringLiteral("newerMessages"), QStringLiteral("messageKey"),
          QStringLiteral("search"), QStringLiteral("queryConversation"), QStringLiteral("outboundItem"),
          QStringLiteral("sendUsage"), QStringLiteral("templates"), QStringLiteral("media"),
          QStringLiteral("mediaInfo")},
         ApiRole::Viewer},
        {{QStringLiteral("markConversationRead"), QStringLiteral("upload"), QStringLiteral("send"),
          QStringLiteral("markRead"), QStringLiteral("testConnection")},
         ApiRole::Sender},
        {{QStringLiteral("clearOptOut"), QStringLiteral("checkHealth"), QStringLiteral("link"),
          QStringLiteral("pairingCode"), QStringLiteral("conversation.takeover"),
          QStringLiteral("conversation.return")},
         ApiRole::Operator},
        {{QStringLiteral("saveChannels"), QStringLiteral("removeChannel"), QStringLiteral("readSecret"),
          QStringLiteral("apiKeys"), QStringLiteral("createApiKey"), QStringLiteral("revokeApiKey"),
          QStringLiteral("auditLog"), QStringLiteral("refusalCounts")},
         ApiRole::Admin},
    };
    int verbs = 0;
    for (const auto& [names, role] : table)
        for (const QString& name : names) {
            QTest::newRow(qPrintable(name)) << name << int(role);
            ++verbs;
        }
    // The bot bridge (issue 15).
    const QList<std::pair<QString, ApiRole>> bot{{QStringLiteral("botHistory"), ApiRole::Viewer},
                                                 {QStringLiteral("retryParked"), ApiRole::Operator}};
    for (const auto& [name, role] : bot) {
        QTest::newRow(qPrintable(name)) << name << int(role);
        ++verbs;
    }
    QCOMPARE(ConsoleVerbs::all().size(), verbs);
}

void TestConsoleVerbs::testRoles()
{
    QFETCH(QString, verb);
    QFETCH(int, role);
    const std::optional<ApiRole> needed = ApiRoutes::roleOf("POST", {QStringLiteral("console"), verb});
    QVERIFY(needed);
    QCOMPARE(int(*needed), role);
    QCOMPARE(int(ConsoleVerbs::find(verb)->role), role);
}

void TestConsoleVerbs::testOnlyPostReachesAVerb()
{
    const QStringList snapshot{QStringLiteral("console"), QStringLiteral("snapshot")};
    for (const QByteArray& method : {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE")})
        QVERIFY(!ApiRoutes::roleOf(method, snapshot));
    QVERIFY(!ApiRoutes::roleOf("POST", {QStringLiteral("console")}));
    QVERIFY(!ApiRoutes::roleOf("POST", {QStringLiteral("console"), QStringLiteral("nothing")}));
    QVERIFY(!ApiRoutes::roleOf("POST", {QStringLiteral("console"), QStringLiteral("Snapshot")}));
    QVERIFY(!ApiRoutes::roleOf("POST", snapshot + QStringList{QStringLiteral("x")}));
}

void TestConsoleVerbs::testChangesAreAudited()
{
    for (const ConsoleVerb& verb : ConsoleVerbs::all()) {
        // Everything beyond viewer changes something or reads with credentials, except the admin's
        // own lists.
        const bool lists = verb.name == QLatin1String("apiKeys") || verb.name == QLatin1String("auditLog")
            || verb.name == QLatin1String("refusalCounts");
        QVERIFY2(verb.action.isEmpty() == (verb.role == ApiRole::Viewer || lists), qPrintable(verb.name));
    }
    QCOMPARE(ConsoleVerbs::find(QStringLiteral("send"))->action, QStringLiteral("send"));
    QCOMPARE(ConsoleVerbs::find(QStringLiteral("upload"))->action, QStringLiteral("media.upload"));
    QCOMPARE(ConsoleVerbs::find(QStringLiteral("saveChannels"))->action, QStringLiteral("channel.save"));
    QCOMPARE(ConsoleVerbs::find(QStringLiteral("markConversationRead"))->action,
             QStringLiteral("conversation.read"));
    QCOMPARE(ConsoleVerbs::find(QStringLiteral("retryParked"))->action, QStringLiteral("forward.retry"));
    // The same action through the REST route.
    QCOMPARE(ApiRoutes::roleOf("POST",
                               {QStringLiteral("channels"), QStringLiteral("fwd"), QStringLiteral("forward"),
                                QStringLiteral("retry")}),
             std::optional(ApiRole::Operator));
    QVERIFY(!ApiRoutes::roleOf("GET",
                               {QStringLiteral("channels"), QStringLiteral("fwd"), QStringLiteral("forward"),
                                QStringLiteral("retry")}));
    QCOMPARE(ConsoleVerbs::find(QStringLiteral("conversation.takeover"))->action,
             QStringLiteral("conversation.takeover"));
    QCOMPARE(ConsoleVerbs::find(QStringLiteral("conversation.return"))->action,
             QStringLiteral("conversation.return"));
}

QTEST_GUILESS_MAIN(TestConsoleVerbs)
#include "TestConsoleVerbs.moc"
