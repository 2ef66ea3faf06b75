<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
        <source>The answers file must be a JSON object such as {&quot;%1&quot;: {...}}.</source>
        <translation>应答文件必须是 JSON 对象，例如 {&quot;%1&quot;: {...}}。</translation>
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
        <source>The answers file configures no channel; add a &quot;%1&quot; entry.</source>
        <translation>应答文件未配置任何渠道；请添加 &quot;%1&quot; 条目。</translation>
    </message>
    <message>
        <source>Two channels have the id “%1”; give them different names.</source>
        <translation>有两个渠道的 ID 都是“%1”；请为它们取不同的名称。</translation>
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
        <source>No access token is stored for this channel. Click Replace… next to Access token to enter one.</source>
        <translation>此渠道未存储访问令牌。请点击“访问令牌”旁边的“替换…”进行输入。</translation>
    </message>
    <message>
        <source>Cannot read the access token. %1</source>
        <translation>无法读取访问令牌。%1</translation>
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
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizard</name>
    <message>
        <source>ChannelDesk has no data directory to save to.</source>
        <translation>ChannelDesk 没有可用于保存的数据目录。</translation>
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
    <name>ChannelDesk::ChannelSetupWizardPageKind</name>
    <message>
        <source>A channel with the id “%1” already exists. Finishing this wizard updates that channel and replaces its secrets.</source>
        <translation>ID 为“%1”的渠道已存在。完成此向导将更新该渠道并替换其机密信息。</translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageWebhook</name>
    <message>
        <source>Saving the channel and storing its secrets in the keychain…</source>
        <translation>正在保存渠道，并将其机密信息存储到钥匙串中…</translation>
    </message>
    <message>
        <source>The channel was not saved. %1</source>
        <translation>渠道未保存。%1</translation>
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
        <source>The number&apos;s ownership is not verified (%1); finish verification in WhatsApp Manager &gt; Phone numbers.</source>
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
        <source>GREEN (high)</source>
        <translation>GREEN（高）</translation>
    </message>
    <message>
        <source>YELLOW (medium)</source>
        <translation>YELLOW（中）</translation>
    </message>
    <message>
        <source>RED (low)</source>
        <translation>RED（低）</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>尚未评级</translation>
    </message>
    <message>
        <source>There is nothing to test yet: the channel&apos;s settings are missing.</source>
        <translation>暂时无法测试：缺少渠道设置。</translation>
    </message>
    <message>
        <source>Testing the connection to Meta…</source>
        <translation>正在测试与 Meta 的连接…</translation>
    </message>
    <message>
        <source>Test cancelled before it started.</source>
        <translation>测试在开始前已取消。</translation>
    </message>
    <message>
        <source>Test cancelled; Meta&apos;s answer was not awaited. Click Test Connection to try again.</source>
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
</context>
<context>
    <name>ChannelDesk::MainWindow</name>
    <message>
        <source>ChannelDesk could not create its data directory in your user data location. Check the permissions of that location, or start ChannelDesk with --data-dir DIR.</source>
        <translation>ChannelDesk 无法在您的用户数据位置创建其数据目录。请检查该位置的权限，或使用 --data-dir DIR 启动 ChannelDesk。</translation>
    </message>
    <message>
        <source>ChannelDesk could not create or open the data directory “%1” (from --data-dir or CHANNELDESK_DATA_DIR). Check that the path is right and that you may write there.</source>
        <translation>ChannelDesk 无法创建或打开数据目录“%1”（来自 --data-dir 或 CHANNELDESK_DATA_DIR）。请检查路径是否正确，以及您是否有写入权限。</translation>
    </message>
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
        <source>Add a WhatsApp Cloud API channel to connect ChannelDesk to your bot’s number.</source>
        <translation>添加一个 WhatsApp Cloud API 渠道，将 ChannelDesk 连接到您的机器人号码。</translation>
    </message>
    <message>
        <source>No channel selected</source>
        <translation>未选择渠道</translation>
    </message>
    <message>
        <source>Select a channel on the left, or add another one.</source>
        <translation>请在左侧选择一个渠道，或再添加一个。</translation>
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
        <source>Enter or generate a new verify token, then paste the same value into Meta&apos;s WhatsApp &gt; Configuration &gt; Webhook and click Verify and save.</source>
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
        <source>The verify token Meta sent (%1) is not this channel&apos;s (%2).</source>
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
        <source>The signature does not match this channel&apos;s App Secret (%1). If every POST fails like this, the App Secret is wrong.</source>
        <translation>签名与此渠道的应用密钥（App Secret，%1）不匹配。如果所有 POST 请求都因此失败，则说明应用密钥有误。</translation>
    </message>
    <message>
        <source>stored %1 message(s), %2 status(es)</source>
        <translation>已存储 %1 条消息、%2 条状态</translation>
    </message>
    <message>
        <source>store failed</source>
        <translation>存储失败</translation>
    </message>
