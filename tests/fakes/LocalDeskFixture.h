// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desk/LocalDesk.h"
#include "FakeSecretStore.h"

#include <QString>

#include <memory>

class FakeGraphApiServer;

//! The LocalDesk the conversation widget tests open: a fake keychain, no health checks, channels
//! loaded, and on request the Cloud API channel "support" against the Graph API stand-in. It is
//! used like the std::unique_ptr<LocalDesk> it replaced (get(), ->, reset()), so the tests read
//! as before. The steps return false and leave errorString() so the test's own QVERIFY stops it.
class LocalDeskFixture
{
public:
    LocalDeskFixture();
    ~LocalDeskFixture();

    //! A new desk on dataDir with a new, empty fake keychain (options.secrets is set here); false
    //! when loading the channels failed.
    bool open(const QString& dataDir, ChannelDesk::LocalDesk::Options options);
    //! The same with no receiver unless asked: the widget tests only read.
    bool open(const QString& dataDir, bool receiver = false);
    //! No receiver and no gateway adapters: a linked channel gets no session, only its problem,
    //! for form tests that no gateway answers.
    static ChannelDesk::LocalDesk::Options withoutGateways();
    //! Saves the drafts; false when saving failed.
    bool save(const QList<ChannelDesk::ChannelDraft>& drafts);
    //! Saves graph.cloudChannel("support", "Support"); false when saving failed.
    bool addCloudChannel(const FakeGraphApiServer& graph);
    //! The desk first, then the keychain it reads.
    void reset();
    QString errorString() const { return m_error; }

    ChannelDesk::LocalDesk* get() const { return m_desk.get(); }
    ChannelDesk::LocalDesk* operator->() const { return m_desk.get(); }
    //! The fake keychain of the open desk, for tests that make it fail or read what was stored.
    FakeSecretStore* secrets() const { return m_secrets.get(); }

private:
    //! Waits for a desk call's answer as QTRY_VERIFY did; false with errorString() set otherwise.
    bool finished(QFuture<ChannelDesk::Status>& future, const QString& what);

    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<ChannelDesk::LocalDesk> m_desk;
    QString m_error;
};
