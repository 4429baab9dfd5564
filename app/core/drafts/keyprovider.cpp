#include "keyprovider.h"

#include "core/drafts/aesgcm.h"
#include "core/drafts/keychain.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace guichet::drafts {

namespace {

QByteArray checkAad(const QString &keyId, const QString &owner)
{
    return AesGcm::associatedData({QStringLiteral("guichet-key-check/1"), keyId, owner});
}

QByteArray wrapAad(const QString &keyId, const QString &owner)
{
    return AesGcm::associatedData({QStringLiteral("guichet-key-wrap/1"), keyId, owner});
}

const QByteArray checkPlaintext = QByteArrayLiteral("guichet data key");

// The keychain holds {"v": 1, "keyId": ..., "key": base64}: the id travels with the key so that
// an entry written for another data folder is recognised and adopted.
QByteArray keychainValue(const DataKey &key)
{
    QByteArray raw = key.key.toByteArray();
    QJsonObject object{{QStringLiteral("v"), 1},
                       {QStringLiteral("keyId"), key.keyId},
                       {QStringLiteral("key"), QString::fromLatin1(raw.toBase64())}};
    wipe(raw);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<DataKey> parseKeychainValue(QByteArray value)
{
    const QJsonObject object = QJsonDocument::fromJson(value).object();
    wipe(value);
    QByteArray raw =
        QByteArray::fromBase64(object.value(QStringLiteral("key")).toString().toLatin1());
    DataKey key{object.value(QStringLiteral("keyId")).toString(), SecretKey::fromBytes(raw)};
    wipe(raw);
    if (object.value(QStringLiteral("v")).toInt() != 1 || key.keyId.isEmpty() || key.key.isNull())
        return std::nullopt;
    return key;
}

Error unavailableForCreate(const QString &reason)
{
    return Error{QStringLiteral("keychain-unavailable"),
                 QCoreApplication::translate(
                     "guichet::drafts",
                     "No keychain answered (%1). Protect the drafts with a passphrase instead: "
                     "--passphrase-stdin")
                     .arg(reason),
                 {reason}};
}

} // namespace

QString KeyRecord::kindName(Kind kind)
{
    return kind == Kind::Keychain ? QStringLiteral("keychain") : QStringLiteral("passphrase");
}

std::optional<KeyRecord::Kind> KeyRecord::kindFromName(const QString &name)
{
    if (name == QLatin1String("keychain"))
        return Kind::Keychain;
    if (name == QLatin1String("passphrase"))
        return Kind::Passphrase;
    return std::nullopt;
}

KeyProvider::KeyProvider() : KeyProvider(Options{}) {}

KeyProvider::KeyProvider(Options options) : m_options(std::move(options)) {}

void KeyProvider::setPassphrase(const QString &passphrase)
{
    m_passphraseSource = [passphrase](PassphrasePurpose) { return passphrase; };
}

KeyProvider::NewKey KeyProvider::memoryKey(const QString &owner)
{
    DataKey key{QUuid::createUuid().toString(QUuid::WithoutBraces), SecretKey::random()};
    KeyRecord record{key.keyId,
                     owner,
                     KeyRecord::Kind::Keychain,
                     {},
                     AesGcm::seal(key.key, checkPlaintext, checkAad(key.keyId, owner))};
    return NewKey{std::move(key), std::move(record)};
}

QString KeyProvider::keychainEntry(const QString &owner)
{
    return QStringLiteral("data-key/") + owner;
}

std::optional<QString> KeyProvider::passphrase(PassphrasePurpose purpose)
{
    if (!m_passphraseSource)
        return std::nullopt;
    std::optional<QString> value = m_passphraseSource(purpose);
    if (value && value->isEmpty())
        return std::nullopt;
    return value;
}

Expected<KeyProvider::NewKey> KeyProvider::createKey(const QString &owner)
{
    QString reason = QStringLiteral("switched off by GUICHET_KEYCHAIN=off");
    if (m_options.useKeychain && !Keychain::disabledByEnvironment()) {
        const QString entry = keychainEntry(owner);
        Keychain::Result existing = Keychain::read(entry, m_options.keychainTimeout);
        std::optional<DataKey> key;
        if (existing.status == Keychain::Result::Ok)
            key = parseKeychainValue(std::move(existing.data));
        if (existing.status != Keychain::Result::Unavailable && !key) {
            key = DataKey{QUuid::createUuid().toString(QUuid::WithoutBraces), SecretKey::random()};
            QByteArray value = keychainValue(*key);
            const Keychain::Result written =
                Keychain::write(entry, value, m_options.keychainTimeout);
            wipe(value);
            if (written.status != Keychain::Result::Ok)
                return Error{
                    QStringLiteral("keychain-failed"),
                    QCoreApplication::translate(
                        "guichet::drafts", "The keychain refused to store the drafts' key (%1).")
                        .arg(written.reason),
                    {written.reason}};
        } else if (existing.status == Keychain::Result::Ok) {
            qCInfo(lcDrafts) << "adopting the data key already in the keychain";
        }
        if (key) {
            KeyRecord record{key->keyId, owner, KeyRecord::Kind::Keychain, {}, {}};
            record.wrapped = AesGcm::seal(key->key, checkPlaintext, checkAad(key->keyId, owner));
            return NewKey{std::move(*key), std::move(record)};
        }
        reason = existing.reason;
    }

    std::optional<QString> secret = passphrase(PassphrasePurpose::Create);
    if (!secret)
        return unavailableForCreate(reason);
    ScryptKdf::Params params = m_options.kdf;
    if (params.salt.isEmpty())
        params = ScryptKdf::freshParams();
    auto kek = ScryptKdf::derive(*secret, params);
    wipe(*secret);
    if (!kek)
        return kek.error();
    DataKey key{QUuid::createUuid().toString(QUuid::WithoutBraces), SecretKey::random()};
    QByteArray raw = key.key.toByteArray();
    KeyRecord record{key.keyId, owner, KeyRecord::Kind::Passphrase,
                     QJsonDocument(params.toJson()).toJson(QJsonDocument::Compact),
                     AesGcm::seal(*kek, raw, wrapAad(key.keyId, owner))};
    wipe(raw);
    return NewKey{std::move(key), std::move(record)};
}

Expected<DataKey> KeyProvider::unlockKeychain(const KeyRecord &record)
{
    Keychain::Result read = Keychain::read(keychainEntry(record.owner), m_options.keychainTimeout);
    if (read.status == Keychain::Result::Unavailable)
        return Error{QStringLiteral("keychain-unavailable"),
                     QCoreApplication::translate(
                         "guichet::drafts",
                         "No keychain answered (%1). These drafts are protected by the keychain: "
                         "open them in a session where it is unlocked.")
                         .arg(read.reason),
                     {read.reason}};
    const Error missing{QStringLiteral("key-missing"),
                        QCoreApplication::translate(
                            "guichet::drafts",
                            "The keychain no longer holds the key of these drafts: they cannot "
                            "be decrypted."),
                        {}};
    if (read.status == Keychain::Result::NotFound)
        return missing;
    std::optional<DataKey> key = parseKeychainValue(std::move(read.data));
    if (!key || key->keyId != record.keyId ||
        !AesGcm::open(key->key, record.wrapped, checkAad(record.keyId, record.owner)))
        return missing;
    return std::move(*key);
}

Expected<DataKey> KeyProvider::unlockPassphrase(const KeyRecord &record)
{
    auto params = ScryptKdf::Params::fromJson(QJsonDocument::fromJson(record.kdf).object());
    if (!params)
        return params.error();
    std::optional<QString> secret = passphrase(PassphrasePurpose::Unlock);
    if (!secret)
        return Error{
            QStringLiteral("passphrase-needed"),
            QCoreApplication::translate("guichet::drafts",
                                        "These drafts are protected by a passphrase: give it with "
                                        "--passphrase-stdin."),
            {}};
    auto kek = ScryptKdf::derive(*secret, *params);
    wipe(*secret);
    if (!kek)
        return kek.error();
    std::optional<QByteArray> raw =
        AesGcm::open(*kek, record.wrapped, wrapAad(record.keyId, record.owner));
    if (!raw)
        return Error{QStringLiteral("passphrase-wrong"),
                     QCoreApplication::translate(
                         "guichet::drafts",
                         "The passphrase is wrong: the drafts' key cannot be unlocked with it."),
                     {}};
    DataKey key{record.keyId, SecretKey::fromBytes(*raw)};
    wipe(*raw);
    return key;
}

Expected<DataKey> KeyProvider::unlock(const std::vector<KeyRecord> &records)
{
    std::optional<Error> firstError;
    const bool keychain = m_options.useKeychain && !Keychain::disabledByEnvironment();
    for (const KeyRecord &record : records) {
        if (record.kind != KeyRecord::Kind::Keychain)
            continue;
        if (!keychain) {
            const QString reason = QStringLiteral("switched off by GUICHET_KEYCHAIN=off");
            if (!firstError)
                firstError = Error{QStringLiteral("keychain-unavailable"),
                                   QCoreApplication::translate(
                                       "guichet::drafts",
                                       "No keychain answered (%1). These drafts are protected by "
                                       "the keychain: open them in a session where it is "
                                       "unlocked.")
                                       .arg(reason),
                                   {reason}};
            continue;
        }
        auto key = unlockKeychain(record);
        if (key)
            return key;
        if (!firstError)
            firstError = key.error();
    }
    for (const KeyRecord &record : records) {
        if (record.kind == KeyRecord::Kind::Passphrase)
            return unlockPassphrase(record);
    }
    if (firstError)
        return *firstError;
    return Error{
        QStringLiteral("key-missing"),
        QCoreApplication::translate("guichet::drafts",
                                    "These drafts have no key record: they cannot be decrypted."),
        {}};
}

} // namespace guichet::drafts