</context>
<context>
    <name>ChannelNaming</name>
    <message>
        <source>Give the channel a name, for example “support”.</source>
        <translation>请为渠道命名，例如“support”。</translation>
    </message>
    <message>
        <source>The name needs at least one Latin letter or digit, because the channel id is made from it (for example “support-br”).</source>
        <translation>名称中至少需要包含一个拉丁字母或数字，因为渠道 ID 由名称生成（例如“support-br”）。</translation>
    </message>
    <message>
        <source>Channel id: %1</source>
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
        <source>&amp;Copy URL</source>
        <translation>复制 URL(&amp;C)</translation>
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
</context>
<context>
    <name>ChannelRepository</name>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
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
        <source>Copy these values from your app in Meta&apos;s App Dashboard. Each field is checked as you type.</source>
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
        <source>Any secret text you choose; you paste the same value into Meta&apos;s webhook settings</source>
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
        <source>Show the Graph API version and address</source>
        <translation>显示 Graph API 版本和地址</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>高级(&amp;V)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Graph API &amp;version:</source>
        <translation>Graph API 版本(&amp;V)：</translation>
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
        <source>Graph API &amp;address:</source>
        <translation>Graph API 地址(&amp;A)：</translation>
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
</context>
<context>
    <name>ChannelSetupWizardPageKind</name>
    <message>
        <source>Channel kind and name</source>
        <translation>渠道类型和名称</translation>
    </message>
    <message>
        <source>Choose how ChannelDesk talks to WhatsApp and give the channel a name.</source>
        <translation>选择 ChannelDesk 与 WhatsApp 通信的方式，并为渠道命名。</translation>
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
        <source>Meta&apos;s hosted API. You need a Meta app with the WhatsApp product, the number&apos;s Phone Number ID, an access token and the App Secret.</source>
        <translation>由 Meta 托管的 API。您需要一个已添加 WhatsApp 产品的 Meta 应用、该号码的电话号码 ID（Phone Number ID）、一个访问令牌以及应用密钥（App Secret）。</translation>
    </message>
    <message>
        <source>WhatsApp linked device (gateway) — coming later</source>
        <translation>WhatsApp 关联设备（网关）——即将推出</translation>
    </message>
    <message>
        <source>WeCom — coming later</source>
        <translation>企业微信（WeCom）——即将推出</translation>
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
</context>
<context>
    <name>ChannelSetupWizardPageTest</name>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>ChannelDesk asks Meta&apos;s Graph API for this phone number with the access token you entered. Nothing is sent to anyone.</source>
        <translation>ChannelDesk 会使用您输入的访问令牌，向 Meta 的 Graph API 查询此电话号码。不会向任何人发送消息。</translation>
    </message>
    <message>
        <source>You can go on without testing, for example when this computer is offline, and run the test later from the channel&apos;s page.</source>
        <translation>您也可以不测试直接继续（例如这台计算机处于离线状态时），稍后再从渠道页面运行测试。</translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageWebhook</name>
    <message>
        <source>Connect Meta&apos;s webhook</source>
        <translation>连接 Meta 的 Webhook</translation>
    </message>
    <message>
        <source>Meta delivers incoming messages to this address. Enter it in Meta&apos;s App Dashboard, then click Finish to save the channel.</source>
        <translation>Meta 会将收到的消息投递到此地址。请在 Meta 应用面板（App Dashboard）中填写该地址，然后点击“完成”保存渠道。</translation>
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
</context>
<context>
    <name>CloudApiValidator</name>
    <message>
        <source>a space or line break</source>
        <translation>空格或换行符</translation>
    </message>
    <message>
        <source>Copy it from Meta&apos;s App Dashboard: WhatsApp &gt; API Setup, the “Phone number ID” shown below your business number.</source>
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
        <source>%1 digits looks like a phone number. Phone Number IDs are usually 15 or 16 digits. %2</source>
        <translation>%1 位数字看起来像电话号码。电话号码 ID 通常为 15 或 16 位。%2</translation>
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
        <source>Enter a verify token, or click Generate. You will paste the same value into Meta&apos;s webhook settings.</source>
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: channeldesk [--data-dir DIR] [--show-channel ID]
       channeldesk COMMAND [--data-dir DIR] [options]

Without a command, opens the ChannelDesk window.

