// Web eID sign-in, server side: a token is accepted only when a trusted, valid, unrevoked citizen
// certificate signed this site's origin and this challenge. Each refusal has its own reason code.
#include "core/eid/authtokenverifier.h"
#include "core/eid/pki.h"
#include "core/eid/webeidtoken.h"
#include "pkifixture.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace guichet::eid;
using namespace pkifixture;

namespace {
// Standard: the root as anchor, the Citizen CA, its CRL, revocation info required.
enum Trust
{
    Standard,
    CrlOptional,
    NoCrlRequired,
    NoCrlOptional,
    WrongAnchor
};
} // namespace

class TestAuthToken : public QObject
{
    Q_OBJECT

private:
    const QString m_origin = QStringLiteral("https://127.0.0.1:8443");
    QString m_nonce;
    QDateTime m_now;

    Issued m_root;
    Issued m_ca;
    Issued m_otherRoot;
    Issued m_otherCa;
    QByteArray m_crl;
    EvpKey m_ecKey;
    EvpKey m_rsaKey;
    EvpKey m_strangerKey;
    QByteArray m_ecLeaf;
    QByteArray m_rsaLeaf;
    QByteArray m_noEkuLeaf;
    QByteArray m_expiredLeaf;
    QByteArray m_notYetValidLeaf;
    QByteArray m_revokedLeaf;
    QByteArray m_unknownCaLeaf;
    QByteArray m_rootIssuedLeaf;
    QByteArray m_serverAuthLeaf;
    QByteArray m_keyEnciphermentLeaf;

    QByteArray leaf(const std::function<void(CertificateRequest &)> &tweak, EVP_PKEY *key,
                    const Issued &issuer)
    {
        CertificateRequest request = citizenRequest(key);
        if (tweak)
            tweak(request);
        return issue(request, issuer.pem, issuer.key.get());
    }

    // A token as a card would make it for this origin and nonce; `tweak` then spoils it.
    QByteArray token(const QByteArray &certificatePem, EVP_PKEY *key, const QString &algorithm,
                     const QString &origin, const QString &nonce,
                     const std::function<void(AuthToken &)> &tweak = {}) const
    {
        const auto signature =
            signWithSoftwareKey(key, algorithm, signedData(origin, nonce, algorithm));
        if (!signature)
            qFatal("signing failed: %s", qPrintable(signature.error().code));
        AuthToken authToken = makeAuthToken(readCertificate(certificatePem)->der, algorithm,
                                            signature.value(), QStringLiteral("guichet-test"));
        if (tweak)
            tweak(authToken);
        return authToken.toJson();
    }

    QByteArray token(const QByteArray &certificatePem, EVP_PKEY *key, const QString &algorithm,
                     const std::function<void(AuthToken &)> &tweak = {}) const
    {
        return token(certificatePem, key, algorithm, m_origin, m_nonce, tweak);
    }

    static QByteArray withoutField(const QByteArray &json, const QString &field)
    {
        QJsonObject object = QJsonDocument::fromJson(json).object();
        object.remove(field);
        return QJsonDocument(object).toJson();
    }

    static QByteArray withField(const QByteArray &json, const QString &field,
                                const QJsonValue &value)
    {
        QJsonObject object = QJsonDocument::fromJson(json).object();
        object.insert(field, value);
        return QJsonDocument(object).toJson();
    }

