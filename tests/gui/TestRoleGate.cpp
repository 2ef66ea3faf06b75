// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleGate.h"

#include "TestEnvironment.h"

#include <QAction>
#include <QPushButton>
#include <QTest>

using namespace ChannelDesk;

Q_DECLARE_METATYPE(ChannelDesk::ApiRole)
Q_DECLARE_METATYPE(ChannelDesk::RoleGate::Action)

class TestRoleGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testLocalAllowsEverything();
    void testRemoteRoles_data();
    void testRemoteRoles();
    void testServerSettingsAreTheServers();
    void testApplyDisablesWithReasonAndRestores();
    void testApplyKeepsOtherReasonsToBeDisabled();

private:
    static DeskConnection remote(ApiRole role)
    {
        DeskConnection connection;
        connection.state = DeskConnection::State::Connected;
        connection.url = QUrl(QStringLiteral("https://desk.example.com:8646"));
        connection.keyName = QStringLiteral("ops");
        connection.role = role;
        return connection;
    }
};

void TestRoleGate::initTestCase()
{
    TestEnvironment::init();
}

void TestRoleGate::testLocalAllowsEverything()
{
    const DeskConnection local;
    for (auto action :
         {RoleGate::Action::Reply, RoleGate::Action::SendTestMessage, RoleGate::Action::ManageLink,
          RoleGate::Action::ClearOptOut, RoleGate::Action::EditChannels, RoleGate::Action::ManageApiKeys,
          RoleGate::Action::ServerSettings})
        QVERIFY(RoleGate::refusal(local, action).isEmpty());
}

void TestRoleGate::testRemoteRoles_data()
{
    QTest::addColumn<ApiRole>("role");
    QTest::addColumn<RoleGate::Action>("action");
    QTest::addColumn<bool>("allowed");
    using A = RoleGate::Action;
    QTest::newRow("viewer may not reply") << ApiRole::Viewer << A::Reply << false;
    QTest::newRow("viewer may not send a test") << ApiRole::Viewer << A::SendTestMessage << false;
    QTest::newRow("sender replies") << ApiRole::Sender << A::Reply << true;
    QTest::newRow("sender sends a test") << ApiRole::Sender << A::SendTestMessage << true;
    QTest::newRow("sender may not manage links") << ApiRole::Sender << A::ManageLink << false;
    QTest::newRow("sender may not clear an opt-out") << ApiRole::Sender << A::ClearOptOut << false;
    QTest::newRow("operator manages links") << ApiRole::Operator << A::ManageLink << true;
    QTest::newRow("operator clears an opt-out") << ApiRole::Operator << A::ClearOptOut << true;
    QTest::newRow("operator may not edit channels") << ApiRole::Operator << A::EditChannels << false;
    QTest::newRow("operator may not manage keys") << ApiRole::Operator << A::ManageApiKeys << false;
    QTest::newRow("admin edits channels") << ApiRole::Admin << A::EditChannels << true;
    QTest::newRow("admin manages keys") << ApiRole::Admin << A::ManageApiKeys << true;
}

void TestRoleGate::testRemoteRoles()
{
    QFETCH(ApiRole, role);
    QFETCH(RoleGate::Action, action);
    QFETCH(bool, allowed);
    const QString refusal = RoleGate::refusal(remote(role), action);
    QCOMPARE(refusal.isEmpty(), allowed);
    if (!allowed) {
        // The reason names the key, its role and the role needed.
        QVERIFY2(refusal.contains(QStringLiteral("ops")), qPrintable(refusal));
        QVERIFY(refusal.contains(apiRoleName(role)));
        QVERIFY(refusal.contains(apiRoleName(RoleGate::neededRole(action))));
    }
}

void TestRoleGate::testServerSettingsAreTheServers()
{
    const QString refusal = RoleGate::refusal(remote(ApiRole::Admin), RoleGate::Action::ServerSettings);
    QCOMPARE(refusal,
             QStringLiteral("These are the server's settings; change them where `channeldesk serve` runs."));
    // Also while the connection is down: the settings belong to the server all the same.
    DeskConnection reconnecting = remote(ApiRole::Admin);
    reconnecting.state = DeskConnection::State::Reconnecting;
    QVERIFY(!RoleGate::refusal(reconnecting, RoleGate::Action::ServerSettings).isEmpty());
}

void TestRoleGate::testApplyDisablesWithReasonAndRestores()
{
    QPushButton button;
    button.setToolTip(QStringLiteral("own tooltip"));
    RoleGate::apply(&button, QStringLiteral("needs admin"));
    QVERIFY(!button.isEnabled());
    QCOMPARE(button.toolTip(), QStringLiteral("needs admin"));
    // Applied again (every connectionChanged): the own tooltip is still the one kept.
    RoleGate::apply(&button, QStringLiteral("needs operator"));
    QCOMPARE(button.toolTip(), QStringLiteral("needs operator"));
    RoleGate::apply(&button, QString());
    QVERIFY(button.isEnabled());
    QCOMPARE(button.toolTip(), QStringLiteral("own tooltip"));

    QAction action(QStringLiteral("Remove"));
    action.setToolTip(QStringLiteral("Delete it"));
    RoleGate::apply(&action, QStringLiteral("needs admin"));
    QVERIFY(!action.isEnabled());
    QCOMPARE(action.toolTip(), QStringLiteral("needs admin"));
    RoleGate::apply(&action, QString());
    QVERIFY(action.isEnabled());
    QCOMPARE(action.toolTip(), QStringLiteral("Delete it"));
}

void TestRoleGate::testApplyKeepsOtherReasonsToBeDisabled()
{
    QPushButton button;
    RoleGate::apply(&button, QString(), false);
    QVERIFY(!button.isEnabled());
    RoleGate::apply(&button, QString(), true);
    QVERIFY(button.isEnabled());
}

QTEST_MAIN(TestRoleGate)
#include "TestRoleGate.moc"
