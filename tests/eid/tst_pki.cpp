// The PKI building blocks make certificates and CRLs that OpenSSL's own command line accepts:
// the same checks a TLS peer or an eID validator would make.
#include "core/eid/certificateinfo.h"
#include "core/eid/pki.h"
#include "pkifixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/evp.h>

#include <sys/stat.h>

using namespace guichet::eid;
using namespace pkifixture;

class TestPki : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void write(const QString &name, const QByteArray &data)
    {
        const auto written = writeFile(path(name), data);
        QVERIFY2(written.hasValue(), qPrintable(written ? QString() : written.error().message));
    }

    // The file's permission bits as the operating system has them.
    static int modeBits(const QString &file)
    {
        struct stat status = {};
        if (::stat(QFile::encodeName(file).constData(), &status) != 0)
            return -1;
        return int(status.st_mode & 0777);
    }

    // Runs `openssl ARGS` and returns (exit code, stdout + stderr).
    static std::pair<int, QString> openssl(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000))
            return {-1, QStringLiteral("openssl did not finish")};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAll())};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void chain_data()
    {
        QTest::addColumn<int>("keyType");
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<int>("keyBits");
        QTest::addColumn<QString>("curve");
        QTest::addRow("EC P-384 (applet 1.8)") << int(KeyType::EcP384) << "EC" << 384 << "P-384";
        QTest::addRow("RSA-2048 (applet 1.7)") << int(KeyType::Rsa2048) << "RSA" << 2048 << "";
    }

    void chain()
    {
        QFETCH(int, keyType);
        QFETCH(QString, keyName);
        QFETCH(int, keyBits);
        QFETCH(QString, curve);
        const auto type = KeyType(keyType);
        const QString prefix = keyName.toLower() + QLatin1Char('-');

        // Arrange: root → Citizen CA (path length 0) → citizen, and a second citizen to revoke.
        const Issued root = makeRoot(type, QStringLiteral("Demo Root CA"));
        const Issued ca = makeCa(type, QStringLiteral("Citizen CA"), root);
        const EvpKey leafKey = newKey(type);
        const QByteArray leaf = issue(citizenRequest(leafKey.get()), ca.pem, ca.key.get());
        const QByteArray revoked = issue(
            citizenRequest(leafKey.get(), QStringLiteral("17073003384")), ca.pem, ca.key.get());
        const auto crl =
            makeCrl(ca.pem, ca.key.get(), {revoked}, QDateTime::currentDateTimeUtc().addDays(7));
        QVERIFY2(crl.hasValue(), qPrintable(crl ? QString() : crl.error().message));

        write(prefix + "root.pem", root.pem);
        write(prefix + "ca.pem", ca.pem);
        write(prefix + "leaf.pem", leaf);
        write(prefix + "revoked.pem", revoked);
        write(prefix + "crl.pem", crl.value());

        // Act + assert: OpenSSL accepts the chain for TLS client authentication.
        const QStringList chainArguments{QStringLiteral("-CAfile"), path(prefix + "root.pem"),
                                         QStringLiteral("-untrusted"), path(prefix + "ca.pem")};
        auto [code, output] =
            openssl(QStringList{QStringLiteral("verify"), QStringLiteral("-purpose"),
                                QStringLiteral("sslclient")} +
                    chainArguments + QStringList{path(prefix + "leaf.pem")});
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String(": OK")), qPrintable(output));

        // With the CRL: the listed citizen is refused as revoked, the other one still passes.
        const QStringList crlArguments{QStringLiteral("-crl_check"), QStringLiteral("-CRLfile"),
                                       path(prefix + "crl.pem")};
        std::tie(code, output) = openssl(QStringList{QStringLiteral("verify")} + chainArguments +
                                         crlArguments + QStringList{path(prefix + "revoked.pem")});
        QVERIFY2(code != 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("certificate revoked")), qPrintable(output));
        std::tie(code, output) = openssl(QStringList{QStringLiteral("verify")} + chainArguments +
                                         crlArguments + QStringList{path(prefix + "leaf.pem")});
        QVERIFY2(code == 0, qPrintable(output));

        // The CRL text lists the revoked serial, and only that one.
        const auto revokedInfo = readCertificate(revoked);
        const auto leafInfo = readCertificate(leaf);
        QVERIFY(revokedInfo.hasValue() && leafInfo.hasValue());
        std::tie(code, output) =
            openssl({QStringLiteral("crl"), QStringLiteral("-in"), path(prefix + "crl.pem"),
                     QStringLiteral("-noout"), QStringLiteral("-text")});
        QCOMPARE(code, 0);
        QVERIFY2(output.contains(QLatin1String("Serial Number: ") + revokedInfo->certificateSerial,
                                 Qt::CaseInsensitive),
                 qPrintable(output));
        QVERIFY(!output.contains(leafInfo->certificateSerial, Qt::CaseInsensitive));
        QVERIFY2(output.contains(QLatin1String("CRL Number")), qPrintable(output));

        // What readCertificate makes of them.
        QCOMPARE(leafInfo->nationalNumber, QStringLiteral("85073003328"));
        QCOMPARE(leafInfo->holderName(), QStringLiteral("Marie Dupont"));
        QCOMPARE(leafInfo->issuerCommonName, QStringLiteral("Citizen CA"));
        QCOMPARE(leafInfo->keyType, keyName);
        QCOMPARE(leafInfo->keyBits, keyBits);
        QCOMPARE(leafInfo->curve, curve);
        QVERIFY(leafInfo->hasKeyUsage);
        QCOMPARE(leafInfo->keyUsage, KeyUsages(KeyUsage::DigitalSignature));
        QCOMPARE(leafInfo->extendedKeyUsages, QStringList{QStringLiteral("clientAuth")});
        QVERIFY(!leafInfo->isCa);
        QCOMPARE(leafInfo->sha256.size(), 32);
        QVERIFY(leafInfo->certificateSerial.size() >= 30); // 128 random bits
        QVERIFY(leafInfo->certificateSerial != revokedInfo->certificateSerial);

        const auto caInfo = readCertificate(ca.pem);
        QVERIFY(caInfo.hasValue());
        QVERIFY(caInfo->isCa);
        QCOMPARE(caInfo->pathLength, 0);
        QCOMPARE(caInfo->keyUsage, KeyUsage::KeyCertSign | KeyUsage::CrlSign);
        QCOMPARE(caInfo->commonName, QStringLiteral("Citizen CA"));
        QCOMPARE(caInfo->issuerCommonName, QStringLiteral("Demo Root CA"));
        const auto rootInfo = readCertificate(root.pem);
        QVERIFY(rootInfo.hasValue());
        QVERIFY(rootInfo->isCa);
        QCOMPARE(rootInfo->pathLength, -1);
    }

    void pathLengthZeroStopsSubordinateCa()
    {
        // A CA under the Citizen CA breaks path length 0: OpenSSL must refuse its certificates.
        const Issued root = makeRoot(KeyType::EcP384, QStringLiteral("Demo Root CA"));
        const Issued ca = makeCa(KeyType::EcP384, QStringLiteral("Citizen CA"), root);
        const Issued sub = makeCa(KeyType::EcP384, QStringLiteral("Rogue CA"), ca);
        const QByteArray leaf = issue(citizenRequest(sub.key.get()), sub.pem, sub.key.get());
        write("pl-root.pem", root.pem);
        write("pl-chain.pem", ca.pem + sub.pem);
        write("pl-leaf.pem", leaf);
        const auto [code, output] =
            openssl({QStringLiteral("verify"), QStringLiteral("-CAfile"), path("pl-root.pem"),
                     QStringLiteral("-untrusted"), path("pl-chain.pem"), path("pl-leaf.pem")});
        QVERIFY2(code != 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("path length")), qPrintable(output));
    }

    void serverCertificate()
    {
        // The sandbox's TLS certificate: serverAuth with DNS and IP subject alternative names.
        const Issued root = makeRoot(KeyType::EcP384, QStringLiteral("Sandbox TLS CA"));
        const EvpKey key = newKey(KeyType::EcP384);
        CertificateRequest request;
        request.publicKey = key.get();
        request.subject.commonName = QStringLiteral("localhost");
        request.keyUsage = KeyUsage::DigitalSignature;
        request.extendedKeyUsages = {QStringLiteral("serverAuth")};
        request.dnsNames = {QStringLiteral("localhost")};
        request.ipAddresses = {QHostAddress(QHostAddress::LocalHost),
                               QHostAddress(QHostAddress::LocalHostIPv6)};
        write("tls-root.pem", root.pem);
        write("tls-server.pem", issue(request, root.pem, root.key.get()));

        const QStringList base{QStringLiteral("verify"), QStringLiteral("-purpose"),
                               QStringLiteral("sslserver"), QStringLiteral("-CAfile"),
                               path("tls-root.pem")};
        for (const QStringList &check :
             {QStringList{QStringLiteral("-verify_hostname"), QStringLiteral("localhost")},
              QStringList{QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.1")},
              QStringList{QStringLiteral("-verify_ip"), QStringLiteral("::1")}}) {
            const auto [code, output] = openssl(base + check + QStringList{path("tls-server.pem")});
            QVERIFY2(code == 0, qPrintable(check.join(' ') + ": " + output));
        }
        const auto [code, output] =
            openssl(base + QStringList{QStringLiteral("-verify_hostname"),
                                       QStringLiteral("example.org"), path("tls-server.pem")});
        QVERIFY2(code != 0, qPrintable(output));
    }

    void privateKeyFileIsOwnerOnly()
    {
        const EvpKey key = newKey(KeyType::EcP384);
        const QString fresh = path("fresh.key");
        QVERIFY(writePrivateKeyFile(fresh, key.get()).hasValue());
        QCOMPARE(modeBits(fresh), 0600);

        // An existing world-readable file is narrowed, then overwritten.
        const QString existing = path("existing.key");
        QVERIFY(writeFile(existing, "old").hasValue());
        QVERIFY(::chmod(QFile::encodeName(existing).constData(), 0644) == 0);
        QCOMPARE(modeBits(existing), 0644);
        QVERIFY(writePrivateKeyFile(existing, key.get()).hasValue());
        QCOMPARE(modeBits(existing), 0600);

        // The file reads back as the same key.
        QFile file(existing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto read = readPrivateKeyPem(file.readAll());
        QVERIFY(read.hasValue());
        QCOMPARE(EVP_PKEY_eq(read->get(), key.get()), 1);

        const auto unwritable = writePrivateKeyFile(path("missing-folder/x.key"), key.get());
        QVERIFY(!unwritable.hasValue());
        QCOMPARE(unwritable.error().code, QStringLiteral("io.unwritable"));
    }

    void pemHelpers()
    {
        const Issued root = makeRoot(KeyType::EcP384, QStringLiteral("Demo Root CA"));
        const Issued ca = makeCa(KeyType::EcP384, QStringLiteral("Citizen CA"), root);
        const QList<QByteArray> blocks =
            splitPemCertificates("leading text\n" + ca.pem + root.pem + "trailing\n");
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(readCertificate(blocks.at(0))->commonName, QStringLiteral("Citizen CA"));
        QCOMPARE(readCertificate(blocks.at(1))->commonName, QStringLiteral("Demo Root CA"));
        QVERIFY(splitPemCertificates("no certificate here").isEmpty());

        // DER and PEM give the same certificate.
        const auto info = readCertificate(ca.pem);
        QVERIFY(info.hasValue());
        QCOMPARE(readCertificate(info->der)->sha256, info->sha256);

        const auto publicPem = publicKeyToPem(ca.key.get());
        QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        const auto publicKey = readPublicKeyPem(publicPem);
        QVERIFY(publicKey.hasValue());
        QCOMPARE(EVP_PKEY_eq(publicKey->get(), ca.key.get()), 1);

        QCOMPARE(readCertificate("not a certificate").error().code,
                 QStringLiteral("certificate-invalid"));
        QCOMPARE(readCertificate(info->der + "x").error().code,
                 QStringLiteral("certificate-invalid"));
        QCOMPARE(readPrivateKeyPem("nope").error().code, QStringLiteral("key-invalid"));
        QCOMPARE(readCrl("nope").error().code, QStringLiteral("crl-invalid"));
    }

    void refusals()
    {
        const Issued root = makeRoot(KeyType::EcP384, QStringLiteral("Demo Root CA"));
        const Issued other = makeRoot(KeyType::EcP384, QStringLiteral("Other Root"));
        const EvpKey key = newKey(KeyType::EcP384);

        // The issuer key must be the issuer certificate's.
        auto issued = issueCertificate(citizenRequest(key.get()), root.pem, other.key.get());
        QVERIFY(!issued.hasValue());
        QCOMPARE(issued.error().code, QStringLiteral("key-invalid"));

        // Self-signed needs the subject's own key.
        issued = issueCertificate(citizenRequest(key.get()), {}, other.key.get());
        QCOMPARE(issued.error().code, QStringLiteral("certificate-request-invalid"));

        CertificateRequest unknownUsage = citizenRequest(key.get());
        unknownUsage.extendedKeyUsages = {QStringLiteral("noSuchUsage")};
        issued = issueCertificate(unknownUsage, root.pem, root.key.get());
        QCOMPARE(issued.error().code, QStringLiteral("certificate-request-invalid"));

        CertificateRequest backwards = citizenRequest(key.get());
        backwards.notAfter = backwards.notBefore.addDays(-1);
        issued = issueCertificate(backwards, root.pem, root.key.get());
        QCOMPARE(issued.error().code, QStringLiteral("certificate-request-invalid"));

        const auto crl = makeCrl(root.pem, other.key.get(), {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(crl.error().code, QStringLiteral("key-invalid"));
    }

    void nationalNumberFromSerial_data()
    {
        QTest::addColumn<QString>("serialNumber");
        QTest::addColumn<QString>("nationalNumber");
        QTest::addRow("bare") << "85073003328"
                              << "85073003328";
        QTest::addRow("ETSI prefix PNOBE-") << "PNOBE-85073003328"
                                            << "85073003328";
        QTest::addRow("other country prefix") << "PNOEE-38001085718"
                                              << "38001085718";
        QTest::addRow("ten digits") << "8507300332"
                                    << "";
        QTest::addRow("printed form") << "85.07.30-033.28"
                                      << "";
        QTest::addRow("passport number") << "PASBE-EH123456"
                                         << "";
        QTest::addRow("empty") << ""
                               << "";
    }

    void nationalNumberFromSerial()
    {
        QFETCH(QString, serialNumber);
        QFETCH(QString, nationalNumber);
        QCOMPARE(nationalNumberFromSerialNumber(serialNumber), nationalNumber);
    }

    void holderName_data()
    {
        QTest::addColumn<QString>("commonName");
        QTest::addColumn<QString>("givenName");
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("holder");
        QTest::addRow("given name and surname") << "X (Authentication)"
                                                << "Marie"
                                                << "Dupont"
                                                << "Marie Dupont";
        QTest::addRow("common name, role removed") << "Jan Peeters (Signature)"
                                                   << ""
                                                   << ""
                                                   << "Jan Peeters";
        QTest::addRow("plain common name") << "Citizen CA"
                                           << ""
                                           << ""
                                           << "Citizen CA";
    }

    void holderName()
    {
        QFETCH(QString, commonName);
        QFETCH(QString, givenName);
        QFETCH(QString, surname);
        QFETCH(QString, holder);
        CertificateInfo info;
        info.commonName = commonName;
        info.givenName = givenName;
        info.surname = surname;
        QCOMPARE(info.holderName(), holder);
    }
};

QTEST_GUILESS_MAIN(TestPki)
#include "tst_pki.moc"