    TrustConfig trust(int kind) const
    {
        TrustConfig config;
        config.anchors = {kind == WrongAnchor ? m_otherRoot.pem : m_root.pem};
        config.intermediates = {m_ca.pem};
        if (kind != NoCrlRequired && kind != NoCrlOptional)
            config.crls = {m_crl};
        config.requireRevocationInfo = kind != NoCrlOptional && kind != CrlOptional;
        return config;
    }

private slots:
    void initTestCase()
    {
        m_now = QDateTime::currentDateTimeUtc();
        m_nonce = makeNonce();

        m_root = makeRoot(KeyType::EcP384, QStringLiteral("Demo Root CA"));
        m_ca = makeCa(KeyType::EcP384, QStringLiteral("Citizen CA"), m_root);
        m_otherRoot = makeRoot(KeyType::EcP384, QStringLiteral("Demo Root CA"));
        m_otherCa = makeCa(KeyType::EcP384, QStringLiteral("Citizen CA"), m_otherRoot);
        m_ecKey = newKey(KeyType::EcP384);
        m_rsaKey = newKey(KeyType::Rsa2048);
        m_strangerKey = newKey(KeyType::EcP384);

        EVP_PKEY *ec = m_ecKey.get();
        m_ecLeaf = leaf({}, ec, m_ca);
        m_rsaLeaf = leaf({}, m_rsaKey.get(), m_ca);
        m_noEkuLeaf = leaf([](CertificateRequest &r) { r.extendedKeyUsages.clear(); }, ec, m_ca);
        m_expiredLeaf = leaf(
            [this](CertificateRequest &r) {
                r.notBefore = m_now.addYears(-5);
                r.notAfter = m_now.addDays(-1);
            },
            ec, m_ca);
        m_notYetValidLeaf = leaf(
            [this](CertificateRequest &r) {
                r.notBefore = m_now.addDays(1);
                r.notAfter = m_now.addYears(5);
            },
            ec, m_ca);
        m_revokedLeaf = leaf({}, ec, m_ca);
        m_unknownCaLeaf = leaf({}, ec, m_otherCa);
        m_rootIssuedLeaf = leaf({}, ec, m_root);
        m_serverAuthLeaf = leaf(
            [](CertificateRequest &r) { r.extendedKeyUsages = {QStringLiteral("serverAuth")}; }, ec,
            m_ca);
        m_keyEnciphermentLeaf =
            leaf([](CertificateRequest &r) { r.keyUsage = KeyUsage::KeyEncipherment; }, ec, m_ca);

        const auto crl = makeCrl(m_ca.pem, m_ca.key.get(), {m_revokedLeaf}, m_now.addDays(7),
                                 m_now.addSecs(-60));
        QVERIFY(crl.hasValue());
        m_crl = crl.value();
    }

    void verify_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("trustKind");
        QTest::addColumn<QStringList>("otherOrigins");
        QTest::addColumn<QString>("code"); // empty: accepted

        EVP_PKEY *ec = m_ecKey.get();
        EVP_PKEY *rsa = m_rsaKey.get();
        const QString es384 = QStringLiteral("ES384");
        const QStringList none;

        QTest::addRow("ES384 with P-384 is accepted")
            << token(m_ecLeaf, ec, es384) << int(Standard) << none << "";
        QTest::addRow("RS256 with RSA-2048 is accepted")
            << token(m_rsaLeaf, rsa, "RS256") << int(Standard) << none << "";
        QTest::addRow("PS256 with RSA-2048 is accepted")
            << token(m_rsaLeaf, rsa, "PS256") << int(Standard) << none << "";
        QTest::addRow("RS512 with RSA-2048 is accepted")
            << token(m_rsaLeaf, rsa, "RS512") << int(Standard) << none << "";
        QTest::addRow("no extended key usage at all is accepted")
            << token(m_noEkuLeaf, ec, es384) << int(Standard) << none << "";
        QTest::addRow("no CRL is accepted when revocation info is optional")
            << token(m_ecLeaf, ec, es384) << int(NoCrlOptional) << none << "";
        QTest::addRow("other origins listed but unused")
            << token(m_ecLeaf, ec, es384) << int(Standard)
            << QStringList{QStringLiteral("https://localhost:8443")} << "";

        QTest::addRow("expired certificate")
            << token(m_expiredLeaf, ec, es384) << int(Standard) << none << "certificate-expired";
        QTest::addRow("certificate not yet valid")
            << token(m_notYetValidLeaf, ec, es384) << int(Standard) << none
            << "certificate-not-yet-valid";
        QTest::addRow("revoked certificate (in the CRL)")
            << token(m_revokedLeaf, ec, es384) << int(Standard) << none << "certificate-revoked";
        QTest::addRow("revoked certificate, CRL optional but given")
            << token(m_revokedLeaf, ec, es384) << int(CrlOptional) << none << "certificate-revoked";
        QTest::addRow("no CRL for the issuer when required")
            << token(m_ecLeaf, ec, es384) << int(NoCrlRequired) << none << "revocation-unknown";
        QTest::addRow("unknown CA (another root)")
            << token(m_unknownCaLeaf, ec, es384) << int(Standard) << none
            << "certificate-untrusted";
        QTest::addRow("Citizen CA under a root that is not an anchor")
            << token(m_ecLeaf, ec, es384) << int(WrongAnchor) << none << "certificate-untrusted";
        QTest::addRow("issued by the root, not the Citizen CA")
            << token(m_rootIssuedLeaf, ec, es384) << int(Standard) << none
            << "certificate-untrusted";
        QTest::addRow("serverAuth only, no clientAuth")
            << token(m_serverAuthLeaf, ec, es384) << int(Standard) << none << "certificate-eku";
        QTest::addRow("keyEncipherment only, no digitalSignature")
            << token(m_keyEnciphermentLeaf, ec, es384) << int(Standard) << none
            << "certificate-key-usage";

