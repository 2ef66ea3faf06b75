// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linking/GatewaySessionClient.h"

#include "channels/LinkedFields.h"
#include "linking/GatewayStateWords.h"
#include "linking/WahaEvents.h"

#include <QPromise>

#include <memory>

namespace ChannelDesk {

namespace {

template <typename T> QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

GatewaySessionClient::GatewaySessionClient(QString gateway, GatewayConfig config, QObject* parent)
    : QObject(parent)
    , m_gateway(std::move(gateway))
    , m_config(std::move(config))
    , m_rest(new GatewayRestClient(m_config.baseUrl, m_config.secret,
                                   m_gateway == LinkedFields::waha() ? GatewayRestClient::Auth::ApiKeyHeader
                                                                     : GatewayRestClient::Auth::Bearer,
                                   this))
{ }

bool GatewaySessionClient::isKnownGateway() const
{
    return LinkedFields::gateways().contains(m_gateway);
}

bool GatewaySessionClient::isWaha() const
{
    return m_gateway == LinkedFields::waha();
}

QString GatewaySessionClient::sessionPath(const QString& suffix) const
{
    return (isWaha() ? QLatin1String("/api/sessions/") : QLatin1String("/api/connections/"))
        + m_config.session + suffix;
}

QFuture<GatewaySessionReport> GatewaySessionClient::check()
{
    auto promise = std::make_shared<QPromise<GatewaySessionReport>>();
    promise->start();
    const QString path = isWaha() ? sessionPath() : sessionPath(QStringLiteral("/status"));
    m_rest->get(path, [this, promise](const Response& response) {
        promise->addResult(report(response));
        promise->finish();
    });
    return promise->future();
}

GatewaySessionReport GatewaySessionClient::report(const Response& response) const
{
    GatewaySessionReport report;
    if (!response.answered()) {
        report.outcome = GatewaySessionReport::Outcome::Unreachable;
        report.problem = m_rest->describe(response);
        return report;
    }
    if (response.authRejected()) {
        report.outcome = GatewaySessionReport::Outcome::KeyRejected;
        report.problem = m_rest->describe(response);
        return report;
    }
    if (response.httpStatus == 404) {
        report.outcome = GatewaySessionReport::Outcome::NoSession;
        report.problem
            = tr("The gateway has no session “%1” (%2). The window or `channeldesk serve` creates it "
                 "while the channel is enabled; if one of them runs, check the gateway URL %3 and "
                 "the session name.")
                  .arg(m_config.session, m_rest->gatewayWords(response), m_config.baseUrl.toDisplayString());
        return report;
    }
    if (!response.ok()) {
        report.outcome = GatewaySessionReport::Outcome::Refused;
        report.problem = m_rest->describe(response);
        return report;
    }
    const QJsonObject object = response.object();
    report.gatewayState = object.value(QLatin1String("status")).toString();
    if (report.gatewayState.isEmpty())
        report.gatewayState = object.value(QLatin1String("state")).toString();
    report.state = isWaha() ? WahaEvents::stateFromStatus(report.gatewayState)
                            : GatewayStateWords::stateFromWord(report.gatewayState);
    const QJsonObject me = object.value(QLatin1String("me")).toObject();
    report.selfId = me.value(QLatin1String("id")).toString();
    report.selfName = me.value(QLatin1String("pushName")).toString();
    report.outcome = report.state == LinkState::Connected ? GatewaySessionReport::Outcome::Linked
                                                          : GatewaySessionReport::Outcome::NotLinked;
    return report;
}

Result<QString> GatewaySessionClient::outcome(const Response& response, const QString& done) const
{
    if (response.ok())
        return done;
    if (response.httpStatus == 404)
        return Error{
            404,
            tr("The gateway has no session “%1” (%2); the window or `channeldesk serve` creates it while "
               "the channel is enabled.")
                .arg(m_config.session, m_rest->gatewayWords(response))};
    return Error{response.httpStatus, m_rest->describe(response)};
}

QFuture<Result<QString>> GatewaySessionClient::perform(Action action)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    const auto answer = [promise](Result<QString> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    if (isWaha()) {
        QString suffix;
        QString done;
        switch (action) {
        case Action::Start:
            suffix = QStringLiteral("/start");
            done = tr("Started the session on the gateway.");
            break;
        case Action::Stop:
            suffix = QStringLiteral("/stop");
            done = tr("Stopped the session on the gateway; the phone stays linked.");
            break;
        case Action::Restart:
        case Action::NewPairingWindow:
            // WAHA's restart keeps the auth data: a linked phone stays linked, otherwise fresh codes come.
            suffix = QStringLiteral("/restart");
            done = tr("Restarted the session on the gateway: a linked phone stays linked, otherwise a new "
                      "pairing window opens.");
            break;
        case Action::Logout:
            suffix = QStringLiteral("/logout");
            done = tr("Logged out at the gateway: the phone is unlinked; linking it again needs a new scan.");
            break;
        }
        m_rest->post(sessionPath(suffix), {},
                     [this, answer, done](const Response& response) { answer(outcome(response, done)); });
        return promise->future();
    }
    const QString noSuchRequest
        = tr("The connection gateway protocol has no %1. Use the window or the server API (POST "
             "/channels/{id}/%2), where ChannelDesk follows the connection.");
    switch (action) {
    case Action::Stop:
        return ready<Result<QString>>(Error{0, noSuchRequest.arg(tr("stop"), QStringLiteral("stop"))});
    case Action::Restart:
        return ready<Result<QString>>(Error{0, noSuchRequest.arg(tr("restart"), QStringLiteral("restart"))});
    case Action::Start: {
        const QJsonObject body{{QStringLiteral("id"), m_config.session},
                               {QStringLiteral("label"), m_config.deviceLabel}};
        m_rest->post(QStringLiteral("/api/connections"), body, [this, answer](const Response& response) {
            // 409: it exists already, which is just as started.
            if (response.httpStatus == 409)
                return answer(tr("The connection already exists on the gateway."));
            answer(outcome(response, tr("Created the connection on the gateway.")));
        });
        return promise->future();
    }
    case Action::Logout:
        m_rest->deleteResource(sessionPath(), [this, answer](const Response& response) {
            answer(outcome(response,
                           tr("Logged out: the connection was removed from the gateway and the phone "
                              "is unlinked.")));
        });
        return promise->future();
    case Action::NewPairingWindow:
        break;
    }
    // Deleted and created again: the protocol's only way to fresh codes.
    m_rest->deleteResource(sessionPath(), [this, answer](const Response& deleted) {
        if (!deleted.ok() && deleted.httpStatus != 404)
            return answer(outcome(deleted, {}));
        const QJsonObject body{{QStringLiteral("id"), m_config.session},
                               {QStringLiteral("label"), m_config.deviceLabel}};
        m_rest->post(QStringLiteral("/api/connections"), body, [this, answer](const Response& created) {
            answer(outcome(created, tr("Started a new pairing window: the connection was created again.")));
        });
    });
    return promise->future();
}

} // namespace ChannelDesk
