#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <openssl/types.h>

// The Web eID authentication token ("web-eid:1.0"): the card holder's certificate and a signature
// over hash(origin) ‖ hash(nonce), which proves possession of the key for this site and this
// challenge only. Format: web-eid/web-eid-system-architecture-doc, "Web eID authentication token
// format specification".
namespace guichet::eid {

inline constexpr char tokenFormat[] = "web-eid:1.0";

struct AuthToken
{
    QString unverifiedCertificate; // base64 (standard alphabet) of the DER certificate
    QString algorithm;             // ES256 ... PS512 (JWA names)
    QString signature;             // base64; ECDSA as raw r ‖ s
    QString format = QString::fromLatin1(tokenFormat);
    QString appVersion; // URL naming the application and version that made the token

    QByteArray toJson() const;

    // Strict reading: a JSON object whose five fields are all present and all strings, and whose
    // format is web-eid 1.x. Unknown extra fields are ignored (a later 1.x may add some).
    // Error code "token-format".
    static Expected<AuthToken> fromJson(const QByteArray &json);
};

// "ES256", "ES384", "ES512", "PS256", "PS384", "PS512", "RS256", "RS384", "RS512".
QStringList supportedAlgorithms();
bool isSupportedAlgorithm(const QString &algorithm);

// The algorithm a card with this key uses: ES256/ES384/ES512 by curve, RS256 for RSA. Empty for
// anything else.
QString algorithmForKey(EVP_PKEY *key);

// Whether the key can make signatures of this algorithm: ES256/ES384/ES512 need an EC key on
// P-256/P-384/P-521 respectively, RS* and PS* an RSA key.
bool algorithmFitsKey(const QString &algorithm, EVP_PKEY *key);

// Whether the format string is one this code understands (web-eid major version 1).
bool isSupportedFormat(const QString &format);

// "scheme://host:port": lower-case scheme and host, the port always written (443 for https, 80
// for http when the URL has none), no path, query, fragment or trailing slash. IPv6 hosts are
// bracketed. Empty for a URL without scheme or host. Client and server both call this so that
// they sign and verify the very same bytes.
QString normalisedOrigin(const QUrl &url);

// The algorithm's hash (SHA-256 for *256, ...) of data; empty for an unsupported algorithm.
QByteArray algorithmDigest(const QString &algorithm, const QByteArray &data);

// hash(origin UTF-8) ‖ hash(nonce UTF-8) with the algorithm's hash: the bytes the signature
// algorithm then signs (hashing them once more, as any JWA algorithm does). Empty for an
// unsupported algorithm.
QByteArray signedData(const QString &origin, const QString &nonce, const QString &algorithm);

// ECDSA signature encodings. Raw is r ‖ s, each left-padded to the curve's field size (JOSE);
// DER is the Ecdsa-Sig-Value of RFC 3279. Error code "signature-invalid".
Expected<QByteArray> rawEcdsaToDer(const QByteArray &raw);
Expected<QByteArray> derEcdsaToRaw(const QByteArray &der, int fieldBytes);

// Signs data with a key held in memory, the way a card does for the token: the result is in the
// token's signature encoding (raw r ‖ s for ECDSA). Error codes "algorithm-unsupported",
// "algorithm-mismatch", "crypto-failure".
Expected<QByteArray> signWithSoftwareKey(EVP_PKEY *key, const QString &algorithm,
                                         const QByteArray &data);

// Whether signature (in the token's encoding) is the algorithm's signature of data by key. False
// too for an unsupported algorithm, a key that does not fit it, or a malformed signature (such as
// an r ‖ s of the wrong length).
bool verifyTokenSignature(EVP_PKEY *key, const QString &algorithm, const QByteArray &data,
                          const QByteArray &signature);

// A fresh challenge: base64 of 32 random bytes (256 bits). Empty only if the system's random
// source fails, which callers must treat as fatal.
QString makeNonce();

// A token for a signature already made (by a card or signWithSoftwareKey).
AuthToken makeAuthToken(const QByteArray &certificateDer, const QString &algorithm,
                        const QByteArray &signature, const QString &appVersion);

} // namespace guichet::eid
