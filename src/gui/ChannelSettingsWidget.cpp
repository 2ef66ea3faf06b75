// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChannelSettingsWidget.h"
#include "ui_ChannelSettingsWidget.h"

#include "channels/CloudApiFields.h"
#include "channels/KindFields.h"
#include "channels/LinkedFields.h"
#include "channels/WeComFields.h"
#include "desk/Desk.h"
#include "util/WhenFinished.h"
#include "FieldMessageLabel.h"
#include "RoleGate.h"
#include "ValidatedFields.h"

namespace ChannelDesk {

ChannelSettingsWidget::ChannelSettingsWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChannelSettingsWidget>())
{
    m_ui->setupUi(this);
    m_ui->apiVersionLineEdit->setPlaceholderText(CloudApiFields::defaultApiVersion());
    m_ui->graphBaseUrlLineEdit->setPlaceholderText(CloudApiFields::defaultGraphBaseUrl());
    m_ui->apiBaseUrlLineEdit->setPlaceholderText(tr("%1 (default)").arg(WeComFields::defaultApiBaseUrl()));
    m_ui->reconnectAttemptsLineEdit->setPlaceholderText(
        tr("%1 (default)").arg(LinkedFields::defaultReconnectAttempts()));
    connect(m_ui->saveSettingsButton, &QPushButton::clicked, this, &ChannelSettingsWidget::save);
    connect(m_ui->revertSettingsButton, &QPushButton::clicked, this, [this] {
        m_ui->saveMessageLabel->clearMessage();
        fill();
    });
    connect(m_ui->allowAllUsersCheckBox, &QCheckBox::toggled, this, &ChannelSettingsWidget::updateButtons);
    // Folded until asked for: the page stays a summary, and the fields take no focus meanwhile.
    connect(m_ui->editSettingsToggleButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->editSettingsToggleButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_ui->editSettingsGroupBox->setVisible(shown && !m_kind.isEmpty());
    });
    setKind({});
}

ChannelSettingsWidget::~ChannelSettingsWidget() = default;

QStringList ChannelSettingsWidget::editableFields(const QString& kind)
{
    if (kind == ChannelKinds::whatsAppLinked()) {
        using namespace LinkedFields;
        return {baseUrl(), session(), deviceLabel(), reconnectAttempts()};
    }
    if (kind == ChannelKinds::weCom()) {
        using namespace WeComFields;
        return {corpId(), agentId(), publicBaseUrl(), apiBaseUrl(), allowedUsers(), allowAllUsers()};
    }
    using namespace CloudApiFields;
    return {phoneNumberId(), businessAccountId(), publicBaseUrl(), apiVersion(), graphBaseUrl()};
}

void ChannelSettingsWidget::setDesk(Desk* desk)
{
    m_desk = desk;
    if (!desk)
        return;
    connect(desk, &Desk::channelsChanged, this, &ChannelSettingsWidget::showChannel);
    connect(desk, &Desk::connectionChanged, this, &ChannelSettingsWidget::applyRoles);
    applyRoles();
}

void ChannelSettingsWidget::setChannel(const QString& channelId)
{
    ++m_generation;
    m_channelId = channelId;
    m_saving = false;
    m_ui->saveMessageLabel->clearMessage();
    const auto channel = m_desk ? m_desk->channel(channelId) : std::nullopt;
    setKind(channel ? channel->kind : QString());
    fill();
}

void ChannelSettingsWidget::showChannel()
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel) {
        setKind({});
        return;
    }
    if (channel->kind != m_kind) {
        setKind(channel->kind);
        fill();
        return;
    }
    // What the user typed and has not saved yet is not overwritten by someone else's change.
    if (!m_saving && !hasChanges())
        fill();
}

