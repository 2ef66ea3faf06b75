// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MetaErrorDecoder.h"
#include "api/TemplateCatalog.h"
#include "FakeGraphApiServer.h"
#include "TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ChannelDesk;

class TestTemplateCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void testFollowsPaging();
    void testSinglePage();
    void testOnlyApprovedAreUsable();
    void testBodyParameters_data();
    void testBodyParameters();
    void testPlaceholders_data();
    void testPlaceholders();
    void testErrorOnLaterPage();
    void testCancel();

private:
    std::unique_ptr<TemplateCatalog> fetchAll();

    FakeGraphApiServer m_server;
    QNetworkAccessManager m_network;
};

void TestTemplateCatalog::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.start());
}

void TestTemplateCatalog::init()
{
    m_server.reset();
    m_server.setExpectedToken(FakeGraphApiServer::validToken());
}

std::unique_ptr<TemplateCatalog> TestTemplateCatalog::fetchAll()
{
    const GraphEndpoint endpoint{m_server.baseUrl(), QStringLiteral("v25.0"),
                                 FakeGraphApiServer::validToken()};
    auto catalog = std::make_unique<TemplateCatalog>(&m_network, endpoint, FakeGraphApiServer::wabaId());
    QSignalSpy finished(catalog.get(), &TemplateCatalog::finished);
    catalog->fetch();
    if (!finished.wait(15000) || finished.count() != 1 || catalog->isRunning())
        return nullptr;
    return catalog;
}

void TestTemplateCatalog::testFollowsPaging()
{
    m_server.setTemplatePageSize(2);
    auto catalog = fetchAll();
    QVERIFY(catalog);
    QVERIFY(!catalog->error().isError());
    QCOMPARE(catalog->templates().size(), 7);
    QCOMPARE(catalog->pagesFetched(), 4);
    QCOMPARE(catalog->templates().first().name, QStringLiteral("order_shipped"));
    QCOMPARE(catalog->templates().last().name, QStringLiteral("auth_code"));

    const QList<FakeGraphApiServer::Request> pages
        = m_server.requestsTo(QStringLiteral("/v25.0/102290129340398/message_templates"));
    QCOMPARE(pages.size(), 4);
    QVERIFY(!pages.first().query.hasQueryItem(QStringLiteral("after")));
    for (const FakeGraphApiServer::Request& page : pages) {
        QCOMPARE(page.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded),
                 TemplateCatalog::requestedFields());
        QCOMPARE(page.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(page.headers.value("authorization"), "Bearer " + FakeGraphApiServer::validToken().toUtf8());
    }
    QVERIFY(pages.at(1).query.hasQueryItem(QStringLiteral("after")));
    QVERIFY(pages.at(1).query.queryItemValue(QStringLiteral("after"))
            != pages.at(2).query.queryItemValue(QStringLiteral("after")));
}

void TestTemplateCatalog::testSinglePage()
{
    auto catalog = fetchAll();
    QVERIFY(catalog);
    QCOMPARE(catalog->templates().size(), 7);
    QCOMPARE(catalog->pagesFetched(), 1);
}

void TestTemplateCatalog::testOnlyApprovedAreUsable()
{
    auto catalog = fetchAll();
    QVERIFY(catalog);
    QStringList usable;
    for (const TemplateInfo& info : catalog->usableTemplates())
        usable << info.name;
    QCOMPARE(usable,
             (QStringList{QStringLiteral("order_shipped"), QStringLiteral("appointment_reminder"),
                          QStringLiteral("hello_world"), QStringLiteral("auth_code")}));
    for (const TemplateInfo& info : catalog->templates())
        QCOMPARE(info.isUsable(), info.status == QLatin1String("APPROVED"));
}

