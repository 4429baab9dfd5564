#include "core/eid/signin.h"

#include "core/api/portalclient.h"
#include "core/eid/pkcs11session.h"
#include "core/eid/webeidtoken.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace guichet::eid {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("guichet::eid", text);
}

Error refused(const api::Reply &reply)
{
    const QString reason =
        reply.reason().isEmpty() ? QString::number(reply.status) : reply.reason();
    const QString detail = reply.detail().isEmpty() ? reason : reply.detail();
    if (reply.status == 401 || reply.status == 403) {
        return Error{QStringLiteral("auth-refused"),
                     tr("The portal refused the sign-in: %1 (%2).").arg(detail, reason),
                     {reason, detail}};
    }
    return Error{QStringLiteral("portal-error"),
                 tr("The portal answered %1: %2").arg(reply.status).arg(detail),
                 {QString::number(reply.status), detail}};
}

bool chains(X509 *leaf, const QList<QByteArray> &caPems)
{
    X509_STORE *store = X509_STORE_new();
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (const QByteArray &bundle : caPems) {
        for (const QByteArray &pem : splitPemCertificates(bundle)) {
            auto cert = readX509(pem);
            if (!cert)
                continue;
            auto info = readCertificate(pem);
            // Self-signed certificates are anchors; the others are the CAs in between.
            if (info && info->subject == info->issuer)
                X509_STORE_add_cert(store, cert->get());
            else
                sk_X509_push(untrusted, X509_dup(cert->get()));
        }
    }
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    bool ok = X509_STORE_CTX_init(ctx, store, leaf, untrusted) == 1 && X509_verify_cert(ctx) == 1;
    X509_STORE_CTX_free(ctx);
    sk_X509_pop_free(untrusted, X509_free);
    X509_STORE_free(store);
    return ok;
}
} // namespace

Expected<CertificateInfo> checkCardCertificate(const QByteArray &der,
                                               const QList<QByteArray> &caCertificatesPem,
                                               const QDateTime &now)
{
    auto info = readCertificate(der);
    if (!info)
        return info.error();
    const QLocale locale;
    if (now > info->notAfter) {
        const QString date =
            locale.toString(info->notAfter.toLocalTime().date(), QLocale::LongFormat);
        return Error{QStringLiteral("certificate-expired"),
                     tr("The card's certificate expired on %1. Renew your eID card at your "
                        "municipality.")
                         .arg(date),
                     {date}};
    }
    if (now < info->notBefore) {
        const QString date =
            locale.toString(info->notBefore.toLocalTime().date(), QLocale::LongFormat);
        return Error{QStringLiteral("certificate-not-yet-valid"),
                     tr("The card's certificate is valid only from %1. Check the computer's date, "
                        "or wait until the card is activated.")
                         .arg(date),
                     {date}};
    }
    if (info->hasKeyUsage && !(info->keyUsage & KeyUsage::DigitalSignature)) {
        return Error{QStringLiteral("certificate-key-usage"),
                     tr("The certificate on the card is not meant for signing in."),
                     {}};
    }
    if (!info->extendedKeyUsages.isEmpty() &&
        !info->extendedKeyUsages.contains(QLatin1String("clientAuth"))) {
        return Error{QStringLiteral("certificate-eku"),
                     tr("The certificate on the card is not meant for signing in."),
                     {}};
    }
    if (!caCertificatesPem.isEmpty()) {
        auto leaf = readX509(der);
        if (!leaf || !chains(leaf->get(), caCertificatesPem)) {
            return Error{QStringLiteral("certificate-untrusted"),
                         tr("The card's certificate was not issued by a trusted authority (%1).")
                             .arg(info->issuerCommonName),
                         {info->issuerCommonName}};
        }
    }
    return info;
}

Expected<SignInResult> signIn(api::PortalClient &client, Session &session,
                              const QList<QByteArray> &caCertificatesPem, const QString &label)
{
    auto certificates = session.certificates();
    if (!certificates)
        return certificates.error();
    QByteArray der;
    for (const CertificateObject &c : *certificates) {
        if (c.label == label)
            der = c.der;
    }
    if (der.isEmpty()) {
        return Error{QStringLiteral("certificate-missing"),
                     tr("The card holds no certificate labelled \"%1\".").arg(label),
                     {label}};
    }
    auto info = checkCardCertificate(der, caCertificatesPem);
    if (!info)
        return info.error();
    auto certKey = readX509(der);
    if (!certKey)
        return certKey.error();
    const QString algorithm = algorithmForKey(certificatePublicKey(certKey->get()).get());
    const auto signatureAlgorithm = algorithmFromName(algorithm);
    if (!signatureAlgorithm) {
        return Error{QStringLiteral("algorithm-unsupported"),
                     tr("The card's key type (%1) is not supported.").arg(info->keyType),
                     {info->keyType}};
    }

    auto challenge = client.requestSync("POST", QStringLiteral("/auth/challenge"));
    if (!challenge)
        return challenge.error();
    if (challenge->status != 200)
        return refused(*challenge);
    const QString nonce = challenge->json.value(QLatin1String("nonce")).toString();
    if (nonce.size() < 44) {
        return Error{
            QStringLiteral("portal-error"), tr("The portal sent an unusable challenge."), {}};
    }
    const QString origin = client.origin();
    auto signature = session.sign(label, *signatureAlgorithm, signedData(origin, nonce, algorithm));
    if (!signature)
        return signature.error();
    const AuthToken token = makeAuthToken(der, algorithm, *signature,
                                          QStringLiteral("https://guichet.example.be/releases/%1")
                                              .arg(QCoreApplication::applicationVersion()));
    QJsonObject body{
        {QStringLiteral("nonce"), nonce},
        {QStringLiteral("authToken"), QJsonDocument::fromJson(token.toJson()).object()}};
    auto answer = client.postJson(QStringLiteral("/auth/token"), body);
    if (!answer)
        return answer.error();
    if (answer->status != 200)
        return refused(*answer);
    SignInResult result;
    result.certificate = *info;
    result.algorithm = algorithm;
    result.accessToken = answer->json.value(QLatin1String("accessToken")).toString().toLatin1();
    result.expiresAt = QDateTime::currentDateTimeUtc().addSecs(
        answer->json.value(QLatin1String("expiresIn")).toInt(900));
    if (result.accessToken.isEmpty())
        return Error{QStringLiteral("portal-error"), tr("The portal sent no access token."), {}};
    client.setAccessToken(result.accessToken);
    auto me = client.getJson(QStringLiteral("/me"));
    if (!me)
        return me.error();
    if (me->status != 200)
        return refused(*me);
    result.identity = me->json;
    qCInfo(lcEid) << "signed in as" << logging::redact(info->nationalNumber);
    return result;
}

} // namespace guichet::eid
