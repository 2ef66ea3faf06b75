// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizard.h"
#include "DashboardWidget.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "PairingWidget.h"
#include "QrCodeWidget.h"
#include "settings/Settings.h"
#include "ReplaceSecretDialog.h"

#include "channels/ChannelManager.h"
#include "desk/LocalDesk.h"
#include "channels/CloudApiFields.h"
#include "channels/LinkedFields.h"
#include "util/OperatorName.h"
#include "util/SecretMask.h"

#include "FakeSecretStore.h"
#include "FakeWahaServer.h"
#include "QrDecoder.h"
#include "TestEnvironment.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString Session = QStringLiteral("default");
constexpr int Timeout = 8000;

QByteArray decodeGray(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const QList<QByteArray> codes
        = QrDecoder::decodeGray(gray.constBits(), gray.width(), gray.height(), int(gray.bytesPerLine()));
    return codes.size() == 1 ? codes.first() : QByteArray();
}

//! As long as a real WhatsApp pairing string: the largest code the page has to fit.
QByteArray whatsAppSizedPayload()
{
    QByteArray raw = "2@";
    const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 230; ++i)
        raw += (i % 60 == 59) ? ',' : alphabet.at((i * 37 + 11) % alphabet.size());
    return raw + "=";
}

} // namespace

class TestMainWindowLinked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testOnlyChannelShowsQrWithoutAClick();
    void testShowChannelOpensLinkedChannel();
    void testWizardSavesAndShowsQr();
    void testReplacingRejectedKeyReconnects();
    void testMissingKeyIsExplained();
    void testReplyFromConversationLog();

private:
    void saveLinkedChannel(const QString& name, const QString& key = FakeWahaServer::apiKey());
    void saveCloudChannel(const QString& name);
    void save(const ChannelDraft& draft);
    void openWindow(const QString& showChannel = {});
    QByteArray windowCode() const { return decodeGray(m_window->grab().toImage()); }
    //! Waits until a plain screenshot of the widget reads as the gateway's current code.
    bool showsGatewayCode(QWidget* widget) const
    {
        return QTest::qWaitFor(
            [&] {
                const QString current = m_fake->currentQr(Session);
                return !current.isEmpty() && decodeGray(widget->grab().toImage()) == current.toUtf8();
            },
            Timeout);
    }
    template <typename T> T* find(const QString& name) const
    {
        T* widget = m_window->findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }
    PairingWidget* pagePairing() const
    {
        return find<QWidget>(QStringLiteral("channelPage"))->findChild<PairingWidget*>();
    }

    std::unique_ptr<FakeWahaServer> m_fake;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowLinked::init()
{
    m_fake = std::make_unique<FakeWahaServer>();
    QVERIFY(m_fake->start());
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_secrets = std::make_unique<FakeSecretStore>();
    Settings settings(m_dataDir->path());
    ReceiverSettings receiver = settings.receiver();
    receiver.listen = QStringLiteral("127.0.0.1:0");
    QVERIFY(settings.setReceiver(receiver).ok());
}

void TestMainWindowLinked::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_secrets.reset();
    m_dataDir.reset();
    m_fake.reset();
}

