#include "aesgcm.h"

#include <QString>

#include <openssl/evp.h>

#include <climits>
#include <cstdlib>
#include <memory>

namespace guichet::drafts {

namespace {

struct CtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using Ctx = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

// EVP takes int lengths: feed large values in pieces.
constexpr qsizetype chunk = qsizetype(1) << 30;

template<typename Update>
bool feed(QByteArrayView in, Update update)
{
    for (qsizetype at = 0; at < in.size(); at += chunk) {
        const QByteArrayView part = in.sliced(at, qMin(chunk, in.size() - at));
        if (!update(part))
            return false;
    }
    return true;
}

} // namespace

QByteArray AesGcm::seal(const SecretKey &key, QByteArrayView plaintext, QByteArrayView aad)
{
    QByteArray out(overhead + plaintext.size(), Qt::Uninitialized);
    out[0] = version;
    const QByteArray nonce = randomBytes(nonceSize);
    std::copy(nonce.begin(), nonce.end(), out.begin() + 1);
    auto *cipher = reinterpret_cast<unsigned char *>(out.data()) + 1 + nonceSize;

    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    qsizetype written = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), bytes(nonce)) == 1 &&
        feed(aad,
             [&](QByteArrayView part) {
                 return EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(part),
                                          int(part.size())) == 1;
             }) &&
        feed(plaintext,
             [&](QByteArrayView part) {
                 if (EVP_EncryptUpdate(ctx.get(), cipher + written, &len, bytes(part),
                                       int(part.size())) != 1)
                     return false;
                 written += len;
                 return true;
             }) &&
        EVP_EncryptFinal_ex(ctx.get(), cipher + written, &len) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagSize, cipher + written + len) == 1;
    // Encryption with a valid key cannot fail short of memory exhaustion; never hand out a
    // half-written envelope.
    if (!ok || written + len != plaintext.size())
        std::abort();
    return out;
}

std::optional<QByteArray> AesGcm::open(const SecretKey &key, QByteArrayView envelope,
                                       QByteArrayView aad)
{
    if (envelope.size() < overhead || envelope[0] != version)
        return std::nullopt;
    const auto *nonce = bytes(envelope) + 1;
    const QByteArrayView cipher = envelope.sliced(1 + nonceSize, envelope.size() - overhead);
    QByteArray tag = envelope.last(tagSize).toByteArray();

    QByteArray out(cipher.size(), Qt::Uninitialized);
    auto *plain = reinterpret_cast<unsigned char *>(out.data());
    Ctx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    qsizetype written = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonceSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce) == 1 &&
        feed(aad,
             [&](QByteArrayView part) {
                 return EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(part),
                                          int(part.size())) == 1;
             }) &&
        feed(cipher,
             [&](QByteArrayView part) {
                 if (EVP_DecryptUpdate(ctx.get(), plain + written, &len, bytes(part),
                                       int(part.size())) != 1)
                     return false;
                 written += len;
                 return true;
             }) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tagSize, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), plain + written, &len) == 1;
    if (!ok) {
        // Unauthenticated plaintext must not survive in memory either.
        wipe(out);
        return std::nullopt;
    }
    return out;
}

QByteArray AesGcm::associatedData(std::initializer_list<QString> parts)
{
    QByteArray out;
    for (const QString &part : parts) {
        const QByteArray utf8 = part.toUtf8();
        const auto n = quint32(utf8.size());
        out.append(char(n >> 24)).append(char(n >> 16)).append(char(n >> 8)).append(char(n));
        out.append(utf8);
    }
    return out;
}

} // namespace guichet::drafts
