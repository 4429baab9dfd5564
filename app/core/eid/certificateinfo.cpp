#include "core/eid/certificateinfo.h"
#include "core/eid/opensslptr.h"

#include "core/eid/pki.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace guichet::eid {

namespace {

using Bio = std::unique_ptr<BIO, FreeWith<BIO_free_all>>;
using ExtendedKeyUsage = std::unique_ptr<EXTENDED_KEY_USAGE, FreeWith<EXTENDED_KEY_USAGE_free>>;
using BigNum = std::unique_ptr<BIGNUM, FreeWith<BN_free>>;

QString asn1StringText(const ASN1_STRING *string)
{
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, string);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

// The first value of the attribute in the name; eID certificates carry each one once.
QString nameEntry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    return asn1StringText(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
}

QString nameText(const X509_NAME *name)
{
    Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(size));
}

QDateTime asn1DateTime(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString serialHex(const ASN1_INTEGER *serial)
{
    BigNum number(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!number)
        return {};
    char *hex = BN_bn2hex(number.get());
    const QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return text;
}

KeyUsages keyUsagesOf(X509 *certificate)
{
    const uint32_t bits = X509_get_key_usage(certificate);
    static const std::pair<uint32_t, KeyUsage> map[] = {
        {KU_DIGITAL_SIGNATURE, KeyUsage::DigitalSignature},
        {KU_NON_REPUDIATION, KeyUsage::NonRepudiation},
        {KU_KEY_ENCIPHERMENT, KeyUsage::KeyEncipherment},
        {KU_DATA_ENCIPHERMENT, KeyUsage::DataEncipherment},
        {KU_KEY_AGREEMENT, KeyUsage::KeyAgreement},
        {KU_KEY_CERT_SIGN, KeyUsage::KeyCertSign},
        {KU_CRL_SIGN, KeyUsage::CrlSign},
        {KU_ENCIPHER_ONLY, KeyUsage::EncipherOnly},
        {KU_DECIPHER_ONLY, KeyUsage::DecipherOnly},
    };
    KeyUsages usages;
    for (const auto &[bit, usage] : map) {
        if (bits & bit)
            usages |= usage;
    }
    return usages;
}

QStringList extendedKeyUsagesOf(X509 *certificate)
{
    QStringList names;
    ExtendedKeyUsage usages(static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(certificate, NID_ext_key_usage, nullptr, nullptr)));
    if (!usages)
        return names;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages.get()); ++i) {
        const ASN1_OBJECT *object = sk_ASN1_OBJECT_value(usages.get(), i);
        const int nid = OBJ_obj2nid(object);
        if (nid != NID_undef) {
            names << QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            char oid[128];
            OBJ_obj2txt(oid, sizeof oid, object, 1);
            names << QString::fromLatin1(oid);
        }
    }
    return names;
}

void readKey(X509 *certificate, CertificateInfo &info)
{
    EVP_PKEY *key = X509_get0_pubkey(certificate);
    if (!key)
        return;
    info.keyBits = EVP_PKEY_get_bits(key);
    if (EVP_PKEY_is_a(key, "EC")) {
        info.keyType = QStringLiteral("EC");
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                           &length) == 1) {
            const char *nist = EC_curve_nid2nist(OBJ_txt2nid(group));
            info.curve = QString::fromLatin1(nist ? nist : group);
        }
    } else if (EVP_PKEY_is_a(key, "RSA")) {
        info.keyType = QStringLiteral("RSA");
    } else {
        info.keyType = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
    }
}

} // namespace

QString CertificateInfo::holderName() const
{
    if (!givenName.isEmpty() && !surname.isEmpty())
        return givenName + QLatin1Char(' ') + surname;
    static const QRegularExpression role(QStringLiteral(R"(\s*\((Authentication|Signature)\)$)"));
    QString name = commonName;
    name.remove(role);
    return name.trimmed();
}

QString nationalNumberFromSerialNumber(const QString &serialNumber)
{
    // ETSI EN 319 412-1 §5.1.3: three letters for the kind, two for the country, then "-".
    static const QRegularExpression prefix(QStringLiteral("^(PAS|IDC|PNO|TAX|TIN)[A-Z]{2}-"));
    static const QRegularExpression elevenDigits(QStringLiteral(R"(^\d{11}$)"));
    QString rest = serialNumber.trimmed();
    rest.remove(prefix);
    return elevenDigits.match(rest).hasMatch() ? rest : QString();
}

Expected<CertificateInfo> readCertificate(const QByteArray &derOrPem)
{
    auto read = readX509(derOrPem);
    if (!read)
        return read.error();
    X509 *certificate = read->get();

    CertificateInfo info;
    const X509_NAME *subject = X509_get_subject_name(certificate);
    const X509_NAME *issuer = X509_get_issuer_name(certificate);
    info.commonName = nameEntry(subject, NID_commonName);
    info.givenName = nameEntry(subject, NID_givenName);
    info.surname = nameEntry(subject, NID_surname);
    info.serialNumber = nameEntry(subject, NID_serialNumber);
    info.nationalNumber = nationalNumberFromSerialNumber(info.serialNumber);
    info.country = nameEntry(subject, NID_countryName);
    info.organization = nameEntry(subject, NID_organizationName);
    info.subject = nameText(subject);
    info.issuer = nameText(issuer);
    info.issuerCommonName = nameEntry(issuer, NID_commonName);
    info.certificateSerial = serialHex(X509_get0_serialNumber(certificate));
    info.notBefore = asn1DateTime(X509_get0_notBefore(certificate));
    info.notAfter = asn1DateTime(X509_get0_notAfter(certificate));
    readKey(certificate, info);

    // X509_get_extension_flags() also caches the parsed extensions the calls below read.
    const uint32_t flags = X509_get_extension_flags(certificate);
    if (flags & EXFLAG_INVALID) {
        return Error{QStringLiteral("certificate-invalid"),
                     QCoreApplication::translate("guichet::eid",
                                                 "The certificate has malformed extensions."),
                     {takeOpenSslErrors()}};
    }
    info.hasKeyUsage = flags & EXFLAG_KUSAGE;
    info.keyUsage = info.hasKeyUsage ? keyUsagesOf(certificate) : KeyUsages();
    info.extendedKeyUsages = extendedKeyUsagesOf(certificate);
    info.isCa = flags & EXFLAG_CA;
    info.pathLength = info.isCa ? int(X509_get_pathlen(certificate)) : -1;

    info.der = certificateToDer(certificate);
    info.sha256 = QCryptographicHash::hash(info.der, QCryptographicHash::Sha256);
    return info;
}

} // namespace guichet::eid
