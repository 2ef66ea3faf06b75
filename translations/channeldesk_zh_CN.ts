<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswersFile</name>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>%1.enabled: must be true or false, not %2.</source>
        <translation>%1.enabled: 必须为 true 或 false，而不是%2。</translation>
    </message>
    <message>
        <source>%1.%2: unknown key. Known keys: enabled, %3.</source>
        <translation>%1.%2: 未知的键。已知的键：enabled, %3。</translation>
    </message>
    <message>
        <source>%1.%2: must be text in quotes, not %3.</source>
        <translation>%1.%2: 必须是带引号的文本，而不是%3。</translation>
    </message>
    <message>
        <source>The answers file is not valid JSON: %1 at byte %2.</source>
        <translation>应答文件不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The answers file must be a JSON object such as {"%1": {...}}.</source>
        <translation>应答文件必须是 JSON 对象，例如 {"%1": {...}}。</translation>
    </message>
    <message>
        <source>%1: unknown key. Known keys: %2.</source>
        <translation>%1: 未知的键。已知的键：%2。</translation>
    </message>
    <message>
        <source>%1: the list is empty.</source>
        <translation>%1: 列表为空。</translation>
    </message>
    <message>
        <source>%1: must be an object, not %2.</source>
        <translation>%1: 必须是对象，而不是%2。</translation>
    </message>
    <message>
        <source>%1: must be an object or a list of objects, not %2.</source>
        <translation>%1: 必须是对象或对象列表，而不是%2。</translation>
    </message>
    <message>
        <source>The answers file configures no channel; add a "%1" entry.</source>
        <translation>应答文件未配置任何渠道；请添加 "%1" 条目。</translation>
    </message>
    <message>
        <source>Two channels have the id “%1”; give them different names.</source>
        <translation>有两个渠道的 ID 都是“%1”；请为它们取不同的名称。</translation>
    </message>
    <message>
        <source>%1.%2[%3]: must be text in quotes, not %4.</source>
        <translation>%1.%2[%3]：必须是带引号的文本，而不是%4。</translation>
    </message>
</context>
<context>
    <name>ApiKeyCreateDialog</name>
    <message>
        <source>Create API Key</source>
        <translation>创建 API 密钥</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Who uses the key, e.g. support-bot; shown in the audit log and next to the messages it sends</source>
        <translation>谁使用此密钥，例如 support-bot；显示在审计日志中以及它所发送的消息旁</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;equests per minute:</source>
        <translation>每分钟请求数(&amp;E)：</translation>
    </message>
    <message>
        <source>More requests than this in a minute are answered 429 with Retry-After</source>
        <translation>一分钟内超过此数量的请求将以 429 和 Retry-After 答复</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ApiKeyName</name>
    <message>
        <source>A key name has 1 to %1 characters.</source>
        <translation>密钥名称为 1 到 %1 个字符。</translation>
    </message>
    <message>
        <source>A key name may hold only letters a–z, digits and - _ . (not “%1”).</source>
        <translation>密钥名称只能包含字母 a–z、数字以及 - _ .（不能是“%1”）。</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The rate limit is 1 to %1 requests a minute.</source>
        <translation>速率限制为每分钟 1 到 %1 个请求。</translation>
    </message>
    <message>
        <source>There is already a key named “%1”. Revoke it first, or pick another name.</source>
        <translation>已有名为“%1”的密钥。请先吊销它，或换一个名称。</translation>
    </message>
    <message>
        <source>There is no key named “%1”.</source>
        <translation>没有名为“%1”的密钥。</translation>
    </message>
</context>
<context>
    <name>ApiKeysWidget</name>
    <message>
        <source>Each bot or script gets its own key, sent as “Authorization: Bearer KEY”. Only a hash of each key is stored, so a key is shown once, when it is created; revoking it locks its holder out at once.</source>
        <translation>每个机器人或脚本各有自己的密钥，以“Authorization: Bearer KEY”发送。每个密钥只保存其哈希值，因此密钥仅在创建时显示一次；吊销后，持有者会立即被拒之门外。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Requests/min</source>
        <translation>请求数/分钟</translation>
    </message>
    <message>
        <source>C&amp;reate…</source>
        <translation>创建(&amp;R)…</translation>
    </message>
    <message>
        <source>Make a new key for a bot or script</source>
        <translation>为机器人或脚本创建新密钥</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>吊销(&amp;V)…</translation>
    </message>
    <message>
        <source>Delete the selected key; whoever holds it is refused from then on</source>
        <translation>删除所选密钥；此后持有它的任何人都会被拒绝</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>Cannot read the TLS %1 %2: %3</source>
        <translation>无法读取 TLS %1 %2：%3</translation>
    </message>
    <message>
        <source>The TLS %1 %2 is not in PEM format (-----BEGIN …).</source>
        <translation>TLS %1 %2 不是 PEM 格式（-----BEGIN …）。</translation>
    </message>
</context>
<context>
    <name>ApiSettings</name>
    <message>
        <source>Write it as HOST:PORT, e.g. 127.0.0.1:8646.</source>
        <translation>请写成 主机:端口 的形式，例如 127.0.0.1:8646。</translation>
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation>请选择 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>Other machines can reach this address: choose a TLS certificate and key, or allow plain HTTP only if a TLS proxy in front is the only way in.</source>
        <translation>其他计算机可以访问此地址：请选择 TLS 证书和私钥；仅当前面的 TLS 代理是唯一入口时，才允许纯 HTTP。</translation>
    </message>
    <message>
        <source>Ports below 1024 usually need administrator rights.</source>
        <translation>1024 以下的端口通常需要管理员权限。</translation>
    </message>
</context>
<context>
    <name>AttachmentDialogs</name>
    <message>
        <source>Attach a File</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>File Not Accepted</source>
        <translation>文件不被接受</translation>
    </message>
    <message>
        <source>“%1” cannot be read: it does not exist, is a folder or you lack permission.</source>
        <translation>无法读取“%1”：该文件不存在、是文件夹，或您没有访问权限。</translation>
    </message>
    <message>
        <source>WhatsApp cannot send “%1” (%2, %3). It accepts images (JPEG, PNG), videos (MP4, 3GPP), audio (AAC, AMR, MP3, M4A, OGG), documents (PDF, text, Word, Excel, PowerPoint) and stickers (WebP).</source>
        <translation>WhatsApp 无法发送“%1”（%2，%3）。它接受图片（JPEG、PNG）、视频（MP4、3GPP）、音频（AAC、AMR、MP3、M4A、OGG）、文档（PDF、文本、Word、Excel、PowerPoint）和贴纸（WebP）。</translation>
    </message>
    <message>
        <source>“%1” cannot be sent: %2</source>
        <translation>无法发送“%1”：%2</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Stickers</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <source>Everything WhatsApp accepts (%1)</source>
        <translation>WhatsApp 接受的所有文件（%1）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Only the newest N entries (default %1).</source>
        <translation>仅最新的 N 条记录（默认 %1）。</translation>
    </message>
    <message>
        <source>Print one JSON object with the arrays "entries" and "refusals".</source>
        <translation>打印一个包含数组 "entries" 和 "refusals" 的 JSON 对象。</translation>
    </message>
    <message>
        <source>Print the audit log of changes and refused requests.</source>
        <translation>打印变更和被拒绝请求的审计日志。</translation>
    </message>
    <message>
        <source>Print the audit log, oldest first (the newest N with --limit): time (ISO 8601 UTC),
key name, remote address, action, target and result, separated by tabs. Key
changes from the command line show "cli" as key and address. Then the refused
requests (401, 403, 429), counted per minute, key and address.
</source>
        <translation>按时间顺序打印审计日志（使用 --limit 时为最新的 N 条）：时间（ISO 8601 UTC）、
密钥名称、远程地址、操作、目标和结果，以制表符分隔。通过命令行进行的
密钥变更以 "cli" 作为密钥和地址。随后是被拒绝的请求（401、403、429），
按分钟、密钥和地址计数。
</translation>
    </message>
    <message>
        <source>audit: --limit needs a positive number.</source>
        <translation>audit：--limit 需要一个正数。</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message>
        <source>Refused requests (minute, key, address, status, count):</source>
        <translation>被拒绝的请求（分钟、密钥、地址、状态、次数）：</translation>
    </message>
</context>
<context>
    <name>AuditLogWidget</name>
    <message>
        <source>Changes made through the API and by keys (newest first):</source>
        <translation>通过 API 和密钥所做的更改（最新的在前）：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Refused requests per minute (401, 403, 429):</source>
        <translation>每分钟被拒绝的请求（401、403、429）：</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>BotHealthSummary</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>缓慢</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>Paused — no forward URL</source>
        <translation>已暂停 — 未设置转发 URL</translation>
    </message>
    <message>
        <source>Idle — nothing was forwarded in the last hour</source>
        <translation>空闲 — 过去一小时内没有转发</translation>
    </message>
    <message>
        <source>Failing — %1</source>
        <translation>故障 — %1</translation>
    </message>
    <message>
        <source>Failing since %1 — %2</source>
        <translation>自 %1 起故障 — %2</translation>
    </message>
    <message>
        <source>Slow</source>
        <translation>缓慢</translation>
    </message>
    <message>
        <source>%1 — 95% of answers within %2</source>
        <translation>%1 — 95% 的应答在 %2 内</translation>
    </message>
</context>
<context>
    <name>ChannelCardWidget</name>
    <message>
        <source>Channel state</source>
        <translation>渠道状态</translation>
    </message>
    <message>
        <source>Show this channel on the Channels tab</source>
        <translation>在“渠道”选项卡中显示此渠道</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>状态始于：</translation>
    </message>
    <message>
        <source>Last inbound:</source>
        <translation>最近收到：</translation>
    </message>
    <message>
        <source>Last outbound:</source>
        <translation>最近发出：</translation>
    </message>
    <message>
        <source>Today:</source>
        <translation>今日：</translation>
    </message>
    <message>
        <source>Failed sends today:</source>
        <translation>今日发送失败：</translation>
    </message>
    <message>
        <source>Reconnects:</source>
        <translation>重新连接：</translation>
    </message>
    <message>
        <source>Send limits:</source>
        <translation>发送限额：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>最近错误：</translation>
    </message>
    <message>
        <source>Cloud API health</source>
        <translation>Cloud API 健康状况</translation>
    </message>
    <message>
        <source>Display number:</source>
        <translation>显示号码：</translation>
    </message>
    <message>
        <source>Verified name:</source>
        <translation>认证名称：</translation>
    </message>
    <message>
        <source>Quality rating:</source>
        <translation>质量评级：</translation>
    </message>
    <message>
        <source>Messaging limit:</source>
        <translation>消息发送限额：</translation>
    </message>
    <message>
        <source>Throughput:</source>
        <translation>吞吐量：</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <source>Token expires:</source>
        <translation>令牌过期时间：</translation>
    </message>
    <message>
        <source>Ask Meta now for the number's quality, limits and the token's expiry</source>
        <translation>立即向 Meta 查询该号码的质量评级、限额以及令牌的过期时间</translation>
    </message>
    <message>
        <source>Bot:</source>
        <translation>机器人：</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Last callback:</source>
        <translation>最近回调：</translation>
    </message>
    <message>
        <source>Last callback</source>
        <translation>最近回调</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Check health</source>
        <translation>检查健康状况</translation>
    </message>
    <message>
        <source>Messages today</source>
        <translation>今日消息</translation>
    </message>
    <message>
        <source>Messages per hour, last 24 hours</source>
        <translation>最近 24 小时每小时消息数</translation>
    </message>
    <message>
        <source>Show or hide this channel's details</source>
        <translation>显示或隐藏此渠道的详细信息</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Sends of the daily limit</source>
        <translation>已用每日发送限额</translation>
    </message>
    <message>
        <source>Hide this resolved error until a new one comes</source>
        <translation>隐藏这个已解决的错误，直到出现新错误</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>ChannelDesk</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>“%1” is %2 MiB; a file sent through the server may be at most %3 MiB. Send it by link instead.</source>
        <translation>“%1”大小为 %2 MiB；通过服务器发送的文件最大为 %3 MiB。请改为通过链接发送。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::AdminEndpoints</name>
    <message>
        <source>A channel “%1” exists already; PATCH /api/v1/channels/%1 changes it.</source>
        <translation>渠道“%1”已存在；可用 PATCH /api/v1/channels/%1 修改它。</translation>
    </message>
    <message>
        <source>The body must be a JSON object with name, enabled, fields or secret.</source>
        <translation>请求正文必须是包含 name、enabled、fields 或 secret 的 JSON 对象。</translation>
    </message>
    <message>
        <source>name: give 1 to 64 characters.</source>
        <translation>name：请提供 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>enabled: true or false.</source>
        <translation>enabled：true 或 false。</translation>
    </message>
    <message>
        <source>fields.%1: a secret; send it as {"secret":{"field":"%1","value":"…"}}.</source>
        <translation>fields.%1：这是机密；请以 {"secret":{"field":"%1","value":"…"}} 的形式发送。</translation>
    </message>
    <message>
        <source>fields.%1: not a field of a %2 channel; it has %3.</source>
        <translation>fields.%1：不是 %2 渠道的字段；它的字段有 %3。</translation>
    </message>
    <message>
        <source>secret.field: one of %1.</source>
        <translation>secret.field：应为 %1 之一。</translation>
    </message>
    <message>
        <source>%1: not something a channel has; use name, enabled, fields or secret.</source>
        <translation>%1：渠道没有此项；请使用 name、enabled、fields 或 secret。</translation>
    </message>
    <message>
        <source>role: one of %1.</source>
        <translation>role：应为 %1 之一。</translation>
    </message>
    <message>
        <source>limit must be 1–1000.</source>
        <translation>limit 必须为 1–1000。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ApiAccess</name>
    <message>
        <source>This request needs an API key: send “Authorization: Bearer KEY”. “channeldesk keys create” makes one.</source>
        <translation>此请求需要 API 密钥：请发送“Authorization: Bearer KEY”。可用“channeldesk keys create”创建密钥。</translation>
    </message>
    <message>
        <source>The key store cannot be read: %1</source>
        <translation>无法读取密钥存储：%1</translation>
    </message>
    <message>
        <source>The API key is not valid: it was revoked, mistyped or belongs to another server. “channeldesk keys list” shows the keys.</source>
        <translation>API 密钥无效：它已被吊销、输入有误或属于另一台服务器。“channeldesk keys list”可列出密钥。</translation>
    </message>
    <message>
        <source>The key “%1” has the role %2; this needs %3.</source>
        <translation>密钥“%1”的角色为 %2；此操作需要 %3。</translation>
    </message>
    <message numerus="yes">
        <source>The key “%1” may make %2 requests a minute; retry in %n second(s).</source>
        <translation>
            <numerusform>密钥“%1”每分钟最多可发出 %2 个请求；请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ApiKeyCreateDialog</name>
    <message>
        <source>%1 — status, QR codes, conversations, event stream</source>
        <translation>%1 — 状态、二维码、会话、事件流</translation>
    </message>
    <message>
        <source>%1 — as viewer, and send messages and tests</source>
        <translation>%1 — 同 viewer，另可发送消息和测试</translation>
    </message>
    <message>
        <source>%1 — as sender, and connect, stop, restart, log out, clear opt-outs</source>
        <translation>%1 — 同 sender，另可连接、停止、重启、登出、清除退订</translation>
    </message>
    <message>
        <source>%1 — as operator, and set up and remove channels, manage keys</source>
        <translation>%1 — 同 operator，另可设置和删除渠道、管理密钥</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>The key “%1” (%2) was created. Give it to the bot or script now:</source>
        <translation>密钥“%1”（%2）已创建。请现在把它交给机器人或脚本：</translation>
    </message>
    <message>
        <source>Copy it now: it is never shown again. ChannelDesk keeps only a hash of it; if it is lost, revoke it and create another.</source>
        <translation>请立即复制：它不会再次显示。ChannelDesk 只保存它的哈希值；如果丢失，请吊销它并重新创建一个。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ApiKeysWidget</name>
    <message>
        <source>The keys could not be read: %1</source>
        <translation>无法读取密钥：%1</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Revoke Key</source>
        <translation>吊销密钥</translation>
    </message>
    <message>
        <source>Revoke the key “%1”? Every bot or script using it is refused from now on.</source>
        <translation>吊销密钥“%1”？从现在起，使用它的所有机器人和脚本都将被拒绝。</translation>
    </message>
    <message>
        <source>The key “%1” was revoked.</source>
        <translation>密钥“%1”已吊销。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ApiListener</name>
    <message>
        <source>“%1” is not an IP address to listen on; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>“%1”不是可监听的 IP 地址；请使用 127.0.0.1 或 0.0.0.0 等地址。</translation>
    </message>
    <message>
        <source>the TLS certificate or key was not accepted (PEM expected)</source>
        <translation>TLS 证书或私钥未被接受（应为 PEM 格式）</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法监听 %1:%2：%3</translation>
    </message>
    <message>
        <source>The server is stopping.</source>
        <translation>服务器正在停止。</translation>
    </message>
    <message>
        <source>Nothing here; the API is under /api/v1/.</source>
        <translation>此处没有内容；API 位于 /api/v1/ 之下。</translation>
    </message>
    <message>
        <source>There is no %1 %2 in this API; docs/api.md lists the endpoints.</source>
        <translation>此 API 中没有 %1 %2；端点列表见 docs/api.md。</translation>
    </message>
    <message>
        <source>The body is over %1 bytes.</source>
        <translation>请求正文超过 %1 字节。</translation>
    </message>
    <message>
        <source>The stream is a WebSocket: connect with a WebSocket client (ws:// or wss://).</source>
        <translation>事件流是 WebSocket：请使用 WebSocket 客户端连接（ws:// 或 wss://）。</translation>
    </message>
    <message>
        <source>Only WebSocket version 13 is supported.</source>
        <translation>仅支持 WebSocket 版本 13。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ApiServer</name>
    <message>
        <source>“%1” is not HOST:PORT for the API, e.g. 127.0.0.1:8646 or [::1]:8646.</source>
        <translation>“%1”不是 API 的 主机:端口，例如 127.0.0.1:8646 或 [::1]:8646。</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and its key (PEM files).</source>
        <translation>TLS 需要证书及其私钥（PEM 文件）。</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Refusing to serve the API on %1 without TLS: API keys would cross the network in clear. Give a certificate and key (--api-tls-cert, --api-tls-key), or --api-insecure when a TLS proxy in front of it is the only way in.</source>
        <translation>拒绝在没有 TLS 的情况下于 %1 提供 API：API 密钥会以明文在网络上传输。请提供证书和私钥（--api-tls-cert、--api-tls-key）；仅当前面的 TLS 代理是唯一入口时，才使用 --api-insecure。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::AttachmentOpener</name>
    <message>
        <source>The attachment was not downloaded: %1</source>
        <translation>附件未下载：%1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>The attachment could not be saved to %1.</source>
        <translation>附件无法保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::AuditLogWidget</name>
    <message>
        <source>(no key)</source>
        <translation>（无密钥）</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::BotHistoryChart</name>
    <message>
        <source>Forwarded and failed per minute, last 24 hours</source>
        <translation>过去 24 小时每分钟的转发与失败</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1: %2 forwarded, %3 failed</source>
        <translation>%1：已转发 %2，失败 %3</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelCardWidget</name>
    <message>
        <source>System user token</source>
        <translation>系统用户令牌</translation>
    </message>
    <message>
        <source>User token</source>
        <translation>用户令牌</translation>
    </message>
    <message>
        <source>Page token</source>
        <translation>主页令牌</translation>
    </message>
    <message>
        <source>App token</source>
        <translation>应用令牌</translation>
    </message>
    <message>
        <source>Token of unknown type</source>
        <translation>未知类型的令牌</translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation>%1 令牌</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>How many customers the number may start conversations with in 24 hours (replies to customers who wrote first do not count). Meta sets this limit for the whole business portfolio: every number of the portfolio shares it.</source>
        <translation>该号码在 24 小时内可以主动发起会话的客户数量（回复先发消息的客户不计入）。Meta 针对整个企业产品组合设置此限额：产品组合中的所有号码共享该限额。</translation>
    </message>
    <message>
        <source>Meta's rating of recent messages, from how customers received them (blocks, reports). A low rating can lower the messaging limit.</source>
        <translation>Meta 根据客户对近期消息的反应（屏蔽、举报）给出的评级。评级较低可能导致消息发送限额降低。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not applicable (no connection to keep)</source>
        <translation>不适用（没有需要维持的连接）</translation>
    </message>
    <message>
        <source>%1 since start, %2 in the last hour</source>
        <translation>启动以来 %1 次，最近一小时 %2 次</translation>
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation>收到 %1 · 发出 %2</translation>
    </message>
    <message>
        <source>%1 of %2 sends in the last 24 hours</source>
        <translation>最近 24 小时内已发送 %1 / %2 条</translation>
    </message>
    <message numerus="yes">
        <source>busiest recipient %1: %n send(s) in the last hour</source>
        <translation>
            <numerusform>最繁忙的收件人 %1：最近一小时内发送 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Checked %1.</source>
        <translation>已于 %1 检查。</translation>
    </message>
    <message>
        <source>Checking with Meta…</source>
        <translation>正在向 Meta 查询…</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>The health check failed: %1
%2 %3</source>
        <translation>健康检查失败：%1
%2 %3</translation>
    </message>
    <message>
        <source>%1 — Meta says it is no longer valid</source>
        <translation>%1 — Meta 表示它已失效</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>权限：%1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>Not available: %1 (the token may not be allowed to inspect itself)</source>
        <translation>不可用：%1（该令牌可能无权查询自身信息）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1（%2后）</translation>
    </message>
    <message>
        <source>%1 (expired %2 ago)</source>
        <translation>%1（%2前已过期）</translation>
    </message>
    <message>
        <source>Warning: this is a temporary access token (valid about 24 hours). The channel stops working when it expires. Create a System User token that does not expire in Meta Business Suite (Business settings → Users → System users) and replace the token on the channel page.</source>
        <translation>警告：这是临时访问令牌（有效期约 24 小时），过期后渠道将停止工作。请在 Meta Business Suite 中创建不会过期的系统用户令牌（Business settings → Users → System users），并在渠道页面上替换该令牌。</translation>
    </message>
    <message>
        <source>%1 (just now)</source>
        <translation>%1（刚刚）</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1（%2前）</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1，%n 条等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>today %1 in · %2 out</source>
        <translation>今日收 %1 · 发 %2</translation>
    </message>
    <message>
        <source>resolved %1 ago — was: %2 — %3</source>
        <translation>已于 %1 前解决 — 原错误：%2 — %3</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelEndpoints</name>
    <message>
        <source>There is no channel “%1”; GET /api/v1/channels lists them.</source>
        <translation>没有渠道“%1”；GET /api/v1/channels 可列出所有渠道。</translation>
    </message>
    <message>
        <source>“%1” has no linked device to %2: only enabled linked-device channels do.</source>
        <translation>“%1”没有可执行 %2 操作的关联设备：只有已启用的关联设备渠道才有。</translation>
    </message>
    <message>
        <source>“%1” cannot pair by code: it is not an enabled linked-device channel, or its gateway offers only the QR code.</source>
        <translation>“%1”无法通过配对码配对：它不是已启用的关联设备渠道，或其网关只提供二维码。</translation>
    </message>
    <message>
        <source>The gateway gave no pairing code within 30 seconds.</source>
        <translation>网关在 30 秒内未给出配对码。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelEventListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (from %3)</source>
        <translation>%1 — %2（来自 %3）</translation>
    </message>
    <message>
        <source>Meta reported error %1: %2</source>
        <translation>Meta 报告了错误 %1：%2</translation>
    </message>
    <message>
        <source>Meta verified the webhook</source>
        <translation>Meta 已验证该 Webhook</translation>
    </message>
    <message>
        <source>Verify token mismatch: the token typed in Meta's dashboard differs from this channel's</source>
        <translation>验证令牌不匹配：在 Meta 面板中输入的令牌与此渠道的验证令牌不同</translation>
    </message>
    <message>
        <source>Verification refused: hub.mode was not “subscribe”, so this was not Meta's handshake</source>
        <translation>已拒绝验证：hub.mode 不是“subscribe”，因此这不是 Meta 的握手请求</translation>
    </message>
    <message>
        <source>Verification refused: the challenge was missing or too long</source>
        <translation>已拒绝验证：challenge 缺失或过长</translation>
    </message>
    <message>
        <source>Signature invalid: the App Secret is probably wrong</source>
        <translation>签名无效：应用密钥（App Secret）可能有误</translation>
    </message>
    <message>
        <source>Unsigned POST rejected: it has no X-Hub-Signature-256 header, so it did not come from Meta</source>
        <translation>已拒绝未签名的 POST 请求：它没有 X-Hub-Signature-256 标头，因此并非来自 Meta</translation>
    </message>
    <message>
        <source>POST rejected: the body is larger than the 3 MiB limit</source>
        <translation>已拒绝 POST 请求：请求正文超过 3 MiB 的上限</translation>
    </message>
    <message>
        <source>POST rejected: correctly signed, but the body is not valid JSON</source>
        <translation>已拒绝 POST 请求：签名正确，但请求正文不是有效的 JSON</translation>
    </message>
    <message>
        <source>No channel has this phone number ID: check the Callback URL in Meta's dashboard</source>
        <translation>没有渠道使用此电话号码 ID：请检查 Meta 面板中的“Callback URL”</translation>
    </message>
    <message>
        <source>Rejected because the channel is disabled: enable it to receive messages</source>
        <translation>渠道已禁用，因此已拒绝：请启用该渠道以接收消息</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>WeCom verified the callback URL</source>
        <translation>企业微信已验证回调 URL</translation>
    </message>
    <message>
        <source>Signature invalid: the Token is probably not the one set in WeCom's admin console</source>
        <translation>签名无效：Token 很可能与企业微信管理后台中设置的不同</translation>
    </message>
    <message>
        <source>Unsigned request rejected: it has no msg_signature, so it did not come from WeCom</source>
        <translation>已拒绝未签名的请求：它没有 msg_signature，因此不是来自企业微信</translation>
    </message>
    <message>
        <source>Rejected as a replay: its timestamp is more than 5 minutes away from this computer's clock</source>
        <translation>作为重放请求被拒绝：其时间戳与本机时钟相差超过 5 分钟</translation>
    </message>
    <message>
        <source>Could not decrypt: the EncodingAESKey is probably not the one set in WeCom's admin console</source>
        <translation>无法解密：EncodingAESKey 很可能与企业微信管理后台中设置的不同</translation>
    </message>
    <message>
        <source>Rejected: encrypted for another company than this channel's corp ID</source>
        <translation>已拒绝：它是为另一家企业加密的，而不是此渠道的企业ID</translation>
    </message>
    <message>
        <source>Rejected: correctly signed, but the XML is malformed</source>
        <translation>已拒绝：签名正确，但 XML 格式不正确</translation>
    </message>
    <message>
        <source>Rejected: the body is larger than a WeCom callback can be</source>
        <translation>已拒绝：请求体比企业微信回调可能的大小还大</translation>
    </message>
    <message>
        <source>No WeCom channel has this ID: check the URL under 接收消息 → 设置API接收</source>
        <translation>没有此 ID 的企业微信渠道：请检查 接收消息 → 设置API接收 中的 URL</translation>
    </message>
    <message>
        <source>Rejected: the request's length was given twice or in two ways (a smuggling attempt or a broken proxy)</source>
        <translation>已拒绝：请求的长度被给出了两次或以两种方式给出（请求走私尝试或代理故障）</translation>
    </message>
    <message>
        <source>Refused for now: unverified requests hold all the memory allowed to them (many large requests at once)</source>
        <translation>暂时拒绝：未经验证的请求已占满为其分配的全部内存（同时有许多大请求）</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>最近一次：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) between %1 and %2</source>
        <translation>
            <numerusform>%1 至 %2 之间 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelForwardWidget</name>
    <message>
        <source>not forwarded</source>
        <translation>不转发</translation>
    </message>
    <message>
        <source>%1 ms (default)</source>
        <translation>%1 毫秒（默认）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>made when the channel gets a bot address</source>
        <translation>在渠道设置机器人地址时生成</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>没有应答</translation>
    </message>
    <message>
        <source>median %1, 95% within %2</source>
        <translation>中位数 %1，95% 在 %2 内</translation>
    </message>
    <message>
        <source>no attempts</source>
        <translation>没有尝试</translation>
    </message>
    <message numerus="yes">
        <source>%1% of %n attempt(s)</source>
        <translation>
            <numerusform>%n 次尝试中的 %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries, the oldest since %1</source>
        <translation>
            <numerusform>%n 条投递，最早的自 %1 起</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries the bot never took</source>
        <translation>
            <numerusform>%n 条机器人未接收的投递</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: the parked deliveries were not queued again. %1</source>
        <translation>错误：已搁置的投递未能重新排队。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n parked deliveries queued for the bot again.</source>
        <translation>
            <numerusform>%n 条已搁置的投递已重新排队等待机器人接收。</numerusform>
        </translation>
    </message>
    <message>
        <source>The bot of “%1” refuses every message until it has the new secret. Messages waiting for it are signed with the new one.</source>
        <translation>在拿到新密钥之前，“%1”的机器人会拒绝每条消息。等待发送给它的消息将使用新密钥签名。</translation>
    </message>
    <message>
        <source>Regenerate Signing Secret</source>
        <translation>重新生成签名密钥</translation>
    </message>
    <message>
        <source>Error: the signing secret was not replaced. %1</source>
        <translation>错误：签名密钥未被替换。%1</translation>
    </message>
    <message>
        <source>New signing secret: give it to the bot.</source>
        <translation>新的签名密钥：请把它交给机器人。</translation>
    </message>
    <message>
        <source>Error: the bot's address was not changed. %1</source>
        <translation>错误：机器人地址未更改。%1</translation>
    </message>
    <message>
        <source>Deliveries are no longer passed on to a bot.</source>
        <translation>投递不再转发给机器人。</translation>
    </message>
    <message>
        <source>Deliveries are now passed on to %1.</source>
        <translation>投递现在转发至 %1。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelListModel</name>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation>WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Last test passed</source>
        <translation>上次测试通过</translation>
    </message>
    <message>
        <source>Last test failed</source>
        <translation>上次测试失败</translation>
    </message>
    <message>
        <source>WhatsApp linked device</source>
        <translation>WhatsApp 关联设备</translation>
    </message>
    <message>
        <source>WAHA (WhatsApp HTTP API)</source>
        <translation>WAHA（WhatsApp HTTP API）</translation>
    </message>
    <message>
        <source>Connection gateway</source>
        <translation>连接网关</translation>
    </message>
    <message>
        <source>WeCom</source>
        <translation>企业微信</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelManager</name>
    <message>
        <source>No keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet, or on a headless server provide the secrets as environment variables CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt;.</source>
        <translation>没有可用的钥匙串（%1）。请启动 GNOME Keyring 或 KWallet 等 Secret Service 服务；在无图形界面的服务器上，也可以通过环境变量 CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt; 提供机密信息。</translation>
    </message>
    <message>
        <source>The keychain refused access: %1. Unlock it and try again.</source>
        <translation>钥匙串拒绝访问：%1。请解锁后重试。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>钥匙串出错：%1</translation>
    </message>
    <message>
        <source>No secret store is configured.</source>
        <translation>未配置机密信息存储。</translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation>无机密信息存储</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelPageWidget</name>
    <message>
        <source>Callback URL copied to the clipboard.</source>
        <translation>回调 URL 已复制到剪贴板。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>needs a valid public base URL and phone number ID</source>
        <translation>需要有效的公共基础 URL 和电话号码 ID</translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation>正在读取钥匙串…</translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation>钥匙串不可用</translation>
    </message>
    <message>
        <source>keychain locked or access denied</source>
        <translation>钥匙串已锁定或拒绝访问</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>This channel no longer exists.</source>
        <translation>此渠道已不存在。</translation>
    </message>
    <message>
        <source>Storing the new %1…</source>
        <translation>正在存储新的%1…</translation>
    </message>
    <message>
        <source>Error: the %1 was not replaced. %2</source>
        <translation>错误：%1未被替换。%2</translation>
    </message>
    <message>
        <source>%1 replaced.</source>
        <translation>%1已替换。</translation>
    </message>
    <message>
        <source>Error: the change was not saved. %1</source>
        <translation>错误：更改未保存。%1</translation>
    </message>
    <message>
        <source>Remove the channel “%1” (%2)?

Its settings are deleted and its access token, app secret and verify token are removed from the keychain. This cannot be undone.

Meta keeps calling the webhook until you also remove the Callback URL in WhatsApp &gt; Configuration.</source>
        <translation>要删除渠道“%1”（%2）吗？

其设置将被删除，其访问令牌、应用密钥和验证令牌也将从钥匙串中移除。此操作无法撤销。

在您同时删除“WhatsApp &gt; Configuration”中的“Callback URL”之前，Meta 会继续调用该 Webhook。</translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation>删除渠道</translation>
    </message>
    <message>
        <source>Removing the channel and its secrets…</source>
        <translation>正在删除渠道及其机密信息…</translation>
    </message>
    <message>
        <source>Error: the channel was not removed. %1</source>
        <translation>错误：渠道未删除。%1</translation>
    </message>
    <message>
        <source>Verify token copied to the clipboard.</source>
        <translation>验证令牌已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Error: no verify token is stored; click Replace… to set one.</source>
        <translation>错误：未存储验证令牌；请点击“替换…”进行设置。</translation>
    </message>
    <message>
        <source>Error: cannot read the verify token. %1</source>
        <translation>错误：无法读取验证令牌。%1</translation>
    </message>
    <message>
        <source>The channel is disabled; enable it to link and follow its WhatsApp number.</source>
        <translation>该渠道已禁用；请启用它，以便关联并跟踪其 WhatsApp 号码。</translation>
    </message>
    <message>
        <source>Connecting to the gateway…</source>
        <translation>正在连接网关…</translation>
    </message>
    <message>
        <source>Remove the channel “%1” (%2)?

Its settings are deleted and its gateway API key is removed from the keychain. This cannot be undone.

The phone stays linked to the gateway until you remove the device under Linked devices.</source>
        <translation>要删除渠道“%1”（%2）吗？

其设置将被删除，其网关 API 密钥也将从钥匙串中移除。此操作无法撤销。

在您于手机上的“Linked devices”中移除该设备之前，手机会一直与网关保持关联。</translation>
    </message>
    <message>
        <source>Your key “%1” has the role %2: what it does not allow is disabled here, and each disabled button says what it needs.</source>
        <translation>您的密钥“%1”的角色为 %2：此处该角色不允许的操作已被禁用，每个禁用的按钮都会说明它需要什么。</translation>
    </message>
    <message>
        <source>Remove the channel “%1” (%2)?

Its settings are deleted and its Secret, Token and EncodingAESKey are removed from the keychain. This cannot be undone.

WeCom keeps calling the callback URL until you also change 接收消息 → 设置API接收 of the app.</source>
        <translation>删除渠道“%1”（%2）？

其设置将被删除，其 Secret、Token 和 EncodingAESKey 将从钥匙串中移除。此操作无法撤销。

在您同时修改该应用的 接收消息 → 设置API接收 之前，企业微信会继续调用回调 URL。</translation>
    </message>
    <message>
        <source>Remove the channel “%1” (%2)?

Its settings are deleted and its gateway API key is removed from the keychain. This cannot be undone.

Log Out and Remove first unlinks the phone at the gateway (linking it again needs a new scan). Remove Only leaves the phone linked to the gateway until you remove the device under Linked devices on the phone.</source>
        <translation>删除渠道“%1”（%2）？

它的设置将被删除，网关 API 密钥也会从钥匙串中移除。此操作无法撤销。

“注销并删除”会先在网关上解除手机的关联（再次关联需要重新扫码）。“仅删除”会让手机继续关联在网关上，直到你在手机的“已关联的设备”中移除该设备。</translation>
    </message>
    <message>
        <source>Log Out and Remove</source>
        <translation>注销并删除</translation>
    </message>
    <message>
        <source>Remove Only</source>
        <translation>仅删除</translation>
    </message>
    <message>
        <source>Logging the phone out at the gateway…</source>
        <translation>正在网关上注销手机…</translation>
    </message>
    <message>
        <source>Error: the channel was not removed, because the phone was not logged out: %1 Try again, or remove it with Remove Only.</source>
        <translation>错误：渠道未被删除，因为手机没有注销：%1 请重试，或用“仅删除”删除它。</translation>
    </message>
    <message>
        <source>the gateway did not confirm it within 30 seconds.</source>
        <translation>网关在 30 秒内没有确认。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSettingsWidget</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>正在保存设置…</translation>
    </message>
    <message>
        <source>Error: the settings were not saved. %1</source>
        <translation>错误：设置未保存。%1</translation>
    </message>
    <message>
        <source>Settings saved; they are in use now.</source>
        <translation>设置已保存，现已生效。</translation>
    </message>
    <message>
        <source>The callback URL changed: enter the new one in the app's 设置API接收.</source>
        <translation>回调 URL 已更改：请在应用的“设置API接收”中填入新的 URL。</translation>
    </message>
    <message>
        <source>The callback URL changed: enter the new one in Meta's WhatsApp &gt; Configuration.</source>
        <translation>回调 URL 已更改：请在 Meta 的 WhatsApp &gt; 配置 中填入新的 URL。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizard</name>
    <message>
        <source>ChannelDesk has no data directory to save to.</source>
        <translation>ChannelDesk 没有可用于保存的数据目录。</translation>
    </message>
    <message>
        <source>Discard this channel?</source>
        <translation>放弃此渠道？</translation>
    </message>
    <message>
        <source>What you entered for this channel is not saved. Discard it?</source>
        <translation>你为此渠道输入的内容尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <source>Keep the saved channel?</source>
        <translation>保留已保存的渠道？</translation>
    </message>
    <message>
        <source>“%1” was saved when the last page opened, so that the verification request could reach it. Save keeps the channel; Discard removes it and its secrets.</source>
        <translation>打开最后一页时已保存“%1”，以便验证请求能够送达。“保存”保留该渠道；“放弃”将删除它及其密钥。</translation>
    </message>
    <message>
        <source>Channel not removed</source>
        <translation>渠道未删除</translation>
    </message>
    <message>
        <source>“%1”, saved before under the old name, could not be removed. %2 Remove it from the channel list.</source>
        <translation>之前以旧名称保存的“%1”无法删除。%2 请在渠道列表中删除它。</translation>
    </message>
    <message>
        <source>Removing “%1” and its secrets…</source>
        <translation>正在删除“%1”及其密钥…</translation>
    </message>
    <message>
        <source>“%1” was not removed. %2</source>
        <translation>“%1”未删除。%2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageCredentials</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageGateway</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>WAHA serves its API and events on one port (3000 by default). The API key is the WAHA_API_KEY it was started with.</source>
        <translation>WAHA 在同一个端口（默认为 3000）上提供 API 和事件。API 密钥是启动 WAHA 时所用的 WAHA_API_KEY。</translation>
    </message>
    <message>
        <source>A gateway speaking the connection-gateway protocol. The key is its service token; the connection is created when it does not exist.</source>
        <translation>使用 connection-gateway 协议的网关。密钥是其服务令牌；如连接不存在，会自动创建。</translation>
    </message>
    <message>
        <source>API &amp;key: *</source>
        <translation>API 密钥(&amp;K)：*</translation>
    </message>
    <message>
        <source>Service &amp;token: *</source>
        <translation>服务令牌(&amp;T)：*</translation>
    </message>
    <message>
        <source>&amp;Session: *</source>
        <translation>会话(&amp;S)：*</translation>
    </message>
    <message>
        <source>&amp;Connection: *</source>
        <translation>连接(&amp;C)：*</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageKind</name>
    <message>
        <source>A channel with the id “%1” already exists. Finishing this wizard updates that channel: the next pages show its settings, and secrets left empty keep the stored ones.</source>
        <translation>已存在 ID 为“%1”的渠道。完成此向导将更新该渠道：后续页面显示它的设置，留空的密钥保持已保存的值。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPagePairing</name>
    <message>
        <source>Go Back and enter the key the gateway was started with (WAHA: WAHA_API_KEY).</source>
        <translation>请返回上一步，输入启动网关时所用的密钥（WAHA：WAHA_API_KEY）。</translation>
    </message>
    <message>
        <source>The channel is saved first; then ChannelDesk connects to the gateway.</source>
        <translation>先保存渠道，然后 ChannelDesk 会连接到网关。</translation>
    </message>
    <message>
        <source>ChannelDesk has no data directory to save to.</source>
        <translation>ChannelDesk 没有可用于保存的数据目录。</translation>
    </message>
    <message>
        <source>Saving the channel and storing its key in the keychain…</source>
        <translation>正在保存渠道，并将其密钥存储到钥匙串中…</translation>
    </message>
    <message>
        <source>The channel was not saved. %1</source>
        <translation>渠道未保存。%1</translation>
    </message>
    <message>
        <source>Connecting to the gateway…</source>
        <translation>正在连接网关…</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>已保存为“%1”。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageTest</name>
    <message>
        <source>ChannelDesk asks WeCom's API for an access token with the app's Secret, then for the app's name. Nothing is sent to anyone.</source>
        <translation>ChannelDesk 会用应用的 Secret 向企业微信 API 获取 access_token，再查询应用名称。不会向任何人发送消息。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageWeCom</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageWebhook</name>
    <message>
        <source>Saving the channel and storing its secrets in the keychain…</source>
        <translation>正在保存渠道，并将其机密信息存储到钥匙串中…</translation>
    </message>
    <message>
        <source>Connect WeCom's callback</source>
        <translation>配置企业微信回调</translation>
    </message>
    <message>
        <source>Paste this into URL in 接收消息 → 设置API接收</source>
        <translation>粘贴到“接收消息 → 设置API接收”的 URL 中</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>Token(&amp;T)：</translation>
    </message>
    <message>
        <source>Paste this into Token in 接收消息 → 设置API接收</source>
        <translation>粘贴到“接收消息 → 设置API接收”的 Token 中</translation>
    </message>
    <message>
        <source>WeCom delivers the messages members send to the app to this address. The channel is saved now, so that WeCom can check the address: enter it in WeCom's admin console and click Save there. This page shows WeCom's request when it arrives; then click Finish.</source>
        <translation>企业微信会把成员发给应用的消息投递到此地址。渠道现已保存，以便企业微信检查该地址：在企业微信管理后台填写此地址并点击“保存”。企业微信的请求到达时本页会显示出来；然后点击“完成”。</translation>
    </message>
    <message>
        <source>The channel was not saved. %1 Click Finish to try again.</source>
        <translation>渠道未保存。%1 点击“完成”重试。</translation>
    </message>
    <message>
        <source>Saved as “%1”; its secrets are in the keychain.</source>
        <translation>已保存为“%1”；其密钥保存在钥匙串中。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelWeComWidget</name>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>EncodingAESKey</source>
        <translation>EncodingAESKey</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>every member of the company</source>
        <translation>企业的所有成员</translation>
    </message>
    <message>
        <source>nobody yet — add user ids to answer members</source>
        <translation>暂无 — 添加用户账号后才能回复成员</translation>
    </message>
    <message>
        <source>needs a valid public base URL</source>
        <translation>需要有效的公网基础 URL</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation>%1 已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Error: no %1 is stored; click Replace… to set one.</source>
        <translation>错误：未存储 %1；点击“替换…”进行设置。</translation>
    </message>
    <message>
        <source>Error: cannot read the %1. %2</source>
        <translation>错误：无法读取 %1。%2</translation>
    </message>
    <message>
        <source>Fetched %1</source>
        <translation>获取于 %1</translation>
    </message>
    <message>
        <source>Access token valid until %1</source>
        <translation>访问令牌有效期至 %1</translation>
    </message>
    <message>
        <source>Could not get an access token: %1</source>
        <translation>无法获取访问令牌：%1</translation>
    </message>
    <message>
        <source>Not fetched yet — Test Connection fetches one</source>
        <translation>尚未获取 — “测试连接”会获取一个</translation>
    </message>
    <message>
        <source>No callback yet</source>
        <translation>尚无回调</translation>
    </message>
    <message>
        <source>Last callback %1</source>
        <translation>最近回调 %1</translation>
    </message>
    <message>
        <source>Last callback %1 %2</source>
        <translation>最近回调 %1 %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CloudHealthChecker</name>
    <message>
        <source>No access token is stored for this channel. Click Replace… next to Access token on the channel page to enter one.</source>
        <translation>此渠道未存储访问令牌。请在渠道页面上点击“访问令牌”旁边的“替换…”进行输入。</translation>
    </message>
    <message>
        <source>Cannot read the access token. %1</source>
        <translation>无法读取访问令牌。%1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CloudHealthProbe</name>
    <message>
        <source>Meta answered for phone number ID %1, not %2.</source>
        <translation>Meta 返回的是电话号码 ID %1 的信息，而不是 %2。</translation>
    </message>
    <message>
        <source>Meta's debug_token answer has no "data" object.</source>
        <translation>Meta 的 debug_token 响应中没有 "data" 对象。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CloudMessageSender</name>
    <message>
        <source>Meta's answer does not confirm the read receipt (no "success": true).</source>
        <translation>Meta 的响应未确认已读回执（没有 "success": true）。</translation>
    </message>
    <message>
        <source>Meta's answer has no message ID (messages[0].id).</source>
        <translation>Meta 的响应中没有消息 ID（messages[0].id）。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectToServerDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Connects to %1</source>
        <translation>将连接到 %1</translation>
    </message>
    <message>
        <source>An API key starts with “cdk_”. Create one on the server with `channeldesk keys create --name NAME --role ROLE` and paste it whole.</source>
        <translation>API 密钥以“cdk_”开头。请在服务器上用 `channeldesk keys create --name NAME --role ROLE` 创建一个，并完整粘贴。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionChecker</name>
    <message>
        <source>No access token is stored for this channel. Click Replace… next to Access token to enter one.</source>
        <translation>此渠道未存储访问令牌。请点击“访问令牌”旁边的“替换…”进行输入。</translation>
    </message>
    <message>
        <source>Cannot read the access token. %1</source>
        <translation>无法读取访问令牌。%1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionGatewayAdapter</name>
    <message>
        <source>Connecting to the gateway at %1</source>
        <translation>正在连接位于 %1 的网关</translation>
    </message>
    <message>
        <source>Creating the connection</source>
        <translation>创建连接</translation>
    </message>
    <message>
        <source>Reading the connection status</source>
        <translation>读取连接状态</translation>
    </message>
    <message>
        <source>Fetching the QR code</source>
        <translation>获取二维码</translation>
    </message>
    <message>
        <source>(Inbound messages need the gateway's events feed, /api/connections/events, which it does not offer: only the status and the QR code are followed.)</source>
        <translation>（接收消息需要网关的事件流 /api/connections/events，但该网关未提供：目前只跟踪状态和二维码。）</translation>
    </message>
    <message>
        <source>(The gateway's events feed was lost: inbound messages are not followed until the channel is reconnected.)</source>
        <translation>（与网关事件流的连接已丢失：在渠道重新连接之前，不会跟踪收到的消息。）</translation>
    </message>
    <message>
        <source>Starting a new pairing window</source>
        <translation>正在开始新一轮配对</translation>
    </message>
    <message>
        <source>Could not start a new pairing window: %1</source>
        <translation>无法开始新一轮配对：%1</translation>
    </message>
    <message>
        <source>Could not log out: %1</source>
        <translation>无法退出登录：%1</translation>
    </message>
    <message>
        <source>Logged out and the connection was removed from the gateway; start a new pairing window to link again</source>
        <translation>已退出登录，该连接已从网关中移除；请开始新一轮配对以重新关联</translation>
    </message>
    <message>
        <source>The connection gateway protocol has no pairing code; scan the QR code instead.</source>
        <translation>连接网关协议不支持配对码；请改为扫描二维码。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>The gateway answered without a message id: %1</source>
        <translation>网关的响应中没有消息 ID：%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Restarting: the connection gateway has no restart, so ChannelDesk reads the connection afresh; the phone stays linked</source>
        <translation>正在重启：连接网关协议没有重启，ChannelDesk 会重新读取该连接；手机保持关联</translation>
    </message>
    <message>
        <source>Stopped following the connection. The connection gateway protocol has no stop: the gateway keeps the connection and the phone stays linked. Start follows it again.</source>
        <translation>已停止跟随该连接。连接网关协议没有停止操作：网关保留该连接，手机保持关联。点“启动”可再次跟随。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionPrompts</name>
    <message>
        <source>Server Certificate Changed</source>
        <translation>服务器证书已更改</translation>
    </message>
    <message>
        <source>ChannelDesk refused to connect to %1: its certificate is not the one you trusted before.

Trusted before: %2
Presented now: %3

If the server's certificate was replaced on purpose, compare the new fingerprint on the server (openssl x509 -noout -fingerprint -sha256 -in CERT), then remove the old fingerprint for %1 from the console's trusted certificates (in its configuration directory) and connect again. Otherwise someone may be intercepting the connection: do not connect, and tell the server's admin.</source>
        <translation>ChannelDesk 拒绝连接到 %1：其证书不是您之前信任的那一个。

之前信任的：%2
现在出示的：%3

如果服务器的证书是有意更换的，请在服务器上核对新的指纹（openssl x509 -noout -fingerprint -sha256 -in CERT），然后从控制台的受信任证书（位于其配置目录中）中删除 %1 的旧指纹，再重新连接。否则可能有人正在拦截连接：请不要连接，并告知服务器管理员。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionTest</name>
    <message>
        <source>The answer has no phone number in it.</source>
        <translation>响应中不包含电话号码。</translation>
    </message>
    <message>
        <source>Meta answered for phone number ID %1, not %2.</source>
        <translation>Meta 返回的是电话号码 ID %1 的信息，而不是 %2。</translation>
    </message>
    <message>
        <source>This number runs on the %1 platform; only CLOUD_API numbers send webhooks to ChannelDesk. Migrate it to the Cloud API in WhatsApp Manager.</source>
        <translation>此号码运行在 %1 平台上；只有 CLOUD_API 号码才会向 ChannelDesk 发送 Webhook。请在 WhatsApp Manager 中将其迁移到 Cloud API。</translation>
    </message>
    <message>
        <source>Quality rating is RED: customers are blocking or reporting this number. Meta may lower its messaging limit.</source>
        <translation>质量评级为 RED（低）：客户正在屏蔽或举报此号码。Meta 可能会降低其消息发送限额。</translation>
    </message>
    <message>
        <source>Quality rating is YELLOW: watch for blocks and reports.</source>
        <translation>质量评级为 YELLOW（中）：请留意屏蔽和举报情况。</translation>
    </message>
    <message>
        <source>The number's ownership is not verified (%1); finish verification in WhatsApp Manager &gt; Phone numbers.</source>
        <translation>此号码的所有权尚未验证（%1）；请在“WhatsApp Manager &gt; Phone numbers”中完成验证。</translation>
    </message>
    <message>
        <source>Meta says: %1</source>
        <translation>Meta 提示：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>已连接到 %1（%2）</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionTestWidget</name>
    <message>
        <source>There is nothing to test yet: the channel's settings are missing.</source>
        <translation>暂时无法测试：缺少渠道设置。</translation>
    </message>
    <message>
        <source>Testing the connection to Meta…</source>
        <translation>正在测试与 Meta 的连接…</translation>
    </message>
    <message>
        <source>Test cancelled; Meta's answer was not awaited. Click Test Connection to try again.</source>
        <translation>测试已取消，未等待 Meta 的响应。点击“测试连接”可重试。</translation>
    </message>
    <message>
        <source>Quality rating: %1</source>
        <translation>质量评级：%1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <source>Throughput: %1</source>
        <translation>吞吐量：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleActionEndpoints</name>
    <message>
        <source>There is no channel “%1”.</source>
        <translation>不存在渠道“%1”。</translation>
    </message>
    <message>
        <source>The server never reads a file a client names; upload the media instead.</source>
        <translation>服务器从不读取客户端指定的文件；请改为上传媒体。</translation>
    </message>
    <message>
        <source>“action” is one of %1.</source>
        <translation>“action”必须是 %1 之一。</translation>
    </message>
    <message>
        <source>“%1” has no linked device: only enabled linked-device channels do.</source>
        <translation>“%1”没有关联设备：只有已启用的关联设备渠道才有。</translation>
    </message>
    <message>
        <source>The file is over %1 MiB, the most the server takes from a console; send it by link instead.</source>
        <translation>该文件超过 %1 MiB，这是服务器从控制台接收的上限；请改为通过链接发送。</translation>
    </message>
    <message>
        <source>“data” is empty: there is nothing to upload.</source>
        <translation>“data”为空：没有可上传的内容。</translation>
    </message>
    <message>
        <source>WhatsApp does not take %1 files.</source>
        <translation>WhatsApp 不接受 %1 文件。</translation>
    </message>
    <message>
        <source>“data” is not base64.</source>
        <translation>“data”不是 base64 编码。</translation>
    </message>
    <message>
        <source>“upload” is the token the upload verb answered: 32 hexadecimal digits.</source>
        <translation>“upload”是 upload 操作返回的令牌：32 位十六进制数字。</translation>
    </message>
    <message>
        <source>Only an image, document, audio, video or sticker without a media id or link takes an upload.</source>
        <translation>只有不带媒体 ID 或链接的图片、文档、音频、视频或贴纸才能使用上传。</translation>
    </message>
    <message>
        <source>There is no upload “%1”: a send has used it already, or it is over a day old. Upload the file again.</source>
        <translation>不存在上传“%1”：它已被某次发送使用，或已超过一天。请重新上传文件。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>没有会话 %1。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleAdminEndpoints</name>
    <message>
        <source>role: one of %1.</source>
        <translation>role：应为 %1 之一。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleBotEndpoints</name>
    <message>
        <source>There is no channel “%1”.</source>
        <translation>不存在渠道“%1”。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleCall</name>
    <message>
        <source>“%1” has the wrong type for this verb.</source>
        <translation>“%1”的类型不适用于此操作。</translation>
    </message>
    <message>
        <source>The body needs “%1”.</source>
        <translation>请求正文需要“%1”。</translation>
    </message>
    <message>
        <source>limit must be 1–%1.</source>
        <translation>limit 必须为 1–%1。</translation>
    </message>
    <message>
        <source>The server gave no answer within %1 seconds.</source>
        <translation>服务器在 %1 秒内没有答复。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleEndpoints</name>
    <message>
        <source>There is no console verb “%1”.</source>
        <translation>不存在控制台操作“%1”。</translation>
    </message>
    <message>
        <source>The body must be a JSON object ({} when the verb takes nothing): %1.</source>
        <translation>请求正文必须是 JSON 对象（操作不需要参数时为 {}）：%1。</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>正文为空</translation>
    </message>
    <message>
        <source>The console verb “%1” is not served here.</source>
        <translation>此处不提供控制台操作“%1”。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleReadEndpoints</name>
    <message>
        <source>There is no send %1.</source>
        <translation>不存在发送任务 %1。</translation>
    </message>
    <message>
        <source>“media” must be Meta's media id.</source>
        <translation>“media”必须是 Meta 的媒体 ID。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The media is over %1 MiB; the console does not carry it.</source>
        <translation>该媒体超过 %1 MiB；控制台不传输它。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleSession</name>
    <message>
        <source>Not connected to %1: no API key was given. Use File &gt; Connect to Server… to try again.</source>
        <translation>未连接到 %1：未提供 API 密钥。请使用“文件 &gt; 连接到服务器…”重试。</translation>
    </message>
    <message>
        <source>The API key could not be kept in the keychain (%1); you will be asked again next time.</source>
        <translation>无法将 API 密钥保存到钥匙串（%1）；下次将再次询问您。</translation>
    </message>
    <message>
        <source>Repair Finished</source>
        <translation>修复完成</translation>
    </message>
    <message>
        <source>Repair Data Directory</source>
        <translation>修复数据目录</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Repair the data directory %1?

ChannelDesk closes it while it repairs (its receiver stops if it is on), checks the conversation store and the delivery journal, moves a damaged one aside (nothing is deleted) and rebuilds the conversation log from the delivery journal. The window opens the data directory again when the repair ends.</source>
        <translation>要修复数据目录 %1 吗？

修复期间 ChannelDesk 会关闭该目录（若接收器正在运行则会停止），检查会话存储和投递日志，把损坏的文件移到一旁（不会删除任何内容），并从投递日志重建会话记录。修复结束后窗口会重新打开该数据目录。</translation>
    </message>
    <message>
        <source>The data directory %1 is closed while it is repaired.</source>
        <translation>数据目录 %1 在修复期间已关闭。</translation>
    </message>
    <message>
        <source>Repairing the data directory %1.</source>
        <translation>正在修复数据目录 %1。</translation>
    </message>
    <message>
        <source>Close and &amp;Repair</source>
        <translation>关闭并修复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleUploads</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConversationEndpoints</name>
    <message>
        <source>Channel “%1” has no conversation with %2.</source>
        <translation>渠道“%1”没有与 %2 的会话。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>没有会话 %1。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConversationListDelegate</name>
    <message>
        <source>Person</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不在白名单</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n 条未读</numerusform>
        </translation>
    </message>
    <message>
        <source>last message %1: %2</source>
        <translation>最后一条消息 %1：%2</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>taken over by %1</source>
        <translation>已由 %1 接管</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不在白名单</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConversationLogWidget</name>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation>没有与“%1”匹配的消息。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching message(s), newest first.</source>
        <translation>
            <numerusform>%n 条匹配的消息，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversations yet. They appear here as soon as a webhook brings a message.</source>
        <translation>尚无会话。一旦有 Webhook 送来消息，会话就会显示在这里。</translation>
    </message>
    <message>
        <source>No conversations on this channel yet.</source>
        <translation>此渠道尚无会话。</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open Attachment</source>
        <translation>打开附件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save Attachment As…</source>
        <translation>附件另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>&amp;React</source>
        <translation>表情回应(&amp;R)</translation>
    </message>
    <message>
        <source>Remove My Reaction</source>
        <translation>移除我的表情回应</translation>
    </message>
    <message>
        <source>taken over from the bot by %1</source>
        <translation>已由 %1 从机器人接管</translation>
    </message>
    <message>
        <source>Ret&amp;urn to bot</source>
        <translation>交还机器人(&amp;U)</translation>
    </message>
    <message>
        <source>Tak&amp;e over</source>
        <translation>接管(&amp;E)</translation>
    </message>
    <message>
        <source>Let the bot answer again, from the next message on; what came meanwhile stays with you</source>
        <translation>从下一条消息起重新由机器人回复；期间收到的消息仍由您处理</translation>
    </message>
    <message>
        <source>Answer this conversation yourself: its new messages are kept and shown here but no longer passed to the bot</source>
        <translation>亲自回复此会话：新消息会保存并显示在这里，但不再转发给机器人</translation>
    </message>
    <message>
        <source>Cannot take the conversation over</source>
        <translation>无法接管会话</translation>
    </message>
    <message>
        <source>Cannot return the conversation to the bot</source>
        <translation>无法将会话交还机器人</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不在白名单</translation>
    </message>
    <message>
        <source>Open in &amp;Map</source>
        <translation>在地图中打开(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::CopyButtonFeedback</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::DiskSpaceIndicator</name>
    <message>
        <source>Low disk space: %1 free</source>
        <translation>磁盘空间不足：可用空间仅剩 %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::EncryptedFileSecretStore</name>
    <message>
        <source>%1 is not a ChannelDesk secrets file.</source>
        <translation>%1 不是 ChannelDesk 机密文件。</translation>
    </message>
    <message>
        <source>%1 has format version %2; this version of ChannelDesk reads version %3.</source>
        <translation>%1 的格式版本为 %2；此版本的 ChannelDesk 只能读取版本 %3。</translation>
    </message>
    <message>
        <source>%1 is cut short: the file is damaged. Restore it from a backup, or remove it and enter the secrets again.</source>
        <translation>%1 不完整：文件已损坏。请从备份恢复，或删除它并重新输入机密。</translation>
    </message>
    <message>
        <source>Wrong master key: %1 was written with a different key. Provide the key it was written with.</source>
        <translation>主密钥错误：%1 是用另一个密钥写入的。请提供写入它时所用的密钥。</translation>
    </message>
    <message>
        <source>%1 failed authentication: the file is damaged or was changed outside ChannelDesk. Restore it from a backup, or remove it and enter the secrets again.</source>
        <translation>%1 认证失败：文件已损坏或在 ChannelDesk 之外被修改。请从备份恢复，或删除它并重新输入机密。</translation>
    </message>
    <message>
        <source>%1 is too large to be a ChannelDesk secrets file.</source>
        <translation>%1 太大，不可能是 ChannelDesk 机密文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not hold a list of secrets.</source>
        <translation>%1 不包含机密列表。</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the secrets.</source>
        <translation>OpenSSL 无法加密机密。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is locked by another process (%2).</source>
        <translation>%1 已被另一个进程锁定（%2）。</translation>
    </message>
    <message>
        <source>encrypted file %1</source>
        <translation>加密文件 %1</translation>
    </message>
    <message>
        <source>The master key must be %1 bytes.</source>
        <translation>主密钥必须为 %1 字节。</translation>
    </message>
    <message>
        <source>No such secret.</source>
        <translation>没有此机密。</translation>
    </message>
    <message>
        <source>Set %1 to 64 hexadecimal characters or the base64 of 32 random bytes (make one with `openssl rand -hex 32`), or give the service the systemd credential %2 (LoadCredential= or SetCredentialEncrypted=).</source>
        <translation>请将 %1 设置为 64 个十六进制字符或 32 个随机字节的 base64（可用 `openssl rand -hex 32` 生成），或为服务提供 systemd 凭据 %2（LoadCredential= 或 SetCredentialEncrypted=）。</translation>
    </message>
    <message>
        <source>expected 64 hexadecimal characters or the base64 of exactly 32 bytes; make one with `openssl rand -hex 32`.</source>
        <translation>应为 64 个十六进制字符或恰好 32 字节的 base64；可用 `openssl rand -hex 32` 生成。</translation>
    </message>
    <message>
        <source>%1 is not a usable master key: %2</source>
        <translation>%1 不是可用的主密钥：%2</translation>
    </message>
    <message>
        <source>Cannot read the master key %1: %2</source>
        <translation>无法读取主密钥 %1：%2</translation>
    </message>
    <message>
        <source>systemd credential %1</source>
        <translation>systemd 凭据 %1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::EnvironmentSecretStore</name>
    <message>
        <source>Its CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt; variable is not set.</source>
        <translation>其 CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt; 环境变量未设置。</translation>
    </message>
    <message>
        <source>environment variables only</source>
        <translation>仅环境变量</translation>
    </message>
    <message>
        <source>no keychain is reachable and no master key is set</source>
        <translation>无法访问钥匙串，且未设置主密钥</translation>
    </message>
    <message>
        <source>Secrets cannot be stored on this server: %1. To keep them in an encrypted file in the data directory: %2</source>
        <translation>无法在此服务器上存储机密：%1。若要将其保存在数据目录的加密文件中：%2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::FieldMessageLabel</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ForwardTargetDialog</name>
    <message>
        <source>Forward to Bot: %1</source>
        <translation>转发给机器人：%1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::GatewayAdapter</name>
    <message>
        <source>The gateway at %1 sent a QR code of %2 KiB; a WhatsApp pairing code is a few hundred bytes, so ChannelDesk refused it. Check the gateway URL and that the gateway is not broken.</source>
        <translation>位于 %1 的网关发送了一个 %2 KiB 的二维码；WhatsApp 配对码只有几百字节，因此 ChannelDesk 拒绝了它。请检查网关 URL，并确认网关没有故障。</translation>
    </message>
    <message>
        <source>Stopped by the operator; Start follows the gateway again.</source>
        <translation>已由操作员停止；点“启动”可再次跟随网关。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::GatewayEventFeed</name>
    <message>
        <source>The events feed did not open within %1 s</source>
        <translation>事件流未能在 %1 秒内打开</translation>
    </message>
    <message>
        <source>WebSocket closed with code 1008</source>
        <translation>WebSocket 已关闭，代码 1008</translation>
    </message>
    <message>
        <source>The gateway closed the events feed (code %1)</source>
        <translation>网关关闭了事件流（代码 %1）</translation>
    </message>
    <message>
        <source>The gateway closed the events feed (code %1: %2)</source>
        <translation>网关关闭了事件流（代码 %1：%2）</translation>
    </message>
    <message>
        <source>The events feed could not be opened</source>
        <translation>无法打开事件流</translation>
    </message>
    <message>
        <source>WebSocket closed with code 1008: %1</source>
        <translation>WebSocket 以代码 1008 关闭：%1</translation>
    </message>
    <message>
        <source>The gateway (or a proxy in front of it) refused the events feed with HTTP %1: the key or the proxy's credentials were not accepted</source>
        <translation>网关（或其前面的代理）以 HTTP %1 拒绝了事件推送：密钥或代理的凭据未被接受</translation>
    </message>
    <message>
        <source>The gateway sent an event of more than %1 MiB (%2); events are small, so ChannelDesk closed the events feed rather than hold it in memory</source>
        <translation>网关发送了超过 %1 MiB 的事件（%2）；事件本应很小，因此 ChannelDesk 关闭了事件通道，而不是把它保存在内存中</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::GatewayRestClient</name>
    <message>
        <source>%1. Is the gateway running at %2?</source>
        <translation>%1。网关是否正在 %2 上运行？</translation>
    </message>
    <message>
        <source>%1. Check the host name in %2.</source>
        <translation>%1。请检查 %2 中的主机名。</translation>
    </message>
    <message>
        <source>%1. The gateway at %2 did not answer in time; is it overloaded or blocked by a firewall?</source>
        <translation>%1。位于 %2 的网关未能及时响应；它是否负载过高，或被防火墙拦截？</translation>
    </message>
    <message>
        <source>%1. The gateway at %2 closed the connection; is it restarting?</source>
        <translation>%1。位于 %2 的网关关闭了连接；它是否正在重启？</translation>
    </message>
    <message>
        <source>%1. Check the TLS certificate of %2.</source>
        <translation>%1。请检查 %2 的 TLS 证书。</translation>
    </message>
    <message>
        <source>%1. The gateway at %2 does not know this session or route; check the URL and the session name.</source>
        <translation>%1。位于 %2 的网关无法识别此会话或路由；请检查 URL 和会话名称。</translation>
    </message>
    <message>
        <source>%1. The gateway is rate limiting requests.</source>
        <translation>%1。网关正在对请求进行速率限制。</translation>
    </message>
    <message>
        <source>%1. The gateway had an internal error; it may be restarting or its WhatsApp engine failed.</source>
        <translation>%1。网关发生内部错误；它可能正在重启，或其 WhatsApp 引擎出错。</translation>
    </message>
    <message>
        <source>%1. The gateway refused the request.</source>
        <translation>%1。网关拒绝了该请求。</translation>
    </message>
    <message>
        <source>API key rejected (%1). Check the key in the channel settings; ChannelDesk will not retry with it.</source>
        <translation>API 密钥被拒绝（%1）。请检查渠道设置中的密钥；ChannelDesk 不会再使用该密钥重试。</translation>
    </message>
    <message>
        <source>%1 gave no complete answer within %2 s</source>
        <translation>%1 在 %2 秒内没有给出完整应答</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB, so ChannelDesk stopped reading</source>
        <translation>%1 发送了超过 %2 MiB 的数据，因此 ChannelDesk 停止了读取</translation>
    </message>
    <message>
        <source>%1. That is not an answer from a gateway; check the gateway URL %2.</source>
        <translation>%1。这不是网关的应答；请检查网关 URL %2。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::GatewaySessionClient</name>
    <message>
        <source>The gateway has no session “%1” (%2). The window or `channeldesk serve` creates it while the channel is enabled; if one of them runs, check the gateway URL %3 and the session name.</source>
        <translation>网关上没有会话“%1”（%2）。窗口或 `channeldesk serve` 会在渠道启用时创建它；如果其中之一正在运行，请检查网关 URL %3 和会话名称。</translation>
    </message>
    <message>
        <source>The gateway has no session “%1” (%2); the window or `channeldesk serve` creates it while the channel is enabled.</source>
        <translation>网关上没有会话“%1”（%2）；窗口或 `channeldesk serve` 会在渠道启用时创建它。</translation>
    </message>
    <message>
        <source>Started the session on the gateway.</source>
        <translation>已在网关上启动会话。</translation>
    </message>
    <message>
        <source>Stopped the session on the gateway; the phone stays linked.</source>
        <translation>已在网关上停止会话；手机保持关联。</translation>
    </message>
    <message>
        <source>Restarted the session on the gateway: a linked phone stays linked, otherwise a new pairing window opens.</source>
        <translation>已在网关上重启会话：已关联的手机保持关联，否则会打开新的配对窗口。</translation>
    </message>
    <message>
        <source>Logged out at the gateway: the phone is unlinked; linking it again needs a new scan.</source>
        <translation>已在网关上注销：手机已解除关联；再次关联需要重新扫码。</translation>
    </message>
    <message>
        <source>The connection gateway protocol has no %1. Use the window or the server API (POST /channels/{id}/%2), where ChannelDesk follows the connection.</source>
        <translation>连接网关协议没有 %1 操作。请使用窗口或服务器 API（POST /channels/{id}/%2），由 ChannelDesk 跟随该连接。</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>The connection already exists on the gateway.</source>
        <translation>该连接已存在于网关上。</translation>
    </message>
    <message>
        <source>Created the connection on the gateway.</source>
        <translation>已在网关上创建连接。</translation>
    </message>
    <message>
        <source>Logged out: the connection was removed from the gateway and the phone is unlinked.</source>
        <translation>已注销：该连接已从网关删除，手机已解除关联。</translation>
    </message>
    <message>
        <source>Started a new pairing window: the connection was created again.</source>
        <translation>已开始新的配对窗口：连接已重新创建。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::GraphReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 gave no complete answer within %2 s — Meta or the network is slow or stuck; try again, and check graph_base_url and any proxy.</source>
        <translation>%1 在 %2 秒内没有给出完整应答——Meta 或网络缓慢或卡住；请重试，并检查 graph_base_url 和代理。</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB, so ChannelDesk stopped reading; that is not an answer from the Graph API — check graph_base_url.</source>
        <translation>%1 发送了超过 %2 MiB 的数据，因此 ChannelDesk 停止了读取；这不是 Graph API 的应答——请检查 graph_base_url。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::HelpMenu</name>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>关于 ChannelDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>报告问题(&amp;R)…</translation>
    </message>
    <message>
        <source>Copy a summary of versions, channels and recent errors, without secrets, to paste into a problem report</source>
        <translation>复制版本、渠道和最近错误的摘要（不含密钥），以便粘贴到问题报告中</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>关于 ChannelDesk</translation>
    </message>
    <message>
        <source>User guide not available</source>
        <translation>用户指南不可用</translation>
    </message>
    <message>
        <source>The user guide is not installed. It is expected at %1.</source>
        <translation>用户指南未安装。它应位于 %1。</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>没有应用程序能打开 %1。</translation>
    </message>
    <message>
        <source>Report a Problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <source>A summary of this installation (versions, system, channels and their states, the receiver and recent errors) is on the clipboard. It holds no tokens, secrets or keys.

Paste it into your problem report, together with what you did and what happened.</source>
        <translation>本安装的摘要（版本、系统、渠道及其状态、接收器和最近的错误）已复制到剪贴板。其中不含任何令牌、密钥或 API 密钥。

请将其粘贴到问题报告中，并说明您做了什么以及发生了什么。</translation>
    </message>
    <message>
        <source>Hel&amp;p</source>
        <translation>帮助(&amp;P)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Operator console for chat-bot channels: WhatsApp Cloud API, linked devices and WeCom.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;ChannelDesk is free software under the GNU General Public License, version 3 or later. It uses Qt (LGPL-3.0), QtKeychain (BSD-3-Clause), libqrencode and libmicrohttpd (LGPL-2.1-or-later), OpenSSL and simdjson (Apache-2.0) and SQLite (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;聊天机器人渠道的运营控制台：WhatsApp Cloud API、关联设备和企业微信。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建，运行于 Qt %3。&lt;/p&gt;&lt;p&gt;ChannelDesk 是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。它使用 Qt（LGPL-3.0）、QtKeychain（BSD-3-Clause）、libqrencode 和 libmicrohttpd（LGPL-2.1-or-later）、OpenSSL 和 simdjson（Apache-2.0）以及 SQLite（公有领域）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::InteractiveMessageDialog</name>
    <message>
        <source>List Message</source>
        <translation>列表消息</translation>
    </message>
    <message>
        <source>Reply Buttons</source>
        <translation>回复按钮</translation>
    </message>
    <message>
        <source>Sections and rows</source>
        <translation>分区和行</translation>
    </message>
    <message>
        <source>Reply buttons</source>
        <translation>回复按钮</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Shown in bold above the message</source>
        <translation>以粗体显示在消息上方</translation>
    </message>
    <message>
        <source>Shown in small grey text below the message</source>
        <translation>以灰色小字显示在消息下方</translation>
    </message>
    <message>
        <source>message text</source>
        <translation>消息正文</translation>
    </message>
    <message>
        <source>header</source>
        <translation>页眉</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <source>list button label</source>
        <translation>列表按钮标签</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service（GNOME Keyring、KWallet）</translation>
    </message>
    <message>
        <source>The keychain was closed before the operation finished.</source>
        <translation>钥匙串在操作完成之前已关闭。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::LinkControlsWidget</name>
    <message>
        <source>Log out the WhatsApp account linked to “%1”? The gateway unlinks this device; linking it again needs a new scan on the phone.</source>
        <translation>注销关联到“%1”的 WhatsApp 账号？网关会解除此设备的关联；再次关联需要在手机上重新扫码。</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>注销</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::LinkedChannelController</name>
    <message>
        <source>The gateway key of “%1” is not available: %2</source>
        <translation>渠道“%1”的网关密钥不可用：%2</translation>
    </message>
    <message>
        <source>Unknown gateway type “%1”.</source>
        <translation>未知的网关类型“%1”。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::LinkedSender</name>
    <message>
        <source>The number is not linked right now; the reply can be sent once it is.</source>
        <translation>该号码当前未关联；关联后才能发送回复。</translation>
    </message>
    <message>
        <source>Linked devices can only send text through ChannelDesk.</source>
        <translation>关联设备通过 ChannelDesk 只能发送文本。</translation>
    </message>
    <message>
        <source>The connection to the gateway was replaced before it confirmed the reply; check the chat on the phone before sending it again.</source>
        <translation>在网关确认此回复之前，与网关的连接已被替换；再次发送前，请先在手机上查看该聊天。</translation>
    </message>
    <message>
        <source>The reply was not sent.</source>
        <translation>回复未发送。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ListSectionsWidget</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sections and rows</source>
        <translation>分区和行</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>添加分区(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>添加行(&amp;R)</translation>
    </message>
    <message>
        <source>WhatsApp sends the ID of the chosen row back with the customer's answer. Rows are numbered automatically unless you enter your own ID.</source>
        <translation>WhatsApp 会随客户的回答一起发回所选行的 ID。除非您自行输入 ID，否则各行会自动编号。</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>A list holds at most %1 rows in all its sections together. Remove a row first, or split the choices over two messages.</source>
        <translation>一个列表的所有分区合计最多包含 %1 行。请先删除一行，或将选项拆分到两条消息中。</translation>
    </message>
    <message>
        <source>Enter a title for section %1: WhatsApp needs section titles when a list has more than one section (at most %2 characters).</source>
        <translation>请为分区 %1 输入标题：当列表包含多个分区时，WhatsApp 要求每个分区都有标题（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>title of section %1</source>
        <translation>分区 %1 的标题</translation>
    </message>
    <message>
        <source>title of row %1</source>
        <translation>第 %1 行的标题</translation>
    </message>
    <message>
        <source>description of row %1</source>
        <translation>第 %1 行的描述</translation>
    </message>
    <message>
        <source>Row &amp;title:</source>
        <translation>行标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Section &amp;title:</source>
        <translation>分区标题(&amp;T)：</translation>
    </message>
    <message>
        <source>(section without title)</source>
        <translation>（无标题的分区）</translation>
    </message>
    <message>
        <source>Row %1 has the same ID “%2” as an earlier row; change it or clear it to number the row automatically.</source>
        <translation>第 %1 行的 ID“%2”与前面某一行相同；请修改该 ID，或将其清空以自动编号。</translation>
    </message>
    <message>
        <source>(row without title)</source>
        <translation>（无标题的行）</translation>
    </message>
    <message>
        <source>The list is full: WhatsApp allows at most %1 rows and %2 sections.</source>
        <translation>列表已满：WhatsApp 最多允许 %1 行和 %2 个分区。</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;ID (optional):</source>
        <translation>ID（可选）(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::LocalDesk</name>
    <message>
        <source>Receiver stopped</source>
        <translation>接收器已停止</translation>
    </message>
    <message>
        <source>The channel has no gateway session; enable it first.</source>
        <translation>该渠道没有网关会话；请先启用它。</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>没有会话 %1。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::LocationDialog</name>
    <message>
        <source>Enter the %1 as a decimal number between -%2 and %2, e.g. %3.</source>
        <translation>请将%1输入为 -%2 到 %2 之间的十进制数，例如 %3。</translation>
    </message>
    <message>
        <source>The %1 %2 is outside -%3 to %3 degrees. Check that latitude and longitude are not swapped.</source>
        <translation>%1 %2 超出了 -%3 到 %3 度的范围。请检查纬度和经度是否填反了。</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>0, 0 is in the Atlantic Ocean; check the coordinates.</source>
        <translation>0, 0 位于大西洋中；请检查坐标。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MainWindow</name>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Channel “%1” and its secrets were removed.</source>
        <translation>渠道“%1”及其机密信息已删除。</translation>
    </message>
    <message>
        <source>ChannelDesk could not read its channel database: %1</source>
        <translation>ChannelDesk 无法读取其渠道数据库：%1</translation>
    </message>
    <message>
        <source>The keychain refused access (%1), so channel secrets cannot be stored or read. Unlock the keychain and restart ChannelDesk, or keep secrets in memory for this run only. Secrets are never written to disk.</source>
        <translation>钥匙串拒绝访问（%1），因此无法存储或读取渠道机密信息。请解锁钥匙串并重新启动 ChannelDesk，或仅在本次运行期间将机密信息保存在内存中。机密信息绝不会写入磁盘。</translation>
    </message>
    <message>
        <source>No keychain is available: ChannelDesk found no Secret Service backend (GNOME Keyring or KWallet) to store channel secrets in (%1). Secrets will NOT be written to disk. Start a keychain and restart ChannelDesk, or keep secrets in memory for this run only.</source>
        <translation>没有可用的钥匙串：ChannelDesk 找不到可用于存储渠道机密信息的 Secret Service 后端（GNOME Keyring 或 KWallet）（%1）。机密信息绝不会写入磁盘。请启动钥匙串服务并重新启动 ChannelDesk，或仅在本次运行期间将机密信息保存在内存中。</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this run only. They are not written to disk and are lost when ChannelDesk quits; enter them again next time (Replace… on the channel page).</source>
        <translation>机密信息仅在本次运行期间保存在内存中。它们不会写入磁盘，并会在 ChannelDesk 退出时丢失；下次请重新输入（使用渠道页面上的“替换…”）。</translation>
    </message>
    <message>
        <source>There is no channel with the id “%1”.</source>
        <translation>不存在 ID 为“%1”的渠道。</translation>
    </message>
    <message>
        <source>No channels yet</source>
        <translation>尚无渠道</translation>
    </message>
    <message>
        <source>No channel selected</source>
        <translation>未选择渠道</translation>
    </message>
    <message>
        <source>Select a channel on the left, or add another one.</source>
        <translation>请在左侧选择一个渠道，或再添加一个。</translation>
    </message>
    <message>
        <source>The receiver settings are used now but could not be saved: %1</source>
        <translation>接收器设置已生效，但无法保存：%1</translation>
    </message>
    <message>
        <source>Add a channel to connect ChannelDesk to your bot’s number: through the WhatsApp Cloud API or as a linked device through a gateway.</source>
        <translation>添加渠道，将 ChannelDesk 连接到您的机器人号码：可通过 WhatsApp Cloud API，或通过网关以关联设备方式连接。</translation>
    </message>
    <message>
        <source>The notification settings are used now but could not be saved: %1</source>
        <translation>通知设置已生效，但无法保存：%1</translation>
    </message>
    <message>
        <source>The send settings are used now but could not be saved: %1</source>
        <translation>发送设置已生效，但无法保存：%1</translation>
    </message>
    <message>
        <source>The server API settings are used now but could not be saved: %1</source>
        <translation>服务器 API 设置已生效，但无法保存：%1</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>%1 refused the API key: %2
Connect again with a valid key.</source>
        <translation>%1 拒绝了该 API 密钥：%2
请使用有效的密钥重新连接。</translation>
    </message>
    <message>
        <source>%1 — ChannelDesk — %2</source>
        <translation>%1 — ChannelDesk — %2</translation>
    </message>
    <message>
        <source>The retention is used now but could not be saved: %1</source>
        <translation>保留期限已生效，但无法保存：%1</translation>
    </message>
    <message>
        <source>Repair works on this computer's data directory, not on a server's. On the server, stop “channeldesk serve” and run “channeldesk repair” there.</source>
        <translation>修复只作用于本机的数据目录，而非服务器上的。请在服务器上停止“channeldesk serve”，然后在那里运行“channeldesk repair”。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MediaDownloader</name>
    <message>
        <source>Meta's media URL is not https; the token is not sent there.</source>
        <translation>Meta 的媒体 URL 不是 https 地址；不会向其发送令牌。</translation>
    </message>
    <message>
        <source>Meta's answer has no media URL.</source>
        <translation>Meta 的响应中没有媒体 URL。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>The downloaded file does not match Meta's SHA-256 checksum; it was discarded.</source>
        <translation>下载的文件与 Meta 提供的 SHA-256 校验和不符，已丢弃。</translation>
    </message>
    <message>
        <source>The downloaded file has %1 bytes, but Meta announced %2; it was discarded.</source>
        <translation>下载的文件大小为 %1 字节，但 Meta 声明的大小为 %2 字节，已丢弃。</translation>
    </message>
    <message>
        <source>%1 did not deliver the whole file within %2 s; the download was stopped.</source>
        <translation>%1 在 %2 秒内没有传完整个文件；下载已停止。</translation>
    </message>
    <message>
        <source>%1 sent more than the %2 bytes Meta announced for this file, so ChannelDesk stopped reading and discarded it.</source>
        <translation>%1 发送的数据超过了 Meta 为此文件声明的 %2 字节，因此 ChannelDesk 停止读取并丢弃了它。</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB, more than any WhatsApp media file, so ChannelDesk stopped reading and discarded it.</source>
        <translation>%1 发送了超过 %2 MiB 的数据，比任何 WhatsApp 媒体文件都大，因此 ChannelDesk 停止读取并丢弃了它。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MediaLinkDialog</name>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <source>Enter the address of the file, starting with https://.</source>
        <translation>请输入文件地址，以 https:// 开头。</translation>
    </message>
    <message>
        <source>WhatsApp downloads media only over https:// (or http://), not %1://. Put the file on a web server and paste its https:// address.</source>
        <translation>WhatsApp 只通过 https://（或 http://）下载媒体，不支持 %1://。请将文件放到 Web 服务器上，然后粘贴其 https:// 地址。</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the full address including https:// and the server name, e.g. https://example.com/photo.jpg.</source>
        <translation>“%1”不是网址。请输入包含 https:// 和服务器名称的完整地址，例如 https://example.com/photo.jpg。</translation>
    </message>
    <message>
        <source>%1 Make sure the link points to a file of an allowed type.</source>
        <translation>%1 请确认该链接指向允许类型的文件。</translation>
    </message>
    <message>
        <source>Plain http:// can be read and changed on the way; use https:// if the server supports it.</source>
        <translation>普通的 http:// 在传输途中可能被读取和篡改；如果服务器支持，请使用 https://。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MediaUploader</name>
    <message>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>sticker</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>WhatsApp does not accept %1 files as %2; allowed types: %3.</source>
        <translation>WhatsApp 不接受将 %1 文件作为%2发送；允许的类型：%3。</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>无类型</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>animated sticker</source>
        <translation>动态贴纸</translation>
    </message>
    <message>
        <source>static sticker</source>
        <translation>静态贴纸</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>The file is %1, but WhatsApp accepts %3 files only up to %2.</source>
        <translation>该文件大小为 %1，但 WhatsApp 接受的%3文件最大为 %2。</translation>
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>WhatsApp does not accept %1 files. Send JPEG/PNG images, MP4/3GPP videos, AAC/AMR/MP3/M4A/OGG audio, WebP stickers, or PDF, text and Office documents.</source>
        <translation>WhatsApp 不接受 %1 文件。请发送 JPEG/PNG 图片、MP4/3GPP 视频、AAC/AMR/MP3/M4A/OGG 音频、WebP 贴纸，或者 PDF、文本和 Office 文档。</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>Meta's answer to the upload has no media ID.</source>
        <translation>Meta 对上传的响应中没有媒体 ID。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MemorySecretStore</name>
    <message>
        <source>No such secret.</source>
        <translation>没有此机密信息。</translation>
    </message>
    <message>
        <source>memory (this run only)</source>
        <translation>内存（仅限本次运行）</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MessageListDelegate</name>
    <message>
        <source>Sticker could not be loaded: %1</source>
        <translation>无法加载贴纸：%1</translation>
    </message>
    <message>
        <source>Photo could not be loaded: %1</source>
        <translation>无法加载照片：%1</translation>
    </message>
    <message>
        <source>Loading sticker…</source>
        <translation>正在加载贴纸…</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>正在加载照片…</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>minutes:seconds</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>hours:minutes:seconds</comment>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>🎤 %1 · %2</source>
        <translation>🎤 %1 · %2</translation>
    </message>
    <message>
        <source>🎤 %1</source>
        <translation>🎤 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MessageListModel</name>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>语音消息</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>表情回应</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>System message</source>
        <translation>系统消息</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>不支持的消息</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>互动消息</translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation>按钮回复</translation>
    </message>
    <message>
        <source>List reply</source>
        <translation>列表回复</translation>
    </message>
    <message>
        <source>Form reply</source>
        <translation>表单回复</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Played</source>
        <translation>已播放</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>No status yet</source>
        <translation>暂无状态</translation>
    </message>
    <message>
        <source>removed a reaction</source>
        <translation>移除了表情回应</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Sent %1, %2: %3</source>
        <translation>发送于 %1，%2：%3</translation>
    </message>
    <message>
        <source>Received %1: %2</source>
        <translation>接收于 %1：%2</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp, not yet sent</source>
        <translation>已被 WhatsApp 接受，尚未发出</translation>
    </message>
    <message>
        <source>Unknown: the request timed out, it may not have been sent</source>
        <translation>未知：请求超时，消息可能未发送</translation>
    </message>
    <message>
        <source>sent by %1</source>
        <translation>由 %1 发送</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>opened the app</source>
        <translation>打开了应用</translation>
    </message>
    <message>
        <source>added to the app's members</source>
        <translation>已加入应用的可见成员</translation>
    </message>
    <message>
        <source>removed from the app's members</source>
        <translation>已从应用的可见成员中移除</translation>
    </message>
    <message>
        <source>tapped menu item %1</source>
        <translation>点击了菜单项 %1</translation>
    </message>
    <message>
        <source>opened menu link %1</source>
        <translation>打开了菜单链接 %1</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>%1 (in reply to: %2)</source>
        <translation>%1（回复：%2）</translation>
    </message>
    <message>
        <source>%1 (reactions: %2)</source>
        <translation>%1（回应：%2）</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MessageMediaLoader</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the downloaded file cannot be kept in %1</source>
        <translation>下载的文件无法保存在 %1 中</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::OutboundController</name>
    <message>
        <source>Set the WhatsApp Business Account ID on the channel's page to pick from its approved templates; until then, type the template's name.</source>
        <translation>请在渠道页面上设置 WhatsApp Business 账户 ID，以便从其已批准的模板中选择；在此之前，请直接输入模板名称。</translation>
    </message>
    <message>
        <source>The channel's access token is not available.</source>
        <translation>该渠道的访问令牌不可用。</translation>
    </message>
    <message>
        <source>Could not list the templates: %1</source>
        <translation>无法列出模板：%1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::OutboundQueue</name>
    <message>
        <source>Channel "%1" cannot send: it is not a Cloud API channel with an access token available to ChannelDesk.</source>
        <translation>渠道“%1”无法发送：它不是 Cloud API 渠道，或 ChannelDesk 无法获取其访问令牌。</translation>
    </message>
    <message>
        <source>Meta rejected this channel's access token. Replace the token on the channel's page, then send again.</source>
        <translation>Meta 拒绝了此渠道的访问令牌。请在渠道页面上替换令牌，然后重新发送。</translation>
    </message>
    <message>
        <source>+%1 asked not to be messaged (opted out). Clear the opt-out in the conversation only if the customer agreed to hear from you again.</source>
        <translation>+%1 已要求不再接收消息（已退订）。仅当客户同意再次接收您的消息时，才可在会话中清除退订。</translation>
    </message>
    <message>
        <source>WhatsApp reported that more than 24 hours have passed since the customer's last message (error 131047).</source>
        <translation>WhatsApp 报告：自客户最后一条消息起已超过 24 小时（错误 131047）。</translation>
    </message>
    <message>
        <source>The customer has not written to this number yet.</source>
        <translation>该客户尚未向此号码发过消息。</translation>
    </message>
    <message>
        <source>The customer's last message was at %1, more than 24 hours ago.</source>
        <translation>客户的最后一条消息发送于 %1，已超过 24 小时。</translation>
    </message>
    <message>
        <source>Outside the 24-hour customer service window WhatsApp only allows approved templates: send a template instead.</source>
        <translation>在 24 小时客服窗口之外，WhatsApp 只允许发送已批准的模板：请改为发送模板。</translation>
    </message>
    <message>
        <source>WhatsApp may have accepted it before the connection ended, so it is not sent again automatically; its status will update if a delivery report arrives.</source>
        <translation>WhatsApp 可能在连接中断前已接受该消息，因此不会自动重新发送；如果收到送达报告，其状态会随之更新。</translation>
    </message>
    <message>
        <source>This channel cannot send through the Cloud API.</source>
        <translation>此渠道无法通过 Cloud API 发送。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PairingQrWidget</name>
    <message>
        <source>Code %1 of %2</source>
        <translation>第 %1 个码，共 %2 个</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>第 %1 个码</translation>
    </message>
    <message>
        <source>Pairing QR code</source>
        <translation>配对二维码</translation>
    </message>
    <message>
        <source>Pairing QR code, %1</source>
        <translation>配对二维码，%1</translation>
    </message>
    <message>
        <source>Expired — waiting for the next code…</source>
        <translation>已过期 — 正在等待下一个码…</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n s</source>
        <translation>
            <numerusform>%n 秒后过期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PairingWidget</name>
    <message>
        <source>Not connected to the gateway yet.</source>
        <translation>尚未连接到网关。</translation>
    </message>
    <message>
        <source>Click Replace… next to API key on this channel's page and enter the gateway's key.</source>
        <translation>请点击此渠道页面上“API 密钥”旁边的“替换…”，然后输入网关的密钥。</translation>
    </message>
    <message>
        <source>Warning about WhatsApp's terms</source>
        <translation>关于 WhatsApp 服务条款的警告</translation>
    </message>
    <message>
        <source>Connecting to the gateway…</source>
        <translation>正在连接网关…</translation>
    </message>
    <message>
        <source>Needs a new scan — the link is gone</source>
        <translation>需要重新扫码 — 关联已失效</translation>
    </message>
    <message>
        <source>Starting the session on the gateway…</source>
        <translation>正在网关上启动会话…</translation>
    </message>
    <message>
        <source>Waiting for a scan</source>
        <translation>等待扫码</translation>
    </message>
    <message>
        <source>Waiting for the pairing code to be typed on the phone</source>
        <translation>等待在手机上输入配对码</translation>
    </message>
    <message>
        <source>Scanned — confirming on the phone…</source>
        <translation>已扫码 — 正在手机上确认…</translation>
    </message>
    <message>
        <source>Linked as %1</source>
        <translation>已关联为 %1</translation>
    </message>
    <message>
        <source>Linked as %1 (%2)</source>
        <translation>已关联为 %1（%2）</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>已关联</translation>
    </message>
    <message>
        <source>Reconnecting — attempt %1 of %2</source>
        <translation>正在重新连接 — 第 %1 次尝试（共 %2 次）</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Logged out — link again</source>
        <translation>已退出登录 — 请重新关联</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API 密钥被拒绝</translation>
    </message>
    <message>
        <source>Cannot reach the gateway</source>
        <translation>无法连接到网关</translation>
    </message>
    <message>
        <source>Pairing failed</source>
        <translation>配对失败</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Keep WhatsApp open on the phone until it lists this device under Linked devices.</source>
        <translation>请在手机上保持 WhatsApp 打开，直到“Linked devices”下列出此设备。</translation>
    </message>
    <message>
        <source>Messages of this number now appear in the conversation log.</source>
        <translation>此号码的消息现在会显示在会话日志中。</translation>
    </message>
    <message>
        <source>Use digits only, with the country code first, e.g. +1 555 765 4321.</source>
        <translation>请只使用数字，并以国家/地区代码开头，例如 +1 555 765 4321。</translation>
    </message>
    <message>
        <source>Start with the country code, not with 0: for example +44 7700 900123 rather than 07700 900123.</source>
        <translation>请以国家/地区代码开头，而不是以 0 开头：例如应填写 +44 7700 900123，而不是 07700 900123。</translation>
    </message>
    <message numerus="yes">
        <source>An international number has 8 to 15 digits including the country code; this one has %n.</source>
        <translation>
            <numerusform>国际号码（含国家/地区代码）应为 8 到 15 位数字；此号码有 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>The code will be for +%1.</source>
        <translation>配对码将用于 +%1。</translation>
    </message>
    <message>
        <source>Asking the gateway for a pairing code for +%1…</source>
        <translation>正在向网关请求 +%1 的配对码…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>No code to show yet.</source>
        <translation>暂无可显示的二维码。</translation>
    </message>
    <message>
        <source>A QR code picture from the gateway; scan it with the phone's camera.</source>
        <translation>来自网关的二维码图片；请用手机摄像头扫描。</translation>
    </message>
    <message>
        <source>A QR code of %1 by %2 modules; scan it with the phone's camera.</source>
        <translation>一个 %1×%2 模块的二维码；请用手机摄像头扫描。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::QuitGuard</name>
    <message>
        <source>webhooks are no longer received on %1 (Meta and WeCom retry their deliveries until ChannelDesk runs again, or a `channeldesk serve` takes over)</source>
        <translation>将不再在 %1 上接收 Webhook（Meta 和企业微信会重试投递，直到 ChannelDesk 再次运行或由 `channeldesk serve` 接管）</translation>
    </message>
    <message numerus="yes">
        <source>%n linked-device channel(s) disconnect from their gateway and receive nothing</source>
        <translation>
            <numerusform>%n 个关联设备渠道将与网关断开连接，收不到任何消息</numerusform>
        </translation>
    </message>
    <message>
        <source>ChannelDesk keeps running</source>
        <translation>ChannelDesk 仍在运行</translation>
    </message>
    <message>
        <source>It goes on receiving in the background. Choose Quit in this icon's menu to stop it.</source>
        <translation>它会在后台继续接收。要停止它，请在此图标的菜单中选择“退出”。</translation>
    </message>
    <message>
        <source>Quit ChannelDesk?</source>
        <translation>退出 ChannelDesk？</translation>
    </message>
    <message>
        <source>When ChannelDesk quits, %1.</source>
        <translation>ChannelDesk 退出后，%1。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ReceiverController</name>
    <message>
        <source>Cannot listen: “%1” is not HOST:PORT.</source>
        <translation>无法监听：“%1”不是 HOST:PORT 格式。</translation>
    </message>
    <message>
        <source>Receiver starting…</source>
        <translation>接收器正在启动…</translation>
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation>接收器已停止</translation>
    </message>
    <message>
        <source>Receiver starting on %1…</source>
        <translation>接收器正在 %1 上启动…</translation>
    </message>
    <message numerus="yes">
        <source>Receiving on %1 — %n channel(s)</source>
        <translation>
            <numerusform>正在 %1 上接收 — %n 个渠道</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks are not received while the receiver is off. Turn it on in Settings › Webhook Receiver, or run `channeldesk serve`.</source>
        <translation>接收器关闭期间不会接收 Webhook。请在“设置 › Webhook 接收器”中开启它，或运行 `channeldesk serve`。</translation>
    </message>
    <message>
        <source>Change the address in Settings › Webhook Receiver, or stop the program that uses it (for example a `channeldesk serve`; its deliveries still show up here).</source>
        <translation>请在“设置 › Webhook 接收器”中更改地址，或停止占用该地址的程序（例如某个 `channeldesk serve` 进程；它收到的投递仍会显示在这里）。</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s) still going into the log</source>
        <translation>
            <numerusform>还有 %n 条投递正在写入日志</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta's webhooks reach ChannelDesk at http://%1/webhooks/whatsapp/&lt;phone number ID&gt;, WeCom's callbacks at http://%1/wecom/&lt;channel ID&gt;/callback (or /wecom/callback), through your TLS tunnel or reverse proxy.</source>
        <translation>Meta 的 Webhook 经由您的 TLS 隧道或反向代理到达 ChannelDesk 的 http://%1/webhooks/whatsapp/&lt;电话号码 ID&gt;，企业微信的回调到达 http://%1/wecom/&lt;渠道 ID&gt;/callback（或 /wecom/callback）。</translation>
    </message>
    <message>
        <source>Not served, because their secrets (app secret and verify token, or WeCom's Token and EncodingAESKey) cannot be read: %1.</source>
        <translation>以下渠道未受理，因为无法读取其机密（应用密钥和验证令牌，或企业微信的 Token 和 EncodingAESKey）：%1。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ReconnectScheduler</name>
    <message>
        <source>Gave up after %1 attempts to reach the gateway. Last problem: %2 Retry once the gateway is back.</source>
        <translation>尝试连接网关 %1 次后已放弃。最后一次的问题：%2 请在网关恢复后重试。</translation>
    </message>
    <message>
        <source>%1 Reconnecting: attempt %2 of %3 in %4 s.</source>
        <translation>%1 正在重新连接：%4 秒后进行第 %2 次尝试（共 %3 次）。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::RemoteClient</name>
    <message>
        <source>The server's certificate is not trusted by this system. Its SHA-256 fingerprint is %1; compare it with `openssl x509 -noout -fingerprint -sha256 -in CERT` on the server before trusting it.</source>
        <translation>本系统不信任该服务器的证书。其 SHA-256 指纹为 %1；信任之前，请在服务器上用 `openssl x509 -noout -fingerprint -sha256 -in CERT` 核对。</translation>
    </message>
    <message>
        <source>The server's certificate CHANGED since you trusted it: was %1, now %2. This can mean someone is intercepting the connection. If the server's admin replaced the certificate, remove the old trust and connect again.</source>
        <translation>自您信任以来，服务器的证书已更改：原为 %1，现为 %2。这可能意味着有人在拦截连接。如果是服务器管理员更换了证书，请移除旧的信任后重新连接。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>与 %1 的 TLS 握手失败：%2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Is `channeldesk serve` still running there, and is the network between you working?</source>
        <translation>%1 在 %2 秒内没有答复。`channeldesk serve` 是否仍在那里运行？你们之间的网络是否正常？</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Does the server use https (--api-tls-cert), and is the address right?</source>
        <translation>与 %1 的 TLS 握手失败：%2。服务器是否使用 https（--api-tls-cert）？地址是否正确？</translation>
    </message>
    <message>
        <source>%1. Is `channeldesk serve` running on %2 with --api-listen reachable from here?</source>
        <translation>%1。%2 上是否正在运行 `channeldesk serve`，且其 --api-listen 地址可从此处访问？</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without the API's JSON. Is it a ChannelDesk server, and is the address right?</source>
        <translation>%1 以 HTTP %2 答复，但没有 API 的 JSON。它是 ChannelDesk 服务器吗？地址是否正确？</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>服务器以 HTTP %1 答复。</translation>
    </message>
    <message>
        <source>The server refused the key: it was revoked or mistyped. Ask the server's admin for a key (`channeldesk keys create`) and enter it again.</source>
        <translation>服务器拒绝了该密钥：它已被吊销或输入有误。请向服务器管理员索取密钥（`channeldesk keys create`）后重新输入。</translation>
    </message>
    <message>
        <source>Too many requests for this key; wait %1 s and try again.</source>
        <translation>此密钥的请求过多；请等待 %1 秒后重试。</translation>
    </message>
    <message>
        <source>Too many requests for this key; wait a moment and try again.</source>
        <translation>此密钥的请求过多；请稍候再试。</translation>
    </message>
    <message>
        <source>The server failed to do this; its log may say more.</source>
        <translation>服务器未能完成此操作；其日志中可能有更多信息。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::RemoteDesk</name>
    <message>
        <source>The console was closed.</source>
        <translation>控制台已关闭。</translation>
    </message>
    <message>
        <source>The server's answer could not be read; is it the same ChannelDesk version as this window?</source>
        <translation>无法读取服务器的应答；它与此窗口的 ChannelDesk 版本相同吗？</translation>
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation>未连接到 %1：%2</translation>
    </message>
    <message>
        <source>These are the server's settings; change them where `channeldesk serve` runs.</source>
        <translation>这些是服务器的设置；请在运行 `channeldesk serve` 的地方更改它们。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::RemoteStream</name>
    <message>
        <source>%1 refused the key (HTTP %2): it was revoked or mistyped. Enter a valid key to connect again.</source>
        <translation>%1 拒绝了该密钥（HTTP %2）：它已被吊销或输入有误。请输入有效的密钥以重新连接。</translation>
    </message>
    <message>
        <source>%1 closed the stream: %2. The key is no longer valid; enter a valid key to connect again.</source>
        <translation>%1 关闭了事件流：%2。该密钥已失效；请输入有效的密钥以重新连接。</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>违反策略</translation>
    </message>
    <message>
        <source>%1 refused the stream (HTTP %2).</source>
        <translation>%1 拒绝了事件流（HTTP %2）。</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
    <message>
        <source>%1 is stopping.</source>
        <translation>%1 正在停止。</translation>
    </message>
    <message>
        <source>%1 closed the stream (code %2%3).</source>
        <translation>%1 关闭了事件流（代码 %2%3）。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::RemoteUpload</name>
    <message>
        <source>The server took the file but gave no token to send it with.</source>
        <translation>服务器接收了文件，但没有返回用于发送的令牌。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ReplaceSecretDialog</name>
    <message>
        <source>Paste the new access token. Temporary tokens from WhatsApp &gt; API Setup expire after 24 hours; a System User token from Meta Business Settings &gt; Users &gt; System users (permissions whatsapp_business_messaging and whatsapp_business_management) does not.</source>
        <translation>请粘贴新的访问令牌。来自“WhatsApp &gt; API Setup”的临时令牌会在 24 小时后过期；而在“Meta Business Settings &gt; Users &gt; System users”中生成的系统用户令牌（System User token，需具有 whatsapp_business_messaging 和 whatsapp_business_management 权限）不会过期。</translation>
    </message>
    <message>
        <source>Paste the App Secret from App Dashboard &gt; App settings &gt; Basic &gt; App secret. Webhooks signed with the old secret will be rejected.</source>
        <translation>请粘贴“App Dashboard &gt; App settings &gt; Basic &gt; App secret”中的应用密钥（App Secret）。使用旧密钥签名的 Webhook 将被拒绝。</translation>
    </message>
    <message>
        <source>Enter or generate a new verify token, then paste the same value into Meta's WhatsApp &gt; Configuration &gt; Webhook and click Verify and save.</source>
        <translation>请输入或生成新的验证令牌，然后将相同的值粘贴到 Meta 的“WhatsApp &gt; Configuration &gt; Webhook”中，并点击“Verify and save”。</translation>
    </message>
    <message>
        <source>Replace %1 of %2</source>
        <translation>替换“%2”的%1</translation>
    </message>
    <message>
        <source>&amp;New %1:</source>
        <translation>新的%1(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>验证令牌</translation>
    </message>
    <message>
        <source>Paste the gateway's key: for WAHA the WAHA_API_KEY it was started with, for a connection gateway its service token. ChannelDesk reconnects with the new key right away.</source>
        <translation>请粘贴网关的密钥：对于 WAHA，是启动时所用的 WAHA_API_KEY；对于连接网关，是其服务令牌。ChannelDesk 会立即使用新密钥重新连接。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Paste the app's Secret from WeCom's admin console: 应用管理 (App Management) → your app → Secret, 查看 (View); WeCom sends it to the admin's WeCom. The cached access token is fetched again with the new Secret.</source>
        <translation>粘贴企业微信管理后台中应用的 Secret：应用管理 → 您的应用 → Secret，点击“查看”；企业微信会将其发送到管理员的企业微信。缓存的访问令牌将使用新的 Secret 重新获取。</translation>
    </message>
    <message>
        <source>Enter or generate a new Token, then paste the same value into the app's 接收消息 → 设置API接收 (Receive Messages → Set API Receiving) and click 保存 (Save).</source>
        <translation>输入或生成新的 Token，然后将相同的值粘贴到应用的 接收消息 → 设置API接收 中并点击“保存”。</translation>
    </message>
    <message>
        <source>Enter or generate a new EncodingAESKey, then paste the same value into the app's 接收消息 → 设置API接收 (Receive Messages → Set API Receiving) and click 保存 (Save). Callbacks encrypted with the old key are rejected.</source>
        <translation>输入或生成新的 EncodingAESKey，然后将相同的值粘贴到应用的 接收消息 → 设置API接收 中并点击“保存”。用旧密钥加密的回调将被拒绝。</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>EncodingAESKey</source>
        <translation>EncodingAESKey</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ReplyButtonsWidget</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>添加按钮(&amp;A)</translation>
    </message>
    <message>
        <source>Edit button &amp;IDs (advanced)</source>
        <translation>编辑按钮 ID（高级）(&amp;I)</translation>
    </message>
    <message>
        <source>WhatsApp sends the ID of the tapped button back with the customer's answer. IDs are numbered automatically unless you enter your own.</source>
        <translation>WhatsApp 会随客户的回答一起发回所点按按钮的 ID。除非您自行输入 ID，否则会自动编号。</translation>
    </message>
    <message>
        <source>Button %1:</source>
        <translation>按钮 %1：</translation>
    </message>
    <message>
        <source>Title of button %1</source>
        <translation>按钮 %1 的标题</translation>
    </message>
    <message>
        <source>ID of button %1</source>
        <translation>按钮 %1 的 ID</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove button %1</source>
        <translation>删除按钮 %1</translation>
    </message>
    <message>
        <source>title of button %1</source>
        <translation>按钮 %1 的标题</translation>
    </message>
    <message>
        <source>Button %1 has the same title. Give every button its own title so that the customer's answer is clear.</source>
        <translation>按钮 %1 的标题与其他按钮相同。请为每个按钮设置不同的标题，以便明确识别客户的回答。</translation>
    </message>
    <message>
        <source>Button %1 has the same ID “%2”; change one of the IDs or clear it to number it automatically.</source>
        <translation>按钮 %1 的 ID“%2”与其他按钮相同；请修改其中一个 ID，或将其清空以自动编号。</translation>
    </message>
    <message>
        <source>WhatsApp allows at most %1 reply buttons. For more choices, send a list instead.</source>
        <translation>WhatsApp 最多允许 %1 个回复按钮。如需更多选项，请改为发送列表。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ReplyComposerWidget</name>
    <message>
        <source>Select a conversation to reply.</source>
        <translation>请选择要回复的会话。</translation>
    </message>
    <message>
        <source>Replying is not available for this kind of channel.</source>
        <translation>此类渠道不支持回复。</translation>
    </message>
    <message>
        <source>This channel is not connected to its gateway: it is disabled, or its API key is missing.</source>
        <translation>此渠道未连接到其网关：渠道已禁用，或缺少 API 密钥。</translation>
    </message>
    <message>
        <source>The number is not linked right now (%1); the reply can be sent once it is.</source>
        <translation>该号码当前未关联（%1）；关联后即可发送回复。</translation>
    </message>
    <message>
        <source>%1 / %2 — too long</source>
        <translation>%1 / %2 — 过长</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The reply was not sent.</source>
        <translation>回复未发送。</translation>
    </message>
    <message>
        <source>Sent — waiting for the gateway to report it back…</source>
        <translation>已发送 — 正在等待网关回传该消息…</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>已发送。</translation>
    </message>
    <message>
        <source>Opted out: this customer asked not to be messaged. Nothing can be sent until the opt-out is cleared.</source>
        <translation>已退订：该客户已要求不再接收消息。在清除退订之前，无法发送任何消息。</translation>
    </message>
    <message>
        <source>24-hour window open: %1 h %2 min left (closes %3). Free text, media and buttons are allowed.</source>
        <translation>24 小时窗口已开启：剩余 %1 小时 %2 分钟（%3 关闭）。可以发送自由文本、媒体和按钮。</translation>
    </message>
    <message>
        <source>24-hour window closed: WhatsApp rejected a message with error 131047. Only approved templates can be sent until the customer writes again.</source>
        <translation>24 小时窗口已关闭：WhatsApp 以错误 131047 拒绝了一条消息。在客户再次发消息之前，只能发送已批准的模板。</translation>
    </message>
    <message>
        <source>24-hour window closed (the customer last wrote %1). Only approved templates can be sent until the customer writes again.</source>
        <translation>24 小时窗口已关闭（客户最后一次发消息是在 %1）。在客户再次发消息之前，只能发送已批准的模板。</translation>
    </message>
    <message>
        <source>No customer service window: the customer has not written yet. Only approved templates can start the conversation.</source>
        <translation>没有客服窗口：该客户尚未发过消息。只能使用已批准的模板发起会话。</translation>
    </message>
    <message>
        <source>This channel cannot send: it is disabled or its access token is not available.</source>
        <translation>此渠道无法发送：渠道已禁用，或其访问令牌不可用。</translation>
    </message>
    <message>
        <source>The customer opted out; clear the opt-out first if they agreed to hear from you again.</source>
        <translation>该客户已退订；如果客户同意再次接收您的消息，请先清除退订。</translation>
    </message>
    <message>
        <source>Checking the customer service window…</source>
        <translation>正在检查客服窗口…</translation>
    </message>
    <message>
        <source>Attached: %1 — the text below becomes its caption.</source>
        <translation>已附加：%1 — 下方的文本将作为其说明文字。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Queued.</source>
        <translation>已加入队列。</translation>
    </message>
    <message>
        <source>Will be tried again at %1: %2</source>
        <translation>将于 %1 重试：%2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp.</source>
        <translation>已被 WhatsApp 接受。</translation>
    </message>
    <message>
        <source>Image, video, audio or document from a &amp;file…</source>
        <translation>来自文件的图片、视频、音频或文档(&amp;F)…</translation>
    </message>
    <message>
        <source>Media from a &amp;link…</source>
        <translation>来自链接的媒体(&amp;L)…</translation>
    </message>
    <message>
        <source>Reply &amp;buttons…</source>
        <translation>回复按钮(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;List…</source>
        <translation>列表(&amp;L)…</translation>
    </message>
    <message>
        <source>L&amp;ocation…</source>
        <translation>位置(&amp;O)…</translation>
    </message>
    <message>
        <source>Clear opt-out</source>
        <translation>清除退订</translation>
    </message>
    <message>
        <source>+%1 asked not to receive messages from this number. Clear the opt-out only if the customer agreed to hear from you again.</source>
        <translation>+%1 已要求不再接收来自此号码的消息。仅当客户同意再次接收您的消息时，才可清除退订。</translation>
    </message>
    <message>
        <source>Copy Error Details</source>
        <translation>复制错误详情</translation>
    </message>
    <message>
        <source>Not connected to %1. Your reply stays here; send it once the connection is back.</source>
        <translation>未连接到 %1。您的回复会保留在这里；连接恢复后即可发送。</translation>
    </message>
    <message>
        <source>This channel cannot send: it is disabled.</source>
        <translation>此渠道无法发送：它已被停用。</translation>
    </message>
    <message>
        <source>%1 is not on the allowlist of %2; add them to the channel's allowed users to answer.</source>
        <translation>%1 不在 %2 的白名单中；请将其添加到渠道的允许用户中才能回复。</translation>
    </message>
    <message>
        <source>Sent to WeCom.</source>
        <translation>已发送到企业微信。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SearchResultModel</name>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation>%1（%2），%3：%4</translation>
    </message>
    <message>
        <source>%1 (%2): the contact's name or number matches</source>
        <translation>%1（%2）：联系人的名称或号码匹配</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SendEndpoints</name>
    <message>
        <source>The body must be a JSON object: {"to":"…","text":"…"} or {"to":"…","template":{"name":"…","language":"…","params":[…]}}.</source>
        <translation>请求正文必须是 JSON 对象：{"to":"…","text":"…"} 或 {"to":"…","template":{"name":"…","language":"…","params":[…]}}。</translation>
    </message>
    <message>
        <source>“to” is missing: the recipient's number in international format, e.g. +4915123456789.</source>
        <translation>缺少“to”：收件人的国际格式号码，例如 +4915123456789。</translation>
    </message>
    <message>
        <source>wait must be a number of seconds from 0 to %1.</source>
        <translation>wait 必须是 0 到 %1 之间的秒数。</translation>
    </message>
    <message>
        <source>Give either “text” or “template”, not both and not neither.</source>
        <translation>请提供“text”或“template”其中之一，不能两者都有，也不能都没有。</translation>
    </message>
    <message>
        <source>“text” must be a non-empty string.</source>
        <translation>“text”必须是非空字符串。</translation>
    </message>
    <message>
        <source>“template” needs “name” and “language”, e.g. {"name":"hello_world","language":"en_US"}.</source>
        <translation>“template”需要“name”和“language”，例如 {"name":"hello_world","language":"en_US"}。</translation>
    </message>
    <message>
        <source>Template “params” must be strings or numbers.</source>
        <translation>模板的“params”必须是字符串或数字。</translation>
    </message>
    <message>
        <source>The body needs “to”: the number that receives the test message.</source>
        <translation>请求正文需要“to”：接收测试消息的号码。</translation>
    </message>
    <message>
        <source>The pairing window of “%1” ran out before a phone scanned the code. POST …/restart starts a new one.</source>
        <translation>“%1”的配对时间窗口在手机扫码之前已结束。POST …/restart 可开始新的配对。</translation>
    </message>
    <message>
        <source>ChannelDesk test message</source>
        <translation>ChannelDesk 测试消息</translation>
    </message>
    <message>
        <source>The send queue did not answer.</source>
        <translation>发送队列没有响应。</translation>
    </message>
    <message>
        <source>“%1” is not a send id; POST …/messages answers with one.</source>
        <translation>“%1”不是发送 ID；POST …/messages 的答复中会给出发送 ID。</translation>
    </message>
    <message>
        <source>Channel “%1” has no send %2.</source>
        <translation>渠道“%1”没有 ID 为 %2 的发送。</translation>
    </message>
    <message>
        <source>“header” needs “type” (image, video, document or text) and “link” or “text”, e.g. {"type":"image","link":"https://…"}.</source>
        <translation>“header”需要“type”（image、video、document 或 text）以及“link”或“text”，例如 {"type":"image","link":"https://…"}。</translation>
    </message>
    <message>
        <source>Button %1 needs “type”: quick_reply (with “payload”) or url (with “url_suffix”).</source>
        <translation>按钮 %1 需要“type”：quick_reply（带“payload”）或 url（带“url_suffix”）。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::SendSettingsDialog</name>
    <message>
        <source>The hourly limit is below the per-minute limit: raise it to at least %1.</source>
        <translation>每小时限额低于每分钟限额：请将其提高到至少 %1。</translation>
    </message>
    <message>
        <source>WhatsApp allows about one message every 6 seconds to the same person; more is answered with error 131056 and retried later.</source>
        <translation>WhatsApp 大约只允许每 6 秒向同一人发送一条消息；超出的部分会收到错误 131056，并在稍后重试。</translation>
    </message>
    <message>
        <source>Empty: the defaults %1 are used.</source>
        <translation>留空：使用默认值 %1。</translation>
    </message>
    <message>
        <source>A message that is just one of these words (any case) opts its sender out: %1.</source>
        <translation>内容仅为以下任一词语（不区分大小写）的消息会使发送者退订：%1。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ServerApiDialog</name>
    <message>
        <source>Choose the certificate that goes with the key.</source>
        <translation>请选择与该私钥配套的证书。</translation>
    </message>
    <message>
        <source>Choose the private key of the certificate.</source>
        <translation>请选择该证书的私钥。</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>Choose the TLS Certificate</source>
        <translation>选择 TLS 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the TLS Private Key</source>
        <translation>选择 TLS 私钥</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM 私钥 (*.pem *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>运行于 %1</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>The settings are used now but could not be saved: %1</source>
        <translation>设置已生效，但无法保存：%1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::StorageSettingsDialog</name>
    <message numerus="yes">
        <source>Messages older than %n days are deleted for good within the hour; export them first (channeldesk export) to keep a copy.</source>
        <translation>
            <numerusform>超过 %n 天的消息将在一小时内被永久删除；如需保留副本，请先导出（channeldesk export）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every message is kept.</source>
        <translation>所有消息都会保留。</translation>
    </message>
    <message>
        <source>The disk use is not known here.</source>
        <translation>此处无法获知磁盘占用情况。</translation>
    </message>
    <message>
        <source>Free on its disk: %1 of %2</source>
        <translation>所在磁盘可用空间：%1（共 %2）</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::StoreRepairDialog</name>
    <message>
        <source>Repair moves the damaged file aside (nothing is deleted) and rebuilds the store from the delivery journal. It can take a while for a large journal; you can stop it and let ChannelDesk build the rest later.</source>
        <translation>修复会将损坏的文件移到一旁（不会删除任何内容），并根据投递日志重建会话存储。投递日志较大时可能需要一段时间；您可以中途停止，让 ChannelDesk 稍后再构建其余部分。</translation>
    </message>
    <message>
        <source>Stopping after the batch being built…</source>
        <translation>正在完成当前批次，随后停止…</translation>
    </message>
    <message>
        <source>Checking and moving the damaged files aside…</source>
        <translation>正在检查损坏的文件并将其移到一旁…</translation>
    </message>
    <message>
        <source>Rebuilding the conversation log: %1 of %2 journal entries</source>
        <translation>正在重建会话日志：%1 / %2 条投递日志条目</translation>
    </message>
    <message>
        <source>The repair ended without a result.</source>
        <translation>修复已结束，但没有返回结果。</translation>
    </message>
    <message>
        <source>Nothing more was changed. Fix what the message says and try again, or run “channeldesk repair” in a terminal.</source>
        <translation>未做其他更改。请按消息中的提示解决问题后重试，或在终端中运行“channeldesk repair”。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TemplateParametersWidget</name>
    <message>
        <source>Header:</source>
        <translation>页眉：</translation>
    </message>
    <message>
        <source>Header parameter</source>
        <translation>页眉参数</translation>
    </message>
    <message>
        <source>Header image:</source>
        <translation>页眉图片：</translation>
    </message>
    <message>
        <source>Header video:</source>
        <translation>页眉视频：</translation>
    </message>
    <message>
        <source>Header document:</source>
        <translation>页眉文档：</translation>
    </message>
    <message>
        <source>Link to the header's %1</source>
        <translation>页眉%1的链接</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>“%1” payload:</source>
        <translation>“%1”的载荷：</translation>
    </message>
    <message>
        <source>Payload of button %1</source>
        <translation>按钮 %1 的载荷</translation>
    </message>
    <message>
        <source>what your bot gets back when it is tapped</source>
        <translation>点按时你的机器人收到的内容</translation>
    </message>
    <message>
        <source>“%1” link ending:</source>
        <translation>“%1”的链接结尾：</translation>
    </message>
    <message>
        <source>URL suffix of button %1</source>
        <translation>按钮 %1 的 URL 后缀</translation>
    </message>
    <message>
        <source>Fill in the header's parameter.</source>
        <translation>请填写页眉的参数。</translation>
    </message>
    <message>
        <source>Enter the link of the header's %1: the template shows it above the text.</source>
        <translation>请输入页眉%1的链接：模板会把它显示在文字上方。</translation>
    </message>
    <message>
        <source>Fill in parameter %1: WhatsApp rejects empty template parameters.</source>
        <translation>请填写参数 %1：WhatsApp 拒绝空的模板参数。</translation>
    </message>
    <message>
        <source>Fill in the payload of button %1: WhatsApp requires one for every quick reply button.</source>
        <translation>请填写按钮 %1 的载荷：WhatsApp 要求每个快速回复按钮都有载荷。</translation>
    </message>
    <message>
        <source>Fill in the link ending of button %1.</source>
        <translation>请填写按钮 %1 的链接结尾。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TemplatePickerWidget</name>
    <message numerus="yes">
        <source>%n approved template(s) in the WhatsApp Business Account.</source>
        <translation>
            <numerusform>WhatsApp Business 账户中有 %n 个已批准的模板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the approved templates…</source>
        <translation>正在加载已批准的模板…</translation>
    </message>
    <message>
        <source>Choose a template, or type the name of an approved one.</source>
        <translation>请选择模板，或输入已批准模板的名称。</translation>
    </message>
    <message>
        <source>Enter the template's language code, e.g. en_US.</source>
        <translation>请输入模板的语言代码，例如 en_US。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TestMessageDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Test message from ChannelDesk</source>
        <translation>来自 ChannelDesk 的测试消息</translation>
    </message>
    <message>
        <source>The full international number, with the country code.</source>
        <translation>包含国家/地区代码的完整国际号码。</translation>
    </message>
    <message>
        <source>Sends to +%1.</source>
        <translation>将发送到 +%1。</translation>
    </message>
    <message>
        <source>This channel cannot send: it is disabled or its access token is not available.</source>
        <translation>此渠道无法发送：渠道已禁用，或其访问令牌不可用。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Queued; waiting for Meta…</source>
        <translation>已加入队列；正在等待 Meta…</translation>
    </message>
    <message>
        <source>Delivered: the channel works end to end.</source>
        <translation>已送达：该渠道端到端工作正常。</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp; waiting for the delivery report from the webhook…</source>
        <translation>已被 WhatsApp 接受；正在等待 Webhook 传来送达报告…</translation>
    </message>
    <message>
        <source>Will try again: %1</source>
        <translation>将重试：%1</translation>
    </message>
    <message>
        <source>Accepted by Meta</source>
        <translation>已被 Meta 接受</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 毫秒</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 秒</translation>
    </message>
    <message>
        <source>Sends one text message from the linked phone through the channel's gateway and shows when the gateway accepted it. Delivery and read receipts then appear in the conversation log.</source>
        <translation>通过渠道的网关从已关联的手机发送一条文本消息，并显示网关何时接受了它。之后送达和已读回执会出现在会话记录中。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>This channel cannot send: it is disabled or its gateway key is not available.</source>
        <translation>此渠道无法发送：它已被禁用，或它的网关密钥不可用。</translation>
    </message>
    <message>
        <source>This channel cannot send until its phone is linked (now: %1). Link it on the channel's page.</source>
        <translation>在手机关联之前此渠道无法发送（当前：%1）。请在渠道页面上关联手机。</translation>
    </message>
    <message>
        <source>Handed to the gateway; waiting for it…</source>
        <translation>已交给网关；正在等待…</translation>
    </message>
    <message>
        <source>Accepted by the gateway: the linked phone sends it. Delivery and read receipts appear in the conversation log.</source>
        <translation>网关已接受：由已关联的手机发送。送达和已读回执会出现在会话记录中。</translation>
    </message>
    <message>
        <source>Accepted by the gateway</source>
        <translation>网关已接受</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrafficChart</name>
    <message>
        <source>Messages per hour, last 24 hours</source>
        <translation>最近 24 小时每小时消息数</translation>
    </message>
    <message>
        <source>%1–%2: %3 received, %4 sent, %5 failed</source>
        <translation>%1–%2：收到 %3 条，发出 %4 条，失败 %5 条</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>收到：%1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>发出：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Last 24 hours: %1 received, %2 sent, %3 failed</source>
        <translation>最近 24 小时：收到 %1 条，发出 %2 条，失败 %3 条</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrayController</name>
    <message>
        <source>&amp;Show ChannelDesk</source>
        <translation>显示 ChannelDesk(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>ChannelDesk — %1</source>
        <translation>ChannelDesk — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Bot failing: %1</source>
        <translation>
            <numerusform>机器人故障：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrustCertificateDialog</name>
    <message>
        <source>The certificate of %1 is not signed by an authority this computer trusts (for example, the server made its own). Check that it is the server's certificate before you trust it: anyone between you and the server could present another one.</source>
        <translation>%1 的证书并非由本计算机信任的机构签发（例如服务器自行生成的证书）。信任之前请确认它确实是该服务器的证书：您与服务器之间的任何人都可能出示另一个证书。</translation>
    </message>
    <message>
        <source>On the server, print the fingerprint of the certificate `channeldesk serve` uses and compare it with the one above:&lt;br&gt;&lt;code&gt;openssl x509 -noout -fingerprint -sha256 -in CERT&lt;/code&gt;&lt;br&gt;where CERT is the certificate file given to the server.</source>
        <translation>在服务器上打印 `channeldesk serve` 所用证书的指纹，并与上面的指纹比较：&lt;br&gt;&lt;code&gt;openssl x509 -noout -fingerprint -sha256 -in CERT&lt;/code&gt;&lt;br&gt;其中 CERT 是提供给服务器的证书文件。</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>信任并连接(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::WahaAdapter</name>
    <message>
        <source>Lost the connection to the gateway: %1</source>
        <translation>与网关的连接已断开：%1</translation>
    </message>
    <message>
        <source>Cannot connect to the gateway: %1. Is the gateway running at %2?</source>
        <translation>无法连接到网关：%1。网关是否正在 %2 上运行？</translation>
    </message>
    <message>
        <source>The gateway accepted the message but never reported its id; it was probably sent, check the chat on the phone.</source>
        <translation>网关已接受该消息，但一直未报告其 ID；消息可能已发送，请在手机上查看该聊天。</translation>
    </message>
    <message>
        <source>Connecting to the gateway at %1</source>
        <translation>正在连接位于 %1 的网关</translation>
    </message>
    <message>
        <source>The channel was closed before the gateway confirmed the message.</source>
        <translation>在网关确认该消息之前，渠道已关闭。</translation>
    </message>
    <message>
        <source>Reading the session</source>
        <translation>读取会话</translation>
    </message>
    <message>
        <source>Creating the session</source>
        <translation>创建会话</translation>
    </message>
    <message>
        <source>Starting the session</source>
        <translation>启动会话</translation>
    </message>
    <message>
        <source>Fetching the QR code</source>
        <translation>获取二维码</translation>
    </message>
    <message>
        <source>Starting a new pairing window</source>
        <translation>正在开始新一轮配对</translation>
    </message>
    <message>
        <source>Logged out; the gateway offers a new code to link again</source>
        <translation>已退出登录；网关会提供新的二维码以便重新关联</translation>
    </message>
    <message>
        <source>Could not log out: %1</source>
        <translation>无法退出登录：%1</translation>
    </message>
    <message>
        <source>Enter the phone number in international format, digits only, e.g. 15557654321.</source>
        <translation>请以国际格式输入电话号码，仅限数字，例如 15557654321。</translation>
    </message>
    <message>
        <source>Could not get a pairing code: %1</source>
        <translation>无法获取配对码：%1</translation>
    </message>
    <message>
        <source>The gateway answered without a pairing code: %1</source>
        <translation>网关的响应中没有配对码：%1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Restarting the session on the gateway; the phone stays linked</source>
        <translation>正在网关上重启会话；手机保持关联</translation>
    </message>
    <message>
        <source>Could not restart the session: %1</source>
        <translation>无法重启会话：%1</translation>
    </message>
    <message>
        <source>Stopped on the gateway; the phone stays linked. Start resumes the session without a new scan.</source>
        <translation>已在网关上停止；手机保持关联。点“启动”可恢复会话，无需重新扫码。</translation>
    </message>
    <message>
        <source>ChannelDesk stopped following the session, but the gateway did not stop it: %1</source>
        <translation>ChannelDesk 已停止跟随该会话，但网关没有停止它：%1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::WeComApiClient</name>
    <message>
        <source>Nothing to send: the message is empty.</source>
        <translation>没有可发送的内容：消息为空。</translation>
    </message>
    <message>
        <source>Nothing to send: no recipient (a WeCom UserID) was given.</source>
        <translation>没有可发送的对象：未提供接收人（企业微信 UserID）。</translation>
    </message>
    <message>
        <source>The WeCom app is not fully set up: the Corp ID, the Secret and the AgentId are all needed.</source>
        <translation>企业微信应用未设置完整：企业ID、Secret 和 AgentId 缺一不可。</translation>
    </message>
    <message>
        <source>%1 of %2 parts had been sent before this.</source>
        <translation>在此之前已发送 %2 段中的 %1 段。</translation>
    </message>
    <message>
        <source>The server answered gettoken without an access token; check api_base_url.</source>
        <translation>服务器对 gettoken 的应答中没有 access_token；请检查 api_base_url。</translation>
    </message>
    <message>
        <source>%1 gave no complete answer within %2 s — WeCom or the network is slow or stuck; try again, and check api_base_url and any proxy.</source>
        <translation>%1 在 %2 秒内未给出完整应答——企业微信或网络缓慢或卡住；请重试，并检查 api_base_url 和代理。</translation>
    </message>
    <message>
        <source>%1 sent more than %2 KiB, so ChannelDesk stopped reading — that is not an answer from WeCom's API; check api_base_url.</source>
        <translation>%1 发送了超过 %2 KiB 的数据，ChannelDesk 已停止读取——这不是企业微信 API 的应答；请检查 api_base_url。</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s — WeCom or the network is slow or stuck; try again, and check api_base_url and any proxy.</source>
        <translation>%1 在 %2 秒内没有发送任何数据——企业微信或网络缓慢或卡住；请重试，并检查 api_base_url 和代理。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2 — check the system clock, any proxy that intercepts TLS, and api_base_url.</source>
        <translation>与 %1 的安全连接失败：%2——请检查系统时钟、拦截 TLS 的代理以及 api_base_url。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2 — check api_base_url and the server's network.</source>
        <translation>无法访问 %1：%2——请检查 api_base_url 和服务器的网络。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3 — that is not an answer from WeCom's API; check api_base_url.</source>
        <translation>%1 应答 HTTP %2 %3——这不是企业微信 API 的应答；请检查 api_base_url。</translation>
    </message>
    <message>
        <source>%1 answered with something that is not WeCom's JSON — check api_base_url; a proxy or captive portal may be answering instead of WeCom.</source>
        <translation>%1 的应答不是企业微信的 JSON——请检查 api_base_url；可能是代理或强制门户代替企业微信作了应答。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::WeComSender</name>
    <message>
        <source>Give the WeCom user id (账号) to send to.</source>
        <translation>请提供要发送给的企业微信用户 ID（账号）。</translation>
    </message>
    <message>
        <source>Send to one WeCom user id at a time, not “%1”.</source>
        <translation>每次只能发送给一个企业微信用户 ID，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 is not on the allowlist of “%2”. Add the user id to the channel's allowed users (or allow every member) to answer them.</source>
        <translation>%1 不在“%2”的允许名单中。请将该用户 ID 加入渠道的允许用户（或允许所有成员）后再回复。</translation>
    </message>
    <message>
        <source>There is no WeCom channel “%1”.</source>
        <translation>没有企业微信渠道“%1”。</translation>
    </message>
    <message>
        <source>Channel “%1” is disabled.</source>
        <translation>渠道“%1”已停用。</translation>
    </message>
    <message>
        <source>WeCom channels send text only, and not empty text.</source>
        <translation>企业微信渠道只能发送文本，且不能为空。</translation>
    </message>
    <message>
        <source>The Secret of “%1” cannot be read: %2</source>
        <translation>无法读取“%1”的 Secret：%2</translation>
    </message>
    <message>
        <source>Connected to the app “%1” (AgentId %2) of corp %3.</source>
        <translation>已连接到企业 %3 的应用“%1”（AgentId %2）。</translation>
    </message>
    <message>
        <source>No Secret is stored for this channel. Click Replace… next to Secret to enter it.</source>
        <translation>此渠道未保存 Secret。请点击 Secret 旁的“替换…”输入。</translation>
    </message>
    <message>
        <source>Cannot read the Secret. %1</source>
        <translation>无法读取 Secret。%1</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::WebhookReceiver</name>
    <message>
        <source>“%1” is not an IP address to listen on; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation>“%1”不是可监听的 IP 地址；请使用 127.0.0.1 或 0.0.0.0 等地址。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法监听 %1:%2：%3</translation>
    </message>
    <message>
        <source>No channel has phone number ID %1.</source>
        <translation>没有渠道使用电话号码 ID %1。</translation>
    </message>
    <message>
        <source>The channel is disabled.</source>
        <translation>该渠道已禁用。</translation>
    </message>
    <message>
        <source>hub.mode was “%1”, not “subscribe”.</source>
        <translation>hub.mode 为“%1”，而不是“subscribe”。</translation>
    </message>
    <message>
        <source>The verify token Meta sent (%1) is not this channel's (%2).</source>
        <translation>Meta 发送的验证令牌（%1）与此渠道的验证令牌（%2）不一致。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>hub.challenge was missing or too long.</source>
        <translation>hub.challenge 缺失或过长。</translation>
    </message>
    <message>
        <source>Meta verified the webhook.</source>
        <translation>Meta 已验证该 Webhook。</translation>
    </message>
    <message>
        <source>The body is over %1 bytes.</source>
        <translation>请求正文超过 %1 字节。</translation>
    </message>
    <message>
        <source>The POST has no X-Hub-Signature-256 header; it did not come from Meta.</source>
        <translation>该 POST 请求没有 X-Hub-Signature-256 标头；它并非来自 Meta。</translation>
    </message>
    <message>
        <source>The signature does not match this channel's App Secret (%1). If every POST fails like this, the App Secret is wrong.</source>
        <translation>签名与此渠道的应用密钥（App Secret，%1）不匹配。如果所有 POST 请求都因此失败，则说明应用密钥有误。</translation>
    </message>
    <message>
        <source>store failed</source>
        <translation>存储失败</translation>
    </message>
    <message>
        <source>accepted %1 message(s), %2 status(es)</source>
        <translation>已接受 %1 条消息、%2 个状态</translation>
    </message>
    <message>
        <source>accepted a WeCom callback</source>
        <translation>已接收一条企业微信回调</translation>
    </message>
    <message>
        <source>WeCom verified the callback URL.</source>
        <translation>企业微信已验证回调 URL。</translation>
    </message>
    <message>
        <source>The request had two Content-Length headers, or Content-Length together with Transfer-Encoding.</source>
        <translation>请求带有两个 Content-Length 头，或同时带有 Content-Length 和 Transfer-Encoding。</translation>
    </message>
    <message>
        <source>Unverified request bodies hold all the memory allowed to them (%1 bytes in all, %2 per address); refused until some are done.</source>
        <translation>未经验证的请求体已占满为其分配的全部内存（总计 %1 字节，每个地址 %2 字节）；在部分请求完成之前予以拒绝。</translation>
    </message>
    <message>
        <source>closed: its request headers were not complete in time</source>
        <translation>已关闭：未能及时收到完整的请求标头</translation>
    </message>
    <message>
        <source>closed to make room: near the connection limit, it waited longest for request headers</source>
        <translation>已关闭以腾出连接：连接数接近上限，而它等待请求标头的时间最长</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::WebhookVerificationWatcher</name>
    <message>
        <source>WeCom verified this URL at %1.</source>
        <translation>企业微信已于 %1 验证此 URL。</translation>
    </message>
    <message>
        <source>Meta verified this URL at %1.</source>
        <translation>Meta 已于 %1 验证此 URL。</translation>
    </message>
    <message>
        <source>WeCom's verification request at %1 failed. %2</source>
        <translation>企业微信于 %1 发出的验证请求失败。%2</translation>
    </message>
    <message>
        <source>Meta's verification request at %1 failed. %2</source>
        <translation>Meta 于 %1 发出的验证请求失败。%2</translation>
    </message>
    <message>
        <source>Starting the webhook receiver…</source>
        <translation>正在启动 Webhook 接收器…</translation>
    </message>
    <message>
        <source>The webhook receiver is not running (%1), so the verification request cannot be answered. Start it in Settings › Webhook Receiver.</source>
        <translation>Webhook 接收器未运行（%1），因此无法应答验证请求。请在“设置 › Webhook 接收器”中启动它。</translation>
    </message>
    <message>
        <source>The receiver cannot answer for this channel: its secrets cannot be read from the keychain.</source>
        <translation>接收器无法为此渠道应答：无法从钥匙串读取其密钥。</translation>
    </message>
    <message>
        <source>Getting the receiver ready for this channel…</source>
        <translation>正在为此渠道准备接收器…</translation>
    </message>
    <message>
        <source>Waiting for WeCom's verification request…</source>
        <translation>正在等待企业微信的验证请求…</translation>
    </message>
    <message>
        <source>Waiting for Meta's verification request…</source>
        <translation>正在等待 Meta 的验证请求…</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::WindowClosedNoticeWidget</name>
    <message>
        <source>The customer last wrote more than 24 hours ago, so WhatsApp only delivers approved templates (error 131047). Send a template now; free-form replies work again once the customer writes.</source>
        <translation>客户最后一次发消息已超过 24 小时，因此 WhatsApp 只投递已批准的模板（错误 131047）。现在请发送模板；客户再次发消息后即可恢复自由回复。</translation>
    </message>
    <message>
        <source>Choose a Te&amp;mplate</source>
        <translation>选择模板(&amp;M)</translation>
    </message>
    <message>
        <source>Switch the reply to an approved message template</source>
        <translation>将回复切换为已批准的消息模板</translation>
    </message>
    <message>
        <source>Copy Error Details</source>
        <translation>复制错误详情</translation>
    </message>
    <message>
        <source>Not sent: the 24-hour window is closed</source>
        <translation>未发送：24 小时窗口已关闭</translation>
    </message>
</context>
<context>
    <name>ChannelForwardWidget</name>
    <message>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>Forward to bot:</source>
        <translation>转发给机器人：</translation>
    </message>
    <message>
        <source>Forward to bot</source>
        <translation>转发给机器人</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Change where this channel's deliveries are passed on to, or stop passing them on</source>
        <translation>更改此渠道的投递转发地址，或停止转发</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Bot's time to answer:</source>
        <translation>机器人应答时限：</translation>
    </message>
    <message>
        <source>Bot's time to answer</source>
        <translation>机器人应答时限</translation>
    </message>
    <message>
        <source>Signing secret:</source>
        <translation>签名密钥：</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>The bot checks X-ChannelDesk-Signature-256 (HMAC-SHA256 of the body) with this secret</source>
        <translation>机器人用此密钥校验 X-ChannelDesk-Signature-256（消息体的 HMAC-SHA256）</translation>
    </message>
    <message>
        <source>Copy the signing secret for the bot's configuration</source>
        <translation>复制签名密钥，用于机器人的配置</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>重新生成…</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Bot state</source>
        <translation>机器人状态</translation>
    </message>
    <message>
        <source>Last success:</source>
        <translation>上次成功：</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>上次成功</translation>
    </message>
    <message>
        <source>Answer time (last hour):</source>
        <translation>应答时间（过去一小时）：</translation>
    </message>
    <message>
        <source>Answer time in the last hour</source>
        <translation>过去一小时的应答时间</translation>
    </message>
    <message>
        <source>Success rate (last hour):</source>
        <translation>成功率（过去一小时）：</translation>
    </message>
    <message>
        <source>Success rate in the last hour</source>
        <translation>过去一小时的成功率</translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation>等待中：</translation>
    </message>
    <message>
        <source>Deliveries waiting for the bot</source>
        <translation>等待机器人接收的投递</translation>
    </message>
    <message>
        <source>Parked:</source>
        <translation>已搁置：</translation>
    </message>
    <message>
        <source>Parked deliveries</source>
        <translation>已搁置的投递</translation>
    </message>
    <message>
        <source>Send the deliveries the bot never took within the maximum age again, oldest first</source>
        <translation>重新发送在最长保留期内机器人一直未接收的投递，最早的优先</translation>
    </message>
    <message>
        <source>Send Parked Aga&amp;in</source>
        <translation>重新发送已搁置的投递(&amp;I)</translation>
    </message>
    <message>
        <source>Last 24 hours:</source>
        <translation>过去 24 小时：</translation>
    </message>
    <message>
        <source>Deliveries the bot took per minute (blue) and failed attempts (red)</source>
        <translation>机器人每分钟接收的投递（蓝色）和失败的尝试（红色）</translation>
    </message>
</context>
<context>
    <name>ChannelNaming</name>
    <message>
        <source>Give the channel a name, for example “support”.</source>
        <translation>请为渠道命名，例如“support”。</translation>
    </message>
    <message>
        <source>Channel ID: %1</source>
        <translation>渠道 ID：%1</translation>
    </message>
</context>
<context>
    <name>ChannelPageWidget</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>A disabled channel keeps its settings but ChannelDesk neither receives nor sends on it</source>
        <translation>禁用的渠道会保留其设置，但 ChannelDesk 不会通过它接收或发送消息</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Channel id:</source>
        <translation>渠道 ID：</translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation>渠道 ID</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Phone number ID:</source>
        <translation>电话号码 ID：</translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation>电话号码 ID</translation>
    </message>
    <message>
        <source>Business account ID:</source>
        <translation>企业账户 ID：</translation>
    </message>
    <message>
        <source>Business account ID</source>
        <translation>企业账户 ID</translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation>公共基础 URL：</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>公共基础 URL</translation>
    </message>
    <message>
        <source>Graph API version:</source>
        <translation>Graph API 版本：</translation>
    </message>
    <message>
        <source>Graph API version</source>
        <translation>Graph API 版本</translation>
    </message>
    <message>
        <source>Graph API address:</source>
        <translation>Graph API 地址：</translation>
    </message>
    <message>
        <source>Graph API address</source>
        <translation>Graph API 地址</translation>
    </message>
    <message>
        <source>Secrets (stored in the keychain)</source>
        <translation>机密信息（存储在钥匙串中）</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Enter a new access token and store it in the keychain</source>
        <translation>输入新的访问令牌并将其存储到钥匙串中</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>应用密钥：</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Enter a new app secret and store it in the keychain</source>
        <translation>输入新的应用密钥并将其存储到钥匙串中</translation>
    </message>
    <message>
        <source>Verify token:</source>
        <translation>验证令牌：</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>验证令牌</translation>
    </message>
    <message>
        <source>Enter a new verify token and store it in the keychain</source>
        <translation>输入新的验证令牌并将其存储到钥匙串中</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>回调 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Paste this into Callback URL in WhatsApp &gt; Configuration</source>
        <translation>将此地址粘贴到“WhatsApp &gt; Configuration”中的“Callback URL”</translation>
    </message>
    <message>
        <source>Copy the callback URL to the clipboard</source>
        <translation>将回调 URL 复制到剪贴板</translation>
    </message>
    <message>
        <source>Read the verify token from the keychain and copy it to the clipboard</source>
        <translation>从钥匙串读取验证令牌并将其复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy &amp;Verify Token</source>
        <translation>复制验证令牌(&amp;V)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Delete this channel and its secrets</source>
        <translation>删除此渠道及其机密信息</translation>
    </message>
    <message>
        <source>&amp;Remove Channel…</source>
        <translation>删除渠道(&amp;R)…</translation>
    </message>
    <message>
        <source>Webhook activity</source>
        <translation>Webhook 活动</translation>
    </message>
    <message>
        <source>Nothing has reached the receiver yet.</source>
        <translation>接收器尚未收到任何请求。</translation>
    </message>
    <message>
        <source>Verification attempts and rejected deliveries of this channel, newest first</source>
        <translation>此渠道的验证尝试和被拒绝的投递，最新的在前</translation>
    </message>
    <message>
        <source>Linked device</source>
        <translation>关联设备</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>网关：</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Gateway address:</source>
        <translation>网关地址：</translation>
    </message>
    <message>
        <source>Gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>会话：</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Device label:</source>
        <translation>设备标签：</translation>
    </message>
    <message>
        <source>Device label</source>
        <translation>设备标签</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Enter a new gateway API key and store it in the keychain</source>
        <translation>输入新的网关 API 密钥并将其存储到钥匙串中</translation>
    </message>
    <message>
        <source>Send a message to a number you choose and follow it until it is delivered</source>
        <translation>向您选择的号码发送一条消息，并跟踪它直至送达</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>复制 URL(&amp;Y)</translation>
    </message>
    <message>
        <source>Send Test &amp;Message…</source>
        <translation>发送测试消息(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsWidget</name>
    <message>
        <source>Change Settings</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>Show the settings to change them; the secrets are replaced under Secrets</source>
        <translation>显示设置以便更改；密钥在“密钥”下替换</translation>
    </message>
    <message>
        <source>Settings to Change</source>
        <translation>要更改的设置</translation>
    </message>
    <message>
        <source>Changes take effect as soon as they are saved: the receiver, the Graph API calls and the gateway connection use them without a restart. The secrets stay as they are; replace them under Secrets above.</source>
        <translation>更改在保存后立即生效：接收器、Graph API 调用和网关连接无需重启即可使用它们。密钥保持不变；请在上方“密钥”下替换。</translation>
    </message>
    <message>
        <source>Phone number ID:</source>
        <translation>电话号码 ID：</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID:</source>
        <translation>WhatsApp Business 账号 ID：</translation>
    </message>
    <message>
        <source>empty: no template list</source>
        <translation>留空：没有模板列表</translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation>公共基础 URL：</translation>
    </message>
    <message>
        <source>https://bot.example.com</source>
        <translation>https://bot.example.com</translation>
    </message>
    <message>
        <source>Graph API version:</source>
        <translation>Graph API 版本：</translation>
    </message>
    <message>
        <source>Graph API address:</source>
        <translation>Graph API 地址：</translation>
    </message>
    <message>
        <source>Gateway address:</source>
        <translation>网关地址：</translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000</source>
        <translation>http://127.0.0.1:3000</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>会话：</translation>
    </message>
    <message>
        <source>Device label:</source>
        <translation>设备标签：</translation>
    </message>
    <message>
        <source>Reconnect attempts:</source>
        <translation>重连次数：</translation>
    </message>
    <message>
        <source>Corp ID (企业ID):</source>
        <translation>企业ID (Corp ID)：</translation>
    </message>
    <message>
        <source>AgentId:</source>
        <translation>AgentId：</translation>
    </message>
    <message>
        <source>WeCom API address:</source>
        <translation>企业微信 API 地址：</translation>
    </message>
    <message>
        <source>Allowed users:</source>
        <translation>允许的成员：</translation>
    </message>
    <message>
        <source>user ids, comma-separated</source>
        <translation>成员 ID，用逗号分隔</translation>
    </message>
    <message>
        <source>Answer every member of the company</source>
        <translation>回复企业的所有成员</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Show the stored settings again, dropping what was typed</source>
        <translation>重新显示已保存的设置，丢弃已输入的内容</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>保存设置</translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizard</name>
    <message>
        <source>Add Channel</source>
        <translation>添加渠道</translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageCredentials</name>
    <message>
        <source>Cloud API credentials</source>
        <translation>Cloud API 凭据</translation>
    </message>
    <message>
        <source>Copy these values from your app in Meta's App Dashboard. Each field is checked as you type.</source>
        <translation>请从 Meta 应用面板（App Dashboard）中您的应用复制以下各值。输入时会即时检查每个字段。</translation>
    </message>
    <message>
        <source>Phone number &amp;ID: *</source>
        <translation>电话号码 ID(&amp;I)：*</translation>
    </message>
    <message>
        <source>The ID of the business number in WhatsApp &gt; API Setup, not the phone number itself</source>
        <translation>“WhatsApp &gt; API Setup”中企业号码的 ID，而不是电话号码本身</translation>
    </message>
    <message>
        <source>for example 106540352242922</source>
        <translation>例如 106540352242922</translation>
    </message>
    <message>
        <source>&amp;Access token: *</source>
        <translation>访问令牌(&amp;A)：*</translation>
    </message>
    <message>
        <source>The token ChannelDesk sends with every Graph API call; it is stored in the keychain</source>
        <translation>ChannelDesk 每次调用 Graph API 时发送的令牌；它存储在钥匙串中</translation>
    </message>
    <message>
        <source>EAA…</source>
        <translation>EAA…</translation>
    </message>
    <message>
        <source>Show or hide the access token</source>
        <translation>显示或隐藏访问令牌</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Temporary tokens from WhatsApp &gt; API Setup expire after 24 hours and are only for trying things out. For real use, create a permanent System User token in Meta Business Settings &gt; Users &gt; System users (Generate new token, with the permissions whatsapp_business_messaging and whatsapp_business_management).</source>
        <translation>来自“WhatsApp &gt; API Setup”的临时令牌会在 24 小时后过期，仅适合试用。正式使用时，请在“Meta Business Settings &gt; Users &gt; System users”中创建永久的系统用户令牌（System User token）：点击“Generate new token”，并授予 whatsapp_business_messaging 和 whatsapp_business_management 权限。</translation>
    </message>
    <message>
        <source>App &amp;secret: *</source>
        <translation>应用密钥(&amp;S)：*</translation>
    </message>
    <message>
        <source>App Dashboard &gt; App settings &gt; Basic &gt; App secret; ChannelDesk checks webhook signatures with it</source>
        <translation>位于“App Dashboard &gt; App settings &gt; Basic &gt; App secret”；ChannelDesk 用它校验 Webhook 签名</translation>
    </message>
    <message>
        <source>32 characters, 0–9 and a–f</source>
        <translation>32 个字符，由 0–9 和 a–f 组成</translation>
    </message>
    <message>
        <source>&amp;Verify token: *</source>
        <translation>验证令牌(&amp;V)：*</translation>
    </message>
    <message>
        <source>Any secret text you choose; you paste the same value into Meta's webhook settings</source>
        <translation>由您自行选择的任意保密文本；您需要将相同的值粘贴到 Meta 的 Webhook 设置中</translation>
    </message>
    <message>
        <source>click Generate</source>
        <translation>点击“生成”</translation>
    </message>
    <message>
        <source>Fill in a random verify token</source>
        <translation>填入随机验证令牌</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Copy the verify token to the clipboard</source>
        <translation>将验证令牌复制到剪贴板</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Business account ID:</source>
        <translation>企业账户 ID(&amp;B)：</translation>
    </message>
    <message>
        <source>Optional: the WhatsApp Business Account ID from WhatsApp &gt; API Setup</source>
        <translation>可选：“WhatsApp &gt; API Setup”中显示的 WhatsApp Business 账户 ID（WhatsApp Business Account ID）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Public base URL: *</source>
        <translation>公共基础 URL(&amp;P)：*</translation>
    </message>
    <message>
        <source>The https:// address at which Meta reaches ChannelDesk (your reverse proxy or tunnel)</source>
        <translation>Meta 访问 ChannelDesk 所用的 https:// 地址（您的反向代理或隧道）</translation>
    </message>
    <message>
        <source>https://bot.example.com</source>
        <translation>https://bot.example.com</translation>
    </message>
    <message>
        <source>The Graph API version ChannelDesk calls</source>
        <translation>ChannelDesk 调用的 Graph API 版本</translation>
    </message>
    <message>
        <source>v25.0</source>
        <translation>v25.0</translation>
    </message>
    <message>
        <source>Normally https://graph.facebook.com; change it only for a test server</source>
        <translation>通常为 https://graph.facebook.com；仅在使用测试服务器时才需更改</translation>
    </message>
    <message>
        <source>https://graph.facebook.com</source>
        <translation>https://graph.facebook.com</translation>
    </message>
    <message>
        <source>Fields marked * are required. Secrets are stored only in the keychain.</source>
        <translation>标有 * 的字段为必填项。机密信息仅存储在钥匙串中。</translation>
    </message>
    <message>
        <source>&amp;Forward to bot:</source>
        <translation>转发给机器人(&amp;F)：</translation>
    </message>
    <message>
        <source>Optional: your bot's webhook address. Every accepted delivery is passed on to it unchanged, with Meta's signature; leave empty if ChannelDesk is the only receiver</source>
        <translation>可选：您的机器人的 Webhook 地址。每条已接受的投递都会连同 Meta 的签名原样转发给它；如果 ChannelDesk 是唯一的接收方，请留空</translation>
    </message>
    <message>
        <source>optional, for example https://bot.example.com/webhooks/whatsapp</source>
        <translation>可选，例如 https://bot.example.com/webhooks/whatsapp</translation>
    </message>
    <message>
        <source>Show the Graph API version and address, and how long the bot may take to answer</source>
        <translation>显示 Graph API 版本和地址，以及机器人的应答时限</translation>
    </message>
    <message>
        <source>How long ChannelDesk waits for the bot to answer a forwarded delivery before trying again later</source>
        <translation>ChannelDesk 等待机器人应答一条转发投递的时长，超时后稍后重试</translation>
    </message>
    <message>
        <source>10000</source>
        <translation>10000</translation>
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation>高级(&amp;D)</translation>
    </message>
    <message>
        <source>Graph API v&amp;ersion:</source>
        <translation>Graph API 版本(&amp;E)：</translation>
    </message>
    <message>
        <source>Graph API add&amp;ress:</source>
        <translation>Graph API 地址(&amp;R)：</translation>
    </message>
    <message>
        <source>Bot's &amp;time to answer (ms):</source>
        <translation>机器人应答时限（毫秒）(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageGateway</name>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>ChannelDesk links WhatsApp through a gateway you run, such as WAHA. Enter where it runs and its key. Each field is checked as you type.</source>
        <translation>ChannelDesk 通过您自己运行的网关（例如 WAHA）关联 WhatsApp。请输入网关的运行地址及其密钥。输入时会即时检查每个字段。</translation>
    </message>
    <message>
        <source>&amp;Gateway: *</source>
        <translation>网关(&amp;G)：*</translation>
    </message>
    <message>
        <source>Which gateway software runs at the address below</source>
        <translation>在下方地址运行的网关软件</translation>
    </message>
    <message>
        <source>&amp;Address: *</source>
        <translation>地址(&amp;A)：*</translation>
    </message>
    <message>
        <source>The gateway's base address, without /api</source>
        <translation>网关的基础地址，不含 /api</translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000</source>
        <translation>http://127.0.0.1:3000</translation>
    </message>
    <message>
        <source>API &amp;key: *</source>
        <translation>API 密钥(&amp;K)：*</translation>
    </message>
    <message>
        <source>The key ChannelDesk sends to the gateway; it is stored in the keychain</source>
        <translation>ChannelDesk 发送给网关的密钥；它存储在钥匙串中</translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation>显示或隐藏 API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Session: *</source>
        <translation>会话(&amp;S)：*</translation>
    </message>
    <message>
        <source>The gateway's name for this WhatsApp number; ChannelDesk creates it when it does not exist</source>
        <translation>网关为此 WhatsApp 号码使用的名称；如不存在，ChannelDesk 会自动创建</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>&amp;Device label:</source>
        <translation>设备标签(&amp;D)：</translation>
    </message>
    <message>
        <source>The name the phone shows under Linked devices, where the gateway supports it</source>
        <translation>手机在“Linked devices”下显示的名称（需网关支持）</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>Fields marked * are required. The API key is stored only in the keychain.</source>
        <translation>标有 * 的字段为必填项。API 密钥仅存储在钥匙串中。</translation>
    </message>
    <message>
        <source>&amp;Forward to bot:</source>
        <translation>转发给机器人(&amp;F)：</translation>
    </message>
    <message>
        <source>Where each message is passed on to your bot, signed with the channel's signing secret; empty: not forwarded</source>
        <translation>每条消息转发给机器人的地址，使用频道的签名密钥签名；留空则不转发</translation>
    </message>
    <message>
        <source>https://bot.example.com/webhooks/whatsapp</source>
        <translation>https://bot.example.com/webhooks/whatsapp</translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageKind</name>
    <message>
        <source>Channel kind and name</source>
        <translation>渠道类型和名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>WhatsApp &amp;Cloud API</source>
        <translation>WhatsApp Cloud API(&amp;C)</translation>
    </message>
    <message>
        <source>Meta's hosted API. You need a Meta app with the WhatsApp product, the number's Phone Number ID, an access token and the App Secret.</source>
        <translation>由 Meta 托管的 API。您需要一个已添加 WhatsApp 产品的 Meta 应用、该号码的电话号码 ID（Phone Number ID）、一个访问令牌以及应用密钥（App Secret）。</translation>
    </message>
    <message>
        <source>Channel &amp;name:</source>
        <translation>渠道名称(&amp;N)：</translation>
    </message>
    <message>
        <source>A name for people; the channel id used in URLs and on the command line is made from it</source>
        <translation>供人阅读的名称；URL 和命令行中使用的渠道 ID 由它生成</translation>
    </message>
    <message>
        <source>for example “Support”</source>
        <translation>例如“Support”</translation>
    </message>
    <message>
        <source>WhatsApp &amp;linked device (gateway)</source>
        <translation>WhatsApp 关联设备（网关）(&amp;L)</translation>
    </message>
    <message>
        <source>Links a WhatsApp number like WhatsApp Web does, through a gateway you run (WAHA or a connection gateway). You scan a QR code with the phone. Unofficial: WhatsApp can ban numbers used this way.</source>
        <translation>像 WhatsApp Web 一样，通过您自己运行的网关（WAHA 或连接网关）关联一个 WhatsApp 号码。您需要用手机扫描二维码。此方式为非官方方式：WhatsApp 可能会封禁以这种方式使用的号码。</translation>
    </message>
    <message>
        <source>Choose how ChannelDesk talks to WhatsApp or WeCom and give the channel a name.</source>
        <translation>选择 ChannelDesk 连接 WhatsApp 或企业微信的方式，并为渠道命名。</translation>
    </message>
    <message>
        <source>&amp;WeCom (企业微信) self-built app</source>
        <translation>企业微信自建应用(&amp;W)</translation>
    </message>
    <message>
        <source>A self-built app (自建应用) in your company's WeCom. You need the corp ID, the app's AgentId and Secret, and a public https:// address at which WeCom reaches ChannelDesk.</source>
        <translation>贵企业在企业微信中的自建应用。需要企业ID、应用的 AgentId 和 Secret，以及一个企业微信能够访问 ChannelDesk 的公网 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPagePairing</name>
    <message>
        <source>Link the WhatsApp account</source>
        <translation>关联 WhatsApp 账户</translation>
    </message>
    <message>
        <source>The channel is saved as soon as this page opens. Scan the code now, or finish and scan it later on the channel's page.</source>
        <translation>打开此页面后，渠道会立即保存。请现在扫描二维码，或者先完成向导，稍后在渠道页面上扫描。</translation>
    </message>
    <message>
        <source>Try to save the channel again</source>
        <translation>再次尝试保存渠道</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageTest</name>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>ChannelDesk asks Meta's Graph API for this phone number with the access token you entered. Nothing is sent to anyone.</source>
        <translation>ChannelDesk 会使用您输入的访问令牌，向 Meta 的 Graph API 查询此电话号码。不会向任何人发送消息。</translation>
    </message>
    <message>
        <source>You can go on without testing, for example when this computer is offline, and run the test later from the channel's page.</source>
        <translation>您也可以不测试直接继续（例如这台计算机处于离线状态时），稍后再从渠道页面运行测试。</translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageWeCom</name>
    <message>
        <source>WeCom app</source>
        <translation>企业微信应用</translation>
    </message>
    <message>
        <source>Copy these values from your self-built app in WeCom's admin console (work.weixin.qq.com). Each field is checked as you type.</source>
        <translation>请从企业微信管理后台（work.weixin.qq.com）的自建应用中复制这些值。每个字段都会在输入时检查。</translation>
    </message>
    <message>
        <source>Corp &amp;ID (企业ID): *</source>
        <translation>企业ID(&amp;I)：*</translation>
    </message>
    <message>
        <source>Your company's ID in WeCom; it is also checked in every callback WeCom sends</source>
        <translation>贵企业在企业微信中的 ID；企业微信发来的每个回调也会核对它</translation>
    </message>
    <message>
        <source>ww or wx and 16 letters and digits</source>
        <translation>ww 或 wx 加 16 位字母和数字</translation>
    </message>
    <message>
        <source>WeCom admin console (work.weixin.qq.com): 我的企业 → 企业信息 → 企业ID (My Company → Company Info → CorpID).</source>
        <translation>企业微信管理后台（work.weixin.qq.com）：我的企业 → 企业信息 → 企业ID。</translation>
    </message>
    <message>
        <source>&amp;AgentId: *</source>
        <translation>AgentId(&amp;A)：*</translation>
    </message>
    <message>
        <source>The app's AgentId; replies are sent as this app</source>
        <translation>应用的 AgentId；回复以该应用的身份发送</translation>
    </message>
    <message>
        <source>for example 1000002</source>
        <translation>例如 1000002</translation>
    </message>
    <message>
        <source>应用管理 → 自建 → your app (App Management → Self-built → the app): AgentId.</source>
        <translation>应用管理 → 自建 → 你的应用：AgentId。</translation>
    </message>
    <message>
        <source>&amp;Secret: *</source>
        <translation>Secret(&amp;S)：*</translation>
    </message>
    <message>
        <source>The app's Secret; ChannelDesk uses it to get access tokens. It is stored in the keychain</source>
        <translation>应用的 Secret；ChannelDesk 用它获取 access_token。它保存在钥匙串中</translation>
    </message>
    <message>
        <source>43 characters</source>
        <translation>43 个字符</translation>
    </message>
    <message>
        <source>Show or hide the Secret</source>
        <translation>显示或隐藏 Secret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>On the same page, click 查看 (View) next to Secret: WeCom sends it to the admin's WeCom app.</source>
        <translation>在同一页面点击 Secret 旁的“查看”：企业微信会把它发送到管理员的企业微信客户端。</translation>
    </message>
    <message>
        <source>&amp;Token: *</source>
        <translation>Token(&amp;T)：*</translation>
    </message>
    <message>
        <source>Any 3 to 32 letters and digits; you paste the same value into WeCom</source>
        <translation>3 到 32 位任意字母和数字；需在企业微信中填写相同的值</translation>
    </message>
    <message>
        <source>click Generate</source>
        <translation>点击“生成”</translation>
    </message>
    <message>
        <source>Fill in a random Token</source>
        <translation>填入随机 Token</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Your app's 接收消息 → 设置API接收 (Receive Messages → Set API Receiving). Generate one here, or use WeCom's 随机获取 and paste it.</source>
        <translation>应用的“接收消息 → 设置API接收”。可在此处生成，或在企业微信中点击“随机获取”后粘贴过来。</translation>
    </message>
    <message>
        <source>&amp;EncodingAESKey: *</source>
        <translation>EncodingAESKey(&amp;E)：*</translation>
    </message>
    <message>
        <source>43 letters and digits; WeCom encrypts every callback with it. You paste the same value into WeCom</source>
        <translation>43 位字母和数字；企业微信用它加密每个回调。需在企业微信中填写相同的值</translation>
    </message>
    <message>
        <source>Fill in a random EncodingAESKey</source>
        <translation>填入随机 EncodingAESKey</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>生成(&amp;R)</translation>
    </message>
    <message>
        <source>The same page, 设置API接收: EncodingAESKey. Generate one here, or use 随机获取 there and paste it.</source>
        <translation>同一页面“设置API接收”中的 EncodingAESKey。可在此处生成，或在那里点击“随机获取”后粘贴过来。</translation>
    </message>
    <message>
        <source>&amp;Public base URL: *</source>
        <translation>公共基础 URL(&amp;P)：*</translation>
    </message>
    <message>
        <source>The https:// address at which WeCom reaches ChannelDesk (your reverse proxy or tunnel)</source>
        <translation>企业微信访问 ChannelDesk 的 https:// 地址（你的反向代理或隧道）</translation>
    </message>
    <message>
        <source>https://bot.example.com</source>
        <translation>https://bot.example.com</translation>
    </message>
    <message>
        <source>The callback URL is made from it; you paste that into 设置API接收 on the last page.</source>
        <translation>回调 URL 由它生成；在最后一页将其粘贴到“设置API接收”中。</translation>
    </message>
    <message>
        <source>Allowed &amp;users:</source>
        <translation>允许的成员(&amp;U)：</translation>
    </message>
    <message>
        <source>WeCom user IDs (账号) separated by commas; only these members are answered</source>
        <translation>企业微信成员账号，以逗号分隔；只回复这些成员</translation>
    </message>
    <message>
        <source>for example zhangsan, lisi</source>
        <translation>例如 zhangsan, lisi</translation>
    </message>
    <message>
        <source>Members' user IDs (账号) are under 通讯录 (Contacts) in the admin console.</source>
        <translation>成员账号可在管理后台的“通讯录”中查看。</translation>
    </message>
    <message>
        <source>Answer every member of the company who writes to the app, not only the allowed users</source>
        <translation>回复企业中所有给应用发消息的成员，而不仅是允许的成员</translation>
    </message>
    <message>
        <source>Allow every &amp;member of the company</source>
        <translation>允许企业全部成员(&amp;M)</translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation>API 地址(&amp;D)：</translation>
    </message>
    <message>
        <source>WeCom's server API; change it only for a test server</source>
        <translation>企业微信服务端 API；仅在使用测试服务器时修改</translation>
    </message>
    <message>
        <source>https://qyapi.weixin.qq.com</source>
        <translation>https://qyapi.weixin.qq.com</translation>
    </message>
    <message>
        <source>Fields marked * are required. The Secret, Token and EncodingAESKey are stored only in the keychain.</source>
        <translation>标有 * 的字段为必填项。Secret、Token 和 EncodingAESKey 只保存在钥匙串中。</translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageWebhook</name>
    <message>
        <source>Connect Meta's webhook</source>
        <translation>连接 Meta 的 Webhook</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>回调 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Paste this into Callback URL in WhatsApp &gt; Configuration</source>
        <translation>将此地址粘贴到“WhatsApp &gt; Configuration”中的“Callback URL”</translation>
    </message>
    <message>
        <source>Copy the callback URL to the clipboard</source>
        <translation>将回调 URL 复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Verify token:</source>
        <translation>验证令牌(&amp;V)：</translation>
    </message>
    <message>
        <source>Paste this into Verify token in WhatsApp &gt; Configuration</source>
        <translation>将此值粘贴到“WhatsApp &gt; Configuration”中的“Verify token”</translation>
    </message>
    <message>
        <source>Copy the verify token to the clipboard</source>
        <translation>将验证令牌复制到剪贴板</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>Saving the channel</source>
        <translation>正在保存渠道</translation>
    </message>
    <message>
        <source>&amp;Shared URL:</source>
        <translation>共用 URL(&amp;S)：</translation>
    </message>
    <message>
        <source>One URL for several WeCom apps on this server: WeCom finds the app by its signature</source>
        <translation>本服务器上多个企业微信应用共用的 URL：按签名识别是哪个应用</translation>
    </message>
    <message>
        <source>Copy the shared callback URL to the clipboard</source>
        <translation>将共用回调 URL 复制到剪贴板</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;EncodingAESKey:</source>
        <translation>EncodingAESKey(&amp;E)：</translation>
    </message>
    <message>
        <source>Paste this into EncodingAESKey in 接收消息 → 设置API接收</source>
        <translation>粘贴到“接收消息 → 设置API接收”的 EncodingAESKey 中</translation>
    </message>
    <message>
        <source>Copy the EncodingAESKey to the clipboard</source>
        <translation>将 EncodingAESKey 复制到剪贴板</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
    <message>
        <source>Meta delivers incoming messages to this address. The channel is saved now, so that Meta can verify the address: enter it in Meta's App Dashboard and click Verify and save there. This page shows Meta's request when it arrives; then click Finish.</source>
        <translation>Meta 会把收到的消息投递到此地址。渠道现已保存，以便 Meta 验证该地址：在 Meta 的应用面板中填写此地址并点击“验证并保存”。Meta 的请求到达时本页会显示出来；然后点击“完成”。</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>验证状态</translation>
    </message>
</context>
<context>
    <name>ChannelStateSummary</name>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>No channels</source>
        <translation>没有渠道</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n 个降级</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n 个需要关注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n 个已连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n 个已停止</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelStateTracker</name>
    <message>
        <source>Waiting for the first health check with Meta.</source>
        <translation>正在等待与 Meta 的首次健康检查。</translation>
    </message>
    <message>
        <source>Cannot reach Meta: %1. Checking again in a few minutes.</source>
        <translation>无法连接 Meta：%1。将在几分钟后再次检查。</translation>
    </message>
    <message>
        <source>The access token expired. Replace it on the channel page.</source>
        <translation>访问令牌已过期。请在渠道页面上替换它。</translation>
    </message>
    <message>
        <source>The channel is disabled.</source>
        <translation>该渠道已禁用。</translation>
    </message>
    <message>
        <source>Not connected to its gateway yet.</source>
        <translation>尚未连接到其网关。</translation>
    </message>
</context>
<context>
    <name>ChannelWeComWidget</name>
    <message>
        <source>WeCom app</source>
        <translation>企业微信应用</translation>
    </message>
    <message>
        <source>Corp ID (企业ID):</source>
        <translation>企业ID：</translation>
    </message>
    <message>
        <source>Corp ID</source>
        <translation>企业ID</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>AgentId:</source>
        <translation>AgentId：</translation>
    </message>
    <message>
        <source>AgentId</source>
        <translation>AgentId</translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation>公共基础 URL：</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>公共基础 URL</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API 地址：</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API 地址</translation>
    </message>
    <message>
        <source>Allowed users:</source>
        <translation>允许的用户：</translation>
    </message>
    <message>
        <source>Allowed users</source>
        <translation>允许的用户</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <source>Access token state</source>
        <translation>访问令牌状态</translation>
    </message>
    <message>
        <source>Callbacks:</source>
        <translation>回调：</translation>
    </message>
    <message>
        <source>Last callback</source>
        <translation>最近回调</translation>
    </message>
    <message>
        <source>Callback (接收消息)</source>
        <translation>回调（接收消息）</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>回调 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>This app's own callback URL: paste it into URL under 接收消息 → 设置API接收</source>
        <translation>此应用自己的回调 URL：将其粘贴到 接收消息 → 设置API接收 的 URL 中</translation>
    </message>
    <message>
        <source>Copy the callback URL to the clipboard</source>
        <translation>将回调 URL 复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;hared URL:</source>
        <translation>共享 URL(&amp;H)：</translation>
    </message>
    <message>
        <source>One URL for several apps: each callback goes to the app whose Token matches its signature</source>
        <translation>多个应用共用一个 URL：每个回调交给 Token 与其签名匹配的应用</translation>
    </message>
    <message>
        <source>Copy the shared callback URL to the clipboard</source>
        <translation>将共享回调 URL 复制到剪贴板</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>Secrets (stored in the keychain)</source>
        <translation>机密信息（存储在钥匙串中）</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Secret：</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Enter a new Secret and store it in the keychain</source>
        <translation>输入新的 Secret 并存储到钥匙串</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>替换…</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token：</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Read the Token from the keychain and copy it to the clipboard</source>
        <translation>从钥匙串读取 Token 并复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Enter a new Token and store it in the keychain</source>
        <translation>输入新的 Token 并存储到钥匙串</translation>
    </message>
    <message>
        <source>EncodingAESKey:</source>
        <translation>EncodingAESKey：</translation>
    </message>
    <message>
        <source>EncodingAESKey</source>
        <translation>EncodingAESKey</translation>
    </message>
    <message>
        <source>Read the EncodingAESKey from the keychain and copy it to the clipboard</source>
        <translation>从钥匙串读取 EncodingAESKey 并复制到剪贴板</translation>
    </message>
    <message>
        <source>Enter a new EncodingAESKey and store it in the keychain</source>
        <translation>输入新的 EncodingAESKey 并存储到钥匙串</translation>
    </message>
</context>
<context>
    <name>ChannelsCommand</name>
    <message>
        <source>Print a JSON array of the channels with their non-secret fields.</source>
        <translation>打印渠道及其非机密字段的 JSON 数组。</translation>
    </message>
    <message>
        <source>No channels yet. Add one in the window, or with “channeldesk setup --answers FILE”.</source>
        <translation>尚无渠道。请在窗口中添加，或使用“channeldesk setup --answers FILE”添加。</translation>
    </message>
    <message>
        <source>logout: yes, unlink the phone (it needs a new scan to link again).</source>
        <translation>logout：是的，解除手机关联（再次关联需要重新扫码）。</translation>
    </message>
    <message>
        <source>List the channels (never their secrets); start, stop, restart, pair or log out a linked one.</source>
        <translation>列出渠道（从不显示密钥）；启动、停止、重启、配对或注销已关联的渠道。</translation>
    </message>
    <message>
        <source>List channels: id, kind, name, enabled, webhook URL, one a line and separated by tabs.
Never prints secrets.

On a linked-device channel, act on its session at the gateway:
  start ID     start the session (a linked phone needs no new scan)
  stop ID      stop it (WAHA: on the gateway; the phone stays linked)
  restart ID   restart it (WAHA keeps the link; without one, fresh codes come)
  pair ID      start a new pairing window (fresh codes to scan)
  logout ID    unlink the phone at the gateway; needs --yes
The connection gateway protocol has no stop or restart; use the window or the server API.
A running window or serve follows what the gateway then reports. Exit codes: 0 done,
1 the gateway refused or cannot do it, 2 bad arguments, 3 no keychain, 4 no such channel.
</source>
        <translation>列出渠道：ID、类型、名称、是否启用、webhook URL，每行一个，以制表符分隔。
从不打印密钥。

对已关联设备的渠道，在网关上操作它的会话：
  start ID     启动会话（已关联的手机无需重新扫码）
  stop ID      停止会话（WAHA：在网关上停止；手机保持关联）
  restart ID   重启会话（WAHA 保留关联；没有关联时会给出新的码）
  pair ID      开始新的配对窗口（新的扫码用码）
  logout ID    在网关上解除手机关联；需要 --yes
连接网关协议没有停止或重启；请使用窗口或服务器 API。
正在运行的窗口或 serve 会跟随网关随后报告的状态。退出码：0 完成，
1 网关拒绝或无法执行，2 参数错误，3 没有钥匙串，4 没有该渠道。
</translation>
    </message>
    <message>
        <source>channels: --yes belongs to channels logout.</source>
        <translation>channels：--yes 只用于 channels logout。</translation>
    </message>
    <message>
        <source>channels: unknown subcommand “%1”; say %2, or nothing to list the channels.</source>
        <translation>channels：未知子命令“%1”；请用 %2，或不带子命令以列出渠道。</translation>
    </message>
    <message>
        <source>channels %1: which channel? Give its ID.</source>
        <translation>channels %1：哪个渠道？请给出它的 ID。</translation>
    </message>
    <message>
        <source>channels %1: unexpected argument “%2”.</source>
        <translation>channels %1：意外的参数“%2”。</translation>
    </message>
    <message>
        <source>channels %1: --json belongs to the list.</source>
        <translation>channels %1：--json 只用于列表。</translation>
    </message>
    <message>
        <source>channels logout unlinks the phone, and only a new scan links it again; add --yes to do it.</source>
        <translation>channels logout 会解除手机关联，只有重新扫码才能再次关联；加上 --yes 以执行。</translation>
    </message>
    <message>
        <source>channels %1: --yes belongs to channels logout.</source>
        <translation>channels %1：--yes 只用于 channels logout。</translation>
    </message>
    <message>
        <source>“%1” is not a linked-device channel: only those have a gateway session to %2.</source>
        <translation>“%1”不是已关联设备的渠道：只有这类渠道有可以%2的网关会话。</translation>
    </message>
    <message>
        <source>The gateway API key of “%1” is neither in the keychain nor in %2.</source>
        <translation>“%1”的网关 API 密钥既不在钥匙串中，也不在 %2 中。</translation>
    </message>
    <message>
        <source>Unknown gateway type “%1”.</source>
        <translation>未知的网关类型“%1”。</translation>
    </message>
    <message>
        <source>Could not record this in the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>channels %1 %2 failed: %3</source>
        <translation>channels %1 %2 失败：%3</translation>
    </message>
</context>
<context>
    <name>CloudApiValidator</name>
    <message>
        <source>a space or line break</source>
        <translation>空格或换行符</translation>
    </message>
    <message>
        <source>Copy it from Meta's App Dashboard: WhatsApp &gt; API Setup, the “Phone number ID” shown below your business number.</source>
        <translation>请从 Meta 应用面板（App Dashboard）复制：即“WhatsApp &gt; API Setup”中企业号码下方显示的“Phone number ID”。</translation>
    </message>
    <message>
        <source>Enter the Phone Number ID. %1</source>
        <translation>请输入电话号码 ID。%1</translation>
    </message>
    <message>
        <source>This looks like a phone number, not a Phone Number ID. The ID is a separate number of about 15 digits. %1</source>
        <translation>这看起来是电话号码，而不是电话号码 ID。该 ID 是另一个约 15 位的数字。%1</translation>
    </message>
    <message>
        <source>The Phone Number ID has only digits; remove %1. %2</source>
        <translation>电话号码 ID 只包含数字；请删除%1。%2</translation>
    </message>
    <message>
        <source>Enter the access token. Use a System User token from Meta Business Settings &gt; Users &gt; System users for production.</source>
        <translation>请输入访问令牌。生产环境请使用在“Meta Business Settings &gt; Users &gt; System users”中生成的系统用户令牌（System User token）。</translation>
    </message>
    <message>
        <source>The token contains a space or line break, which tokens never do. Copy it again without surrounding text.</source>
        <translation>令牌中包含空格或换行符，而有效的令牌绝不会包含这些字符。请重新复制，不要带上周围的文字。</translation>
    </message>
    <message>
        <source>The token is only %1 characters long; Meta access tokens are well over 100. It was probably cut off while copying.</source>
        <translation>该令牌只有 %1 个字符；Meta 访问令牌远超过 100 个字符。它可能在复制时被截断了。</translation>
    </message>
    <message>
        <source>Meta access tokens start with “EAA”. Check that this is the access token and not the App Secret or a Client token.</source>
        <translation>Meta 访问令牌以“EAA”开头。请确认这是访问令牌，而不是应用密钥（App Secret）或客户端令牌（Client token）。</translation>
    </message>
    <message>
        <source>Find it in App Dashboard &gt; App settings &gt; Basic &gt; App secret &gt; Show.</source>
        <translation>可在“App Dashboard &gt; App settings &gt; Basic &gt; App secret &gt; Show”中找到。</translation>
    </message>
    <message>
        <source>Enter the App Secret; it signs every webhook Meta sends. %1</source>
        <translation>请输入应用密钥（App Secret）；Meta 发送的每个 Webhook 都用它签名。%1</translation>
    </message>
    <message>
        <source>The App Secret has only the characters 0–9 and a–f; %1 is not one of them. %2</source>
        <translation>应用密钥只包含字符 0–9 和 a–f；%1不在其中。%2</translation>
    </message>
    <message>
        <source>The App Secret is exactly 32 characters long; this one has %1. %2</source>
        <translation>应用密钥的长度正好是 32 个字符；而当前输入有 %1 个。%2</translation>
    </message>
    <message>
        <source>Enter a verify token, or click Generate. You will paste the same value into Meta's webhook settings.</source>
        <translation>请输入验证令牌，或点击“生成”。您需要将相同的值粘贴到 Meta 的 Webhook 设置中。</translation>
    </message>
    <message>
        <source>The verify token contains a space or line break; Meta would send it back changed. Use Generate for a safe token.</source>
        <translation>验证令牌中包含空格或换行符；Meta 回传时会改变它。请使用“生成”获取安全的令牌。</translation>
    </message>
    <message>
        <source>A verify token of %1 characters is easy to guess. Click Generate for a random one.</source>
        <translation>只有 %1 个字符的验证令牌很容易被猜到。请点击“生成”获取随机令牌。</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID has only digits. Find it in WhatsApp &gt; API Setup, or leave the field empty.</source>
        <translation>WhatsApp Business 账户 ID 只包含数字。请在“WhatsApp &gt; API Setup”中查找，或将此字段留空。</translation>
    </message>
    <message>
        <source>Write the Graph API version like %1 (a “v”, the number, “.0”).</source>
        <translation>请按 %1 的格式填写 Graph API 版本（“v”、版本号、“.0”）。</translation>
    </message>
    <message>
        <source>Graph API %1 has expired or is about to; Meta rejects calls to expired versions. Use %2.</source>
        <translation>Graph API %1 已过期或即将过期；Meta 会拒绝对已过期版本的调用。请使用 %2。</translation>
    </message>
    <message>
        <source>Enter the public address at which Meta reaches ChannelDesk, for example https://bot.example.com (a reverse proxy or TLS tunnel in front of the receiver).</source>
        <translation>请输入 Meta 访问 ChannelDesk 所用的公共地址，例如 https://bot.example.com（即位于接收器前端的反向代理或 TLS 隧道）。</translation>
    </message>
    <message>
        <source>This is not a web address. Write it like https://bot.example.com.</source>
        <translation>这不是网址。请按 https://bot.example.com 的格式填写。</translation>
    </message>
    <message>
        <source>Remove the “?…” or “#…” part; the base URL is only scheme, host and an optional path.</source>
        <translation>请删除“?…”或“#…”部分；基础 URL 只包含协议、主机名和可选的路径。</translation>
    </message>
    <message>
        <source>Meta only delivers webhooks to https:// addresses with a certificate from a public CA. Use https:// unless this is for local testing.</source>
        <translation>Meta 只会将 Webhook 投递到使用公共 CA 签发证书的 https:// 地址。除非用于本地测试，否则请使用 https://。</translation>
    </message>
    <message>
        <source>Meta cannot reach %1. Use the public name of your tunnel or proxy.</source>
        <translation>Meta 无法访问 %1。请使用您的隧道或代理的公共域名。</translation>
    </message>
    <message>
        <source>Enter the Graph API address; normally %1.</source>
        <translation>请输入 Graph API 地址；通常为 %1。</translation>
    </message>
    <message>
        <source>This is not a web address. The usual value is %1.</source>
        <translation>这不是网址。常用值为 %1。</translation>
    </message>
    <message>
        <source>Remove the “?…” or “#…” part of the Graph API address.</source>
        <translation>请删除 Graph API 地址中的“?…”或“#…”部分。</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>%1 digits look like a phone number. Phone Number IDs are usually 15 or 16 digits. %2</source>
        <translation>%1 位数字看起来像电话号码。电话号码 ID 通常为 15 或 16 位。%2</translation>
    </message>
    <message>
        <source>Write true to take a conversation over from the bot when an operator replies, or false (the default) to leave it with the bot.</source>
        <translation>填写 true 表示操作员回复时从机器人接管会话，填写 false（默认）表示继续由机器人处理。</translation>
    </message>
    <message>
        <source>Give the hours without an operator's reply after which a conversation goes back to the bot as a whole number from 0 to %1 (0, the default, never).</source>
        <translation>请以 0 到 %1 的整数给出操作员多少小时未回复后会话交还机器人（默认 0 表示从不）。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Where state is kept (default: $CHANNELDESK_DATA_DIR, else ~/.local/share/channeldesk).</source>
        <translation>状态保存位置（默认：$CHANNELDESK_DATA_DIR，否则为 ~/.local/share/channeldesk）。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Usage: channeldesk %1 [--data-dir DIR]</source>
        <translation>用法：channeldesk %1 [--data-dir DIR]</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”.</source>
        <translation>%1：意外的参数“%2”。</translation>
    </message>
    <message>
        <source>Run “channeldesk %1 --help” for usage.</source>
        <translation>运行“channeldesk %1 --help”查看用法。</translation>
    </message>
    <message>
        <source>There is no channel “%1”. “channeldesk channels” lists them.</source>
        <translation>不存在渠道“%1”。运行“channeldesk channels”可列出所有渠道。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run “channeldesk --help” for usage.</source>
        <translation>运行“channeldesk --help”查看用法。</translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir 需要指定一个目录。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command or option “%1”.</source>
        <translation>未知的命令或选项“%1”。</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <source>Usage: channeldesk [--data-dir DIR] [--show-channel ID]</source>
        <translation>用法：channeldesk [--data-dir DIR] [--show-channel ID]</translation>
    </message>
    <message>
        <source>Without a command, opens the ChannelDesk window.</source>
        <translation>不带命令时，打开 ChannelDesk 窗口。</translation>
    </message>
    <message>
        <source>Commands (“channeldesk COMMAND --help” describes each and its options):</source>
        <translation>命令（“channeldesk COMMAND --help”说明每个命令及其选项）：</translation>
    </message>
    <message>
        <source>
channeldesk --server URL attaches the window to a ChannelDesk server (`channeldesk serve`
with its API on) instead of the data directory; the API key comes from
$CHANNELDESK_SERVER_KEY, else from the keychain, else the window asks for it.
</source>
        <translation>
channeldesk --server URL 让窗口连接到一台 ChannelDesk 服务器（已开启 API 的
`channeldesk serve`），而不是数据目录；API 密钥取自 $CHANNELDESK_SERVER_KEY，
否则取自钥匙串，再否则由窗口询问。
</translation>
    </message>
    <message>
        <source>
Options:
  --data-dir DIR   Where state is kept (default: $CHANNELDESK_DATA_DIR, else the
                   XDG data directory, ~/.local/share/channeldesk).
  --show-channel ID  (window) Open this channel's page, e.g. to scan its QR.
  -h, --help       Show this help.
  -v, --version    Show the version.

Secrets from the environment (headless servers): CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt;,
with the channel id upper-cased and '-' written as '_', and FIELD one of ACCESS_TOKEN,
APP_SECRET, VERIFY_TOKEN (Cloud API), API_KEY (linked device) or CORP_SECRET, TOKEN,
ENCODING_AES_KEY (WeCom).
Example: CHANNELDESK_SECRET_SUPPORT_BR_ACCESS_TOKEN.
They take precedence over the keychain.

Exit codes: 0 success, 1 the operation failed (e.g. Meta rejected the token),
2 invalid input or usage, 3 no keychain available, 4 unknown channel or key; send failures:
NOT_CONNECTED (10), RATE_LIMITED (11), INVALID_NUMBER (12), WINDOW_CLOSED (13),
OPTED_OUT (14), SEND_FAILED (15), AUTH_FAILED (16), NOT_ALLOWED (17).
</source>
        <translation>
选项：
  --data-dir DIR   状态保存位置（默认：$CHANNELDESK_DATA_DIR，否则为
                   XDG 数据目录 ~/.local/share/channeldesk）。
  --show-channel ID  （窗口）打开此渠道的页面，例如用于扫描其二维码。
  -h, --help       显示此帮助。
  -v, --version    显示版本。

来自环境变量的机密（无界面服务器）：CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt;，
渠道 ID 转为大写、“-”写作“_”，FIELD 为 ACCESS_TOKEN、APP_SECRET、
VERIFY_TOKEN（Cloud API）、API_KEY（关联设备）或 CORP_SECRET、TOKEN、
ENCODING_AES_KEY（企业微信）之一。
示例：CHANNELDESK_SECRET_SUPPORT_BR_ACCESS_TOKEN。
它们优先于钥匙串。

退出码：0 成功，1 操作失败（例如 Meta 拒绝了令牌），
2 输入或用法无效，3 没有可用的钥匙串，4 未知渠道或密钥；发送失败：
NOT_CONNECTED (10)、RATE_LIMITED (11)、INVALID_NUMBER (12)、WINDOW_CLOSED (13)、
OPTED_OUT (14)、SEND_FAILED (15)、AUTH_FAILED (16)、NOT_ALLOWED (17)。
</translation>
    </message>
</context>
<context>
    <name>ConnectToServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>Attach this window to a ChannelDesk server (`channeldesk serve` with its API switched on). You work on the server's channels with the rights of the key's role.</source>
        <translation>将此窗口连接到一台 ChannelDesk 服务器（已开启 API 的 `channeldesk serve`）。您将以该密钥角色的权限操作服务器上的渠道。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>desk.example.com:8646</source>
        <translation>desk.example.com:8646</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>cdk_…</source>
        <translation>cdk_…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>显示或隐藏密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Once connected, the key is kept in the system keychain for this server, never in a file, so the next connection finds it.</source>
        <translation>连接成功后，该密钥会按服务器保存在系统钥匙串中，绝不写入文件，下次连接时即可找到。</translation>
    </message>
</context>
<context>
    <name>ConnectionTestWidget</name>
    <message>
        <source>Ask Meta's Graph API for this phone number with the access token, to check the ID and the token</source>
        <translation>使用访问令牌向 Meta 的 Graph API 查询此电话号码，以检查 ID 和令牌</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Stop waiting for Meta's answer</source>
        <translation>停止等待 Meta 的响应</translation>
    </message>
    <message>
        <source>&amp;Cancel Test</source>
        <translation>取消测试(&amp;C)</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <source>Show the codes and the raw answer, for a support request</source>
        <translation>显示错误代码和原始响应，以便提交支持请求</translation>
    </message>
    <message>
        <source>Technical &amp;details</source>
        <translation>技术详情(&amp;D)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术详情</translation>
    </message>
    <message>
        <source>Copy the technical details to the clipboard</source>
        <translation>将技术详情复制到剪贴板</translation>
    </message>
    <message>
        <source>Co&amp;py Details</source>
        <translation>复制详情(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ConversationEndpoints</name>
    <message>
        <source>limit must be 1–%1 and before the next_before of the previous page.</source>
        <translation>limit 必须为 1–%1，before 必须取自上一页的 next_before。</translation>
    </message>
</context>
<context>
    <name>ConversationLogWidget</name>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>渠道(&amp;N)：</translation>
    </message>
    <message>
        <source>Show the conversations of one channel only</source>
        <translation>仅显示一个渠道的会话</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Select a conversation to read its messages.</source>
        <translation>选择一个会话以阅读其消息。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Taken o&amp;ver</source>
        <translation>已接管(&amp;V)</translation>
    </message>
    <message>
        <source>Show only the conversations a person has taken over from the bot</source>
        <translation>只显示已由人工从机器人接管的会话</translation>
    </message>
    <message>
        <source>Tak&amp;e over</source>
        <translation>接管(&amp;E)</translation>
    </message>
    <message>
        <source>Answer this conversation yourself: its new messages are kept and shown here but no longer passed to the bot</source>
        <translation>亲自回复此会话：新消息会保存并显示在这里，但不再转发给机器人</translation>
    </message>
    <message>
        <source>Find text in every stored message (in any language, without minding accents or capitals) and contacts by name or number; the results replace the conversation list until the field is cleared</source>
        <translation>在所有已保存的消息中查找文本（任何语言，不区分重音和大小写），并按名称或号码查找联系人；在清空此字段之前，结果会替换会话列表</translation>
    </message>
    <message>
        <source>Search messages and contacts</source>
        <translation>搜索消息和联系人</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Read the latest figures from the message store now</source>
        <translation>立即从消息存储中读取最新数据</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>No channels yet. Add one on the Channels tab.</source>
        <translation>尚无渠道。请在“渠道”选项卡中添加。</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>ChannelDesk could not create its data directory in your user data location. Check the permissions of that location, or start ChannelDesk with --data-dir DIR.</source>
        <translation>ChannelDesk 无法在您的用户数据位置创建其数据目录。请检查该位置的权限，或使用 --data-dir DIR 启动 ChannelDesk。</translation>
    </message>
    <message>
        <source>ChannelDesk could not create or open the data directory “%1” (from --data-dir or CHANNELDESK_DATA_DIR). Check that the path is right and that you may write there.</source>
        <translation>ChannelDesk 无法创建或打开数据目录“%1”（来自 --data-dir 或 CHANNELDESK_DATA_DIR）。请检查路径是否正确，以及您是否有写入权限。</translation>
    </message>
</context>
<context>
    <name>DataRepair</name>
    <message>
        <source>Cannot move %1 aside to %2. Check that the data directory is writable, then run the repair again.</source>
        <translation>无法将 %1 移至 %2。请检查数据目录是否可写，然后重新运行修复。</translation>
    </message>
    <message>
        <source>A ChannelDesk receiver (process %1: “channeldesk serve”, or the window with its receiver on) is using the data directory %2. Stop it or close the window, then run the repair again.</source>
        <translation>ChannelDesk 接收器（进程 %1：“channeldesk serve”，或已开启接收器的窗口）正在使用数据目录 %2。请停止该进程或关闭窗口，然后重新运行修复。</translation>
    </message>
    <message>
        <source>The delivery journal was damaged; it was moved aside to %1 and a new one was started.</source>
        <translation>投递日志已损坏；已将其移至 %1，并新建了一个投递日志。</translation>
    </message>
    <message>
        <source>The conversation store was damaged too, so the conversation history cannot be rebuilt: conversations start empty.</source>
        <translation>会话存储也已损坏，因此无法重建会话历史：所有会话将从空白开始。</translation>
    </message>
    <message>
        <source>Lost: acknowledged deliveries that were not yet in the conversation log (those after journal entry %1) and the bots' queues of deliveries still to forward. The conversation log keeps everything it had.</source>
        <translation>已丢失：尚未写入会话日志的已确认投递（投递日志条目 %1 之后的投递），以及机器人待转发的投递队列。会话日志中原有的内容全部保留。</translation>
    </message>
    <message>
        <source>The damaged conversation store was moved aside to %1.</source>
        <translation>已将损坏的会话存储移至 %1。</translation>
    </message>
    <message>
        <source>No copy of the channel settings was found (%1), so no channel was restored: set the channels up again. Their secrets are still in the keychain.</source>
        <translation>未找到渠道设置副本（%1），因此未恢复任何渠道：请重新设置渠道。渠道的机密信息仍在钥匙串中。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n channel(s) from the copy of the channel settings</source>
        <translation>
            <numerusform>已从渠道设置副本恢复 %n 个渠道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s).</source>
        <translation>
            <numerusform>%n 个 API 密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation store is not damaged; it was kept.</source>
        <translation>会话存储未损坏，已保留。</translation>
    </message>
    <message>
        <source>The conversation log stopped taking deliveries after %1 of %2: %3</source>
        <translation>会话日志在写入 %1 / %2 条投递后停止接收：%3</translation>
    </message>
    <message numerus="yes">
        <source>Built %n journal entry(s) into the conversation log.</source>
        <translation>
            <numerusform>已将 %n 条投递日志条目写入会话日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 journal entries; the store is consistent. Run “channeldesk repair” again, or start ChannelDesk with its receiver on, to build the rest.</source>
        <translation>已在处理 %1 / %2 条投递日志条目后停止；会话存储处于一致状态。请再次运行“channeldesk repair”，或在开启接收器的情况下启动 ChannelDesk，以构建其余部分。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>unknown database error</source>
        <translation>未知数据库错误</translation>
    </message>
    <message>
        <source>The database was written by a newer ChannelDesk (schema %1; this build knows %2). Update ChannelDesk.</source>
        <translation>该数据库由更新版本的 ChannelDesk 写入（架构版本 %1；当前版本只支持到 %2）。请更新 ChannelDesk。</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>%1 中的数据库错误：%2</translation>
    </message>
    <message>
        <source>Database error</source>
        <translation>数据库错误</translation>
    </message>
    <message>
        <source>Database migration to schema %1 failed: %2</source>
        <translation>数据库迁移到架构版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>DegradedDetector</name>
    <message numerus="yes">
        <source>No inbound messages or status updates for %n minute(s), although it usually sees about %1 per hour.</source>
        <translation>
            <numerusform>已有 %n 分钟没有收到任何消息或状态更新，而该渠道通常每小时约有 %1 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flapping: reconnected %n time(s) in the last hour.</source>
        <translation>
            <numerusform>连接不稳定：最近一小时内重新连接了 %n 次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook delivery(s) rejected for a bad signature in the last hour — check the App Secret.</source>
        <translation>
            <numerusform>最近一小时内有 %n 次 Webhook 投递因签名无效而被拒绝 — 请检查应用密钥（App Secret）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n WeCom callback(s) rejected for a bad signature in the last hour — check that the Token matches the one under 接收消息 → 设置API接收 in WeCom's admin console.</source>
        <translation>
            <numerusform>最近一小时内有 %n 个企业微信回调因签名错误被拒绝——请检查 Token 是否与企业微信管理后台 接收消息 → 设置API接收 中的一致。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryCommitter</name>
    <message>
        <source>Another ChannelDesk receiver (process %1) is using the data directory %2. Stop it first, or give this one its own --data-dir.</source>
        <translation>另一个 ChannelDesk 接收器（进程 %1）正在使用数据目录 %2。请先停止它，或为此接收器指定单独的 --data-dir。</translation>
    </message>
    <message>
        <source>The receiver is stopping.</source>
        <translation>接收器正在停止。</translation>
    </message>
</context>
<context>
    <name>DeliveryProjection</name>
    <message>
        <source>A delivery without its delivery journal entry cannot be built into the conversation log</source>
        <translation>没有投递日志条目的投递无法写入会话日志</translation>
    </message>
</context>
<context>
    <name>DeliveryProjector</name>
    <message>
        <source>Building %1 acknowledged deliveries that an earlier run left out of the conversation log</source>
        <translation>正在写入上次运行未写入会话日志的 %1 条已确认投递</translation>
    </message>
    <message>
        <source>%1 acknowledged deliveries stay in the delivery journal; they go into the conversation log at the next start</source>
        <translation>%1 条已确认投递保留在投递日志中；下次启动时写入会话日志</translation>
    </message>
    <message>
        <source>Could not add acknowledged deliveries to the conversation log; they stay in the delivery journal and are tried again in %1 s: %2</source>
        <translation>无法将已确认投递写入会话日志；它们保留在投递日志中，%1 秒后重试：%2</translation>
    </message>
</context>
<context>
    <name>DeskConnection</name>
    <message>
        <source>local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Your key “%1” has the role %2; this needs %3. Ask the server's admin for a key with that role.</source>
        <translation>您的密钥“%1”的角色为 %2；此操作需要 %3。请向服务器管理员索取具有该角色的密钥。</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>本地数据</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>已以 %2（%3）身份连接到 %1</translation>
    </message>
    <message>
        <source>Reconnecting to %1 (attempt %2)…</source>
        <translation>正在重新连接到 %1（第 %2 次尝试）…</translation>
    </message>
    <message>
        <source>%1 refused the key</source>
        <translation>%1 拒绝了该密钥</translation>
    </message>
    <message>
        <source>%1: certificate not trusted yet</source>
        <translation>%1：证书尚未受信任</translation>
    </message>
    <message>
        <source>%1: certificate changed — refused</source>
        <translation>%1：证书已更改 — 已拒绝</translation>
    </message>
</context>
<context>
    <name>DiskUsageProbe</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 free on the disk holding %2: ChannelDesk stops accepting deliveries when SQLite cannot write. Free some space, or shorten the retention (settings.ini [retention]).</source>
        <translation>%2 所在的磁盘仅剩 %1 可用空间：SQLite 无法写入时，ChannelDesk 将停止接收投递。请释放一些空间，或缩短保留期限（settings.ini [retention]）。</translation>
    </message>
    <message>
        <source>the data directory</source>
        <translation>数据目录</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Only this channel.</source>
        <translation>仅此渠道。</translation>
    </message>
    <message>
        <source>Only messages at or after DATE (YYYY-MM-DD or ISO 8601 date and time; UTC).</source>
        <translation>仅 DATE 当时或之后的消息（YYYY-MM-DD 或 ISO 8601 日期时间；UTC）。</translation>
    </message>
    <message>
        <source>Only messages before DATE; a date alone includes that whole day (UTC).</source>
        <translation>仅 DATE 之前的消息；若只给出日期，则包含当天全天（UTC）。</translation>
    </message>
    <message>
        <source>Write to FILE (created owner-only, replaced when complete) instead of standard output.</source>
        <translation>写入 FILE（创建时仅所有者可访问，完成后再替换），而不是标准输出。</translation>
    </message>
    <message>
        <source>Export the conversation log as JSON lines.</source>
        <translation>将会话日志导出为 JSON 行（每行一个对象）。</translation>
    </message>
    <message>
        <source>Print every message of the conversation log, oldest first, one JSON object per line
with the fields of “log --json”: channel, direction, peer, peer_name, message_id,
type, subtype, text, timestamp (ISO 8601 UTC), status, sent_by. Rows are read one
at a time, so a log of any size exports in constant memory. Run it before setting
a message retention (settings.ini retention/messageDays) to keep what it prunes.
</source>
        <translation>按时间顺序打印会话日志中的每条消息，每行一个 JSON 对象，字段与“log --json”相同：
channel、direction、peer、peer_name、message_id、type、subtype、text、
timestamp（ISO 8601 UTC）、status、sent_by。逐行读取，因此无论日志多大，
导出时占用的内存都是恒定的。设置消息保留期限（settings.ini retention/messageDays）
之前请先运行此命令，以保留将被清理的消息。
</translation>
    </message>
    <message>
        <source>export: --%1 needs a date (2026-11-01) or an ISO 8601 date and time.</source>
        <translation>export：--%1 需要一个日期（2026-11-01）或 ISO 8601 日期时间。</translation>
    </message>
    <message>
        <source>export: cannot write %1: %2</source>
        <translation>export：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message numerus="yes">
        <source>export: %n messages written to %1.</source>
        <translation>
            <numerusform>export：已将 %n 条消息写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForwardCommand</name>
    <message>
        <source>Print per channel the deliveries waiting for the bot and the parked ones.</source>
        <translation>按渠道列出等待转发给机器人的投递和已搁置的投递。</translation>
    </message>
    <message>
        <source>Send the parked deliveries to the bot again.</source>
        <translation>将已搁置的投递重新发送给机器人。</translation>
    </message>
    <message>
        <source>Only this channel's deliveries.</source>
        <translation>仅限此渠道的投递。</translation>
    </message>
    <message>
        <source>Show or retry the deliveries waiting for the channels' bots.</source>
        <translation>显示或重试等待转发给各渠道机器人的投递。</translation>
    </message>
    <message>
        <source>Channels with a forward_url pass every accepted delivery on to their bot. --status
prints one line per channel: channel id, waiting, parked, the acknowledgement time of
the oldest waiting one (ISO 8601 UTC, "-" if none) and the bot's last error,
separated by tabs. Deliveries the bot refused for longer than the maximum age are
parked; --retry queues them again (a running serve picks them up within a second).
</source>
        <translation>设置了 forward_url 的渠道会将每条已接受的投递转发给其机器人。--status
为每个渠道输出一行：渠道 ID、等待数、搁置数、最早一条等待投递的确认时间
（ISO 8601 UTC，没有则为 "-"）以及机器人的最近一次错误，以制表符分隔。
机器人拒收时间超过最长期限的投递会被搁置；--retry 会将它们重新排队
（正在运行的 serve 会在一秒内处理）。
</translation>
    </message>
    <message>
        <source>forward: give --status or --retry.</source>
        <translation>forward：请指定 --status 或 --retry。</translation>
    </message>
    <message>
        <source>Nothing was received yet; nothing waits for a bot.</source>
        <translation>尚未收到任何投递；没有等待转发给机器人的投递。</translation>
    </message>
    <message>
        <source>Nothing is parked.</source>
        <translation>没有已搁置的投递。</translation>
    </message>
    <message numerus="yes">
        <source>%n parked delivery(s) queued for the bot again.</source>
        <translation>
            <numerusform>已将 %n 条搁置的投递重新排队，等待转发给机器人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for a bot.</source>
        <translation>没有等待转发给机器人的投递。</translation>
    </message>
</context>
<context>
    <name>ForwardTargetDialog</name>
    <message>
        <source>Forward to Bot</source>
        <translation>转发给机器人</translation>
    </message>
    <message>
        <source>ChannelDesk passes every delivery it accepts from Meta on to this address unchanged, with Meta's X-Hub-Signature-256 header, so a bot that checks it with the same App Secret needs no other change. Deliveries the bot does not take are kept and tried again. Leave the address empty to stop passing them on.</source>
        <translation>ChannelDesk 会把从 Meta 接受的每条投递连同 Meta 的 X-Hub-Signature-256 标头原样转发到此地址，因此使用同一应用密钥（App Secret）校验签名的机器人无需任何其他改动。机器人未接收的投递会被保留并重试。将地址留空即可停止转发。</translation>
    </message>
    <message>
        <source>&amp;Bot's webhook address:</source>
        <translation>机器人 Webhook 地址(&amp;B)：</translation>
    </message>
    <message>
        <source>empty: not forwarded</source>
        <translation>留空：不转发</translation>
    </message>
    <message>
        <source>&amp;Time to answer (ms):</source>
        <translation>应答时限（毫秒）(&amp;T)：</translation>
    </message>
    <message>
        <source>How long ChannelDesk waits for the bot to answer a forwarded delivery before trying again later</source>
        <translation>ChannelDesk 等待机器人应答一条转发投递的时长，超时后稍后重试</translation>
    </message>
    <message>
        <source>Take the conversation over when an o&amp;perator replies</source>
        <translation>操作员回复时接管会话(&amp;P)</translation>
    </message>
    <message>
        <source>A reply sent from the window or a remote console stops passing that conversation's messages to the bot, as Take over does</source>
        <translation>从窗口或远程控制台发送回复后，该会话的消息不再转发给机器人，与“接管”相同</translation>
    </message>
    <message>
        <source>Return to bot a&amp;fter (hours):</source>
        <translation>多少小时后交还机器人(&amp;F)：</translation>
    </message>
    <message>
        <source>0: never</source>
        <translation>0：从不</translation>
    </message>
    <message>
        <source>A taken-over conversation goes back to the bot after this many hours without an operator's reply</source>
        <translation>已接管的会话在操作员这么多小时未回复后交还机器人</translation>
    </message>
</context>
<context>
    <name>ForwardTargetValidator</name>
    <message>
        <source>Empty: deliveries are not passed on to a bot.</source>
        <translation>留空：投递不会转发给机器人。</translation>
    </message>
    <message>
        <source>Write the bot's webhook address like https://bot.example.com/webhooks/whatsapp (http:// or https://).</source>
        <translation>请按 https://bot.example.com/webhooks/whatsapp 的格式填写机器人的 Webhook 地址（http:// 或 https://）。</translation>
    </message>
    <message>
        <source>Remove the “#…” part; it is never sent to the bot.</source>
        <translation>请删除“#…”部分；它永远不会发送给机器人。</translation>
    </message>
    <message>
        <source>Deliveries would cross the network to %1 unencrypted, customers' messages included. Use https:// unless the bot is on a private network.</source>
        <translation>投递（包括客户的消息）将以未加密方式经网络发送到 %1。除非机器人位于私有网络中，否则请使用 https://。</translation>
    </message>
    <message>
        <source>Give the bot's time to answer in milliseconds, 100 to 300000 (default %1).</source>
        <translation>请以毫秒为单位填写机器人应答时限，范围 100 到 300000（默认 %1）。</translation>
    </message>
</context>
<context>
    <name>GatewayEventBody</name>
    <message>
        <source>Not a gateway event: %1</source>
        <translation>不是网关事件：%1</translation>
    </message>
    <message>
        <source>A gateway message without its id</source>
        <translation>缺少 ID 的网关消息</translation>
    </message>
</context>
<context>
    <name>InteractiveMessageDialog</name>
    <message>
        <source>Interactive Message</source>
        <translation>互动消息</translation>
    </message>
    <message>
        <source>&amp;Header (optional):</source>
        <translation>页眉（可选）(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Footer (optional):</source>
        <translation>页脚（可选）(&amp;F)：</translation>
    </message>
    <message>
        <source>List &amp;button:</source>
        <translation>列表按钮(&amp;B)：</translation>
    </message>
    <message>
        <source>The label of the button that opens the list on the customer's phone</source>
        <translation>在客户手机上用于打开列表的按钮的标签</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>What to do.</source>
        <translation>要执行的操作。</translation>
    </message>
    <message>
        <source>create: the key's name (letters, digits, - _ .).</source>
        <translation>create：密钥的名称（字母、数字、- _ .）。</translation>
    </message>
    <message>
        <source>create: viewer, sender, operator or admin.</source>
        <translation>create：viewer、sender、operator 或 admin。</translation>
    </message>
    <message>
        <source>create: requests a minute the server accepts with the key (default %1).</source>
        <translation>create：服务器使用该密钥时每分钟接受的请求数（默认 %1）。</translation>
    </message>
    <message>
        <source>create, list: print JSON.</source>
        <translation>create、list：打印 JSON。</translation>
    </message>
    <message>
        <source>Create, list or revoke the server's API keys.</source>
        <translation>创建、列出或吊销服务器的 API 密钥。</translation>
    </message>
    <message>
        <source>keys: say create, list or revoke.</source>
        <translation>keys：请指定 create、list 或 revoke。</translation>
    </message>
    <message>
        <source>keys: unknown subcommand “%1”; say create, list or revoke.</source>
        <translation>keys：未知的子命令“%1”；请指定 create、list 或 revoke。</translation>
    </message>
    <message>
        <source>keys revoke: which key? Give its name.</source>
        <translation>keys revoke：哪个密钥？请给出其名称。</translation>
    </message>
    <message>
        <source>keys %1: unexpected argument “%2”.</source>
        <translation>keys %1：意外的参数“%2”。</translation>
    </message>
    <message>
        <source>keys %1: --%2 belongs to keys create.</source>
        <translation>keys %1：--%2 属于 keys create。</translation>
    </message>
    <message>
        <source>keys revoke: --json belongs to keys create and keys list.</source>
        <translation>keys revoke：--json 属于 keys create 和 keys list。</translation>
    </message>
    <message>
        <source>keys create: --name is required.</source>
        <translation>keys create：需要 --name。</translation>
    </message>
    <message>
        <source>keys create: --role is required.</source>
        <translation>keys create：需要 --role。</translation>
    </message>
    <message>
        <source>keys create: unknown role “%1”; use one of %2.</source>
        <translation>keys create：未知角色“%1”；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>keys create: --rate needs a number of requests a minute, 1 to %1.</source>
        <translation>keys create：--rate 需要每分钟的请求数，1 到 %1。</translation>
    </message>
    <message>
        <source>This is the only time the key “%1” is shown: ChannelDesk keeps only its hash. Store it safely now.</source>
        <translation>这是密钥“%1”唯一一次显示：ChannelDesk 只保存其哈希值。请立即妥善保存。</translation>
    </message>
    <message>
        <source>No API keys yet. Create one with “channeldesk keys create --name NAME --role ROLE”.</source>
        <translation>还没有 API 密钥。请用“channeldesk keys create --name NAME --role ROLE”创建一个。</translation>
    </message>
    <message>
        <source>Could not record this in the audit log: %1</source>
        <translation>无法将此记录写入审计日志：%1</translation>
    </message>
    <message>
        <source>keys create prints a new random key once; only its hash is stored, so it cannot be
shown again. Roles, each including the ones before it: viewer (status, QR,
conversations, stream), sender (send, test), operator (connect, stop, restart,
log out, clear opt-out), admin (channel setup and removal, keys).
keys list prints name, role, created, last used and rate limit, separated by tabs;
never a key. keys revoke NAME deletes the key. Creating and revoking are recorded
in the audit log (channeldesk audit). The keys are for the server API, which is
still to come: nothing accepts them yet.
</source>
        <translation>keys create 打印一个新的随机密钥，仅此一次；只保存其哈希值，因此无法再次
显示。角色（每个都包含其之前的角色）：viewer（状态、二维码、会话、事件流）、
sender（发送、测试）、operator（连接、停止、重启、登出、清除退订）、
admin（渠道设置和删除、密钥）。
keys list 打印名称、角色、创建时间、最近使用时间和速率限制，以制表符分隔；
绝不打印密钥。keys revoke NAME 删除该密钥。创建和吊销都会记录在
审计日志中（channeldesk audit）。这些密钥用于尚未推出的服务器 API：
目前还没有任何功能接受它们。
</translation>
    </message>
    <message>
        <source>Revoked the key “%1”.</source>
        <translation>已吊销密钥“%1”。</translation>
    </message>
</context>
<context>
    <name>KindFields</name>
    <message>
        <source>Leave this empty to keep the stored one, or enter a new one to replace it.</source>
        <translation>留空以保留已保存的值，或输入新值以替换它。</translation>
    </message>
</context>
<context>
    <name>LimitVerdict</name>
    <message>
        <source>Within the sending limits.</source>
        <translation>未超出发送限额。</translation>
    </message>
    <message>
        <source>Limit reached: %1 of %2 messages to this recipient in the last minute. The next one can be sent at %3.</source>
        <translation>已达到限额：最近一分钟内已向该收件人发送 %1 / %2 条消息。下一条可在 %3 发送。</translation>
    </message>
    <message>
        <source>Limit reached: %1 of %2 messages to this recipient in the last hour. The next one can be sent at %3.</source>
        <translation>已达到限额：最近一小时内已向该收件人发送 %1 / %2 条消息。下一条可在 %3 发送。</translation>
    </message>
    <message>
        <source>Daily limit reached: %1 of %2 messages from this channel in the last 24 hours. The next one can be sent at %3.</source>
        <translation>已达到每日限额：最近 24 小时内此渠道已发送 %1 / %2 条消息。下一条可在 %3 发送。</translation>
    </message>
</context>
<context>
    <name>LimitedField</name>
    <message>
        <source>Enter the %1 (at most %2 characters).</source>
        <translation>请输入%1（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long; WhatsApp allows at most %3. Shorten it by %4.</source>
        <translation>%1长度为 %2 个字符；WhatsApp 最多允许 %3 个。请缩短 %4 个字符。</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>LinkControlsWidget</name>
    <message>
        <source>Restart the session on the gateway so that it offers fresh codes to scan</source>
        <translation>在网关上重启会话，以便提供新的扫码用码</translation>
    </message>
    <message>
        <source>&amp;Start a new pairing window</source>
        <translation>开始新的配对窗口(&amp;S)</translation>
    </message>
    <message>
        <source>Try to reach the gateway again</source>
        <translation>再次尝试连接网关</translation>
    </message>
    <message>
        <source>&amp;Connect Again</source>
        <translation>重新连接(&amp;C)</translation>
    </message>
    <message>
        <source>Start the stopped session again and follow it; a linked phone needs no new scan</source>
        <translation>再次启动已停止的会话并跟随它；已关联的手机无需重新扫码</translation>
    </message>
    <message>
        <source>Star&amp;t</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the session (on the gateway where it can) and stop following it; the phone stays linked</source>
        <translation>停止会话（网关支持时在网关上停止）并停止跟随；手机保持关联</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Restart the session on the gateway; a linked phone stays linked, otherwise fresh codes come</source>
        <translation>在网关上重启会话；已关联的手机保持关联，否则会给出新的码</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Unlink this device from the WhatsApp account at the gateway; linking it again needs a new scan</source>
        <translation>在网关上解除此设备与 WhatsApp 账号的关联；再次关联需要重新扫码</translation>
    </message>
    <message>
        <source>&amp;Log Out…</source>
        <translation>注销(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>LinkStateText</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>awaiting scan</source>
        <translation>等待扫码</translation>
    </message>
    <message>
        <source>awaiting code</source>
        <translation>等待输入配对码</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>LinkStateTracker</name>
    <message>
        <source>The gateway restarted and the link is gone: scan again</source>
        <translation>网关已重启，关联已失效：请重新扫码</translation>
    </message>
    <message>
        <source>WhatsApp ended the link (removed on the phone?): scan again</source>
        <translation>WhatsApp 终止了关联（是否已在手机上移除？）：请重新扫码</translation>
    </message>
    <message>
        <source>the gateway says: %1</source>
        <translation>网关提示：%1</translation>
    </message>
    <message>
        <source>Scan the code with WhatsApp on the phone: Settings → Linked devices → Link a device</source>
        <translation>请在手机上用 WhatsApp 扫描二维码：“Settings → Linked devices → Link a device”</translation>
    </message>
    <message>
        <source>Enter the pairing code on the phone: Linked devices → Link with phone number instead</source>
        <translation>请在手机上输入配对码：“Linked devices → Link with phone number instead”</translation>
    </message>
    <message>
        <source>Scanned, confirming on the phone</source>
        <translation>已扫码，正在手机上确认</translation>
    </message>
    <message>
        <source>The gateway is starting the session</source>
        <translation>网关正在启动会话</translation>
    </message>
    <message>
        <source>The gateway is reconnecting to WhatsApp</source>
        <translation>网关正在重新连接 WhatsApp</translation>
    </message>
    <message>
        <source>Linked as %1 (%2)</source>
        <translation>已关联为 %1（%2）</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>已关联</translation>
    </message>
    <message>
        <source>Linked as %1</source>
        <translation>已关联为 %1</translation>
    </message>
    <message>
        <source>The pairing code was not entered in time: start a new pairing window</source>
        <translation>未及时输入配对码：请开始新一轮配对</translation>
    </message>
    <message>
        <source>All pairing codes expired: start a new pairing window</source>
        <translation>所有配对码均已过期：请开始新一轮配对</translation>
    </message>
    <message>
        <source>The session failed on the gateway: start a new pairing window; if that does not help, log out and link again</source>
        <translation>网关上的会话出错：请开始新一轮配对；如果仍无效，请退出登录后重新关联</translation>
    </message>
    <message>
        <source>The session is stopped on the gateway</source>
        <translation>网关上的会话已停止</translation>
    </message>
    <message>
        <source>Logged out: link again with a new scan</source>
        <translation>已退出登录：请重新扫码以再次关联</translation>
    </message>
    <message>
        <source>The gateway reports "%1"</source>
        <translation>网关报告“%1”</translation>
    </message>
</context>
<context>
    <name>LinkedChannelValidator</name>
    <message>
        <source>Choose the gateway type: “waha” (WAHA, WhatsApp HTTP API) or “connection-gateway”.</source>
        <translation>请选择网关类型：“waha”（WAHA，WhatsApp HTTP API）或“connection-gateway”。</translation>
    </message>
    <message>
        <source>Enter the gateway's address, for example http://127.0.0.1:3000 for WAHA.</source>
        <translation>请输入网关地址，例如 WAHA 为 http://127.0.0.1:3000。</translation>
    </message>
    <message>
        <source>This is not a web address. Write it like http://127.0.0.1:3000.</source>
        <translation>这不是网址。请按 http://127.0.0.1:3000 的格式填写。</translation>
    </message>
    <message>
        <source>Remove the “?…” or “#…” part of the gateway address.</source>
        <translation>请删除网关地址中的“?…”或“#…”部分。</translation>
    </message>
    <message>
        <source>The API key travels unencrypted over http:// to %1. Use https:// or a private network.</source>
        <translation>API 密钥将通过 http:// 以未加密方式传输到 %1。请使用 https:// 或专用网络。</translation>
    </message>
    <message>
        <source>Enter the gateway's API key (WAHA: WAHA_API_KEY) or service token.</source>
        <translation>请输入网关的 API 密钥（WAHA：WAHA_API_KEY）或服务令牌。</translation>
    </message>
    <message>
        <source>The key contains a space or line break; copy it again.</source>
        <translation>密钥中包含空格或换行符；请重新复制。</translation>
    </message>
    <message>
        <source>Enter the session name, for example “default”.</source>
        <translation>请输入会话名称，例如“default”。</translation>
    </message>
    <message>
        <source>Use only letters, digits, “-” and “_” in the session name (at most 64).</source>
        <translation>会话名称只能包含字母、数字、“-”和“_”（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Keep the device label to 50 characters; the phone shows it under Linked devices.</source>
        <translation>设备标签不能超过 50 个字符；手机会在“Linked devices”下显示该标签。</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>Give the number of reconnect attempts as a whole number from 1 to 100 (default %1).</source>
        <translation>请以 1 到 100 之间的整数填写重新连接尝试次数（默认为 %1）。</translation>
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Send Location</source>
        <translation>发送位置</translation>
    </message>
    <message>
        <source>Enter the coordinates in decimal degrees. You can paste both at once, e.g. “52.52, 13.405” copied from a map, into Latitude.</source>
        <translation>请以十进制度数输入坐标。您可以将从地图复制的两个值（例如“52.52, 13.405”）一次性粘贴到“纬度”中。</translation>
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation>纬度(&amp;L)：</translation>
    </message>
    <message>
        <source>-90 to 90, e.g. 52.52</source>
        <translation>-90 到 90，例如 52.52</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>经度(&amp;O)：</translation>
    </message>
    <message>
        <source>-180 to 180, e.g. 13.405</source>
        <translation>-180 到 180，例如 13.405</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>名称（可选）(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Main office</source>
        <translation>例如：总部办公室</translation>
    </message>
    <message>
        <source>&amp;Address (optional):</source>
        <translation>地址（可选）(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正数。</translation>
    </message>
    <message>
        <source>Only this channel.</source>
        <translation>仅此渠道。</translation>
    </message>
    <message>
        <source>Only this peer; a number with or without +, spaces and dashes.</source>
        <translation>仅此对方；号码可带或不带 +、空格和短横线。</translation>
    </message>
    <message>
        <source>Only the newest N messages.</source>
        <translation>仅最新的 N 条消息。</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>每行打印一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Print the conversation log.</source>
        <translation>打印会话日志。</translation>
    </message>
    <message numerus="yes">
        <source>log: %n acknowledged deliveries are in the delivery journal but not yet in this log; a running receiver adds them within a second, a stopped one when it next starts.</source>
        <translation>
            <numerusform>log：有 %n 条已确认投递在投递日志中，但尚未进入此日志；运行中的接收器会在一秒内加入它们，已停止的接收器会在下次启动时加入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only what the window's search finds for TEXT: messages containing it, and contacts whose name or number does (their last message).</source>
        <translation>只显示窗口搜索对 TEXT 找到的内容：包含它的消息，以及名称或号码包含它的联系人（他们的最后一条消息）。</translation>
    </message>
    <message>
        <source>Print the conversation log, oldest first (with --limit, the newest N). --json
prints one object per line: channel, direction, peer, message_id, type, text,
timestamp (ISO 8601 UTC), status, sent_by (the API key's name or the operator
who sent an outbound message through ChannelDesk; empty otherwise).
--search TEXT finds what the window's search finds: every word of TEXT as part of a
message (any script: 退货 finds 你好，我想退货; accents and case do not matter: muller
finds Müller; 7781 finds R-77812), or of a contact's name or number (5511987 finds
+55 11 98765-4321), at most the newest 200 (or N with --limit). With --json each
object then has match: "text", or "contact" for a contact's last message.
</source>
        <translation>打印会话记录，最早的在前（使用 --limit 时为最新的 N 条）。--json
每行打印一个对象：channel、direction、peer、message_id、type、text、
timestamp（ISO 8601 UTC）、status、sent_by（通过 ChannelDesk 发出消息的
API 密钥名称或操作员；其他情况为空）。
--search TEXT 找到的内容与窗口搜索相同：TEXT 的每个词都作为消息的一部分
（任何文字：退货 能找到 你好，我想退货；不区分重音和大小写：muller
能找到 Müller；7781 能找到 R-77812），或作为联系人名称或号码的一部分（5511987 能找到
+55 11 98765-4321），最多最新的 200 条（使用 --limit 时为 N 条）。使用 --json 时每个
对象还带有 match："text"，或对联系人的最后一条消息为 "contact"。
</translation>
    </message>
    <message>
        <source>--search needs some text to find.</source>
        <translation>--search 需要要查找的文本。</translation>
    </message>
    <message>
        <source>(the contact matches; their last message)</source>
        <translation>（联系人匹配；其最后一条消息）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>钥匙串警告</translation>
    </message>
    <message>
        <source>Secrets you enter are kept only until ChannelDesk quits; nothing is written to disk</source>
        <translation>您输入的机密信息只保留到 ChannelDesk 退出为止；不会写入磁盘</translation>
    </message>
    <message>
        <source>&amp;Keep secrets in memory for this run</source>
        <translation>本次运行时将机密信息保存在内存中(&amp;K)</translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation>正在加载渠道…</translation>
    </message>
    <message>
        <source>No channels yet</source>
        <translation>尚无渠道</translation>
    </message>
    <message>
        <source>Add a WhatsApp Cloud API channel to connect ChannelDesk to your bot’s number.</source>
        <translation>添加一个 WhatsApp Cloud API 渠道，将 ChannelDesk 连接到您的机器人号码。</translation>
    </message>
    <message>
        <source>&amp;Add Channel…</source>
        <translation>添加渠道(&amp;A)…</translation>
    </message>
    <message>
        <source>ChannelDesk cannot open its data</source>
        <translation>ChannelDesk 无法打开其数据</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Set up a new channel</source>
        <translation>设置新渠道</translation>
    </message>
    <message>
        <source>&amp;Remove Channel…</source>
        <translation>删除渠道(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete the selected channel and its secrets</source>
        <translation>删除所选渠道及其机密信息</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit ChannelDesk</source>
        <translation>退出 ChannelDesk</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;onversations</source>
        <translation>会话(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Webhook Receiver…</source>
        <translation>Webhook 接收器(&amp;W)…</translation>
    </message>
    <message>
        <source>Turn the built-in webhook receiver on or off and choose where it listens</source>
        <translation>开启或关闭内置的 Webhook 接收器，并选择其监听地址</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Choose which desktop notifications ChannelDesk shows</source>
        <translation>选择 ChannelDesk 显示哪些桌面通知</translation>
    </message>
    <message>
        <source>&amp;Sending…</source>
        <translation>发送(&amp;S)…</translation>
    </message>
    <message>
        <source>Send limits and the words that opt a customer out</source>
        <translation>发送限额以及使客户退订的词语</translation>
    </message>
    <message>
        <source>Server &amp;API…</source>
        <translation>服务器 API(&amp;A)…</translation>
    </message>
    <message>
        <source>Run the server API for bots and remote consoles, manage its keys and read its audit log</source>
        <translation>为机器人和远程控制台运行服务器 API，管理其密钥并查看其审计日志</translation>
    </message>
    <message>
        <source>Server connection problem</source>
        <translation>服务器连接问题</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>连接到服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Recent Servers</source>
        <translation>最近的服务器(&amp;R)</translation>
    </message>
    <message>
        <source>Work on the channels of a ChannelDesk server (channeldesk serve) with an API key</source>
        <translation>使用 API 密钥操作 ChannelDesk 服务器（channeldesk serve）上的渠道</translation>
    </message>
    <message>
        <source>Open &amp;Local Data…</source>
        <translation>打开本地数据(&amp;L)…</translation>
    </message>
    <message>
        <source>Leave the server and work on the channels in this computer's data directory</source>
        <translation>离开服务器，操作本计算机数据目录中的渠道</translation>
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation>存储(&amp;T)…</translation>
    </message>
    <message>
        <source>How long deliveries and messages are kept, and the disk the data takes</source>
        <translation>投递和消息的保留时长，以及数据占用的磁盘空间</translation>
    </message>
    <message>
        <source>Re&amp;pair Data Directory…</source>
        <translation>修复数据目录(&amp;P)…</translation>
    </message>
    <message>
        <source>Check this computer's data directory, move a damaged store aside and rebuild the conversation log from the delivery journal</source>
        <translation>检查本机的数据目录，把损坏的存储移到一旁，并从投递日志重建会话记录</translation>
    </message>
</context>
<context>
    <name>MediaLinkDialog</name>
    <message>
        <source>Media from a Link</source>
        <translation>来自链接的媒体</translation>
    </message>
    <message>
        <source>WhatsApp downloads the file from this address when the message is sent, so it must be publicly reachable.</source>
        <translation>发送消息时，WhatsApp 会从此地址下载文件，因此该地址必须可公开访问。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>https://example.com/photo.jpg</source>
        <translation>https://example.com/photo.jpg</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>文件名(&amp;F)：</translation>
    </message>
    <message>
        <source>The name the customer sees for the document</source>
        <translation>客户看到的文档名称</translation>
    </message>
</context>
<context>
    <name>MessageAnnotations</name>
    <message>
        <source>a message</source>
        <translation>一条消息</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>你：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>MetaErrorDecoder</name>
    <message>
        <source>Meta's server failed (HTTP %1) without saying why.</source>
        <translation>Meta 的服务器出错（HTTP %1），但未说明原因。</translation>
    </message>
    <message>
        <source>This is on Meta's side; try again in a minute.</source>
        <translation>这是 Meta 方面的问题；请一分钟后重试。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without Meta's usual error description.</source>
        <translation>服务器返回了 HTTP %1，但没有 Meta 通常提供的错误说明。</translation>
    </message>
    <message>
        <source>Check the Graph API base URL under Advanced; it should be https://graph.facebook.com.</source>
        <translation>请检查“高级”中的 Graph API 地址；它应为 https://graph.facebook.com。</translation>
    </message>
    <message>
        <source>Meta did not answer in time.</source>
        <translation>Meta 未能及时响应。</translation>
    </message>
    <message>
        <source>Check the internet connection and any proxy, then try again.</source>
        <translation>请检查网络连接和代理设置，然后重试。</translation>
    </message>
    <message>
        <source>The secure connection failed, so ChannelDesk cannot be sure it is talking to Meta.</source>
        <translation>安全连接失败，因此 ChannelDesk 无法确认通信对象是 Meta。</translation>
    </message>
    <message>
        <source>Check the system clock and any TLS-intercepting proxy or antivirus; check the Graph API base URL.</source>
        <translation>请检查系统时钟，以及任何会拦截 TLS 的代理或杀毒软件；并检查 Graph API 地址。</translation>
    </message>
    <message>
        <source>Could not reach the Graph API server.</source>
        <translation>无法连接到 Graph API 服务器。</translation>
    </message>
    <message>
        <source>Check the internet connection, DNS, proxy or firewall, and the Graph API base URL.</source>
        <translation>请检查网络连接、DNS、代理或防火墙，以及 Graph API 地址。</translation>
    </message>
    <message>
        <source>The server's answer was not the JSON Meta sends.</source>
        <translation>服务器的响应不是 Meta 所发送的 JSON。</translation>
    </message>
    <message>
        <source>Check the Graph API base URL under Advanced; a captive portal or proxy may be answering instead of Meta.</source>
        <translation>请检查“高级”中的 Graph API 地址；可能是强制门户（captive portal）或代理代替 Meta 作出了响应。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The access token is invalid or has expired. Temporary tokens from WhatsApp &gt; API Setup expire after 24 hours.</source>
        <translation>访问令牌无效或已过期。来自“WhatsApp &gt; API Setup”的临时令牌会在 24 小时后过期。</translation>
    </message>
    <message>
        <source>Create a permanent System User token in Meta Business Settings &gt; Users &gt; System users (permissions whatsapp_business_messaging and whatsapp_business_management) and replace the token.</source>
        <translation>请在“Meta Business Settings &gt; Users &gt; System users”中创建永久的系统用户令牌（System User token，需具有 whatsapp_business_messaging 和 whatsapp_business_management 权限），然后替换该令牌。</translation>
    </message>
    <message>
        <source>Meta does not know this Phone Number ID, or the token may not access it.</source>
        <translation>Meta 无法识别此电话号码 ID，或者该令牌无权访问它。</translation>
    </message>
    <message>
        <source>Copy the Phone Number ID (not the phone number) from WhatsApp &gt; API Setup, and check that the token's app is linked to the same WhatsApp Business Account.</source>
        <translation>请从“WhatsApp &gt; API Setup”复制电话号码 ID（Phone Number ID，而不是电话号码），并检查该令牌所属的应用是否关联到同一个 WhatsApp Business 账户。</translation>
    </message>
    <message>
        <source>No phone number with this ID exists; it may have been deleted.</source>
        <translation>不存在具有此 ID 的电话号码；它可能已被删除。</translation>
    </message>
    <message>
        <source>Check the Phone Number ID in WhatsApp &gt; API Setup.</source>
        <translation>请在“WhatsApp &gt; API Setup”中核对电话号码 ID（Phone Number ID）。</translation>
    </message>
    <message>
        <source>The token lacks a permission this call needs.</source>
        <translation>该令牌缺少此调用所需的权限。</translation>
    </message>
    <message>
        <source>Give the System User the whatsapp_business_messaging and whatsapp_business_management permissions and generate a new token.</source>
        <translation>请为系统用户（System User）授予 whatsapp_business_messaging 和 whatsapp_business_management 权限，然后生成新的令牌。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; ChannelDesk backs off automatically.</source>
        <translation>请等待几分钟后重试；ChannelDesk 会自动降低请求频率。</translation>
    </message>
    <message>
        <source>Meta reported a temporary problem on its side.</source>
        <translation>Meta 报告其服务端出现临时问题。</translation>
    </message>
    <message>
        <source>Try again in a minute. If it persists, check https://metastatus.com.</source>
        <translation>请一分钟后重试。如果问题持续存在，请查看 https://metastatus.com。</translation>
    </message>
    <message>
        <source>Meta has restricted or locked this account.</source>
        <translation>Meta 已限制或锁定此账户。</translation>
    </message>
    <message>
        <source>Open WhatsApp Manager &gt; Account tools &gt; Account quality to see why.</source>
        <translation>请打开“WhatsApp Manager &gt; Account tools &gt; Account quality”查看原因。</translation>
    </message>
    <message>
        <source>The app has no permission for this phone number or business account.</source>
        <translation>该应用没有访问此电话号码或企业账户的权限。</translation>
    </message>
    <message>
        <source>Add the app to the WhatsApp Business Account (Business Settings &gt; Accounts &gt; WhatsApp accounts) and give the System User access.</source>
        <translation>请将该应用添加到 WhatsApp Business 账户（“Business Settings &gt; Accounts &gt; WhatsApp accounts”），并为系统用户（System User）授予访问权限。</translation>
    </message>
    <message>
        <source>Meta reported a temporary error.</source>
        <translation>Meta 报告了一个临时错误。</translation>
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>Meta rejected the request (error %1).</source>
        <translation>Meta 拒绝了该请求（错误 %1）。</translation>
    </message>
    <message>
        <source>Read Meta's message above; the error code is listed at developers.facebook.com under WhatsApp &gt; Support &gt; Error codes.</source>
        <translation>请阅读上方 Meta 的消息；该错误代码列在 developers.facebook.com 的“WhatsApp &gt; Support &gt; Error codes”中。</translation>
    </message>
    <message>
        <source>WhatsApp Manager &gt; Account tools &gt; Message templates</source>
        <translation>WhatsApp Manager &gt; Account tools &gt; Message templates</translation>
    </message>
    <message>
        <source>developers.facebook.com &gt; WhatsApp &gt; Cloud API &gt; Reference &gt; Messages</source>
        <translation>developers.facebook.com &gt; WhatsApp &gt; Cloud API &gt; Reference &gt; Messages</translation>
    </message>
    <message>
        <source>Nothing to change in Meta's dashboards; it concerns this one message.</source>
        <translation>无需在 Meta 的管理面板中进行任何更改；此问题只涉及这一条消息。</translation>
    </message>
    <message>
        <source>App Dashboard (developers.facebook.com/apps) &gt; your app &gt; Dashboard &gt; Application rate limit</source>
        <translation>App Dashboard（developers.facebook.com/apps）&gt; 您的应用 &gt; Dashboard &gt; Application rate limit</translation>
    </message>
    <message>
        <source>Meta Business Settings &gt; Users &gt; System users &gt; Generate new token</source>
        <translation>Meta Business Settings &gt; Users &gt; System users &gt; Generate new token</translation>
    </message>
    <message>
        <source>App Dashboard (developers.facebook.com/apps) &gt; your app &gt; WhatsApp &gt; API Setup</source>
        <translation>App Dashboard（developers.facebook.com/apps）&gt; 您的应用 &gt; WhatsApp &gt; API Setup</translation>
    </message>
    <message>
        <source>Meta rejected a parameter of the request: it is unknown, misspelled or too long.</source>
        <translation>Meta 拒绝了请求中的某个参数：该参数未知、拼写错误或过长。</translation>
    </message>
    <message>
        <source>Meta's message names the parameter. Shorten the text that is too long; otherwise report it with the technical details, as ChannelDesk built the request wrongly.</source>
        <translation>Meta 的消息中指出了该参数。请缩短过长的文本；否则请连同技术详情一起报告此问题，因为这说明 ChannelDesk 构造的请求有误。</translation>
    </message>
    <message>
        <source>WhatsApp Manager &gt; Account tools &gt; Phone numbers</source>
        <translation>WhatsApp Manager &gt; Account tools &gt; Phone numbers</translation>
    </message>
    <message>
        <source>Meta Business Settings &gt; Users &gt; System users &gt; Assign assets, then Generate new token</source>
        <translation>Meta Business Settings &gt; Users &gt; System users &gt; Assign assets，然后点击 Generate new token</translation>
    </message>
    <message>
        <source>Meta Business Settings &gt; Accounts &gt; WhatsApp accounts &gt; Partners / Connected apps</source>
        <translation>Meta Business Settings &gt; Accounts &gt; WhatsApp accounts &gt; Partners / Connected apps</translation>
    </message>
    <message>
        <source>A required parameter is missing from the message.</source>
        <translation>消息中缺少一个必需的参数。</translation>
    </message>
    <message>
        <source>Meta's message names the missing parameter; report it with the technical details, as ChannelDesk built the request wrongly.</source>
        <translation>Meta 的消息中指出了缺少的参数；请连同技术详情一起报告此问题，因为这说明 ChannelDesk 构造的请求有误。</translation>
    </message>
    <message>
        <source>A value in the message is invalid, for example a message ID that is older than 30 days, deleted or not an incoming message, or a malformed phone number.</source>
        <translation>消息中的某个值无效，例如消息 ID 已超过 30 天、已被删除或不是收到的消息，或者电话号码格式错误。</translation>
    </message>
    <message>
        <source>Check the recipient's number (with country code) and the message being replied or reacted to.</source>
        <translation>请检查收件人的号码（含国家/地区代码）以及所回复或回应的消息。</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote, so the customer service window is closed and only templates may be sent.</source>
        <translation>自客户最后一次发消息起已超过 24 小时，因此客服窗口已关闭，只能发送模板。</translation>
    </message>
    <message>
        <source>Send an approved message template instead; free-form messages work again once the customer replies.</source>
        <translation>请改为发送已批准的消息模板；客户回复后即可再次发送自由格式消息。</translation>
    </message>
    <message>
        <source>The message could not be delivered: the number is not on WhatsApp, uses an outdated app, or has not accepted WhatsApp's latest terms.</source>
        <translation>消息无法送达：该号码未使用 WhatsApp、使用的应用版本过旧，或尚未接受 WhatsApp 的最新条款。</translation>
    </message>
    <message>
        <source>Check the number with the customer or reach them another way; do not resend automatically.</source>
        <translation>请与客户核实号码，或通过其他方式联系客户；不要自动重发。</translation>
    </message>
    <message>
        <source>WhatsApp Manager &gt; Insights (delivery figures)</source>
        <translation>WhatsApp Manager &gt; Insights（送达数据）</translation>
    </message>
    <message>
        <source>The customer has stopped marketing messages from this business.</source>
        <translation>该客户已停止接收此企业的营销消息。</translation>
    </message>
    <message>
        <source>Do not send marketing templates to this customer again; service replies are still possible.</source>
        <translation>请不要再向该客户发送营销模板；仍可发送服务类回复。</translation>
    </message>
    <message>
        <source>This business number has blocked the customer, so nothing can be sent to them.</source>
        <translation>此企业号码已屏蔽该客户，因此无法向其发送任何消息。</translation>
    </message>
    <message>
        <source>Unblock the customer first if you really want to message them.</source>
        <translation>如果确实要向该客户发送消息，请先解除屏蔽。</translation>
    </message>
    <message>
        <source>The business number's block list (Block Users API, or the WhatsApp Business app on coexistence numbers)</source>
        <translation>企业号码的屏蔽列表（Block Users API，或共存号码上的 WhatsApp Business 应用）</translation>
    </message>
    <message>
        <source>Meta withheld this marketing message to keep engagement healthy: the customer has recently received many marketing messages.</source>
        <translation>为维护良好的互动质量，Meta 暂缓发送了这条营销消息：该客户最近已收到大量营销消息。</translation>
    </message>
    <message>
        <source>Do not resend for at least 24 hours, and consider whether the customer wants these messages.</source>
        <translation>至少 24 小时内不要重发，并考虑该客户是否希望收到此类消息。</translation>
    </message>
    <message>
        <source>WhatsApp Manager &gt; Insights &gt; Marketing messages</source>
        <translation>WhatsApp Manager &gt; Insights &gt; Marketing messages</translation>
    </message>
    <message>
        <source>WhatsApp does not support this type of message.</source>
        <translation>WhatsApp 不支持此类型的消息。</translation>
    </message>
    <message>
        <source>Send a supported type: text, media, template, interactive, location or reaction.</source>
        <translation>请发送受支持的类型：文本、媒体、模板、互动消息、位置或表情回应。</translation>
    </message>
    <message>
        <source>A file the customer sent could not be fetched (for example it is larger than 100 MB).</source>
        <translation>无法获取客户发送的文件（例如文件大于 100 MB）。</translation>
    </message>
    <message>
        <source>Ask the customer to send the file again, smaller if possible.</source>
        <translation>请让客户重新发送该文件，尽量缩小文件大小。</translation>
    </message>
    <message>
        <source>Meta could not process the file you sent: its type or size is not allowed, or its content does not match its MIME type.</source>
        <translation>Meta 无法处理您发送的文件：其类型或大小不被允许，或其内容与其 MIME 类型不符。</translation>
    </message>
    <message>
        <source>Send JPEG/PNG images up to 5 MB, MP4/3GPP videos and AAC/AMR/MP3/M4A/OGG audio up to 16 MB, documents up to 100 MB, WebP stickers up to 100 KB (500 KB animated); convert the file if needed.</source>
        <translation>请发送不超过 5 MB 的 JPEG/PNG 图片、不超过 16 MB 的 MP4/3GPP 视频和 AAC/AMR/MP3/M4A/OGG 音频、不超过 100 MB 的文档、不超过 100 KB（动态贴纸为 500 KB）的 WebP 贴纸；必要时请转换文件格式。</translation>
    </message>
    <message>
        <source>The number of template parameters does not match the template's placeholders.</source>
        <translation>模板参数的数量与模板中的占位符数量不符。</translation>
    </message>
    <message>
        <source>Fill in exactly one value per placeholder ({{1}}, {{2}} …) and refresh the template list.</source>
        <translation>请为每个占位符（{{1}}、{{2}} …）恰好填写一个值，并刷新模板列表。</translation>
    </message>
    <message>
        <source>The template does not exist in this language, or it is not approved.</source>
        <translation>该模板在此语言下不存在，或尚未获得批准。</translation>
    </message>
    <message>
        <source>Check the template's name and language code, and that its status is Approved.</source>
        <translation>请检查模板的名称和语言代码，并确认其状态为 Approved（已批准）。</translation>
    </message>
    <message>
        <source>The template text is too long once the parameters are filled in.</source>
        <translation>填入参数后，模板文本过长。</translation>
    </message>
    <message>
        <source>Shorten the parameter values.</source>
        <translation>请缩短参数值。</translation>
    </message>
    <message>
        <source>The template's content breaks WhatsApp's policies.</source>
        <translation>该模板的内容违反了 WhatsApp 的政策。</translation>
    </message>
    <message>
        <source>Edit the template so it follows the WhatsApp Business and Commerce policies, and submit it again.</source>
        <translation>请修改模板，使其符合 WhatsApp Business 政策和商务政策（Commerce Policy），然后重新提交。</translation>
    </message>
    <message>
        <source>A template parameter has the wrong format (for example text where the header expects an image).</source>
        <translation>某个模板参数的格式错误（例如页眉需要图片，却提供了文本）。</translation>
    </message>
    <message>
        <source>Give every parameter the type the template defines.</source>
        <translation>请按照模板定义的类型填写每个参数。</translation>
    </message>
    <message>
        <source>The template is paused because customers blocked or reported it.</source>
        <translation>该模板因客户屏蔽或举报而被暂停。</translation>
    </message>
    <message>
        <source>Use another template or improve this one; Meta resumes paused templates after a while.</source>
        <translation>请使用其他模板或改进此模板；Meta 会在一段时间后恢复被暂停的模板。</translation>
    </message>
    <message>
        <source>The template is disabled after repeated low quality.</source>
        <translation>该模板因质量多次偏低而被停用。</translation>
    </message>
    <message>
        <source>Create a new template; a disabled template cannot be used again.</source>
        <translation>请创建新模板；已停用的模板无法再次使用。</translation>
    </message>
    <message>
        <source>WhatsApp Manager &gt; Account tools &gt; Account quality</source>
        <translation>WhatsApp Manager &gt; Account tools &gt; Account quality</translation>
    </message>
    <message>
        <source>Meta does not allow this business to message customers in this country.</source>
        <translation>Meta 不允许此企业向该国家/地区的客户发送消息。</translation>
    </message>
    <message>
        <source>Check the account's restrictions; messages to this country cannot be sent from this account.</source>
        <translation>请检查该账户的限制；无法从此账户向该国家/地区发送消息。</translation>
    </message>
    <message>
        <source>There is a problem with the WhatsApp Business Account's payment method.</source>
        <translation>WhatsApp Business 账户的付款方式有问题。</translation>
    </message>
    <message>
        <source>Add or fix the payment method; paid messages work again once billing is in order.</source>
        <translation>请添加或修正付款方式；账单问题解决后，即可再次发送付费消息。</translation>
    </message>
    <message>
        <source>Meta Business Settings &gt; Billing and payments, or WhatsApp Manager &gt; Overview &gt; Payment method</source>
        <translation>Meta Business Settings &gt; Billing and payments，或 WhatsApp Manager &gt; Overview &gt; Payment method</translation>
    </message>
    <message>
        <source>The business phone number is not registered for the Cloud API.</source>
        <translation>该企业电话号码尚未注册 Cloud API。</translation>
    </message>
    <message>
        <source>Register the number (two-step verification PIN) or finish its setup, then try again.</source>
        <translation>请注册该号码（两步验证 PIN）或完成其设置，然后重试。</translation>
    </message>
    <message>
        <source>Meta is rate-limiting this app: too many API calls in a short time.</source>
        <translation>Meta 正在对此应用限流：短时间内 API 调用过多。</translation>
    </message>
    <message>
        <source>Meta is rate-limiting this WhatsApp Business Account: too many API calls.</source>
        <translation>Meta 正在对此 WhatsApp Business 账户限流：API 调用过多。</translation>
    </message>
    <message>
        <source>WhatsApp Manager &gt; Insights</source>
        <translation>WhatsApp Manager &gt; Insights</translation>
    </message>
    <message>
        <source>Meta is rate-limiting this number: more messages per second than its throughput allows.</source>
        <translation>Meta 正在对此号码限流：每秒发送的消息数超出了其吞吐量上限。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; ChannelDesk slows its send queue and retries automatically.</source>
        <translation>请等待几分钟后重试；ChannelDesk 会放慢其发送队列并自动重试。</translation>
    </message>
    <message>
        <source>WhatsApp Manager &gt; Account tools &gt; Phone numbers &gt; Throughput</source>
        <translation>WhatsApp Manager &gt; Account tools &gt; Phone numbers &gt; Throughput</translation>
    </message>
    <message>
        <source>Too many messages to the same customer in a short time (about one every 6 seconds is allowed).</source>
        <translation>短时间内向同一客户发送的消息过多（大约每 6 秒只允许发送一条）。</translation>
    </message>
    <message>
        <source>ChannelDesk retries this customer later; messages to others are not affected.</source>
        <translation>ChannelDesk 稍后会向该客户重试；发往其他客户的消息不受影响。</translation>
    </message>
    <message>
        <source>Meta limited sending from this number because of spam reports or low quality.</source>
        <translation>由于垃圾消息举报或质量偏低，Meta 限制了此号码的发送。</translation>
    </message>
    <message>
        <source>Pause outbound messages, review what is sent and to whom, and retry much later.</source>
        <translation>请暂停发出消息，检查发送的内容和对象，并在较长时间后再重试。</translation>
    </message>
    <message>
        <source>WhatsApp Manager &gt; Account tools &gt; Phone numbers &gt; Quality rating</source>
        <translation>WhatsApp Manager &gt; Account tools &gt; Phone numbers &gt; Quality rating</translation>
    </message>
    <message>
        <source>The messaging limit was reached because templates were in the wrong category; Meta enforces a waiting period.</source>
        <translation>由于模板类别设置错误，已达到消息发送限额；Meta 会强制执行一段等待期。</translation>
    </message>
    <message>
        <source>Wait for the enforcement period to end, and check the category of your templates.</source>
        <translation>请等待强制执行期结束，并检查您的模板类别。</translation>
    </message>
    <message>
        <source>https://metastatus.com (Meta's platform status)</source>
        <translation>https://metastatus.com（Meta 平台状态）</translation>
    </message>
    <message>
        <source>The business account is in maintenance (for example during a throughput upgrade).</source>
        <translation>该企业账户正在维护中（例如正在升级吞吐量）。</translation>
    </message>
    <message>
        <source>Wait about a minute; ChannelDesk retries automatically.</source>
        <translation>请等待约一分钟；ChannelDesk 会自动重试。</translation>
    </message>
    <message>
        <source>Meta is rate-limiting calls to the Graph API for this app, user or business account.</source>
        <translation>Meta 正在对此应用、用户或企业账户的 Graph API 调用限流。</translation>
    </message>
    <message>
        <source>developers.facebook.com &gt; WhatsApp &gt; Support &gt; Error codes</source>
        <translation>developers.facebook.com &gt; WhatsApp &gt; Support &gt; Error codes</translation>
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Channel “%1” is %2.</source>
        <translation>渠道“%1”状态：%2。</translation>
    </message>
    <message>
        <source>%1: degraded</source>
        <translation>%1：降级</translation>
    </message>
    <message>
        <source>Channel “%1” is degraded.</source>
        <translation>渠道“%1”已降级。</translation>
    </message>
    <message>
        <source>%1: recovered</source>
        <translation>%1：已恢复</translation>
    </message>
    <message>
        <source>Channel “%1” is connected again.</source>
        <translation>渠道“%1”已重新连接。</translation>
    </message>
    <message>
        <source>%1: scan the QR code</source>
        <translation>%1：请扫描二维码</translation>
    </message>
    <message>
        <source>Channel “%1” is waiting for its QR code to be scanned: open ChannelDesk and scan it with WhatsApp on the phone (Linked devices).</source>
        <translation>渠道“%1”正在等待扫描二维码：请打开 ChannelDesk，并用手机上的 WhatsApp（Linked devices）扫描该二维码。</translation>
    </message>
    <message>
        <source>The temporary access token of channel “%1” expires in %2. Replace it with a system user token on the channel page.</source>
        <translation>渠道“%1”的临时访问令牌将在 %2后过期。请在渠道页面上将其替换为系统用户令牌。</translation>
    </message>
    <message>
        <source>The access token of channel “%1” expires in %2. Replace it on the channel page.</source>
        <translation>渠道“%1”的访问令牌将在 %2后过期。请在渠道页面上替换它。</translation>
    </message>
    <message>
        <source>%1: token expires soon</source>
        <translation>%1：令牌即将过期</translation>
    </message>
    <message>
        <source>%1: new message</source>
        <translation>%1：新消息</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) on channel “%1”.</source>
        <translation>
            <numerusform>渠道“%1”上有 %n 条新消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: bot failing</source>
        <translation>%1：机器人故障</translation>
    </message>
    <message>
        <source>The bot of channel “%1” has been failing for %2: %3. Deliveries wait for it.</source>
        <translation>渠道“%1”的机器人已故障 %2：%3。投递正在等待它。</translation>
    </message>
    <message>
        <source>%1: bot recovered</source>
        <translation>%1：机器人已恢复</translation>
    </message>
    <message>
        <source>The bot of channel “%1” takes deliveries again.</source>
        <translation>渠道“%1”的机器人重新开始接收投递。</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation>在以下情况下显示桌面通知：</translation>
    </message>
    <message>
        <source>Notify me</source>
        <translation>通知我</translation>
    </message>
    <message>
        <source>New &amp;messages while the window is hidden or minimised</source>
        <translation>窗口隐藏或最小化时收到新消息(&amp;M)</translation>
    </message>
    <message>
        <source>A channel &amp;failed or was logged out</source>
        <translation>渠道失败或已退出登录(&amp;F)</translation>
    </message>
    <message>
        <source>A channel became &amp;degraded (silent, flapping or rejected deliveries)</source>
        <translation>渠道降级（无活动、连接不稳定或投递被拒绝）(&amp;D)</translation>
    </message>
    <message>
        <source>A failed or degraded channel &amp;recovered</source>
        <translation>失败或降级的渠道已恢复(&amp;R)</translation>
    </message>
    <message>
        <source>An access &amp;token expires within 2 hours</source>
        <translation>访问令牌将在 2 小时内过期(&amp;T)</translation>
    </message>
    <message>
        <source>A &amp;QR code is waiting to be scanned</source>
        <translation>有二维码等待扫描(&amp;Q)</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so ChannelDesk cannot show notifications here. The settings are kept for when one is available.</source>
        <translation>此桌面没有系统托盘，因此 ChannelDesk 无法在此显示通知。这些设置会保留，待托盘可用时生效。</translation>
    </message>
    <message>
        <source>A channel's &amp;bot has been failing for more than 5 minutes</source>
        <translation>渠道的机器人故障超过 5 分钟(&amp;B)</translation>
    </message>
    <message>
        <source>A failing bot &amp;answers again</source>
        <translation>故障的机器人重新应答(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OutboundContent</name>
    <message>
        <source>Unknown outbound message kind “%1”.</source>
        <translation>未知的发出消息类型“%1”。</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>模板：%1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <source>Reaction removed</source>
        <translation>已移除表情回应</translation>
    </message>
    <message>
        <source>Reaction %1</source>
        <translation>表情回应 %1</translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translation>已标记为已读</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>正在输入提示</translation>
    </message>
    <message>
        <source>Unknown template button type “%1”; use quick_reply or url.</source>
        <translation>未知的模板按钮类型“%1”；请使用 quick_reply 或 url。</translation>
    </message>
</context>
<context>
    <name>OutboundPayload</name>
    <message>
        <source>The %1 is %2 characters long; WhatsApp allows at most %3. Shorten it by %4 characters.</source>
        <translation>%1长度为 %2 个字符；WhatsApp 最多允许 %3 个。请缩短 %4 个字符。</translation>
    </message>
    <message>
        <source>The %1 is empty; WhatsApp requires it (at most %2 characters).</source>
        <translation>%1为空；WhatsApp 要求填写此项（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>message text</source>
        <translation>消息正文</translation>
    </message>
    <message>
        <source>Choose a template: the template name is empty.</source>
        <translation>请选择模板：模板名称为空。</translation>
    </message>
    <message>
        <source>The template language is empty; use the code the template was approved for, e.g. en_US.</source>
        <translation>模板语言为空；请使用该模板获批时所用的语言代码，例如 en_US。</translation>
    </message>
    <message>
        <source>Template parameter {{%1}} is empty; Meta rejects empty parameters.</source>
        <translation>模板参数 {{%1}} 为空；Meta 会拒绝空参数。</translation>
    </message>
    <message>
        <source>Template parameter {{%1}} contains a line break, a tab or more than 4 spaces in a row; WhatsApp does not allow these in parameters.</source>
        <translation>模板参数 {{%1}} 包含换行符、制表符或连续 4 个以上的空格；WhatsApp 不允许参数中出现这些字符。</translation>
    </message>
    <message>
        <source>header</source>
        <translation>页眉</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <source>Add at least one reply button (WhatsApp allows 1 to %1).</source>
        <translation>请至少添加一个回复按钮（WhatsApp 允许 1 到 %1 个）。</translation>
    </message>
    <message>
        <source>There are %1 reply buttons; WhatsApp allows at most %2. Use a list for more choices.</source>
        <translation>共有 %1 个回复按钮；WhatsApp 最多允许 %2 个。如需更多选项，请使用列表。</translation>
    </message>
    <message>
        <source>title of button %1</source>
        <translation>按钮 %1 的标题</translation>
    </message>
    <message>
        <source>ID of button %1</source>
        <translation>按钮 %1 的 ID</translation>
    </message>
    <message>
        <source>Button %1 has the same ID “%2” as an earlier button; button IDs must be unique.</source>
        <translation>按钮 %1 的 ID“%2”与前面的按钮相同；按钮 ID 必须唯一。</translation>
    </message>
    <message>
        <source>Button %1 has the same title “%2” as an earlier button; button titles must be unique.</source>
        <translation>按钮 %1 的标题“%2”与前面的按钮相同；按钮标题必须唯一。</translation>
    </message>
    <message>
        <source>Add at least one list section (WhatsApp allows 1 to %1).</source>
        <translation>请至少添加一个列表分区（WhatsApp 允许 1 到 %1 个）。</translation>
    </message>
    <message>
        <source>The list has %1 sections; WhatsApp allows at most %2.</source>
        <translation>该列表有 %1 个分区；WhatsApp 最多允许 %2 个。</translation>
    </message>
    <message>
        <source>The list has %1 rows; WhatsApp allows at most %2 rows in all sections together.</source>
        <translation>该列表有 %1 行；WhatsApp 允许所有分区合计最多 %2 行。</translation>
    </message>
    <message>
        <source>title of section %1</source>
        <translation>分区 %1 的标题</translation>
    </message>
    <message>
        <source>Section %1 has no rows; every section needs at least one.</source>
        <translation>分区 %1 没有任何行；每个分区至少需要一行。</translation>
    </message>
    <message>
        <source>title of row %1 in section %2</source>
        <translation>分区 %2 中第 %1 行的标题</translation>
    </message>
    <message>
        <source>ID of row %1 in section %2</source>
        <translation>分区 %2 中第 %1 行的 ID</translation>
    </message>
    <message>
        <source>description of row %1 in section %2</source>
        <translation>分区 %2 中第 %1 行的描述</translation>
    </message>
    <message>
        <source>Row %1 in section %2 has the same ID “%3” as an earlier row; row IDs must be unique in the whole list.</source>
        <translation>分区 %2 中第 %1 行的 ID“%3”与前面某一行相同；行 ID 在整个列表中必须唯一。</translation>
    </message>
    <message>
        <source>list button label</source>
        <translation>列表按钮标签</translation>
    </message>
    <message>
        <source>The media link “%1” is not an http(s) address Meta can download from.</source>
        <translation>媒体链接“%1”不是 Meta 可以下载的 http(s) 地址。</translation>
    </message>
    <message>
        <source>The file “%1” has not been uploaded to WhatsApp yet.</source>
        <translation>文件“%1”尚未上传到 WhatsApp。</translation>
    </message>
    <message>
        <source>Choose a file or enter a media link: the media ID and link are both empty.</source>
        <translation>请选择文件或输入媒体链接：媒体 ID 和链接均为空。</translation>
    </message>
    <message>
        <source>WhatsApp does not show captions on audio messages or stickers; send the text as a separate message.</source>
        <translation>WhatsApp 不会在音频消息或贴纸上显示说明文字；请将文本作为单独的消息发送。</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>The latitude %1 is outside -90 to 90 degrees.</source>
        <translation>纬度 %1 超出了 -90 到 90 度的范围。</translation>
    </message>
    <message>
        <source>The longitude %1 is outside -180 to 180 degrees.</source>
        <translation>经度 %1 超出了 -180 到 180 度的范围。</translation>
    </message>
    <message>
        <source>The ID of the message to %1 is empty.</source>
        <translation>要%1的消息的 ID 为空。</translation>
    </message>
    <message>
        <source>react to</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>A reaction is a single emoji, or empty to remove the reaction.</source>
        <translation>表情回应只能是单个表情符号；留空则移除表情回应。</translation>
    </message>
    <message>
        <source>mark as read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <source>This kind of message has no message body.</source>
        <translation>此类消息没有消息正文。</translation>
    </message>
    <message>
        <source>header parameter</source>
        <translation>页眉参数</translation>
    </message>
    <message>
        <source>The header parameter contains a line break, a tab or more than 4 spaces in a row; WhatsApp does not allow these in parameters.</source>
        <translation>页眉参数包含换行、制表符或连续 4 个以上空格；WhatsApp 不允许参数中出现这些内容。</translation>
    </message>
    <message>
        <source>The template header type “%1” is unknown; use image, video, document or text.</source>
        <translation>模板页眉类型“%1”未知；请使用 image、video、document 或 text。</translation>
    </message>
    <message>
        <source>The template's %1 header needs a link: enter the https:// address Meta downloads it from.</source>
        <translation>模板的%1页眉需要链接：请输入 Meta 可以下载的 https:// 地址。</translation>
    </message>
    <message>
        <source>The header link “%1” is not an http(s) address Meta can download from.</source>
        <translation>页眉链接“%1”不是 Meta 可以下载的 http(s) 地址。</translation>
    </message>
    <message>
        <source>URL suffix of button %1</source>
        <translation>按钮 %1 的 URL 后缀</translation>
    </message>
    <message>
        <source>payload of button %1</source>
        <translation>按钮 %1 的载荷</translation>
    </message>
    <message>
        <source>Button %1 does not exist: a template has at most %2 buttons, numbered from 1.</source>
        <translation>按钮 %1 不存在：模板最多有 %2 个按钮，从 1 开始编号。</translation>
    </message>
    <message>
        <source>Button %1 is given two values; give each button one.</source>
        <translation>按钮 %1 被给了两个值；每个按钮只给一个。</translation>
    </message>
    <message>
        <source>The %1 is empty; WhatsApp requires a payload for every quick reply button, the text your bot gets back when it is tapped.</source>
        <translation>%1为空；WhatsApp 要求每个快速回复按钮都有载荷，即点按时你的机器人收到的文本。</translation>
    </message>
    <message>
        <source>template parameter {{%1}}</source>
        <translation>模板参数 {{%1}}</translation>
    </message>
    <message>
        <source>template body with its parameters filled in</source>
        <translation>填入参数后的模板正文</translation>
    </message>
</context>
<context>
    <name>OutboundStore</name>
    <message>
        <source>ChannelDesk stopped while this message was being sent; WhatsApp may or may not have accepted it, so it was not sent again.</source>
        <translation>发送此消息时 ChannelDesk 停止了运行；WhatsApp 可能已接受也可能未接受该消息，因此未重新发送。</translation>
    </message>
</context>
<context>
    <name>PairingQrWidget</name>
    <message>
        <source>On the phone: WhatsApp → Settings → Linked devices → Link a device, then point the camera at this code.</source>
        <translation>在手机上：WhatsApp → 设置 → 已关联的设备 → 关联设备，然后将摄像头对准此码。</translation>
    </message>
    <message>
        <source>Time left for this code</source>
        <translation>此码的剩余时间</translation>
    </message>
</context>
<context>
    <name>PairingWidget</name>
    <message>
        <source>Link state</source>
        <translation>关联状态</translation>
    </message>
    <message>
        <source>Link state details</source>
        <translation>关联状态详情</translation>
    </message>
    <message>
        <source>Time left for this code</source>
        <translation>此二维码的剩余有效时间</translation>
    </message>
    <message>
        <source>On the phone: WhatsApp → Settings → Linked devices → Link a device, then point the camera at this code.</source>
        <translation>在手机上打开“WhatsApp → Settings → Linked devices → Link a device”，然后将摄像头对准此二维码。</translation>
    </message>
    <message>
        <source>Warning: WhatsApp's terms of service forbid unofficial clients such as this gateway, and WhatsApp can ban numbers that use them. Link a dedicated number, never your personal one.</source>
        <translation>警告：WhatsApp 的服务条款禁止使用此类网关等非官方客户端，WhatsApp 可能会封禁使用它们的号码。请关联专用号码，切勿使用您的个人号码。</translation>
    </message>
    <message>
        <source>Get an 8-character code to type on the phone instead of scanning</source>
        <translation>获取一个 8 位配对码，在手机上输入，而不是扫描二维码</translation>
    </message>
    <message>
        <source>Link with a phone &amp;number instead</source>
        <translation>改用电话号码关联(&amp;N)</translation>
    </message>
    <message>
        <source>This gateway cannot issue pairing codes; scan the QR code instead.</source>
        <translation>此网关无法生成配对码；请改为扫描二维码。</translation>
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation>电话号码(&amp;U)：</translation>
    </message>
    <message>
        <source>The number of the phone to link, in international format with the country code</source>
        <translation>要关联的手机号码，采用带国家/地区代码的国际格式</translation>
    </message>
    <message>
        <source>+1 555 765 4321</source>
        <translation>+1 555 765 4321</translation>
    </message>
    <message>
        <source>Ask the gateway for a pairing code for this number</source>
        <translation>向网关请求此号码的配对码</translation>
    </message>
    <message>
        <source>&amp;Get Pairing Code</source>
        <translation>获取配对码(&amp;G)</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>配对码</translation>
    </message>
    <message>
        <source>On the phone: WhatsApp → Settings → Linked devices → Link a device → Link with phone number instead, then type this code.</source>
        <translation>在手机上打开“WhatsApp → Settings → Linked devices → Link a device → Link with phone number instead”，然后输入此配对码。</translation>
    </message>
</context>
<context>
    <name>PhoneNumberWords</name>
    <message>
        <source>High (GREEN)</source>
        <translation>高（GREEN）</translation>
    </message>
    <message>
        <source>Medium (YELLOW)</source>
        <translation>中（YELLOW）</translation>
    </message>
    <message>
        <source>Low (RED)</source>
        <translation>低（RED）</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>尚未评级</translation>
    </message>
    <message>
        <source>Not rated (%1)</source>
        <translation>未评级（%1）</translation>
    </message>
    <message>
        <source>Cloud API (CLOUD_API)</source>
        <translation>Cloud API（CLOUD_API）</translation>
    </message>
    <message>
        <source>On-Premises API (ON_PREMISE), which Meta has retired</source>
        <translation>本地部署 API（ON_PREMISE），Meta 已停用</translation>
    </message>
    <message>
        <source>Not registered for an API (NOT_APPLICABLE)</source>
        <translation>未注册任何 API（NOT_APPLICABLE）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Standard, about 80 messages per second (STANDARD)</source>
        <translation>标准，约每秒 80 条消息（STANDARD）</translation>
    </message>
    <message>
        <source>High, up to 1,000 messages per second (HIGH)</source>
        <translation>高，最多每秒 1,000 条消息（HIGH）</translation>
    </message>
    <message>
        <source>Not applicable (NOT_APPLICABLE)</source>
        <translation>不适用（NOT_APPLICABLE）</translation>
    </message>
    <message>
        <source>unlimited (%1)</source>
        <translation>无限制（%1）</translation>
    </message>
    <message>
        <source>%1 customers per 24 h (%2) — shared by the whole business portfolio</source>
        <translation>每 24 小时 %1 位客户（%2）— 由整个企业产品组合共享</translation>
    </message>
</context>
<context>
    <name>ReceiverLock</name>
    <message>
        <source>ChannelDesk cannot write its lock file %1: the disk is full (%2 free) or the data directory is read-only. Free some space, or make %3 writable (“chmod u+rwx %3”), then start again.</source>
        <translation>ChannelDesk 无法写入其锁文件 %1：磁盘已满（可用空间 %2）或数据目录为只读。请释放一些空间，或使 %3 可写（“chmod u+rwx %3”），然后重新启动。</translation>
    </message>
</context>
<context>
    <name>ReceiverSettings</name>
    <message>
        <source>Enter an address and port, e.g. 127.0.0.1:8645.</source>
        <translation>请输入地址和端口，例如 127.0.0.1:8645。</translation>
    </message>
    <message>
        <source>Write it as HOST:PORT, e.g. 127.0.0.1:8645 or [::1]:8645.</source>
        <translation>请按 HOST:PORT 格式填写，例如 127.0.0.1:8645 或 [::1]:8645。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network interface.</source>
        <translation>“%1”不是 IP 地址。使用 127.0.0.1 表示仅限本机，使用 0.0.0.0 表示所有网络接口。</translation>
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation>请选择 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <source>Other machines can reach this address. Put a TLS reverse proxy or tunnel in front of it; Meta only calls https:// URLs.</source>
        <translation>其他计算机可以访问此地址。请在其前面部署 TLS 反向代理或隧道；Meta 只调用 https:// URL。</translation>
    </message>
    <message>
        <source>Ports below 1024 usually need administrator rights.</source>
        <translation>低于 1024 的端口通常需要管理员权限。</translation>
    </message>
    <message>
        <source>settings.ini: %1 = %2 is outside %3 to %4; using %5.</source>
        <translation>settings.ini：%1 = %2 超出 %3 到 %4 的范围；改用 %5。</translation>
    </message>
</context>
<context>
    <name>ReceiverSettingsDialog</name>
    <message>
        <source>Webhook Receiver</source>
        <translation>Webhook 接收器</translation>
    </message>
    <message>
        <source>ChannelDesk can receive Meta's webhooks itself while it runs. Meta calls an https:// URL, so a TLS tunnel or reverse proxy must forward it to this address. To receive while ChannelDesk is closed, run “channeldesk serve” instead, on another address.</source>
        <translation>ChannelDesk 运行时可以自行接收 Meta 的 Webhook。Meta 调用的是 https:// URL，因此必须由 TLS 隧道或反向代理将请求转发到此地址。如需在 ChannelDesk 关闭时接收，请改为在另一个地址上运行“channeldesk serve”。</translation>
    </message>
    <message>
        <source>&amp;Receive webhooks in ChannelDesk</source>
        <translation>在 ChannelDesk 中接收 Webhook(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>IP address and port, e.g. 127.0.0.1:8645 (this computer only) or 0.0.0.0:8645 (every interface)</source>
        <translation>IP 地址和端口，例如 127.0.0.1:8645（仅限本机）或 0.0.0.0:8645（所有网络接口）</translation>
    </message>
    <message>
        <source>127.0.0.1:8645</source>
        <translation>127.0.0.1:8645</translation>
    </message>
</context>
<context>
    <name>RecipientNumber</name>
    <message>
        <source>Write it with the country code, e.g. +49 151 23456789 or +1 555 123 4567.</source>
        <translation>请填写包含国家/地区代码的号码，例如 +49 151 23456789 或 +1 555 123 4567。</translation>
    </message>
    <message>
        <source>Enter the recipient's phone number. %1</source>
        <translation>请输入收件人的电话号码。%1</translation>
    </message>
    <message>
        <source>The “+” may only appear once, at the very start of the number. %1</source>
        <translation>“+”只能出现一次，且必须位于号码的最开头。%1</translation>
    </message>
    <message>
        <source>The phone number contains “%1”; use only digits, spaces, dashes and a leading “+”. %2</source>
        <translation>电话号码中包含“%1”；只能使用数字、空格、短横线以及开头的“+”。%2</translation>
    </message>
    <message>
        <source>The phone number has no digits. %1</source>
        <translation>电话号码中没有数字。%1</translation>
    </message>
    <message>
        <source>Replace the dialling prefix “%1” at the start with “+”, e.g. +49 151 23456789 instead of 0049 151 23456789.</source>
        <translation>请将开头的国际拨号前缀“%1”替换为“+”，例如用 +49 151 23456789 代替 0049 151 23456789。</translation>
    </message>
    <message>
        <source>The number starts with 0, a prefix only used for calls inside a country. Drop the 0 and put the country code in front, e.g. +49 151 23456789 instead of 0151 23456789.</source>
        <translation>该号码以 0 开头，这是仅在国内拨号时使用的前缀。请去掉 0，并在前面加上国家/地区代码，例如用 +49 151 23456789 代替 0151 23456789。</translation>
    </message>
    <message>
        <source>The number has only %1 digits, too few for an international number, which has 8 to 15 digits including the country code. %2</source>
        <translation>该号码只有 %1 位数字，作为国际号码太少；国际号码包含国家/地区代码在内应为 8 到 15 位。%2</translation>
    </message>
    <message>
        <source>The number has %1 digits, too many: international numbers have at most 15 digits including the country code. Check for a doubled country code or extra digits.</source>
        <translation>该号码有 %1 位数字，太多了：国际号码包含国家/地区代码在内最多 15 位。请检查国家/地区代码是否重复或是否有多余的数字。</translation>
    </message>
    <message>
        <source>No country has the calling code at the start of +%1. Check the country code, e.g. +49 for Germany, +44 for the UK, +1 for the USA and Canada.</source>
        <translation>没有任何国家/地区使用 +%1 开头的国际区号。请检查国家/地区代码，例如德国为 +49，英国为 +44，美国和加拿大为 +1。</translation>
    </message>
</context>
<context>
    <name>RepairCommand</name>
    <message>
        <source>Rebuild a damaged conversation store from the delivery journal.</source>
        <translation>根据投递日志重建损坏的会话存储。</translation>
    </message>
    <message>
        <source>Checks the conversation store (channeldesk.sqlite) and the delivery journal. A damaged,
missing or empty store is moved aside as channeldesk.sqlite.damaged-&lt;UTC time&gt; (with its
-wal and -shm); a new one gets the channels, the names of their keychain secrets and the
API keys back from channels.json, and the conversation log is rebuilt from the journal,
with progress on stderr. Ctrl+C stops after the batch being built and leaves a consistent
store: run repair again, or start ChannelDesk with its receiver on, to build the rest.
A damaged journal is moved aside and a new one started; what it held that was not yet in
the log is lost. Refuses while `serve` or the window's receiver uses the directory.
Exit codes: 0 repaired (or nothing to repair), 1 refused, failed or interrupted.
</source>
        <translation>检查会话存储（channeldesk.sqlite）和投递日志。损坏、缺失或为空的会话存储会连同其
-wal 和 -shm 文件一起移到一旁，重命名为 channeldesk.sqlite.damaged-&lt;UTC 时间&gt;；
新建的会话存储从 channels.json 恢复渠道、渠道在钥匙串中的机密名称以及 API 密钥，
并根据投递日志重建会话日志，进度输出到 stderr。按 Ctrl+C 会在当前批次完成后停止，
会话存储保持一致：再次运行 repair，或在开启接收器的情况下启动 ChannelDesk，
即可构建其余部分。损坏的投递日志会被移到一旁并新建一个；其中尚未写入会话日志的
内容将丢失。当 `serve` 或窗口中的接收器正在使用该目录时，拒绝执行。
退出码：0 表示已修复（或无需修复），1 表示被拒绝、失败或被中断。
</translation>
    </message>
    <message>
        <source>Building the conversation log: %1 / %2 journal entries</source>
        <translation>正在构建会话日志：%1 / %2 条投递日志条目</translation>
    </message>
</context>
<context>
    <name>ReplaceSecretDialog</name>
    <message>
        <source>Replace Secret</source>
        <translation>替换机密信息</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>新值(&amp;N)：</translation>
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation>显示或隐藏该值</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Fill in a random verify token</source>
        <translation>填入随机验证令牌</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
</context>
<context>
    <name>ReplyComposerWidget</name>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>撰写回复…</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>已用字符数</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>发送回复（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Customer service window</source>
        <translation>客服窗口</translation>
    </message>
    <message>
        <source>The customer asked not to be messaged. Clear this only if they agreed to hear from you again.</source>
        <translation>该客户已要求不再接收消息。仅当客户同意再次接收您的消息时，才可清除此状态。</translation>
    </message>
    <message>
        <source>Clear opt-out…</source>
        <translation>清除退订…</translation>
    </message>
    <message>
        <source>Send a file, a link, a location, reply buttons or a list</source>
        <translation>发送文件、链接、位置、回复按钮或列表</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>附加(&amp;A)</translation>
    </message>
    <message>
        <source>Send an approved message template instead of free text</source>
        <translation>发送已批准的消息模板，而不是自由文本</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>模板(&amp;T)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>A whole number of days from %1 to %2.</source>
        <translation>%1 到 %2 之间的整数天数。</translation>
    </message>
    <message>
        <source>A whole number of days from 1 to %1, or 0 to keep every message.</source>
        <translation>1 到 %1 之间的整数天数，或 0 表示保留所有消息。</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>These are the server's settings; change them where `channeldesk serve` runs.</source>
        <translation>这些是服务器的设置；请在运行 `channeldesk serve` 的地方更改它们。</translation>
    </message>
</context>
<context>
    <name>SecretBackend</name>
    <message>
        <source>Secrets: OS keychain (%1)</source>
        <translation>机密：操作系统钥匙串（%1）</translation>
    </message>
    <message>
        <source>Secrets: encrypted file %1 (key from %2)</source>
        <translation>机密：加密文件 %1（密钥来自 %2）</translation>
    </message>
    <message>
        <source>Secrets: environment variables only — %1. Channels whose secrets would have to be stored are refused. %2</source>
        <translation>机密：仅环境变量 —— %1。需要存储机密的渠道会被拒绝。%2</translation>
    </message>
    <message>
        <source>no keychain answered and no master key is set</source>
        <translation>没有钥匙串响应，且未设置主密钥</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout 需要一个正整数（秒）。</translation>
    </message>
    <message>
        <source>send needs --channel ID, --to NUMBER and either --text TEXT or --template NAME --lang CODE [--param VALUE]...</source>
        <translation>send 需要 --channel ID、--to NUMBER，以及 --text TEXT 或 --template NAME --lang CODE [--param VALUE]... 二者之一</translation>
    </message>
    <message>
        <source>--template needs --lang CODE, e.g. --lang en_US.</source>
        <translation>--template 需要 --lang CODE，例如 --lang en_US。</translation>
    </message>
    <message>
        <source>--lang and --param belong to --template, not --text.</source>
        <translation>--lang 和 --param 属于 --template，不能与 --text 一起使用。</translation>
    </message>
    <message>
        <source>Channel “%1” is disabled.</source>
        <translation>渠道“%1”已禁用。</translation>
    </message>
    <message>
        <source>The access token of “%1” is neither in the keychain nor in %2.</source>
        <translation>渠道“%1”的访问令牌既不在钥匙串中，也不在 %2 中。</translation>
    </message>
    <message>
        <source>Accepted by WhatsApp: %1</source>
        <translation>已被 WhatsApp 接受：%1</translation>
    </message>
    <message>
        <source>The send disappeared from the queue.</source>
        <translation>该发送任务已从队列中消失。</translation>
    </message>
    <message numerus="yes">
        <source>No answer from WhatsApp within %n second(s); the message may or may not have been sent, so it is not sent again.</source>
        <translation>
            <numerusform>%n 秒内未收到 WhatsApp 的响应；消息可能已发送也可能未发送，因此不会重新发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: an earlier message to this recipient is still waiting, and messages to one recipient go out in order.</source>
        <translation>未发送：发往该收件人的较早一条消息仍在等待，而发往同一收件人的消息需按顺序发出。</translation>
    </message>
    <message numerus="yes">
        <source>Not sent after %n attempt(s) within the time allowed; the last answer was: %1</source>
        <translation>
            <numerusform>在允许的时间内尝试了 %n 次仍未发送成功；最后一次的响应为：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked-device channels send text only; templates are a Cloud API feature.</source>
        <translation>关联设备渠道只能发送文本；模板是 Cloud API 的功能。</translation>
    </message>
    <message>
        <source>+%1 asked not to be messaged (opted out).</source>
        <translation>+%1 已要求不再接收消息（已退订）。</translation>
    </message>
    <message>
        <source>Unknown gateway type “%1”.</source>
        <translation>未知的网关类型“%1”。</translation>
    </message>
    <message>
        <source>The WhatsApp account of “%1” is not connected (gateway state: %2).</source>
        <translation>“%1”的 WhatsApp 账户未连接（网关状态：%2）。</translation>
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation>网关未及时响应。</translation>
    </message>
    <message numerus="yes">
        <source>The gateway did not answer within %n second(s); the message may or may not have been sent.</source>
        <translation>
            <numerusform>网关在 %n 秒内未响应；消息可能已发送也可能未发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent through the gateway: %1</source>
        <translation>已通过网关发送：%1</translation>
    </message>
    <message>
        <source>The channel to send from.</source>
        <translation>发送所用的渠道。</translation>
    </message>
    <message>
        <source>The recipient's international number, e.g. +49 151 23456789.</source>
        <translation>收件人的国际号码，例如 +49 151 23456789。</translation>
    </message>
    <message>
        <source>Free text, sent as given (needs an open 24-hour window).</source>
        <translation>自由文本，按原样发送（需要 24 小时窗口处于打开状态）。</translation>
    </message>
    <message>
        <source>An approved template, sent any time.</source>
        <translation>已批准的模板，随时可发送。</translation>
    </message>
    <message>
        <source>The template's language, e.g. en_US.</source>
        <translation>模板的语言，例如 en_US。</translation>
    </message>
    <message>
        <source>A body parameter of the template; repeat it for each one.</source>
        <translation>模板的正文参数；每个参数重复一次此选项。</translation>
    </message>
    <message>
        <source>Print one JSON object with ok, code, to, message_id, error, frees_at.</source>
        <translation>打印一个包含 ok、code、to、message_id、error、frees_at 的 JSON 对象。</translation>
    </message>
    <message>
        <source>How long to wait for WhatsApp to accept the message (default 30).</source>
        <translation>等待 WhatsApp 接受消息的时长（默认 30）。</translation>
    </message>
    <message>
        <source>Send one message and wait for WhatsApp to accept it.</source>
        <translation>发送一条消息并等待 WhatsApp 接受。</translation>
    </message>
    <message>
        <source>WeCom channels send text only; templates are WhatsApp's.</source>
        <translation>企业微信渠道只能发送文本；模板是 WhatsApp 的功能。</translation>
    </message>
    <message numerus="yes">
        <source>WeCom did not answer within %n second(s); the message may or may not have been sent.</source>
        <translation>
            <numerusform>企业微信在 %n 秒内没有应答；消息可能已发送，也可能没有。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent through WeCom: %1</source>
        <translation>已通过企业微信发送：%1</translation>
    </message>
    <message>
        <source>Queue one message and wait (default 30 s) for WhatsApp to accept it. NUMBER
is international, e.g. +49 151 23456789. Free text needs an open 24-hour
window; templates go any time. Linked-device channels send text only. On a WeCom
channel NUMBER is the member's user id (账号) and only text goes.
Failures print one code: NOT_CONNECTED (10), RATE_LIMITED (11),
INVALID_NUMBER (12), WINDOW_CLOSED (13), OPTED_OUT (14), SEND_FAILED (15),
AUTH_FAILED (16), NOT_ALLOWED (17) — the number is the exit code. --json prints one object
with ok, code, to, message_id, error, frees_at.
</source>
        <translation>将一条消息加入队列并等待（默认 30 秒）WhatsApp 接受。NUMBER
为国际号码，例如 +49 151 23456789。自由文本需要 24 小时窗口处于打开状态；
模板随时可发送。关联设备渠道只能发送文本。在企业微信
渠道上，NUMBER 是成员的用户 ID（账号），且只能发送文本。
失败时打印一个代码：NOT_CONNECTED (10)、RATE_LIMITED (11)、
INVALID_NUMBER (12)、WINDOW_CLOSED (13)、OPTED_OUT (14)、SEND_FAILED (15)、
AUTH_FAILED (16)、NOT_ALLOWED (17) —— 该数字即退出码。--json 打印一个对象，
包含 ok、code、to、message_id、error、frees_at。
</translation>
    </message>
    <message>
        <source>The link of the template's image header.</source>
        <translation>模板图片页眉的链接。</translation>
    </message>
    <message>
        <source>The link of the template's video header.</source>
        <translation>模板视频页眉的链接。</translation>
    </message>
    <message>
        <source>The link of the template's document header.</source>
        <translation>模板文档页眉的链接。</translation>
    </message>
    <message>
        <source>The parameter of the template's text header.</source>
        <translation>模板文本页眉的参数。</translation>
    </message>
    <message>
        <source>The payload of a quick reply button; the button options number the template's buttons in the order given.</source>
        <translation>快速回复按钮的载荷；按钮选项按给出的顺序对应模板的按钮。</translation>
    </message>
    <message>
        <source>The end of a URL button's link; the button options number the template's buttons in the order given.</source>
        <translation>URL 按钮链接的结尾部分；按钮选项按给出的顺序对应模板的按钮。</translation>
    </message>
    <message>
        <source>--header-… and --button-… belong to --template, not --text.</source>
        <translation>--header-… 和 --button-… 只用于 --template，不用于 --text。</translation>
    </message>
    <message>
        <source>A template has one header: give one --header-image, --header-video, --header-document or --header-text.</source>
        <translation>模板只有一个页眉：请只给出一个 --header-image、--header-video、--header-document 或 --header-text。</translation>
    </message>
</context>
<context>
    <name>SendSettingsDialog</name>
    <message>
        <source>Sending</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Limits protect your number's quality rating: a send over a limit is refused with the limit's name and the time it frees up.</source>
        <translation>限额可保护您号码的质量评级：超出限额的发送会被拒绝，并说明所触及的限额及其解除时间。</translation>
    </message>
    <message>
        <source>Per recipient per &amp;minute:</source>
        <translation>每位收件人每分钟(&amp;M)：</translation>
    </message>
    <message>
        <source>Per recipient per &amp;hour:</source>
        <translation>每位收件人每小时(&amp;H)：</translation>
    </message>
    <message>
        <source>Per channel per &amp;day:</source>
        <translation>每个渠道每天(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Opt-out words:</source>
        <translation>退订词语(&amp;O)：</translation>
    </message>
    <message>
        <source>STOP, UNSUBSCRIBE</source>
        <translation>STOP, UNSUBSCRIBE</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>“%1” is not HOST:PORT, e.g. 127.0.0.1:8645 or [::]:8645.</source>
        <translation>“%1”不是 HOST:PORT 格式，例如 127.0.0.1:8645 或 [::]:8645。</translation>
    </message>
    <message numerus="yes">
        <source>Listening on http://%1 for %n channel(s); health at /health. Ctrl+C stops.</source>
        <translation>
            <numerusform>正在 http://%1 上为 %n 个渠道监听；健康检查位于 /health。按 Ctrl+C 停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reloaded channels: %n served.</source>
        <translation>
            <numerusform>已重新加载渠道：正在为 %n 个渠道提供服务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Channel “%1”: %2</source>
        <translation>渠道“%1”：%2</translation>
    </message>
    <message>
        <source>Send %1 to %2 on “%3”: %4 %5</source>
        <translation>发送 %1 至 %2（渠道“%3”）：%4 %5</translation>
    </message>
    <message>
        <source>Address and port to listen on (default %1; [::]:8645 for IPv6).</source>
        <translation>监听的地址和端口（默认 %1；IPv6 使用 [::]:8645）。</translation>
    </message>
    <message>
        <source>Receive Meta's webhooks and keep the gateway connections, headless.</source>
        <translation>无界面运行：接收 Meta 的 Webhook 并保持网关连接。</translation>
    </message>
    <message>
        <source>Channel “%1” is not served: its secrets are not available. Set %2 and %3.</source>
        <translation>渠道“%1”未提供服务：无法获取其机密。请设置 %2 和 %3。</translation>
    </message>
    <message>
        <source>Address and port of the API for bots, scripts and remote consoles (default %1).</source>
        <translation>供机器人、脚本和远程控制台使用的 API 的地址和端口（默认 %1）。</translation>
    </message>
    <message>
        <source>Serve the API over HTTPS with this certificate (PEM).</source>
        <translation>使用此证书（PEM）通过 HTTPS 提供 API。</translation>
    </message>
    <message>
        <source>The private key of --api-tls-cert (PEM).</source>
        <translation>--api-tls-cert 的私钥（PEM）。</translation>
    </message>
    <message>
        <source>Allow plain HTTP for the API on an address other machines reach (only behind a TLS proxy).</source>
        <translation>允许 API 在其他计算机可访问的地址上使用纯 HTTP（仅限位于 TLS 代理之后）。</translation>
    </message>
    <message>
        <source>Do not run the API.</source>
        <translation>不运行 API。</translation>
    </message>
    <message>
        <source>Receive Meta's webhooks for every enabled channel, store them durably, log one line per
request to stderr. SIGINT/SIGTERM stop, SIGHUP reloads the channels. Put a TLS reverse
proxy or tunnel in front. Also keeps the gateway connections of enabled linked-device
channels and sends what is queued.
The API (docs/api.md) listens on --api-listen for requests with an API key made by
“channeldesk keys create”; beyond this machine only over TLS (--api-tls-cert/--api-tls-key).
</source>
        <translation>为每个已启用的渠道接收 Meta 的 Webhook，持久保存，并为每个请求向 stderr
记录一行。SIGINT/SIGTERM 停止，SIGHUP 重新加载渠道。请在前面放置 TLS 反向
代理或隧道。同时保持已启用的关联设备渠道的网关连接，
并发送队列中的消息。
API（docs/api.md）在 --api-listen 上监听带有 API 密钥的请求，密钥由
“channeldesk keys create”创建；本机以外仅可通过 TLS 访问（--api-tls-cert/--api-tls-key）。
</translation>
    </message>
    <message>
        <source>This server keeps secrets only in CHANNELDESK_SECRET_* variables, so channels cannot be set up through the API. Give it a master key (CHANNELDESK_MASTER_KEY, or the systemd credential channeldesk-master-key) to keep secrets in its encrypted secrets file.</source>
        <translation>此服务器仅在 CHANNELDESK_SECRET_* 变量中保存机密，因此无法通过 API 设置渠道。请为其提供主密钥（CHANNELDESK_MASTER_KEY，或 systemd 凭据 channeldesk-master-key），以便将机密保存在加密的机密文件中。</translation>
    </message>
    <message>
        <source>API on %1/api/v1/ (keys: channeldesk keys create).</source>
        <translation>API 位于 %1/api/v1/（密钥：channeldesk keys create）。</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>For example: desk.example.com:8646 or https://desk.example.com</source>
        <translation>例如：desk.example.com:8646 或 https://desk.example.com</translation>
    </message>
    <message>
        <source>Enter the server's address. %1</source>
        <translation>请输入服务器的地址。%1</translation>
    </message>
    <message>
        <source>“%1” is not a scheme the server speaks; use http:// or https://. %2</source>
        <translation>服务器不支持“%1”协议；请使用 http:// 或 https://。%2</translation>
    </message>
    <message>
        <source>Put an IPv6 address in brackets, as in [2001:db8::1]:8646.</source>
        <translation>请将 IPv6 地址放在方括号中，例如 [2001:db8::1]:8646。</translation>
    </message>
    <message>
        <source>“%1” is not a server address. %2</source>
        <translation>“%1”不是服务器地址。%2</translation>
    </message>
    <message>
        <source>Leave out the user name and password: the API key is asked for separately. %1</source>
        <translation>请勿包含用户名和密码：API 密钥会单独询问。%1</translation>
    </message>
    <message>
        <source>Leave out everything after “?” or “#”. %1</source>
        <translation>请去掉“?”或“#”之后的所有内容。%1</translation>
    </message>
    <message>
        <source>The server's API is at /api/v1, not at “%1”. %2</source>
        <translation>服务器的 API 位于 /api/v1，而不是“%1”。%2</translation>
    </message>
    <message>
        <source>Port 0 is not a server's port. %1</source>
        <translation>端口 0 不是服务器的端口。%1</translation>
    </message>
</context>
<context>
    <name>ServerApiDialog</name>
    <message>
        <source>Server API</source>
        <translation>服务器 API</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Bots, scripts and remote consoles can ask for channel status and QR codes, send messages and run tests through ChannelDesk's API, each with its own key (see the Keys tab). The window runs the API while it is open; to keep it running, use “channeldesk serve” instead.</source>
        <translation>机器人、脚本和远程控制台可以通过 ChannelDesk 的 API 查询渠道状态和二维码、发送消息和运行测试，每个都使用自己的密钥（见“密钥”标签页）。API 仅在窗口打开期间运行；如需持续运行，请改用“channeldesk serve”。</translation>
    </message>
    <message>
        <source>&amp;Run the server API for bots and remote consoles</source>
        <translation>为机器人和远程控制台运行服务器 API(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>IP address and port, e.g. 127.0.0.1:8646 (this computer only) or 0.0.0.0:8646 (every interface, needs TLS)</source>
        <translation>IP 地址和端口，例如 127.0.0.1:8646（仅本机）或 0.0.0.0:8646（所有网络接口，需要 TLS）</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>TLS 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>PEM file with the server's certificate (and any intermediate certificates); empty for plain HTTP</source>
        <translation>包含服务器证书（及所有中间证书）的 PEM 文件；留空则使用纯 HTTP</translation>
    </message>
    <message>
        <source>None: plain HTTP</source>
        <translation>无：纯 HTTP</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>PEM file with the certificate's private key; ChannelDesk reads it from there and never copies it</source>
        <translation>包含证书私钥的 PEM 文件；ChannelDesk 从该文件读取，绝不复制它</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>浏览(&amp;S)…</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP beyond this computer (only behind a TLS proxy)</source>
        <translation>允许本机以外使用纯 HTTP(&amp;H)（仅限位于 TLS 代理之后）</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>复制 URL(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>TLS ke&amp;y:</source>
        <translation>TLS 私钥(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>ServiceWindowRules</name>
    <message>
        <source>window closed</source>
        <translation>窗口已关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>剩余 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>剩余 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>settings.ini: %1 = “%2” is not a whole number; using %3.</source>
        <translation>settings.ini：%1 = “%2” 不是整数；改用 %3。</translation>
    </message>
</context>
<context>
    <name>SetupCommand</name>
    <message>
        <source>Save the non-secret fields only; the server then reads each secret from CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt;.</source>
        <translation>只保存非机密字段；服务器随后从 CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt; 读取每个机密。</translation>
    </message>
    <message>
        <source>Create or update channels from an answers JSON file.</source>
        <translation>根据应答 JSON 文件创建或更新渠道。</translation>
    </message>
    <message>
        <source>setup needs --answers FILE.</source>
        <translation>setup 需要 --answers FILE。</translation>
    </message>
    <message>
        <source>Cannot read the answers file %1: %2</source>
        <translation>无法读取应答文件 %1：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>The answers file has %n problem(s); nothing was saved:</source>
        <translation>
            <numerusform>应答文件有 %n 个问题；未保存任何内容：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved. On a server without a keychain, run setup with --no-keychain and export the secrets as environment variables (see --help).</source>
        <translation>未保存任何内容。在没有钥匙串的服务器上，请使用 --no-keychain 运行 setup，并将机密信息导出为环境变量（参见 --help）。</translation>
    </message>
    <message>
        <source>Saved channel “%1” (%2, %3).</source>
        <translation>已保存渠道“%1”（%2，%3）。</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>  Callback URL:  %1</source>
        <translation>  回调 URL：%1</translation>
    </message>
    <message>
        <source>  Verify token:  %1 (the value from the answers file)</source>
        <translation>  验证令牌：%1（应答文件中的值）</translation>
    </message>
    <message>
        <source>  Gateway:       %1 at %2, session “%3”</source>
        <translation>  网关：%1，地址 %2，会话“%3”</translation>
    </message>
    <message>
        <source>  Open “channeldesk --show-channel %1” to scan the pairing QR; “channeldesk serve” keeps the connection on a server.</source>
        <translation>  运行“channeldesk --show-channel %1”打开渠道页面以扫描配对二维码；“channeldesk serve”可在服务器上保持连接。</translation>
    </message>
    <message>
        <source>  Export %1 before running the server.</source>
        <translation>  运行服务器前请导出 %1。</translation>
    </message>
    <message>
        <source>In Meta's App Dashboard open WhatsApp &gt; Configuration, paste the Callback URL and the verify token, click “Verify and save”, then subscribe to the “messages” field.</source>
        <translation>在 Meta 应用面板（App Dashboard）中打开“WhatsApp &gt; Configuration”，粘贴回调 URL（Callback URL）和验证令牌（Verify token），点击“Verify and save”，然后订阅“messages”字段。</translation>
    </message>
    <message>
        <source>The answers JSON file (keys messaging-whatsapp, messaging-whatsapp-linked and messaging-wecom; see the README).</source>
        <translation>应答 JSON 文件（键 messaging-whatsapp、messaging-whatsapp-linked 和 messaging-wecom；参见 README）。</translation>
    </message>
    <message>
        <source>Create or update channels from an answers JSON file (keys messaging-whatsapp,
messaging-whatsapp-linked and messaging-wecom). Everything is validated first; nothing
is saved if any field is invalid. Secrets go to the OS keychain.
</source>
        <translation>根据应答 JSON 文件（键 messaging-whatsapp、
messaging-whatsapp-linked 和 messaging-wecom）创建或更新渠道。所有内容会先经过校验；
只要有字段无效，就不会保存任何内容。密钥保存在操作系统钥匙串中。
</translation>
    </message>
    <message>
        <source>  Shared URL:    %1 (one URL for several apps)</source>
        <translation>  共用 URL：     %1（多个应用共用一个 URL）</translation>
    </message>
    <message>
        <source>  Token:         %1 (the value from the answers file)</source>
        <translation>  Token：        %1（应答文件中的值）</translation>
    </message>
    <message>
        <source>In WeCom's admin console open 应用管理 → your app → 接收消息 → 设置API接收, paste the URL, Token and EncodingAESKey and click 保存; add this server's public IP under 企业可信IP.</source>
        <translation>在企业微信管理后台打开 应用管理 → 你的应用 → 接收消息 → 设置API接收，粘贴 URL、Token 和 EncodingAESKey 并点击“保存”；再把本服务器的公网 IP 添加到“企业可信IP”中。</translation>
    </message>
</context>
<context>
    <name>SetupCopy</name>
    <message>
        <source>Cannot write the copy of the channel settings %1: %2</source>
        <translation>无法写入渠道设置副本 %1：%2</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>打印一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Switch the databases to incremental vacuum and give their free space back (only while no receiver runs on this data directory).</source>
        <translation>将数据库切换为增量清理（incremental vacuum）模式并归还其空闲空间（仅当没有接收器在此数据目录上运行时）。</translation>
    </message>
    <message>
        <source>Show the data directory's disk use, free space and receiver.</source>
        <translation>显示数据目录的磁盘占用、可用空间和接收器。</translation>
    </message>
    <message>
        <source>Print the data directory, the size of each file in it, the free space of its disk
(a warning below 1 GB), the retention (settings.ini [retention]) and the process
running the receiver, if any. --json prints the same as one object: data_directory,
disk (files with name and bytes, data_bytes, free_bytes, total_bytes, low),
retention (journal_days, message_days; 0 keeps every message), receiver (running,
pid, host).

A running receiver prunes and gives space back by itself. Files created before
retention existed give space back only after one full VACUUM, which the receiver
does itself only for files up to 16 MB: --vacuum does it for any size, with the
receiver stopped (a VACUUM rewrites the whole file and would hold deliveries up).
</source>
        <translation>打印数据目录、其中每个文件的大小、所在磁盘的可用空间（低于 1 GB 时发出警告）、
保留期限（settings.ini [retention]）以及正在运行接收器的进程（如有）。--json
以一个对象输出相同内容：data_directory、disk（含 name 和 bytes 的 files、
data_bytes、free_bytes、total_bytes、low）、retention（journal_days、
message_days；0 表示保留所有消息）、receiver（running、pid、host）。

正在运行的接收器会自行清理并归还空间。在引入保留期限之前创建的文件，只有经过
一次完整的 VACUUM 后才会归还空间，而接收器只会自行对不超过 16 MB 的文件执行
此操作：--vacuum 可对任意大小的文件执行，但需先停止接收器（VACUUM 会重写整个
文件，期间投递将被阻塞）。
</translation>
    </message>
    <message>
        <source>Data directory: %1</source>
        <translation>数据目录：%1</translation>
    </message>
    <message>
        <source>Data: %1; free on its disk: %2 of %3</source>
        <translation>数据：%1；所在磁盘可用空间：%2（共 %3）</translation>
    </message>
    <message numerus="yes">
        <source>Retention: journal entries %n days after they are built and forwarded</source>
        <translation>
            <numerusform>保留期限：投递日志条目在写入会话日志并转发后保留 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>messages %n days</source>
        <translation>
            <numerusform>消息保留 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>messages kept for ever</source>
        <translation>消息永久保留</translation>
    </message>
    <message>
        <source>Receiver: running in process %1 on %2</source>
        <translation>接收器：正在 %2 上的进程 %1 中运行</translation>
    </message>
    <message>
        <source>Receiver: not running</source>
        <translation>接收器：未运行</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>status --vacuum: the receiver of process %1 on %2 is using this data directory. Stop it first: a VACUUM would hold its deliveries up until it ends.</source>
        <translation>status --vacuum：%2 上进程 %1 的接收器正在使用此数据目录。请先停止它：VACUUM 会阻塞其投递，直到执行结束。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>StorageSettingsDialog</name>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>The delivery journal keeps the raw body of every delivery until the log is built from it and its bot took it, then for the days below. Messages are kept for ever unless you set a number of days; export them first (channeldesk export).</source>
        <translation>投递日志会保存每条投递的原始正文，直到它已写入会话日志且已被对应的机器人取走，之后再保留下方设置的天数。除非设置天数，否则消息将永久保留；设置前请先导出（channeldesk export）。</translation>
    </message>
    <message>
        <source>Keep &amp;journal entries (days):</source>
        <translation>保留投递日志条目（天）(&amp;J)：</translation>
    </message>
    <message>
        <source>Keep &amp;messages (days, 0 = for ever):</source>
        <translation>保留消息（天，0 = 永久）(&amp;M)：</translation>
    </message>
    <message>
        <source>Disk use</source>
        <translation>磁盘占用</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在计算…</translation>
    </message>
</context>
<context>
    <name>StoreDiagnosis</name>
    <message>
        <source>The conversation store %1 is damaged (%2), so ChannelDesk cannot use it. Run “channeldesk repair” (or choose Repair in the window): it moves the damaged file aside and rebuilds the store from the delivery journal, which holds every accepted message, and from the copy of the channel settings.</source>
        <translation>会话存储 %1 已损坏（%2），ChannelDesk 无法使用。请运行“channeldesk repair”（或在窗口中选择“修复”）：它会将损坏的文件移到一旁，并根据投递日志（其中保存了每条已接收的消息）和渠道设置副本重建会话存储。</translation>
    </message>
    <message>
        <source>The delivery journal %1 is damaged (%2), so the receiver cannot keep deliveries in it. Run “channeldesk repair” (or choose Repair in the window): it moves the damaged journal aside and starts a new one. Deliveries it held that are not in the conversation log yet are lost; the log keeps everything already built.</source>
        <translation>投递日志 %1 已损坏（%2），接收器无法在其中保存投递。请运行“channeldesk repair”（或在窗口中选择“修复”）：它会将损坏的投递日志移到一旁并新建一个。其中尚未写入会话日志的投递将丢失；会话日志会保留所有已写入的内容。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Move it aside or restore it from a backup.</source>
        <translation>数据库 %1 已损坏（%2）。请将其移到一旁，或从备份恢复。</translation>
    </message>
    <message>
        <source>ChannelDesk may not write to %1: the file belongs to another user (%2). Give it back to the user running ChannelDesk, e.g. “sudo chown %3 %1” and “chmod u+rw %1”, then start again. Nothing needs repair.</source>
        <translation>ChannelDesk 无权写入 %1：该文件属于另一个用户（%2）。请将其归还给运行 ChannelDesk 的用户，例如执行“sudo chown %3 %1”和“chmod u+rw %1”，然后重新启动。无需修复。</translation>
    </message>
    <message>
        <source>ChannelDesk may not write to %1: the file is read-only. Make it writable, e.g. “chmod u+rw %1”, then start again. Nothing needs repair.</source>
        <translation>ChannelDesk 无权写入 %1：该文件为只读。请使其可写，例如执行“chmod u+rw %1”，然后重新启动。无需修复。</translation>
    </message>
    <message>
        <source>ChannelDesk may not write in its data directory %1, which belongs to another user (%2); SQLite keeps the -wal and -shm files of %3 there. Give it back to the user running ChannelDesk, e.g. “sudo chown -R %4 %1” and “chmod u+rwx %1”, then start again. Nothing needs repair.</source>
        <translation>ChannelDesk 无权在其数据目录 %1 中写入，该目录属于另一个用户（%2）；SQLite 会在其中保存 %3 的 -wal 和 -shm 文件。请将其归还给运行 ChannelDesk 的用户，例如执行“sudo chown -R %4 %1”和“chmod u+rwx %1”，然后重新启动。无需修复。</translation>
    </message>
    <message>
        <source>ChannelDesk may not write in its data directory %1 (the folder is read-only); SQLite keeps the -wal and -shm files of %2 there. Make it writable, e.g. “chmod u+rwx %1”, then start again. Nothing needs repair.</source>
        <translation>ChannelDesk 无权在其数据目录 %1 中写入（该文件夹为只读）；SQLite 会在其中保存 %2 的 -wal 和 -shm 文件。请使其可写，例如执行“chmod u+rwx %1”，然后重新启动。无需修复。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 free). Free some space on it, then start again. Nothing needs repair: what was acknowledged is kept in the delivery journal.</source>
        <translation>%1 所在的磁盘已满（可用空间 %2）。请释放一些空间，然后重新启动。无需修复：已确认的内容都保存在投递日志中。</translation>
    </message>
    <message>
        <source>The file is damaged: run “channeldesk repair”.</source>
        <translation>文件已损坏：请运行“channeldesk repair”。</translation>
    </message>
    <message>
        <source>SQLite gave no reason</source>
        <translation>SQLite 未给出原因</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>ChannelDesk cannot open %1 for writing (%2). Check that the file and its folder belong to the user running ChannelDesk and that the disk is mounted writable.</source>
        <translation>ChannelDesk 无法以写入方式打开 %1（%2）。请检查该文件及其所在文件夹是否属于运行 ChannelDesk 的用户，以及磁盘是否以可写方式挂载。</translation>
    </message>
    <message>
        <source>ChannelDesk cannot use %1: %2</source>
        <translation>ChannelDesk 无法使用 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>the copy of the channel settings %1 lists %n channel(s) and API key(s)</source>
        <translation>
            <numerusform>渠道设置副本 %1 中列有 %n 个渠道和 API 密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>the delivery journal %1 beside it holds deliveries</source>
        <translation>同目录下的投递日志 %1 中仍有投递</translation>
    </message>
    <message>
        <source>The conversation store %1 is missing or empty, but %2: it was lost or cut short (a full disk, a backup restored without it). ChannelDesk does not start with an empty setup over it. Run “channeldesk repair” (or choose Repair in the window) to rebuild it from the delivery journal and the copy of the channel settings. To really start afresh, move the whole data directory aside instead.</source>
        <translation>会话存储 %1 缺失或为空，但%2：会话存储已丢失或被截断（磁盘已满，或恢复备份时未包含它）。为避免覆盖这些数据，ChannelDesk 不会以空白设置启动。请运行“channeldesk repair”（或在窗口中选择“修复”），根据投递日志和渠道设置副本重建会话存储。如果确实要从头开始，请改为将整个数据目录移到一旁。</translation>
    </message>
</context>
<context>
    <name>StoreRepairDialog</name>
    <message>
        <source>ChannelDesk Cannot Open Its Data</source>
        <translation>ChannelDesk 无法打开其数据</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>修复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TemplatePickerWidget</name>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>en_US</source>
        <translation>en_US</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <source>Load the approved templates of the WhatsApp Business Account again</source>
        <translation>重新加载 WhatsApp Business 账户中已批准的模板</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>The channel to test.</source>
        <translation>要测试的渠道。</translation>
    </message>
    <message>
        <source>How long to wait for Meta's answer (default 20).</source>
        <translation>等待 Meta 回复的时长（默认 20）。</translation>
    </message>
    <message>
        <source>test needs --channel ID.</source>
        <translation>test 需要 --channel ID。</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout 需要一个正整数（秒）。</translation>
    </message>
    <message>
        <source>The access token of “%1” is neither in the keychain nor in %2.</source>
        <translation>渠道“%1”的访问令牌既不在钥匙串中，也不在 %2 中。</translation>
    </message>
    <message>
        <source>Testing “%1” (phone number ID %2, token %3)…</source>
        <translation>正在测试“%1”（电话号码 ID %2，令牌 %3）…</translation>
    </message>
    <message>
        <source>Test Connection failed.</source>
        <translation>测试连接失败。</translation>
    </message>
    <message>
        <source>  Quality rating: %1</source>
        <translation>  质量评级：%1</translation>
    </message>
    <message>
        <source>  Verification:   %1</source>
        <translation>  验证状态：%1</translation>
    </message>
    <message>
        <source>  Platform:       %1</source>
        <translation>  平台：    %1</translation>
    </message>
    <message>
        <source>  Throughput:     %1</source>
        <translation>  吞吐量：  %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The Secret of “%1” is neither in the keychain nor in %2.</source>
        <translation>“%1”的 Secret 既不在钥匙串中，也不在 %2 中。</translation>
    </message>
    <message>
        <source>Testing “%1” (corp %2, AgentId %3, Secret %4)…</source>
        <translation>正在测试“%1”（企业 %2，AgentId %3，Secret %4）…</translation>
    </message>
    <message>
        <source>Run Test Connection against the Graph API (or WeCom's API, or a linked channel's gateway).</source>
        <translation>对 Graph API（或企业微信 API，或已关联渠道的网关）运行连接测试。</translation>
    </message>
    <message>
        <source>Run Test Connection against the Graph API and print the outcome: the verified name and
number, quality rating, platform and throughput, or Meta's error with the fix. For a WeCom
channel: fetch an access token with the app's Secret and print the app's name. For a
linked-device channel: check that its gateway answers, accepts the API key and has the
session linked to a phone.
Exit codes: 0 the channel works, 1 the test failed (the output says which step), 2 bad
arguments, 3 no keychain, 4 no such channel.
</source>
        <translation>对 Graph API 运行连接测试并打印结果：认证名称和号码、质量评级、平台和吞吐量，
或 Meta 的错误及修复方法。对企业微信渠道：用应用的 Secret 获取访问令牌并打印
应用名称。对已关联设备的渠道：检查它的网关是否应答、是否接受 API 密钥、
会话是否已关联到手机。
退出码：0 渠道可用，1 测试失败（输出会说明哪一步），2 参数错误，
3 没有钥匙串，4 没有该渠道。
</translation>
    </message>
    <message>
        <source>The gateway API key of “%1” is neither in the keychain nor in %2.</source>
        <translation>“%1”的网关 API 密钥既不在钥匙串中，也不在 %2 中。</translation>
    </message>
    <message>
        <source>Unknown gateway type “%1”.</source>
        <translation>未知的网关类型“%1”。</translation>
    </message>
    <message>
        <source>Testing “%1” (%2 at %3, session “%4”, key %5)…</source>
        <translation>正在测试“%1”（%2，位于 %3，会话“%4”，密钥 %5）…</translation>
    </message>
    <message>
        <source>Test Connection failed: the gateway cannot be used.</source>
        <translation>连接测试失败：无法使用该网关。</translation>
    </message>
    <message>
        <source>  Gateway:  reachable</source>
        <translation>  网关：    可以访问</translation>
    </message>
    <message>
        <source>Test Connection failed: the gateway rejected the API key.</source>
        <translation>连接测试失败：网关拒绝了 API 密钥。</translation>
    </message>
    <message>
        <source>Replace it with “channeldesk setup --answers FILE” or Replace… on the channel's page.</source>
        <translation>请用“channeldesk setup --answers FILE”或渠道页面上的“替换…”来替换它。</translation>
    </message>
    <message>
        <source>Test Connection failed: no session on the gateway.</source>
        <translation>连接测试失败：网关上没有该会话。</translation>
    </message>
    <message>
        <source>  API key:  accepted</source>
        <translation>  API 密钥：已接受</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>没有状态</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1（+%2）</translation>
    </message>
    <message>
        <source>  Session:  working (%1), linked as %2</source>
        <translation>  会话：    正常（%1），关联为 %2</translation>
    </message>
    <message>
        <source>an unnamed account</source>
        <translation>一个未命名的账号</translation>
    </message>
    <message>
        <source>The channel works: replies and test messages go through the gateway.</source>
        <translation>该渠道可以使用：回复和测试消息会通过网关发送。</translation>
    </message>
    <message>
        <source>  Session:  %1 (%2)</source>
        <translation>  会话：    %1（%2）</translation>
    </message>
    <message>
        <source>the phone is not linked: it needs a scan. Open the channel in the window (or its QR through the server API) and scan the code with WhatsApp → Linked devices.</source>
        <translation>手机未关联：需要扫码。请在窗口中打开该渠道（或通过服务器 API 获取二维码），然后用 WhatsApp → 已关联的设备 扫码。</translation>
    </message>
    <message>
        <source>the session is starting on the gateway; run the test again in a moment.</source>
        <translation>会话正在网关上启动；请稍后再运行测试。</translation>
    </message>
    <message>
        <source>the session failed on the gateway: start a new pairing window (“channeldesk channels pair %1”), or log out and link again.</source>
        <translation>会话在网关上失败：请开始新的配对窗口（“channeldesk channels pair %1”），或注销后重新关联。</translation>
    </message>
    <message>
        <source>the session is stopped: start it (“channeldesk channels start %1”, or Start in the window).</source>
        <translation>会话已停止：请启动它（“channeldesk channels start %1”，或在窗口中点“启动”）。</translation>
    </message>
    <message>
        <source>the phone was logged out: link it again with a new scan.</source>
        <translation>手机已被注销：请重新扫码关联。</translation>
    </message>
    <message>
        <source>the gateway reports “%1”, which ChannelDesk does not know as linked.</source>
        <translation>网关报告“%1”，ChannelDesk 不认为这是已关联状态。</translation>
    </message>
    <message>
        <source>Test Connection failed: %1</source>
        <translation>连接测试失败：%1</translation>
    </message>
</context>
<context>
    <name>TestMessageDialog</name>
    <message>
        <source>Send Test Message</source>
        <translation>发送测试消息</translation>
    </message>
    <message>
        <source>Sends one message and follows it through WhatsApp: queued, accepted by Meta, sent, delivered and read. Status updates need the webhook receiver to be reachable from Meta.</source>
        <translation>发送一条消息并跟踪它在 WhatsApp 中的处理过程：已排队、已被 Meta 接受、已发送、已送达、已读。状态更新要求 Meta 能够访问 Webhook 接收器。</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <source>+49 151 23456789</source>
        <translation>+49 151 23456789</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>发送：</translation>
    </message>
    <message>
        <source>Template hello_world (works without an open conversation)</source>
        <translation>模板 hello_world（无需已开启的会话即可使用）</translation>
    </message>
    <message>
        <source>Text (only if the number wrote to you in the last 24 hours)</source>
        <translation>文本（仅当该号码在过去 24 小时内给您发过消息时）</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>Delivery steps</source>
        <translation>投递步骤</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>After</source>
        <translation>间隔</translation>
    </message>
</context>
<context>
    <name>TrustCertificateDialog</name>
    <message>
        <source>Trust Server Certificate?</source>
        <translation>信任服务器证书？</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation>证书指纹</translation>
    </message>
</context>
<context>
    <name>WeComCallbackParser</name>
    <message>
        <source>The XML is larger than 1 MiB.</source>
        <translation>XML 大于 1 MiB。</translation>
    </message>
    <message>
        <source>The XML has a DOCTYPE; WeCom never sends one.</source>
        <translation>XML 含有 DOCTYPE；企业微信从不发送 DOCTYPE。</translation>
    </message>
    <message>
        <source>The XML's root element is &lt;%1&gt;, not &lt;xml&gt;.</source>
        <translation>XML 的根元素是 &lt;%1&gt;，而不是 &lt;xml&gt;。</translation>
    </message>
    <message>
        <source>The XML has &lt;%1&gt; twice.</source>
        <translation>XML 中 &lt;%1&gt; 出现了两次。</translation>
    </message>
    <message>
        <source>The XML is not well-formed: %1 (line %2, column %3).</source>
        <translation>XML 格式不正确：%1（第 %2 行，第 %3 列）。</translation>
    </message>
    <message>
        <source>The XML has no &lt;xml&gt; root element.</source>
        <translation>XML 没有 &lt;xml&gt; 根元素。</translation>
    </message>
    <message>
        <source>The callback has no &lt;Encrypt&gt; element, or it is empty.</source>
        <translation>回调中没有 &lt;Encrypt&gt; 元素，或该元素为空。</translation>
    </message>
    <message>
        <source>The message has no &lt;FromUserName&gt;.</source>
        <translation>消息中没有 &lt;FromUserName&gt;。</translation>
    </message>
    <message>
        <source>The message's &lt;CreateTime&gt; "%1" is not a whole number of seconds.</source>
        <translation>消息的 &lt;CreateTime&gt;“%1”不是整数秒。</translation>
    </message>
    <message>
        <source>The message has no &lt;MsgType&gt;.</source>
        <translation>消息中没有 &lt;MsgType&gt;。</translation>
    </message>
    <message>
        <source>The event has no &lt;Event&gt;.</source>
        <translation>事件中没有 &lt;Event&gt;。</translation>
    </message>
</context>
<context>
    <name>WeComCallbackRoute</name>
    <message>
        <source>No WeCom channel has the id %1.</source>
        <translation>没有 ID 为 %1 的企业微信渠道。</translation>
    </message>
    <message>
        <source>The channel is disabled.</source>
        <translation>该渠道已停用。</translation>
    </message>
    <message>
        <source>WeCom calls back with GET and POST only, not %1.</source>
        <translation>企业微信只用 GET 和 POST 回调，不用 %1。</translation>
    </message>
    <message>
        <source>No enabled WeCom channel is served on /wecom/callback.</source>
        <translation>/wecom/callback 上没有已启用的企业微信渠道。</translation>
    </message>
    <message>
        <source>The request has no msg_signature; it did not come from WeCom.</source>
        <translation>请求中没有 msg_signature；它不是来自企业微信。</translation>
    </message>
    <message>
        <source>The timestamp or nonce is missing or not a number.</source>
        <translation>timestamp 或 nonce 缺失，或不是数字。</translation>
    </message>
    <message>
        <source>The request's timestamp is %1 s away from this computer's clock (at most %2 s are accepted, against replayed requests). If every callback fails like this, set this computer's clock right.</source>
        <translation>请求的时间戳与本机时钟相差 %1 秒（为防止重放，最多接受 %2 秒）。如果每个回调都这样失败，请校准本机时钟。</translation>
    </message>
    <message>
        <source>The verification request has no echostr.</source>
        <translation>验证请求中没有 echostr。</translation>
    </message>
    <message>
        <source>The body is over %1 bytes; WeCom's callbacks are far smaller.</source>
        <translation>请求体超过 %1 字节；企业微信的回调要小得多。</translation>
    </message>
    <message>
        <source>No WeCom channel's Token makes the msg_signature match. If every callback fails like this, the Token in WeCom's console differs from the channel's.</source>
        <translation>没有任何企业微信渠道的 Token 能使 msg_signature 匹配。如果每个回调都这样失败，说明企业微信管理后台中的 Token 与渠道的不一致。</translation>
    </message>
    <message>
        <source>The msg_signature does not match this channel's Token. If every callback fails like this, the Token in WeCom's console differs from the channel's.</source>
        <translation>msg_signature 与此渠道的 Token 不匹配。如果每个回调都这样失败，说明企业微信管理后台中的 Token 与渠道的不一致。</translation>
    </message>
    <message>
        <source>%1 If every callback fails like this, the EncodingAESKey in WeCom's console differs from the channel's.</source>
        <translation>%1 如果每个回调都这样失败，说明企业微信管理后台中的 EncodingAESKey 与渠道的不一致。</translation>
    </message>
    <message>
        <source>The callback was encrypted for corp %1, not this channel's %2.</source>
        <translation>该回调是为企业 %1 加密的，而不是此渠道的 %2。</translation>
    </message>
</context>
<context>
    <name>WeComCrypto</name>
    <message>
        <source>Decrypted.</source>
        <translation>已解密。</translation>
    </message>
    <message>
        <source>The EncodingAESKey is not 43 letters and digits that decode to a 32-byte key.</source>
        <translation>EncodingAESKey 不是能解码为 32 字节密钥的 43 位字母和数字。</translation>
    </message>
    <message>
        <source>The encrypted text is not valid Base64.</source>
        <translation>密文不是有效的 Base64。</translation>
    </message>
    <message>
        <source>The encrypted text is empty or not a whole number of AES blocks.</source>
        <translation>密文为空，或不是整数个 AES 块。</translation>
    </message>
    <message>
        <source>The decrypted text has invalid padding; the EncodingAESKey is probably not the one set in WeCom's admin console.</source>
        <translation>解密后的文本填充无效；EncodingAESKey 很可能与企业微信管理后台中设置的不同。</translation>
    </message>
    <message>
        <source>The decrypted text's length field runs past its end; the EncodingAESKey is probably wrong.</source>
        <translation>解密后文本的长度字段超出了末尾；EncodingAESKey 很可能有误。</translation>
    </message>
</context>
<context>
    <name>WeComErrorDecoder</name>
    <message>
        <source>WeCom's servers were busy.</source>
        <translation>企业微信服务器繁忙。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>请稍后重试。</translation>
    </message>
    <message>
        <source>WeCom rejected the app's Secret: it is wrong, belongs to another app, or was reset.</source>
        <translation>企业微信拒绝了应用的 Secret：它有误、属于其他应用，或已被重置。</translation>
    </message>
    <message>
        <source>Copy the Secret again in the WeCom admin console under 应用管理 → the app → Secret. "View" sends the Secret to the administrator's WeCom app; paste it exactly.</source>
        <translation>请在企业微信管理后台的 应用管理 → 该应用 → Secret 处重新复制 Secret。点击“查看”会把 Secret 发送到管理员的企业微信；请原样粘贴。</translation>
    </message>
    <message>
        <source>WeCom does not know this Corp ID.</source>
        <translation>企业微信不认识此企业ID。</translation>
    </message>
    <message>
        <source>Copy the Corp ID from the WeCom admin console under 我的企业 → 企业信息 → 企业ID.</source>
        <translation>请从企业微信管理后台的 我的企业 → 企业信息 → 企业ID 处复制企业ID。</translation>
    </message>
    <message>
        <source>WeCom rejected the access token as invalid or expired.</source>
        <translation>企业微信认为 access_token 无效或已过期，予以拒绝。</translation>
    </message>
    <message>
        <source>ChannelDesk fetches a new token and tries once more by itself; if this keeps happening, check that the Secret was not reset.</source>
        <translation>ChannelDesk 会自动获取新令牌并重试一次；如果反复出现，请检查 Secret 是否已被重置。</translation>
    </message>
    <message>
        <source>The AgentId does not belong to the app whose Secret was used.</source>
        <translation>该 AgentId 不属于所用 Secret 对应的应用。</translation>
    </message>
    <message>
        <source>Copy the AgentId from the app's page (应用管理 → the app → AgentId) and check that the Secret is that app's Secret.</source>
        <translation>请从应用页面（应用管理 → 该应用 → AgentId）复制 AgentId，并确认 Secret 是该应用的 Secret。</translation>
    </message>
    <message>
        <source>WeCom does not allow this app to call this API.</source>
        <translation>企业微信不允许此应用调用此接口。</translation>
    </message>
    <message>
        <source>Use the self-built app's own Secret (not the contacts-sync or another app's Secret) and check the app's API permissions under 应用管理 → the app.</source>
        <translation>请使用该自建应用自己的 Secret（而不是通讯录同步或其他应用的 Secret），并在 应用管理 → 该应用 中检查其接口权限。</translation>
    </message>
    <message>
        <source>The app has no access to this member or department: it is outside the app's visible range.</source>
        <translation>应用无权访问此成员或部门：其不在应用的可见范围内。</translation>
    </message>
    <message>
        <source>Add the member or their department to the app's visible range under 应用管理 → the app → 可见范围.</source>
        <translation>请在 应用管理 → 该应用 → 可见范围 中加入该成员或其部门。</translation>
    </message>
    <message>
        <source>WeCom refused the call because this server's IP address is not in the app's trusted IP list.</source>
        <translation>企业微信拒绝了调用，因为本服务器的 IP 地址不在应用的企业可信IP列表中。</translation>
    </message>
    <message>
        <source>WeCom refused the call because it came from %1, which is not in the app's trusted IP list.</source>
        <translation>企业微信拒绝了调用，因为它来自 %1，该地址不在应用的企业可信IP列表中。</translation>
    </message>
    <message>
        <source>Add this server's public IP address under 应用管理 → the app → 企业可信IP. WeCom only lets you set it once a trusted domain or the callback URL is configured for the app. Retrying does not help until then.</source>
        <translation>请在 应用管理 → 该应用 → 企业可信IP 中加入本服务器的公网 IP 地址。只有在为应用配置了可信域名或回调 URL 之后，企业微信才允许设置它。在此之前重试无济于事。</translation>
    </message>
    <message>
        <source>Add %1 under 应用管理 → the app → 企业可信IP. WeCom only lets you set it once a trusted domain or the callback URL is configured for the app. Retrying does not help until then.</source>
        <translation>请在 应用管理 → 该应用 → 企业可信IP 中加入 %1。只有在为应用配置了可信域名或回调 URL 之后，企业微信才允许设置它。在此之前重试无济于事。</translation>
    </message>
    <message>
        <source>WeCom found none of the recipients: the UserID does not exist or is outside the app's visible range.</source>
        <translation>企业微信找不到任何接收人：该 UserID 不存在，或不在应用的可见范围内。</translation>
    </message>
    <message>
        <source>Check the UserID (通讯录 → the member → 账号, not the display name) and that the member is in the app's visible range (应用管理 → the app → 可见范围).</source>
        <translation>请检查 UserID（通讯录 → 该成员 → 账号，而不是显示名称），并确认该成员在应用的可见范围内（应用管理 → 该应用 → 可见范围）。</translation>
    </message>
    <message>
        <source>None of the given recipients (members, departments or tags) is valid.</source>
        <translation>给出的接收人（成员、部门或标签）都无效。</translation>
    </message>
    <message>
        <source>Check the UserIDs and that they are in the app's visible range.</source>
        <translation>请检查 UserID，并确认它们在应用的可见范围内。</translation>
    </message>
    <message>
        <source>WeCom's rate limit was reached (one app may send about 30 messages a minute to one member).</source>
        <translation>已达到企业微信的频率限制（一个应用每分钟向同一成员大约只能发送 30 条消息）。</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>请等一分钟后重试。</translation>
    </message>
    <message>
        <source>Too many calls to WeCom ran at the same time.</source>
        <translation>同时进行的企业微信调用过多。</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>文本为空。</translation>
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation>请先输入内容再发送。</translation>
    </message>
    <message>
        <source>WeCom rejected the request (error %1).</source>
        <translation>企业微信拒绝了请求（错误 %1）。</translation>
    </message>
    <message>
        <source>Look the code up at https://open.work.weixin.qq.com/devtool/query?e=%1.</source>
        <translation>请在 https://open.work.weixin.qq.com/devtool/query?e=%1 查询该错误码。</translation>
    </message>
    <message>
        <source>WeCom answered %1</source>
        <translation>企业微信应答 %1</translation>
    </message>
    <message>
        <source>WeCom answered %1: %2</source>
        <translation>企业微信应答 %1：%2</translation>
    </message>
</context>
<context>
    <name>WeComValidator</name>
    <message>
        <source>a space or line break</source>
        <translation>空格或换行符</translation>
    </message>
    <message>
        <source>Find it in WeCom's admin console (work.weixin.qq.com) under 我的企业 → 企业信息 → 企业ID (My Company → Company Info → CorpID).</source>
        <translation>可在企业微信管理后台（work.weixin.qq.com）的 我的企业 → 企业信息 → 企业ID 中找到。</translation>
    </message>
    <message>
        <source>Find it in WeCom's admin console under 应用管理 → 自建 → your app (App Management → Self-built → the app).</source>
        <translation>可在企业微信管理后台的 应用管理 → 自建 → 你的应用 中找到。</translation>
    </message>
    <message>
        <source>In WeCom's admin console open your app's 接收消息 → 设置API接收 (Receive Messages → Set API Receiving); “随机获取” there, or Generate here, makes one.</source>
        <translation>在企业微信管理后台打开应用的 接收消息 → 设置API接收；可在那里点击“随机获取”，或在此处点击“生成”。</translation>
    </message>
    <message>
        <source>Enter the corp ID (企业ID). %1</source>
        <translation>请输入企业ID。%1</translation>
    </message>
    <message>
        <source>Remove the spaces around the corp ID. %1</source>
        <translation>请删除企业ID前后的空格。%1</translation>
    </message>
    <message>
        <source>A corp ID starts with “ww” or “wx”, followed by 16 letters and digits. %1</source>
        <translation>企业ID以“ww”或“wx”开头，后面是 16 位字母和数字。%1</translation>
    </message>
    <message>
        <source>A corp ID has only letters and digits; remove %1. %2</source>
        <translation>企业ID只包含字母和数字；请删除%1。%2</translation>
    </message>
    <message>
        <source>A corp ID is 18 characters long (“ww” or “wx” and 16 letters and digits); this one has %1. %2</source>
        <translation>企业ID长 18 个字符（“ww”或“wx”加 16 位字母和数字）；这个有 %1 个。%2</translation>
    </message>
    <message>
        <source>It is the AgentId shown on the app's page. %1</source>
        <translation>即应用页面上显示的 AgentId。%1</translation>
    </message>
    <message>
        <source>Enter the app's AgentId, for example 1000002. %1</source>
        <translation>请输入应用的 AgentId，例如 1000002。%1</translation>
    </message>
    <message>
        <source>The AgentId has only digits; remove %1. %2</source>
        <translation>AgentId 只包含数字；请删除%1。%2</translation>
    </message>
    <message>
        <source>The AgentId has at most 10 digits; this one has %1. %2</source>
        <translation>AgentId 最多 10 位数字；这个有 %1 位。%2</translation>
    </message>
    <message>
        <source>On the app's page click “查看” (View) next to Secret; WeCom sends it to the admin's WeCom app. %1</source>
        <translation>在应用页面点击 Secret 旁的“查看”；企业微信会把它发送到管理员的企业微信客户端。%1</translation>
    </message>
    <message>
        <source>Enter the app's Secret. %1</source>
        <translation>请输入应用的 Secret。%1</translation>
    </message>
    <message>
        <source>The Secret has only letters, digits, “-” and “_”; remove %1. Copy it again without surrounding text. %2</source>
        <translation>Secret 只包含字母、数字、“-”和“_”；请删除%1。请重新复制，不要带上周围的文字。%2</translation>
    </message>
    <message>
        <source>An app's Secret is usually 43 characters long; this one has %1. Check that it was copied whole. %2</source>
        <translation>应用的 Secret 通常长 43 个字符；这个有 %1 个。请检查是否完整复制。%2</translation>
    </message>
    <message>
        <source>Enter the Token, or click Generate. %1</source>
        <translation>请输入 Token，或点击“生成”。%1</translation>
    </message>
    <message>
        <source>WeCom accepts only letters and digits in the Token; remove %1, or click Generate.</source>
        <translation>企业微信的 Token 只接受字母和数字；请删除%1，或点击“生成”。</translation>
    </message>
    <message>
        <source>The Token has 3 to 32 letters and digits; this one has %1. Click Generate for a random one.</source>
        <translation>Token 由 3 到 32 位字母和数字组成；这个有 %1 位。点击“生成”可得到随机值。</translation>
    </message>
    <message>
        <source>Enter the EncodingAESKey, or click Generate. %1</source>
        <translation>请输入 EncodingAESKey，或点击“生成”。%1</translation>
    </message>
    <message>
        <source>The EncodingAESKey has only letters and digits; remove %1, or click Generate for a new key (and paste it into WeCom too).</source>
        <translation>EncodingAESKey 只包含字母和数字；请删除%1，或点击“生成”得到新的密钥（并同样粘贴到企业微信中）。</translation>
    </message>
    <message>
        <source>The EncodingAESKey is exactly 43 letters and digits; this one has %1. Copy it again from 设置API接收, or click Generate.</source>
        <translation>EncodingAESKey 正好是 43 位字母和数字；这个有 %1 位。请从“设置API接收”重新复制，或点击“生成”。</translation>
    </message>
    <message>
        <source>This EncodingAESKey does not decode to a 32-byte key. Click Generate for a new one.</source>
        <translation>这个 EncodingAESKey 无法解码为 32 字节的密钥。请点击“生成”得到新的。</translation>
    </message>
    <message>
        <source>Enter the public address at which WeCom reaches ChannelDesk, for example https://bot.example.com (a reverse proxy or tunnel in front of the receiver).</source>
        <translation>请输入企业微信访问 ChannelDesk 的公网地址，例如 https://bot.example.com（接收器前面的反向代理或隧道）。</translation>
    </message>
    <message>
        <source>This is not a web address. Write it like https://bot.example.com.</source>
        <translation>这不是网址。请按 https://bot.example.com 的格式填写。</translation>
    </message>
    <message>
        <source>Remove the “?…” or “#…” part; the base URL is only scheme, host and an optional path.</source>
        <translation>请删除“?…”或“#…”部分；基础 URL 只包含协议、主机名和可选的路径。</translation>
    </message>
    <message>
        <source>WeCom's servers cannot reach %1. Use the public name of your proxy or tunnel.</source>
        <translation>企业微信服务器无法访问 %1。请使用代理或隧道的公网域名。</translation>
    </message>
    <message>
        <source>WeCom accepts http:// but recommends https://. Use https:// unless this is for testing.</source>
        <translation>企业微信支持 http://，但推荐 https://。除非只是测试，请使用 https://。</translation>
    </message>
    <message>
        <source>This is not a web address. Leave the field empty for WeCom's own, %1.</source>
        <translation>这不是网址。留空则使用企业微信官方地址 %1。</translation>
    </message>
    <message>
        <source>Remove the “?…” or “#…” part of the API address.</source>
        <translation>请删除 API 地址中的“?…”或“#…”部分。</translation>
    </message>
    <message>
        <source>Find a member's user ID (账号) under 通讯录 (Contacts) in WeCom's admin console.</source>
        <translation>成员账号可在企业微信管理后台的“通讯录”中查看。</translation>
    </message>
    <message>
        <source>“%1” is not a WeCom user ID: IDs have only letters, digits and _ @ . -; remove %2. Separate IDs with commas. %3</source>
        <translation>“%1”不是企业微信成员账号：账号只包含字母、数字和 _ @ . -；请删除%2。多个账号用逗号分隔。%3</translation>
    </message>
    <message>
        <source>Nobody is answered until you add user IDs or allow everyone. %1</source>
        <translation>在添加成员账号或允许全部成员之前，不会回复任何人。%1</translation>
    </message>
    <message>
        <source>Write true to answer every member of the company, or false (the default) to answer only the allowed users.</source>
        <translation>填写 true 表示回复企业全部成员，填写 false（默认）表示只回复允许的成员。</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>未知字段“%1”。</translation>
    </message>
</context>
<context>
    <name>WebhookInstructions</name>
    <message>
        <source>Open your app in Meta's App Dashboard (developers.facebook.com/apps) and go to &lt;b&gt;WhatsApp &amp;gt; Configuration&lt;/b&gt;. Under &lt;b&gt;Webhook&lt;/b&gt;, click &lt;b&gt;Edit&lt;/b&gt;.</source>
        <translation>在 Meta 应用面板（App Dashboard，developers.facebook.com/apps）中打开您的应用，进入 &lt;b&gt;WhatsApp &amp;gt; Configuration&lt;/b&gt;。在 &lt;b&gt;Webhook&lt;/b&gt; 下点击 &lt;b&gt;Edit&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Paste the &lt;b&gt;Callback URL&lt;/b&gt; shown here.</source>
        <translation>将此处显示的回调 URL 粘贴到 &lt;b&gt;Callback URL&lt;/b&gt; 中。</translation>
    </message>
    <message>
        <source>Paste the &lt;b&gt;Verify token&lt;/b&gt; (use the Copy button here).</source>
        <translation>将验证令牌粘贴到 &lt;b&gt;Verify token&lt;/b&gt; 中（可使用此处的“复制”按钮）。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Verify and save&lt;/b&gt;. Meta calls the Callback URL at once, so ChannelDesk's webhook receiver must already be running and reachable at that address (through your reverse proxy or tunnel); otherwise Meta refuses to save.</source>
        <translation>点击 &lt;b&gt;Verify and save&lt;/b&gt;。Meta 会立即调用该回调 URL，因此 ChannelDesk 的 Webhook 接收器必须已在运行，并且可以（通过您的反向代理或隧道）经由该地址访问；否则 Meta 会拒绝保存。</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Webhook fields&lt;/b&gt;, click &lt;b&gt;Manage&lt;/b&gt; and subscribe to &lt;b&gt;messages&lt;/b&gt;. Without this, Meta sends no messages to ChannelDesk.</source>
        <translation>在 &lt;b&gt;Webhook fields&lt;/b&gt; 下点击 &lt;b&gt;Manage&lt;/b&gt;，并订阅 &lt;b&gt;messages&lt;/b&gt;。否则 Meta 不会向 ChannelDesk 发送任何消息。</translation>
    </message>
    <message>
        <source>In WeCom's admin console (work.weixin.qq.com) open &lt;b&gt;应用管理&lt;/b&gt; → your app → &lt;b&gt;接收消息&lt;/b&gt; → &lt;b&gt;设置API接收&lt;/b&gt; (App Management → the app → Receive Messages → Set API Receiving).</source>
        <translation>在企业微信管理后台（work.weixin.qq.com）打开 &lt;b&gt;应用管理&lt;/b&gt; → 你的应用 → &lt;b&gt;接收消息&lt;/b&gt; → &lt;b&gt;设置API接收&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Paste the &lt;b&gt;URL&lt;/b&gt; (the Callback URL shown here), the &lt;b&gt;Token&lt;/b&gt; and the &lt;b&gt;EncodingAESKey&lt;/b&gt;, using the Copy buttons here.</source>
        <translation>用这里的“复制”按钮，粘贴 &lt;b&gt;URL&lt;/b&gt;（此处显示的回调 URL）、&lt;b&gt;Token&lt;/b&gt; 和 &lt;b&gt;EncodingAESKey&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Click &lt;b&gt;保存&lt;/b&gt; (Save). WeCom calls the URL at once, so ChannelDesk's receiver must already be running and reachable at that address; otherwise WeCom refuses to save.</source>
        <translation>点击 &lt;b&gt;保存&lt;/b&gt;。企业微信会立即请求该 URL，因此 ChannelDesk 的接收器必须已经在运行并能通过该地址访问；否则企业微信会拒绝保存。</translation>
    </message>
    <message>
        <source>On the app's page, add this server's public IP address under &lt;b&gt;企业可信IP&lt;/b&gt; (trusted IPs). Without it WeCom refuses every reply with error 60020.</source>
        <translation>在应用页面的 &lt;b&gt;企业可信IP&lt;/b&gt; 中添加本服务器的公网 IP 地址。否则企业微信会以错误 60020 拒绝每条回复。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--server and --data-dir were both given: the window works either on a server or on a local data directory. Start it again with only one of them.</source>
        <translation>同时指定了 --server 和 --data-dir：窗口只能操作服务器或本地数据目录之一。请只用其中一个选项重新启动。</translation>
    </message>
</context>
</TS>