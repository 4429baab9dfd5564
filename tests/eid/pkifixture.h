#pragma once

// Test fixture: a small eID-like PKI made with the project's own building blocks, the way
// `demo init` makes one (root → Citizen CA with path length 0 → citizen certificates).

#include "core/eid/pki.h"

#include <QtTest>

namespace pkifixture {

using namespace guichet::eid;

struct Issued
{
    EvpKey key; // may be empty when the certificate reuses another key
    QByteArray pem;
};

inline EvpKey newKey(KeyType type)
{
    auto key = generateKey(type);
    if (!key)
        qFatal("key generation failed: %s", qPrintable(key.error().message));
    return std::move(key.value());
}

inline QByteArray issue(const CertificateRequest &request, const QByteArray &issuerPem,
                        EVP_PKEY *issuerKey)
{
    auto pem = issueCertificate(request, issuerPem, issuerKey);
    if (!pem)
        qFatal("issueCertificate failed: %s (%s)", qPrintable(pem.error().code),
               qPrintable(pem.error().params.join(QLatin1String("; "))));
    return pem.value();
}

inline CertificateRequest caRequest(EVP_PKEY *key, const QString &commonName, int pathLength)
{
    CertificateRequest request;
    request.publicKey = key;
    request.subject.country = QStringLiteral("BE");
    request.subject.commonName = commonName;
    request.isCa = true;
    request.pathLength = pathLength;
    request.keyUsage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-30);
    request.notAfter = QDateTime::currentDateTimeUtc().addYears(10);
    return request;
}

inline Issued makeRoot(KeyType type, const QString &commonName)
{
    Issued root{newKey(type), {}};
    root.pem = issue(caRequest(root.key.get(), commonName, -1), {}, root.key.get());
    return root;
}

inline Issued makeCa(KeyType type, const QString &commonName, const Issued &issuer)
{
    Issued ca{newKey(type), {}};
    ca.pem = issue(caRequest(ca.key.get(), commonName, 0), issuer.pem, issuer.key.get());
    return ca;
}

// A citizen's authentication certificate as Belgian eID cards carry it.
inline CertificateRequest
citizenRequest(EVP_PKEY *key, const QString &nationalNumber = QStringLiteral("85073003328"))
{
    CertificateRequest request;
    request.publicKey = key;
    request.subject.country = QStringLiteral("BE");
    request.subject.commonName = QStringLiteral("Marie Dupont (Authentication)");
    request.subject.surname = QStringLiteral("Dupont");
    request.subject.givenName = QStringLiteral("Marie");
    request.subject.serialNumber = nationalNumber;
    request.keyUsage = KeyUsage::DigitalSignature;
    request.extendedKeyUsages = {QStringLiteral("clientAuth")};
    request.notBefore = QDateTime::currentDateTimeUtc().addDays(-1);
    request.notAfter = QDateTime::currentDateTimeUtc().addYears(5);
    return request;
}

} // namespace pkifixture
