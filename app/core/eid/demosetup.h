#pragma once

#include "core/eid/pki.h"
#include "core/expected.h"

#include <QString>

namespace guichet::eid {

// Prepares the demo data folder (DESIGN.md "The demo data folder"):
//   pki/root-ca.pem|key        demo root (EC P-384, 20 years)
//   pki/citizen-ca.pem|key     "Citizen CA" under it (path length 0)
//   pki/citizen-ca.crl         its CRL (renewed on every run, so it never goes stale)
//   pki/tls-ca.pem|key         the sandbox's TLS CA, pki/sandbox-tls.pem|key its server
//                              certificate (127.0.0.1, localhost, ::1)
//   softhsm/softhsm2.conf      the token's own configuration; softhsm/tokens/ the token
//   trust.json                 what DataDir and the sandbox read
// and a SoftHSM2 token labelled BELPIC (user PIN 1234) holding a key generated on the token and
// its certificate, both labelled "Authentication" (serialNumber = the national number), with the
// "CA" and "Root" certificates beside them, as on a Belgian card.
//
// Idempotent: a complete folder is left as it is (only the CRL is renewed); a partial one (an
// interrupted run) is completed from the PKI already there, or made again where it cannot be.
struct DemoOptions
{
    QString nationalNumber = QStringLiteral("86031412323");
    QString givenName = QStringLiteral("Thomas");
    QString surname = QStringLiteral("Janssens");
    KeyType keyType = KeyType::EcP384;
    QString pin = QStringLiteral("1234");
    QString soPin = QStringLiteral("12345678");
    QString module = QStringLiteral("/usr/lib/softhsm/libsofthsm2.so");
};

struct DemoResult
{
    bool created = false; // false: everything was already there
    QString tokenLabel;
    QString nationalNumber;
    QString holder;
};

Expected<DemoResult> initDemoDataDir(const QString &dir, const DemoOptions &options = {});

} // namespace guichet::eid
