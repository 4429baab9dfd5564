#pragma once

#include "core/eid/certificateinfo.h"
#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace guichet::api {
class PortalClient;
}

namespace guichet::eid {

class Session;

// Client-side checks of the card's authentication certificate before it is used: dates, key
// usage / extended key usage, and, when CA certificates are configured, the chain.
// Error codes: certificate-invalid, certificate-expired, certificate-not-yet-valid,
// certificate-key-usage, certificate-eku, certificate-untrusted.
Expected<CertificateInfo>
checkCardCertificate(const QByteArray &der, const QList<QByteArray> &caCertificatesPem,
                     const QDateTime &now = QDateTime::currentDateTimeUtc());

struct SignInResult
{
    CertificateInfo certificate;
    QJsonObject identity; // GET /me
    QByteArray accessToken;
    QDateTime expiresAt;
    QString algorithm;
};

// Web eID sign-in with a logged-in token session: challenge, signature of hash(origin) ‖
// hash(nonce) by the key labelled `label` (used for nothing else), token, identity. On success
// the client holds the access token (in memory only).
// Errors: the checkCardCertificate codes; "unreachable", "timeout", "tls", "network" (no answer);
// "auth-refused" (401 from the portal; params[0] is its reason); "portal-error" (any other
// answer); the Session::sign codes (card-removed, not-logged-in, key-not-found, ...).
Expected<SignInResult> signIn(api::PortalClient &client, Session &session,
                              const QList<QByteArray> &caCertificatesPem = {},
                              const QString &label = QStringLiteral("Authentication"));

} // namespace guichet::eid
