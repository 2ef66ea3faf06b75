// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/WebhookInstructions.h"

#include <QStringList>

namespace ChannelDesk {

QString WebhookInstructions::steps()
{
    const QStringList items = {
        tr("Open your app in Meta's App Dashboard (developers.facebook.com/apps) and go to <b>WhatsApp &gt; "
           "Configuration</b>. Under <b>Webhook</b>, click <b>Edit</b>."),
        tr("Paste the <b>Callback URL</b> shown here."),
        tr("Paste the <b>Verify token</b> (use the Copy button here)."),
        tr("Click <b>Verify and save</b>. Meta calls the Callback URL at once, so ChannelDesk's webhook "
           "receiver must already be running and reachable at that address (through your reverse proxy "
           "or tunnel); otherwise Meta refuses to save."),
        tr("Under <b>Webhook fields</b>, click <b>Manage</b> and subscribe to <b>messages</b>. Without "
           "this, Meta sends no messages to ChannelDesk."),
    };
    QString html = QStringLiteral("<ol>");
    for (const QString& item : items)
        html += QStringLiteral("<li>") + item + QStringLiteral("</li>");
    html += QStringLiteral("</ol>");
    return html;
}

} // namespace ChannelDesk