Commands:
  setup --answers FILE [--no-keychain]
      Create or update channels from an answers JSON file. Everything is validated
      first; nothing is saved if any field is invalid. Secrets go to the OS keychain.
      --no-keychain saves the non-secret fields only; the server then reads each
      secret from CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt;.
  channels [--json]
      List channels: id, kind, name, enabled, webhook URL. Never prints secrets.
  test --channel ID [--timeout SECONDS]
      Run Test Connection against the Graph API and print the outcome.
  serve [--listen HOST:PORT]
      Receive Meta&apos;s webhooks for every enabled channel (default 127.0.0.1:8645),
      store them durably, log one line per request to stderr. SIGINT/SIGTERM stop,
      SIGHUP reloads the channels. Put a TLS reverse proxy or tunnel in front.
  log [--channel ID] [--peer ID] [--limit N] [--json]
      Print the conversation log, oldest first (with --limit, the newest N). --json
      prints one object per line: channel, direction, peer, message_id, type, text,
      timestamp (ISO 8601 UTC), status.

Options:
  --data-dir DIR   Where state is kept (default: $CHANNELDESK_DATA_DIR, else the
                   XDG data directory, ~/.local/share/channeldesk).
  -h, --help       Show this help.
  -v, --version    Show the version.

Secrets from the environment (headless servers): CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt;,
with the channel id upper-cased and &apos;-&apos; written as &apos;_&apos;, and FIELD one of ACCESS_TOKEN,
APP_SECRET, VERIFY_TOKEN. Example: CHANNELDESK_SECRET_SUPPORT_BR_ACCESS_TOKEN.
They take precedence over the keychain.

Exit codes: 0 success, 1 the operation failed (e.g. Meta rejected the token),
2 invalid input or usage, 3 no keychain available, 4 unknown channel.
</source>
        <translation>用法：channeldesk [--data-dir DIR] [--show-channel ID]
      channeldesk COMMAND [--data-dir DIR] [options]

不带命令运行时，打开 ChannelDesk 窗口。

命令：
  setup --answers FILE [--no-keychain]
      根据应答 JSON 文件创建或更新渠道。所有内容都会先经过校验；只要有任一
      字段无效，就不保存任何内容。机密信息保存到操作系统的钥匙串中。
      --no-keychain 只保存非机密字段；之后服务器从
      CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt; 读取各项机密信息。
  channels [--json]
      列出渠道：ID、类型、名称、是否启用、Webhook URL。从不输出机密信息。
  test --channel ID [--timeout SECONDS]
      对 Graph API 执行“测试连接”，并输出结果。
  serve [--listen HOST:PORT]
      为每个已启用的渠道接收 Meta 的 Webhook（默认监听 127.0.0.1:8645），
      将其持久存储，并为每个请求向 stderr 输出一行日志。SIGINT/SIGTERM 使其
      停止，SIGHUP 重新加载渠道。请在其前面部署 TLS 反向代理或隧道。
  log [--channel ID] [--peer ID] [--limit N] [--json]
      输出对话日志，最早的在前（指定 --limit 时输出最新的 N 条）。--json 每行
      输出一个对象，包含：channel, direction, peer, message_id, type, text,
      timestamp（ISO 8601 UTC）, status。

选项：
  --data-dir DIR   状态数据的保存位置（默认：$CHANNELDESK_DATA_DIR，否则为
                   XDG 数据目录 ~/.local/share/channeldesk）。
  -h, --help       显示此帮助。
  -v, --version    显示版本号。

从环境变量读取机密信息（适用于无图形界面的服务器）：
CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt;，其中渠道 ID 转为大写，&apos;-&apos; 写作 &apos;_&apos;，
FIELD 为 ACCESS_TOKEN、APP_SECRET、VERIFY_TOKEN 之一。
例如：CHANNELDESK_SECRET_SUPPORT_BR_ACCESS_TOKEN。
环境变量优先于钥匙串。

