#pragma once

#include "core/drafts/database.h"
#include "core/drafts/draft.h"
#include "core/drafts/keyprovider.h"
#include "core/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

// The encrypted draft store: one owner's drafts in DIR/drafts.sqlite. Every document and title is
// sealed with AES-256-GCM under the owner's data key (KeyProvider), bound to its row (draft id,
// form id and version, owner): a flipped byte, or a blob copied to another row, gives
// "draft-damaged" instead of wrong data. A save that returned success survives a kill
// (WAL, synchronous=FULL).
//
//   KeyProvider keys;                                   // keychain, or a passphrase
//   auto store = DraftStore::open(dir, owner, keys);    // Expected<unique_ptr<DraftStore>>
//   auto id = (*store)->create("dimona", 1, title, json);
//   (*store)->save(*id, json, {DraftValidity::Valid, 0});
//
// Thread rules: a DraftStore (its SQLite connection) is used only on the thread that opened
// it. To save off the UI thread, open a second store on the worker thread with
// DraftStore::open(dir, owner, firstStore.dataKey()): it does not ask the keychain again. Several
// stores (threads or processes) may use one file at once; SQLite serialises their writes.
namespace guichet::drafts {

class DraftStore
{
public:
    ~DraftStore();
    DraftStore(const DraftStore &) = delete;
    DraftStore &operator=(const DraftStore &) = delete;

    // Opens (creating if needed) DIR/drafts.sqlite for owner, an opaque id (a hash of the
    // identity, or LocalProfile::owner(); never a national number). Gets the owner's key from
    // keys, creating one on first use. Errors: storage-*, and KeyProvider's.
    static Expected<std::unique_ptr<DraftStore>> open(const QString &dataDir, const QString &owner,
                                                      KeyProvider &keys);
    // Same, with a key already unlocked (by another DraftStore: see dataKey()). The key must be
    // the owner's key recorded in the file (key-missing otherwise).
    static Expected<std::unique_ptr<DraftStore>> open(const QString &dataDir, const QString &owner,
                                                      const DataKey &key);

    // A store for owner (LocalProfile::ephemeralOwner()) under a new key that exists in this
    // process's memory only: the helpdesk's space for one citizen. Open more connections with
    // open(dir, owner, dataKey()); wipeOwner() ends it.
    static Expected<std::unique_ptr<DraftStore>> openEphemeral(const QString &dataDir,
                                                               const QString &owner);

    static QString fileName() { return QStringLiteral("drafts.sqlite"); }
    QString dataDirectory() const { return m_dataDir; }
    QString filePath() const;
    QString owner() const { return m_owner; }
    // For opening another store of the same owner on another thread. Handle as a secret.
    const DataKey &dataKey() const { return m_key; }

    // A new draft (sync state local, revision 1). onBehalfOf: the person it is made for, or
    // empty. Returns its id (a random UUID).
    Expected<QString> create(const QString &formId, int formVersion, const QString &title,
                             const QByteArray &document, const QString &onBehalfOf = {},
                             DraftValidity validity = {});
    // Replaces the document and its validity in one transaction; revision + 1.
    // Errors: draft-not-found (also for a draft in the bin), storage-*.
    Status save(const QString &id, const QByteArray &document, DraftValidity validity);
    Status setTitle(const QString &id, const QString &title);
    // Moves the draft to another version of its form (FormMigration): the document and the
    // version change together, and setAside is added to the values the draft keeps aside.
    Status migrate(const QString &id, int formVersion, const QByteArray &document,
                   DraftValidity validity, const QJsonArray &setAside);
    Status setSyncState(const QString &id, SyncState state);

    // The decrypted draft, also from the bin (info.deleted set). Errors: draft-not-found,
    // draft-damaged (altered, or moved from another row), key-missing, storage-*.
    Expected<Draft> load(const QString &id) const;

    struct ListOptions
    {
        bool deleted = false; // the bin instead of the live drafts
        QString onBehalfOf;   // only drafts made for this person (empty: all)
    };
    // The owner's drafts, most recently updated first. Titles are decrypted, documents are not:
    // a row whose title does not decrypt is listed with damaged set.
    Expected<std::vector<DraftInfo>> list(const ListOptions &options) const;
    Expected<std::vector<DraftInfo>> list() const { return list(ListOptions{}); }

    // A copy with a new id, sync state local; title empty keeps the original's.
    Expected<QString> duplicate(const QString &id, const QString &title = {});
    // Moves to the bin (soft delete: restore() undoes it until purgeDeleted()).
    Status remove(const QString &id);
    Status restore(const QString &id);
    // Deletes for good what went to the bin before the given time; returns how many.
    Expected<int> purgeDeleted(const QDateTime &deletedBefore);

    // Deletes everything of this owner for good: drafts (the bin too), outbox items and
    // batches, key records. SQLite's secure_delete overwrites the freed pages and the WAL is
    // checkpointed and truncated, so no copy stays in the file. Returns how many drafts went.
    // The store holds no key afterwards and refuses to work.
    Expected<int> wipeOwner();

    // Writes the draft to file, protected by passphrase (DraftFile's format); atomic replace.
    Status exportDraft(const QString &id, const QString &file, const QString &passphrase) const;
    // Reads a file written by exportDraft into a new draft of this owner; returns its id.
    // Errors: export-invalid, export-refused, io.unreadable, storage-*.
    Expected<QString> importDraft(const QString &file, const QString &passphrase);

private:
    DraftStore() = default;
    static Expected<std::unique_ptr<DraftStore>> openDatabase(const QString &dataDir,
                                                              const QString &owner);
    Expected<std::vector<KeyRecord>> keyRecords();
    Status insertKey(const KeyRecord &record);
    QByteArray seal(const QString &purpose, const QString &id, const QString &formId,
                    int formVersion, const QByteArray &plain) const;
    std::optional<QByteArray> unseal(const QString &purpose, const QString &id,
                                     const QString &formId, int formVersion,
                                     const QByteArray &envelope) const;
    QString onBehalfOfHash(const QString &onBehalfOf) const;
    Status setColumn(const QString &id, const char *assignment, const QVariantList &values);

    QString m_dataDir;
    QString m_owner;
    DataKey m_key;
    std::unique_ptr<Database> m_db;
};

} // namespace guichet::drafts
