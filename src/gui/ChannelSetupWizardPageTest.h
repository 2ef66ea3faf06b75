// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Third wizard page: Test Connection with the values typed on the credentials page. Optional,
//! but Next waits while a test is running.

#include <QWizardPage>

#include <memory>

namespace Ui {
class ChannelSetupWizardPageTest;
}

namespace ChannelDesk {

class ConnectionTestWidget;
class Desk;

class ChannelSetupWizardPageTest : public QWizardPage
{
    Q_OBJECT

public:
    explicit ChannelSetupWizardPageTest(Desk* desk, QWidget* parent = nullptr);
    ~ChannelSetupWizardPageTest() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    ConnectionTestWidget* connectionTestWidget() const;

private:
    std::unique_ptr<Ui::ChannelSetupWizardPageTest> m_ui;
};

} // namespace ChannelDesk
