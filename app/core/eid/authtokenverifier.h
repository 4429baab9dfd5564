#pragma once

#include "core/eid/certificateinfo.h"
#include "core/eid/webeidtoken.h"
#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The server side of eID sign-in: decides whether an authentication token proves that the holder
// of a trusted citizen certificate answered this site's challenge.
namespace guichet::eid {

struct TrustConfig
{
    QList<QByteArray> anchors;         // PEM roots (a bundle per entry is fine)
    QList<QByteArray> intermediates;   // PEM: the Citizen CA(s) that must have issued the leaf
    QList<QByteArray> crls;            // PEM (or DER) CRLs
    bool requireRevocationInfo = true; // refuse when no usable CRL covers the leaf's issuer
};

// Verifies the token for this origin (as normalisedOrigin() writes it) and the nonce the server
// issued, at time `now`. On success returns what the certificate says about its holder.
//
// Error codes, one per reason (stable: the sandbox returns them as the problem "reason"):
//   token-format              wrong format, missing field, field not valid base64
//   algorithm-unsupported     not one of supportedAlgorithms()
//   algorithm-mismatch        the algorithm does not fit the key (ES* needs EC on the matching
//                             curve, RS*/PS* need RSA)
//   certificate-invalid       the certificate cannot be parsed
//   certificate-expired       (the leaf or a CA above it) at `now`
//   certificate-not-yet-valid
//   certificate-key-usage     no digitalSignature key usage
//   certificate-eku           extended key usages without clientAuth (none at all is fine)
//   certificate-untrusted     no chain to an anchor through a configured intermediate
//   certificate-revoked       listed in the issuer's CRL
//   revocation-unknown        no usable CRL for the issuer (only when requireRevocationInfo)
//   signature-invalid         the signature does not verify for this origin and nonce
//   origin-mismatch           it does not verify for origin but does for one of otherOrigins
//   trust-config-invalid      an anchor, intermediate or CRL of the configuration is unreadable
Expected<CertificateInfo> verifyAuthToken(const AuthToken &token, const QString &origin,
                                          const QString &nonce, const TrustConfig &trust,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                          const QStringList &otherOrigins = {});

} // namespace guichet::eid
