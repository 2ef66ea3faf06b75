// SPDX-FileCopyrightText: 2026 ChannelDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/CertificatePins.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace ChannelDesk;

class TestCertificatePins : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void testPinAndForget();
    void testPinsPersistAcrossInstances();
    void testFingerprintMatchesOpenssl();

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("console.ini")); }

    QTemporaryDir m_dir;
};

void TestCertificatePins::initTestCase()
{
    TestEnvironment::init();
    QVERIFY(m_dir.isValid());
}

void TestCertificatePins::testPinAndForget()
{
    CertificatePins pins(settingsFile());
    const QString server = QStringLiteral("desk.example.com:8646");
    QVERIFY(pins.pinned(server).isEmpty());
    pins.pin(server, QStringLiteral("AA:BB"));
    QCOMPARE(pins.pinned(server), QStringLiteral("AA:BB"));
    QVERIFY(pins.pinned(QStringLiteral("desk.example.com:9000")).isEmpty());
    pins.pin(server, QStringLiteral("CC:DD"));
    QCOMPARE(pins.pinned(server), QStringLiteral("CC:DD"));
    pins.forget(server);
    QVERIFY(pins.pinned(server).isEmpty());
}

void TestCertificatePins::testPinsPersistAcrossInstances()
{
    const QString ipv6 = QStringLiteral("[::1]:8646");
    {
        CertificatePins pins(settingsFile());
        pins.pin(ipv6, QStringLiteral("01:02:03"));
        pins.pin(QStringLiteral("other.example.com:8646"), QStringLiteral("04:05"));
    }
    CertificatePins again(settingsFile());
    QCOMPARE(again.pinned(ipv6), QStringLiteral("01:02:03"));
    again.forget(ipv6);
    QVERIFY(CertificatePins(settingsFile()).pinned(ipv6).isEmpty());
    QCOMPARE(CertificatePins(settingsFile()).pinned(QStringLiteral("other.example.com:8646")),
             QStringLiteral("04:05"));
}

void TestCertificatePins::testFingerprintMatchesOpenssl()
{
    const QString certificateFile = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString keyFile = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certificateFile, QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                   QStringLiteral("-sha256"), QStringLiteral("-in"), certificateFile});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    // "sha256 Fingerprint=AB:CD:…" (the prefix's case differs between OpenSSL versions).
    const QString printed = QString::fromLatin1(openssl.readAllStandardOutput()).trimmed();
    const QString expected = printed.section(QLatin1Char('='), 1);
    QCOMPARE(expected.size(), 32 * 3 - 1);

    QFile pem(certificateFile);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(&pem, QSsl::Pem);
    QVERIFY(!certificate.isNull());
    QCOMPARE(CertificatePins::fingerprint(certificate), expected);
}

QTEST_GUILESS_MAIN(TestCertificatePins)
#include "TestCertificatePins.moc"
