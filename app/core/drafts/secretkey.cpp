#include "secretkey.h"

#include <QString>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstdlib>

namespace guichet::drafts {

SecretKey::~SecretKey()
{
    OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
}

SecretKey SecretKey::random()
{
    SecretKey key;
    // RAND_bytes fails only when the CSPRNG cannot be seeded: no key is safe then.
    if (RAND_bytes(key.m_bytes.data(), int(key.m_bytes.size())) != 1)
        std::abort();
    return key;
}

SecretKey SecretKey::fromBytes(QByteArrayView bytes)
{
    SecretKey key;
    if (std::size_t(bytes.size()) == size)
        std::copy(bytes.begin(), bytes.end(), key.m_bytes.begin());
    return key;
}

bool SecretKey::isNull() const
{
    unsigned char any = 0;
    for (unsigned char b : m_bytes)
        any |= b;
    return any == 0;
}

QByteArray SecretKey::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(m_bytes.size()));
}

bool SecretKey::operator==(const SecretKey &other) const
{
    return CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    if (n > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), n) != 1)
        std::abort();
    return bytes;
}

} // namespace guichet::drafts
