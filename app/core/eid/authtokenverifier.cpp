#include "core/eid/authtokenverifier.h"
#include "core/eid/opensslptr.h"

#include "core/eid/pki.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <optional>
#include <vector>

namespace guichet::eid {

namespace {

using X509Store = std::unique_ptr<X509_STORE, FreeWith<X509_STORE_free>>;
using X509StoreContext = std::unique_ptr<X509_STORE_CTX, FreeWith<X509_STORE_CTX_free>>;

struct X509StackDeleter
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using X509Stack = std::unique_ptr<STACK_OF(X509), X509StackDeleter>;

Error refusal(const char *code, const QString &message, const QStringList &params = {})
{
    ERR_clear_error();
    return Error{QString::fromLatin1(code), message, params};
}

// Strict standard base64, as the token carries it; empty when the text is not that.
QByteArray decodeBase64(const QString &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok || text.isEmpty() ||
        text.size() % 4 != 0)
        return {};
    return decoded.decoded;
}

// Every certificate of each configured entry (a PEM bundle, a single PEM or a DER certificate).
Expected<std::vector<X509Certificate>> readCertificates(const QList<QByteArray> &entries)
{
    std::vector<X509Certificate> certificates;
    for (const QByteArray &entry : entries) {
        QList<QByteArray> blocks = splitPemCertificates(entry);
        if (blocks.isEmpty())
            blocks << entry;
        for (const QByteArray &block : blocks) {
            auto certificate = readX509(block);
            if (!certificate)
                return refusal(
                    "trust-config-invalid",
                    QCoreApplication::translate(
                        "guichet::eid", "A certificate of the trust configuration cannot be read."),
                    certificate.error().params);
            certificates.push_back(std::move(certificate.value()));
        }
    }
    return certificates;
}

bool isRevocationError(int error)
{
    switch (error) {
    case X509_V_ERR_UNABLE_TO_GET_CRL:
    case X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER:
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
    case X509_V_ERR_CRL_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE:
    case X509_V_ERR_ERROR_IN_CRL_LAST_UPDATE_FIELD:
    case X509_V_ERR_ERROR_IN_CRL_NEXT_UPDATE_FIELD:
    case X509_V_ERR_KEYUSAGE_NO_CRL_SIGN:
    case X509_V_ERR_DIFFERENT_CRL_SCOPE:
    case X509_V_ERR_UNHANDLED_CRITICAL_CRL_EXTENSION:
    case X509_V_ERR_CRL_PATH_VALIDATION_ERROR:
        return true;
    }
    return false;
}

// Verify callback for requireRevocationInfo == false: a missing or unusable CRL is no reason to
// refuse, a CRL that lists the certificate still is.
int tolerateUnknownRevocation(int ok, X509_STORE_CTX *context)
{
    if (!ok && isRevocationError(X509_STORE_CTX_get_error(context)))
        return 1;
    return ok;
}

Error chainRefusal(int error)
{
    const QString detail = QString::fromLatin1(X509_verify_cert_error_string(error));
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return refusal(
            "certificate-expired",
            QCoreApplication::translate("guichet::eid", "A certificate of the chain has expired."),
            {detail});
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return refusal("certificate-not-yet-valid",
                       QCoreApplication::translate("guichet::eid",
                                                   "A certificate of the chain is not valid yet."),
                       {detail});
    case X509_V_ERR_CERT_REVOKED:
        return refusal(
            "certificate-revoked",
            QCoreApplication::translate("guichet::eid", "The certificate has been revoked."),
            {detail});
    }
    if (isRevocationError(error))
        return refusal(
            "revocation-unknown",
            QCoreApplication::translate(
                "guichet::eid", "Whether the certificate has been revoked cannot be checked."),
            {detail});
    return refusal("certificate-untrusted",
                   QCoreApplication::translate("guichet::eid",
                                               "The certificate is not issued by a trusted "
                                               "certification authority."),
                   {detail});
}

