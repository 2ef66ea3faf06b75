// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMessageDialog.h"
#include "ui_TestMessageDialog.h"

#include "MessageListModel.h"
#include "desk/Desk.h"
#include "desk/MessageRules.h"
#include "util/OperatorName.h"

#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QUuid>

namespace ChannelDesk {

TestMessageDialog::TestMessageDialog(Desk* desk, const QString& channelId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TestMessageDialog>())
    , m_desk(desk)
    , m_channelId(channelId)
    , m_follow(new QTimer(this))
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    const auto channel = desk ? desk->channel(channelId) : std::nullopt;
    m_linked = channel && channel->kind == ChannelKinds::whatsAppLinked();
    if (m_linked) {
        // The linked phone sends text only, and to anyone: no template, no 24-hour window.
        m_ui->introLabel->setText(
            tr("Sends one text message from the linked phone through the channel's gateway and shows when "
               "the gateway accepted it. Delivery and read receipts then appear in the conversation log."));
        m_ui->kindCombo->setCurrentIndex(1);
        m_ui->kindCombo->setEnabled(false);
        m_ui->kindCombo->setItemText(1, tr("Text"));
    }
    m_send = m_ui->buttonBox->addButton(tr("&Send"), QDialogButtonBox::ActionRole);
    m_ui->textEdit->setText(tr("Test message from ChannelDesk"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &TestMessageDialog::send);
    connect(m_ui->numberEdit, &QLineEdit::textChanged, this, &TestMessageDialog::validate);
    connect(m_ui->textEdit, &QLineEdit::textChanged, this, &TestMessageDialog::validate);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &TestMessageDialog::validate);
    m_follow->setInterval(1000);
    connect(m_follow, &QTimer::timeout, this, [this] {
        if (m_desk && m_id != 0)
            m_desk->queryOutboundItem(m_id);
    });
    if (desk) {
        connect(desk, &Desk::sendQueued, this, &TestMessageDialog::onQueued);
        connect(desk, &Desk::sendRefused, this, &TestMessageDialog::onRefused);
        connect(desk, &Desk::outboundItemChanged, this, &TestMessageDialog::onItemChanged);
        // A linked channel can send once its phone is linked.
        connect(desk, &Desk::linkStatusChanged, this, [this](const QString& id) {
            if (id == m_channelId)
                validate();
        });
    }
    validate();
}

TestMessageDialog::~TestMessageDialog() = default;

void TestMessageDialog::validate()
{
    const bool text = m_ui->kindCombo->currentIndex() == 1;
    m_ui->textEdit->setEnabled(text);
    const QString number = m_ui->numberEdit->text();
    bool ok = false;
    if (number.trimmed().isEmpty()) {
        m_ui->numberMessageLabel->setStatus(FieldCheck::Severity::Ok,
                                            tr("The full international number, with the country code."));
    } else {
        const auto normalized = MessageRules::normalizeRecipient(number);
        ok = normalized.ok();
        m_ui->numberMessageLabel->setStatus(ok ? FieldCheck::Severity::Ok : FieldCheck::Severity::Error,
                                            ok ? tr("Sends to +%1.").arg(normalized.value())
                                               : normalized.error().message);
    }
    const bool busy = !m_reference.isEmpty() && !m_follow->isActive() && m_id == 0;
    m_send->setEnabled(ok && m_desk && m_desk->canSend(m_channelId) && !busy
                       && (!text || !m_ui->textEdit->text().trimmed().isEmpty()));
    if (m_desk && !m_desk->canSend(m_channelId)) {
        m_blockedShown = true;
        if (!m_linked)
            m_ui->statusLabel->setStatus(FieldCheck::Severity::Error,
                                         tr("This channel cannot send: it is disabled or its access token is "
                                            "not available."));
        else if (!m_desk->hasLink(m_channelId))
            m_ui->statusLabel->setStatus(FieldCheck::Severity::Error,
                                         tr("This channel cannot send: it is disabled or its gateway key is "
                                            "not available."));
        else
            m_ui->statusLabel->setStatus(
                FieldCheck::Severity::Error,
                tr("This channel cannot send until its phone is linked (now: %1). Link it on the channel's "
                   "page.")
                    .arg(LinkStateText::name(m_desk->linkStatus(m_channelId).state)));
    } else if (m_blockedShown) {
        // The channel can send now (the phone was linked meanwhile): the old reason no longer holds.
        m_blockedShown = false;
        m_ui->statusLabel->clearMessage();
    }
}

