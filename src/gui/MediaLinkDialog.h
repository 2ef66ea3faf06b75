// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Asks for media that WhatsApp fetches from a web address: its kind, the http(s) link (checked as
//! it is typed) and, for documents, the file name the customer sees. The caption comes later from
//! the composer.

#include "channels/FieldCheck.h"
#include "model/OutboundContent.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MediaLinkDialog;
}

namespace ChannelDesk {

class MediaLinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MediaLinkDialog(QWidget* parent = nullptr);
    ~MediaLinkDialog() override;

    //! kind, mediaLink and (documents) filename.
    OutboundContent content() const;
    //! Error for anything but an http(s) address with a host; a warning for plain http or a file
    //! type WhatsApp does not accept for the kind.
    static FieldCheck checkLink(OutboundContent::Kind kind, const QString& link);

private:
    OutboundContent::Kind kind() const;
    void validate();

    std::unique_ptr<Ui::MediaLinkDialog> m_ui;
};

} // namespace ChannelDesk