void ChannelSettingsWidget::setKind(const QString& kind)
{
    if (kind == m_kind && m_fields)
        return;
    m_kind = kind;
    // A new checker for the kind: the old one's connections to the line edits go with it.
    delete m_fields;
    m_fields = new ValidatedFields(
        [kind](const QString& key, const QString& value) { return KindFields::checkField(kind, key, value); },
        this);
    connect(m_fields, &ValidatedFields::changed, this, &ChannelSettingsWidget::updateButtons);

    const QHash<QString, Row> all = {
        {CloudApiFields::phoneNumberId(),
         {m_ui->phoneNumberIdLineEdit, m_ui->phoneNumberIdMessageLabel, m_ui->phoneNumberIdField}},
        {CloudApiFields::businessAccountId(),
         {m_ui->businessAccountIdLineEdit, m_ui->businessAccountIdMessageLabel,
          m_ui->businessAccountIdField}},
        {CloudApiFields::publicBaseUrl(),
         {m_ui->publicBaseUrlLineEdit, m_ui->publicBaseUrlMessageLabel, m_ui->publicBaseUrlField}},
        {CloudApiFields::apiVersion(),
         {m_ui->apiVersionLineEdit, m_ui->apiVersionMessageLabel, m_ui->apiVersionField}},
        {CloudApiFields::graphBaseUrl(),
         {m_ui->graphBaseUrlLineEdit, m_ui->graphBaseUrlMessageLabel, m_ui->graphBaseUrlField}},
        {LinkedFields::baseUrl(),
         {m_ui->gatewayBaseUrlLineEdit, m_ui->gatewayBaseUrlMessageLabel, m_ui->gatewayBaseUrlField}},
        {LinkedFields::session(),
         {m_ui->gatewaySessionLineEdit, m_ui->gatewaySessionMessageLabel, m_ui->gatewaySessionField}},
        {LinkedFields::deviceLabel(),
         {m_ui->deviceLabelLineEdit, m_ui->deviceLabelMessageLabel, m_ui->deviceLabelField}},
        {LinkedFields::reconnectAttempts(),
         {m_ui->reconnectAttemptsLineEdit, m_ui->reconnectAttemptsMessageLabel,
          m_ui->reconnectAttemptsField}},
        {WeComFields::corpId(), {m_ui->corpIdLineEdit, m_ui->corpIdMessageLabel, m_ui->corpIdField}},
        {WeComFields::agentId(), {m_ui->agentIdLineEdit, m_ui->agentIdMessageLabel, m_ui->agentIdField}},
        {WeComFields::apiBaseUrl(),
         {m_ui->apiBaseUrlLineEdit, m_ui->apiBaseUrlMessageLabel, m_ui->apiBaseUrlField}},
        {WeComFields::allowedUsers(),
         {m_ui->allowedUsersLineEdit, m_ui->allowedUsersMessageLabel, m_ui->allowedUsersField}},
    };
    const QStringList keys = kind.isEmpty() ? QStringList() : editableFields(kind);
    m_rows.clear();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const bool shown = keys.contains(it.key());
        m_ui->fieldsLayout->setRowVisible(it->field, shown);
        if (!shown)
            continue;
        m_rows.insert(it.key(), *it);
        // Every one of them is typed, none a secret: surrounding spaces are a paste, not the value.
        m_fields->add(it.key(), it->edit, it->label, true);
    }
    m_ui->fieldsLayout->setRowVisible(m_ui->allowAllUsersCheckBox,
                                      keys.contains(WeComFields::allowAllUsers()));
    m_ui->editSettingsToggleButton->setVisible(!kind.isEmpty());
    m_ui->editSettingsGroupBox->setVisible(!kind.isEmpty() && m_ui->editSettingsToggleButton->isChecked());
    updateButtons();
}

QString ChannelSettingsWidget::shownValue(const QString& key) const
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel)
        return {};
    if (key == WeComFields::allowAllUsers())
        return WeComFields::allowsAllUsers(*channel) ? QStringLiteral("true") : QStringLiteral("false");
    const QString value = channel->field(key).trimmed();
    if (!value.isEmpty() || m_kind != ChannelKinds::whatsAppCloud())
        return value;
    // The Graph client uses these defaults for a channel that keeps none; show what is in use.
    if (key == CloudApiFields::apiVersion())
        return CloudApiFields::defaultApiVersion();
    if (key == CloudApiFields::graphBaseUrl())
        return CloudApiFields::defaultGraphBaseUrl();
    return value;
}

QString ChannelSettingsWidget::currentValue(const QString& key) const
{
    if (key == WeComFields::allowAllUsers())
        return m_ui->allowAllUsersCheckBox->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    return m_fields ? m_fields->value(key) : QString();
}

