// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Lists the message templates of a WhatsApp Business Account, following Meta's paging, so the
//! composer can offer the approved ones with the right number of parameters.

#include "api/GraphApiClient.h"
#include "model/GraphError.h"
#include "api/GraphReply.h"
#include "model/TemplateInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace ChannelDesk {

class TemplateCatalog : public QObject
{
    Q_OBJECT

public:
    TemplateCatalog(QNetworkAccessManager* network, GraphEndpoint endpoint, QString wabaId,
                    QObject* parent = nullptr);

    //! Fetches every page; finished() follows exactly once. On an error the pages read so far stay.
    void fetch();
    //! Aborts; finished() follows with a Cancelled error.
    void cancel();
    void setTimeout(int milliseconds) { m_client.setTimeout(milliseconds); }

    bool isRunning() const { return m_reply != nullptr; }
    const QList<TemplateInfo>& templates() const { return m_templates; }
    //! The approved templates, the only ones Meta lets us send.
    QList<TemplateInfo> usableTemplates() const;
    const GraphError& error() const { return m_error; }
    int pagesFetched() const { return m_pages; }

    static QString requestedFields();
    static constexpr int PageSize = 100;
    //! A guard against a paging loop: 50 pages of 100 is far more than Meta allows per account.
    static constexpr int MaxPages = 50;

signals:
    void finished();

private:
    void requestPage(const QString& after);
    void onPageFinished();

    GraphApiClient m_client;
    QString m_wabaId;
    QPointer<GraphReply> m_reply;
    QList<TemplateInfo> m_templates;
    GraphError m_error;
    int m_pages = 0;
};

} // namespace ChannelDesk
