<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswersFile</name>
    <message>
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.enabled: must be true or false, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2: unknown key. Known keys: enabled, %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2: must be text in quotes, not %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answers file is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answers file must be a JSON object such as {"%1": {...}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown key. Known keys: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the list is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: must be an object, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: must be an object or a list of objects, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answers file configures no channel; add a "%1" entry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two channels have the id “%1”; give them different names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2[%3]: must be text in quotes, not %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiKeyCreateDialog</name>
    <message>
        <source>Create API Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who uses the key, e.g. support-bot; shown in the audit log and next to the messages it sends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;equests per minute:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More requests than this in a minute are answered 429 with Retry-After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiKeyName</name>
    <message>
        <source>A key name has 1 to %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key name may hold only letters a–z, digits and - _ . (not “%1”).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The rate limit is 1 to %1 requests a minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a key named “%1”. Revoke it first, or pick another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no key named “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiKeysWidget</name>
    <message>
        <source>Each bot or script gets its own key, sent as “Authorization: Bearer KEY”. Only a hash of each key is stored, so a key is shown once, when it is created; revoking it locks its holder out at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last Used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests/min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;reate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a new key for a bot or script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected key; whoever holds it is refused from then on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>Cannot read the TLS %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS %1 %2 is not in PEM format (-----BEGIN …).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiSettings</name>
    <message>
        <source>Write it as HOST:PORT, e.g. 127.0.0.1:8646.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other machines can reach this address: choose a TLS certificate and key, or allow plain HTTP only if a TLS proxy in front is the only way in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ports below 1024 usually need administrator rights.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttachmentDialogs</name>
    <message>
        <source>Attach a File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File Not Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be read: it does not exist, is a folder or you lack permission.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp cannot send “%1” (%2, %3). It accepts images (JPEG, PNG), videos (MP4, 3GPP), audio (AAC, AMR, MP3, M4A, OGG), documents (PDF, text, Word, Excel, PowerPoint) and stickers (WebP).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot be sent: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stickers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything WhatsApp accepts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Only the newest N entries (default %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print one JSON object with the arrays "entries" and "refusals".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the audit log of changes and refused requests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the audit log, oldest first (the newest N with --limit): time (ISO 8601 UTC),
key name, remote address, action, target and result, separated by tabs. Key
changes from the command line show "cli" as key and address. Then the refused
requests (401, 403, 429), counted per minute, key and address.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>audit: --limit needs a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused requests (minute, key, address, status, count):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditLogWidget</name>
    <message>
        <source>Changes made through the API and by keys (newest first):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused requests per minute (401, 403, 429):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BotHealthSummary</name>
    <message>
        <source>idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused — no forward URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle — nothing was forwarded in the last hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failing — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failing since %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — 95% of answers within %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelCardWidget</name>
    <message>
        <source>Channel state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this channel on the Channels tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last inbound:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last outbound:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed sends today:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnects:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send limits:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud API health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verified name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quality rating:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messaging limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throughput:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token expires:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask Meta now for the number's quality, limits and the token's expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last callback:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last callback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages per hour, last 24 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide this channel's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends of the daily limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide this resolved error until a new one comes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is %2 MiB; a file sent through the server may be at most %3 MiB. Send it by link instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::AdminEndpoints</name>
    <message>
        <source>A channel “%1” exists already; PATCH /api/v1/channels/%1 changes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body must be a JSON object with name, enabled, fields or secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name: give 1 to 64 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enabled: true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fields.%1: a secret; send it as {"secret":{"field":"%1","value":"…"}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fields.%1: not a field of a %2 channel; it has %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>secret.field: one of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not something a channel has; use name, enabled, fields or secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role: one of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>limit must be 1–1000.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ApiAccess</name>
    <message>
        <source>This request needs an API key: send “Authorization: Bearer KEY”. “channeldesk keys create” makes one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key store cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API key is not valid: it was revoked, mistyped or belongs to another server. “channeldesk keys list” shows the keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key “%1” has the role %2; this needs %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The key “%1” may make %2 requests a minute; retry in %n second(s).</source>
        <translation>
            <numerusform>The key “%1” may make %2 requests a minute; retry in %n second.</numerusform>
            <numerusform>The key “%1” may make %2 requests a minute; retry in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ApiKeyCreateDialog</name>
    <message>
        <source>%1 — status, QR codes, conversations, event stream</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — as viewer, and send messages and tests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — as sender, and connect, stop, restart, log out, clear opt-outs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — as operator, and set up and remove channels, manage keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key “%1” (%2) was created. Give it to the bot or script now:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy it now: it is never shown again. ChannelDesk keeps only a hash of it; if it is lost, revoke it and create another.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ApiKeysWidget</name>
    <message>
        <source>The keys could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke the key “%1”? Every bot or script using it is refused from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key “%1” was revoked.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ApiListener</name>
    <message>
        <source>“%1” is not an IP address to listen on; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the TLS certificate or key was not accepted (PEM expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is stopping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing here; the API is under /api/v1/.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no %1 %2 in this API; docs/api.md lists the endpoints.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body is over %1 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stream is a WebSocket: connect with a WebSocket client (ws:// or wss://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only WebSocket version 13 is supported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ApiServer</name>
    <message>
        <source>“%1” is not HOST:PORT for the API, e.g. 127.0.0.1:8646 or [::1]:8646.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS needs both a certificate and its key (PEM files).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refusing to serve the API on %1 without TLS: API keys would cross the network in clear. Give a certificate and key (--api-tls-cert, --api-tls-key), or --api-insecure when a TLS proxy in front of it is the only way in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::AttachmentOpener</name>
    <message>
        <source>The attachment was not downloaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attachment could not be saved to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::AuditLogWidget</name>
    <message>
        <source>(no key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::BotHistoryChart</name>
    <message>
        <source>Forwarded and failed per minute, last 24 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 forwarded, %3 failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelCardWidget</name>
    <message>
        <source>System user token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token of unknown type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many customers the number may start conversations with in 24 hours (replies to customers who wrote first do not count). Meta sets this limit for the whole business portfolio: every number of the portfolio shares it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta's rating of recent messages, from how customers received them (blocks, reports). A low rating can lower the messaging limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not applicable (no connection to keep)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 since start, %2 in the last hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in · %2 out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 sends in the last 24 hours</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>busiest recipient %1: %n send(s) in the last hour</source>
        <translation>
            <numerusform>busiest recipient %1: %n send in the last hour</numerusform>
            <numerusform>busiest recipient %1: %n sends in the last hour</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking with Meta…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The health check failed: %1
%2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Meta says it is no longer valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not available: %1 (the token may not be allowed to inspect itself)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (expired %2 ago)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: this is a temporary access token (valid about 24 hours). The channel stops working when it expires. Create a System User token that does not expire in Meta Business Suite (Business settings → Users → System users) and replace the token on the channel page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (just now)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n waiting</numerusform>
            <numerusform>%1, %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today %1 in · %2 out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved %1 ago — was: %2 — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelEndpoints</name>
    <message>
        <source>There is no channel “%1”; GET /api/v1/channels lists them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no linked device to %2: only enabled linked-device channels do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” cannot pair by code: it is not an enabled linked-device channel, or its gateway offers only the QR code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway gave no pairing code within 30 seconds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelEventListModel</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 (from %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta reported error %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta verified the webhook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify token mismatch: the token typed in Meta's dashboard differs from this channel's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification refused: hub.mode was not “subscribe”, so this was not Meta's handshake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification refused: the challenge was missing or too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature invalid: the App Secret is probably wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsigned POST rejected: it has no X-Hub-Signature-256 header, so it did not come from Meta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POST rejected: the body is larger than the 3 MiB limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POST rejected: correctly signed, but the body is not valid JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No channel has this phone number ID: check the Callback URL in Meta's dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected because the channel is disabled: enable it to receive messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom verified the callback URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature invalid: the Token is probably not the one set in WeCom's admin console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsigned request rejected: it has no msg_signature, so it did not come from WeCom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected as a replay: its timestamp is more than 5 minutes away from this computer's clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not decrypt: the EncodingAESKey is probably not the one set in WeCom's admin console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected: encrypted for another company than this channel's corp ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected: correctly signed, but the XML is malformed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected: the body is larger than a WeCom callback can be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No WeCom channel has this ID: check the URL under 接收消息 → 设置API接收</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected: the request's length was given twice or in two ways (a smuggling attempt or a broken proxy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused for now: unverified requests hold all the memory allowed to them (many large requests at once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) between %1 and %2</source>
        <translation>
            <numerusform>%n time between %1 and %2</numerusform>
            <numerusform>%n times between %1 and %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelForwardWidget</name>
    <message>
        <source>not forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>made when the channel gets a bot address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>median %1, 95% within %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no attempts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1% of %n attempt(s)</source>
        <translation>
            <numerusform>%1% of %n attempt</numerusform>
            <numerusform>%1% of %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n deliveries, the oldest since %1</source>
        <translation>
            <numerusform>%n delivery, the oldest since %1</numerusform>
            <numerusform>%n deliveries, the oldest since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries the bot never took</source>
        <translation>
            <numerusform>%n delivery the bot never took</numerusform>
            <numerusform>%n deliveries the bot never took</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: the parked deliveries were not queued again. %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n parked deliveries queued for the bot again.</source>
        <translation>
            <numerusform>%n parked delivery queued for the bot again.</numerusform>
            <numerusform>%n parked deliveries queued for the bot again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bot of “%1” refuses every message until it has the new secret. Messages waiting for it are signed with the new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regenerate Signing Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: the signing secret was not replaced. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New signing secret: give it to the bot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: the bot's address was not changed. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliveries are no longer passed on to a bot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliveries are now passed on to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelListModel</name>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last test passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last test failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp linked device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAHA (WhatsApp HTTP API)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelManager</name>
    <message>
        <source>No keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet, or on a headless server provide the secrets as environment variables CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain refused access: %1. Unlock it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret store is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no secret store</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelPageWidget</name>
    <message>
        <source>Callback URL copied to the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a valid public base URL and phone number ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keychain locked or access denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This channel no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storing the new %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: the %1 was not replaced. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: the change was not saved. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the channel “%1” (%2)?

Its settings are deleted and its access token, app secret and verify token are removed from the keychain. This cannot be undone.

Meta keeps calling the webhook until you also remove the Callback URL in WhatsApp &gt; Configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing the channel and its secrets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: the channel was not removed. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify token copied to the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: no verify token is stored; click Replace… to set one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: cannot read the verify token. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel is disabled; enable it to link and follow its WhatsApp number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to the gateway…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the channel “%1” (%2)?

Its settings are deleted and its gateway API key is removed from the keychain. This cannot be undone.

The phone stays linked to the gateway until you remove the device under Linked devices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your key “%1” has the role %2: what it does not allow is disabled here, and each disabled button says what it needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the channel “%1” (%2)?

Its settings are deleted and its Secret, Token and EncodingAESKey are removed from the keychain. This cannot be undone.

WeCom keeps calling the callback URL until you also change 接收消息 → 设置API接收 of the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the channel “%1” (%2)?

Its settings are deleted and its gateway API key is removed from the keychain. This cannot be undone.

Log Out and Remove first unlinks the phone at the gateway (linking it again needs a new scan). Remove Only leaves the phone linked to the gateway until you remove the device under Linked devices on the phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log Out and Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove Only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logging the phone out at the gateway…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: the channel was not removed, because the phone was not logged out: %1 Try again, or remove it with Remove Only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the gateway did not confirm it within 30 seconds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSettingsWidget</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: the settings were not saved. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings saved; they are in use now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The callback URL changed: enter the new one in the app's 设置API接收.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The callback URL changed: enter the new one in Meta's WhatsApp &gt; Configuration.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizard</name>
    <message>
        <source>ChannelDesk has no data directory to save to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard this channel?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you entered for this channel is not saved. Discard it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the saved channel?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was saved when the last page opened, so that the verification request could reach it. Save keeps the channel; Discard removes it and its secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel not removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1”, saved before under the old name, could not be removed. %2 Remove it from the channel list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removing “%1” and its secrets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” was not removed. %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageCredentials</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageGateway</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAHA serves its API and events on one port (3000 by default). The API key is the WAHA_API_KEY it was started with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A gateway speaking the connection-gateway protocol. The key is its service token; the connection is created when it does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;key: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service &amp;token: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Session: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connection: *</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageKind</name>
    <message>
        <source>A channel with the id “%1” already exists. Finishing this wizard updates that channel: the next pages show its settings, and secrets left empty keep the stored ones.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPagePairing</name>
    <message>
        <source>Go Back and enter the key the gateway was started with (WAHA: WAHA_API_KEY).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel is saved first; then ChannelDesk connects to the gateway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk has no data directory to save to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the channel and storing its key in the keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel was not saved. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to the gateway…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageTest</name>
    <message>
        <source>ChannelDesk asks WeCom's API for an access token with the app's Secret, then for the app's name. Nothing is sent to anyone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageWeCom</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageWebhook</name>
    <message>
        <source>Saving the channel and storing its secrets in the keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect WeCom's callback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste this into URL in 接收消息 → 设置API接收</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste this into Token in 接收消息 → 设置API接收</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom delivers the messages members send to the app to this address. The channel is saved now, so that WeCom can check the address: enter it in WeCom's admin console and click Save there. This page shows WeCom's request when it arrives; then click Finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel was not saved. %1 Click Finish to try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as “%1”; its secrets are in the keychain.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelWeComWidget</name>
    <message>
        <source>Token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EncodingAESKey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every member of the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody yet — add user ids to answer members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a valid public base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 copied to the clipboard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: no %1 is stored; click Replace… to set one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: cannot read the %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetched %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token valid until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not get an access token: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not fetched yet — Test Connection fetches one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No callback yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last callback %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last callback %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::CloudHealthChecker</name>
    <message>
        <source>No access token is stored for this channel. Click Replace… next to Access token on the channel page to enter one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the access token. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::CloudHealthProbe</name>
    <message>
        <source>Meta answered for phone number ID %1, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta's debug_token answer has no "data" object.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::CloudMessageSender</name>
    <message>
        <source>Meta's answer does not confirm the read receipt (no "success": true).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta's answer has no message ID (messages[0].id).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectToServerDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connects to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An API key starts with “cdk_”. Create one on the server with `channeldesk keys create --name NAME --role ROLE` and paste it whole.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionChecker</name>
    <message>
        <source>No access token is stored for this channel. Click Replace… next to Access token to enter one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the access token. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionGatewayAdapter</name>
    <message>
        <source>Connecting to the gateway at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the connection status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching the QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(Inbound messages need the gateway's events feed, /api/connections/events, which it does not offer: only the status and the QR code are followed.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(The gateway's events feed was lost: inbound messages are not followed until the channel is reconnected.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting a new pairing window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not start a new pairing window: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not log out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged out and the connection was removed from the gateway; start a new pairing window to link again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection gateway protocol has no pairing code; scan the QR code instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway answered without a message id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restarting: the connection gateway has no restart, so ChannelDesk reads the connection afresh; the phone stays linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped following the connection. The connection gateway protocol has no stop: the gateway keeps the connection and the phone stays linked. Start follows it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionPrompts</name>
    <message>
        <source>Server Certificate Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk refused to connect to %1: its certificate is not the one you trusted before.

Trusted before: %2
Presented now: %3

If the server's certificate was replaced on purpose, compare the new fingerprint on the server (openssl x509 -noout -fingerprint -sha256 -in CERT), then remove the old fingerprint for %1 from the console's trusted certificates (in its configuration directory) and connect again. Otherwise someone may be intercepting the connection: do not connect, and tell the server's admin.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionTest</name>
    <message>
        <source>The answer has no phone number in it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta answered for phone number ID %1, not %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This number runs on the %1 platform; only CLOUD_API numbers send webhooks to ChannelDesk. Migrate it to the Cloud API in WhatsApp Manager.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quality rating is RED: customers are blocking or reporting this number. Meta may lower its messaging limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quality rating is YELLOW: watch for blocks and reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number's ownership is not verified (%1); finish verification in WhatsApp Manager &gt; Phone numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta says: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionTestWidget</name>
    <message>
        <source>There is nothing to test yet: the channel's settings are missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the connection to Meta…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test cancelled; Meta's answer was not awaited. Click Test Connection to try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quality rating: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Platform: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Throughput: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleActionEndpoints</name>
    <message>
        <source>There is no channel “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server never reads a file a client names; upload the media instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“action” is one of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” has no linked device: only enabled linked-device channels do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is over %1 MiB, the most the server takes from a console; send it by link instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“data” is empty: there is nothing to upload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp does not take %1 files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“data” is not base64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“upload” is the token the upload verb answered: 32 hexadecimal digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an image, document, audio, video or sticker without a media id or link takes an upload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no upload “%1”: a send has used it already, or it is over a day old. Upload the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleAdminEndpoints</name>
    <message>
        <source>role: one of %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleBotEndpoints</name>
    <message>
        <source>There is no channel “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleCall</name>
    <message>
        <source>“%1” has the wrong type for this verb.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body needs “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>limit must be 1–%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server gave no answer within %1 seconds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleEndpoints</name>
    <message>
        <source>There is no console verb “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body must be a JSON object ({} when the verb takes nothing): %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The console verb “%1” is not served here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleReadEndpoints</name>
    <message>
        <source>There is no send %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“media” must be Meta's media id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The media is over %1 MiB; the console does not carry it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleSession</name>
    <message>
        <source>Not connected to %1: no API key was given. Use File &gt; Connect to Server… to try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API key could not be kept in the keychain (%1); you will be asked again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair Data Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair the data directory %1?

ChannelDesk closes it while it repairs (its receiver stops if it is on), checks the conversation store and the delivery journal, moves a damaged one aside (nothing is deleted) and rebuilds the conversation log from the delivery journal. The window opens the data directory again when the repair ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data directory %1 is closed while it is repaired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repairing the data directory %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close and &amp;Repair</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConsoleUploads</name>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConversationEndpoints</name>
    <message>
        <source>Channel “%1” has no conversation with %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConversationListDelegate</name>
    <message>
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConversationListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>last message %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>taken over by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ConversationLogWidget</name>
    <message>
        <source>All channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No messages match “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n matching message(s), newest first.</source>
        <translation>
            <numerusform>%n matching message, newest first.</numerusform>
            <numerusform>%n matching messages, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conversations yet. They appear here as soon as a webhook brings a message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conversations on this channel yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save Attachment As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;React</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove My Reaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>taken over from the bot by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ret&amp;urn to bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tak&amp;e over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let the bot answer again, from the next message on; what came meanwhile stays with you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer this conversation yourself: its new messages are kept and shown here but no longer passed to the bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot take the conversation over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot return the conversation to the bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in &amp;Map</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::CopyButtonFeedback</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::DiskSpaceIndicator</name>
    <message>
        <source>Low disk space: %1 free</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::EncryptedFileSecretStore</name>
    <message>
        <source>%1 is not a ChannelDesk secrets file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has format version %2; this version of ChannelDesk reads version %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is cut short: the file is damaged. Restore it from a backup, or remove it and enter the secrets again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong master key: %1 was written with a different key. Provide the key it was written with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed authentication: the file is damaged or was changed outside ChannelDesk. Restore it from a backup, or remove it and enter the secrets again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to be a ChannelDesk secrets file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not hold a list of secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenSSL could not encrypt the secrets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is locked by another process (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>encrypted file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The master key must be %1 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set %1 to 64 hexadecimal characters or the base64 of 32 random bytes (make one with `openssl rand -hex 32`), or give the service the systemd credential %2 (LoadCredential= or SetCredentialEncrypted=).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 64 hexadecimal characters or the base64 of exactly 32 bytes; make one with `openssl rand -hex 32`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a usable master key: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the master key %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemd credential %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::EnvironmentSecretStore</name>
    <message>
        <source>Its CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt; variable is not set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment variables only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no keychain is reachable and no master key is set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets cannot be stored on this server: %1. To keep them in an encrypted file in the data directory: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::FieldMessageLabel</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ForwardTargetDialog</name>
    <message>
        <source>Forward to Bot: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::GatewayAdapter</name>
    <message>
        <source>The gateway at %1 sent a QR code of %2 KiB; a WhatsApp pairing code is a few hundred bytes, so ChannelDesk refused it. Check the gateway URL and that the gateway is not broken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped by the operator; Start follows the gateway again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::GatewayEventFeed</name>
    <message>
        <source>The events feed did not open within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebSocket closed with code 1008</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway closed the events feed (code %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway closed the events feed (code %1: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The events feed could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WebSocket closed with code 1008: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway (or a proxy in front of it) refused the events feed with HTTP %1: the key or the proxy's credentials were not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway sent an event of more than %1 MiB (%2); events are small, so ChannelDesk closed the events feed rather than hold it in memory</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::GatewayRestClient</name>
    <message>
        <source>%1. Is the gateway running at %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. Check the host name in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. The gateway at %2 did not answer in time; is it overloaded or blocked by a firewall?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. The gateway at %2 closed the connection; is it restarting?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. Check the TLS certificate of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. The gateway at %2 does not know this session or route; check the URL and the session name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. The gateway is rate limiting requests.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. The gateway had an internal error; it may be restarting or its WhatsApp engine failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. The gateway refused the request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key rejected (%1). Check the key in the channel settings; ChannelDesk will not retry with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 gave no complete answer within %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent more than %2 MiB, so ChannelDesk stopped reading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. That is not an answer from a gateway; check the gateway URL %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::GatewaySessionClient</name>
    <message>
        <source>The gateway has no session “%1” (%2). The window or `channeldesk serve` creates it while the channel is enabled; if one of them runs, check the gateway URL %3 and the session name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway has no session “%1” (%2); the window or `channeldesk serve` creates it while the channel is enabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started the session on the gateway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped the session on the gateway; the phone stays linked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restarted the session on the gateway: a linked phone stays linked, otherwise a new pairing window opens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged out at the gateway: the phone is unlinked; linking it again needs a new scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection gateway protocol has no %1. Use the window or the server API (POST /channels/{id}/%2), where ChannelDesk follows the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection already exists on the gateway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created the connection on the gateway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged out: the connection was removed from the gateway and the phone is unlinked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started a new pairing window: the connection was created again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::GraphReply</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 gave no complete answer within %2 s — Meta or the network is slow or stuck; try again, and check graph_base_url and any proxy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent more than %2 MiB, so ChannelDesk stopped reading; that is not an answer from the Graph API — check graph_base_url.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::HelpMenu</name>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy a summary of versions, channels and recent errors, without secrets, to paste into a problem report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User guide not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user guide is not installed. It is expected at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report a Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A summary of this installation (versions, system, channels and their states, the receiver and recent errors) is on the clipboard. It holds no tokens, secrets or keys.

Paste it into your problem report, together with what you did and what happened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hel&amp;p</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;ChannelDesk %1&lt;/h3&gt;&lt;p&gt;Operator console for chat-bot channels: WhatsApp Cloud API, linked devices and WeCom.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;ChannelDesk is free software under the GNU General Public License, version 3 or later. It uses Qt (LGPL-3.0), QtKeychain (BSD-3-Clause), libqrencode and libmicrohttpd (LGPL-2.1-or-later), OpenSSL and simdjson (Apache-2.0) and SQLite (public domain).&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::InteractiveMessageDialog</name>
    <message>
        <source>List Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply Buttons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections and rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply buttons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown in bold above the message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown in small grey text below the message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>message text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>footer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list button label</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain was closed before the operation finished.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::LinkControlsWidget</name>
    <message>
        <source>Log out the WhatsApp account linked to “%1”? The gateway unlinks this device; linking it again needs a new scan on the phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log Out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::LinkedChannelController</name>
    <message>
        <source>The gateway key of “%1” is not available: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown gateway type “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::LinkedSender</name>
    <message>
        <source>The number is not linked right now; the reply can be sent once it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked devices can only send text through ChannelDesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the gateway was replaced before it confirmed the reply; check the chat on the phone before sending it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply was not sent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ListSectionsWidget</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections and rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp sends the ID of the chosen row back with the customer's answer. Rows are numbered automatically unless you enter your own ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A list holds at most %1 rows in all its sections together. Remove a row first, or split the choices over two messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a title for section %1: WhatsApp needs section titles when a list has more than one section (at most %2 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title of section %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title of row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>description of row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row &amp;title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section &amp;title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(section without title)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 has the same ID “%2” as an earlier row; change it or clear it to number the row automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(row without title)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list is full: WhatsApp allows at most %1 rows and %2 sections.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;ID (optional):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::LocalDesk</name>
    <message>
        <source>Receiver stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel has no gateway session; enable it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::LocationDialog</name>
    <message>
        <source>Enter the %1 as a decimal number between -%2 and %2, e.g. %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 %2 is outside -%3 to %3 degrees. Check that latitude and longitude are not swapped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0, 0 is in the Atlantic Ocean; check the coordinates.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::MainWindow</name>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel “%1” and its secrets were removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk could not read its channel database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain refused access (%1), so channel secrets cannot be stored or read. Unlock the keychain and restart ChannelDesk, or keep secrets in memory for this run only. Secrets are never written to disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available: ChannelDesk found no Secret Service backend (GNOME Keyring or KWallet) to store channel secrets in (%1). Secrets will NOT be written to disk. Start a keychain and restart ChannelDesk, or keep secrets in memory for this run only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets are kept in memory for this run only. They are not written to disk and are lost when ChannelDesk quits; enter them again next time (Replace… on the channel page).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no channel with the id “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No channels yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No channel selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a channel on the left, or add another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receiver settings are used now but could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a channel to connect ChannelDesk to your bot’s number: through the WhatsApp Cloud API or as a linked device through a gateway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The notification settings are used now but could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The send settings are used now but could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server API settings are used now but could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the API key: %2
Connect again with a valid key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — ChannelDesk — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The retention is used now but could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repair works on this computer's data directory, not on a server's. On the server, stop “channeldesk serve” and run “channeldesk repair” there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::MediaDownloader</name>
    <message>
        <source>Meta's media URL is not https; the token is not sent there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta's answer has no media URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The downloaded file does not match Meta's SHA-256 checksum; it was discarded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The downloaded file has %1 bytes, but Meta announced %2; it was discarded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not deliver the whole file within %2 s; the download was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent more than the %2 bytes Meta announced for this file, so ChannelDesk stopped reading and discarded it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent more than %2 MiB, more than any WhatsApp media file, so ChannelDesk stopped reading and discarded it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::MediaLinkDialog</name>
    <message>
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the address of the file, starting with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp downloads media only over https:// (or http://), not %1://. Put the file on a web server and paste its https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a web address. Enter the full address including https:// and the server name, e.g. https://example.com/photo.jpg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Make sure the link points to a file of an allowed type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain http:// can be read and changed on the way; use https:// if the server supports it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::MediaUploader</name>
    <message>
        <source>audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp does not accept %1 files as %2; allowed types: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>untyped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>animated sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>static sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is %1, but WhatsApp accepts %3 files only up to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp does not accept %1 files. Send JPEG/PNG images, MP4/3GPP videos, AAC/AMR/MP3/M4A/OGG audio, WebP stickers, or PDF, text and Office documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta's answer to the upload has no media ID.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::MemorySecretStore</name>
    <message>
        <source>No such secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>memory (this run only)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::MessageListDelegate</name>
    <message>
        <source>Sticker could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading sticker…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading photo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2</source>
        <comment>minutes:seconds</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2:%3</source>
        <comment>hours:minutes:seconds</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>🎤 %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>🎤 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::MessageListModel</name>
    <message>
        <source>[%1]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsupported message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Button reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Played</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No status yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed a reaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent %1, %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by WhatsApp, not yet sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown: the request timed out, it may not have been sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added to the app's members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed from the app's members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tapped menu item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened menu link %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (in reply to: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (reactions: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::MessageMediaLoader</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the downloaded file cannot be kept in %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::OutboundController</name>
    <message>
        <source>Set the WhatsApp Business Account ID on the channel's page to pick from its approved templates; until then, type the template's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel's access token is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not list the templates: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::OutboundQueue</name>
    <message>
        <source>Channel "%1" cannot send: it is not a Cloud API channel with an access token available to ChannelDesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta rejected this channel's access token. Replace the token on the channel's page, then send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1 asked not to be messaged (opted out). Clear the opt-out in the conversation only if the customer agreed to hear from you again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp reported that more than 24 hours have passed since the customer's last message (error 131047).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer has not written to this number yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer's last message was at %1, more than 24 hours ago.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside the 24-hour customer service window WhatsApp only allows approved templates: send a template instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp may have accepted it before the connection ended, so it is not sent again automatically; its status will update if a delivery report arrives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This channel cannot send through the Cloud API.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::PairingQrWidget</name>
    <message>
        <source>Code %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pairing QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pairing QR code, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired — waiting for the next code…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Expires in %n s</source>
        <translation>
            <numerusform>Expires in %n s</numerusform>
            <numerusform>Expires in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::PairingWidget</name>
    <message>
        <source>Not connected to the gateway yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click Replace… next to API key on this channel's page and enter the gateway's key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning about WhatsApp's terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to the gateway…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Needs a new scan — the link is gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the session on the gateway…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for a scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the pairing code to be typed on the phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scanned — confirming on the phone…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked as %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnecting — attempt %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged out — link again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach the gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pairing failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep WhatsApp open on the phone until it lists this device under Linked devices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages of this number now appear in the conversation log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use digits only, with the country code first, e.g. +1 555 765 4321.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start with the country code, not with 0: for example +44 7700 900123 rather than 07700 900123.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>An international number has 8 to 15 digits including the country code; this one has %n.</source>
        <translation>
            <numerusform>An international number has 8 to 15 digits including the country code; this one has %n.</numerusform>
            <numerusform>An international number has 8 to 15 digits including the country code; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code will be for +%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking the gateway for a pairing code for +%1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::QrCodeWidget</name>
    <message>
        <source>QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No code to show yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A QR code picture from the gateway; scan it with the phone's camera.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A QR code of %1 by %2 modules; scan it with the phone's camera.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::QuitGuard</name>
    <message>
        <source>webhooks are no longer received on %1 (Meta and WeCom retry their deliveries until ChannelDesk runs again, or a `channeldesk serve` takes over)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n linked-device channel(s) disconnect from their gateway and receive nothing</source>
        <translation>
            <numerusform>%n linked-device channel disconnect from their gateway and receive nothing</numerusform>
            <numerusform>%n linked-device channels disconnect from their gateway and receive nothing</numerusform>
        </translation>
    </message>
    <message>
        <source>ChannelDesk keeps running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It goes on receiving in the background. Choose Quit in this icon's menu to stop it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit ChannelDesk?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When ChannelDesk quits, %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ReceiverController</name>
    <message>
        <source>Cannot listen: “%1” is not HOST:PORT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiver starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiver starting on %1…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Receiving on %1 — %n channel(s)</source>
        <translation>
            <numerusform>Receiving on %1 — %n channel</numerusform>
            <numerusform>Receiving on %1 — %n channels</numerusform>
        </translation>
    </message>
    <message>
        <source>Webhooks are not received while the receiver is off. Turn it on in Settings › Webhook Receiver, or run `channeldesk serve`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the address in Settings › Webhook Receiver, or stop the program that uses it (for example a `channeldesk serve`; its deliveries still show up here).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n delivery(s) still going into the log</source>
        <translation>
            <numerusform>%n delivery still going into the log</numerusform>
            <numerusform>%n deliverys still going into the log</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta's webhooks reach ChannelDesk at http://%1/webhooks/whatsapp/&lt;phone number ID&gt;, WeCom's callbacks at http://%1/wecom/&lt;channel ID&gt;/callback (or /wecom/callback), through your TLS tunnel or reverse proxy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not served, because their secrets (app secret and verify token, or WeCom's Token and EncodingAESKey) cannot be read: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ReconnectScheduler</name>
    <message>
        <source>Gave up after %1 attempts to reach the gateway. Last problem: %2 Retry once the gateway is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 Reconnecting: attempt %2 of %3 in %4 s.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::RemoteClient</name>
    <message>
        <source>The server's certificate is not trusted by this system. Its SHA-256 fingerprint is %1; compare it with `openssl x509 -noout -fingerprint -sha256 -in CERT` on the server before trusting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate CHANGED since you trusted it: was %1, now %2. This can mean someone is intercepting the connection. If the server's admin replaced the certificate, remove the old trust and connect again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer within %2 s. Is `channeldesk serve` still running there, and is the network between you working?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Does the server use https (--api-tls-cert), and is the address right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. Is `channeldesk serve` running on %2 with --api-listen reachable from here?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered HTTP %2 without the API's JSON. Is it a ChannelDesk server, and is the address right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the key: it was revoked or mistyped. Ask the server's admin for a key (`channeldesk keys create`) and enter it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many requests for this key; wait %1 s and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many requests for this key; wait a moment and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server failed to do this; its log may say more.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::RemoteDesk</name>
    <message>
        <source>The console was closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer could not be read; is it the same ChannelDesk version as this window?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These are the server's settings; change them where `channeldesk serve` runs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::RemoteStream</name>
    <message>
        <source>%1 refused the key (HTTP %2): it was revoked or mistyped. Enter a valid key to connect again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the stream: %2. The key is no longer valid; enter a valid key to connect again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>policy violation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the stream (HTTP %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is stopping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the stream (code %2%3).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::RemoteUpload</name>
    <message>
        <source>The server took the file but gave no token to send it with.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ReplaceSecretDialog</name>
    <message>
        <source>Paste the new access token. Temporary tokens from WhatsApp &gt; API Setup expire after 24 hours; a System User token from Meta Business Settings &gt; Users &gt; System users (permissions whatsapp_business_messaging and whatsapp_business_management) does not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the App Secret from App Dashboard &gt; App settings &gt; Basic &gt; App secret. Webhooks signed with the old secret will be rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter or generate a new verify token, then paste the same value into Meta's WhatsApp &gt; Configuration &gt; Webhook and click Verify and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the gateway's key: for WAHA the WAHA_API_KEY it was started with, for a connection gateway its service token. ChannelDesk reconnects with the new key right away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the app's Secret from WeCom's admin console: 应用管理 (App Management) → your app → Secret, 查看 (View); WeCom sends it to the admin's WeCom. The cached access token is fetched again with the new Secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter or generate a new Token, then paste the same value into the app's 接收消息 → 设置API接收 (Receive Messages → Set API Receiving) and click 保存 (Save).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter or generate a new EncodingAESKey, then paste the same value into the app's 接收消息 → 设置API接收 (Receive Messages → Set API Receiving) and click 保存 (Save). Callbacks encrypted with the old key are rejected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EncodingAESKey</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ReplyButtonsWidget</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit button &amp;IDs (advanced)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp sends the ID of the tapped button back with the customer's answer. IDs are numbered automatically unless you enter your own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Button %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title of button %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID of button %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove button %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title of button %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Button %1 has the same title. Give every button its own title so that the customer's answer is clear.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Button %1 has the same ID “%2”; change one of the IDs or clear it to number it automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp allows at most %1 reply buttons. For more choices, send a list instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ReplyComposerWidget</name>
    <message>
        <source>Select a conversation to reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replying is not available for this kind of channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This channel is not connected to its gateway: it is disabled, or its API key is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number is not linked right now (%1); the reply can be sent once it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 — too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply was not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent — waiting for the gateway to report it back…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opted out: this customer asked not to be messaged. Nothing can be sent until the opt-out is cleared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>24-hour window open: %1 h %2 min left (closes %3). Free text, media and buttons are allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>24-hour window closed: WhatsApp rejected a message with error 131047. Only approved templates can be sent until the customer writes again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>24-hour window closed (the customer last wrote %1). Only approved templates can be sent until the customer writes again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No customer service window: the customer has not written yet. Only approved templates can start the conversation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This channel cannot send: it is disabled or its access token is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer opted out; clear the opt-out first if they agreed to hear from you again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the customer service window…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached: %1 — the text below becomes its caption.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will be tried again at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by WhatsApp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Image, video, audio or document from a &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Media from a &amp;link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply &amp;buttons…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;List…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L&amp;ocation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear opt-out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1 asked not to receive messages from this number. Clear the opt-out only if the customer agreed to hear from you again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Error Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to %1. Your reply stays here; send it once the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This channel cannot send: it is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not on the allowlist of %2; add them to the channel's allowed users to answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to WeCom.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::SearchResultModel</name>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): the contact's name or number matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::SendEndpoints</name>
    <message>
        <source>The body must be a JSON object: {"to":"…","text":"…"} or {"to":"…","template":{"name":"…","language":"…","params":[…]}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“to” is missing: the recipient's number in international format, e.g. +4915123456789.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wait must be a number of seconds from 0 to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either “text” or “template”, not both and not neither.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“text” must be a non-empty string.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“template” needs “name” and “language”, e.g. {"name":"hello_world","language":"en_US"}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template “params” must be strings or numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body needs “to”: the number that receives the test message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pairing window of “%1” ran out before a phone scanned the code. POST …/restart starts a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk test message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The send queue did not answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a send id; POST …/messages answers with one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel “%1” has no send %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“header” needs “type” (image, video, document or text) and “link” or “text”, e.g. {"type":"image","link":"https://…"}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Button %1 needs “type”: quick_reply (with “payload”) or url (with “url_suffix”).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::SendSettingsDialog</name>
    <message>
        <source>The hourly limit is below the per-minute limit: raise it to at least %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp allows about one message every 6 seconds to the same person; more is answered with error 131056 and retried later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty: the defaults %1 are used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A message that is just one of these words (any case) opts its sender out: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::ServerApiDialog</name>
    <message>
        <source>Choose the certificate that goes with the key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the private key of the certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the TLS Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the TLS Private Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The settings are used now but could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::StorageSettingsDialog</name>
    <message numerus="yes">
        <source>Messages older than %n days are deleted for good within the hour; export them first (channeldesk export) to keep a copy.</source>
        <translation>
            <numerusform>Messages older than %n days are deleted for good within the hour; export them first (channeldesk export) to keep a copy.</numerusform>
            <numerusform>Messages older than %n days are deleted for good within the hour; export them first (channeldesk export) to keep a copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every message is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk use is not known here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free on its disk: %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::StoreRepairDialog</name>
    <message>
        <source>Repair moves the damaged file aside (nothing is deleted) and rebuilds the store from the delivery journal. It can take a while for a large journal; you can stop it and let ChannelDesk build the rest later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping after the batch being built…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking and moving the damaged files aside…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rebuilding the conversation log: %1 of %2 journal entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The repair ended without a result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing more was changed. Fix what the message says and try again, or run “channeldesk repair” in a terminal.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::TemplateParametersWidget</name>
    <message>
        <source>Header:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header image:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header video:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header document:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link to the header's %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” payload:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload of button %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what your bot gets back when it is tapped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” link ending:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL suffix of button %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the header's parameter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the link of the header's %1: the template shows it above the text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in parameter %1: WhatsApp rejects empty template parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the payload of button %1: WhatsApp requires one for every quick reply button.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the link ending of button %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::TemplatePickerWidget</name>
    <message numerus="yes">
        <source>%n approved template(s) in the WhatsApp Business Account.</source>
        <translation>
            <numerusform>%n approved template in the WhatsApp Business Account.</numerusform>
            <numerusform>%n approved templates in the WhatsApp Business Account.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the approved templates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a template, or type the name of an approved one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the template's language code, e.g. en_US.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::TestMessageDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test message from ChannelDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The full international number, with the country code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends to +%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This channel cannot send: it is disabled or its access token is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued; waiting for Meta…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered: the channel works end to end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by WhatsApp; waiting for the delivery report from the webhook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will try again: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by Meta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends one text message from the linked phone through the channel's gateway and shows when the gateway accepted it. Delivery and read receipts then appear in the conversation log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This channel cannot send: it is disabled or its gateway key is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This channel cannot send until its phone is linked (now: %1). Link it on the channel's page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handed to the gateway; waiting for it…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by the gateway: the linked phone sends it. Delivery and read receipts appear in the conversation log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by the gateway</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::TrafficChart</name>
    <message>
        <source>Messages per hour, last 24 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2: %3 received, %4 sent, %5 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 24 hours: %1 received, %2 sent, %3 failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::TrayController</name>
    <message>
        <source>&amp;Show ChannelDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Bot failing: %1</source>
        <translation>
            <numerusform>Bot failing: %1</numerusform>
            <numerusform>Bot failing: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelDesk::TrustCertificateDialog</name>
    <message>
        <source>The certificate of %1 is not signed by an authority this computer trusts (for example, the server made its own). Check that it is the server's certificate before you trust it: anyone between you and the server could present another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the server, print the fingerprint of the certificate `channeldesk serve` uses and compare it with the one above:&lt;br&gt;&lt;code&gt;openssl x509 -noout -fingerprint -sha256 -in CERT&lt;/code&gt;&lt;br&gt;where CERT is the certificate file given to the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::WahaAdapter</name>
    <message>
        <source>Lost the connection to the gateway: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot connect to the gateway: %1. Is the gateway running at %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway accepted the message but never reported its id; it was probably sent, check the chat on the phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to the gateway at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel was closed before the gateway confirmed the message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching the QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting a new pairing window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged out; the gateway offers a new code to link again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not log out: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the phone number in international format, digits only, e.g. 15557654321.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not get a pairing code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway answered without a pairing code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restarting the session on the gateway; the phone stays linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not restart the session: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped on the gateway; the phone stays linked. Start resumes the session without a new scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk stopped following the session, but the gateway did not stop it: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::WeComApiClient</name>
    <message>
        <source>Nothing to send: the message is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to send: no recipient (a WeCom UserID) was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The WeCom app is not fully set up: the Corp ID, the Secret and the AgentId are all needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 parts had been sent before this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered gettoken without an access token; check api_base_url.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 gave no complete answer within %2 s — WeCom or the network is slow or stuck; try again, and check api_base_url and any proxy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent more than %2 KiB, so ChannelDesk stopped reading — that is not an answer from WeCom's API; check api_base_url.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent nothing for %2 s — WeCom or the network is slow or stuck; try again, and check api_base_url and any proxy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection to %1 failed: %2 — check the system clock, any proxy that intercepts TLS, and api_base_url.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach %1: %2 — check api_base_url and the server's network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered HTTP %2 %3 — that is not an answer from WeCom's API; check api_base_url.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered with something that is not WeCom's JSON — check api_base_url; a proxy or captive portal may be answering instead of WeCom.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::WeComSender</name>
    <message>
        <source>Give the WeCom user id (账号) to send to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to one WeCom user id at a time, not “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not on the allowlist of “%2”. Add the user id to the channel's allowed users (or allow every member) to answer them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no WeCom channel “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel “%1” is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom channels send text only, and not empty text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secret of “%1” cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to the app “%1” (AgentId %2) of corp %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Secret is stored for this channel. Click Replace… next to Secret to enter it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the Secret. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::WebhookReceiver</name>
    <message>
        <source>“%1” is not an IP address to listen on; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No channel has phone number ID %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hub.mode was “%1”, not “subscribe”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The verify token Meta sent (%1) is not this channel's (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hub.challenge was missing or too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta verified the webhook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body is over %1 bytes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The POST has no X-Hub-Signature-256 header; it did not come from Meta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature does not match this channel's App Secret (%1). If every POST fails like this, the App Secret is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted %1 message(s), %2 status(es)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted a WeCom callback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom verified the callback URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request had two Content-Length headers, or Content-Length together with Transfer-Encoding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unverified request bodies hold all the memory allowed to them (%1 bytes in all, %2 per address); refused until some are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed: its request headers were not complete in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed to make room: near the connection limit, it waited longest for request headers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::WebhookVerificationWatcher</name>
    <message>
        <source>WeCom verified this URL at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta verified this URL at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom's verification request at %1 failed. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta's verification request at %1 failed. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the webhook receiver…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The webhook receiver is not running (%1), so the verification request cannot be answered. Start it in Settings › Webhook Receiver.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receiver cannot answer for this channel: its secrets cannot be read from the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Getting the receiver ready for this channel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for WeCom's verification request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for Meta's verification request…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelDesk::WindowClosedNoticeWidget</name>
    <message>
        <source>The customer last wrote more than 24 hours ago, so WhatsApp only delivers approved templates (error 131047). Send a template now; free-form replies work again once the customer writes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a Te&amp;mplate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch the reply to an approved message template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Error Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent: the 24-hour window is closed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelForwardWidget</name>
    <message>
        <source>Bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward to bot:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward to bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change where this channel's deliveries are passed on to, or stop passing them on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot's time to answer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot's time to answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bot checks X-ChannelDesk-Signature-256 (HMAC-SHA256 of the body) with this secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the signing secret for the bot's configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regenerate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last success:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer time (last hour):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer time in the last hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success rate (last hour):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Success rate in the last hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliveries waiting for the bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parked:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parked deliveries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the deliveries the bot never took within the maximum age again, oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send Parked Aga&amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 24 hours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliveries the bot took per minute (blue) and failed attempts (red)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelNaming</name>
    <message>
        <source>Give the channel a name, for example “support”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel ID: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelPageWidget</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A disabled channel keeps its settings but ChannelDesk neither receives nor sends on it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business account ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Business account ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graph API version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graph API version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graph API address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graph API address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets (stored in the keychain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a new access token and store it in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a new app secret and store it in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a new verify token and store it in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste this into Callback URL in WhatsApp &gt; Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the callback URL to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the verify token from the keychain and copy it to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;Verify Token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this channel and its secrets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Channel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has reached the receiver yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification attempts and rejected deliveries of this channel, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gateway:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gateway address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gateway address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device label:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a new gateway API key and store it in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a message to a number you choose and follow it until it is delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send Test &amp;Message…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelSettingsWidget</name>
    <message>
        <source>Change Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the settings to change them; the secrets are replaced under Secrets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings to Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes take effect as soon as they are saved: the receiver, the Graph API calls and the gateway connection use them without a restart. The secrets stay as they are; replace them under Secrets above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp Business Account ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: no template list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://bot.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graph API version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graph API address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gateway address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>http://127.0.0.1:3000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device label:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnect attempts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corp ID (企业ID):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AgentId:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom API address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowed users:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user ids, comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer every member of the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the stored settings again, dropping what was typed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelSetupWizard</name>
    <message>
        <source>Add Channel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageCredentials</name>
    <message>
        <source>Cloud API credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy these values from your app in Meta's App Dashboard. Each field is checked as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number &amp;ID: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ID of the business number in WhatsApp &gt; API Setup, not the phone number itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example 106540352242922</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Access token: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token ChannelDesk sends with every Graph API call; it is stored in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EAA…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temporary tokens from WhatsApp &gt; API Setup expire after 24 hours and are only for trying things out. For real use, create a permanent System User token in Meta Business Settings &gt; Users &gt; System users (Generate new token, with the permissions whatsapp_business_messaging and whatsapp_business_management).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App &amp;secret: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App Dashboard &gt; App settings &gt; Basic &gt; App secret; ChannelDesk checks webhook signatures with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>32 characters, 0–9 and a–f</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify token: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any secret text you choose; you paste the same value into Meta's webhook settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>click Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in a random verify token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the verify token to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Business account ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: the WhatsApp Business Account ID from WhatsApp &gt; API Setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Public base URL: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The https:// address at which Meta reaches ChannelDesk (your reverse proxy or tunnel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://bot.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Graph API version ChannelDesk calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>v25.0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normally https://graph.facebook.com; change it only for a test server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://graph.facebook.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields marked * are required. Secrets are stored only in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forward to bot:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: your bot's webhook address. Every accepted delivery is passed on to it unchanged, with Meta's signature; leave empty if ChannelDesk is the only receiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional, for example https://bot.example.com/webhooks/whatsapp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the Graph API version and address, and how long the bot may take to answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long ChannelDesk waits for the bot to answer a forwarded delivery before trying again later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dvanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graph API v&amp;ersion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graph API add&amp;ress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bot's &amp;time to answer (ms):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageGateway</name>
    <message>
        <source>Gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk links WhatsApp through a gateway you run, such as WAHA. Enter where it runs and its key. Each field is checked as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Gateway: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which gateway software runs at the address below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway's base address, without /api</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>http://127.0.0.1:3000</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;key: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key ChannelDesk sends to the gateway; it is stored in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Session: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway's name for this WhatsApp number; ChannelDesk creates it when it does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Device label:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name the phone shows under Linked devices, where the gateway supports it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields marked * are required. The API key is stored only in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forward to bot:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where each message is passed on to your bot, signed with the channel's signing secret; empty: not forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://bot.example.com/webhooks/whatsapp</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageKind</name>
    <message>
        <source>Channel kind and name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp &amp;Cloud API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta's hosted API. You need a Meta app with the WhatsApp product, the number's Phone Number ID, an access token and the App Secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name for people; the channel id used in URLs and on the command line is made from it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example “Support”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp &amp;linked device (gateway)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Links a WhatsApp number like WhatsApp Web does, through a gateway you run (WAHA or a connection gateway). You scan a QR code with the phone. Unofficial: WhatsApp can ban numbers used this way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose how ChannelDesk talks to WhatsApp or WeCom and give the channel a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;WeCom (企业微信) self-built app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A self-built app (自建应用) in your company's WeCom. You need the corp ID, the app's AgentId and Secret, and a public https:// address at which WeCom reaches ChannelDesk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelSetupWizardPagePairing</name>
    <message>
        <source>Link the WhatsApp account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel is saved as soon as this page opens. Scan the code now, or finish and scan it later on the channel's page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try to save the channel again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageTest</name>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk asks Meta's Graph API for this phone number with the access token you entered. Nothing is sent to anyone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can go on without testing, for example when this computer is offline, and run the test later from the channel's page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageWeCom</name>
    <message>
        <source>WeCom app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy these values from your self-built app in WeCom's admin console (work.weixin.qq.com). Each field is checked as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corp &amp;ID (企业ID): *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your company's ID in WeCom; it is also checked in every callback WeCom sends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ww or wx and 16 letters and digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom admin console (work.weixin.qq.com): 我的企业 → 企业信息 → 企业ID (My Company → Company Info → CorpID).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;AgentId: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The app's AgentId; replies are sent as this app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example 1000002</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>应用管理 → 自建 → your app (App Management → Self-built → the app): AgentId.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Secret: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The app's Secret; ChannelDesk uses it to get access tokens. It is stored in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>43 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the same page, click 查看 (View) next to Secret: WeCom sends it to the admin's WeCom app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Token: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any 3 to 32 letters and digits; you paste the same value into WeCom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>click Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in a random Token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your app's 接收消息 → 设置API接收 (Receive Messages → Set API Receiving). Generate one here, or use WeCom's 随机获取 and paste it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;EncodingAESKey: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>43 letters and digits; WeCom encrypts every callback with it. You paste the same value into WeCom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in a random EncodingAESKey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same page, 设置API接收: EncodingAESKey. Generate one here, or use 随机获取 there and paste it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Public base URL: *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The https:// address at which WeCom reaches ChannelDesk (your reverse proxy or tunnel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://bot.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The callback URL is made from it; you paste that into 设置API接收 on the last page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowed &amp;users:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom user IDs (账号) separated by commas; only these members are answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example zhangsan, lisi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members' user IDs (账号) are under 通讯录 (Contacts) in the admin console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer every member of the company who writes to the app, not only the allowed users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow every &amp;member of the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom's server API; change it only for a test server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://qyapi.weixin.qq.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields marked * are required. The Secret, Token and EncodingAESKey are stored only in the keychain.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageWebhook</name>
    <message>
        <source>Connect Meta's webhook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste this into Callback URL in WhatsApp &gt; Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the callback URL to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste this into Verify token in WhatsApp &gt; Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the verify token to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving the channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Shared URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One URL for several WeCom apps on this server: WeCom finds the app by its signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the shared callback URL to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;EncodingAESKey:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste this into EncodingAESKey in 接收消息 → 设置API接收</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the EncodingAESKey to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta delivers incoming messages to this address. The channel is saved now, so that Meta can verify the address: enter it in Meta's App Dashboard and click Verify and save there. This page shows Meta's request when it arrives; then click Finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelStateSummary</name>
    <message>
        <source>degraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No channels</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n degraded</numerusform>
            <numerusform>%n degraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n need attention</numerusform>
            <numerusform>%n needs attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n stopped</numerusform>
            <numerusform>%n stopped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelStateTracker</name>
    <message>
        <source>Waiting for the first health check with Meta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach Meta: %1. Checking again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token expired. Replace it on the channel page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to its gateway yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelWeComWidget</name>
    <message>
        <source>WeCom app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corp ID (企业ID):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corp ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AgentId:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AgentId</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowed users:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowed users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callbacks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last callback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callback (接收消息)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This app's own callback URL: paste it into URL under 接收消息 → 设置API接收</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the callback URL to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;hared URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One URL for several apps: each callback goes to the app whose Token matches its signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the shared callback URL to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets (stored in the keychain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a new Secret and store it in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the Token from the keychain and copy it to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a new Token and store it in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EncodingAESKey:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EncodingAESKey</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the EncodingAESKey from the keychain and copy it to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a new EncodingAESKey and store it in the keychain</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelsCommand</name>
    <message>
        <source>Print a JSON array of the channels with their non-secret fields.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No channels yet. Add one in the window, or with “channeldesk setup --answers FILE”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>logout: yes, unlink the phone (it needs a new scan to link again).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the channels (never their secrets); start, stop, restart, pair or log out a linked one.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>channels: --yes belongs to channels logout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channels: unknown subcommand “%1”; say %2, or nothing to list the channels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channels %1: which channel? Give its ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channels %1: unexpected argument “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channels %1: --json belongs to the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channels logout unlinks the phone, and only a new scan links it again; add --yes to do it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channels %1: --yes belongs to channels logout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a linked-device channel: only those have a gateway session to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway API key of “%1” is neither in the keychain nor in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown gateway type “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not record this in the audit log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>channels %1 %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CloudApiValidator</name>
    <message>
        <source>a space or line break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy it from Meta's App Dashboard: WhatsApp &gt; API Setup, the “Phone number ID” shown below your business number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the Phone Number ID. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This looks like a phone number, not a Phone Number ID. The ID is a separate number of about 15 digits. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Phone Number ID has only digits; remove %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the access token. Use a System User token from Meta Business Settings &gt; Users &gt; System users for production.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token contains a space or line break, which tokens never do. Copy it again without surrounding text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token is only %1 characters long; Meta access tokens are well over 100. It was probably cut off while copying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta access tokens start with “EAA”. Check that this is the access token and not the App Secret or a Client token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find it in App Dashboard &gt; App settings &gt; Basic &gt; App secret &gt; Show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the App Secret; it signs every webhook Meta sends. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The App Secret has only the characters 0–9 and a–f; %1 is not one of them. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The App Secret is exactly 32 characters long; this one has %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a verify token, or click Generate. You will paste the same value into Meta's webhook settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The verify token contains a space or line break; Meta would send it back changed. Use Generate for a safe token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A verify token of %1 characters is easy to guess. Click Generate for a random one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The WhatsApp Business Account ID has only digits. Find it in WhatsApp &gt; API Setup, or leave the field empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the Graph API version like %1 (a “v”, the number, “.0”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graph API %1 has expired or is about to; Meta rejects calls to expired versions. Use %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the public address at which Meta reaches ChannelDesk, for example https://bot.example.com (a reverse proxy or TLS tunnel in front of the receiver).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a web address. Write it like https://bot.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the “?…” or “#…” part; the base URL is only scheme, host and an optional path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta only delivers webhooks to https:// addresses with a certificate from a public CA. Use https:// unless this is for local testing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta cannot reach %1. Use the public name of your tunnel or proxy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the Graph API address; normally %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a web address. The usual value is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the “?…” or “#…” part of the Graph API address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 digits look like a phone number. Phone Number IDs are usually 15 or 16 digits. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write true to take a conversation over from the bot when an operator replies, or false (the default) to leave it with the bot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the hours without an operator's reply after which a conversation goes back to the bot as a whole number from 0 to %1 (0, the default, never).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Where state is kept (default: $CHANNELDESK_DATA_DIR, else ~/.local/share/channeldesk).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: channeldesk %1 [--data-dir DIR]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unexpected argument “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run “channeldesk %1 --help” for usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no channel “%1”. “channeldesk channels” lists them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run “channeldesk --help” for usage.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command or option “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: channeldesk [--data-dir DIR] [--show-channel ID]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without a command, opens the ChannelDesk window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands (“channeldesk COMMAND --help” describes each and its options):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
channeldesk --server URL attaches the window to a ChannelDesk server (`channeldesk serve`
with its API on) instead of the data directory; the API key comes from
$CHANNELDESK_SERVER_KEY, else from the keychain, else the window asks for it.
</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectToServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach this window to a ChannelDesk server (`channeldesk serve` with its API switched on). You work on the server's channels with the rights of the key's role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>desk.example.com:8646</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cdk_…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once connected, the key is kept in the system keychain for this server, never in a file, so the next connection finds it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionTestWidget</name>
    <message>
        <source>Ask Meta's Graph API for this phone number with the access token, to check the ID and the token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop waiting for Meta's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel Test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the codes and the raw answer, for a support request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technical &amp;details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the technical details to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co&amp;py Details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConversationEndpoints</name>
    <message>
        <source>limit must be 1–%1 and before the next_before of the previous page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConversationLogWidget</name>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the conversations of one channel only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a conversation to read its messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken o&amp;ver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the conversations a person has taken over from the bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tak&amp;e over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer this conversation yourself: its new messages are kept and shown here but no longer passed to the bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find text in every stored message (in any language, without minding accents or capitals) and contacts by name or number; the results replace the conversation list until the field is cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search messages and contacts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <source>Read the latest figures from the message store now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No channels yet. Add one on the Channels tab.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>ChannelDesk could not create its data directory in your user data location. Check the permissions of that location, or start ChannelDesk with --data-dir DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk could not create or open the data directory “%1” (from --data-dir or CHANNELDESK_DATA_DIR). Check that the path is right and that you may write there.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataRepair</name>
    <message>
        <source>Cannot move %1 aside to %2. Check that the data directory is writable, then run the repair again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A ChannelDesk receiver (process %1: “channeldesk serve”, or the window with its receiver on) is using the data directory %2. Stop it or close the window, then run the repair again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The delivery journal was damaged; it was moved aside to %1 and a new one was started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation store was damaged too, so the conversation history cannot be rebuilt: conversations start empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost: acknowledged deliveries that were not yet in the conversation log (those after journal entry %1) and the bots' queues of deliveries still to forward. The conversation log keeps everything it had.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The damaged conversation store was moved aside to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No copy of the channel settings was found (%1), so no channel was restored: set the channels up again. Their secrets are still in the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Restored %n channel(s) from the copy of the channel settings</source>
        <translation>
            <numerusform>Restored %n channel from the copy of the channel settings</numerusform>
            <numerusform>Restored %n channels from the copy of the channel settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s).</source>
        <translation>
            <numerusform>%n API key.</numerusform>
            <numerusform>%n API keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation store is not damaged; it was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation log stopped taking deliveries after %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Built %n journal entry(s) into the conversation log.</source>
        <translation>
            <numerusform>Built %n journal entry into the conversation log.</numerusform>
            <numerusform>Built %n journal entrys into the conversation log.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 journal entries; the store is consistent. Run “channeldesk repair” again, or start ChannelDesk with its receiver on, to build the rest.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was written by a newer ChannelDesk (schema %1; this build knows %2). Update ChannelDesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database migration to schema %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DegradedDetector</name>
    <message numerus="yes">
        <source>No inbound messages or status updates for %n minute(s), although it usually sees about %1 per hour.</source>
        <translation>
            <numerusform>No inbound messages or status updates for %n minute, although it usually sees about %1 per hour.</numerusform>
            <numerusform>No inbound messages or status updates for %n minutes, although it usually sees about %1 per hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flapping: reconnected %n time(s) in the last hour.</source>
        <translation>
            <numerusform>Flapping: reconnected %n time in the last hour.</numerusform>
            <numerusform>Flapping: reconnected %n times in the last hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook delivery(s) rejected for a bad signature in the last hour — check the App Secret.</source>
        <translation>
            <numerusform>%n webhook delivery rejected for a bad signature in the last hour — check the App Secret.</numerusform>
            <numerusform>%n webhook deliverys rejected for a bad signature in the last hour — check the App Secret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n WeCom callback(s) rejected for a bad signature in the last hour — check that the Token matches the one under 接收消息 → 设置API接收 in WeCom's admin console.</source>
        <translation>
            <numerusform>%n WeCom callback rejected for a bad signature in the last hour — check that the Token matches the one under 接收消息 → 设置API接收 in WeCom's admin console.</numerusform>
            <numerusform>%n WeCom callbacks rejected for a bad signature in the last hour — check that the Token matches the one under 接收消息 → 设置API接收 in WeCom's admin console.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryCommitter</name>
    <message>
        <source>Another ChannelDesk receiver (process %1) is using the data directory %2. Stop it first, or give this one its own --data-dir.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receiver is stopping.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeliveryProjection</name>
    <message>
        <source>A delivery without its delivery journal entry cannot be built into the conversation log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeliveryProjector</name>
    <message>
        <source>Building %1 acknowledged deliveries that an earlier run left out of the conversation log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 acknowledged deliveries stay in the delivery journal; they go into the conversation log at the next start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not add acknowledged deliveries to the conversation log; they stay in the delivery journal and are tried again in %1 s: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskConnection</name>
    <message>
        <source>local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your key “%1” has the role %2; this needs %3. Ask the server's admin for a key with that role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 as %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reconnecting to %1 (attempt %2)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: certificate not trusted yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: certificate changed — refused</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiskUsageProbe</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n bytes</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 free on the disk holding %2: ChannelDesk stops accepting deliveries when SQLite cannot write. Free some space, or shorten the retention (settings.ini [retention]).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the data directory</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Only this channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only messages at or after DATE (YYYY-MM-DD or ISO 8601 date and time; UTC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only messages before DATE; a date alone includes that whole day (UTC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to FILE (created owner-only, replaced when complete) instead of standard output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the conversation log as JSON lines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print every message of the conversation log, oldest first, one JSON object per line
with the fields of “log --json”: channel, direction, peer, peer_name, message_id,
type, subtype, text, timestamp (ISO 8601 UTC), status, sent_by. Rows are read one
at a time, so a log of any size exports in constant memory. Run it before setting
a message retention (settings.ini retention/messageDays) to keep what it prunes.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: --%1 needs a date (2026-11-01) or an ISO 8601 date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>export: %n messages written to %1.</source>
        <translation>
            <numerusform>export: %n message written to %1.</numerusform>
            <numerusform>export: %n messages written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForwardCommand</name>
    <message>
        <source>Print per channel the deliveries waiting for the bot and the parked ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the parked deliveries to the bot again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this channel's deliveries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or retry the deliveries waiting for the channels' bots.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channels with a forward_url pass every accepted delivery on to their bot. --status
prints one line per channel: channel id, waiting, parked, the acknowledgement time of
the oldest waiting one (ISO 8601 UTC, "-" if none) and the bot's last error,
separated by tabs. Deliveries the bot refused for longer than the maximum age are
parked; --retry queues them again (a running serve picks them up within a second).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forward: give --status or --retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was received yet; nothing waits for a bot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is parked.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n parked delivery(s) queued for the bot again.</source>
        <translation>
            <numerusform>%n parked delivery queued for the bot again.</numerusform>
            <numerusform>%n parked deliverys queued for the bot again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for a bot.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForwardTargetDialog</name>
    <message>
        <source>Forward to Bot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk passes every delivery it accepts from Meta on to this address unchanged, with Meta's X-Hub-Signature-256 header, so a bot that checks it with the same App Secret needs no other change. Deliveries the bot does not take are kept and tried again. Leave the address empty to stop passing them on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bot's webhook address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: not forwarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Time to answer (ms):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long ChannelDesk waits for the bot to answer a forwarded delivery before trying again later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the conversation over when an o&amp;perator replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reply sent from the window or a remote console stops passing that conversation's messages to the bot, as Take over does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return to bot a&amp;fter (hours):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0: never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A taken-over conversation goes back to the bot after this many hours without an operator's reply</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ForwardTargetValidator</name>
    <message>
        <source>Empty: deliveries are not passed on to a bot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the bot's webhook address like https://bot.example.com/webhooks/whatsapp (http:// or https://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the “#…” part; it is never sent to the bot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deliveries would cross the network to %1 unencrypted, customers' messages included. Use https:// unless the bot is on a private network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the bot's time to answer in milliseconds, 100 to 300000 (default %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GatewayEventBody</name>
    <message>
        <source>Not a gateway event: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A gateway message without its id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InteractiveMessageDialog</name>
    <message>
        <source>Interactive Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Header (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Footer (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List &amp;button:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label of the button that opens the list on the customer's phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>What to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create: the key's name (letters, digits, - _ .).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create: viewer, sender, operator or admin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create: requests a minute the server accepts with the key (default %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create, list: print JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create, list or revoke the server's API keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keys: say create, list or revoke.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keys: unknown subcommand “%1”; say create, list or revoke.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keys revoke: which key? Give its name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keys %1: unexpected argument “%2”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keys %1: --%2 belongs to keys create.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keys revoke: --json belongs to keys create and keys list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keys create: --name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keys create: --role is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keys create: unknown role “%1”; use one of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keys create: --rate needs a number of requests a minute, 1 to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the only time the key “%1” is shown: ChannelDesk keeps only its hash. Store it safely now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No API keys yet. Create one with “channeldesk keys create --name NAME --role ROLE”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not record this in the audit log: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked the key “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KindFields</name>
    <message>
        <source>Leave this empty to keep the stored one, or enter a new one to replace it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LimitVerdict</name>
    <message>
        <source>Within the sending limits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit reached: %1 of %2 messages to this recipient in the last minute. The next one can be sent at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit reached: %1 of %2 messages to this recipient in the last hour. The next one can be sent at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily limit reached: %1 of %2 messages from this channel in the last 24 hours. The next one can be sent at %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LimitedField</name>
    <message>
        <source>Enter the %1 (at most %2 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 is %2 characters long; WhatsApp allows at most %3. Shorten it by %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkControlsWidget</name>
    <message>
        <source>Restart the session on the gateway so that it offers fresh codes to scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start a new pairing window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try to reach the gateway again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the stopped session again and follow it; a linked phone needs no new scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Star&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the session (on the gateway where it can) and stop following it; the phone stays linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart the session on the gateway; a linked phone stays linked, otherwise fresh codes come</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlink this device from the WhatsApp account at the gateway; linking it again needs a new scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log Out…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkStateText</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>awaiting scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>awaiting code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>authenticating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>logged out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkStateTracker</name>
    <message>
        <source>The gateway restarted and the link is gone: scan again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp ended the link (removed on the phone?): scan again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the gateway says: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan the code with WhatsApp on the phone: Settings → Linked devices → Link a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the pairing code on the phone: Linked devices → Link with phone number instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scanned, confirming on the phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway is starting the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway is reconnecting to WhatsApp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked as %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pairing code was not entered in time: start a new pairing window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All pairing codes expired: start a new pairing window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session failed on the gateway: start a new pairing window; if that does not help, log out and link again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session is stopped on the gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged out: link again with a new scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway reports "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinkedChannelValidator</name>
    <message>
        <source>Choose the gateway type: “waha” (WAHA, WhatsApp HTTP API) or “connection-gateway”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the gateway's address, for example http://127.0.0.1:3000 for WAHA.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a web address. Write it like http://127.0.0.1:3000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the “?…” or “#…” part of the gateway address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API key travels unencrypted over http:// to %1. Use https:// or a private network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the gateway's API key (WAHA: WAHA_API_KEY) or service token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key contains a space or line break; copy it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the session name, for example “default”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use only letters, digits, “-” and “_” in the session name (at most 64).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the device label to 50 characters; the phone shows it under Linked devices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the number of reconnect attempts as a whole number from 1 to 100 (default %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocationDialog</name>
    <message>
        <source>Send Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the coordinates in decimal degrees. You can paste both at once, e.g. “52.52, 13.405” copied from a map, into Latitude.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Latitude:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-90 to 90, e.g. 52.52</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-180 to 180, e.g. 13.405</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Main office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address (optional):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this peer; a number with or without +, spaces and dashes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the newest N messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the conversation log.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>log: %n acknowledged deliveries are in the delivery journal but not yet in this log; a running receiver adds them within a second, a stopped one when it next starts.</source>
        <translation>
            <numerusform>log: %n acknowledged delivery is in the delivery journal but not yet in this log; a running receiver adds it within a second, a stopped one when it next starts.</numerusform>
            <numerusform>log: %n acknowledged deliveries are in the delivery journal but not yet in this log; a running receiver adds them within a second, a stopped one when it next starts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only what the window's search finds for TEXT: messages containing it, and contacts whose name or number does (their last message).</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>--search needs some text to find.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the contact matches; their last message)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keychain warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets you enter are kept only until ChannelDesk quits; nothing is written to disk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep secrets in memory for this run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading channels…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No channels yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a WhatsApp Cloud API channel to connect ChannelDesk to your bot’s number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add Channel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk cannot open its data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up a new channel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Channel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected channel and its secrets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit ChannelDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;onversations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Webhook Receiver…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn the built-in webhook receiver on or off and choose where it listens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose which desktop notifications ChannelDesk shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send limits and the words that opt a customer out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server &amp;API…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the server API for bots and remote consoles, manage its keys and read its audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server connection problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recent Servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work on the channels of a ChannelDesk server (channeldesk serve) with an API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Local Data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the server and work on the channels in this computer's data directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long deliveries and messages are kept, and the disk the data takes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;pair Data Directory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check this computer's data directory, move a damaged store aside and rebuild the conversation log from the delivery journal</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MediaLinkDialog</name>
    <message>
        <source>Media from a Link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp downloads the file from this address when the message is sent, so it must be publicly reachable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://example.com/photo.jpg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name the customer sees for the document</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageAnnotations</name>
    <message>
        <source>a message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetaErrorDecoder</name>
    <message>
        <source>Meta's server failed (HTTP %1) without saying why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is on Meta's side; try again in a minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered HTTP %1 without Meta's usual error description.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the Graph API base URL under Advanced; it should be https://graph.facebook.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the internet connection and any proxy, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure connection failed, so ChannelDesk cannot be sure it is talking to Meta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the system clock and any TLS-intercepting proxy or antivirus; check the Graph API base URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach the Graph API server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the internet connection, DNS, proxy or firewall, and the Graph API base URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer was not the JSON Meta sends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the Graph API base URL under Advanced; a captive portal or proxy may be answering instead of Meta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token is invalid or has expired. Temporary tokens from WhatsApp &gt; API Setup expire after 24 hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a permanent System User token in Meta Business Settings &gt; Users &gt; System users (permissions whatsapp_business_messaging and whatsapp_business_management) and replace the token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta does not know this Phone Number ID, or the token may not access it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the Phone Number ID (not the phone number) from WhatsApp &gt; API Setup, and check that the token's app is linked to the same WhatsApp Business Account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No phone number with this ID exists; it may have been deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the Phone Number ID in WhatsApp &gt; API Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token lacks a permission this call needs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the System User the whatsapp_business_messaging and whatsapp_business_management permissions and generate a new token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait a few minutes and try again; ChannelDesk backs off automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta reported a temporary problem on its side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again in a minute. If it persists, check https://metastatus.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta has restricted or locked this account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open WhatsApp Manager &gt; Account tools &gt; Account quality to see why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The app has no permission for this phone number or business account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the app to the WhatsApp Business Account (Business Settings &gt; Accounts &gt; WhatsApp accounts) and give the System User access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta reported a temporary error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta rejected the request (error %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read Meta's message above; the error code is listed at developers.facebook.com under WhatsApp &gt; Support &gt; Error codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp Manager &gt; Account tools &gt; Message templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>developers.facebook.com &gt; WhatsApp &gt; Cloud API &gt; Reference &gt; Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to change in Meta's dashboards; it concerns this one message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App Dashboard (developers.facebook.com/apps) &gt; your app &gt; Dashboard &gt; Application rate limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta Business Settings &gt; Users &gt; System users &gt; Generate new token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App Dashboard (developers.facebook.com/apps) &gt; your app &gt; WhatsApp &gt; API Setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta rejected a parameter of the request: it is unknown, misspelled or too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta's message names the parameter. Shorten the text that is too long; otherwise report it with the technical details, as ChannelDesk built the request wrongly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp Manager &gt; Account tools &gt; Phone numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta Business Settings &gt; Users &gt; System users &gt; Assign assets, then Generate new token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta Business Settings &gt; Accounts &gt; WhatsApp accounts &gt; Partners / Connected apps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A required parameter is missing from the message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta's message names the missing parameter; report it with the technical details, as ChannelDesk built the request wrongly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value in the message is invalid, for example a message ID that is older than 30 days, deleted or not an incoming message, or a malformed phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the recipient's number (with country code) and the message being replied or reacted to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote, so the customer service window is closed and only templates may be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send an approved message template instead; free-form messages work again once the customer replies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message could not be delivered: the number is not on WhatsApp, uses an outdated app, or has not accepted WhatsApp's latest terms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the number with the customer or reach them another way; do not resend automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp Manager &gt; Insights (delivery figures)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer has stopped marketing messages from this business.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not send marketing templates to this customer again; service replies are still possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This business number has blocked the customer, so nothing can be sent to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unblock the customer first if you really want to message them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business number's block list (Block Users API, or the WhatsApp Business app on coexistence numbers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta withheld this marketing message to keep engagement healthy: the customer has recently received many marketing messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not resend for at least 24 hours, and consider whether the customer wants these messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp Manager &gt; Insights &gt; Marketing messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp does not support this type of message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a supported type: text, media, template, interactive, location or reaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file the customer sent could not be fetched (for example it is larger than 100 MB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the customer to send the file again, smaller if possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta could not process the file you sent: its type or size is not allowed, or its content does not match its MIME type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send JPEG/PNG images up to 5 MB, MP4/3GPP videos and AAC/AMR/MP3/M4A/OGG audio up to 16 MB, documents up to 100 MB, WebP stickers up to 100 KB (500 KB animated); convert the file if needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of template parameters does not match the template's placeholders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in exactly one value per placeholder ({{1}}, {{2}} …) and refresh the template list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template does not exist in this language, or it is not approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the template's name and language code, and that its status is Approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template text is too long once the parameters are filled in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shorten the parameter values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template's content breaks WhatsApp's policies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the template so it follows the WhatsApp Business and Commerce policies, and submit it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A template parameter has the wrong format (for example text where the header expects an image).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give every parameter the type the template defines.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template is paused because customers blocked or reported it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use another template or improve this one; Meta resumes paused templates after a while.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template is disabled after repeated low quality.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new template; a disabled template cannot be used again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp Manager &gt; Account tools &gt; Account quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta does not allow this business to message customers in this country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the account's restrictions; messages to this country cannot be sent from this account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is a problem with the WhatsApp Business Account's payment method.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add or fix the payment method; paid messages work again once billing is in order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta Business Settings &gt; Billing and payments, or WhatsApp Manager &gt; Overview &gt; Payment method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business phone number is not registered for the Cloud API.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register the number (two-step verification PIN) or finish its setup, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta is rate-limiting this app: too many API calls in a short time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta is rate-limiting this WhatsApp Business Account: too many API calls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp Manager &gt; Insights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta is rate-limiting this number: more messages per second than its throughput allows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait a few minutes and try again; ChannelDesk slows its send queue and retries automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp Manager &gt; Account tools &gt; Phone numbers &gt; Throughput</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many messages to the same customer in a short time (about one every 6 seconds is allowed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk retries this customer later; messages to others are not affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta limited sending from this number because of spam reports or low quality.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause outbound messages, review what is sent and to whom, and retry much later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp Manager &gt; Account tools &gt; Phone numbers &gt; Quality rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The messaging limit was reached because templates were in the wrong category; Meta enforces a waiting period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for the enforcement period to end, and check the category of your templates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://metastatus.com (Meta's platform status)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business account is in maintenance (for example during a throughput upgrade).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait about a minute; ChannelDesk retries automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meta is rate-limiting calls to the Graph API for this app, user or business account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>developers.facebook.com &gt; WhatsApp &gt; Support &gt; Error codes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotificationPlanner</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel “%1” is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: degraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel “%1” is degraded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel “%1” is connected again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: scan the QR code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel “%1” is waiting for its QR code to be scanned: open ChannelDesk and scan it with WhatsApp on the phone (Linked devices).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The temporary access token of channel “%1” expires in %2. Replace it with a system user token on the channel page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token of channel “%1” expires in %2. Replace it on the channel page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: token expires soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: new message</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new message(s) on channel “%1”.</source>
        <translation>
            <numerusform>%n new message on channel “%1”.</numerusform>
            <numerusform>%n new messages on channel “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: bot failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bot of channel “%1” has been failing for %2: %3. Deliveries wait for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: bot recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bot of channel “%1” takes deliveries again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notify me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;messages while the window is hidden or minimised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A channel &amp;failed or was logged out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A channel became &amp;degraded (silent, flapping or rejected deliveries)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A failed or degraded channel &amp;recovered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An access &amp;token expires within 2 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A &amp;QR code is waiting to be scanned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desktop has no system tray, so ChannelDesk cannot show notifications here. The settings are kept for when one is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A channel's &amp;bot has been failing for more than 5 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A failing bot &amp;answers again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboundContent</name>
    <message>
        <source>Unknown outbound message kind “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reaction removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reaction %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked as read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Typing indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown template button type “%1”; use quick_reply or url.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboundPayload</name>
    <message>
        <source>The %1 is %2 characters long; WhatsApp allows at most %3. Shorten it by %4 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 is empty; WhatsApp requires it (at most %2 characters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>message text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a template: the template name is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template language is empty; use the code the template was approved for, e.g. en_US.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template parameter {{%1}} is empty; Meta rejects empty parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template parameter {{%1}} contains a line break, a tab or more than 4 spaces in a row; WhatsApp does not allow these in parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>footer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add at least one reply button (WhatsApp allows 1 to %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are %1 reply buttons; WhatsApp allows at most %2. Use a list for more choices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title of button %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID of button %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Button %1 has the same ID “%2” as an earlier button; button IDs must be unique.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Button %1 has the same title “%2” as an earlier button; button titles must be unique.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add at least one list section (WhatsApp allows 1 to %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list has %1 sections; WhatsApp allows at most %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list has %1 rows; WhatsApp allows at most %2 rows in all sections together.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title of section %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section %1 has no rows; every section needs at least one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title of row %1 in section %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID of row %1 in section %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>description of row %1 in section %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Row %1 in section %2 has the same ID “%3” as an earlier row; row IDs must be unique in the whole list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list button label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The media link “%1” is not an http(s) address Meta can download from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file “%1” has not been uploaded to WhatsApp yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a file or enter a media link: the media ID and link are both empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WhatsApp does not show captions on audio messages or stickers; send the text as a separate message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The latitude %1 is outside -90 to 90 degrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The longitude %1 is outside -180 to 180 degrees.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ID of the message to %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>react to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reaction is a single emoji, or empty to remove the reaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark as read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This kind of message has no message body.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header parameter contains a line break, a tab or more than 4 spaces in a row; WhatsApp does not allow these in parameters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template header type “%1” is unknown; use image, video, document or text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template's %1 header needs a link: enter the https:// address Meta downloads it from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header link “%1” is not an http(s) address Meta can download from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL suffix of button %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payload of button %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Button %1 does not exist: a template has at most %2 buttons, numbered from 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Button %1 is given two values; give each button one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 is empty; WhatsApp requires a payload for every quick reply button, the text your bot gets back when it is tapped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>template parameter {{%1}}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>template body with its parameters filled in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboundStore</name>
    <message>
        <source>ChannelDesk stopped while this message was being sent; WhatsApp may or may not have accepted it, so it was not sent again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PairingQrWidget</name>
    <message>
        <source>On the phone: WhatsApp → Settings → Linked devices → Link a device, then point the camera at this code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time left for this code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PairingWidget</name>
    <message>
        <source>Link state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link state details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time left for this code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the phone: WhatsApp → Settings → Linked devices → Link a device, then point the camera at this code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: WhatsApp's terms of service forbid unofficial clients such as this gateway, and WhatsApp can ban numbers that use them. Link a dedicated number, never your personal one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Get an 8-character code to type on the phone instead of scanning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link with a phone &amp;number instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This gateway cannot issue pairing codes; scan the QR code instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone n&amp;umber:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of the phone to link, in international format with the country code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+1 555 765 4321</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the gateway for a pairing code for this number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Get Pairing Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pairing code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the phone: WhatsApp → Settings → Linked devices → Link a device → Link with phone number instead, then type this code.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhoneNumberWords</name>
    <message>
        <source>High (GREEN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium (YELLOW)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Low (RED)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not rated (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cloud API (CLOUD_API)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On-Premises API (ON_PREMISE), which Meta has retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not registered for an API (NOT_APPLICABLE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard, about 80 messages per second (STANDARD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High, up to 1,000 messages per second (HIGH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not applicable (NOT_APPLICABLE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unlimited (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 customers per 24 h (%2) — shared by the whole business portfolio</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceiverLock</name>
    <message>
        <source>ChannelDesk cannot write its lock file %1: the disk is full (%2 free) or the data directory is read-only. Free some space, or make %3 writable (“chmod u+rwx %3”), then start again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceiverSettings</name>
    <message>
        <source>Enter an address and port, e.g. 127.0.0.1:8645.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write it as HOST:PORT, e.g. 127.0.0.1:8645 or [::1]:8645.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every network interface.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other machines can reach this address. Put a TLS reverse proxy or tunnel in front of it; Meta only calls https:// URLs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ports below 1024 usually need administrator rights.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>settings.ini: %1 = %2 is outside %3 to %4; using %5.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceiverSettingsDialog</name>
    <message>
        <source>Webhook Receiver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk can receive Meta's webhooks itself while it runs. Meta calls an https:// URL, so a TLS tunnel or reverse proxy must forward it to this address. To receive while ChannelDesk is closed, run “channeldesk serve” instead, on another address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Receive webhooks in ChannelDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP address and port, e.g. 127.0.0.1:8645 (this computer only) or 0.0.0.0:8645 (every interface)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>127.0.0.1:8645</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecipientNumber</name>
    <message>
        <source>Write it with the country code, e.g. +49 151 23456789 or +1 555 123 4567.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the recipient's phone number. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The “+” may only appear once, at the very start of the number. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone number contains “%1”; use only digits, spaces, dashes and a leading “+”. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone number has no digits. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the dialling prefix “%1” at the start with “+”, e.g. +49 151 23456789 instead of 0049 151 23456789.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number starts with 0, a prefix only used for calls inside a country. Drop the 0 and put the country code in front, e.g. +49 151 23456789 instead of 0151 23456789.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number has only %1 digits, too few for an international number, which has 8 to 15 digits including the country code. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number has %1 digits, too many: international numbers have at most 15 digits including the country code. Check for a doubled country code or extra digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No country has the calling code at the start of +%1. Check the country code, e.g. +49 for Germany, +44 for the UK, +1 for the USA and Canada.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RepairCommand</name>
    <message>
        <source>Rebuild a damaged conversation store from the delivery journal.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building the conversation log: %1 / %2 journal entries</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplaceSecretDialog</name>
    <message>
        <source>Replace Secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in a random verify token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplyComposerWidget</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a reply…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Customer service window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The customer asked not to be messaged. Clear this only if they agreed to hear from you again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear opt-out…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a file, a link, a location, reply buttons or a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send an approved message template instead of free text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <source>A whole number of days from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A whole number of days from 1 to %1, or 0 to keep every message.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>These are the server's settings; change them where `channeldesk serve` runs.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretBackend</name>
    <message>
        <source>Secrets: OS keychain (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets: encrypted file %1 (key from %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets: environment variables only — %1. Channels whose secrets would have to be stored are refused. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no keychain answered and no master key is set</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>send needs --channel ID, --to NUMBER and either --text TEXT or --template NAME --lang CODE [--param VALUE]...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--template needs --lang CODE, e.g. --lang en_US.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--lang and --param belong to --template, not --text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel “%1” is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token of “%1” is neither in the keychain nor in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepted by WhatsApp: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The send disappeared from the queue.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No answer from WhatsApp within %n second(s); the message may or may not have been sent, so it is not sent again.</source>
        <translation>
            <numerusform>No answer from WhatsApp within %n second; the message may or may not have been sent, so it is not sent again.</numerusform>
            <numerusform>No answer from WhatsApp within %n seconds; the message may or may not have been sent, so it is not sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: an earlier message to this recipient is still waiting, and messages to one recipient go out in order.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Not sent after %n attempt(s) within the time allowed; the last answer was: %1</source>
        <translation>
            <numerusform>Not sent after %n attempt within the time allowed; the last answer was: %1</numerusform>
            <numerusform>Not sent after %n attempts within the time allowed; the last answer was: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked-device channels send text only; templates are a Cloud API feature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+%1 asked not to be messaged (opted out).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown gateway type “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The WhatsApp account of “%1” is not connected (gateway state: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway did not answer in time.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The gateway did not answer within %n second(s); the message may or may not have been sent.</source>
        <translation>
            <numerusform>The gateway did not answer within %n second; the message may or may not have been sent.</numerusform>
            <numerusform>The gateway did not answer within %n seconds; the message may or may not have been sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent through the gateway: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel to send from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipient's international number, e.g. +49 151 23456789.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free text, sent as given (needs an open 24-hour window).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An approved template, sent any time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template's language, e.g. en_US.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A body parameter of the template; repeat it for each one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print one JSON object with ok, code, to, message_id, error, frees_at.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long to wait for WhatsApp to accept the message (default 30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send one message and wait for WhatsApp to accept it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom channels send text only; templates are WhatsApp's.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>WeCom did not answer within %n second(s); the message may or may not have been sent.</source>
        <translation>
            <numerusform>WeCom did not answer within %n second; the message may or may not have been sent.</numerusform>
            <numerusform>WeCom did not answer within %n seconds; the message may or may not have been sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent through WeCom: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link of the template's image header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link of the template's video header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The link of the template's document header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parameter of the template's text header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payload of a quick reply button; the button options number the template's buttons in the order given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end of a URL button's link; the button options number the template's buttons in the order given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--header-… and --button-… belong to --template, not --text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A template has one header: give one --header-image, --header-video, --header-document or --header-text.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendSettingsDialog</name>
    <message>
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limits protect your number's quality rating: a send over a limit is refused with the limit's name and the time it frees up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per recipient per &amp;minute:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per recipient per &amp;hour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per channel per &amp;day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Opt-out words:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STOP, UNSUBSCRIBE</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>“%1” is not HOST:PORT, e.g. 127.0.0.1:8645 or [::]:8645.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Listening on http://%1 for %n channel(s); health at /health. Ctrl+C stops.</source>
        <translation>
            <numerusform>Listening on http://%1 for %n channel; health at /health. Ctrl+C stops.</numerusform>
            <numerusform>Listening on http://%1 for %n channels; health at /health. Ctrl+C stops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reloaded channels: %n served.</source>
        <translation>
            <numerusform>Reloaded channels: %n served.</numerusform>
            <numerusform>Reloaded channels: %n served.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel “%1”: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send %1 to %2 on “%3”: %4 %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address and port to listen on (default %1; [::]:8645 for IPv6).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receive Meta's webhooks and keep the gateway connections, headless.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Channel “%1” is not served: its secrets are not available. Set %2 and %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address and port of the API for bots, scripts and remote consoles (default %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serve the API over HTTPS with this certificate (PEM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The private key of --api-tls-cert (PEM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow plain HTTP for the API on an address other machines reach (only behind a TLS proxy).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not run the API.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receive Meta's webhooks for every enabled channel, store them durably, log one line per
request to stderr. SIGINT/SIGTERM stop, SIGHUP reloads the channels. Put a TLS reverse
proxy or tunnel in front. Also keeps the gateway connections of enabled linked-device
channels and sends what is queued.
The API (docs/api.md) listens on --api-listen for requests with an API key made by
“channeldesk keys create”; beyond this machine only over TLS (--api-tls-cert/--api-tls-key).
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This server keeps secrets only in CHANNELDESK_SECRET_* variables, so channels cannot be set up through the API. Give it a master key (CHANNELDESK_MASTER_KEY, or the systemd credential channeldesk-master-key) to keep secrets in its encrypted secrets file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API on %1/api/v1/ (keys: channeldesk keys create).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>For example: desk.example.com:8646 or https://desk.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the server's address. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a scheme the server speaks; use http:// or https://. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put an IPv6 address in brackets, as in [2001:db8::1]:8646.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a server address. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out the user name and password: the API key is asked for separately. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out everything after “?” or “#”. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's API is at /api/v1, not at “%1”. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port 0 is not a server's port. %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerApiDialog</name>
    <message>
        <source>Server API</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bots, scripts and remote consoles can ask for channel status and QR codes, send messages and run tests through ChannelDesk's API, each with its own key (see the Keys tab). The window runs the API while it is open; to keep it running, use “channeldesk serve” instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run the server API for bots and remote consoles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP address and port, e.g. 127.0.0.1:8646 (this computer only) or 0.0.0.0:8646 (every interface, needs TLS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM file with the server's certificate (and any intermediate certificates); empty for plain HTTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: plain HTTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM file with the certificate's private key; ChannelDesk reads it from there and never copies it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allow plain &amp;HTTP beyond this computer (only behind a TLS proxy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS ke&amp;y:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceWindowRules</name>
    <message>
        <source>window closed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n h left</source>
        <translation>
            <numerusform>%n h left</numerusform>
            <numerusform>%n h left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform>
            <numerusform>%n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>settings.ini: %1 = “%2” is not a whole number; using %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupCommand</name>
    <message>
        <source>Save the non-secret fields only; the server then reads each secret from CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create or update channels from an answers JSON file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setup needs --answers FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the answers file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The answers file has %n problem(s); nothing was saved:</source>
        <translation>
            <numerusform>The answers file has %n problem; nothing was saved:</numerusform>
            <numerusform>The answers file has %n problems; nothing was saved:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved. On a server without a keychain, run setup with --no-keychain and export the secrets as environment variables (see --help).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved channel “%1” (%2, %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Callback URL:  %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Verify token:  %1 (the value from the answers file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Gateway:       %1 at %2, session “%3”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Open “channeldesk --show-channel %1” to scan the pairing QR; “channeldesk serve” keeps the connection on a server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Export %1 before running the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In Meta's App Dashboard open WhatsApp &gt; Configuration, paste the Callback URL and the verify token, click “Verify and save”, then subscribe to the “messages” field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answers JSON file (keys messaging-whatsapp, messaging-whatsapp-linked and messaging-wecom; see the README).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create or update channels from an answers JSON file (keys messaging-whatsapp,
messaging-whatsapp-linked and messaging-wecom). Everything is validated first; nothing
is saved if any field is invalid. Secrets go to the OS keychain.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Shared URL:    %1 (one URL for several apps)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Token:         %1 (the value from the answers file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In WeCom's admin console open 应用管理 → your app → 接收消息 → 设置API接收, paste the URL, Token and EncodingAESKey and click 保存; add this server's public IP under 企业可信IP.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupCopy</name>
    <message>
        <source>Cannot write the copy of the channel settings %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch the databases to incremental vacuum and give their free space back (only while no receiver runs on this data directory).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the data directory's disk use, free space and receiver.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data directory: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data: %1; free on its disk: %2 of %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Retention: journal entries %n days after they are built and forwarded</source>
        <translation>
            <numerusform>Retention: journal entries %n day after they are built and forwarded</numerusform>
            <numerusform>Retention: journal entries %n days after they are built and forwarded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>messages %n days</source>
        <translation>
            <numerusform>messages %n day</numerusform>
            <numerusform>messages %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>messages kept for ever</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiver: running in process %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiver: not running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status --vacuum: the receiver of process %1 on %2 is using this data directory. Stop it first: a VACUUM would hold its deliveries up until it ends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StorageSettingsDialog</name>
    <message>
        <source>Storage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The delivery journal keeps the raw body of every delivery until the log is built from it and its bot took it, then for the days below. Messages are kept for ever unless you set a number of days; export them first (channeldesk export).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;journal entries (days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;messages (days, 0 = for ever):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disk use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measuring…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreDiagnosis</name>
    <message>
        <source>The conversation store %1 is damaged (%2), so ChannelDesk cannot use it. Run “channeldesk repair” (or choose Repair in the window): it moves the damaged file aside and rebuilds the store from the delivery journal, which holds every accepted message, and from the copy of the channel settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The delivery journal %1 is damaged (%2), so the receiver cannot keep deliveries in it. Run “channeldesk repair” (or choose Repair in the window): it moves the damaged journal aside and starts a new one. Deliveries it held that are not in the conversation log yet are lost; the log keeps everything already built.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is damaged (%2). Move it aside or restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk may not write to %1: the file belongs to another user (%2). Give it back to the user running ChannelDesk, e.g. “sudo chown %3 %1” and “chmod u+rw %1”, then start again. Nothing needs repair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk may not write to %1: the file is read-only. Make it writable, e.g. “chmod u+rw %1”, then start again. Nothing needs repair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk may not write in its data directory %1, which belongs to another user (%2); SQLite keeps the -wal and -shm files of %3 there. Give it back to the user running ChannelDesk, e.g. “sudo chown -R %4 %1” and “chmod u+rwx %1”, then start again. Nothing needs repair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk may not write in its data directory %1 (the folder is read-only); SQLite keeps the -wal and -shm files of %2 there. Make it writable, e.g. “chmod u+rwx %1”, then start again. Nothing needs repair.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk holding %1 is full (%2 free). Free some space on it, then start again. Nothing needs repair: what was acknowledged is kept in the delivery journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is damaged: run “channeldesk repair”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite gave no reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk cannot open %1 for writing (%2). Check that the file and its folder belong to the user running ChannelDesk and that the disk is mounted writable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk cannot use %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the copy of the channel settings %1 lists %n channel(s) and API key(s)</source>
        <translation>
            <numerusform>the copy of the channel settings %1 lists %n channel and API key</numerusform>
            <numerusform>the copy of the channel settings %1 lists %n channels and API keys</numerusform>
        </translation>
    </message>
    <message>
        <source>the delivery journal %1 beside it holds deliveries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conversation store %1 is missing or empty, but %2: it was lost or cut short (a full disk, a backup restored without it). ChannelDesk does not start with an empty setup over it. Run “channeldesk repair” (or choose Repair in the window) to rebuild it from the delivery journal and the copy of the channel settings. To really start afresh, move the whole data directory aside instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreRepairDialog</name>
    <message>
        <source>ChannelDesk Cannot Open Its Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplatePickerWidget</name>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>en_US</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load the approved templates of the WhatsApp Business Account again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>The channel to test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long to wait for Meta's answer (default 20).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>test needs --channel ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The access token of “%1” is neither in the keychain nor in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing “%1” (phone number ID %2, token %3)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test Connection failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Quality rating: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Verification:   %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Platform:       %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Throughput:     %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secret of “%1” is neither in the keychain nor in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing “%1” (corp %2, AgentId %3, Secret %4)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run Test Connection against the Graph API (or WeCom's API, or a linked channel's gateway).</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The gateway API key of “%1” is neither in the keychain nor in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown gateway type “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing “%1” (%2 at %3, session “%4”, key %5)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test Connection failed: the gateway cannot be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Gateway:  reachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test Connection failed: the gateway rejected the API key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace it with “channeldesk setup --answers FILE” or Replace… on the channel's page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test Connection failed: no session on the gateway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  API key:  accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Session:  working (%1), linked as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unnamed account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel works: replies and test messages go through the gateway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  Session:  %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the phone is not linked: it needs a scan. Open the channel in the window (or its QR through the server API) and scan the code with WhatsApp → Linked devices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session is starting on the gateway; run the test again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session failed on the gateway: start a new pairing window (“channeldesk channels pair %1”), or log out and link again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session is stopped: start it (“channeldesk channels start %1”, or Start in the window).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the phone was logged out: link it again with a new scan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the gateway reports “%1”, which ChannelDesk does not know as linked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test Connection failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TestMessageDialog</name>
    <message>
        <source>Send Test Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends one message and follows it through WhatsApp: queued, accepted by Meta, sent, delivered and read. Status updates need the webhook receiver to be reachable from Meta.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+49 151 23456789</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template hello_world (works without an open conversation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text (only if the number wrote to you in the last 24 hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivery steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrustCertificateDialog</name>
    <message>
        <source>Trust Server Certificate?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate fingerprint</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeComCallbackParser</name>
    <message>
        <source>The XML is larger than 1 MiB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The XML has a DOCTYPE; WeCom never sends one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The XML's root element is &lt;%1&gt;, not &lt;xml&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The XML has &lt;%1&gt; twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The XML is not well-formed: %1 (line %2, column %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The XML has no &lt;xml&gt; root element.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The callback has no &lt;Encrypt&gt; element, or it is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message has no &lt;FromUserName&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message's &lt;CreateTime&gt; "%1" is not a whole number of seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message has no &lt;MsgType&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event has no &lt;Event&gt;.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeComCallbackRoute</name>
    <message>
        <source>No WeCom channel has the id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The channel is disabled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom calls back with GET and POST only, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No enabled WeCom channel is served on /wecom/callback.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request has no msg_signature; it did not come from WeCom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The timestamp or nonce is missing or not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request's timestamp is %1 s away from this computer's clock (at most %2 s are accepted, against replayed requests). If every callback fails like this, set this computer's clock right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The verification request has no echostr.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The body is over %1 bytes; WeCom's callbacks are far smaller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No WeCom channel's Token makes the msg_signature match. If every callback fails like this, the Token in WeCom's console differs from the channel's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The msg_signature does not match this channel's Token. If every callback fails like this, the Token in WeCom's console differs from the channel's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 If every callback fails like this, the EncodingAESKey in WeCom's console differs from the channel's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The callback was encrypted for corp %1, not this channel's %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeComCrypto</name>
    <message>
        <source>Decrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The EncodingAESKey is not 43 letters and digits that decode to a 32-byte key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted text is not valid Base64.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The encrypted text is empty or not a whole number of AES blocks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The decrypted text has invalid padding; the EncodingAESKey is probably not the one set in WeCom's admin console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The decrypted text's length field runs past its end; the EncodingAESKey is probably wrong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeComErrorDecoder</name>
    <message>
        <source>WeCom's servers were busy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom rejected the app's Secret: it is wrong, belongs to another app, or was reset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the Secret again in the WeCom admin console under 应用管理 → the app → Secret. "View" sends the Secret to the administrator's WeCom app; paste it exactly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom does not know this Corp ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the Corp ID from the WeCom admin console under 我的企业 → 企业信息 → 企业ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom rejected the access token as invalid or expired.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ChannelDesk fetches a new token and tries once more by itself; if this keeps happening, check that the Secret was not reset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AgentId does not belong to the app whose Secret was used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the AgentId from the app's page (应用管理 → the app → AgentId) and check that the Secret is that app's Secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom does not allow this app to call this API.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the self-built app's own Secret (not the contacts-sync or another app's Secret) and check the app's API permissions under 应用管理 → the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The app has no access to this member or department: it is outside the app's visible range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the member or their department to the app's visible range under 应用管理 → the app → 可见范围.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom refused the call because this server's IP address is not in the app's trusted IP list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom refused the call because it came from %1, which is not in the app's trusted IP list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add this server's public IP address under 应用管理 → the app → 企业可信IP. WeCom only lets you set it once a trusted domain or the callback URL is configured for the app. Retrying does not help until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add %1 under 应用管理 → the app → 企业可信IP. WeCom only lets you set it once a trusted domain or the callback URL is configured for the app. Retrying does not help until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom found none of the recipients: the UserID does not exist or is outside the app's visible range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the UserID (通讯录 → the member → 账号, not the display name) and that the member is in the app's visible range (应用管理 → the app → 可见范围).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of the given recipients (members, departments or tags) is valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the UserIDs and that they are in the app's visible range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom's rate limit was reached (one app may send about 30 messages a minute to one member).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many calls to WeCom ran at the same time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The text is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write something before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom rejected the request (error %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look the code up at https://open.work.weixin.qq.com/devtool/query?e=%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom answered %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom answered %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WeComValidator</name>
    <message>
        <source>a space or line break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find it in WeCom's admin console (work.weixin.qq.com) under 我的企业 → 企业信息 → 企业ID (My Company → Company Info → CorpID).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find it in WeCom's admin console under 应用管理 → 自建 → your app (App Management → Self-built → the app).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In WeCom's admin console open your app's 接收消息 → 设置API接收 (Receive Messages → Set API Receiving); “随机获取” there, or Generate here, makes one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the corp ID (企业ID). %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the spaces around the corp ID. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A corp ID starts with “ww” or “wx”, followed by 16 letters and digits. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A corp ID has only letters and digits; remove %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A corp ID is 18 characters long (“ww” or “wx” and 16 letters and digits); this one has %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is the AgentId shown on the app's page. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the app's AgentId, for example 1000002. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AgentId has only digits; remove %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The AgentId has at most 10 digits; this one has %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the app's page click “查看” (View) next to Secret; WeCom sends it to the admin's WeCom app. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the app's Secret. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Secret has only letters, digits, “-” and “_”; remove %1. Copy it again without surrounding text. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An app's Secret is usually 43 characters long; this one has %1. Check that it was copied whole. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the Token, or click Generate. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom accepts only letters and digits in the Token; remove %1, or click Generate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Token has 3 to 32 letters and digits; this one has %1. Click Generate for a random one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the EncodingAESKey, or click Generate. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The EncodingAESKey has only letters and digits; remove %1, or click Generate for a new key (and paste it into WeCom too).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The EncodingAESKey is exactly 43 letters and digits; this one has %1. Copy it again from 设置API接收, or click Generate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This EncodingAESKey does not decode to a 32-byte key. Click Generate for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the public address at which WeCom reaches ChannelDesk, for example https://bot.example.com (a reverse proxy or tunnel in front of the receiver).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a web address. Write it like https://bot.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the “?…” or “#…” part; the base URL is only scheme, host and an optional path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom's servers cannot reach %1. Use the public name of your proxy or tunnel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeCom accepts http:// but recommends https://. Use https:// unless this is for testing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a web address. Leave the field empty for WeCom's own, %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the “?…” or “#…” part of the API address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a member's user ID (账号) under 通讯录 (Contacts) in WeCom's admin console.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a WeCom user ID: IDs have only letters, digits and _ @ . -; remove %2. Separate IDs with commas. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody is answered until you add user IDs or allow everyone. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write true to answer every member of the company, or false (the default) to answer only the allowed users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WebhookInstructions</name>
    <message>
        <source>Open your app in Meta's App Dashboard (developers.facebook.com/apps) and go to &lt;b&gt;WhatsApp &amp;gt; Configuration&lt;/b&gt;. Under &lt;b&gt;Webhook&lt;/b&gt;, click &lt;b&gt;Edit&lt;/b&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the &lt;b&gt;Callback URL&lt;/b&gt; shown here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the &lt;b&gt;Verify token&lt;/b&gt; (use the Copy button here).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click &lt;b&gt;Verify and save&lt;/b&gt;. Meta calls the Callback URL at once, so ChannelDesk's webhook receiver must already be running and reachable at that address (through your reverse proxy or tunnel); otherwise Meta refuses to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under &lt;b&gt;Webhook fields&lt;/b&gt;, click &lt;b&gt;Manage&lt;/b&gt; and subscribe to &lt;b&gt;messages&lt;/b&gt;. Without this, Meta sends no messages to ChannelDesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In WeCom's admin console (work.weixin.qq.com) open &lt;b&gt;应用管理&lt;/b&gt; → your app → &lt;b&gt;接收消息&lt;/b&gt; → &lt;b&gt;设置API接收&lt;/b&gt; (App Management → the app → Receive Messages → Set API Receiving).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the &lt;b&gt;URL&lt;/b&gt; (the Callback URL shown here), the &lt;b&gt;Token&lt;/b&gt; and the &lt;b&gt;EncodingAESKey&lt;/b&gt;, using the Copy buttons here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click &lt;b&gt;保存&lt;/b&gt; (Save). WeCom calls the URL at once, so ChannelDesk's receiver must already be running and reachable at that address; otherwise WeCom refuses to save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the app's page, add this server's public IP address under &lt;b&gt;企业可信IP&lt;/b&gt; (trusted IPs). Without it WeCom refuses every reply with error 60020.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--server and --data-dir were both given: the window works either on a server or on a local data directory. Start it again with only one of them.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>