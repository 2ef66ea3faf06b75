// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The "Test Connection" panel: runs a ConnectionTest, shows a busy indicator and a Cancel button
//! while it runs, then the outcome in plain words with copyable technical details. Embedded in the
//! setup wizard and on each channel page.

#include "api/GraphApiClient.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Ui {
class ConnectionTestWidget;
}

namespace ChannelDesk {

class ConnectionTest;

class ConnectionTestWidget : public QWidget
{
    Q_OBJECT

public:
    //! What to test. A non-empty problem fails the test without a request (e.g. no token stored).
    struct Target
    {
        GraphEndpoint endpoint;
        QString phoneNumberId;
        QString problem;
    };
    //! Called when the user starts a test; may complete later (a token read from the keychain).
    using TargetProvider = std::function<QFuture<Target>()>;

    explicit ConnectionTestWidget(QWidget* parent = nullptr);
    ~ConnectionTestWidget() override;

    //! Without one, the widget creates its own.
    void setNetworkAccessManager(QNetworkAccessManager* network);
    void setEndpoint(const GraphEndpoint& endpoint, const QString& phoneNumberId);
    void setTargetProvider(TargetProvider provider);
    //! Overrides the Graph client's request timeout (tests use a short one).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    bool isRunning() const { return m_running; }
    void startTest();
    void cancelTest();
    void clearResult();

signals:
    void runningChanged(bool running);
    void testFinished(bool ok);

private:
    void runTest(const Target& target);
    void onTestFinished(ConnectionTest* test);
    void setRunning(bool running);
    void showSuccess(const ConnectionTest& test);
    void showFailure(const QString& text, const QString& details);
    void setDetails(const QString& details);
    QNetworkAccessManager* network();

    std::unique_ptr<Ui::ConnectionTestWidget> m_ui;
    QPointer<QNetworkAccessManager> m_network;
    TargetProvider m_provider;
    QPointer<ConnectionTest> m_test;
    int m_timeoutMs = 0;
    //! Bumped on every start and cancel, so a token that arrives after Cancel starts nothing.
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace ChannelDesk
