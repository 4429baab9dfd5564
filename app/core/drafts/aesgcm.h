#pragma once

#include "core/drafts/secretkey.h"

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>
#include <optional>

// AES-256-GCM sealing of one value, as every encrypted value of the draft store is kept:
//   envelope = version (1 byte, 0x01) ‖ nonce (12 random bytes) ‖ ciphertext ‖ tag (16 bytes)
// The associated data binds the value to where it belongs (draft id, form, owner...): a value
// moved elsewhere, or any flipped bit, fails to open.
namespace guichet::drafts {

class AesGcm
{
public:
    static constexpr char version = 0x01;
    static constexpr int nonceSize = 12;
    static constexpr int tagSize = 16;
    static constexpr int overhead = 1 + nonceSize + tagSize;

    // A fresh random nonce per call: never reuse an envelope's nonce for other plaintext.
    static QByteArray seal(const SecretKey &key, QByteArrayView plaintext, QByteArrayView aad);
    // nullopt when the envelope is malformed, of another version, altered, sealed with another
    // key or with other associated data (GCM cannot tell these apart).
    static std::optional<QByteArray> open(const SecretKey &key, QByteArrayView envelope,
                                          QByteArrayView aad);

    // Associated data from several fields, each prefixed with its length (so that "ab" ‖ "c"
    // and "a" ‖ "bc" differ). Strings are taken as UTF-8.
    static QByteArray associatedData(std::initializer_list<QString> parts);
};

} // namespace guichet::drafts
