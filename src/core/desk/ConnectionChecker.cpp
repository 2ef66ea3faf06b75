// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desk/ConnectionChecker.h"

#include "api/ConnectionTest.h"
#include "api/MetaErrorDecoder.h"
#include "channels/ChannelManager.h"
#include "channels/CloudApiFields.h"
#include "util/WhenFinished.h"

#include <QFutureWatcher>
#include <QPromise>

#include <memory>

namespace ChannelDesk {

ConnectionChecker::ConnectionChecker(ChannelManager* channels, QNetworkAccessManager* network,
                                     QObject* parent)
    : QObject(parent)
    , m_channels(channels)
    , m_network(network)
{ }

QFuture<ConnectionCheck> ConnectionChecker::check(const ConnectionCheckRequest& request)
{
    auto promise = std::make_shared<QPromise<ConnectionCheck>>();
    promise->start();
    QFuture<ConnectionCheck> future = promise->future();
    const auto finish = [promise](const ConnectionCheck& check) {
        promise->addResult(check);
        promise->finish();
    };
    const auto run = [this, request, promise, finish](const QString& token) {
        if (promise->isCanceled()) {
            finish(ConnectionCheck{ConnectionCheck::Outcome::Cancelled, {}, {}, {}, {}, {}});
            return;
        }
        GraphEndpoint endpoint{request.graphBaseUrl, request.apiVersion, token};
        if (endpoint.baseUrl.isEmpty() || endpoint.apiVersion.isEmpty()) {
            Channel defaults;
            const GraphEndpoint fallback = GraphEndpoint::forChannel(defaults, token);
            if (endpoint.baseUrl.isEmpty())
                endpoint.baseUrl = fallback.baseUrl;
            if (endpoint.apiVersion.isEmpty())
                endpoint.apiVersion = fallback.apiVersion;
        }
        auto* test = new ConnectionTest(m_network, endpoint, request.phoneNumberId, this);
        if (request.timeoutMs > 0)
            test->setTimeout(request.timeoutMs);
        // Cancelling the caller's future aborts Meta's request; finished() still follows.
        auto* watcher = new QFutureWatcher<ConnectionCheck>(test);
        connect(watcher, &QFutureWatcher<ConnectionCheck>::canceled, test, &ConnectionTest::cancel);
        watcher->setFuture(promise->future());
        connect(test, &ConnectionTest::finished, this, [test, finish] {
            test->deleteLater();
            ConnectionCheck check;
            check.info = test->info();
            check.warnings = test->warnings();
            if (test->succeeded()) {
                check.outcome = ConnectionCheck::Outcome::Ok;
                check.successText = test->successText();
            } else if (test->error().kind == GraphError::Kind::Cancelled) {
                check.outcome = ConnectionCheck::Outcome::Cancelled;
            } else {
                check.failureText = test->failureText();
                check.details = MetaErrorDecoder::technicalDetails(test->error());
            }
            finish(check);
        });
        test->start();
    };
    if (request.channelId.isEmpty()) {
        run(request.accessToken);
        return future;
    }
    whenFinished(
        m_channels->readSecret(request.channelId, CloudApiFields::accessToken()), this,
        [run, finish](const SecretResult& result) {
            if (result.ok()) {
                run(result.value);
                return;
            }
            ConnectionCheck check;
            check.failureText = result.code == SecretResult::Code::NotFound
                ? tr("No access token is stored for this channel. Click Replace… next to Access "
                     "token to enter one.")
                : tr("Cannot read the access token. %1").arg(ChannelManager::secretError(result).message);
            finish(check);
        });
    return future;
}

} // namespace ChannelDesk
