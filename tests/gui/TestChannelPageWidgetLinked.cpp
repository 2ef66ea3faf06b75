// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The channel page of a linked-device channel: removing it offers to log the phone out at the
// gateway first, and Send Test Message sends through the gateway.
#include "ChannelPageWidget.h"
#include "MessageBox.h"
#include "TestMessageDialog.h"

#include "channels/LinkedFields.h"
#include "desk/LocalDesk.h"

#include "FakeSecretStore.h"
#include "FakeWahaServer.h"
#include "TestEnvironment.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace ChannelDesk;

namespace {

const QString ChannelId = QStringLiteral("phone");
const QString Session = QStringLiteral("default");
constexpr int Timeout = 5000;

} // namespace

class TestChannelPageWidgetLinked : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TestEnvironment::init(); }
    void init();
    void cleanup();
    void testRemoveOffersLogOutFirst();
    void testLogOutAndRemoveReachesTheGateway();
    void testRemoveOnlyLeavesThePhoneLinked();
    void testCancelKeepsTheChannel();
    void testSendTestMessageThroughTheGateway();
    void testTestMessageWaitsForTheLink();

private:
    QMessageBox* clickRemove();
    QPushButton* boxButton(QMessageBox* box, const QString& text) const;
    LinkState state() const { return m_desk->linkStatus(ChannelId).state; }

    std::unique_ptr<FakeWahaServer> m_waha;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    FakeSecretStore m_secrets;
    std::unique_ptr<LocalDesk> m_desk;
    std::unique_ptr<ChannelPageWidget> m_page;
};

void TestChannelPageWidgetLinked::init()
{
    m_waha = std::make_unique<FakeWahaServer>();
    QVERIFY(m_waha->start());
    m_waha->addSession(Session, QStringLiteral("WORKING"), true);
    m_dataDir = std::make_unique<QTemporaryDir>();
    LocalDesk::Options options;
    options.secrets = &m_secrets;
    options.receiver = false;
    options.linkMaxAttempts = 5;
    options.linkInitialBackoffMs = 20;
    options.linkMaxBackoffMs = 80;
    m_desk = std::make_unique<LocalDesk>(m_dataDir->path(), options);
    m_desk->setHealthChecksActive(false);
    auto loaded = m_desk->loadChannels();
    QTRY_VERIFY(loaded.isFinished());
    ChannelDraft draft;
    draft.channel.id = ChannelId;
    draft.channel.name = QStringLiteral("Phone");
    draft.channel.kind = ChannelKinds::whatsAppLinked();
    draft.channel.fields.insert(LinkedFields::gateway(), LinkedFields::waha());
    draft.channel.fields.insert(LinkedFields::baseUrl(), m_waha->baseUrl().toString());
    draft.channel.fields.insert(LinkedFields::session(), Session);
    draft.secrets.insert(LinkedFields::apiKey(), FakeWahaServer::apiKey());
    auto saved = m_desk->saveChannels({draft});
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
    QTRY_COMPARE_WITH_TIMEOUT(state(), LinkState::Connected, Timeout);
    m_page = std::make_unique<ChannelPageWidget>(m_desk.get());
    m_page->setChannel(ChannelId);
    m_page->resize(900, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestChannelPageWidgetLinked::cleanup()
{
    m_page.reset();
    m_desk.reset();
    m_dataDir.reset();
    m_waha.reset();
}

QMessageBox* TestChannelPageWidgetLinked::clickRemove()
{
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("removeChannelButton")), Qt::LeftButton);
    QMessageBox* box = nullptr;
    if (!QTest::qWaitFor([&] { return (box = m_page->findChild<QMessageBox*>()) && box->isVisible(); },
                         Timeout))
        return nullptr;
    return box;
}

QPushButton* TestChannelPageWidgetLinked::boxButton(QMessageBox* box, const QString& text) const
{
    for (QAbstractButton* button : box->buttons()) {
        if (button->text() == text)
            return qobject_cast<QPushButton*>(button);
    }
    return nullptr;
}

void TestChannelPageWidgetLinked::testRemoveOffersLogOutFirst()
{
    QMessageBox* box = clickRemove();
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("Log Out and Remove")));
    QVERIFY(boxButton(box, QStringLiteral("Log Out and Remove")));
    QVERIFY(boxButton(box, QStringLiteral("Remove Only")));
    QVERIFY(box->button(QMessageBox::Cancel));
    // Nothing destructive is the default.
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
}

