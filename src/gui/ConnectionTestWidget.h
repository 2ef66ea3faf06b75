// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The "Test Connection" panel: asks the Desk to test the connection, shows a busy indicator and a
//! Cancel button while it runs, then the outcome in plain words with copyable technical details.
//! Embedded in the setup wizard and on each channel page.

#include "desk/ConnectionCheck.h"
#include "util/Result.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ConnectionTestWidget;
}

namespace ChannelDesk {

class Desk;

class ConnectionTestWidget : public QWidget
{
    Q_OBJECT

public:
    //! Called when the user starts a test, so the request has the values of that moment. An error
    //! fails the test without a request; its message is shown.
    using RequestProvider = std::function<Result<ConnectionCheckRequest>()>;

    //! Built by Designer promotion: setDesk() before the first test.
    explicit ConnectionTestWidget(QWidget* parent = nullptr);
    ~ConnectionTestWidget() override;

    void setDesk(Desk* desk);
    void setRequest(const ConnectionCheckRequest& request);
    void setRequestProvider(RequestProvider provider);
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
    void onTestFinished(const ConnectionCheck& check);
    void setRunning(bool running);
    void showSuccess(const ConnectionCheck& check);
    void showFailure(const QString& text, const QString& details);
    void setDetails(const QString& details);

    std::unique_ptr<Ui::ConnectionTestWidget> m_ui;
    QPointer<Desk> m_desk;
    RequestProvider m_provider;
    //! The test running now; cancelling it makes the Desk abort Meta's request.
    QFuture<ConnectionCheck> m_test;
    int m_timeoutMs = 0;
    //! Bumped on every start and cancel, so an answer that arrives after Cancel shows nothing.
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace ChannelDesk
