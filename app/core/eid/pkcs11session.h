#pragma once

#include "core/eid/pki.h"
#include "pkcs11module.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace guichet::eid {

// The JOSE names Web eID uses for its signatures.
enum class SignatureAlgorithm
{
    ES256,
    ES384,
    ES512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
};

QString algorithmName(SignatureAlgorithm algorithm);
std::optional<SignatureAlgorithm> algorithmFromName(const QString &name);

// A certificate object on the token.
struct CertificateObject
{
    QString label;
    QByteArray id;
    QByteArray der;
};

// One PKCS#11 session on one token, closed when destroyed. Not thread-safe: keep each Session on
// one thread, and keep that thread off the UI (login may wait for a pinpad, signing takes the
// card a second). Sessions of the same module on different threads are fine.
class Session
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,
    };

    // Opens a session on the first present token labelled `tokenLabel` (never by slot number:
    // slots are reassigned). Errors: token-not-found, card-removed, pkcs11-error.
    static Expected<std::unique_ptr<Session>>
    open(std::shared_ptr<Module> module, const QString &tokenLabel, Mode mode = Mode::ReadOnly);
    static Expected<std::unique_ptr<Session>> openSlot(std::shared_ptr<Module> module, SlotId slot,
                                                       Mode mode = Mode::ReadOnly);

    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    const std::shared_ptr<Module> &module() const { return m_module; }
    SlotId slotId() const { return m_slot; }
    // Fresh from the token (the PIN state changes with every try).
    Expected<TokenInfo> tokenInfo() const;

    // Logs the user in. Pass the PIN with std::move: this buffer is wiped before the call
    // returns and the PIN is never logged. An empty PIN on a token with a protected
    // authentication path asks the reader's pinpad (C_Login with a NULL PIN).
    // Errors: pin-incorrect (params[2] is the PIN state after the try), pin-locked, pin-length,
    // pinpad-cancelled, pinpad-timeout, card-removed, pkcs11-error.
    Outcome login(QByteArray pin);
    Outcome logout();
    bool isLoggedIn() const;

    // How long the reader lets the user type on its pinpad. Modules report a timeout as a
    // cancel (CKR_FUNCTION_CANCELED, OpenSC and eid-mw alike), so a cancel that arrives after
    // 90% of this time counts as pinpad-timeout. 30 s by default, as the readers do.
    void setPinpadTimeout(std::chrono::milliseconds timeout) { m_pinpadTimeout = timeout; }
    std::chrono::milliseconds pinpadTimeout() const { return m_pinpadTimeout; }

    Expected<QList<CertificateObject>> certificates() const;
    Expected<bool> hasPrivateKey(const QString &label) const;

    // Signs `data` with the private key labelled `keyLabel`. EC: the digest is computed here and
    // CKM_ECDSA returns raw r‖s (the Web eID form). RSA: CKM_SHAxxx_RSA_PKCS (or CKM_RSA_PKCS over
    // a DigestInfo when the token lacks it); PSS: CKM_SHAxxx_RSA_PKCS_PSS with MGF1 of the same
    // hash and a salt of the digest's length (or CKM_RSA_PKCS_PSS over a host digest).
    // Errors: key-not-found, algorithm-unsupported, not-logged-in, card-removed, pkcs11-error.
    Expected<QByteArray> sign(const QString &keyLabel, SignatureAlgorithm algorithm,
                              const QByteArray &data);

    // Generates a key pair on the token (needs a read-write session, logged in): private key
    // sensitive, never extractable, for signing only. Returns the public key (KeyType and
    // EvpKey are pki.h's).
    Expected<EvpKey> generateKeyPair(KeyType type, const QString &label, const QByteArray &id);
    // The public key object labelled `label`.
    Expected<EvpKey> publicKey(const QString &label) const;
    // Stores an X.509 certificate (DER) on the token (read-write session).
    Outcome writeCertificate(const QString &label, const QByteArray &id, const QByteArray &der);

private:
    Session(std::shared_ptr<Module> module, SlotId slot, unsigned long handle);
    // Records that the card went away: the handle is dead (and may be reused by the module for
    // another session), so it must not be closed.
    Error fail(unsigned long rv, const char *function) const;
    Expected<QList<unsigned long>> findObjects(unsigned long objectClass,
                                               const QString &label) const;
    Expected<QByteArray> attribute(unsigned long object, unsigned long type) const;
    bool hasMechanism(unsigned long mechanism) const;
    Expected<QByteArray> signWith(unsigned long key, unsigned long mechanism, const void *parameter,
                                  unsigned long parameterLength, const QByteArray &input);
    Expected<EvpKey> publicKeyOf(unsigned long object) const;

    std::shared_ptr<Module> m_module;
    SlotId m_slot = 0;
    unsigned long m_handle = 0;
    mutable bool m_dead = false;
    std::chrono::milliseconds m_pinpadTimeout{30000};
    mutable std::optional<QList<unsigned long>> m_mechanisms;
};

} // namespace guichet::eid
