// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSetupWizardPageTest.h"
#include "ui_ChannelSetupWizardPageTest.h"

#include "channels/ChannelNaming.h"
#include "channels/CloudApiFields.h"
#include "channels/WeComFields.h"
#include "ChannelSetupWizardPageKind.h"
#include "ChannelSetupWizardPageWeCom.h"
#include "ConnectionTestWidget.h"

#include <QUrl>

namespace ChannelDesk {

ChannelSetupWizardPageTest::ChannelSetupWizardPageTest(Desk* desk, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChannelSetupWizardPageTest>())
{
    m_ui->setupUi(this);
    m_cloudApiSubTitle = subTitle();
    m_ui->connectionTestWidget->setDesk(desk);
    connect(m_ui->connectionTestWidget, &ConnectionTestWidget::runningChanged, this,
            &ChannelSetupWizardPageTest::completeChanged);
    // Read the fields when the test starts, not when the page opens, so the values are current.
    m_ui->connectionTestWidget->setRequestProvider(
        [this] { return Result<ConnectionCheckRequest>(request()); });
}

ChannelSetupWizardPageTest::~ChannelSetupWizardPageTest() = default;

ConnectionCheckRequest ChannelSetupWizardPageTest::request() const
{
    // Not saved yet: the token or secret goes along with the request.
    ConnectionCheckRequest request;
    if (field(ChannelSetupWizardPageKind::kindField()).toString() == ChannelKinds::weCom()) {
        auto text = [this](const QString& key) {
            return field(ChannelSetupWizardPageWeCom::fieldName(key)).toString();
        };
        request.kind = ChannelKinds::weCom();
        request.corpId = text(WeComFields::corpId()).trimmed();
        request.agentId = text(WeComFields::agentId()).trimmed();
        request.corpSecret = text(WeComFields::corpSecret());
        request.apiBaseUrl = QUrl(text(WeComFields::apiBaseUrl()).trimmed());
        // Left empty while updating a stored channel: the Desk uses the stored Secret.
        if (request.corpSecret.isEmpty())
            request.channelId = storedChannelId();
        return request;
    }
    using namespace CloudApiFields;
    request.graphBaseUrl = QUrl(field(graphBaseUrl()).toString().trimmed());
    request.apiVersion = field(apiVersion()).toString().trimmed();
    request.accessToken = field(accessToken()).toString();
    request.phoneNumberId = field(phoneNumberId()).toString().trimmed();
    if (request.accessToken.isEmpty())
        request.channelId = storedChannelId();
    return request;
}

QString ChannelSetupWizardPageTest::storedChannelId() const
{
    return ChannelNaming::idFor(field(ChannelSetupWizardPageKind::nameField()).toString());
}

void ChannelSetupWizardPageTest::initializePage()
{
    setSubTitle(field(ChannelSetupWizardPageKind::kindField()).toString() == ChannelKinds::weCom()
                    ? tr("ChannelDesk asks WeCom's API for an access token with the app's Secret, then for "
                         "the app's name. Nothing is sent to anyone.")
                    : m_cloudApiSubTitle);
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
