#pragma once

#include "core/drafts/secretkey.h"
#include "core/expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>

// Turns a passphrase into a 256-bit key with scrypt (OpenSSL's EVP_KDF "SCRYPT"). The
// parameters and the salt travel with what the key protects, so that they can be raised later
// without breaking what was written before.
namespace guichet::drafts {

class ScryptKdf
{
public:
    struct Params
    {
        std::uint64_t n = std::uint64_t(1) << 15; // CPU/memory cost (32 MiB with r = 8)
        std::uint32_t r = 8;
        std::uint32_t p = 1;
        QByteArray salt; // 16 random bytes

        // {"name": "scrypt", "n": 32768, "r": 8, "p": 1, "salt": base64}
        QJsonObject toJson() const;
        // Refuses unknown names and costs beyond what this machine should spend on a hostile
        // file (n ≤ 2^20, r ≤ 32, p ≤ 16): "kdf-params".
        static Expected<Params> fromJson(const QJsonObject &json);
    };

    // Default cost with a fresh random salt.
    static Params freshParams();

    // The passphrase is taken as NFC-normalised UTF-8. Fails ("kdf-failed") only when OpenSSL
    // refuses the parameters or runs out of memory.
    static Expected<SecretKey> derive(const QString &passphrase, const Params &params);
};

} // namespace guichet::drafts
