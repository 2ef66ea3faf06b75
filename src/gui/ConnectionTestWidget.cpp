// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTestWidget.h"
#include "ui_ConnectionTestWidget.h"

#include "api/ConnectionTest.h"
#include "api/MetaErrorDecoder.h"
#include "util/WhenFinished.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QStringList>

namespace ChannelDesk {
namespace {

QString describeQuality(const QString& rating)
{
    if (rating == QLatin1String("GREEN"))
        return ConnectionTestWidget::tr("GREEN (high)");
    if (rating == QLatin1String("YELLOW"))
        return ConnectionTestWidget::tr("YELLOW (medium)");
    if (rating == QLatin1String("RED"))
        return ConnectionTestWidget::tr("RED (low)");
    if (rating == QLatin1String("NA") || rating.isEmpty())
        return ConnectionTestWidget::tr("not rated yet");
    return rating;
}

} // namespace

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

ConnectionTestWidget::~ConnectionTestWidget() = default;

void ConnectionTestWidget::setNetworkAccessManager(QNetworkAccessManager* network)
{
    m_network = network;
}

void ConnectionTestWidget::setEndpoint(const GraphEndpoint& endpoint, const QString& phoneNumberId)
{
    const Target target{endpoint, phoneNumberId, {}};
    setTargetProvider([target] { return QtFuture::makeReadyFuture(target); });
}

void ConnectionTestWidget::setTargetProvider(TargetProvider provider)
{
    m_provider = std::move(provider);
}

QNetworkAccessManager* ConnectionTestWidget::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

void ConnectionTestWidget::startTest()
{
    if (m_running)
        return;
    if (!m_provider) {
        showFailure(tr("There is nothing to test yet: the channel's settings are missing."), {});
        emit testFinished(false);
        return;
    }
    const quint64 generation = ++m_generation;
    setRunning(true);
    setDetails({});
    m_ui->testResultLabel->setStatus(FieldCheck::Severity::Ok, tr("Testing the connection to Meta…"));
    whenFinished(m_provider(), this, [this, generation](const Target& target) {
        if (generation != m_generation)
            return; // cancelled, or superseded, while the token was being read
        if (!target.problem.isEmpty()) {
            setRunning(false);
            showFailure(target.problem, {});
            emit testFinished(false);
            return;
        }
        runTest(target);
    });
}

void ConnectionTestWidget::runTest(const Target& target)
{
    auto* test = new ConnectionTest(network(), target.endpoint, target.phoneNumberId, this);
    if (m_timeoutMs > 0)
        test->setTimeout(m_timeoutMs);
    m_test = test;
    connect(test, &ConnectionTest::finished, this, [this, test] { onTestFinished(test); });
    test->start();
}

void ConnectionTestWidget::cancelTest()
{
    if (!m_running)
        return;
    if (m_test) {
        // finished() follows with a Cancelled error and ends the run in onTestFinished().
        m_test->cancel();
        return;
    }
    ++m_generation;
    setRunning(false);
    showFailure(tr("Test cancelled before it started."), {});
    emit testFinished(false);
}

void ConnectionTestWidget::onTestFinished(ConnectionTest* test)
{
    test->deleteLater();
    if (test != m_test)
        return;
    m_test = nullptr;
    setRunning(false);
    const bool ok = test->succeeded();
    if (ok)
        showSuccess(*test);
    else if (test->error().kind == GraphError::Kind::Cancelled)
        showFailure(tr("Test cancelled; Meta's answer was not awaited. Click Test Connection to try again."),
                    {});
    else
        showFailure(test->failureText(), MetaErrorDecoder::technicalDetails(test->error()));
    emit testFinished(ok);
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

void ConnectionTestWidget::showSuccess(const ConnectionTest& test)
{
    const PhoneNumberInfo& info = test.info();
    QStringList lines{test.successText()};
    lines << tr("Quality rating: %1").arg(describeQuality(info.qualityRating));
    if (!info.platformType.isEmpty())
        lines << tr("Platform: %1").arg(info.platformType);
    if (!info.throughputLevel.isEmpty())
        lines << tr("Throughput: %1").arg(info.throughputLevel);
    for (const QString& warning : test.warnings())
        lines << tr("Warning: %1").arg(warning);
    const auto severity
        = test.warnings().isEmpty() ? FieldCheck::Severity::Ok : FieldCheck::Severity::Warning;
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
