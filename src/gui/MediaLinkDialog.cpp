// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MediaLinkDialog.h"
#include "ui_MediaLinkDialog.h"

#include "AttachmentDialogs.h"
#include "desk/MessageRules.h"

#include <QMimeDatabase>
#include <QPushButton>
#include <QUrl>

namespace ChannelDesk {

using Kind = OutboundContent::Kind;

MediaLinkDialog::MediaLinkDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MediaLinkDialog>())
{
    m_ui->setupUi(this);
    m_ui->kindComboBox->addItem(tr("Image"), int(Kind::Image));
    m_ui->kindComboBox->addItem(tr("Video"), int(Kind::Video));
    m_ui->kindComboBox->addItem(tr("Audio"), int(Kind::Audio));
    m_ui->kindComboBox->addItem(tr("Document"), int(Kind::Document));
    m_ui->kindComboBox->addItem(tr("Sticker"), int(Kind::Sticker));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &MediaLinkDialog::validate);
    connect(m_ui->urlLineEdit, &QLineEdit::textChanged, this, &MediaLinkDialog::validate);
    connect(m_ui->filenameLineEdit, &QLineEdit::textChanged, this, &MediaLinkDialog::validate);
    validate();
}

MediaLinkDialog::~MediaLinkDialog() = default;

Kind MediaLinkDialog::kind() const
{
    return Kind(m_ui->kindComboBox->currentData().toInt());
}

OutboundContent MediaLinkDialog::content() const
{
    OutboundContent content;
    content.kind = kind();
    content.mediaLink = m_ui->urlLineEdit->text().trimmed();
    if (content.kind == Kind::Document) {
        const QString filename = m_ui->filenameLineEdit->text().trimmed();
        // Without a name the customer would see a generic one; the link's own name is the best guess.
        content.filename = filename.isEmpty() ? QUrl(content.mediaLink).fileName() : filename;
    }
    return content;
}

FieldCheck MediaLinkDialog::checkLink(Kind kind, const QString& link)
{
    const QString text = link.trimmed();
    if (text.isEmpty())
        return FieldCheck::error(tr("Enter the address of the file, starting with https://."));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && !scheme.isEmpty() && scheme != QLatin1String("http")
        && scheme != QLatin1String("https"))
        return FieldCheck::error(
            tr("WhatsApp downloads media only over https:// (or http://), not %1://. Put the "
               "file on a web server and paste its https:// address.")
                .arg(scheme));
    if (!url.isValid() || scheme.isEmpty() || url.host().isEmpty())
        return FieldCheck::error(
            tr("“%1” is not a web address. Enter the full address including https:// and the "
               "server name, e.g. https://example.com/photo.jpg.")
                .arg(text));

    // The extension only hints at the type (the server's Content-Type decides), hence a warning.
    const QMimeType type = QMimeDatabase().mimeTypeForFile(url.path(), QMimeDatabase::MatchExtension);
    const std::optional<MediaKind> mediaKind = AttachmentDialogs::mediaKind(kind);
    if (mediaKind && !type.isDefault()) {
        const Status allowed = MessageRules::checkMedia(*mediaKind, MessageRules::metaMimeType(type), 1);
        if (!allowed.ok())
            return FieldCheck::warning(tr("%1 Make sure the link points to a file of an allowed type.")
                                           .arg(allowed.error().message));
    }
    if (scheme == QLatin1String("http"))
        return FieldCheck::warning(tr("Plain http:// can be read and changed on the way; use https:// if the "
                                      "server supports it."));
    return FieldCheck::ok();
}

void MediaLinkDialog::validate()
{
    const bool document = kind() == Kind::Document;
    m_ui->filenameLabel->setVisible(document);
    m_ui->filenameLineEdit->setVisible(document);
    const QString link = m_ui->urlLineEdit->text().trimmed();
    m_ui->filenameLineEdit->setPlaceholderText(QUrl(link).fileName());

    FieldCheck check = checkLink(kind(), link);
    if (!check.isError()) {
        // MessageRules has the final word on what it would send.
        const Status built = AttachmentDialogs::checkContent(content());
        if (!built.ok())
            check = FieldCheck::error(built.error().message);
    }
    // Nothing typed yet: OK is disabled, and an error would only scold.
    m_ui->urlMessageLabel->setCheck(link.isEmpty() ? FieldCheck::ok() : check);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!check.isError());
}

} // namespace ChannelDesk