void TestMainWindowLinked::save(const ChannelDraft& draft)
{
    // Saved through a separate manager, as an earlier run of ChannelDesk would have.
    ChannelManager manager(m_dataDir->path(), m_secrets.get());
    auto saved = manager.save({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY2(saved.result().ok(), qPrintable(saved.result().error().message));
}

void TestMainWindowLinked::saveLinkedChannel(const QString& name, const QString& key)
{
    ChannelDraft draft;
    draft.channel.id = name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    draft.channel.name = name;
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(LinkedFields::gateway(), LinkedFields::waha());
    draft.channel.fields.insert(LinkedFields::baseUrl(), m_fake->baseUrl().toString());
    draft.channel.fields.insert(LinkedFields::session(), Session);
    draft.channel.fields.insert(LinkedFields::deviceLabel(), QStringLiteral("ChannelDesk"));
    if (!key.isEmpty())
        draft.secrets.insert(LinkedFields::apiKey(), key);
    save(draft);
}

void TestMainWindowLinked::saveCloudChannel(const QString& name)
{
    ChannelDraft draft;
    draft.channel.id = name.toLower();
    draft.channel.name = name;
    draft.channel.kind = ChannelKinds::whatsAppCloud();
    draft.channel.fields.insert(CloudApiFields::phoneNumberId(), QStringLiteral("106540352242922"));
    draft.secrets.insert(CloudApiFields::appSecret(), TestEnvironment::appSecret());
    save(draft);
}

void TestMainWindowLinked::openWindow(const QString& showChannel)
{
    m_window.reset();
    LocalDesk::Options options;
    options.secrets = m_secrets.get();
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_window = std::make_unique<MainWindow>(m_desk.get(), showChannel);
    // Its periodic health checks would ask the real Meta about the test channels.
    m_window->setPeriodicHealthChecks(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The window opens on the Dashboard; these tests work with the Channels tab.
    m_window->findChild<QTabWidget*>(QStringLiteral("mainTabWidget"))
        ->setCurrentWidget(m_window->findChild<QWidget*>(QStringLiteral("channelsTab")));
}

void TestMainWindowLinked::testOnlyChannelShowsQrWithoutAClick()
{
    saveLinkedChannel(QStringLiteral("Phone Bot"));
    openWindow();
    // A plain screenshot of the window, at its default size, is enough to link the phone.
    QVERIFY(showsGatewayCode(m_window.get()));
    QCOMPARE(find<QStackedWidget>(QStringLiteral("channelStack"))->currentWidget()->objectName(),
             QStringLiteral("channelPage"));
    QCOMPARE(find<QLabel>(QStringLiteral("kindValueLabel"))->text(),
             QStringLiteral("WhatsApp linked device"));
    QCOMPARE(find<QLabel>(QStringLiteral("gatewayTypeValueLabel"))->text(),
             QStringLiteral("WAHA (WhatsApp HTTP API)"));
    QCOMPARE(find<QLabel>(QStringLiteral("gatewayBaseUrlValueLabel"))->text(), m_fake->baseUrl().toString());
    QTRY_COMPARE(find<QLabel>(QStringLiteral("apiKeyValueLabel"))->text(),
                 SecretMask::mask(FakeWahaServer::apiKey()));
    // The Cloud API parts have no place on this page.
    QVERIFY(!find<QWidget>(QStringLiteral("webhookGroupBox"))->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("accessTokenValueLabel"))->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("phoneNumberIdValueLabel"))->isVisible());

    // Even a code as large as WhatsApp's is on screen without scrolling at the default size.
    QrCodeWidget* qr = pagePairing()->qrCodeWidget();
    qr->setPayload(whatsAppSizedPayload());
    QTRY_COMPARE(windowCode(), whatsAppSizedPayload());
    auto* scroll = find<QScrollArea>(QStringLiteral("pageScrollArea"));
    QCOMPARE(scroll->verticalScrollBar()->value(), 0);
    const QRect onViewport(qr->mapTo(scroll->viewport(), QPoint(0, 0)), qr->size());
    QVERIFY2(scroll->viewport()->rect().contains(onViewport),
             qPrintable(QStringLiteral("QR at %1,%2 %3x%4 in a viewport of %5x%6")
                            .arg(onViewport.x())
                            .arg(onViewport.y())
                            .arg(onViewport.width())
                            .arg(onViewport.height())
                            .arg(scroll->viewport()->width())
                            .arg(scroll->viewport()->height())));
}

void TestMainWindowLinked::testShowChannelOpensLinkedChannel()
{
    saveCloudChannel(QStringLiteral("Support"));
    saveLinkedChannel(QStringLiteral("Phone Bot"));
    openWindow(QStringLiteral("phone-bot"));
    QTRY_COMPARE(find<QListView>(QStringLiteral("channelListView"))->currentIndex().data().toString(),
                 QStringLiteral("Phone Bot"));
    QVERIFY(showsGatewayCode(m_window.get()));

    // Back to the Cloud channel: its page is as it always was, without a pairing code.
    QListView* list = find<QListView>(QStringLiteral("channelListView"));
    list->setCurrentIndex(list->model()->index(list->currentIndex().row() == 0 ? 1 : 0, 0));
    QCOMPARE(find<QLabel>(QStringLiteral("channelIdValueLabel"))->text(), QStringLiteral("support"));
    QVERIFY(!find<QWidget>(QStringLiteral("pairingGroupBox"))->isVisible());
    QVERIFY(find<QWidget>(QStringLiteral("webhookGroupBox"))->isVisible());
    QVERIFY(find<QWidget>(QStringLiteral("accessTokenValueLabel"))->isVisible());
    QVERIFY(!find<QWidget>(QStringLiteral("apiKeyValueLabel"))->isVisible());
    QVERIFY(windowCode().isEmpty());
}

void TestMainWindowLinked::testWizardSavesAndShowsQr()
{
    openWindow();
    find<QAction>(QStringLiteral("addChannelAction"))->trigger();
    QPointer<ChannelSetupWizard> wizard = m_window->findChild<ChannelSetupWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    auto* linked = wizard->findChild<QAbstractButton*>(QStringLiteral("linkedDeviceRadioButton"));
    QTest::mouseClick(linked, Qt::LeftButton, {}, QPoint(8, linked->height() / 2));
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("channelNameLineEdit")),
                     QStringLiteral("Phone Bot"));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ChannelSetupWizard::GatewayPage));
    auto* url = wizard->findChild<QLineEdit*>(QStringLiteral("gatewayBaseUrlLineEdit"));
    url->selectAll();
    QTest::keyClicks(url, m_fake->baseUrl().toString());
    QTest::keyClicks(wizard->findChild<QLineEdit*>(QStringLiteral("gatewayApiKeyLineEdit")),
                     FakeWahaServer::apiKey());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(ChannelSetupWizard::PairingPage));

    // Saved on entering the page, then the gateway's code is shown in the wizard itself.
    QTRY_VERIFY(m_desk->channel(QStringLiteral("phone-bot")).has_value());
    QCOMPARE(m_secrets->value(QStringLiteral("phone-bot"), LinkedFields::apiKey()), FakeWahaServer::apiKey());
    QVERIFY(showsGatewayCode(wizard));
    QVERIFY(m_fake->lastCreateRequest()
                .value(QStringLiteral("config"))
                .toObject()
                .contains(QStringLiteral("client")));

    QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_VERIFY(!wizard);
    QCOMPARE(find<QListView>(QStringLiteral("channelListView"))->currentIndex().data().toString(),
             QStringLiteral("Phone Bot"));
    QVERIFY(showsGatewayCode(m_window.get()));
}

