// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

//! Asks for a location to send: latitude and longitude in decimal degrees (a "lat, lon" pair pasted
//! into Latitude is split across both fields), and an optional name and address.

#include "model/OutboundContent.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <utility>

namespace Ui {
class LocationDialog;
}

namespace ChannelDesk {

class LocationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LocationDialog(QWidget* parent = nullptr);
    ~LocationDialog() override;

    OutboundContent content() const;

    //! One coordinate in decimal degrees: "52.52", "-13.405", "52,52" (decimal comma), "52.52°".
    //! Not range-checked.
    static std::optional<double> parseCoordinate(const QString& text);
    //! Both coordinates from one pasted "52.52, 13.405" (also ";" or a space between them).
    static std::optional<std::pair<double, double>> parsePair(const QString& text);

private:
    void splitPastedPair();
    void validate();

    std::unique_ptr<Ui::LocationDialog> m_ui;
};

} // namespace ChannelDesk
