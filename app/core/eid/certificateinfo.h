#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QString>
#include <QStringList>

namespace guichet::eid {

// The X.509 key usage bits (RFC 5280 §4.2.1.3), in a form that does not depend on OpenSSL's
// own bit order.
enum class KeyUsage : quint32
{
    DigitalSignature = 1u << 0,
    NonRepudiation = 1u << 1,
    KeyEncipherment = 1u << 2,
    DataEncipherment = 1u << 3,
    KeyAgreement = 1u << 4,
    KeyCertSign = 1u << 5,
    CrlSign = 1u << 6,
    EncipherOnly = 1u << 7,
    DecipherOnly = 1u << 8,
};
Q_DECLARE_FLAGS(KeyUsages, KeyUsage)
Q_DECLARE_OPERATORS_FOR_FLAGS(KeyUsages)

// What Guichet needs to know about an eID (or CA) certificate, read once so that the rest of the
// application never touches OpenSSL.
struct CertificateInfo
{
    // Subject attributes, empty when absent.
    QString commonName;
    QString givenName;
    QString surname;
    QString
        serialNumber; // the subject's serialNumber attribute as written, e.g. "PNOBE-85073003328"
    QString nationalNumber; // its 11 digits when it carries a national number, else empty
    QString country;
    QString organization;
    QString subject; // the whole subject, RFC 2253 order, for display and logs
    QString issuer;
    QString issuerCommonName;

    QString certificateSerial; // upper-case hex of the certificate's serial number
    QDateTime notBefore;       // UTC
    QDateTime notAfter;        // UTC

    QString keyType; // "EC" or "RSA" (another OpenSSL name for anything else)
    int keyBits = 0;
    QString curve; // "P-384" (NIST name when there is one), empty for RSA

    bool hasKeyUsage = false; // without the extension every usage is allowed (RFC 5280)
    KeyUsages keyUsage;
    QStringList extendedKeyUsages; // "clientAuth", "serverAuth", ... or dotted OIDs
    bool isCa = false;
    int pathLength = -1; // -1: no limit or not a CA

    QByteArray der;
    QByteArray sha256; // fingerprint of der, raw bytes

    // "Given Surname" for the person, falling back on the common name without the
    // "(Authentication)" / "(Signature)" suffix that Belgian eID certificates carry.
    QString holderName() const;
};

// Reads a certificate given as DER or PEM (the first certificate of a PEM bundle).
// Error code "certificate-invalid" when it cannot be parsed.
Expected<CertificateInfo> readCertificate(const QByteArray &derOrPem);

// The national number carried in a subject serialNumber attribute: an ETSI EN 319 412-1 prefix
// such as "PNOBE-" is removed; the rest must be 11 digits (the check digits are the schema
// formats' business). Empty when the attribute carries no national number.
QString nationalNumberFromSerialNumber(const QString &serialNumber);

} // namespace guichet::eid
