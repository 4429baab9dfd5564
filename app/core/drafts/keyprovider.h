#pragma once

#include "core/drafts/scryptkdf.h"
#include "core/drafts/secretkey.h"
#include "core/expected.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

// Where an owner's data key comes from: the OS keychain (entry "data-key/<owner>" of the service
// "be.guichet.Guichet"), or, when no keychain answers, a passphrase (scrypt → AES-256-GCM key
// wrap). The key itself is never written in clear: the draft store's `keys` table keeps, per
// key, how it is protected (a check value for a keychain key, the wrapped key and the scrypt
// parameters for a passphrase key).
//
// Thread rules: a KeyProvider is used by one thread at a time (the one opening a DraftStore);
// the keychain calls need an event dispatcher on that thread (any QThread, or the main thread).
namespace guichet::drafts {

// An owner's 256-bit data key and the id the drafts it encrypts refer to.
struct DataKey
{
    QString keyId;
    SecretKey key;
};

// One row of the store's `keys` table.
struct KeyRecord
{
    enum class Kind
    {
        Keychain,
        Passphrase,
    };
    QString keyId;
    QString owner;
    Kind kind = Kind::Keychain;
    QByteArray kdf;     // Passphrase: ScryptKdf::Params as compact JSON; Keychain: empty
    QByteArray wrapped; // Passphrase: the key sealed with the passphrase key; Keychain: a check
                        // value sealed with the key itself (tells a wrong keychain entry apart)

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
};

class KeyProvider
{
public:
    // Why a passphrase is asked for.
    enum class PassphrasePurpose
    {
        Create, // no keychain answered and the owner has no key yet: protect a new key
        Unlock, // the owner's key is protected by a passphrase
    };
    // Returns the passphrase, or nullopt to decline (the caller then gets a clear error).
    using PassphraseSource = std::function<std::optional<QString>(PassphrasePurpose)>;

    struct Options
    {
        // Ask the OS keychain at all (GUICHET_KEYCHAIN=off in the environment also says no).
        bool useKeychain = true;
        std::chrono::milliseconds keychainTimeout{5000};
        // Cost for passphrase keys created from now on (unwrapping uses the stored ones).
        ScryptKdf::Params kdf = ScryptKdf::freshParams();
    };

    KeyProvider();
    explicit KeyProvider(Options options);

    void setPassphraseSource(PassphraseSource source) { m_passphraseSource = std::move(source); }
    // A fixed passphrase for both purposes (CLI --passphrase-stdin, tests).
    void setPassphrase(const QString &passphrase);

    struct NewKey
    {
        DataKey key;
        KeyRecord record;
    };
    // A key for an owner that has none in the store. Keychain first: an entry already there
    // (another data folder of the same owner) is adopted rather than overwritten. Without a
    // keychain, a passphrase (PassphrasePurpose::Create). Errors: "keychain-unavailable" (no
    // keychain and no passphrase; the message says how to use one), "keychain-failed" (the
    // keychain answered but refused to store the key).
    Expected<NewKey> createKey(const QString &owner);

    // The key of one of the owner's records, trying keychain records first, then passphrase
    // ones. Errors: "keychain-unavailable" (the key is in a keychain that does not answer),
    // "key-missing" (the keychain answered but no longer holds the key), "passphrase-needed",
    // "passphrase-wrong", "kdf-params".
    Expected<DataKey> unlock(const std::vector<KeyRecord> &records);

    // A key that lives in memory only (nothing in the keychain), with a keychain-kind record
    // whose check value lets DraftStore::open(dir, owner, key) accept it. Once the key is
    // forgotten, what it sealed cannot be opened by anyone.
    static NewKey memoryKey(const QString &owner);

    // The keychain entry name for an owner.
    static QString keychainEntry(const QString &owner);

private:
    std::optional<QString> passphrase(PassphrasePurpose purpose);
    Expected<DataKey> unlockKeychain(const KeyRecord &record);
    Expected<DataKey> unlockPassphrase(const KeyRecord &record);

    Options m_options;
    PassphraseSource m_passphraseSource;
};

} // namespace guichet::drafts
