#include "core/eid/webeidtoken.h"
#include "core/eid/opensslptr.h"

#include "core/eid/pki.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace guichet::eid {

namespace {

using BigNum = std::unique_ptr<BIGNUM, FreeWith<BN_free>>;
using EcdsaSignature = std::unique_ptr<ECDSA_SIG, FreeWith<ECDSA_SIG_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, FreeWith<EVP_MD_CTX_free>>;

enum class Family
{
    None,
    Ecdsa,
    RsaPkcs1,
    RsaPss
};

struct Algorithm
{
    Family family = Family::None;
    int hashBits = 0;
};

Algorithm parseAlgorithm(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^(ES|RS|PS)(256|384|512)$"));
    const auto match = pattern.match(name);
    if (!match.hasMatch())
        return {};
    const QString family = match.captured(1);
    return {family == QLatin1String("ES")   ? Family::Ecdsa
            : family == QLatin1String("RS") ? Family::RsaPkcs1
                                            : Family::RsaPss,
            match.captured(2).toInt()};
}

const EVP_MD *digestFor(const Algorithm &algorithm)
{
    switch (algorithm.hashBits) {
    case 256:
        return EVP_sha256();
    case 384:
        return EVP_sha384();
    case 512:
        return EVP_sha512();
    }
    return nullptr;
}

QString curveOf(EVP_PKEY *key)
{
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       &length) != 1)
        return {};
    return QString::fromLatin1(group);
}

// The curve JWA pairs with each ECDSA hash (RFC 7518 §3.4).
QString curveForHash(int hashBits)
{
    switch (hashBits) {
    case 256:
        return QStringLiteral("prime256v1");
    case 384:
        return QStringLiteral("secp384r1");
    case 512:
        return QStringLiteral("secp521r1");
    }
    return {};
}

bool fits(const Algorithm &algorithm, EVP_PKEY *key)
{
    if (!key)
        return false;
    switch (algorithm.family) {
    case Family::Ecdsa:
        return EVP_PKEY_is_a(key, "EC") && curveOf(key) == curveForHash(algorithm.hashBits);
    case Family::RsaPkcs1:
    case Family::RsaPss:
        return EVP_PKEY_is_a(key, "RSA");
    case Family::None:
        break;
    }
    return false;
}

// RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash.
bool configurePss(EVP_PKEY_CTX *context, const EVP_MD *digest)
{
    return EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PSS_PADDING) > 0 &&
           EVP_PKEY_CTX_set_rsa_pss_saltlen(context, RSA_PSS_SALTLEN_DIGEST) > 0 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md(context, digest) > 0;
}

int ecFieldBytes(EVP_PKEY *key)
{
    return (EVP_PKEY_get_bits(key) + 7) / 8;
}

Error signatureInvalid()
{
    ERR_clear_error();
    return Error{QStringLiteral("signature-invalid"),
                 QCoreApplication::translate("guichet::eid", "The signature is malformed."),
                 {}};
}

} // namespace

QByteArray AuthToken::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("unverifiedCertificate"), unverifiedCertificate},
        {QStringLiteral("algorithm"), algorithm},
        {QStringLiteral("signature"), signature},
        {QStringLiteral("format"), format},
        {QStringLiteral("appVersion"), appVersion},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Expected<AuthToken> AuthToken::fromJson(const QByteArray &json)
{
    const auto formatError = [](const QString &detail) {
        return Error{QStringLiteral("token-format"),
                     QCoreApplication::translate("guichet::eid",
                                                 "The authentication token is malformed: %1.")
                         .arg(detail),
                     {detail}};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return formatError(parseError.errorString());
    if (!document.isObject())
        return formatError(QStringLiteral("not a JSON object"));
    const QJsonObject object = document.object();

    AuthToken token;
    const std::pair<const char *, QString *> fields[] = {
        {"unverifiedCertificate", &token.unverifiedCertificate},
        {"algorithm", &token.algorithm},
        {"signature", &token.signature},
        {"format", &token.format},
        {"appVersion", &token.appVersion},
    };
    for (const auto &[name, target] : fields) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined())
            return formatError(QStringLiteral("\"%1\" is missing").arg(QLatin1String(name)));
        if (!value.isString())
            return formatError(QStringLiteral("\"%1\" is not a string").arg(QLatin1String(name)));
        *target = value.toString();
    }
    if (!isSupportedFormat(token.format))
        return formatError(QStringLiteral("unsupported format \"%1\"").arg(token.format));
    return token;
}

