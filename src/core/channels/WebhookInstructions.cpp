// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channels/WebhookInstructions.h"

#include <QStringList>

namespace ChannelDesk {
namespace {

QString orderedList(const QStringList& items)
{
    QString html = QStringLiteral("<ol>");
    for (const QString& item : items)
        html += QStringLiteral("<li>") + item + QStringLiteral("</li>");
    html += QStringLiteral("</ol>");
    return html;
}

} // namespace

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
    return orderedList(items);
}

QString WebhookInstructions::weComSteps()
{
    const QStringList items = {
        tr("In WeCom's admin console (work.weixin.qq.com) open <b>应用管理</b> → your app → <b>接收消息</b> "
           "→ "
           "<b>设置API接收</b> (App Management → the app → Receive Messages → Set API Receiving)."),
        tr("Paste the <b>URL</b> (the Callback URL shown here), the <b>Token</b> and the "
           "<b>EncodingAESKey</b>, using the Copy buttons here."),
        tr("Click <b>保存</b> (Save). WeCom calls the URL at once, so ChannelDesk's receiver must already be "
           "running and reachable at that address; otherwise WeCom refuses to save."),
        tr("On the app's page, add this server's public IP address under <b>企业可信IP</b> (trusted IPs). "
           "Without it WeCom refuses every reply with error 60020."),
    };
    return orderedList(items);
}

} // namespace ChannelDesk
