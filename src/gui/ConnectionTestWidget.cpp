// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTestWidget.h"
#include "ui_ConnectionTestWidget.h"

#include "desk/Desk.h"
#include "health/PhoneNumberWords.h"
#include "util/WhenFinished.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QStringList>

namespace ChannelDesk {
ConnectionTestWidget::ConnectionTestWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionTestWidget>())
{
    m_ui->setupUi(this);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &ConnectionTestWidget::startTest);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, this, &ConnectionTestWidget::cancelTest);
    connect(m_ui->showTestDetailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->testDetailsPanel->setVisible(shown);
        m_ui->showTestDetailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->copyTestDetailsButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->testDetailsText->toPlainText()); });
}

ConnectionTestWidget::~ConnectionTestWidget()
{
    // Nobody waits for the answer any more: let the Desk abort Meta's request.
    m_test.cancel();
}

void ConnectionTestWidget::setDesk(Desk* desk)
{
    m_desk = desk;
}

void ConnectionTestWidget::setRequest(const ConnectionCheckRequest& request)
{
    setRequestProvider([request] { return Result<ConnectionCheckRequest>(request); });
}

void ConnectionTestWidget::setRequestProvider(RequestProvider provider)
{
    m_provider = std::move(provider);
}

void ConnectionTestWidget::startTest()
{
    if (m_running)
        return;
    if (!m_provider || !m_desk) {
        showFailure(tr("There is nothing to test yet: the channel's settings are missing."), {});
        emit testFinished(false);
        return;
    }
    Result<ConnectionCheckRequest> request = m_provider();
    if (!request.ok()) {
        showFailure(request.error().message, {});
        emit testFinished(false);
        return;
    }
    if (m_timeoutMs > 0)
        request.value().timeoutMs = m_timeoutMs;
    const quint64 generation = ++m_generation;
    setRunning(true);
    setDetails({});
    m_ui->testResultLabel->setStatus(FieldCheck::Severity::Ok, tr("Testing the connection to Meta…"));
    m_test = m_desk->testConnection(request.value());
    whenFinished(m_test, this, [this, generation](const ConnectionCheck& check) {
        if (generation == m_generation)
            onTestFinished(check);
    });
}

void ConnectionTestWidget::cancelTest()
{
    if (!m_running)
        return;
    // The run ends now, whether the Desk was still reading the token or waiting for Meta.
    ++m_generation;
    m_test.cancel();
    m_test = {};
    setRunning(false);
    showFailure(tr("Test cancelled; Meta's answer was not awaited. Click Test Connection to try again."), {});
    emit testFinished(false);
}

void ConnectionTestWidget::onTestFinished(const ConnectionCheck& check)
{
    m_test = {};
    setRunning(false);
    switch (check.outcome) {
    case ConnectionCheck::Outcome::Ok:
        showSuccess(check);
        break;
    case ConnectionCheck::Outcome::Cancelled:
        showFailure(tr("Test cancelled; Meta's answer was not awaited. Click Test Connection to try again."),
                    {});
        break;
    case ConnectionCheck::Outcome::Failed:
        showFailure(check.failureText, check.details);
        break;
    }
    emit testFinished(check.ok());
}

void ConnectionTestWidget::clearResult()
{
    if (m_running)
        cancelTest();
    m_ui->testResultLabel->clearMessage();
    setDetails({});
}

void ConnectionTestWidget::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    m_ui->testConnectionButton->setEnabled(!running);
    m_ui->cancelTestButton->setVisible(running);
    m_ui->testBusyBar->setVisible(running);
    // Keep keyboard users on a button that still does something.
    if (running && m_ui->testConnectionButton->hasFocus())
        m_ui->cancelTestButton->setFocus();
    else if (!running && m_ui->cancelTestButton->hasFocus())
        m_ui->testConnectionButton->setFocus();
    emit runningChanged(running);
}

void ConnectionTestWidget::showSuccess(const ConnectionCheck& check)
{
    const PhoneNumberInfo& info = check.info;
    QStringList lines{check.successText};
    lines << tr("Quality rating: %1").arg(PhoneNumberWords::quality(info.qualityRating));
    if (!info.platformType.isEmpty())
        lines << tr("Platform: %1").arg(PhoneNumberWords::platform(info.platformType));
    if (!info.throughputLevel.isEmpty())
        lines << tr("Throughput: %1").arg(PhoneNumberWords::throughput(info.throughputLevel));
    for (const QString& warning : check.warnings)
        lines << tr("Warning: %1").arg(warning);
    const auto severity = check.warnings.isEmpty() ? FieldCheck::Severity::Ok : FieldCheck::Severity::Warning;
    m_ui->testResultLabel->setStatus(severity, lines.join(QLatin1Char('\n')));
    setDetails({});
}

void ConnectionTestWidget::showFailure(const QString& text, const QString& details)
{
    m_ui->testResultLabel->setStatus(FieldCheck::Severity::Error, text);
    setDetails(details);
}

void ConnectionTestWidget::setDetails(const QString& details)
{
    m_ui->testDetailsText->setPlainText(details);
    m_ui->showTestDetailsButton->setVisible(!details.isEmpty());
    if (details.isEmpty())
        m_ui->showTestDetailsButton->setChecked(false);
}

} // namespace ChannelDesk