QStringList supportedAlgorithms()
{
    return {QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
            QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"),
            QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512")};
}

bool isSupportedAlgorithm(const QString &algorithm)
{
    return parseAlgorithm(algorithm).family != Family::None;
}

bool algorithmFitsKey(const QString &algorithm, EVP_PKEY *key)
{
    return fits(parseAlgorithm(algorithm), key);
}

QString algorithmForKey(EVP_PKEY *key)
{
    if (!key)
        return {};
    if (EVP_PKEY_is_a(key, "RSA"))
        return QStringLiteral("RS256");
    if (EVP_PKEY_is_a(key, "EC")) {
        const QString curve = curveOf(key);
        for (const int bits : {256, 384, 512}) {
            if (curve == curveForHash(bits))
                return QStringLiteral("ES%1").arg(bits);
        }
    }
    return {};
}

bool isSupportedFormat(const QString &format)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^web-eid:1\.\d+$)"));
    return pattern.match(format).hasMatch();
}

QString normalisedOrigin(const QUrl &url)
{
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    QString host = url.host(QUrl::FullyEncoded).toLower();
    if (scheme.isEmpty() || host.isEmpty())
        return {};
    const int defaultPort = scheme == QLatin1String("https")  ? 443
                            : scheme == QLatin1String("http") ? 80
                                                              : -1;
    const int port = url.port(defaultPort);
    if (port < 0)
        return {};
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return scheme + QStringLiteral("://") + host + QLatin1Char(':') + QString::number(port);
}

QByteArray algorithmDigest(const QString &algorithm, const QByteArray &data)
{
    switch (parseAlgorithm(algorithm).hashBits) {
    case 256:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    case 384:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha384);
    case 512:
        return QCryptographicHash::hash(data, QCryptographicHash::Sha512);
    }
    return {};
}

QByteArray signedData(const QString &origin, const QString &nonce, const QString &algorithm)
{
    if (!isSupportedAlgorithm(algorithm))
        return {};
    return algorithmDigest(algorithm, origin.toUtf8()) + algorithmDigest(algorithm, nonce.toUtf8());
}

