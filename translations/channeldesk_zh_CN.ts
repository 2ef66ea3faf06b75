<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnswersFile</name>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.enabled: must be true or false, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: unknown key. Known keys: enabled, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: must be text in quotes, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file must be a JSON object such as {&quot;%1&quot;: {...}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key. Known keys: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object or a list of objects, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers file configures no channel; add a &quot;%1&quot; entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two channels have the id “%1”; give them different names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelListModel</name>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelManager</name>
    <message>
        <source>No keychain is available (%1). Start a Secret Service such as GNOME Keyring or KWallet, or on a headless server provide the secrets as environment variables CHANNELDESK_SECRET_&lt;CHANNEL_ID&gt;_&lt;FIELD&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: %1. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelPageWidget</name>
    <message>
        <source>Callback URL copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a valid public base URL and phone number ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain locked or access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is stored for this channel. Click Replace… next to Access token to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the access token. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the new %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the %1 was not replaced. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the change was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the channel “%1” (%2)?

Its settings are deleted and its access token, app secret and verify token are removed from the keychain. This cannot be undone.

Meta keeps calling the webhook until you also remove the Callback URL in WhatsApp &gt; Configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the channel and its secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the channel was not removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify token copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: no verify token is stored; click Replace… to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: cannot read the verify token. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizard</name>
    <message>
        <source>ChannelDesk has no data directory to save to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageCredentials</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageKind</name>
    <message>
        <source>A channel with the id “%1” already exists. Finishing this wizard updates that channel and replaces its secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ChannelSetupWizardPageWebhook</name>
    <message>
        <source>Saving the channel and storing its secrets in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionTest</name>
    <message>
        <source>The answer has no phone number in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta answered for phone number ID %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number runs on the %1 platform; only CLOUD_API numbers send webhooks to ChannelDesk. Migrate it to the Cloud API in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality rating is RED: customers are blocking or reporting this number. Meta may lower its messaging limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality rating is YELLOW: watch for blocks and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number&apos;s ownership is not verified (%1); finish verification in WhatsApp Manager &gt; Phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ConnectionTestWidget</name>
    <message>
        <source>GREEN (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YELLOW (medium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RED (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to test yet: the channel&apos;s settings are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to Meta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled; Meta&apos;s answer was not awaited. Click Test Connection to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::FieldMessageLabel</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::GraphReply</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::KeychainSecretStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MainWindow</name>
    <message>
        <source>ChannelDesk could not create its data directory in your user data location. Check the permissions of that location, or start ChannelDesk with --data-dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk could not create or open the data directory “%1” (from --data-dir or CHANNELDESK_DATA_DIR). Check that the path is right and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel “%1” and its secrets were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk could not read its channel database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1), so channel secrets cannot be stored or read. Unlock the keychain and restart ChannelDesk, or keep secrets in memory for this run only. Secrets are never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: ChannelDesk found no Secret Service backend (GNOME Keyring or KWallet) to store channel secrets in (%1). Secrets will NOT be written to disk. Start a keychain and restart ChannelDesk, or keep secrets in memory for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this run only. They are not written to disk and are lost when ChannelDesk quits; enter them again next time (Replace… on the channel page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel with the id “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a WhatsApp Cloud API channel to connect ChannelDesk to your bot’s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a channel on the left, or add another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::MemorySecretStore</name>
    <message>
        <source>No such secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (this run only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::ReplaceSecretDialog</name>
    <message>
        <source>Paste the new access token. Temporary tokens from WhatsApp &gt; API Setup expire after 24 hours; a System User token from Meta Business Settings &gt; Users &gt; System users (permissions whatsapp_business_messaging and whatsapp_business_management) does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the App Secret from App Dashboard &gt; App settings &gt; Basic &gt; App secret. Webhooks signed with the old secret will be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or generate a new verify token, then paste the same value into Meta&apos;s WhatsApp &gt; Configuration &gt; Webhook and click Verify and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDesk::WebhookReceiver</name>
    <message>
        <source>“%1” is not an IP address to listen on; use e.g. 127.0.0.1 or 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel has phone number ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub.mode was “%1”, not “subscribe”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verify token Meta sent (%1) is not this channel&apos;s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hub.challenge was missing or too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta verified the webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is over %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The POST has no X-Hub-Signature-256 header; it did not come from Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match this channel&apos;s App Secret (%1). If every POST fails like this, the App Secret is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored %1 message(s), %2 status(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelNaming</name>
    <message>
        <source>Give the channel a name, for example “support”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name needs at least one Latin letter or digit, because the channel id is made from it (for example “support-br”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelPageWidget</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled channel keeps its settings but ChannelDesk neither receives nor sends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new access token and store it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new app secret and store it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new verify token and store it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste this into Callback URL in WhatsApp &gt; Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the callback URL to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the verify token from the keychain and copy it to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Verify Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this channel and its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Channel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelRepository</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizard</name>
    <message>
        <source>Add Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageCredentials</name>
    <message>
        <source>Cloud API credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these values from your app in Meta&apos;s App Dashboard. Each field is checked as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number &amp;ID: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the business number in WhatsApp &gt; API Setup, not the phone number itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example 106540352242922</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access token: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token ChannelDesk sends with every Graph API call; it is stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary tokens from WhatsApp &gt; API Setup expire after 24 hours and are only for trying things out. For real use, create a permanent System User token in Meta Business Settings &gt; Users &gt; System users (Generate new token, with the permissions whatsapp_business_messaging and whatsapp_business_management).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;secret: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Dashboard &gt; App settings &gt; Basic &gt; App secret; ChannelDesk checks webhook signatures with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 characters, 0–9 and a–f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify token: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any secret text you choose; you paste the same value into Meta&apos;s webhook settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a random verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the verify token to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the WhatsApp Business Account ID from WhatsApp &gt; API Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public base URL: *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The https:// address at which Meta reaches ChannelDesk (your reverse proxy or tunnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://bot.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Graph API version and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph API version ChannelDesk calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v25.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normally https://graph.facebook.com; change it only for a test server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://graph.facebook.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required. Secrets are stored only in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageKind</name>
    <message>
        <source>Channel kind and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how ChannelDesk talks to WhatsApp and give the channel a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp &amp;Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s hosted API. You need a Meta app with the WhatsApp product, the number&apos;s Phone Number ID, an access token and the App Secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp linked device (gateway) — coming later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom — coming later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for people; the channel id used in URLs and on the command line is made from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example “Support”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageTest</name>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk asks Meta&apos;s Graph API for this phone number with the access token you entered. Nothing is sent to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on without testing, for example when this computer is offline, and run the test later from the channel&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelSetupWizardPageWebhook</name>
    <message>
        <source>Connect Meta&apos;s webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta delivers incoming messages to this address. Enter it in Meta&apos;s App Dashboard, then click Finish to save the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste this into Callback URL in WhatsApp &gt; Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the callback URL to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste this into Verify token in WhatsApp &gt; Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the verify token to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudApiValidator</name>
    <message>
        <source>a space or line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it from Meta&apos;s App Dashboard: WhatsApp &gt; API Setup, the “Phone number ID” shown below your business number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Phone Number ID. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a phone number, not a Phone Number ID. The ID is a separate number of about 15 digits. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Phone Number ID has only digits; remove %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 digits looks like a phone number. Phone Number IDs are usually 15 or 16 digits. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token. Use a System User token from Meta Business Settings &gt; Users &gt; System users for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains a space or line break, which tokens never do. Copy it again without surrounding text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is only %1 characters long; Meta access tokens are well over 100. It was probably cut off while copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta access tokens start with “EAA”. Check that this is the access token and not the App Secret or a Client token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find it in App Dashboard &gt; App settings &gt; Basic &gt; App secret &gt; Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the App Secret; it signs every webhook Meta sends. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App Secret has only the characters 0–9 and a–f; %1 is not one of them. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App Secret is exactly 32 characters long; this one has %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a verify token, or click Generate. You will paste the same value into Meta&apos;s webhook settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verify token contains a space or line break; Meta would send it back changed. Use Generate for a safe token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verify token of %1 characters is easy to guess. Click Generate for a random one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID has only digits. Find it in WhatsApp &gt; API Setup, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Graph API version like %1 (a “v”, the number, “.0”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API %1 has expired or is about to; Meta rejects calls to expired versions. Use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the public address at which Meta reaches ChannelDesk, for example https://bot.example.com (a reverse proxy or TLS tunnel in front of the receiver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. Write it like https://bot.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the “?…” or “#…” part; the base URL is only scheme, host and an optional path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta only delivers webhooks to https:// addresses with a certificate from a public CA. Use https:// unless this is for local testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta cannot reach %1. Use the public name of your tunnel or proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Graph API address; normally %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address. The usual value is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the “?…” or “#…” part of the Graph API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “channeldesk --help” for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command or option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup: unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup needs --answers FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the answers file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The answers file has %n problem(s); nothing was saved:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved. On a server without a keychain, run setup with --no-keychain and export the secrets as environment variables (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved channel “%1” (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Callback URL:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Verify token:  %1 (the value from the answers file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Export %1 before running the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Meta&apos;s App Dashboard open WhatsApp &gt; Configuration, paste the Callback URL and the verify token, click “Verify and save”, then subscribe to the “messages” field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels: unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels yet. Add one in the window, or with “channeldesk setup --answers FILE”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test needs --channel ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no channel “%1”. “channeldesk channels” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token of “%1” is neither in the keychain nor in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing “%1” (phone number ID %2, token %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Quality rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Verification:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Platform:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Throughput:     %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestWidget</name>
    <message>
        <source>Ask Meta&apos;s Graph API for this phone number with the access token, to check the ID and the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for Meta&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the codes and the raw answer, for a support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the technical details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer ChannelDesk (schema %1; this build knows %2). Update ChannelDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database migration to schema %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogCommand</name>
    <message>
        <source>--limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log: unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets you enter are kept only until ChannelDesk quits; nothing is written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep secrets in memory for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a WhatsApp Cloud API channel to connect ChannelDesk to your bot’s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected channel and its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageStore</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaErrorDecoder</name>
    <message>
        <source>Meta&apos;s server failed (HTTP %1) without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is on Meta&apos;s side; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 without Meta&apos;s usual error description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Graph API base URL under Advanced; it should be https://graph.facebook.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection and any proxy, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed, so ChannelDesk cannot be sure it is talking to Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system clock and any TLS-intercepting proxy or antivirus; check the Graph API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the Graph API server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection, DNS, proxy or firewall, and the Graph API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not the JSON Meta sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Graph API base URL under Advanced; a captive portal or proxy may be answering instead of Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is invalid or has expired. Temporary tokens from WhatsApp &gt; API Setup expire after 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a permanent System User token in Meta Business Settings &gt; Users &gt; System users (permissions whatsapp_business_messaging and whatsapp_business_management) and replace the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta does not know this Phone Number ID, or the token may not access it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Phone Number ID (not the phone number) from WhatsApp &gt; API Setup, and check that the token&apos;s app is linked to the same WhatsApp Business Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number with this ID exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Phone Number ID in WhatsApp &gt; API Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks a permission this call needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the System User the whatsapp_business_messaging and whatsapp_business_management permissions and generate a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta is rate-limiting this app or business account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and try again; ChannelDesk backs off automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reported a temporary problem on its side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a minute. If it persists, check https://metastatus.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta has restricted or locked this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WhatsApp Manager &gt; Account tools &gt; Account quality to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has no permission for this phone number or business account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the app to the WhatsApp Business Account (Business Settings &gt; Accounts &gt; WhatsApp accounts) and give the System User access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reported a temporary error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta rejected the request (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Meta&apos;s message above; the error code is listed at developers.facebook.com under WhatsApp &gt; Support &gt; Error codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceSecretDialog</name>
    <message>
        <source>Replace Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in a random verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Channel “%1” is not served: its secrets are not available (%2). Set %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen needs HOST:PORT, e.g. 127.0.0.1:8645.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve: unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not HOST:PORT, e.g. 127.0.0.1:8645 or [::]:8645.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listening on http://%1 for %n channel(s); health at /health. Ctrl+C stops.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reloaded channels: %n served.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookInstructions</name>
    <message>
        <source>Open your app in Meta&apos;s App Dashboard (developers.facebook.com/apps) and go to &lt;b&gt;WhatsApp &amp;gt; Configuration&lt;/b&gt;. Under &lt;b&gt;Webhook&lt;/b&gt;, click &lt;b&gt;Edit&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the &lt;b&gt;Callback URL&lt;/b&gt; shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the &lt;b&gt;Verify token&lt;/b&gt; (use the Copy button here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &lt;b&gt;Verify and save&lt;/b&gt;. Meta calls the Callback URL at once, so ChannelDesk&apos;s webhook receiver must already be running and reachable at that address (through your reverse proxy or tunnel); otherwise Meta refuses to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under &lt;b&gt;Webhook fields&lt;/b&gt;, click &lt;b&gt;Manage&lt;/b&gt; and subscribe to &lt;b&gt;messages&lt;/b&gt;. Without this, Meta sends no messages to ChannelDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
