// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPageTest.h"
#include "ui_ChannelSetupWizardPageTest.h"

#include "channels/CloudApiFields.h"
#include "ConnectionTestWidget.h"

#include <QUrl>

namespace ChannelDesk {

ChannelSetupWizardPageTest::ChannelSetupWizardPageTest(QNetworkAccessManager* network, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPageTest>())
{
    m_ui->setupUi(this);
    m_ui->connectionTestWidget->setNetworkAccessManager(network);
    connect(m_ui->connectionTestWidget, &ConnectionTestWidget::runningChanged, this,
            &ChannelSetupWizardPageTest::completeChanged);
    // Read the fields when the test starts, not when the page opens, so the values are current.
    m_ui->connectionTestWidget->setTargetProvider([this] {
        using namespace CloudApiFields;
        ConnectionTestWidget::Target target;
        target.endpoint.baseUrl = QUrl(field(graphBaseUrl()).toString().trimmed());
        target.endpoint.apiVersion = field(apiVersion()).toString().trimmed();
        target.endpoint.accessToken = field(accessToken()).toString();
        target.phoneNumberId = field(phoneNumberId()).toString().trimmed();
        return QtFuture::makeReadyFuture(target);
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
