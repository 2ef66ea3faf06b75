// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wecom/WeComErrorDecoder.h"

#include <QRegularExpression>

namespace ChannelDesk {

WeComErrorDecoder::Explanation WeComErrorDecoder::explain(int errcode, const QString& errmsg)
{
    Explanation e;
    switch (errcode) {
    case 0:
        return e;
    case -1:
        e.cause = tr("WeCom's servers were busy.");
        e.fix = tr("Try again in a moment.");
        e.retryable = true;
        return e;
    case 40001:
        e.cause = tr("WeCom rejected the app's Secret: it is wrong, belongs to another app, or was reset.");
        e.fix = tr("Copy the Secret again in the WeCom admin console under 应用管理 → the app → Secret. "
                   "\"View\" sends the Secret to the administrator's WeCom app; paste it exactly.");
        return e;
    case 40013:
        e.cause = tr("WeCom does not know this Corp ID.");
        e.fix = tr("Copy the Corp ID from the WeCom admin console under 我的企业 → 企业信息 → 企业ID.");
        return e;
    case 40014:
    case 42001:
    case 42007:
    case 42009:
        e.cause = tr("WeCom rejected the access token as invalid or expired.");
        e.fix = tr("ChannelDesk fetches a new token and tries once more by itself; if this keeps happening, "
                   "check that the Secret was not reset.");
        e.tokenRejected = true;
        return e;
    case 40056:
    case 301002:
        e.cause = tr("The AgentId does not belong to the app whose Secret was used.");
        e.fix = tr("Copy the AgentId from the app's page (应用管理 → the app → AgentId) and check that the "
                   "Secret is that app's Secret.");
        return e;
    case 48002:
        e.cause = tr("WeCom does not allow this app to call this API.");
        e.fix = tr("Use the self-built app's own Secret (not the contacts-sync or another app's Secret) and "
                   "check the app's API permissions under 应用管理 → the app.");
        return e;
    case 60011:
        e.cause = tr("The app has no access to this member or department: it is outside the app's visible "
                     "range.");
        e.fix = tr("Add the member or their department to the app's visible range under 应用管理 → the app "
                   "→ 可见范围.");
        return e;
    case 60020: {
        const QString ip = fromIp(errmsg);
        e.cause = ip.isEmpty() ? tr("WeCom refused the call because this server's IP address is not in the "
                                    "app's trusted IP list.")
                               : tr("WeCom refused the call because it came from %1, which is not in the "
                                    "app's trusted IP list.")
                                     .arg(ip);
        e.fix = ip.isEmpty()
            ? tr("Add this server's public IP address under 应用管理 → the app → 企业可信IP. WeCom only lets "
                 "you set it once a trusted domain or the callback URL is configured for the app. Retrying "
                 "does "
                 "not help until then.")
            : tr("Add %1 under 应用管理 → the app → 企业可信IP. WeCom only lets you set it once a trusted "
                 "domain or the callback URL is configured for the app. Retrying does not help until then.")
                  .arg(ip);
        return e;
    }
    case 81013:
        e.cause = tr("WeCom found none of the recipients: the UserID does not exist or is outside the app's "
                     "visible range.");
        e.fix
            = tr("Check the UserID (通讯录 → the member → 账号, not the display name) and that the member is "
                 "in the app's visible range (应用管理 → the app → 可见范围).");
        return e;
    case 82001:
        e.cause = tr("None of the given recipients (members, departments or tags) is valid.");
        e.fix = tr("Check the UserIDs and that they are in the app's visible range.");
        return e;
    case 45009:
        e.cause = tr("WeCom's rate limit was reached (one app may send about 30 messages a minute to one "
                     "member).");
        e.fix = tr("Wait a minute and try again.");
        e.retryable = true;
        return e;
    case 45033:
        e.cause = tr("Too many calls to WeCom ran at the same time.");
        e.fix = tr("Try again in a moment.");
        e.retryable = true;
        return e;
    case 44004:
        e.cause = tr("The text is empty.");
        e.fix = tr("Write something before sending.");
        return e;
    default:
        e.cause = tr("WeCom rejected the request (error %1).").arg(errcode);
        e.fix = tr("Look the code up at https://open.work.weixin.qq.com/devtool/query?e=%1.").arg(errcode);
        return e;
    }
}

QString WeComErrorDecoder::describe(int errcode, const QString& errmsg)
{
    const Explanation e = explain(errcode, errmsg);
    const QString said = errmsg.trimmed().isEmpty()
        ? tr("WeCom answered %1").arg(errcode)
        : tr("WeCom answered %1: %2").arg(QString::number(errcode), errmsg.trimmed());
    if (e.cause.isEmpty())
        return said;
    return said + QStringLiteral(" — ") + e.cause + QLatin1Char(' ') + e.fix;
}

QString WeComErrorDecoder::fromIp(const QString& errmsg)
{
    // "not allow to access from your ip, hint: [...], from ip: 203.0.113.9, more info at ..."
    static const QRegularExpression pattern(QStringLiteral("from ip:\\s*([0-9A-Fa-f.:]+[0-9A-Fa-f])"));
    const QRegularExpressionMatch match = pattern.match(errmsg);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace ChannelDesk