void ChannelSettingsWidget::fill()
{
    m_stored.clear();
    if (m_kind.isEmpty())
        return;
    for (const QString& key : editableFields(m_kind))
        m_stored.insert(key, shownValue(key));
    {
        const QSignalBlocker blocker(m_ui->allowAllUsersCheckBox);
        m_ui->allowAllUsersCheckBox->setChecked(m_stored.value(WeComFields::allowAllUsers())
                                                == QLatin1String("true"));
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        it->edit->setText(m_stored.value(it.key()));
    // A stored value the checks reject says so at once: otherwise Save would stay off unexplained.
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (KindFields::checkField(m_kind, it.key(), it->edit->text().trimmed()).isError())
            m_fields->markTouched(it.key());
    }
    updateButtons();
}

bool ChannelSettingsWidget::hasChanges() const
{
    if (m_kind.isEmpty())
        return false;
    for (const QString& key : editableFields(m_kind)) {
        if (currentValue(key) != m_stored.value(key))
            return true;
    }
    return false;
}

void ChannelSettingsWidget::save()
{
    const auto channel = m_desk ? m_desk->channel(m_channelId) : std::nullopt;
    if (!channel || m_saving || !hasChanges() || !m_fields->allValid())
        return;
    // No secrets in the draft: the keychain keeps the ones stored.
    ChannelDraft draft{*channel, {}};
    QHash<QString, QString> saved;
    bool callbackChanged = false;
    for (const QString& key : editableFields(m_kind)) {
        const QString value = currentValue(key);
        saved.insert(key, value);
        if (value == m_stored.value(key))
            continue;
        if (value.isEmpty())
            draft.channel.fields.remove(key);
        else
            draft.channel.fields.insert(key, value);
        callbackChanged = callbackChanged || key == CloudApiFields::publicBaseUrl()
            || (m_kind == ChannelKinds::whatsAppCloud() && key == CloudApiFields::phoneNumberId());
    }
    m_saving = true;
    updateButtons();
    m_ui->saveMessageLabel->setStatus(FieldCheck::Severity::Ok, tr("Saving the settings…"));
    const quint64 generation = m_generation;
    const QString kind = m_kind;
    whenFinished(
        m_desk->saveChannels({draft}), this,
        [this, generation, saved, callbackChanged, kind](const Status& status) {
            if (generation != m_generation)
                return;
            m_saving = false;
            if (!status.ok()) {
                m_ui->saveMessageLabel->setStatus(
                    FieldCheck::Severity::Error,
                    tr("Error: the settings were not saved. %1").arg(status.error().message));
                updateButtons();
                return;
            }
            // A remote desk shows the stored values a moment later; what was saved is them.
            m_stored = saved;
            updateButtons();
            QString text = tr("Settings saved; they are in use now.");
            if (callbackChanged)
                text += QLatin1Char(' ')
                    + (kind == ChannelKinds::weCom()
                           ? tr("The callback URL changed: enter the new one in the app's 设置API接收.")
                           : tr("The callback URL changed: enter the new one in Meta's WhatsApp > "
                                "Configuration."));
            m_ui->saveMessageLabel->setStatus(FieldCheck::Severity::Ok, text);
            emit settingsSaved(m_channelId);
        });
}

void ChannelSettingsWidget::setBusy(bool busy)
{
    m_pageBusy = busy;
    applyRoles();
}

void ChannelSettingsWidget::updateButtons()
{
    applyRoles();
}

void ChannelSettingsWidget::applyRoles()
{
    const DeskConnection connection = m_desk ? m_desk->connection() : DeskConnection();
    const QString editing = RoleGate::refusal(connection, RoleGate::Action::EditChannels);
    const bool changed = hasChanges();
    const bool valid = m_fields && m_fields->allValid();
    const bool busy = m_saving || m_pageBusy;
    RoleGate::apply(m_ui->saveSettingsButton, editing, changed && valid && !busy);
    RoleGate::apply(m_ui->revertSettingsButton, editing, changed && !busy);
    // Off rather than read-only: the focus of a button the page switches off skips them.
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        RoleGate::apply(it->edit, editing, !busy);
    RoleGate::apply(m_ui->allowAllUsersCheckBox, editing, !busy);
}

} // namespace ChannelDesk
