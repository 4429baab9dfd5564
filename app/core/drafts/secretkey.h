#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstddef>

// Secret bytes that wipe themselves: a 256-bit key for AES-256-GCM or HMAC-SHA-256. Every copy
// is wiped (OPENSSL_cleanse) when it is destroyed, so a key never lingers in freed memory.
namespace guichet::drafts {

class SecretKey
{
public:
    static constexpr std::size_t size = 32;

    SecretKey() = default;
    SecretKey(const SecretKey &other) = default;
    SecretKey &operator=(const SecretKey &other) = default;
    ~SecretKey();

    // A fresh key from OpenSSL's CSPRNG.
    static SecretKey random();
    // Exactly size bytes; anything else gives an empty (all-zero, isNull()) key.
    static SecretKey fromBytes(QByteArrayView bytes);

    const unsigned char *data() const { return m_bytes.data(); }
    unsigned char *data() { return m_bytes.data(); }
    bool isNull() const;
    // A copy as a QByteArray: the caller must wipe it (wipe()) when done.
    QByteArray toByteArray() const;

    bool operator==(const SecretKey &other) const;

private:
    std::array<unsigned char, size> m_bytes{};
};

// Overwrites the bytes of a buffer that held a secret (detaches it first, so shared copies are
// not touched: call it on the last copy).
void wipe(QByteArray &bytes);
void wipe(QString &text);

// n random bytes from OpenSSL's CSPRNG.
QByteArray randomBytes(int n);

} // namespace guichet::drafts
