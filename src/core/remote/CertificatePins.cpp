// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/CertificatePins.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSslCertificate>

namespace ChannelDesk {

namespace {

const QString Group = QStringLiteral("trusted-certificates");

} // namespace

CertificatePins::CertificatePins(QString fileName)
    : m_fileName(std::move(fileName))
{ }

QString CertificatePins::pinned(const QString& server) const
{
    QSettings settings(m_fileName, QSettings::IniFormat);
    settings.beginGroup(Group);
    return settings.value(server).toString();
}

void CertificatePins::pin(const QString& server, const QString& fingerprint)
{
    QSettings settings(m_fileName, QSettings::IniFormat);
    settings.beginGroup(Group);
    settings.setValue(server, fingerprint);
}

void CertificatePins::forget(const QString& server)
{
    QSettings settings(m_fileName, QSettings::IniFormat);
    settings.beginGroup(Group);
    settings.remove(server);
}

QString CertificatePins::fingerprint(const QSslCertificate& certificate)
{
    const QByteArray digest = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace ChannelDesk