void TestMainWindowLinked::testReplacingRejectedKeyReconnects()
{
    saveLinkedChannel(QStringLiteral("Phone Bot"), QStringLiteral("an-old-key"));
    openWindow();
    auto* state = pagePairing()->findChild<QLabel*>(QStringLiteral("stateLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(state->text(), QStringLiteral("API key rejected"), Timeout);
    QVERIFY(windowCode().isEmpty());

    QTest::mouseClick(find<QPushButton>(QStringLiteral("replaceApiKeyButton")), Qt::LeftButton);
    auto* dialog = m_window->findChild<ReplaceSecretDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"));
    QPushButton* ok
        = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTest::keyClicks(edit, QStringLiteral("with space"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("secretMessageLabel"))
                ->text()
                .startsWith(QStringLiteral("Error: The key contains a space")));
    QVERIFY(!ok->isEnabled());
    edit->clear();
    QTest::keyClicks(edit, FakeWahaServer::apiKey());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE(m_secrets->value(QStringLiteral("phone-bot"), LinkedFields::apiKey()),
                 FakeWahaServer::apiKey());
    // The controller rebuilds the adapter with the new key; the page follows it.
    QVERIFY(showsGatewayCode(m_window.get()));
    QCOMPARE(pagePairing()->findChild<QLabel*>(QStringLiteral("stateLabel"))->text(),
             QStringLiteral("Waiting for a scan"));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("apiKeyValueLabel"))->text(),
                 SecretMask::mask(FakeWahaServer::apiKey()));
}