        QTest::addRow("signed by another key") << token(m_ecLeaf, m_strangerKey.get(), es384)
                                               << int(Standard) << none << "signature-invalid";
        QTest::addRow("signed for another origin that the server also serves")
            << token(m_ecLeaf, ec, es384, QStringLiteral("https://localhost:8443"), m_nonce)
            << int(Standard) << QStringList{QStringLiteral("https://localhost:8443")}
            << "origin-mismatch";
        QTest::addRow("signed for a foreign origin")
            << token(m_ecLeaf, ec, es384, QStringLiteral("https://evil.example:443"), m_nonce)
            << int(Standard) << QStringList{QStringLiteral("https://localhost:8443")}
            << "signature-invalid";
        QTest::addRow("signed for another nonce")
            << token(m_ecLeaf, ec, es384, m_origin, makeNonce()) << int(Standard) << none
            << "signature-invalid";
        QTest::addRow("RSA signature for another nonce")
            << token(m_rsaLeaf, rsa, "PS256", m_origin, makeNonce()) << int(Standard) << none
            << "signature-invalid";
        QTest::addRow("r||s one byte short") << token(m_ecLeaf, ec, es384, [](AuthToken &t) {
            QByteArray raw = QByteArray::fromBase64(t.signature.toLatin1());
            raw.chop(1);
            t.signature = QString::fromLatin1(raw.toBase64());
        }) << int(Standard) << none << "signature-invalid";
        QTest::addRow("ECDSA signature in DER instead of r||s")
            << token(m_ecLeaf, ec, es384,
                     [](AuthToken &t) {
                         const auto der =
                             rawEcdsaToDer(QByteArray::fromBase64(t.signature.toLatin1()));
                         t.signature = QString::fromLatin1(der->toBase64());
                     })
            << int(Standard) << none << "signature-invalid";

        QTest::addRow("format web-eid:0.9") << token(m_ecLeaf, ec, es384, [](AuthToken &t) {
            t.format = QStringLiteral("web-eid:0.9");
        }) << int(Standard) << none << "token-format";
        QTest::addRow("format web-eid:2.0") << token(m_ecLeaf, ec, es384, [](AuthToken &t) {
            t.format = QStringLiteral("web-eid:2.0");
        }) << int(Standard) << none << "token-format";
        for (const char *field :
             {"unverifiedCertificate", "algorithm", "signature", "format", "appVersion"}) {
            QTest::addRow("missing %s", field)
                << withoutField(token(m_ecLeaf, ec, es384), QLatin1String(field)) << int(Standard)
                << none << "token-format";
            QTest::addRow("%s not a string", field)
                << withField(token(m_ecLeaf, ec, es384), QLatin1String(field), 384) << int(Standard)
                << none << "token-format";
        }
        QTest::addRow("not JSON") << QByteArray("{\"format\": ") << int(Standard) << none
                                  << "token-format";
        QTest::addRow("JSON array") << QByteArray("[]") << int(Standard) << none << "token-format";
        QTest::addRow("bad base64 in signature") << token(m_ecLeaf, ec, es384, [](AuthToken &t) {
            t.signature.insert(4, QStringLiteral("*!*!"));
        }) << int(Standard) << none << "token-format";
        QTest::addRow("bad base64 in certificate")
            << token(m_ecLeaf, ec, es384, [](AuthToken &t) { t.unverifiedCertificate.chop(3); })
            << int(Standard) << none << "token-format";
        QTest::addRow("empty signature")
            << token(m_ecLeaf, ec, es384, [](AuthToken &t) { t.signature.clear(); })
            << int(Standard) << none << "token-format";
        QTest::addRow("certificate is not DER") << token(m_ecLeaf, ec, es384, [](AuthToken &t) {
            t.unverifiedCertificate =
                QString::fromLatin1(QByteArray("definitely not a certificate").toBase64());
        }) << int(Standard) << none << "certificate-invalid";