void TestChannelPageWidgetLinked::testLogOutAndRemoveReachesTheGateway()
{
    QSignalSpy removed(m_page.get(), &ChannelPageWidget::channelRemoved);
    QMessageBox* box = clickRemove();
    QVERIFY(box);
    QPushButton* logOut = boxButton(box, QStringLiteral("Log Out and Remove"));
    QVERIFY(logOut);
    QTest::mouseClick(logOut, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, Timeout);
    QVERIFY(!m_desk->channel(ChannelId));
    // The log-out reached the gateway although the channel's session was closed right after.
    QTRY_COMPARE_WITH_TIMEOUT(m_waha->requestsTo(QStringLiteral("POST /api/sessions/default/logout")), 1,
                              Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_waha->isLinked(Session), Timeout);
    auto key = m_secrets.readSecret(ChannelId, LinkedFields::apiKey());
    QTRY_VERIFY(key.isFinished());
    QCOMPARE(key.result().code, SecretResult::Code::NotFound);
}

void TestChannelPageWidgetLinked::testRemoveOnlyLeavesThePhoneLinked()
{
    QSignalSpy removed(m_page.get(), &ChannelPageWidget::channelRemoved);
    QMessageBox* box = clickRemove();
    QVERIFY(box);
    QTest::mouseClick(boxButton(box, QStringLiteral("Remove Only")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, Timeout);
    QVERIFY(!m_desk->channel(ChannelId));
    QVERIFY(!QTest::qWaitFor(
        [&] { return m_waha->requestsTo(QStringLiteral("POST /api/sessions/default/logout")) > 0; }, 300));
    QVERIFY(m_waha->isLinked(Session));
}

void TestChannelPageWidgetLinked::testCancelKeepsTheChannel()
{
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_page->removeChannel();
    QVERIFY(!QTest::qWaitFor([&] { return !m_desk->channel(ChannelId); }, 300));
    QCOMPARE(m_waha->requestsTo(QStringLiteral("POST /api/sessions/default/logout")), 0);
    QCOMPARE(state(), LinkState::Connected);
}

void TestChannelPageWidgetLinked::testSendTestMessageThroughTheGateway()
{
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("sendTestMessageButton"));
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    TestMessageDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<TestMessageDialog*>()) && dialog->isVisible());
    // Text only, through the gateway: no template to choose.
    auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("kindCombo"));
    QCOMPARE(kind->currentIndex(), 1);
    QVERIFY(!kind->isEnabled());
    auto* number = dialog->findChild<QLineEdit*>(QStringLiteral("numberEdit"));
    auto* numberMessage = dialog->findChild<QLabel*>(QStringLiteral("numberMessageLabel"));
    number->setText(QStringLiteral("0151 2345678"));
    QVERIFY2(numberMessage->text().contains(QLatin1String("country code")),
             qPrintable(numberMessage->text()));
    QVERIFY(!dialog->sendButton()->isEnabled());
    number->setText(QStringLiteral("+1 555-765-4321"));
    QCOMPARE(numberMessage->text(), QStringLiteral("Sends to +15557654321."));
    QTRY_VERIFY(dialog->sendButton()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!m_waha->lastSendRequest().isEmpty(), Timeout);
    const QJsonObject sent = m_waha->lastSendRequest();
    QCOMPARE(sent.value(QLatin1String("chatId")).toString(), QStringLiteral("15557654321@c.us"));
    QCOMPARE(sent.value(QLatin1String("text")).toString(), QStringLiteral("Test message from ChannelDesk"));
    auto* hops = dialog->findChild<QTreeWidget*>(QStringLiteral("hopTree"));
    QTRY_COMPARE_WITH_TIMEOUT(hops->topLevelItemCount(), 2, Timeout);
    QCOMPARE(hops->topLevelItem(1)->data(0, Qt::UserRole).toString(), QStringLiteral("accepted"));
    QCOMPARE(hops->topLevelItem(1)->text(0), QStringLiteral("Accepted by the gateway"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("statusLabel"))
                ->text()
                .startsWith(QStringLiteral("Accepted by the gateway")));
}

void TestChannelPageWidgetLinked::testTestMessageWaitsForTheLink()
{
    m_desk->stopLink(ChannelId);
    QCOMPARE(state(), LinkState::Stopped);
    auto* dialog = new TestMessageDialog(m_desk.get(), ChannelId, m_page.get());
    dialog->show();
    dialog->findChild<QLineEdit*>(QStringLiteral("numberEdit"))->setText(QStringLiteral("+15557654321"));
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("until its phone is linked")),
             qPrintable(status->text()));
    QVERIFY(!dialog->sendButton()->isEnabled());
    // Once the phone is linked again, it can send, and the old reason goes.
    m_desk->connectLink(ChannelId);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->sendButton()->isEnabled(),
                              qPrintable(QStringLiteral("link state %1 (%2), status “%3”, gateway session %4")
                                             .arg(int(state()))
                                             .arg(m_desk->linkStatus(ChannelId).reason, status->text(),
                                                  m_waha->sessionStatus(Session))),
                              Timeout);
    QVERIFY(status->text().isEmpty());
}

QTEST_MAIN(TestChannelPageWidgetLinked)
#include "TestChannelPageWidgetLinked.moc"
