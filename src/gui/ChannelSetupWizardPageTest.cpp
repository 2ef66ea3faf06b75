// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPageTest.h"
#include "ui_ChannelSetupWizardPageTest.h"

#include "channels/CloudApiFields.h"
#include "ConnectionTestWidget.h"

#include <QUrl>

namespace ChannelDesk {

ChannelSetupWizardPageTest::ChannelSetupWizardPageTest(Desk* desk, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPageTest>())
{
    m_ui->setupUi(this);
    m_ui->connectionTestWidget->setDesk(desk);
    connect(m_ui->connectionTestWidget, &ConnectionTestWidget::runningChanged, this,
            &ChannelSetupWizardPageTest::completeChanged);
    // Read the fields when the test starts, not when the page opens, so the values are current.
    m_ui->connectionTestWidget->setRequestProvider([this] {
        using namespace CloudApiFields;
        // Not saved yet: the token goes along with the request.
        ConnectionCheckRequest request;
        request.graphBaseUrl = QUrl(field(graphBaseUrl()).toString().trimmed());
        request.apiVersion = field(apiVersion()).toString().trimmed();
        request.accessToken = field(accessToken()).toString();
        request.phoneNumberId = field(phoneNumberId()).toString().trimmed();
        return Result<ConnectionCheckRequest>(request);
    });
}

ChannelSetupWizardPageTest::~ChannelSetupWizardPageTest() = default;

void ChannelSetupWizardPageTest::initializePage()
{
    // A result shown for other credentials would be misleading.
    m_ui->connectionTestWidget->clearResult();
}

void ChannelSetupWizardPageTest::cleanupPage()
{
    m_ui->connectionTestWidget->clearResult();
}

bool ChannelSetupWizardPageTest::isComplete() const
{
    return !m_ui->connectionTestWidget->isRunning();
}

ConnectionTestWidget* ChannelSetupWizardPageTest::connectionTestWidget() const
{
    return m_ui->connectionTestWidget;
}

} // namespace ChannelDesk
