// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTestWidget.h"

#include "channels/CloudApiFields.h"
#include "desk/LocalDesk.h"

#include "FakeGraphApiServer.h"
#include "LocalDeskFixture.h"
#include "TestEnvironment.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
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
    void testStoredTokenOfChannel();
    void testNoStoredTokenFailsWithoutRequest();
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
    //! A channel not saved yet, as the wizard tests it: the token goes along.
    ConnectionCheckRequest draftRequest() const;
    //! A saved channel: the Desk reads its token from the keychain.
    ConnectionCheckRequest channelRequest(bool withToken);
    bool runTest();

    FakeGraphApiServer m_server;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    LocalDeskFixture m_desk;
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
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    QVERIFY2(m_desk.open(m_dataDir->path()), qPrintable(m_desk.errorString()));
    m_widget = std::make_unique<ConnectionTestWidget>();
    m_widget->setDesk(m_desk.get());
    m_widget->setTimeout(5000);
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TestConnectionTestWidget::cleanup()
{
    m_widget.reset();
    m_desk.reset();
    m_dataDir.reset();
}

ConnectionCheckRequest TestConnectionTestWidget::draftRequest() const
{
    ConnectionCheckRequest request;
    request.phoneNumberId = FakeGraphApiServer::phoneNumberId();
    request.graphBaseUrl = m_server.baseUrl();
    request.apiVersion = CloudApiFields::defaultApiVersion();
    request.accessToken = FakeGraphApiServer::validToken();
    return request;
}

ConnectionCheckRequest TestConnectionTestWidget::channelRequest(bool withToken)
{
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("support");
    draft.channel.name = QStringLiteral("Support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), FakeGraphApiServer::phoneNumberId());
    draft.channel.fields.insert(CloudApiFields::graphBaseUrl(), m_server.baseUrl().toString());
    if (withToken)
        draft.secrets.insert(CloudApiFields::accessToken(), FakeGraphApiServer::validToken());
    auto saved = m_desk->saveChannels({draft});
    if (!QTest::qWaitFor([&saved] { return saved.isFinished(); }, 5000) || !saved.result().ok())
        qFatal("the channel was not saved");
    ConnectionCheckRequest request;
    request.channelId = draft.channel.id;
    request.phoneNumberId = FakeGraphApiServer::phoneNumberId();
    request.graphBaseUrl = m_server.baseUrl();
    return request;
}

bool TestConnectionTestWidget::runTest()
{
    QSignalSpy finished(m_widget.get(), &ConnectionTestWidget::testFinished);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    // A request the provider refuses fails at once, within the click.
    if (finished.isEmpty() && !finished.wait(10000))
        qFatal("the test never finished");
    return finished.first().first().toBool();
}

void TestConnectionTestWidget::testOutcomes_data()
{
    QTest::addColumn<FakeGraphApiServer::Scenario>("scenario");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("expected");

    using S = FakeGraphApiServer::Scenario;
    QTest::newRow("success")
        << S::Success << true
        << QStringList{QStringLiteral("Connected to Acme Support (+1 555-000-1234)"),
                       QStringLiteral("Quality rating: High (GREEN)"),
                       QStringLiteral("Platform: Cloud API (CLOUD_API)"),
                       QStringLiteral("Throughput: Standard, about 80 messages per second (STANDARD)")};
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
    m_widget->setRequest(draftRequest());
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
    m_widget->setRequest(draftRequest());
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
    m_widget->setRequestProvider([] {
        return Result<ConnectionCheckRequest>(Error{0, QStringLiteral("This channel no longer exists.")});
    });
    QVERIFY(!runTest());
    QCOMPARE(find<QLabel>(QStringLiteral("testResultLabel"))->text(),
             QStringLiteral("This channel no longer exists."));
    QCOMPARE(m_server.requestCount(), before);
}

void TestConnectionTestWidget::testStoredTokenOfChannel()
{
    m_widget->setRequest(channelRequest(true));
    QVERIFY(runTest());
    QVERIFY(find<QLabel>(QStringLiteral("testResultLabel"))
                ->text()
                .contains(QStringLiteral("Connected to Acme Support (+1 555-000-1234)")));
    QCOMPARE(m_server.lastAuthorization(), "Bearer " + FakeGraphApiServer::validToken().toUtf8());
}

void TestConnectionTestWidget::testNoStoredTokenFailsWithoutRequest()
{
    m_widget->setRequest(channelRequest(false));
    const int before = m_server.requestCount();
    QVERIFY(!runTest());
    const QString text = find<QLabel>(QStringLiteral("testResultLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("No access token is stored for this channel")), qPrintable(text));
    QCOMPARE(m_server.requestCount(), before);
}

void TestConnectionTestWidget::testCancelWhileWaitingForToken()
{
    m_widget->setRequest(channelRequest(true));
    // The keychain does not answer, like one waiting for the user to unlock it.
    m_desk.secrets()->setHolding(true);
    QSignalSpy finished(m_widget.get(), &ConnectionTestWidget::testFinished);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QVERIFY(m_widget->isRunning());
    QTest::mouseClick(find<QPushButton>(QStringLiteral("cancelTestButton")), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!m_widget->isRunning());
    QVERIFY(find<QLabel>(QStringLiteral("testResultLabel"))->text().contains(QStringLiteral("cancelled")));

    // The late token starts nothing: the keychain answers in order, so once a second test has
    // finished, the first token has long arrived, and only the second test asked Meta.
    const int before = m_server.requestCount();
    m_desk.secrets()->setHolding(false);
    QVERIFY(runTest());
    QVERIFY(!m_widget->isRunning());
    QCOMPARE(m_server.requestCount(), before + 1);
}

void TestConnectionTestWidget::testUnreachableServer()
{
    // Port 1 on loopback refuses connections.
    ConnectionCheckRequest request = draftRequest();
    request.graphBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    m_widget->setRequest(request);
    QVERIFY(!runTest());
    const QString text = find<QLabel>(QStringLiteral("testResultLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("Could not reach the Graph API server")), qPrintable(text));
}

QTEST_MAIN(TestConnectionTestWidget)
#include "TestConnectionTestWidget.moc"