退出码：0 成功；1 操作失败（例如 Meta 拒绝了令牌）；2 输入或用法无效；
3 没有可用的钥匙串；4 未知渠道。
</translation>
    </message>
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
        <source>setup: unexpected argument “%1”.</source>
        <translation>setup: 意外的参数“%1”。</translation>
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
        <source>  Export %1 before running the server.</source>
        <translation>  运行服务器前请导出 %1。</translation>
    </message>
    <message>
        <source>In Meta&apos;s App Dashboard open WhatsApp &gt; Configuration, paste the Callback URL and the verify token, click “Verify and save”, then subscribe to the “messages” field.</source>
        <translation>在 Meta 应用面板（App Dashboard）中打开“WhatsApp &gt; Configuration”，粘贴回调 URL（Callback URL）和验证令牌（Verify token），点击“Verify and save”，然后订阅“messages”字段。</translation>
    </message>
    <message>
        <source>channels: unexpected argument “%1”.</source>
        <translation>channels: 意外的参数“%1”。</translation>
    </message>
    <message>
        <source>No channels yet. Add one in the window, or with “channeldesk setup --answers FILE”.</source>
        <translation>尚无渠道。请在窗口中添加，或使用“channeldesk setup --answers FILE”添加。</translation>
    </message>
    <message>
        <source>test: unexpected argument “%1”.</source>
        <translation>test: 意外的参数“%1”。</translation>
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
        <source>There is no channel “%1”. “channeldesk channels” lists them.</source>
        <translation>不存在渠道“%1”。运行“channeldesk channels”可列出所有渠道。</translation>
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
</context>
<context>
    <name>ConnectionTestWidget</name>
    <message>
        <source>Ask Meta&apos;s Graph API for this phone number with the access token, to check the ID and the token</source>
        <translation>使用访问令牌向 Meta 的 Graph API 查询此电话号码，以检查 ID 和令牌</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Stop waiting for Meta&apos;s answer</source>
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
    <name>Database</name>
    <message>
        <source>unknown database error</source>
        <translation>未知数据库错误</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>无法配置数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database was written by a newer ChannelDesk (schema %1; this build knows %2). Update ChannelDesk.</source>
        <translation>该数据库由更新版本的 ChannelDesk 写入（架构版本 %1；当前版本只支持到 %2）。请更新 ChannelDesk。</translation>
    </message>
    <message>
        <source>Database migration to schema %1 failed.</source>
        <translation>数据库迁移到架构版本 %1 失败。</translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit 需要一个正数。</translation>
    </message>
    <message>
        <source>log: unexpected argument “%1”.</source>
        <translation>log: 意外的参数“%1”。</translation>
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
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>Database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>MetaErrorDecoder</name>
    <message>
        <source>Meta&apos;s server failed (HTTP %1) without saying why.</source>
        <translation>Meta 的服务器出错（HTTP %1），但未说明原因。</translation>
    </message>
    <message>
        <source>This is on Meta&apos;s side; try again in a minute.</source>
        <translation>这是 Meta 方面的问题；请一分钟后重试。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without Meta&apos;s usual error description.</source>
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
        <source>The server&apos;s answer was not the JSON Meta sends.</source>
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
        <source>Copy the Phone Number ID (not the phone number) from WhatsApp &gt; API Setup, and check that the token&apos;s app is linked to the same WhatsApp Business Account.</source>
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
        <source>Meta is rate-limiting this app or business account.</source>
        <translation>Meta 正在对此应用或企业账户进行速率限制。</translation>
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
        <source>Read Meta&apos;s message above; the error code is listed at developers.facebook.com under WhatsApp &gt; Support &gt; Error codes.</source>
        <translation>请阅读上方 Meta 的消息；该错误代码列在 developers.facebook.com 的“WhatsApp &gt; Support &gt; Error codes”中。</translation>
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
    <name>ServeCommand</name>
    <message>
        <source>Channel “%1” is not served: its secrets are not available (%2). Set %3 and %4.</source>
        <translation>渠道“%1”未提供服务：其机密信息不可用（%2）。请设置 %3 和 %4。</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>不在钥匙串中</translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, e.g. 127.0.0.1:8645.</source>
        <translation>--listen 需要 HOST:PORT，例如 127.0.0.1:8645。</translation>
    </message>
    <message>
        <source>serve: unexpected argument “%1”.</source>
        <translation>serve: 意外的参数“%1”。</translation>
    </message>
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
</context>
<context>
    <name>WebhookInstructions</name>
    <message>
        <source>Open your app in Meta&apos;s App Dashboard (developers.facebook.com/apps) and go to &lt;b&gt;WhatsApp &amp;gt; Configuration&lt;/b&gt;. Under &lt;b&gt;Webhook&lt;/b&gt;, click &lt;b&gt;Edit&lt;/b&gt;.</source>
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
        <source>Click &lt;b&gt;Verify and save&lt;/b&gt;. Meta calls the Callback URL at once, so ChannelDesk&apos;s webhook receiver must already be running and reachable at that address (through your reverse proxy or tunnel); otherwise Meta refuses to save.</source>
        <translation>点击 &lt;b&gt;Verify and save&lt;/b&gt;。Meta 会立即调用该回调 URL，因此 ChannelDesk 的 Webhook 接收器必须已在运行，并且可以（通过您的反向代理或隧道）经由该地址访问；否则 Meta 会拒绝保存。</translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Webhook fields&lt;/b&gt;, click &lt;b&gt;Manage&lt;/b&gt; and subscribe to &lt;b&gt;messages&lt;/b&gt;. Without this, Meta sends no messages to ChannelDesk.</source>
        <translation>在 &lt;b&gt;Webhook fields&lt;/b&gt; 下点击 &lt;b&gt;Manage&lt;/b&gt;，并订阅 &lt;b&gt;messages&lt;/b&gt;。否则 Meta 不会向 ChannelDesk 发送任何消息。</translation>
    </message>
</context>
</TS>
