#include "core/eid/pki.h"
#include "core/eid/opensslptr.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDevice>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace guichet::eid {

namespace {

using Bio = std::unique_ptr<BIO, FreeWith<BIO_free_all>>;
using BigNum = std::unique_ptr<BIGNUM, FreeWith<BN_free>>;
using Asn1Integer = std::unique_ptr<ASN1_INTEGER, FreeWith<ASN1_INTEGER_free>>;
using Asn1Time = std::unique_ptr<ASN1_TIME, FreeWith<ASN1_TIME_free>>;
using X509Extension = std::unique_ptr<X509_EXTENSION, FreeWith<X509_EXTENSION_free>>;
using X509Revoked = std::unique_ptr<X509_REVOKED, FreeWith<X509_REVOKED_free>>;

Error cryptoFailure(const char *what)
{
    return Error{QStringLiteral("crypto-failure"),
                 QCoreApplication::translate("guichet::eid", "A cryptographic operation failed "
                                                             "(%1).")
                     .arg(QString::fromLatin1(what)),
                 {QString::fromLatin1(what), takeOpenSslErrors()}};
}

Error requestInvalid(const QString &detail)
{
    ERR_clear_error();
    return Error{
        QStringLiteral("certificate-request-invalid"),
        QCoreApplication::translate("guichet::eid", "The certificate request is not usable: %1.")
            .arg(detail),
        {detail}};
}

Bio memoryBio(const QByteArray &data)
{
    return Bio(BIO_new_mem_buf(data.constData(), int(data.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

bool looksLikePem(const QByteArray &data)
{
    return data.contains("-----BEGIN ");
}

Asn1Time asn1Time(const QDateTime &time)
{
    return Asn1Time(ASN1_TIME_set(nullptr, time_t(time.toSecsSinceEpoch())));
}

// The digest that goes with the issuer's key: SHA-256 for RSA and P-256, SHA-384 for P-384,
// SHA-512 above (the pairing the eID PKI and the JWA algorithms use).
const EVP_MD *signingDigest(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "EC")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits > 384)
            return EVP_sha512();
        if (bits > 256)
            return EVP_sha384();
    }
    return EVP_sha256();
}

bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const QByteArray &value)
{
    X509Extension extension(X509V3_EXT_nconf_nid(nullptr, context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

QByteArray keyUsageText(KeyUsages usages)
{
    static const std::pair<KeyUsage, const char *> names[] = {
        {KeyUsage::DigitalSignature, "digitalSignature"},
        {KeyUsage::NonRepudiation, "nonRepudiation"},
        {KeyUsage::KeyEncipherment, "keyEncipherment"},
        {KeyUsage::DataEncipherment, "dataEncipherment"},
        {KeyUsage::KeyAgreement, "keyAgreement"},
        {KeyUsage::KeyCertSign, "keyCertSign"},
        {KeyUsage::CrlSign, "cRLSign"},
        {KeyUsage::EncipherOnly, "encipherOnly"},
        {KeyUsage::DecipherOnly, "decipherOnly"},
    };
    QByteArray text = "critical";
    for (const auto &[usage, name] : names) {
        if (usages.testFlag(usage))
            text += QByteArray(",") + name;
    }
    return text;
}

bool addNameEntry(X509_NAME *name, int nid, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_NID(name, nid, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

Asn1Integer serialFrom(const QByteArray &requested)
{
    QByteArray bytes = requested;
    if (bytes.isEmpty()) {
        bytes.resize(16);
        do {
            if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size())) != 1)
                return nullptr;
        } while (bytes.count('\0') == bytes.size());
    }
    BigNum number(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                            int(bytes.size()), nullptr));
    if (!number)
        return nullptr;
    return Asn1Integer(BN_to_ASN1_INTEGER(number.get(), nullptr));
}

} // namespace

void EvpKeyDeleter::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

void X509Deleter::operator()(X509 *certificate) const
{
    X509_free(certificate);
}

void X509CrlDeleter::operator()(X509_CRL *crl) const
{
    X509_CRL_free(crl);
}

QString takeOpenSslErrors()
{
    QStringList errors;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        errors << QString::fromLatin1(buffer);
    }
    return errors.join(QStringLiteral("; "));
}

