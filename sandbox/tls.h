#pragma once

#include <QSslConfiguration>
#include <QString>

// The sandbox's TLS identity and the citizen trust it verifies tokens against.
namespace guichet::sandbox {

struct Options;

struct TlsSetup
{
    QSslConfiguration configuration; // server certificate (+ chain) and key; no client certificate
    QString certificatePath;
    QString caPath; // the CA clients trust (own CA only; empty when given by trust.json/options)
};

// Chooses the server certificate, in this order: --tls-cert/--tls-key; DIR/trust.json's
// "sandbox" entry; DIR/sandbox/tls/{ca.pem,server.pem,server.key}, made on first start (EC P-256
// CA and server certificate for 127.0.0.1, ::1 and localhost). trust.json's citizenCa, rootCa and
// crl (relative to DIR) are appended to the options' lists.
bool prepareTls(Options *options, TlsSetup *tls, QString *error);

} // namespace guichet::sandbox
