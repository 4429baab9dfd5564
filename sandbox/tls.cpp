#include "tls.h"

#include "server.h"

#include "core/eid/pki.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/ec.h>
#include <openssl/evp.h>

namespace guichet::sandbox {

namespace {

eid::EvpKey generateP256()
{
    return eid::EvpKey(EVP_EC_gen("P-256"));
}

QByteArray readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

bool write(const QString &path, const QByteArray &data, QString *error)
{
    auto written = eid::writeFile(path, data);
    if (!written) {
        *error = written.error().message.isEmpty() ? QStringLiteral("cannot write %1").arg(path)
                                                   : written.error().message;
        return false;
    }
    return true;
}

bool makeOwnCertificates(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    eid::EvpKey caKey = generateP256();
    eid::EvpKey serverKey = generateP256();
    if (!caKey || !serverKey) {
        *error = QStringLiteral("cannot make a P-256 key: %1").arg(eid::takeOpenSslErrors());
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();

    eid::CertificateRequest ca;
    ca.publicKey = caKey.get();
    ca.subject.country = QStringLiteral("BE");
    ca.subject.organization = QStringLiteral("Guichet sandbox");
    ca.subject.commonName = QStringLiteral("Guichet sandbox TLS CA");
    ca.notBefore = now.addSecs(-3600);
    ca.notAfter = now.addYears(10);
    ca.isCa = true;
    ca.pathLength = 0;
    ca.keyUsage = eid::KeyUsage::KeyCertSign | eid::KeyUsage::CrlSign;
    auto caPem = eid::issueCertificate(ca, {}, caKey.get());
    if (!caPem) {
        *error = QStringLiteral("cannot make the TLS CA: %1").arg(caPem.error().code);
        return false;
    }

    eid::CertificateRequest server;
    server.publicKey = serverKey.get();
    server.subject.country = QStringLiteral("BE");
    server.subject.organization = QStringLiteral("Guichet sandbox");
    server.subject.commonName = QStringLiteral("localhost");
    server.notBefore = now.addSecs(-3600);
    server.notAfter = now.addYears(5);
    server.keyUsage = eid::KeyUsage::DigitalSignature;
    server.extendedKeyUsages = {QStringLiteral("serverAuth")};
    server.dnsNames = {QStringLiteral("localhost")};
    server.ipAddresses = {QHostAddress(QHostAddress::LocalHost),
                          QHostAddress(QHostAddress::LocalHostIPv6)};
    auto serverPem = eid::issueCertificate(server, *caPem, caKey.get());
    if (!serverPem) {
        *error = QStringLiteral("cannot make the TLS certificate: %1").arg(serverPem.error().code);
        return false;
    }
    // The key first and the CA last: a reader that finds ca.pem may assume the rest is there.
    auto keyWritten =
        eid::writePrivateKeyFile(QDir(dir).filePath(QStringLiteral("server.key")), serverKey.get());
    if (!keyWritten) {
        *error = QStringLiteral("cannot write the TLS key in %1").arg(dir);
        return false;
    }
    return write(QDir(dir).filePath(QStringLiteral("server.pem")), *serverPem, error) &&
           write(QDir(dir).filePath(QStringLiteral("ca.pem")), *caPem, error);
}

bool loadServerIdentity(const QString &certPath, const QString &keyPath,
                        QSslConfiguration *configuration, QString *error)
{
    const QByteArray certPem = readAll(certPath, error);
    if (certPem.isEmpty())
        return false;
    const QByteArray keyPem = readAll(keyPath, error);
    if (keyPem.isEmpty())
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("no certificate in %1").arg(certPath);
        return false;
    }
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("no EC or RSA private key in %1").arg(keyPath);
        return false;
    }
    configuration->setLocalCertificateChain(chain);
    configuration->setPrivateKey(key);
    return true;
}

QString resolve(const QString &dataDir, const QString &path)
{
    return QFileInfo(path).isAbsolute() ? path : QDir(dataDir).filePath(path);
}

} // namespace