void TestMessageDialog::send()
{
    OutboundContent content;
    if (m_ui->kindCombo->currentIndex() == 1) {
        content.text = m_ui->textEdit->text();
    } else {
        // Every new WhatsApp Business Account has Meta's hello_world sample template.
        content.kind = OutboundContent::Kind::Template;
        content.templateName = QStringLiteral("hello_world");
        content.templateLanguage = QStringLiteral("en_US");
    }
    m_ui->hopTree->clear();
    m_shown.clear();
    m_id = 0;
    m_follow->stop();
    m_reference = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_ui->statusLabel->setStatus(FieldCheck::Severity::Ok, tr("Checking…"));
    m_desk->send(SendRequest{m_reference, m_channelId, m_ui->numberEdit->text(), content,
                             QStringLiteral("test-message"), OperatorName::current()});
    validate();
}

void TestMessageDialog::onQueued(const QString& reference, const OutboundItem& item)
{
    if (reference != m_reference)
        return;
    m_id = item.id;
    m_start = item.createdAt;
    addHop(QStringLiteral("queued"), item.createdAt);
    m_ui->statusLabel->setStatus(FieldCheck::Severity::Ok,
                                 m_linked ? tr("Handed to the gateway; waiting for it…")
                                          : tr("Queued; waiting for Meta…"));
    // A linked send is not queued on disk: the desk reports the gateway's answer by itself.
    if (!m_linked)
        m_follow->start();
    validate();
}

void TestMessageDialog::onRefused(const QString& reference, const SendRefusal& refusal)
{
    if (reference != m_reference)
        return;
    m_reference.clear();
    m_ui->statusLabel->setStatus(
        FieldCheck::Severity::Error,
        QStringLiteral("%1: %2").arg(OutboundItem::codeName(refusal.code), refusal.message));
    validate();
}

void TestMessageDialog::onItemChanged(const OutboundItem& item)
{
    if (item.id != m_id || m_id == 0)
        return;
    if (item.acceptedAt.isValid())
        addHop(QStringLiteral("accepted"), item.acceptedAt);
    for (const auto& [status, at] : item.statusHistory)
        addHop(status, at);
    if (item.state == QLatin1String("failed") || item.state == QLatin1String("unknown")) {
        addHop(item.state, item.updatedAt);
        m_ui->statusLabel->setStatus(FieldCheck::Severity::Error,
                                     item.error.section(QLatin1Char('\n'), 0, 0));
        m_ui->statusLabel->setToolTip(item.error);
        m_ui->statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_follow->stop();
    } else if (item.state == QLatin1String("read") || item.state == QLatin1String("delivered")) {
        m_ui->statusLabel->setStatus(FieldCheck::Severity::Ok,
                                     tr("Delivered: the channel works end to end."));
        if (item.state == QLatin1String("read"))
            m_follow->stop();
    } else if (m_linked && item.state == QLatin1String("accepted")) {
        m_ui->statusLabel->setStatus(
            FieldCheck::Severity::Ok,
            tr("Accepted by the gateway: the linked phone sends it. Delivery and read "
               "receipts appear in the conversation log."));
    } else if (item.state == QLatin1String("accepted") || item.state == QLatin1String("sent")) {
        m_ui->statusLabel->setStatus(FieldCheck::Severity::Ok,
                                     tr("Accepted by WhatsApp; waiting for the delivery report from the "
                                        "webhook…"));
    } else if (item.state == QLatin1String("queued") && !item.error.isEmpty()) {
        m_ui->statusLabel->setStatus(FieldCheck::Severity::Warning, tr("Will try again: %1").arg(item.error));
    }
}

void TestMessageDialog::addHop(const QString& step, const QDateTime& at)
{
    if (m_shown.contains(step) || !at.isValid())
        return;
    m_shown.append(step);
    const QString accepted = m_linked ? tr("Accepted by the gateway") : tr("Accepted by Meta");
    const QString name = step == QLatin1String("accepted") ? accepted : MessageListModel::statusText(step);
    const qint64 ms = m_start.isValid() ? m_start.msecsTo(at) : 0;
    auto* row = new QTreeWidgetItem(
        m_ui->hopTree,
        {name, QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz")),
         ms < 1000 ? tr("+%1 ms").arg(ms) : tr("+%1 s").arg(ms / 1000.0, 0, 'f', 1)});
    row->setData(0, Qt::UserRole, step);
}

} // namespace ChannelDesk