        QTest::addRow("RS256 on an EC key") << token(m_ecLeaf, ec, es384, [](AuthToken &t) {
            t.algorithm = QStringLiteral("RS256");
        }) << int(Standard) << none << "algorithm-mismatch";
        QTest::addRow("ES256 on a P-384 key") << token(m_ecLeaf, ec, es384, [](AuthToken &t) {
            t.algorithm = QStringLiteral("ES256");
        }) << int(Standard) << none << "algorithm-mismatch";
        QTest::addRow("ES384 on an RSA key") << token(m_rsaLeaf, rsa, "RS256", [](AuthToken &t) {
            t.algorithm = QStringLiteral("ES384");
        }) << int(Standard) << none << "algorithm-mismatch";
        QTest::addRow("HS256 is not supported") << token(m_ecLeaf, ec, es384, [](AuthToken &t) {
            t.algorithm = QStringLiteral("HS256");
        }) << int(Standard) << none << "algorithm-unsupported";
        QTest::addRow("none is not supported") << token(m_ecLeaf, ec, es384, [](AuthToken &t) {
            t.algorithm = QStringLiteral("none");
        }) << int(Standard) << none << "algorithm-unsupported";
    }

    void verify()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, trustKind);
        QFETCH(QStringList, otherOrigins);
        QFETCH(QString, code);

        const auto parsed = AuthToken::fromJson(json);
        if (!parsed) {
            QCOMPARE(parsed.error().code, code);
            QVERIFY(!parsed.error().message.isEmpty());
            return;
        }
        const auto result = verifyAuthToken(parsed.value(), m_origin, m_nonce, trust(trustKind),
                                            m_now, otherOrigins);
        if (code.isEmpty()) {
            QVERIFY2(result.hasValue(),
                     qPrintable(result ? QString()
                                       : result.error().code + QLatin1String(": ") +
                                             result.error().message +
                                             result.error().params.join(' ')));
            QCOMPARE(result->nationalNumber, QStringLiteral("85073003328"));
            QCOMPARE(result->holderName(), QStringLiteral("Marie Dupont"));
            QCOMPARE(result->issuerCommonName, QStringLiteral("Citizen CA"));
        } else {
            QVERIFY2(!result.hasValue(), "accepted, should be refused");
            QCOMPARE(result.error().code, code);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void formatCheckedOnStructToo()
    {
        // A token built in code (not parsed) is held to the same format rule.
        auto parsed = AuthToken::fromJson(token(m_ecLeaf, m_ecKey.get(), QStringLiteral("ES384")));
        QVERIFY(parsed.hasValue());
        AuthToken spoilt = parsed.value();
        spoilt.format = QStringLiteral("web-eid:0.9");
        const auto result = verifyAuthToken(spoilt, m_origin, m_nonce, trust(Standard), m_now);
        QCOMPARE(result.error().code, QStringLiteral("token-format"));
    }

    void trustConfigUnreadable()
    {
        const auto parsed =
            AuthToken::fromJson(token(m_ecLeaf, m_ecKey.get(), QStringLiteral("ES384")));
        TrustConfig config = trust(Standard);
        config.crls = {QByteArray("-----BEGIN X509 CRL-----\nbroken\n-----END X509 CRL-----\n")};
        QCOMPARE(verifyAuthToken(parsed.value(), m_origin, m_nonce, config, m_now).error().code,
                 QStringLiteral("trust-config-invalid"));
        config = trust(Standard);
        config.anchors = {QByteArray("garbage")};
        QCOMPARE(verifyAuthToken(parsed.value(), m_origin, m_nonce, config, m_now).error().code,
                 QStringLiteral("trust-config-invalid"));
    }

    void expiredCrlIsUnknownRevocation()
    {
        // A CRL past its nextUpdate says nothing about today.
        const auto stale =
            makeCrl(m_ca.pem, m_ca.key.get(), {}, m_now.addDays(-1), m_now.addDays(-8));
        QVERIFY(stale.hasValue());
        TrustConfig config = trust(Standard);
        config.crls = {stale.value()};
        const auto parsed =
            AuthToken::fromJson(token(m_ecLeaf, m_ecKey.get(), QStringLiteral("ES384")));
        QCOMPARE(verifyAuthToken(parsed.value(), m_origin, m_nonce, config, m_now).error().code,
                 QStringLiteral("revocation-unknown"));
        config.requireRevocationInfo = false;
        QVERIFY(verifyAuthToken(parsed.value(), m_origin, m_nonce, config, m_now).hasValue());
    }

    void verificationTimeIsTheGivenNow()
    {
        // The same token, judged at a time past the certificate's end, is expired.
        const auto parsed =
            AuthToken::fromJson(token(m_ecLeaf, m_ecKey.get(), QStringLiteral("ES384")));
        QCOMPARE(verifyAuthToken(parsed.value(), m_origin, m_nonce, trust(NoCrlOptional),
                                 m_now.addYears(6))
                     .error()
                     .code,
                 QStringLiteral("certificate-expired"));
    }

    void jsonRoundTrip()
    {
        const QByteArray json = token(m_ecLeaf, m_ecKey.get(), QStringLiteral("ES384"));
        const auto parsed = AuthToken::fromJson(json);
        QVERIFY(parsed.hasValue());
        QCOMPARE(parsed->format, QStringLiteral("web-eid:1.0"));
        QCOMPARE(parsed->algorithm, QStringLiteral("ES384"));
        QCOMPARE(parsed->appVersion, QStringLiteral("guichet-test"));
        QCOMPARE(parsed->toJson(), json);
        // A later 1.x may add fields: they are ignored.
        const auto extended = AuthToken::fromJson(
            withField(json, QStringLiteral("futureField"), QStringLiteral("x")));
        QVERIFY(extended.hasValue());
        QCOMPARE(extended->signature, parsed->signature);
        QVERIFY(AuthToken::fromJson(
                    withField(json, QStringLiteral("format"), QStringLiteral("web-eid:1.1")))
                    .hasValue());
    }

    void signedDataLayout_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<int>("hash");
        QTest::addRow("ES256") << "ES256" << int(QCryptographicHash::Sha256);
        QTest::addRow("ES384") << "ES384" << int(QCryptographicHash::Sha384);
        QTest::addRow("ES512") << "ES512" << int(QCryptographicHash::Sha512);
        QTest::addRow("RS256") << "RS256" << int(QCryptographicHash::Sha256);
        QTest::addRow("PS384") << "PS384" << int(QCryptographicHash::Sha384);
        QTest::addRow("RS512") << "RS512" << int(QCryptographicHash::Sha512);
    }

    void signedDataLayout()
    {
        QFETCH(QString, algorithm);
        QFETCH(int, hash);
        const auto method = QCryptographicHash::Algorithm(hash);
        // hash(origin) ‖ hash(nonce): each half is fixed-length, so no two (origin, nonce) pairs
        // can run into each other.
        QCOMPARE(signedData(m_origin, m_nonce, algorithm),
                 QCryptographicHash::hash(m_origin.toUtf8(), method) +
                     QCryptographicHash::hash(m_nonce.toUtf8(), method));
        QVERIFY(
            signedData(QStringLiteral("https://a.be:443"), QStringLiteral(".x1234"), algorithm) !=
            signedData(QStringLiteral("https://a.be:443.x"), QStringLiteral("1234"), algorithm));
    }

    void signedDataUnsupported() { QVERIFY(signedData(m_origin, m_nonce, "HS256").isEmpty()); }

    void nonce()
    {
        const QString first = makeNonce();
        const QByteArray bytes = QByteArray::fromBase64(first.toLatin1());
        QCOMPARE(bytes.size(), 32);
        QCOMPARE(QString::fromLatin1(bytes.toBase64()), first);
        QVERIFY(makeNonce() != first);
    }

    void algorithmForKeys()
    {
        QCOMPARE(algorithmForKey(m_ecKey.get()), QStringLiteral("ES384"));
        QCOMPARE(algorithmForKey(m_rsaKey.get()), QStringLiteral("RS256"));
        QCOMPARE(algorithmForKey(nullptr), QString());
        QVERIFY(algorithmFitsKey(QStringLiteral("PS512"), m_rsaKey.get()));
        QVERIFY(!algorithmFitsKey(QStringLiteral("ES512"), m_ecKey.get()));
        QCOMPARE(supportedAlgorithms().size(), 9);
        for (const QString &algorithm : supportedAlgorithms())
            QVERIFY(isSupportedAlgorithm(algorithm));
        QVERIFY(!isSupportedAlgorithm(QStringLiteral("es384")));
    }

    void softwareSignRefusals()
    {
        const QByteArray data = signedData(m_origin, m_nonce, QStringLiteral("ES384"));
        QCOMPARE(signWithSoftwareKey(m_ecKey.get(), QStringLiteral("HS256"), data).error().code,
                 QStringLiteral("algorithm-unsupported"));
        QCOMPARE(signWithSoftwareKey(m_ecKey.get(), QStringLiteral("RS256"), data).error().code,
                 QStringLiteral("algorithm-mismatch"));
        QCOMPARE(signWithSoftwareKey(m_rsaKey.get(), QStringLiteral("ES384"), data).error().code,
                 QStringLiteral("algorithm-mismatch"));
        // The P-384 raw signature is exactly 2 × 48 bytes.
        const auto signature = signWithSoftwareKey(m_ecKey.get(), QStringLiteral("ES384"), data);
        QVERIFY(signature.hasValue());
        QCOMPARE(signature->size(), 96);
        QVERIFY(verifyTokenSignature(m_ecKey.get(), QStringLiteral("ES384"), data, *signature));
    }

    void ecdsaConversion_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("fieldBytes");
        const auto filled = [](int size, char byte) { return QByteArray(size, byte); };
        QTest::addRow("P-384 high bits set (DER pads with 0x00)")
            << filled(48, char(0xff)) + filled(48, char(0x80)) << 48;
        QTest::addRow("P-384 leading zero bytes (DER drops them)")
            << QByteArray(47, '\0') + "\x01" + QByteArray(2, '\0') + filled(46, 0x33) << 48;
        QTest::addRow("P-256") << filled(32, 0x12) + filled(32, 0x34) << 32;
        QTest::addRow("P-521 (66-byte fields)")
            << QByteArray(1, '\x01') + filled(65, 0x55) + QByteArray(1, '\0') + filled(65, 0x66)
            << 66;
    }

    void ecdsaConversion()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, fieldBytes);
        const auto der = rawEcdsaToDer(raw);
        QVERIFY(der.hasValue());
        QCOMPARE(der->at(0), char(0x30)); // SEQUENCE { INTEGER r, INTEGER s }
        const auto back = derEcdsaToRaw(der.value(), fieldBytes);
        QVERIFY(back.hasValue());
        QCOMPARE(back.value(), raw);
    }

    void ecdsaConversionRefusals()
    {
        QCOMPARE(rawEcdsaToDer(QByteArray(95, 'x')).error().code,
                 QStringLiteral("signature-invalid"));
        QCOMPARE(rawEcdsaToDer(QByteArray()).error().code, QStringLiteral("signature-invalid"));
        const auto der = rawEcdsaToDer(QByteArray(96, char(0x7f)));
        QVERIFY(der.hasValue());
        // r does not fit 32 bytes.
        QCOMPARE(derEcdsaToRaw(der.value(), 32).error().code, QStringLiteral("signature-invalid"));
        QCOMPARE(derEcdsaToRaw(der.value() + "x", 48).error().code,
                 QStringLiteral("signature-invalid"));
        QCOMPARE(derEcdsaToRaw("garbage", 48).error().code, QStringLiteral("signature-invalid"));
    }

    void normalisedOrigin_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("origin");
        QTest::addRow("default https port written") << "https://portal.example.be"
                                                    << "https://portal.example.be:443";
        QTest::addRow("explicit port kept") << "https://127.0.0.1:8443"
                                            << "https://127.0.0.1:8443";
        QTest::addRow("upper-case host and scheme") << "HTTPS://Portal.Example.BE:8443"
                                                    << "https://portal.example.be:8443";
        QTest::addRow("trailing slash dropped") << "https://localhost:8443/"
                                                << "https://localhost:8443";
        QTest::addRow("path, query and fragment dropped")
            << "https://localhost:8443/api/v1/auth?x=1#top"
            << "https://localhost:8443";
        QTest::addRow("user info dropped") << "https://user:pw@localhost:8443/"
                                           << "https://localhost:8443";
        QTest::addRow("http default port") << "http://localhost/"
                                           << "http://localhost:80";
        QTest::addRow("IPv6 bracketed") << "https://[::1]:8443/"
                                        << "https://[::1]:8443";
        QTest::addRow("no scheme") << "localhost:8443"
                                   << "";
        QTest::addRow("unknown scheme without port") << "ftp://example.be/"
                                                     << "";
        QTest::addRow("empty") << ""
                               << "";
    }

    void normalisedOrigin()
    {
        QFETCH(QString, url);
        QFETCH(QString, origin);
        QCOMPARE(guichet::eid::normalisedOrigin(QUrl(url)), origin);
    }
};

QTEST_GUILESS_MAIN(TestAuthToken)
#include "tst_authtoken.moc"
