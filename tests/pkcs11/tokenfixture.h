#pragma once

// A fresh SoftHSM2 token labelled BELPIC (PIN 1234, SO PIN 12345678) in a temporary folder with
// its own softhsm2.conf, and the p11wrap state file next to it. create() exports SOFTHSM2_CONF and
// GUICHET_P11WRAP_STATE for this process and its children, before any module is loaded
// (PLATFORM.md §5: SoftHSM2 reads its configuration in C_Initialize).

#include "core/eid/pkcs11module.h"
#include "core/eid/pkcs11session.h"
#include "core/eid/pki.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSaveFile>
#include <QString>
#include <QTemporaryDir>

class TokenFixture
{
public:
    static QString softHsmModule() { return QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"); }
    static QString wrapModule() { return QStringLiteral(GUICHET_P11WRAP_PATH); }
    static QString tokenLabel() { return QStringLiteral("BELPIC"); }
    static QByteArray pin() { return QByteArrayLiteral("1234"); }
    static QString nationalNumber() { return QStringLiteral("85073003328"); }

    QString path() const { return m_dir.path(); }
    QString configurationFile() const { return m_dir.filePath(QStringLiteral("softhsm2.conf")); }
    QString stateFile() const { return m_dir.filePath(QStringLiteral("p11wrap.state")); }

    // Returns an empty string on success, else what went wrong.
    QString create()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QString tokens = m_dir.filePath(QStringLiteral("tokens"));
        if (!QDir().mkpath(tokens))
            return QStringLiteral("cannot create %1").arg(tokens);
        QFile conf(configurationFile());
        if (!conf.open(QIODevice::WriteOnly))
            return conf.errorString();
        conf.write("directories.tokendir = " + QFile::encodeName(tokens) +
                   "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
        conf.close();
        qputenv("SOFTHSM2_CONF", QFile::encodeName(configurationFile()));
        qputenv("GUICHET_P11WRAP_STATE", QFile::encodeName(stateFile()));
        if (!writeState({}))
            return QStringLiteral("cannot write the p11wrap state");

        QProcess init;
        init.start(QStringLiteral("softhsm2-util"),
                   {QStringLiteral("--init-token"), QStringLiteral("--free"),
                    QStringLiteral("--label"), tokenLabel(), QStringLiteral("--so-pin"),
                    QStringLiteral("12345678"), QStringLiteral("--pin"),
                    QString::fromLatin1(pin())});
        if (!init.waitForFinished(60000) || init.exitStatus() != QProcess::NormalExit ||
            init.exitCode() != 0)
            return QStringLiteral("softhsm2-util failed: %1 %2")
                .arg(QString::fromLocal8Bit(init.readAllStandardError()), init.errorString());
        return {};
    }

    // Generates a key pair labelled `label` on the token and stores a certificate for it, issued
    // by a software CA, as an eID card holds its "Authentication" key: subject C=BE,
    // CN=Alice Test (Authentication), SN=Test, GN=Alice, serialNumber=nationalNumber().
    // Returns an empty string on success, else what went wrong.
    static QString addKeyWithCertificate(const std::shared_ptr<guichet::eid::Module> &module,
                                         guichet::eid::KeyType type, const QString &label,
                                         const QByteArray &id, QByteArray *certificateDer,
                                         guichet::eid::EvpKey *publicKey)
    {
        using namespace guichet::eid;
        auto session = Session::open(module, tokenLabel(), Session::Mode::ReadWrite);
        if (!session)
            return session.error().message;
        if (auto login = (*session)->login(pin()); !login)
            return login.error().message;
        auto key = (*session)->generateKeyPair(type, label, id);
        if (!key)
            return key.error().message;

        auto caKey = generateKey(KeyType::EcP384);
        if (!caKey)
            return caKey.error().message;
        CertificateRequest ca;
        ca.publicKey = caKey->get();
        ca.subject.country = QStringLiteral("BE");
        ca.subject.commonName = QStringLiteral("Test Citizen CA");
        ca.isCa = true;
        ca.keyUsage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
        auto caPem = issueCertificate(ca, {}, caKey->get());
        if (!caPem)
            return caPem.error().message;

        CertificateRequest holder;
        holder.publicKey = key->get();
        holder.subject.country = QStringLiteral("BE");
        holder.subject.commonName = QStringLiteral("Alice Test (Authentication)");
        holder.subject.surname = QStringLiteral("Test");
        holder.subject.givenName = QStringLiteral("Alice");
        holder.subject.serialNumber = nationalNumber();
        holder.keyUsage = KeyUsage::DigitalSignature;
        holder.extendedKeyUsages = {QStringLiteral("clientAuth")};
        auto pem = issueCertificate(holder, *caPem, caKey->get());
        if (!pem)
            return pem.error().message;
        auto x509 = readX509(*pem);
        if (!x509)
            return x509.error().message;
        const QByteArray der = certificateToDer(x509->get());
        if (auto written = (*session)->writeCertificate(label, id, der); !written)
            return written.error().message;
        if (certificateDer)
            *certificateDer = der;
        if (publicKey)
            *publicKey = std::move(*key);
        return {};
    }

    // Replaces the p11wrap state atomically (the module re-reads it on every call, possibly
    // from the token watcher's thread while the test writes).
    bool writeState(const QMap<QString, QString> &values) const
    {
        QSaveFile file(stateFile());
        if (!file.open(QIODevice::WriteOnly))
            return false;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            file.write((it.key() + QLatin1Char('=') + it.value() + QLatin1Char('\n')).toUtf8());
        return file.commit();
    }

    QMap<QString, QString> readState() const
    {
        QMap<QString, QString> values;
        QFile file(stateFile());
        if (!file.open(QIODevice::ReadOnly))
            return values;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                values.insert(QString::fromUtf8(line.left(eq)).trimmed(),
                              QString::fromUtf8(line.mid(eq + 1)).trimmed());
        }
        return values;
    }

private:
    QTemporaryDir m_dir;
};