bool prepareTls(Options *options, TlsSetup *tls, QString *error)
{
    QString certPath = options->tlsCertificate;
    QString keyPath = options->tlsKey;
    if (certPath.isEmpty() != keyPath.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }

    const QString trustPath = QDir(options->dataDir).filePath(QStringLiteral("trust.json"));
    if (QFileInfo::exists(trustPath)) {
        const QByteArray data = readAll(trustPath, error);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = QStringLiteral("%1 is not a JSON object").arg(trustPath);
            return false;
        }
        const QJsonObject sandbox = doc.object().value(QStringLiteral("sandbox")).toObject();
        const auto list = [&](const char *name, QStringList *target) {
            for (const QJsonValue &v : sandbox.value(QLatin1String(name)).toArray())
                target->append(resolve(options->dataDir, v.toString()));
        };
        list("citizenCa", &options->citizenCa);
        list("rootCa", &options->rootCa);
        list("crl", &options->crl);
        if (certPath.isEmpty() && sandbox.contains(QStringLiteral("tlsCertificate"))) {
            certPath = resolve(options->dataDir,
                               sandbox.value(QStringLiteral("tlsCertificate")).toString());
            keyPath = resolve(options->dataDir, sandbox.value(QStringLiteral("tlsKey")).toString());
        }
    }

    if (certPath.isEmpty()) {
        const QString dir = QDir(options->dataDir).filePath(QStringLiteral("sandbox/tls"));
        tls->caPath = QDir(dir).filePath(QStringLiteral("ca.pem"));
        certPath = QDir(dir).filePath(QStringLiteral("server.pem"));
        keyPath = QDir(dir).filePath(QStringLiteral("server.key"));
        if (!QFileInfo::exists(tls->caPath) && !makeOwnCertificates(dir, error))
            return false;
    }

    tls->configuration = QSslConfiguration::defaultConfiguration();
    tls->configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // Web eID, not client certs
    tls->configuration.setProtocol(QSsl::TlsV1_2OrLater);
    tls->certificatePath = certPath;
    return loadServerIdentity(certPath, keyPath, &tls->configuration, error);
}

// ---- SigningKey ---------------------------------------------------------------------------

SigningKey::SigningKey() = default;

SigningKey::~SigningKey()
{
    EVP_PKEY_free(static_cast<EVP_PKEY *>(m_key));
}

bool SigningKey::loadOrCreate(const QString &dir, QString *error)
{
    const QString keyPath = QDir(dir).filePath(QStringLiteral("key.pem"));
    const QString certPath = QDir(dir).filePath(QStringLiteral("certificate.pem"));
    if (!QFileInfo::exists(certPath)) {
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("cannot create %1").arg(dir);
            return false;
        }
        eid::EvpKey key = generateP256();
        if (!key) {
            *error = QStringLiteral("cannot make the receipt key");
            return false;
        }
        eid::CertificateRequest request;
        request.publicKey = key.get();
        request.subject.country = QStringLiteral("BE");
        request.subject.organization = QStringLiteral("Guichet sandbox");
        request.subject.commonName = QStringLiteral("Guichet sandbox receipts");
        request.notBefore = QDateTime::currentDateTimeUtc().addSecs(-3600);
        request.notAfter = QDateTime::currentDateTimeUtc().addYears(10);
        request.keyUsage = eid::KeyUsage::DigitalSignature | eid::KeyUsage::NonRepudiation;
        auto pem = eid::issueCertificate(request, {}, key.get());
        if (!pem || !eid::writePrivateKeyFile(keyPath, key.get()) ||
            !write(certPath, *pem, error)) {
            if (error->isEmpty())
                *error = QStringLiteral("cannot make the receipt certificate in %1").arg(dir);
            return false;
        }
    }
    auto key = eid::readPrivateKeyPem(readAll(keyPath, error));
    auto cert = eid::readX509(readAll(certPath, error));
    if (!key || !cert) {
        *error = QStringLiteral("unreadable receipt key or certificate in %1").arg(dir);
        return false;
    }
    EVP_PKEY_free(static_cast<EVP_PKEY *>(m_key));
    m_key = key->release();
    m_certificateDer = eid::certificateToDer(cert->get());
    return true;
}

QByteArray SigningKey::sign(const QByteArray &data) const
{
    auto *key = static_cast<EVP_PKEY *>(m_key);
    if (!key)
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray der;
    size_t length = 0;
    bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
              EVP_DigestSign(ctx, nullptr, &length,
                             reinterpret_cast<const unsigned char *>(data.constData()),
                             size_t(data.size())) == 1;
    if (ok) {
        der.resize(qsizetype(length));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(der.data()), &length,
                            reinterpret_cast<const unsigned char *>(data.constData()),
                            size_t(data.size())) == 1;
        der.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return {};
    // DER Ecdsa-Sig-Value -> r ‖ s, 32 bytes each (JOSE).
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
    if (!sig)
        return {};
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + 32, 32);
    ECDSA_SIG_free(sig);
    return raw;
}

bool SigningKey::verify(const QByteArray &data, const QByteArray &signature) const
{
    auto *key = static_cast<EVP_PKEY *>(m_key);
    if (!key || signature.size() != 64)
        return false;
    ECDSA_SIG *sig = ECDSA_SIG_new();
    const auto *bytes = reinterpret_cast<const unsigned char *>(signature.constData());
    ECDSA_SIG_set0(sig, BN_bin2bn(bytes, 32, nullptr), BN_bin2bn(bytes + 32, 32, nullptr));
    unsigned char *der = nullptr;
    const int derLength = i2d_ECDSA_SIG(sig, &der);
    ECDSA_SIG_free(sig);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = derLength > 0 && ctx &&
                    EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
                    EVP_DigestVerify(ctx, der, size_t(derLength),
                                     reinterpret_cast<const unsigned char *>(data.constData()),
                                     size_t(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    OPENSSL_free(der);
    return ok;
}

} // namespace guichet::sandbox
