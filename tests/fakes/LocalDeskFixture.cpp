// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalDeskFixture.h"

#include "FakeGraphApiServer.h"
#include "FakeSecretStore.h"

#include <QTest>

using namespace ChannelDesk;

LocalDeskFixture::LocalDeskFixture() = default;

LocalDeskFixture::~LocalDeskFixture()
{
    reset();
}

bool LocalDeskFixture::open(const QString& dataDir, bool receiver)
{
    LocalDesk::Options options;
    options.receiver = receiver;
    return open(dataDir, options);
}

LocalDesk::Options LocalDeskFixture::withoutGateways()
{
    LocalDesk::Options options;
    options.receiver = false;
    options.adapterFactory = [](const QString&, const GatewayConfig&) -> GatewayAdapter* { return nullptr; };
    return options;
}

bool LocalDeskFixture::open(const QString& dataDir, LocalDesk::Options options)
{
    reset();
    m_secrets = std::make_unique<FakeSecretStore>();
    options.secrets = m_secrets.get();
    m_desk = std::make_unique<LocalDesk>(dataDir, options);
    m_desk->setHealthChecksActive(false);
    QFuture<Status> loaded = m_desk->loadChannels();
    return finished(loaded, QStringLiteral("Loading the channels"));
}

bool LocalDeskFixture::save(const QList<ChannelDraft>& drafts)
{
    QFuture<Status> saved = m_desk->saveChannels(drafts);
    return finished(saved, QStringLiteral("Saving the channels"));
}

bool LocalDeskFixture::addCloudChannel(const FakeGraphApiServer& graph)
{
    return save({graph.cloudChannel(QStringLiteral("support"), QStringLiteral("Support"))});
}

void LocalDeskFixture::reset()
{
    m_desk.reset();
    m_secrets.reset();
}

bool LocalDeskFixture::finished(QFuture<Status>& future, const QString& what)
{
    m_error.clear();
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 5000)) {
        m_error = what + QStringLiteral(" did not finish");
        return false;
    }
    if (!future.result().ok()) {
        m_error = what + QStringLiteral(" failed: ") + future.result().error().message;
        return false;
    }
    return true;
}
