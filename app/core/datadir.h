#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace guichet {

// The folder a Guichet program works in (`--data-dir DIR`): drafts, the outbox, the sandbox's
// state and, after `guichet-cli demo init`, the demo PKI, the SoftHSM2 token and trust.json.
//
// trust.json (paths relative to DIR):
// {"version": 1,
//  "portal":  {"url": "https://127.0.0.1:8443", "caCertificates": ["pki/tls-ca.pem"]},
//  "sandbox": {"tlsCertificate": "pki/sandbox-tls.pem", "tlsKey": "pki/sandbox-tls.key",
//              "citizenCa": ["pki/citizen-ca.pem"], "rootCa": ["pki/root-ca.pem"],
//              "crl": ["pki/citizen-ca.crl"]},
//  "eid":     {"module": "/usr/lib/softhsm/libsofthsm2.so", "softhsm2Conf":
//  "softhsm/softhsm2.conf",
//              "tokenLabel": "BELPIC"}}
class DataDir
{
public:
    // DIR as given, or the platform's application data folder when empty.
    explicit DataDir(const QString &path = {});

    QString path() const { return m_path; }
    QString filePath(const QString &relative) const;
    // Creates the folder (0700) if needed.
    Expected<bool> ensureExists() const;

    bool hasTrust() const;
    // Reads trust.json; an absent file is an empty, valid trust.
    Expected<bool> loadTrust();

    // The portal's CA certificates: those of trust.json, then those in `extraCaFiles`.
    QList<QSslCertificate> portalCaCertificates() const { return m_portalCas; }
    QString portalUrl() const { return m_portalUrl; }
    QString eidModule() const { return m_eidModule; }
    QString eidTokenLabel() const { return m_tokenLabel; }
    QString softHsmConf() const { return m_softHsmConf; }
    // The CAs a card's authentication certificate must chain to (trust.json "eid"
    // "caCertificates"), as PEM bundles; unreadable files are left out with a warning.
    QList<QByteArray> eidCaCertificatesPem() const { return m_eidCas; }

    // Sets SOFTHSM2_CONF for this process when DIR holds the demo token (PLATFORM.md §5: without
    // it SoftHSM silently reads the system configuration). Leaves an explicit setting alone.
    void applyTokenEnvironment() const;

    static QString trustFileName() { return QStringLiteral("trust.json"); }

private:
    QString m_path;
    QList<QSslCertificate> m_portalCas;
    QString m_portalUrl;
    QString m_eidModule;
    QString m_tokenLabel;
    QString m_softHsmConf;
    QList<QByteArray> m_eidCas;
};

} // namespace guichet
