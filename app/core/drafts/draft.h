#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <optional>
#include <variant>

// What the draft store hands out: a draft's metadata (DraftInfo, cheap: listing never decrypts
// documents) and the decrypted draft (Draft).
namespace guichet::drafts {

// Success without a value, for commands that either work or say why not.
using Status = Expected<std::monostate>;
inline Status success()
{
    return std::monostate{};
}

// Error codes of the drafts module (Error::code).
namespace errors {
inline constexpr char damaged[] = "draft-damaged";    // fails authentication: altered or moved
inline constexpr char notFound[] = "draft-not-found"; // no such draft (for this owner)
inline constexpr char storageDamaged[] = "storage-damaged"; // SQLite says the file is corrupt
inline constexpr char storageFailed[] = "storage-failed";   // I/O or SQL failure
inline constexpr char storageNewer[] = "storage-newer";     // written by a newer Guichet
inline constexpr char keyMissing[] = "key-missing";         // the draft's key is not available
inline constexpr char keychainUnavailable[] = "keychain-unavailable";
inline constexpr char keychainFailed[] = "keychain-failed";
inline constexpr char passphraseNeeded[] = "passphrase-needed";
inline constexpr char passphraseWrong[] = "passphrase-wrong";
inline constexpr char exportInvalid[] = "export-invalid"; // not a draft file, or malformed
inline constexpr char exportRefused[] = "export-refused"; // wrong passphrase or altered file
inline constexpr char fileUnreadable[] = "io.unreadable";
inline constexpr char fileUnwritable[] = "io.unwritable";
} // namespace errors

struct DraftValidity
{
    enum State
    {
        Unknown,
        Valid,
        Invalid,
    };
    State state = Unknown;
    int errorCount = 0;

    static QString stateName(State state);
    static State stateFromName(const QString &name);
    bool operator==(const DraftValidity &) const = default;
};

// Where the draft stands with the portal. The outbox moves it on; the store only records it.
enum class SyncState
{
    Local,    // only here
    Queued,   // in the outbox, waiting to be sent
    Sent,     // the portal has it, result pending
    Accepted, // the portal accepted it
    Rejected, // the portal refused it
};
QString syncStateName(SyncState state);
std::optional<SyncState> syncStateFromName(const QString &name);

struct DraftInfo
{
    QString id;
    QString formId;
    int formVersion = 0;
    QString title;           // decrypted; empty and damaged set if it cannot be
    bool onBehalfOf = false; // made for someone else (the identity itself is in Draft)
    QDateTime created;       // UTC
    QDateTime updated;       // UTC
    DraftValidity validity;
    SyncState syncState = SyncState::Local;
    qint64 revision = 0;  // +1 on every save
    QDateTime deleted;    // set while in the bin (remove()d, not yet purged)
    bool damaged = false; // the title did not decrypt: the row was altered
};

struct Draft
{
    DraftInfo info;
    QString onBehalfOf;  // the person the draft was made for, if any
    QByteArray document; // the JSON document, as saved
    // Values a move to a newer form version took out of the document (FormMigration's
    // setAsideToJson()["values"] entries, each with the version it came from), kept, not deleted.
    QJsonArray setAside;
};

} // namespace guichet::drafts
