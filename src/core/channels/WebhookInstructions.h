// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! The manual steps in Meta's App Dashboard that connect a Cloud API number to ChannelDesk's
//! webhook receiver; shown by the setup wizard and on every channel page.

#include <QCoreApplication>
#include <QString>

namespace ChannelDesk {

class WebhookInstructions
{
    Q_DECLARE_TR_FUNCTIONS(WebhookInstructions)

public:
    //! Numbered steps as rich text (an ordered list).
    static QString steps();
    //! The same for a WeCom self-built app (接收消息 → 设置API接收, then 企业可信IP).
    static QString weComSteps();
};

} // namespace ChannelDesk
