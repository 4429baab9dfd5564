#pragma once

#include "core/eid/certificateinfo.h"
#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <openssl/types.h>

#include <memory>

// Building blocks of a small X.509 PKI: keys, certificates and CRLs made with OpenSSL. Used by
// `guichet-cli demo init`, the sandbox and the tests; nothing here talks to a token.
namespace guichet::eid {

struct EvpKeyDeleter
{
    void operator()(EVP_PKEY *key) const;
};
using EvpKey = std::unique_ptr<EVP_PKEY, EvpKeyDeleter>;

struct X509Deleter
{
    void operator()(X509 *certificate) const;
};
using X509Certificate = std::unique_ptr<X509, X509Deleter>;

struct X509CrlDeleter
{
    void operator()(X509_CRL *crl) const;
};
using X509Crl = std::unique_ptr<X509_CRL, X509CrlDeleter>;

enum class KeyType
{
    EcP384,  // the key of an applet 1.8 Belgian eID card
    Rsa2048, // the key of an applet 1.7 card
};

// Error code "crypto-failure" when OpenSSL cannot make the key.
Expected<EvpKey> generateKey(KeyType type);

// The subject's distinguished name; empty fields are left out. Written in the order
// C, O, CN, SN, GN, serialNumber.
struct DistinguishedName
{
    QString country; // two letters
    QString organization;
    QString commonName;
    QString surname;
    QString givenName;
    QString serialNumber; // e.g. "85073003328" for a citizen
};

struct CertificateRequest
{
    EVP_PKEY *publicKey = nullptr; // the subject's key (only its public half is used); not owned
    DistinguishedName subject;
    QByteArray serial;   // big-endian unsigned; empty: 128 random bits
    QDateTime notBefore; // invalid: one minute ago
    QDateTime notAfter;  // invalid: notBefore + 365 days
    bool isCa = false;
    int pathLength = -1;           // CA only; -1 leaves the path length unconstrained
    KeyUsages keyUsage;            // empty: no key usage extension; otherwise a critical one
    QStringList extendedKeyUsages; // OpenSSL short names ("clientAuth", "serverAuth"); empty: none
    QStringList dnsNames;          // subjectAltName DNS entries
    QList<QHostAddress> ipAddresses; // subjectAltName IP entries
    bool subjectKeyIdentifier = true;
    bool authorityKeyIdentifier = true;
};

// Issues a certificate for the request, signed by issuerKey (ECDSA with the hash that fits the
// curve, or SHA-256 with RSA). An empty issuerCertPem makes it self-signed, in which case
// issuerKey must be the private half of request.publicKey. Returns the PEM.
// Error codes: "certificate-request-invalid", "key-invalid" (issuer key does not match the issuer
// certificate), "certificate-invalid" (issuer certificate unreadable), "crypto-failure".
Expected<QByteArray> issueCertificate(const CertificateRequest &request,
                                      const QByteArray &issuerCertPem, EVP_PKEY *issuerKey);

// A version 2 CRL by the issuer listing the given certificates (revoked as of thisUpdate), with a
// CRL number and the issuer's key identifier. Returns the PEM.
Expected<QByteArray> makeCrl(const QByteArray &issuerCertPem, EVP_PKEY *issuerKey,
                             const QList<QByteArray> &revokedCertPems, const QDateTime &nextUpdate,
                             const QDateTime &thisUpdate = QDateTime::currentDateTimeUtc(),
                             quint64 crlNumber = 1);

// PEM and DER conversions. Reading accepts DER or PEM; errors are "certificate-invalid",
// "key-invalid" and "crl-invalid".
Expected<X509Certificate> readX509(const QByteArray &derOrPem);
Expected<X509Crl> readCrl(const QByteArray &derOrPem);
Expected<EvpKey> readPrivateKeyPem(const QByteArray &pem);
Expected<EvpKey> readPublicKeyPem(const QByteArray &pem);
QByteArray certificateToPem(X509 *certificate);
QByteArray certificateToDer(X509 *certificate);
QByteArray privateKeyToPem(EVP_PKEY *key); // unencrypted PKCS#8
QByteArray publicKeyToPem(EVP_PKEY *key);  // SubjectPublicKeyInfo
EvpKey certificatePublicKey(X509 *certificate);

// The OpenSSL error queue as one line of text, emptying it (for Error params and logs).
QString takeOpenSslErrors();

// Each "BEGIN CERTIFICATE" block of a PEM bundle, markers included, in order.
QList<QByteArray> splitPemCertificates(const QByteArray &pem);

// Files. A private key is created with mode 0600 (an existing file is narrowed to 0600 before
// it is overwritten); other files get the usual umask. Error code "io.unwritable".
Expected<bool> writePrivateKeyFile(const QString &path, EVP_PKEY *key);
Expected<bool> writeFile(const QString &path, const QByteArray &data);

} // namespace guichet::eid