void TestMainWindowLinked::testMissingKeyIsExplained()
{
    saveLinkedChannel(QStringLiteral("Phone Bot"), QString());
    openWindow();
    auto* detail = pagePairing()->findChild<QLabel*>(QStringLiteral("stateDetailLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(
        detail->text().contains(QStringLiteral("The gateway key of “phone-bot” is not available")), Timeout);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("phone-bot")));
    QCOMPARE(m_fake->requestCount(), 0);
}

void TestMainWindowLinked::testReplyFromConversationLog()
{
    m_fake->addSession(Session, QStringLiteral("WORKING"), true);
    saveLinkedChannel(QStringLiteral("Phone Bot"));
    openWindow();
    auto* state = pagePairing()->findChild<QLabel*>(QStringLiteral("stateLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Linked as")), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->webSocketClientCount(), 1, Timeout);
    m_fake->pushInbound(Session, QStringLiteral("15557654321@s.whatsapp.net"),
                        QStringLiteral("Is the shop open?"));

    auto* tabs = find<QTabWidget>(QStringLiteral("mainTabWidget"));
    tabs->setCurrentWidget(find<QWidget>(QStringLiteral("conversationsTab")));
    auto* conversations = find<QListView>(QStringLiteral("conversationListView"));
    QTRY_COMPARE_WITH_TIMEOUT(conversations->model()->rowCount(), 1, Timeout);
    const QModelIndex row = conversations->model()->index(0, 0);
    QTest::mouseClick(conversations->viewport(), Qt::LeftButton, {}, conversations->visualRect(row).center());
    auto* messages = find<QListView>(QStringLiteral("messageListView"));
    QTRY_COMPARE(messages->model()->rowCount(), 1);

    auto* text = find<QPlainTextEdit>(QStringLiteral("replyTextEdit"));
    auto* send = find<QPushButton>(QStringLiteral("sendReplyButton"));
    auto* counter = find<QLabel>(QStringLiteral("replyCounterLabel"));
    auto* status = find<QLabel>(QStringLiteral("replyStatusLabel"));
    QTRY_VERIFY(text->isEnabled());
    QVERIFY(!send->isEnabled());
    QCOMPARE(counter->text(), QStringLiteral("0 / 4096"));
    QTest::keyClicks(text, QStringLiteral("Yes, until 6 pm."));
    QCOMPARE(counter->text(), QStringLiteral("16 / 4096"));
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(status->text(), QStringLiteral("Sending…"));
    QVERIFY(!send->isEnabled());

    // The gateway got it for the right chat, and its echo is what puts it into the log.
    QTRY_COMPARE_WITH_TIMEOUT(m_fake->lastSendRequest().value(QStringLiteral("chatId")).toString(),
                              QStringLiteral("15557654321@c.us"), Timeout);
    QCOMPARE(m_fake->lastSendRequest().value(QStringLiteral("text")).toString(),
             QStringLiteral("Yes, until 6 pm."));
    QCOMPARE(m_fake->lastSendRequest().value(QStringLiteral("session")).toString(), Session);
    QTRY_COMPARE_WITH_TIMEOUT(messages->model()->rowCount(), 2, Timeout);
    const QModelIndex sent = messages->model()->index(1, 0);
    QCOMPARE(sent.data(MessageListModel::TextRole).toString(), QStringLiteral("Yes, until 6 pm."));
    QVERIFY(sent.data(MessageListModel::OutboundRole).toBool());
    QCOMPARE(sent.data(MessageListModel::ExternalIdRole).toString(), m_fake->lastSentMessageId());
    QTRY_COMPARE(status->text(), QStringLiteral("Sent."));
    QVERIFY(text->toPlainText().isEmpty());
    // Recorded as the operator's once the gateway confirmed it, whether or not its echo came first.
    QTRY_COMPARE(messages->model()->index(1, 0).data(MessageListModel::SentByTextRole).toString(),
                 QStringLiteral("sent by ") + OperatorName::current());

    // Too long for one WhatsApp message: said, and not sendable.
    text->setPlainText(QString(4097, QLatin1Char('x')));
    QCOMPARE(counter->text(), QStringLiteral("4097 / 4096 — too long"));
    QVERIFY(!send->isEnabled());
}

QTEST_MAIN(TestMainWindowLinked)
#include "TestMainWindowLinked.moc"
