#include "core/eid/demosetup.h"

#include "core/eid/certificateinfo.h"
#include "core/eid/pkcs11session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace guichet::eid {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("guichet::eid", text);
}

const QString tokenLabel = QStringLiteral("BELPIC");
const QString authLabel = QStringLiteral("Authentication");

Expected<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io.unreadable"),
                     tr("Cannot read %1: %2").arg(path, f.errorString()),
                     {path}};
    return f.readAll();
}

// A CA or server key and certificate under pki/, made once and reused after.
struct Issued
{
    EvpKey key;
    QByteArray certPem;
};

Expected<Issued> ensureCertificate(const QString &pki, const QString &name, KeyType keyType,
                                   const CertificateRequest &base, const Issued *issuer)
{
    const QString certPath = pki + QLatin1Char('/') + name + QStringLiteral(".pem");
    const QString keyPath = pki + QLatin1Char('/') + name + QStringLiteral(".key");
    if (QFileInfo::exists(certPath) && QFileInfo::exists(keyPath)) {
        auto keyPem = readAll(keyPath);
        auto certPem = readAll(certPath);
        if (keyPem && certPem) {
            auto key = readPrivateKeyPem(*keyPem);
            if (key)
                return Issued{std::move(*key), *certPem};
        }
    }
    auto key = generateKey(keyType);
    if (!key)
        return key.error();
    CertificateRequest request = base;
    request.publicKey = key->get();
    auto pem = issuer ? issueCertificate(request, issuer->certPem, issuer->key.get())
                      : issueCertificate(request, {}, key->get());
    if (!pem)
        return pem.error();
    if (auto w = writePrivateKeyFile(keyPath, key->get()); !w)
        return w.error();
    if (auto w = writeFile(certPath, *pem); !w)
        return w.error();
    return Issued{std::move(*key), *pem};
}

Expected<bool> initToken(const QString &dir, const DemoOptions &options)
{
    const QString softhsm = dir + QStringLiteral("/softhsm");
    QDir().mkpath(softhsm + QStringLiteral("/tokens"));
    const QString conf = softhsm + QStringLiteral("/softhsm2.conf");
    const QByteArray confText = "# Made by guichet-cli demo init: the demo eID token's own store.\n"
                                "directories.tokendir = " +
                                QFile::encodeName(softhsm + QStringLiteral("/tokens")) +
                                "\nobjectstore.backend = file\nlog.level = ERROR\n";
    if (auto w = writeFile(conf, confText); !w)
        return w.error();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), conf);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("softhsm2-util"),
            {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"),
             tokenLabel, QStringLiteral("--so-pin"), options.soPin, QStringLiteral("--pin"),
             options.pin});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString why =
            QString::fromLocal8Bit(p.readAllStandardError()).trimmed() + p.errorString();
        return Error{QStringLiteral("demo.token"),
                     tr("Cannot create the demo token with softhsm2-util: %1").arg(why),
                     {why}};
    }
    return true;
}

bool tokenComplete(const QString &module)
{
    auto m = Module::load(module);
    if (!m)
        return false;
    auto session = Session::open(*m, tokenLabel);
    if (!session)
        return false;
    auto certs = (*session)->certificates();
    if (!certs)
        return false;
    for (const CertificateObject &c : *certs) {
        if (c.label == authLabel)
            return true;
    }
    return false;
}

Expected<bool> writeTrust(const QString &dir, const DemoOptions &options)
{
    QJsonObject trust{{QStringLiteral("version"), 1},
                      {QStringLiteral("portal"), QJsonObject{{QStringLiteral("caCertificates"),
                                                              QJsonArray{"pki/tls-ca.pem"}}}},
                      {QStringLiteral("sandbox"),
                       QJsonObject{{QStringLiteral("tlsCertificate"), "pki/sandbox-tls.pem"},
                                   {QStringLiteral("tlsKey"), "pki/sandbox-tls.key"},
                                   {QStringLiteral("citizenCa"), QJsonArray{"pki/citizen-ca.pem"}},
                                   {QStringLiteral("rootCa"), QJsonArray{"pki/root-ca.pem"}},
                                   {QStringLiteral("crl"), QJsonArray{"pki/citizen-ca.crl"}}}},
                      {QStringLiteral("eid"),
                       QJsonObject{{QStringLiteral("module"), options.module},
                                   {QStringLiteral("softhsm2Conf"), "softhsm/softhsm2.conf"},
                                   {QStringLiteral("tokenLabel"), tokenLabel},
                                   {QStringLiteral("caCertificates"),
                                    QJsonArray{"pki/citizen-ca.pem", "pki/root-ca.pem"}}}}};
    return writeFile(dir + QStringLiteral("/trust.json"),
                     QJsonDocument(trust).toJson(QJsonDocument::Indented));
}
} // namespace

