// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelListDelegate.h"
#include "ChannelListModel.h"
#include "ElidedLabel.h"
#include "ConversationListModel.h"
#include "MainWindow.h"
#include "WindowGeometry.h"
#include "desk/LocalDesk.h"

#include "channels/CloudApiFields.h"
#include "settings/Settings.h"

#include "FakeSecretStore.h"
#include "TestEnvironment.h"
#include "WebhookClient.h"

#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString phoneId = QStringLiteral("200000000000002");
const QString customer = QStringLiteral("John Smithson");

} // namespace

// Runs twice: on the offscreen platform's default screen, and as TestWindowGeometryHiDpi on a
// 1600×1000 screen at QT_SCALE_FACTOR=2, where the window once opened at 2000×1400 pixels.
class TestWindowGeometry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void testFirstWindowFitsScreen();
    void testClosingKeepsGeometry();
    void testGeometryAndSplittersSurviveReopening();
    void testSavedGeometryIsFittedToScreen_data();
    void testSavedGeometryIsFittedToScreen();
    void testFittedKeepsMinimumAndTitleBar();
    void testConversationViewIsUsable_data();
    void testConversationViewIsUsable();
    void testChannelStatusShowsInFull();

private:
    void saveChannel();
    void openWindow();
    //! Saves a channel, opens the window and shows a conversation with customer in it.
    void openConversation();
    QRect available() const { return m_window->screen()->availableGeometry(); }
    //! The widget is shown, has a size and lies wholly inside the window.
    void verifyShownInWindow(const QString& name) const;
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_window->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QTemporaryDir> m_configDir;
    //! Long, as a data directory in a home folder is: the status bar shows it.
    QString m_dataPath;
    QString m_stateFile;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<MainWindow> m_window;
};

void TestWindowGeometry::initTestCase()
{
    TestEnvironment::init();
    if (qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2")) {
        // The scene of the defect, or these checks prove nothing about it.
        const QScreen* screen = QGuiApplication::primaryScreen();
        QCOMPARE(screen->devicePixelRatio(), 2.0);
        QCOMPARE(screen->availableGeometry().size(), QSize(800, 500));
    }
}

void TestWindowGeometry::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_configDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid() && m_configDir->isValid());
    m_dataPath = m_dataDir->filePath(QStringLiteral("operator/.local/share/channeldesk-support-team-desk"));
    QVERIFY(QDir().mkpath(m_dataPath));
    m_stateFile = m_configDir->filePath(QStringLiteral("console.ini"));
    m_secrets = std::make_unique<FakeSecretStore>();
    // The built-in receiver listens on a free port, never on the real 8645.
    Settings settings(m_dataPath);
    ReceiverSettings receiver = settings.receiver();
    receiver.listen = QStringLiteral("127.0.0.1:0");
    QVERIFY(settings.setReceiver(receiver).ok());
}

void TestWindowGeometry::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_secrets.reset();
    m_configDir.reset();
    m_dataDir.reset();
}

void TestWindowGeometry::saveChannel()
{
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    options.receiver = false;
    LocalDesk earlier(m_dataPath, options);
    ChannelDraft draft;
    draft.channel.id = QStringLiteral("support");
    draft.channel.name = QStringLiteral("Support");
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), phoneId);
    draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    draft.secrets.insert(CloudApiFields::verifyToken(), TestEnvironment::verifyToken());
    auto saved = earlier.saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
}

void TestWindowGeometry::openWindow()
{
    m_window.reset();
    m_desk.reset();
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    m_desk = std::make_unique<LocalDesk>(m_dataPath, options);
    m_window = std::make_unique<MainWindow>(m_desk.get());
    m_window->setPeriodicHealthChecks(false);
    m_window->windowGeometry()->setFileName(m_stateFile);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(find<QStackedWidget>(QStringLiteral("channelStack"))->currentWidget()->objectName()
                != QStringLiteral("loadingPage"));
}