// The chain: leaf ← one of the configured intermediates ← an anchor, at `now`, with the issuer's
// CRL. The intermediate is required even though the anchors alone might accept the chain: the
// anchors also issue other kinds of certificate, only the Citizen CA issues identities.
std::optional<Error> checkChain(X509 *leaf, const TrustConfig &trust, const QDateTime &now)
{
    auto anchors = readCertificates(trust.anchors);
    if (!anchors)
        return anchors.error();
    auto intermediates = readCertificates(trust.intermediates);
    if (!intermediates)
        return intermediates.error();

    const X509 *issuer = nullptr;
    for (const X509Certificate &candidate : intermediates.value()) {
        if (X509_check_issued(candidate.get(), leaf) == X509_V_OK) {
            issuer = candidate.get();
            break;
        }
    }
    if (!issuer)
        return refusal("certificate-untrusted",
                       QCoreApplication::translate(
                           "guichet::eid",
                           "The certificate is not issued by a trusted certification authority."));

    X509Store store(X509_STORE_new());
    X509Stack untrusted(sk_X509_new_null());
    X509StoreContext context(X509_STORE_CTX_new());
    if (!store || !untrusted || !context)
        return refusal(
            "certificate-untrusted",
            QCoreApplication::translate("guichet::eid", "The certificate chain cannot be checked."),
            {takeOpenSslErrors()});
    for (const X509Certificate &anchor : anchors.value()) {
        if (X509_STORE_add_cert(store.get(), anchor.get()) != 1)
            ERR_clear_error(); // the same root given twice
    }
    for (const X509Certificate &intermediate : intermediates.value()) {
        if (X509_up_ref(intermediate.get()) != 1)
            return refusal("certificate-untrusted",
                           QCoreApplication::translate("guichet::eid",
                                                       "The certificate chain cannot be checked."),
                           {takeOpenSslErrors()});
        if (sk_X509_push(untrusted.get(), intermediate.get()) <= 0) {
            X509_free(intermediate.get()); // the reference the stack did not take
            return refusal("certificate-untrusted",
                           QCoreApplication::translate("guichet::eid",
                                                       "The certificate chain cannot be checked."),
                           {takeOpenSslErrors()});
        }
    }
    for (const QByteArray &entry : trust.crls) {
        auto crl = readCrl(entry);
        if (!crl)
            return refusal(
                "trust-config-invalid",
                QCoreApplication::translate(
                    "guichet::eid", "A revocation list of the trust configuration cannot be read."),
                crl.error().params);
        if (X509_STORE_add_crl(store.get(), crl->get()) != 1)
            ERR_clear_error(); // the same CRL given twice
    }

    if (X509_STORE_CTX_init(context.get(), store.get(), leaf, untrusted.get()) != 1)
        return refusal(
            "certificate-untrusted",
            QCoreApplication::translate("guichet::eid", "The certificate chain cannot be checked."),
            {takeOpenSslErrors()});
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(parameters, time_t(now.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_flags(parameters, X509_V_FLAG_CRL_CHECK);
    if (!trust.requireRevocationInfo)
        X509_STORE_CTX_set_verify_cb(context.get(), tolerateUnknownRevocation);

    if (X509_verify_cert(context.get()) != 1)
        return chainRefusal(X509_STORE_CTX_get_error(context.get()));
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(context.get());
    if (!chain || sk_X509_num(chain) < 3 || X509_cmp(sk_X509_value(chain, 1), issuer) != 0)
        return refusal("certificate-untrusted",
                       QCoreApplication::translate(
                           "guichet::eid",
                           "The certificate is not issued by a trusted certification authority."));
    ERR_clear_error();
    return std::nullopt;
}

} // namespace

Expected<CertificateInfo> verifyAuthToken(const AuthToken &token, const QString &origin,
                                          const QString &nonce, const TrustConfig &trust,
                                          const QDateTime &now, const QStringList &otherOrigins)
{
    if (!isSupportedFormat(token.format))
        return refusal(
            "token-format",
            QCoreApplication::translate("guichet::eid",
                                        "The authentication token format \"%1\" is not supported.")
                .arg(token.format),
            {token.format});
    const QByteArray certificateDer = decodeBase64(token.unverifiedCertificate);
    if (certificateDer.isEmpty())
        return refusal("token-format",
                       QCoreApplication::translate(
                           "guichet::eid",
                           "The certificate in the authentication token is not valid base64."));
    const QByteArray signature = decodeBase64(token.signature);
    if (signature.isEmpty())
        return refusal(
            "token-format",
            QCoreApplication::translate(
                "guichet::eid", "The signature in the authentication token is not valid base64."));
    if (!isSupportedAlgorithm(token.algorithm))
        return refusal("algorithm-unsupported",
                       QCoreApplication::translate("guichet::eid",
                                                   "The signature algorithm %1 is not supported.")
                           .arg(token.algorithm),
                       {token.algorithm});

    auto leaf = readX509(certificateDer);
    if (!leaf)
        return leaf.error();
    auto info = readCertificate(certificateDer);
    if (!info)
        return info.error();
    EVP_PKEY *key = X509_get0_pubkey(leaf->get());
    if (!algorithmFitsKey(token.algorithm, key))
        return refusal(
            "algorithm-mismatch",
            QCoreApplication::translate(
                "guichet::eid", "The signature algorithm %1 does not fit the certificate's key.")
                .arg(token.algorithm),
            {token.algorithm, info->keyType, info->curve});

    if (now < info->notBefore)
        return refusal(
            "certificate-not-yet-valid",
            QCoreApplication::translate("guichet::eid", "The certificate is not valid yet."),
            {info->notBefore.toString(Qt::ISODate)});
    if (now > info->notAfter)
        return refusal("certificate-expired",
                       QCoreApplication::translate("guichet::eid", "The certificate has expired."),
                       {info->notAfter.toString(Qt::ISODate)});
    if (!info->hasKeyUsage || !info->keyUsage.testFlag(KeyUsage::DigitalSignature))
        return refusal(
            "certificate-key-usage",
            QCoreApplication::translate(
                "guichet::eid", "The certificate's key is not meant for digital signatures."));
    if (!info->extendedKeyUsages.isEmpty() &&
        !info->extendedKeyUsages.contains(QLatin1String("clientAuth")) &&
        !info->extendedKeyUsages.contains(QLatin1String("anyExtendedKeyUsage")))
        return refusal(
            "certificate-eku",
            QCoreApplication::translate("guichet::eid",
                                        "The certificate is not meant for client authentication."),
            info->extendedKeyUsages);

    if (auto refused = checkChain(leaf->get(), trust, now))
        return *refused;

    if (verifyTokenSignature(key, token.algorithm, signedData(origin, nonce, token.algorithm),
                             signature))
        return info;
    for (const QString &other : otherOrigins) {
        if (other != origin &&
            verifyTokenSignature(key, token.algorithm, signedData(other, nonce, token.algorithm),
                                 signature))
            return refusal(
                "origin-mismatch",
                QCoreApplication::translate(
                    "guichet::eid", "The authentication token was made for another site (%1).")
                    .arg(other),
                {other, origin});
    }
    return refusal("signature-invalid",
                   QCoreApplication::translate(
                       "guichet::eid", "The authentication token's signature is not valid."));
}

} // namespace guichet::eid