void TestTemplateCatalog::testBodyParameters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("category");
    QTest::newRow("positional, {{2}} used twice")
        << QStringLiteral("order_shipped") << 2 << QStringList{QStringLiteral("1"), QStringLiteral("2")}
        << QStringLiteral("en_US") << QStringLiteral("UTILITY");
    QTest::newRow("named") << QStringLiteral("appointment_reminder") << 3
                           << QStringList{QStringLiteral("customer_name"), QStringLiteral("date"),
                                          QStringLiteral("time")}
                           << QStringLiteral("en_US") << QStringLiteral("UTILITY");
    QTest::newRow("no parameters") << QStringLiteral("hello_world") << 0 << QStringList()
                                   << QStringLiteral("en_US") << QStringLiteral("UTILITY");
    QTest::newRow("authentication") << QStringLiteral("auth_code") << 1 << QStringList{QStringLiteral("1")}
                                    << QStringLiteral("en_US") << QStringLiteral("AUTHENTICATION");
    QTest::newRow("other language") << QStringLiteral("pedido_enviado") << 1
                                    << QStringList{QStringLiteral("1")} << QStringLiteral("pt_BR")
                                    << QStringLiteral("UTILITY");
}

void TestTemplateCatalog::testBodyParameters()
{
    QFETCH(QString, name);
    QFETCH(int, count);
    QFETCH(QStringList, names);
    QFETCH(QString, language);
    QFETCH(QString, category);
    auto catalog = fetchAll();
    QVERIFY(catalog);
    const auto& all = catalog->templates();
    const auto it
        = std::find_if(all.begin(), all.end(), [&](const TemplateInfo& info) { return info.name == name; });
    QVERIFY(it != all.end());
    QCOMPARE(it->bodyParameterCount, count);
    QCOMPARE(it->bodyParameterNames, names);
    QCOMPARE(it->language, language);
    QCOMPARE(it->category, category);
    QVERIFY(!it->bodyText.isEmpty());
}

void TestTemplateCatalog::testPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("placeholders");
    QTest::newRow("none") << QStringLiteral("Hello there") << QStringList();
    QTest::newRow("positional") << QStringLiteral("{{1}} and {{2}}")
                                << QStringList{QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("repeated") << QStringLiteral("{{1}}, {{1}}!") << QStringList{QStringLiteral("1")};
    QTest::newRow("named") << QStringLiteral("Hi {{first_name}}, order {{order_id}}")
                           << QStringList{QStringLiteral("first_name"), QStringLiteral("order_id")};
    QTest::newRow("inner spaces") << QStringLiteral("Hi {{ name }}") << QStringList{QStringLiteral("name")};
    QTest::newRow("not placeholders") << QStringLiteral("{1} {{}} {{a b}} {{1}") << QStringList();
    QTest::newRow("adjacent") << QStringLiteral("{{1}}{{2}}{{3}}")
                              << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
}

void TestTemplateCatalog::testPlaceholders()
{
    QFETCH(QString, text);
    QFETCH(QStringList, placeholders);
    QCOMPARE(TemplateInfo::placeholders(text), placeholders);
}

void TestTemplateCatalog::testErrorOnLaterPage()
{
    m_server.setTemplatePageSize(3);
    m_server.queueError(80008, QStringLiteral("after="));
    auto catalog = fetchAll();
    QVERIFY(catalog);
    QCOMPARE(catalog->error().code, 80008);
    QVERIFY(MetaErrorDecoder::explain(catalog->error()).retryable);
    QCOMPARE(catalog->templates().size(), 3); // the first page stays
    QCOMPARE(catalog->pagesFetched(), 1);
}

void TestTemplateCatalog::testCancel()
{
    m_server.queueHang(QStringLiteral("message_templates"));
    const GraphEndpoint endpoint{m_server.baseUrl(), QStringLiteral("v25.0"),
                                 FakeGraphApiServer::validToken()};
    TemplateCatalog catalog(&m_network, endpoint, FakeGraphApiServer::wabaId());
    QSignalSpy finished(&catalog, &TemplateCatalog::finished);
    catalog.fetch();
    QTRY_COMPARE(m_server.requestCount(), 1);
    catalog.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(catalog.error().kind, GraphError::Kind::Cancelled);
    QVERIFY(!catalog.isRunning());
}

QTEST_GUILESS_MAIN(TestTemplateCatalog)
#include "TestTemplateCatalog.moc"