Expected<EvpKey> generateKey(KeyType type)
{
    EvpKey key(type == KeyType::EcP384 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384")
                                       : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    if (!key)
        return cryptoFailure("key generation");
    return key;
}

Expected<X509Certificate> readX509(const QByteArray &derOrPem)
{
    X509Certificate certificate;
    if (looksLikePem(derOrPem)) {
        Bio bio = memoryBio(derOrPem);
        certificate.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const auto *data = reinterpret_cast<const unsigned char *>(derOrPem.constData());
        const unsigned char *cursor = data;
        certificate.reset(d2i_X509(nullptr, &cursor, long(derOrPem.size())));
        // Trailing bytes after the certificate mean this is not the DER of one certificate.
        if (certificate && cursor != data + derOrPem.size())
            certificate.reset();
    }
    if (!certificate) {
        const QString detail = takeOpenSslErrors();
        return Error{QStringLiteral("certificate-invalid"),
                     QCoreApplication::translate("guichet::eid", "The certificate cannot be read."),
                     {detail}};
    }
    return certificate;
}

Expected<X509Crl> readCrl(const QByteArray &derOrPem)
{
    X509Crl crl;
    if (looksLikePem(derOrPem)) {
        Bio bio = memoryBio(derOrPem);
        crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    } else {
        const auto *cursor = reinterpret_cast<const unsigned char *>(derOrPem.constData());
        crl.reset(d2i_X509_CRL(nullptr, &cursor, long(derOrPem.size())));
    }
    if (!crl) {
        const QString detail = takeOpenSslErrors();
        return Error{
            QStringLiteral("crl-invalid"),
            QCoreApplication::translate("guichet::eid", "The revocation list cannot be read."),
            {detail}};
    }
    return crl;
}

Expected<EvpKey> readPrivateKeyPem(const QByteArray &pem)
{
    Bio bio = memoryBio(pem);
    EvpKey key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        const QString detail = takeOpenSslErrors();
        return Error{QStringLiteral("key-invalid"),
                     QCoreApplication::translate("guichet::eid", "The private key cannot be read."),
                     {detail}};
    }
    return key;
}

Expected<EvpKey> readPublicKeyPem(const QByteArray &pem)
{
    Bio bio = memoryBio(pem);
    EvpKey key(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!key) {
        const QString detail = takeOpenSslErrors();
        return Error{QStringLiteral("key-invalid"),
                     QCoreApplication::translate("guichet::eid", "The public key cannot be read."),
                     {detail}};
    }
    return key;
}

QByteArray certificateToPem(X509 *certificate)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray certificateToDer(X509 *certificate)
{
    const int size = i2d_X509(certificate, nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate, &cursor);
    return der;
}

QByteArray privateKeyToPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray publicKeyToPem(EVP_PKEY *key)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1)
        return {};
    return bioContents(bio.get());
}

EvpKey certificatePublicKey(X509 *certificate)
{
    return EvpKey(X509_get_pubkey(certificate));
}

QList<QByteArray> splitPemCertificates(const QByteArray &pem)
{
    static const QByteArray begin = "-----BEGIN CERTIFICATE-----";
    static const QByteArray end = "-----END CERTIFICATE-----";
    QList<QByteArray> blocks;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = pem.indexOf(begin, from);
        if (start < 0)
            break;
        const qsizetype stop = pem.indexOf(end, start + begin.size());
        if (stop < 0)
            break;
        blocks << pem.mid(start, stop + end.size() - start) + '\n';
        from = stop + end.size();
    }
    return blocks;
}

