#include "scryptkdf.h"

#include <QCoreApplication>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace guichet::drafts {

namespace {
constexpr int saltSize = 16;

Error paramsError()
{
    return Error{QStringLiteral("kdf-params"),
                 QCoreApplication::translate("guichet::drafts",
                                             "The passphrase settings of this data are not "
                                             "understood or ask for too much memory."),
                 {}};
}
} // namespace

QJsonObject ScryptKdf::Params::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("scrypt")},
        {QStringLiteral("n"), double(n)},
        {QStringLiteral("r"), double(r)},
        {QStringLiteral("p"), double(p)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
    };
}

Expected<ScryptKdf::Params> ScryptKdf::Params::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("name")).toString() != QLatin1String("scrypt"))
        return paramsError();
    const double n = json.value(QStringLiteral("n")).toDouble();
    const double r = json.value(QStringLiteral("r")).toDouble();
    const double p = json.value(QStringLiteral("p")).toDouble();
    const auto salt =
        QByteArray::fromBase64Encoding(json.value(QStringLiteral("salt")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (n < 2 || n > double(1 << 20) || r < 1 || r > 32 || p < 1 || p > 16 || !salt ||
        salt.decoded.size() < saltSize)
        return paramsError();
    Params params;
    params.n = std::uint64_t(n);
    params.r = std::uint32_t(r);
    params.p = std::uint32_t(p);
    // n must be a power of two; scrypt refuses anything else.
    if ((params.n & (params.n - 1)) != 0 || double(params.n) != n || double(params.r) != r ||
        double(params.p) != p)
        return paramsError();
    params.salt = salt.decoded;
    return params;
}

ScryptKdf::Params ScryptKdf::freshParams()
{
    Params params;
    params.salt = randomBytes(saltSize);
    return params;
}

Expected<SecretKey> ScryptKdf::derive(const QString &passphrase, const Params &params)
{
    QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    SecretKey key;
    EVP_KDF *kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    EVP_KDF_CTX *ctx = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    std::uint64_t n = params.n;
    std::uint32_t r = params.r;
    std::uint32_t p = params.p;
    QByteArray salt = params.salt;
    const OSSL_PARAM ossl[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, secret.data(),
                                          std::size_t(secret.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt.data(),
                                          std::size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_end(),
    };
    const bool ok = ctx && EVP_KDF_derive(ctx, key.data(), SecretKey::size, ossl) == 1;
    EVP_KDF_CTX_free(ctx);
    EVP_KDF_free(kdf);
    wipe(secret);
    if (!ok)
        return Error{QStringLiteral("kdf-failed"),
                     QCoreApplication::translate("guichet::drafts",
                                                 "The key could not be derived from the "
                                                 "passphrase (scrypt failed)."),
                     {}};
    return key;
}

} // namespace guichet::drafts