Expected<QByteArray> rawEcdsaToDer(const QByteArray &raw)
{
    if (raw.isEmpty() || raw.size() % 2 != 0)
        return signatureInvalid();
    const qsizetype half = raw.size() / 2;
    const auto *bytes = reinterpret_cast<const unsigned char *>(raw.constData());
    BigNum r(BN_bin2bn(bytes, int(half), nullptr));
    BigNum s(BN_bin2bn(bytes + half, int(half), nullptr));
    EcdsaSignature signature(ECDSA_SIG_new());
    if (!r || !s || !signature || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1)
        return signatureInvalid();
    r.release(); // owned by the signature from here
    s.release();
    const int size = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (size <= 0)
        return signatureInvalid();
    QByteArray der(size, Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(signature.get(), &cursor);
    return der;
}

Expected<QByteArray> derEcdsaToRaw(const QByteArray &der, int fieldBytes)
{
    const auto *start = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *cursor = start;
    EcdsaSignature signature(d2i_ECDSA_SIG(nullptr, &cursor, long(der.size())));
    if (!signature || cursor != start + der.size() || fieldBytes <= 0)
        return signatureInvalid();
    const BIGNUM *r = nullptr;
    const BIGNUM *s = nullptr;
    ECDSA_SIG_get0(signature.get(), &r, &s);
    QByteArray raw(2 * fieldBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(r, out, fieldBytes) != fieldBytes ||
        BN_bn2binpad(s, out + fieldBytes, fieldBytes) != fieldBytes)
        return signatureInvalid();
    return raw;
}

Expected<QByteArray> signWithSoftwareKey(EVP_PKEY *key, const QString &algorithm,
                                         const QByteArray &data)
{
    const Algorithm parsed = parseAlgorithm(algorithm);
    if (parsed.family == Family::None)
        return Error{QStringLiteral("algorithm-unsupported"),
                     QCoreApplication::translate("guichet::eid",
                                                 "The signature algorithm %1 is not supported.")
                         .arg(algorithm),
                     {algorithm}};
    if (!fits(parsed, key))
        return Error{
            QStringLiteral("algorithm-mismatch"),
            QCoreApplication::translate("guichet::eid", "The key cannot make %1 signatures.")
                .arg(algorithm),
            {algorithm}};

    const auto failure = [] {
        return Error{QStringLiteral("crypto-failure"),
                     QCoreApplication::translate("guichet::eid", "Signing failed."),
                     {takeOpenSslErrors()}};
    };
    const EVP_MD *digest = digestFor(parsed);
    DigestContext context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr; // owned by context
    if (!context || EVP_DigestSignInit(context.get(), &keyContext, digest, nullptr, key) != 1)
        return failure();
    if (parsed.family == Family::RsaPss && !configurePss(keyContext, digest))
        return failure();
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, bytes, size_t(data.size())) != 1)
        return failure();
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytes, size_t(data.size())) != 1)
        return failure();
    signature.resize(qsizetype(length));
    if (parsed.family == Family::Ecdsa)
        return derEcdsaToRaw(signature, ecFieldBytes(key));
    return signature;
}

bool verifyTokenSignature(EVP_PKEY *key, const QString &algorithm, const QByteArray &data,
                          const QByteArray &signature)
{
    const Algorithm parsed = parseAlgorithm(algorithm);
    if (!fits(parsed, key))
        return false;
    QByteArray encoded = signature;
    if (parsed.family == Family::Ecdsa) {
        // JOSE fixes the length: each of r and s takes exactly the field size.
        if (signature.size() != 2 * ecFieldBytes(key))
            return false;
        auto der = rawEcdsaToDer(signature);
        if (!der)
            return false;
        encoded = der.value();
    }
    const EVP_MD *digest = digestFor(parsed);
    DigestContext context(EVP_MD_CTX_new());
    EVP_PKEY_CTX *keyContext = nullptr;
    bool valid = context &&
                 EVP_DigestVerifyInit(context.get(), &keyContext, digest, nullptr, key) == 1 &&
                 (parsed.family != Family::RsaPss || configurePss(keyContext, digest)) &&
                 EVP_DigestVerify(context.get(),
                                  reinterpret_cast<const unsigned char *>(encoded.constData()),
                                  size_t(encoded.size()),
                                  reinterpret_cast<const unsigned char *>(data.constData()),
                                  size_t(data.size())) == 1;
    ERR_clear_error(); // a failed verification leaves its reason on the queue
    return valid;
}

QString makeNonce()
{
    QByteArray bytes(32, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size())) != 1) {
        ERR_clear_error();
        return {};
    }
    return QString::fromLatin1(bytes.toBase64());
}

AuthToken makeAuthToken(const QByteArray &certificateDer, const QString &algorithm,
                        const QByteArray &signature, const QString &appVersion)
{
    AuthToken token;
    token.unverifiedCertificate = QString::fromLatin1(certificateDer.toBase64());
    token.algorithm = algorithm;
    token.signature = QString::fromLatin1(signature.toBase64());
    token.appVersion = appVersion;
    return token;
}

} // namespace guichet::eid
