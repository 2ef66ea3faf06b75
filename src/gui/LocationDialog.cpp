// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocationDialog.h"
#include "ui_LocationDialog.h"

#include "AttachmentDialogs.h"

#include <QPushButton>
#include <QRegularExpression>

namespace ChannelDesk {
namespace {

QString degrees(double value)
{
    return QString::number(value, 'g', 12);
}

FieldCheck checkCoordinate(const QString& text, double limit, const QString& name, const QString& example)
{
    const std::optional<double> value = LocationDialog::parseCoordinate(text);
    if (!value)
        return FieldCheck::error(
            LocationDialog::tr("Enter the %1 as a decimal number between -%2 and %2, e.g. %3.")
                .arg(name)
                .arg(limit)
                .arg(example));
    if (*value < -limit || *value > limit)
        return FieldCheck::error(
            LocationDialog::tr(
                "The %1 %2 is outside -%3 to %3 degrees. Check that latitude and longitude are not "
                "swapped.")
                .arg(name, degrees(*value))
                .arg(limit));
    return FieldCheck::ok();
}

} // namespace

LocationDialog::LocationDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LocationDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->latitudeLineEdit, &QLineEdit::textChanged, this, &LocationDialog::splitPastedPair);
    connect(m_ui->latitudeLineEdit, &QLineEdit::textChanged, this, &LocationDialog::validate);
    connect(m_ui->longitudeLineEdit, &QLineEdit::textChanged, this, &LocationDialog::validate);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &LocationDialog::validate);
    connect(m_ui->addressLineEdit, &QLineEdit::textChanged, this, &LocationDialog::validate);
    validate();
}

LocationDialog::~LocationDialog() = default;

OutboundContent LocationDialog::content() const
{
    OutboundContent content;
    content.kind = OutboundContent::Kind::Location;
    content.latitude = parseCoordinate(m_ui->latitudeLineEdit->text()).value_or(0);
    content.longitude = parseCoordinate(m_ui->longitudeLineEdit->text()).value_or(0);
    content.locationName = m_ui->nameLineEdit->text().trimmed();
    content.address = m_ui->addressLineEdit->text().trimmed();
    return content;
}

std::optional<double> LocationDialog::parseCoordinate(const QString& text)
{
    QString value = text.trimmed();
    if (value.endsWith(QChar(0x00B0))) // degree sign
        value.chop(1);
    // A decimal comma, as many locales write it; coordinates are never grouped in thousands.
    if (!value.contains(QLatin1Char('.')) && value.count(QLatin1Char(',')) == 1)
        value.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!number.match(value).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double result = value.toDouble(&ok);
    return ok ? std::optional<double>(result) : std::nullopt;
}

std::optional<std::pair<double, double>> LocationDialog::parsePair(const QString& text)
{
    static const QRegularExpression pair(QStringLiteral(
        "^\\s*([-+]?\\d+(?:\\.\\d+)?)\\x{00B0}?(\\s*[,;]\\s*|\\s+)([-+]?\\d+(?:\\.\\d+)?)\\x{00B0}?\\s*$"));
    const QRegularExpressionMatch match = pair.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString first = match.captured(1);
    const QString second = match.captured(3);
    // "52,52" is one number with a decimal comma, not a pair.
    if (match.captured(2) == QLatin1String(",") && !first.contains(QLatin1Char('.'))
        && !second.contains(QLatin1Char('.')))
        return std::nullopt;
    return std::make_pair(first.toDouble(), second.toDouble());
}

void LocationDialog::splitPastedPair()
{
    const std::optional<std::pair<double, double>> pair = parsePair(m_ui->latitudeLineEdit->text());
    if (!pair)
        return;
    m_ui->latitudeLineEdit->setText(degrees(pair->first)); // no longer a pair: does not recurse further
    m_ui->longitudeLineEdit->setText(degrees(pair->second));
    m_ui->longitudeLineEdit->setFocus();
}

void LocationDialog::validate()
{
    const QString latitude = m_ui->latitudeLineEdit->text();
    const QString longitude = m_ui->longitudeLineEdit->text();
    const FieldCheck latitudeCheck = checkCoordinate(latitude, 90, tr("latitude"), QStringLiteral("52.52"));
    FieldCheck longitudeCheck = checkCoordinate(longitude, 180, tr("longitude"), QStringLiteral("13.405"));
    const OutboundContent location = content();
    if (!latitudeCheck.isError() && !longitudeCheck.isError() && location.latitude == 0
        && location.longitude == 0)
        longitudeCheck = FieldCheck::warning(tr("0, 0 is in the Atlantic Ocean; check the coordinates."));
    // An empty field is not scolded: OK stays disabled until both are filled in.
    m_ui->latitudeMessageLabel->setCheck(latitude.trimmed().isEmpty() ? FieldCheck::ok() : latitudeCheck);
    m_ui->longitudeMessageLabel->setCheck(longitude.trimmed().isEmpty() ? FieldCheck::ok() : longitudeCheck);
    // MessageRules has the final word on what it would send.
    const bool valid = !latitudeCheck.isError() && !longitudeCheck.isError()
        && AttachmentDialogs::checkContent(location).ok();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

} // namespace ChannelDesk
