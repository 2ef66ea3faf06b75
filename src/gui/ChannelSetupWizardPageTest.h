// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Third wizard page: Test Connection with the values typed on the credentials page (or, for a
//! WeCom app, on the WeCom page). Optional, but Next waits while a test is running.

#include "desk/ConnectionCheck.h"

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
    //! What Test Connection asks, from the wizard's fields as they are now.
    ConnectionCheckRequest request() const;

private:
    //! The id the name on the first page gives (whose stored secret a request left empty uses).
    QString storedChannelId() const;
    std::unique_ptr<Ui::ChannelSetupWizardPageTest> m_ui;
    QString m_cloudApiSubTitle;
};

} // namespace ChannelDesk