void TestWindowGeometry::openConversation()
{
    saveChannel();
    openWindow();
    QTRY_VERIFY(m_desk->receiverStatus().state == ReceiverStatus::State::Running
                && m_desk->receiverStatus().servedChannels == 1);
    WebhookClient meta(m_desk->receiverStatus().port);
    const QByteArray body = WebhookClient::textMessage(
        phoneId, QStringLiteral("wamid.GEOMETRY.1"), QStringLiteral("15557654321"), customer,
        QStringLiteral("Is my order 4512 on its way?"), QDateTime::currentDateTimeUtc().addSecs(-3600));
    QCOMPARE(meta.post(phoneId, body, TestEnvironment::appSecret().toUtf8()), 200);
    find<QTabWidget>(QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(find<QWidget>(QStringLiteral("conversationsTab")));
    auto* list = find<QListView>(QStringLiteral("conversationListView"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    list->setCurrentIndex(list->model()->index(0, 0));
    QTRY_VERIFY(!find<QLabel>(QStringLiteral("windowLabel"))->text().isEmpty());
    QTRY_VERIFY(!find<QLabel>(QStringLiteral("conversationDetailsLabel"))->text().isEmpty());
}

void TestWindowGeometry::verifyShownInWindow(const QString& name) const
{
    auto* widget = find<QWidget>(name);
    QVERIFY2(widget->isVisible(), qPrintable(name));
    QVERIFY2(!widget->size().isEmpty(), qPrintable(name));
    const QRect inWindow(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
    QVERIFY2(m_window->rect().contains(inWindow),
             qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 is outside the window")
                            .arg(name)
                            .arg(inWindow.x())
                            .arg(inWindow.y())
                            .arg(inWindow.width())
                            .arg(inWindow.height())));
    // Nothing above it (a parent squeezed smaller than the widget) hides part of it.
    QCOMPARE(widget->visibleRegion().boundingRect(), widget->rect());
}

void TestWindowGeometry::testFirstWindowFitsScreen()
{
    openWindow();
    const QRect frame = m_window->frameGeometry();
    QVERIFY2(available().contains(frame),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(frame.width())
                            .arg(frame.height())
                            .arg(available().width())
                            .arg(available().height())));
    // At most the form's 1000×700 and, where the window can shrink that far, 90 % of the screen.
    const QSize share(int(available().width() * WindowGeometry::defaultShare),
                      int(available().height() * WindowGeometry::defaultShare));
    const QSize bound = QSize(1000, 700).boundedTo(share).expandedTo(m_window->minimumSizeHint());
    QVERIFY(m_window->width() <= bound.width());
    QVERIFY(m_window->height() <= bound.height());
    QVERIFY(m_window->minimumSizeHint().width() <= available().width());
    QVERIFY(m_window->minimumSizeHint().height() <= available().height());
}

void TestWindowGeometry::testClosingKeepsGeometry()
{
    // Without a receiver closing stops nothing, so the window closes without asking.
    {
        Settings settings(m_dataPath);
        ReceiverSettings receiver = settings.receiver();
        receiver.enabled = false;
        QVERIFY(settings.setReceiver(receiver).ok());
    }
    openWindow();
    QVERIFY(!QSettings(m_stateFile, QSettings::IniFormat).contains(QStringLiteral("window/geometry")));
    QVERIFY(m_window->close());
    const QSettings kept(m_stateFile, QSettings::IniFormat);
    QVERIFY(!kept.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QVERIFY(!kept.value(QStringLiteral("window/splitters/mainSplitter")).toByteArray().isEmpty());
}

void TestWindowGeometry::testGeometryAndSplittersSurviveReopening()
{
    openConversation();
    if (QTest::currentTestFailed())
        return;
    const QSize size = QSize(available().width() - 40, available().height() - 30)
                           .boundedTo(QSize(900, 640))
                           .expandedTo(m_window->minimumSizeHint());
    m_window->resize(size);
    auto* tabs = find<QTabWidget>(QStringLiteral("mainTabWidget"));
    auto* logSplitter = find<QSplitter>(QStringLiteral("logSplitter"));
    auto* messageSplitter = find<QSplitter>(QStringLiteral("messageSplitter"));
    QTRY_COMPARE(logSplitter->width(), tabs->currentWidget()->width());
    QCOMPARE(messageSplitter->count(), 2);
    QVERIFY(messageSplitter->widget(1)->isVisible()); // the composer, under the messages
    logSplitter->setSizes({logSplitter->widget(0)->minimumSizeHint().width() + 20, 2000});
    const QList<int> firstMessageSizes = messageSplitter->sizes();
    messageSplitter->setSizes({100, 2000}); // as much composer as it allows
    const QList<int> logSizes = logSplitter->sizes();
    const QList<int> messageSizes = messageSplitter->sizes();
    QVERIFY(messageSizes.at(1) > firstMessageSizes.at(1));
    tabs->setCurrentWidget(find<QWidget>(QStringLiteral("channelsTab")));
    auto* mainSplitter = find<QSplitter>(QStringLiteral("mainSplitter"));
    QTRY_COMPARE(mainSplitter->width(), tabs->currentWidget()->width());
    mainSplitter->setSizes({mainSplitter->widget(0)->minimumWidth() + 40, 2000});
    const QList<int> mainSizes = mainSplitter->sizes();
    const QRect geometry = m_window->geometry();

    // Destroyed without being closed, as when the application quits.
    openWindow();
    QCOMPARE(m_window->size(), geometry.size());
    // Qt puts back the frame's corner, and the frame is not known before the window is mapped: the
    // window may land a title bar lower.
    QVERIFY((m_window->pos() - geometry.topLeft()).manhattanLength()
            <= m_window->style()->pixelMetric(QStyle::PM_TitleBarHeight) + 8);
    tabs = find<QTabWidget>(QStringLiteral("mainTabWidget"));
    tabs->setCurrentWidget(find<QWidget>(QStringLiteral("channelsTab")));
    QTRY_COMPARE(find<QSplitter>(QStringLiteral("mainSplitter"))->sizes(), mainSizes);
    tabs->setCurrentWidget(find<QWidget>(QStringLiteral("conversationsTab")));
    QTRY_COMPARE(find<QSplitter>(QStringLiteral("logSplitter"))->sizes(), logSizes);
    auto* list = find<QListView>(QStringLiteral("conversationListView"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    list->setCurrentIndex(list->model()->index(0, 0));
    QTRY_COMPARE(find<QSplitter>(QStringLiteral("messageSplitter"))->sizes(), messageSizes);
}

void TestWindowGeometry::testSavedGeometryIsFittedToScreen_data()
{
    QTest::addColumn<QPoint>("offset");
    QTest::addColumn<QSize>("growth");
    QTest::newRow("larger than the screen") << QPoint(0, 0) << QSize(600, 500);
    QTest::newRow("beyond the right edge") << QPoint(3000, 0) << QSize(0, 0);
    QTest::newRow("above the top") << QPoint(0, -2000) << QSize(0, 0);
}

void TestWindowGeometry::testSavedGeometryIsFittedToScreen()
{
    QFETCH(QPoint, offset);
    QFETCH(QSize, growth);
    openWindow();
    // As if kept on a larger screen, or on one that is no longer attached.
    m_window->setGeometry(QRect(m_window->geometry().topLeft() + offset, m_window->size() + growth));
    m_window->windowGeometry()->save();

    openWindow();
    const QRect frame = m_window->frameGeometry();
    QVERIFY2(available().contains(frame),
             qPrintable(QStringLiteral("%1,%2 %3×%4")
                            .arg(frame.x())
                            .arg(frame.y())
                            .arg(frame.width())
                            .arg(frame.height())));
}

void TestWindowGeometry::testFittedKeepsMinimumAndTitleBar()
{
    const QRect screen(0, 0, 800, 500);
    QCOMPARE(WindowGeometry::fitted(QRect(100, 50, 400, 300), {200, 200}, screen), QRect(100, 50, 400, 300));
    QCOMPARE(WindowGeometry::fitted(QRect(600, 400, 400, 300), {200, 200}, screen),
             QRect(400, 200, 400, 300));
    QCOMPARE(WindowGeometry::fitted(QRect(-50, -20, 2000, 1400), {200, 200}, screen), screen);
    // A window that cannot shrink enough keeps its top left corner (and title bar) on the screen.
    QCOMPARE(WindowGeometry::fitted(QRect(300, 300, 400, 300), {900, 200}, screen), QRect(0, 200, 900, 300));
    QCOMPARE(WindowGeometry::defaultSize({1000, 700}, {500, 300}, screen), QSize(720, 450));
    QCOMPARE(WindowGeometry::defaultSize({1000, 700}, {760, 300}, screen), QSize(760, 450));
    QCOMPARE(WindowGeometry::defaultSize({1000, 700}, {500, 300}, QRect(0, 0, 1920, 1080)), QSize(1000, 700));
}

void TestWindowGeometry::testConversationViewIsUsable_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("first window") << QSize();
    QTest::newRow("1000×700") << QSize(1000, 700);
    QTest::newRow("800×600") << QSize(800, 600);
}

void TestWindowGeometry::testConversationViewIsUsable()
{
    QFETCH(QSize, size);
    openConversation();
    if (QTest::currentTestFailed())
        return;
    if (!size.isValid())
        size = m_window->size();
    if (available().width() < size.width() || available().height() < size.height())
        QSKIP("The screen is smaller than that window");
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    // The conversation list dragged as narrow as it goes.
    auto* logSplitter = find<QSplitter>(QStringLiteral("logSplitter"));
    logSplitter->setSizes({0, 5000});
    auto* list = find<QListView>(QStringLiteral("conversationListView"));
    QTRY_COMPARE(logSplitter->sizes().constFirst(), logSplitter->widget(0)->minimumSizeHint().width());

    for (const QString& name :
         {QStringLiteral("sendReplyButton"), QStringLiteral("replyTextEdit"),
          QStringLiteral("conversationListView"), QStringLiteral("windowLabel"),
          QStringLiteral("conversationDetailsLabel"), QStringLiteral("replyStatusLabel")})
        verifyShownInWindow(name);
    // Wrapped status lines get every line they need: none is cut off at the bottom.
    for (const QString& name : {QStringLiteral("windowLabel"), QStringLiteral("conversationDetailsLabel"),
                                QStringLiteral("replyStatusLabel")}) {
        auto* label = find<QLabel>(name);
        QVERIFY2(label->wordWrap(), qPrintable(name));
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(QStringLiteral("%1: %2 of %3 pixels for “%4”")
                                .arg(name)
                                .arg(label->height())
                                .arg(label->heightForWidth(label->width()))
                                .arg(label->text())));
    }
    // The status bar: a message shows whole beside the labels, which give way with "…".
    const QString message = QStringLiteral("Channel “support” and its secrets were removed.");
    m_window->statusBar()->showMessage(message);
    QStatusBar* bar = m_window->statusBar();
    const auto messageRoom = [bar] {
        // QStatusBar draws the message from 6 pixels in up to its first permanent widget.
        int right = bar->width();
        for (const QWidget* widget : bar->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (widget->isVisible())
                right = std::min(right, widget->x());
        }
        return right - 6;
    };
    QTRY_VERIFY2(bar->fontMetrics().horizontalAdvance(message) <= messageRoom(),
                 qPrintable(QStringLiteral("the message has %1 pixels").arg(messageRoom())));

    for (const QString& name : {QStringLiteral("receiverStateLabel"), QStringLiteral("dataLocationLabel")}) {
        verifyShownInWindow(name);
        auto* label = find<ElidedLabel>(name);
        QVERIFY2(label->text().size() > 10, qPrintable(label->text()));
        QVERIFY2(!label->isElided() || label->shownText().contains(QStringLiteral("…")),
                 qPrintable(label->shownText()));
        QVERIFY2(label->shownText().size() >= 5, qPrintable(label->shownText())); // more than "…"
    }
    QVERIFY(find<ElidedLabel>(QStringLiteral("dataLocationLabel"))->isElided());
    // The name beside the time, as the delegate lays them out (6 pixels around each).
    const QModelIndex row = list->model()->index(0, 0);
    QFont bold = list->font();
    bold.setBold(true);
    const int needed = QFontMetrics(bold).horizontalAdvance(customer)
        + list->fontMetrics().horizontalAdvance(row.data(ConversationListModel::TimeTextRole).toString())
        + 3 * 6;
    QVERIFY2(list->visualRect(row).width() >= needed,
             qPrintable(QStringLiteral("%1 pixels for %2").arg(list->visualRect(row).width()).arg(needed)));
}

void TestWindowGeometry::testChannelStatusShowsInFull()
{
    saveChannel();
    openWindow();
    auto* tabs = find<QTabWidget>(QStringLiteral("mainTabWidget"));
    tabs->setCurrentWidget(find<QWidget>(QStringLiteral("channelsTab")));
    auto* splitter = find<QSplitter>(QStringLiteral("mainSplitter"));
    auto* list = find<QListView>(QStringLiteral("channelListView"));
    splitter->setSizes({0, 5000});
    QTRY_COMPARE(list->width(), list->minimumWidth());
    auto* model = qobject_cast<ChannelListModel*>(list->model());
    QVERIFY(model);
    const QModelIndex row = model->index(0);
    for (const bool passed : {true, false}) {
        model->setLastTestResult(QStringLiteral("support"), passed);
        const QString status = row.data(ChannelListModel::StatusRole).toString();
        QCOMPARE(status,
                 passed ? QStringLiteral("Enabled · Last test passed")
                        : QStringLiteral("Enabled · Last test failed"));
        QStyleOptionViewItem option;
        option.initFrom(list->viewport());
        option.font = list->font();
        option.rect = list->visualRect(row);
        const QList<QRect> lines = ChannelListDelegate::lineRects(option);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(2).width() >= list->fontMetrics().horizontalAdvance(status),
                 qPrintable(QStringLiteral("%1 pixels for “%2”").arg(lines.at(2).width()).arg(status)));
        // Its own line, inside the entry the view gives the row.
        QVERIFY(lines.at(2).top() > lines.at(1).bottom());
        QVERIFY(option.rect.contains(lines.at(2)));
    }
}

QTEST_MAIN(TestWindowGeometry)
#include "TestWindowGeometry.moc"