Expected<QByteArray> issueCertificate(const CertificateRequest &request,
                                      const QByteArray &issuerCertPem, EVP_PKEY *issuerKey)
{
    if (!request.publicKey)
        return requestInvalid(QStringLiteral("no public key"));
    if (!issuerKey)
        return requestInvalid(QStringLiteral("no issuer key"));
    for (const QString &dns : request.dnsNames) {
        if (dns.isEmpty() || dns.contains(QLatin1Char(',')) || dns.contains(QLatin1Char(':')))
            return requestInvalid(QStringLiteral("bad DNS name \"%1\"").arg(dns));
    }
    for (const QString &usage : request.extendedKeyUsages) {
        if (OBJ_txt2nid(usage.toLatin1().constData()) == NID_undef)
            return requestInvalid(QStringLiteral("unknown extended key usage \"%1\"").arg(usage));
    }

    X509Certificate issuer;
    if (!issuerCertPem.isEmpty()) {
        auto read = readX509(issuerCertPem);
        if (!read)
            return read.error();
        issuer = std::move(read.value());
        if (X509_check_private_key(issuer.get(), issuerKey) != 1) {
            ERR_clear_error();
            return Error{
                QStringLiteral("key-invalid"),
                QCoreApplication::translate(
                    "guichet::eid", "The issuer key does not match the issuer certificate."),
                {}};
        }
    } else if (EVP_PKEY_eq(request.publicKey, issuerKey) != 1) {
        return requestInvalid(QStringLiteral("a self-signed certificate needs its own key"));
    }

    X509Certificate certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1)
        return cryptoFailure("certificate");

    Asn1Integer serial = serialFrom(request.serial);
    if (!serial || X509_set_serialNumber(certificate.get(), serial.get()) != 1)
        return cryptoFailure("serial number");

    const QDateTime notBefore = request.notBefore.isValid()
                                    ? request.notBefore
                                    : QDateTime::currentDateTimeUtc().addSecs(-60);
    const QDateTime notAfter =
        request.notAfter.isValid() ? request.notAfter : notBefore.addDays(365);
    if (notAfter < notBefore)
        return requestInvalid(QStringLiteral("notAfter is before notBefore"));
    Asn1Time from = asn1Time(notBefore);
    Asn1Time until = asn1Time(notAfter);
    if (!from || !until || X509_set1_notBefore(certificate.get(), from.get()) != 1 ||
        X509_set1_notAfter(certificate.get(), until.get()) != 1)
        return cryptoFailure("validity");

    X509_NAME *subject = X509_get_subject_name(certificate.get());
    const DistinguishedName &dn = request.subject;
    if (!addNameEntry(subject, NID_countryName, dn.country) ||
        !addNameEntry(subject, NID_organizationName, dn.organization) ||
        !addNameEntry(subject, NID_commonName, dn.commonName) ||
        !addNameEntry(subject, NID_surname, dn.surname) ||
        !addNameEntry(subject, NID_givenName, dn.givenName) ||
        !addNameEntry(subject, NID_serialNumber, dn.serialNumber))
        return requestInvalid(
            QStringLiteral("subject name rejected (%1)").arg(takeOpenSslErrors()));
    if (X509_NAME_entry_count(subject) == 0)
        return requestInvalid(QStringLiteral("empty subject"));
    if (X509_set_issuer_name(certificate.get(),
                             issuer ? X509_get_subject_name(issuer.get()) : subject) != 1)
        return cryptoFailure("issuer name");
    if (X509_set_pubkey(certificate.get(), request.publicKey) != 1)
        return cryptoFailure("public key");

    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer.get() : certificate.get(), certificate.get(), nullptr,
                   nullptr, 0);

    QByteArray basic = "critical,CA:" + QByteArray(request.isCa ? "TRUE" : "FALSE");
    if (request.isCa && request.pathLength >= 0)
        basic += ",pathlen:" + QByteArray::number(request.pathLength);
    if (!addExtension(certificate.get(), &context, NID_basic_constraints, basic))
        return cryptoFailure("basic constraints");
    if (request.keyUsage &&
        !addExtension(certificate.get(), &context, NID_key_usage, keyUsageText(request.keyUsage)))
        return cryptoFailure("key usage");
    if (!request.extendedKeyUsages.isEmpty() &&
        !addExtension(certificate.get(), &context, NID_ext_key_usage,
                      request.extendedKeyUsages.join(QLatin1Char(',')).toLatin1()))
        return cryptoFailure("extended key usage");

    QStringList altNames;
    for (const QString &dns : request.dnsNames)
        altNames << QStringLiteral("DNS:") + dns;
    for (const QHostAddress &ip : request.ipAddresses)
        altNames << QStringLiteral("IP:") + ip.toString();
    if (!altNames.isEmpty() && !addExtension(certificate.get(), &context, NID_subject_alt_name,
                                             altNames.join(QLatin1Char(',')).toUtf8()))
        return requestInvalid(
            QStringLiteral("subjectAltName rejected (%1)").arg(takeOpenSslErrors()));

    if (request.subjectKeyIdentifier &&
        !addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash"))
        return cryptoFailure("subject key identifier");
    // "keyid" (not "always"): an issuer without a subject key identifier simply yields none.
    if (request.authorityKeyIdentifier &&
        !addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid"))
        return cryptoFailure("authority key identifier");

    if (X509_sign(certificate.get(), issuerKey, signingDigest(issuerKey)) <= 0)
        return cryptoFailure("certificate signature");
    const QByteArray pem = certificateToPem(certificate.get());
    if (pem.isEmpty())
        return cryptoFailure("PEM encoding");
    return pem;
}

Expected<QByteArray> makeCrl(const QByteArray &issuerCertPem, EVP_PKEY *issuerKey,
                             const QList<QByteArray> &revokedCertPems, const QDateTime &nextUpdate,
                             const QDateTime &thisUpdate, quint64 crlNumber)
{
    auto issuer = readX509(issuerCertPem);
    if (!issuer)
        return issuer.error();
    if (!issuerKey || X509_check_private_key(issuer->get(), issuerKey) != 1) {
        ERR_clear_error();
        return Error{QStringLiteral("key-invalid"),
                     QCoreApplication::translate(
                         "guichet::eid", "The issuer key does not match the issuer certificate."),
                     {}};
    }

    X509Crl crl(X509_CRL_new());
    if (!crl || X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) != 1 ||
        X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(issuer->get())) != 1)
        return cryptoFailure("CRL");
    Asn1Time last = asn1Time(thisUpdate);
    Asn1Time next = asn1Time(nextUpdate);
    if (!last || !next || X509_CRL_set1_lastUpdate(crl.get(), last.get()) != 1 ||
        X509_CRL_set1_nextUpdate(crl.get(), next.get()) != 1)
        return cryptoFailure("CRL times");

    for (const QByteArray &pem : revokedCertPems) {
        auto revokedCertificate = readX509(pem);
        if (!revokedCertificate)
            return revokedCertificate.error();
        X509Revoked entry(X509_REVOKED_new());
        if (!entry ||
            X509_REVOKED_set_serialNumber(entry.get(),
                                          X509_get_serialNumber(revokedCertificate->get())) != 1 ||
            X509_REVOKED_set_revocationDate(entry.get(), last.get()) != 1)
            return cryptoFailure("CRL entry");
        if (X509_CRL_add0_revoked(crl.get(), entry.get()) != 1)
            return cryptoFailure("CRL entry");
        entry.release(); // now owned by the CRL
    }
    if (X509_CRL_sort(crl.get()) != 1)
        return cryptoFailure("CRL sort");

    Asn1Integer number(ASN1_INTEGER_new());
    if (!number || ASN1_INTEGER_set_uint64(number.get(), crlNumber) != 1 ||
        X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0) != 1)
        return cryptoFailure("CRL number");
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer->get(), nullptr, nullptr, crl.get(), 0);
    X509Extension keyId(
        X509V3_EXT_nconf_nid(nullptr, &context, NID_authority_key_identifier, "keyid"));
    if (!keyId || X509_CRL_add_ext(crl.get(), keyId.get(), -1) != 1)
        return cryptoFailure("CRL authority key identifier");

    if (X509_CRL_sign(crl.get(), issuerKey, signingDigest(issuerKey)) <= 0)
        return cryptoFailure("CRL signature");
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509_CRL(bio.get(), crl.get()) != 1)
        return cryptoFailure("CRL PEM encoding");
    return bioContents(bio.get());
}

Expected<bool> writePrivateKeyFile(const QString &path, EVP_PKEY *key)
{
    const QByteArray pem = privateKeyToPem(key);
    if (pem.isEmpty())
        return cryptoFailure("private key PEM encoding");
    QFile file(path);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Narrow an existing file first so that the key is never readable by others, even briefly.
    if (file.exists() && !file.setPermissions(ownerOnly))
        return Error{QStringLiteral("io.unwritable"),
                     QCoreApplication::translate("guichet::eid", "Cannot write %1: %2")
                         .arg(path, file.errorString()),
                     {path}};
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) ||
        file.write(pem) != pem.size() || !file.flush())
        return Error{QStringLiteral("io.unwritable"),
                     QCoreApplication::translate("guichet::eid", "Cannot write %1: %2")
                         .arg(path, file.errorString()),
                     {path}};
    return true;
}

Expected<bool> writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() ||
        !file.flush())
        return Error{QStringLiteral("io.unwritable"),
                     QCoreApplication::translate("guichet::eid", "Cannot write %1: %2")
                         .arg(path, file.errorString()),
                     {path}};
    return true;
}

} // namespace guichet::eid
