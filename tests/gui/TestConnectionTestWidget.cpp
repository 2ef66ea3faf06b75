// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTestWidget.h"

#include "channels/CloudApiFields.h"

#include "FakeGraphApiServer.h"
#include "TestEnvironment.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ChannelDesk;

class TestConnectionTestWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testOutcomes_data();
    void testOutcomes();
    void testDetailsCanBeCopied();
    void testProviderProblemFailsWithoutRequest();
    void testCancelWhileWaitingForToken();
    void testUnreachableServer();

private:
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_widget->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    GraphEndpoint endpoint() const;
    bool runTest();

    FakeGraphApiServer m_server;
    std::unique_ptr<ConnectionTestWidget> m_widget;
};

void TestConnectionTestWidget::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_server.start());
}

void TestConnectionTestWidget::init()
{
    m_server.setScenario(FakeGraphApiServer::Scenario::Success);
    m_server.setExpectedToken(FakeGraphApiServer::validToken());
    m_widget = std::make_unique<ConnectionTestWidget>();
    m_widget->setTimeout(5000);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestConnectionTestWidget::cleanup()
{
    m_widget.reset();
}

GraphEndpoint TestConnectionTestWidget::endpoint() const
{
    return GraphEndpoint{m_server.baseUrl(), CloudApiFields::defaultApiVersion(),
                         FakeGraphApiServer::validToken()};
}

bool TestConnectionTestWidget::runTest()
{
    QSignalSpy finished(m_widget.get(), &ConnectionTestWidget::testFinished);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    if (!finished.wait(10000))
        qFatal("the test never finished");
    return finished.first().first().toBool();
}

void TestConnectionTestWidget::testOutcomes_data()
{
    QTest::addColumn<FakeGraphApiServer::Scenario>("scenario");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("expected");

    using S = FakeGraphApiServer::Scenario;
    QTest::newRow("success") << S::Success << true
                             << QStringList{QStringLiteral("Connected to Acme Support (+1 555-000-1234)"),
                                            QStringLiteral("Quality rating: GREEN (high)"),
                                            QStringLiteral("Platform: CLOUD_API"),
                                            QStringLiteral("Throughput: STANDARD")};
    QTest::newRow("expired token 190")
        << S::ExpiredToken << false
        << QStringList{QStringLiteral("Meta says: Error validating access token"),
                       QStringLiteral("The access token is invalid or has expired")};
    QTest::newRow("unknown id 100") << S::UnknownId << false
                                    << QStringList{QStringLiteral("Unsupported get request"),
                                                   QStringLiteral("Meta does not know this Phone Number ID")};
    QTest::newRow("rate limited 130429")
        << S::RateLimited << false
        << QStringList{QStringLiteral("(#130429) Rate limit hit"), QStringLiteral("rate-limiting")};
    QTest::newRow("server error 500") << S::ServerError << false
                                      << QStringList{QStringLiteral("An unexpected error has occurred"),
                                                     QStringLiteral("temporary problem")};
    QTest::newRow("bad gateway 502") << S::BadGateway << false
                                     << QStringList{QStringLiteral("HTTP 502"),
                                                    QStringLiteral("without saying why")};
    QTest::newRow("malformed json") << S::MalformedJson << false
                                    << QStringList{QStringLiteral("was not the JSON Meta sends")};
}

void TestConnectionTestWidget::testOutcomes()
{
    QFETCH(FakeGraphApiServer::Scenario, scenario);
    QFETCH(bool, ok);
    QFETCH(QStringList, expected);

    m_server.setScenario(scenario);
    m_widget->setEndpoint(endpoint(), FakeGraphApiServer::phoneNumberId());
    QCOMPARE(runTest(), ok);
    const QString text = find<QLabel>(QStringLiteral("testResultLabel"))->text();
    for (const QString& part : expected)
        QVERIFY2(text.contains(part), qPrintable(text));
    QVERIFY(!text.contains(FakeGraphApiServer::validToken()));
    QCOMPARE(find<QToolButton>(QStringLiteral("showTestDetailsButton"))->isVisible(), !ok);
    QVERIFY(!find<QPlainTextEdit>(QStringLiteral("testDetailsText"))
                 ->toPlainText()
                 .contains(FakeGraphApiServer::validToken()));
    QVERIFY(find<QPushButton>(QStringLiteral("testConnectionButton"))->isEnabled());
    QVERIFY(!find<QWidget>(QStringLiteral("cancelTestButton"))->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("testBusyBar"))->isVisible());
}

void TestConnectionTestWidget::testDetailsCanBeCopied()
{
    m_server.setScenario(FakeGraphApiServer::Scenario::ExpiredToken);
    m_widget->setEndpoint(endpoint(), FakeGraphApiServer::phoneNumberId());
    QVERIFY(!runTest());
    QTest::mouseClick(find<QToolButton>(QStringLiteral("showTestDetailsButton")), Qt::LeftButton);
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("testDetailsText"))->isVisible());
    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyTestDetailsButton")), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("code: 190")), qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("fbtrace_id: AkX3mYQ8vNc1rT0fake190")));
    QVERIFY(copied.contains(QStringLiteral("HTTP status: 401")));
}

void TestConnectionTestWidget::testProviderProblemFailsWithoutRequest()
{
    const int before = m_server.requestCount();
    m_widget->setTargetProvider([] {
        return QtFuture::makeReadyFuture(
            ConnectionTestWidget::Target{{}, {}, QStringLiteral("No access token is stored.")});
    });
    QVERIFY(!runTest());
    QCOMPARE(find<QLabel>(QStringLiteral("testResultLabel"))->text(),
             QStringLiteral("No access token is stored."));
    QCOMPARE(m_server.requestCount(), before);
}

void TestConnectionTestWidget::testCancelWhileWaitingForToken()
{
    // A provider whose token never arrives, like a keychain waiting for the user to unlock it.
    auto promise = std::make_shared<QPromise<ConnectionTestWidget::Target>>();
    promise->start();
    m_widget->setTargetProvider([promise] { return promise->future(); });
    QSignalSpy finished(m_widget.get(), &ConnectionTestWidget::testFinished);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(m_widget->isRunning());
    QTest::mouseClick(find<QPushButton>(QStringLiteral("cancelTestButton")), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_widget->isRunning());
    QVERIFY(find<QLabel>(QStringLiteral("testResultLabel"))->text().contains(QStringLiteral("cancelled")));

    // The late token starts nothing.
    const int before = m_server.requestCount();
    promise->addResult(ConnectionTestWidget::Target{endpoint(), FakeGraphApiServer::phoneNumberId(), {}});
    promise->finish();
    QTRY_VERIFY(promise->future().isFinished());
    QVERIFY(!m_widget->isRunning());
    QCOMPARE(m_server.requestCount(), before);
}

void TestConnectionTestWidget::testUnreachableServer()
{
    // Port 1 on loopback refuses connections.
    m_widget->setEndpoint(GraphEndpoint{QUrl(QStringLiteral("http://127.0.0.1:1")),
                                        CloudApiFields::defaultApiVersion(),
                                        FakeGraphApiServer::validToken()},
                          FakeGraphApiServer::phoneNumberId());
    QVERIFY(!runTest());
    const QString text = find<QLabel>(QStringLiteral("testResultLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("Could not reach the Graph API server")), qPrintable(text));
}

QTEST_MAIN(TestConnectionTestWidget)
#include "TestConnectionTestWidget.moc"
