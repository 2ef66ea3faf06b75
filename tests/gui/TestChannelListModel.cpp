// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelListModel.h"

#include "desk/LocalDesk.h"

#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ChannelDesk;

class TestChannelListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testRowsFollowDesk();
    void testStatusIsText();

private:
    static ChannelDraft draft(const QString& id, const QString& name, bool enabled);
    static std::unique_ptr<LocalDesk> makeDesk(const QTemporaryDir& dir, FakeSecretStore* secrets);
    static void save(Desk& desk, const QList<ChannelDraft>& drafts);
};

void TestChannelListModel::initTestCase()
{
    TestEnvironment::init();
}

ChannelDraft TestChannelListModel::draft(const QString& id, const QString& name, bool enabled)
{
    ChannelDraft d;
    d.channel.id = id;
    d.channel.name = name;
    d.channel.kind = ChannelKinds::whatsAppCloud();
    d.channel.enabled = enabled;
    return d;
}

std::unique_ptr<LocalDesk> TestChannelListModel::makeDesk(const QTemporaryDir& dir, FakeSecretStore* secrets)
{
    LocalDesk::Options options;
    options.secrets = secrets;
    options.receiver = false;
    auto desk = std::make_unique<LocalDesk>(dir.path(), options);
    desk->setHealthChecksActive(false);
    auto loaded = desk->loadChannels();
    if (!QTest::qWaitFor([&loaded] { return loaded.isFinished(); }, 5000) || !loaded.result().ok())
        qFatal("the channels were not loaded");
    return desk;
}

void TestChannelListModel::save(Desk& desk, const QList<ChannelDraft>& drafts)
{
    auto saved = desk.saveChannels(drafts);
    QTRY_VERIFY(saved.isFinished());
    QVERIFY(saved.result().ok());
}

void TestChannelListModel::testRowsFollowDesk()
{
    QTemporaryDir dir;
    FakeSecretStore secrets;
    const auto desk = makeDesk(dir, &secrets);
    ChannelListModel model(desk.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    save(*desk,
         {draft(QStringLiteral("support"), QStringLiteral("Support"), true),
          draft(QStringLiteral("billing"), QStringLiteral("Billing"), false)});
    QVERIFY(reset.size() >= 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Billing")); // sorted by name
    QCOMPARE(model.index(1).data(ChannelListModel::IdRole).toString(), QStringLiteral("support"));
    QCOMPARE(model.rowOf(QStringLiteral("support")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);

    auto removed = desk->removeChannel(QStringLiteral("billing"));
    QTRY_VERIFY(removed.isFinished());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Support"));
}

void TestChannelListModel::testStatusIsText()
{
    QTemporaryDir dir;
    FakeSecretStore secrets;
    const auto desk = makeDesk(dir, &secrets);
    ChannelListModel model(desk.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    save(*desk,
         {draft(QStringLiteral("billing"), QStringLiteral("Billing"), false),
          draft(QStringLiteral("support"), QStringLiteral("Support"), true)});

    QCOMPARE(model.index(0).data(ChannelListModel::DetailsRole).toString(),
             QStringLiteral("billing · WhatsApp Cloud API · Disabled"));
    QCOMPARE(model.index(1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("support · WhatsApp Cloud API · Enabled"));
    QCOMPARE(model.index(1).data(ChannelListModel::EnabledRole).toBool(), true);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLastTestResult(QStringLiteral("support"), false);
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.index(1)
                .data(Qt::AccessibleDescriptionRole)
                .toString()
                .endsWith(QStringLiteral("Last test failed")));
    model.setLastTestResult(QStringLiteral("support"), true);
    QVERIFY(model.index(1)
                .data(ChannelListModel::DetailsRole)
                .toString()
                .endsWith(QStringLiteral("Last test passed")));
}

QTEST_MAIN(TestChannelListModel)
#include "TestChannelListModel.moc"