Expected<DemoResult> initDemoDataDir(const QString &dirIn, const DemoOptions &options)
{
    const QString dir = QDir(dirIn).absolutePath();
    const QString pki = dir + QStringLiteral("/pki");
    if (!QDir().mkpath(pki))
        return Error{QStringLiteral("io.mkdir"), tr("Cannot create %1.").arg(pki), {pki}};
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    CertificateRequest root;
    root.subject = {QStringLiteral("BE"),
                    QStringLiteral("Guichet demo"),
                    QStringLiteral("Guichet Demo Root CA"),
                    {},
                    {},
                    {}};
    root.notBefore = now.addDays(-1);
    root.notAfter = now.addYears(20);
    root.isCa = true;
    root.keyUsage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
    auto rootCa = ensureCertificate(pki, QStringLiteral("root-ca"), KeyType::EcP384, root, nullptr);
    if (!rootCa)
        return rootCa.error();

    CertificateRequest citizen = root;
    citizen.subject.commonName = QStringLiteral("Guichet Demo Citizen CA");
    citizen.notAfter = now.addYears(10);
    citizen.pathLength = 0;
    auto citizenCa =
        ensureCertificate(pki, QStringLiteral("citizen-ca"), KeyType::EcP384, citizen, &*rootCa);
    if (!citizenCa)
        return citizenCa.error();

    CertificateRequest tlsRoot = root;
    tlsRoot.subject.commonName = QStringLiteral("Guichet Demo Sandbox TLS CA");
    tlsRoot.notAfter = now.addYears(10);
    auto tlsCa =
        ensureCertificate(pki, QStringLiteral("tls-ca"), KeyType::EcP384, tlsRoot, nullptr);
    if (!tlsCa)
        return tlsCa.error();
    CertificateRequest server;
    server.subject = {QStringLiteral("BE"),
                      QStringLiteral("Guichet demo"),
                      QStringLiteral("localhost"),
                      {},
                      {},
                      {}};
    server.notBefore = now.addDays(-1);
    server.notAfter = now.addYears(2); // renewed by a later run when it expires
    server.keyUsage = KeyUsage::DigitalSignature;
    server.extendedKeyUsages = {QStringLiteral("serverAuth")};
    server.dnsNames = {QStringLiteral("localhost")};
    server.ipAddresses = {QHostAddress(QHostAddress::LocalHost),
                          QHostAddress(QHostAddress::LocalHostIPv6)};
    const QString serverPem = pki + QStringLiteral("/sandbox-tls.pem");
    if (QFileInfo::exists(serverPem)) {
        auto existing = readAll(serverPem);
        auto info = existing ? readCertificate(*existing) : Expected<CertificateInfo>(Error{});
        if (!info || info->notAfter < now.addDays(30))
            QFile::remove(serverPem);
    }
    auto serverCert =
        ensureCertificate(pki, QStringLiteral("sandbox-tls"), KeyType::EcP384, server, &*tlsCa);
    if (!serverCert)
        return serverCert.error();

    DemoResult result;
    result.tokenLabel = tokenLabel;
    result.nationalNumber = options.nationalNumber;
    result.holder = options.givenName + QLatin1Char(' ') + options.surname;

    const QString conf = dir + QStringLiteral("/softhsm/softhsm2.conf");
    qputenv("SOFTHSM2_CONF", QFile::encodeName(conf));
    if (!QFileInfo::exists(conf) || !tokenComplete(options.module)) {
        QDir(dir + QStringLiteral("/softhsm")).removeRecursively();
        if (auto t = initToken(dir, options); !t)
            return t.error();
        auto module = Module::load(options.module);
        if (!module)
            return module.error();
        auto session = Session::open(*module, tokenLabel, Session::Mode::ReadWrite);
        if (!session)
            return session.error();
        if (auto in = (*session)->login(options.pin.toUtf8()); !in)
            return in.error();
        const QByteArray id = QByteArray::fromHex("02");
        auto publicKey = (*session)->generateKeyPair(options.keyType, authLabel, id);
        if (!publicKey)
            return publicKey.error();
        CertificateRequest leaf;
        leaf.publicKey = publicKey->get();
        leaf.subject = {
            QStringLiteral("BE"),
            {},
            QStringLiteral("%1 %2 (Authentication)").arg(options.givenName, options.surname),
            options.surname,
            options.givenName,
            options.nationalNumber};
        leaf.notBefore = now.addDays(-1);
        leaf.notAfter = now.addYears(10);
        leaf.keyUsage = KeyUsage::DigitalSignature;
        leaf.extendedKeyUsages = {QStringLiteral("clientAuth")};
        auto leafPem = issueCertificate(leaf, citizenCa->certPem, citizenCa->key.get());
        if (!leafPem)
            return leafPem.error();
        if (auto w = writeFile(pki + QStringLiteral("/citizen-auth.pem"), *leafPem); !w)
            return w.error();
        auto leafX509 = readX509(*leafPem);
        auto caX509 = readX509(citizenCa->certPem);
        auto rootX509 = readX509(rootCa->certPem);
        if (!leafX509 || !caX509 || !rootX509)
            return Error{
                QStringLiteral("demo.pki"), tr("The demo certificates cannot be read back."), {}};
        for (const auto &[label, cert, objectId] :
             {std::tuple{authLabel, leafX509->get(), id},
              std::tuple{QStringLiteral("CA"), caX509->get(), QByteArray::fromHex("04")},
              std::tuple{QStringLiteral("Root"), rootX509->get(), QByteArray::fromHex("06")}}) {
            if (auto w = (*session)->writeCertificate(label, objectId, certificateToDer(cert)); !w)
                return w.error();
        }
        (void)(*session)->logout();
        result.created = true;
    }

    // A fresh CRL on every run: the demo never stops on a stale one.
    auto crl = makeCrl(citizenCa->certPem, citizenCa->key.get(), {}, now.addYears(1));
    if (!crl)
        return crl.error();
    if (auto w = writeFile(pki + QStringLiteral("/citizen-ca.crl"), *crl); !w)
        return w.error();
    if (auto w = writeTrust(dir, options); !w)
        return w.error();
    return result;
}

} // namespace guichet::eid
