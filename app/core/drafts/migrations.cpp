#include "migrations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDateTime>

namespace guichet::drafts {

namespace {

Status execAll(Database &db, std::initializer_list<const char *> statements)
{
    for (const char *sql : statements) {
        auto done = db.exec(QString::fromUtf8(sql));
        if (!done)
            return done.error();
    }
    return success();
}

// 1: keys and drafts. No personal data in clear: the title (and the identity a draft is made
// for) live in `meta`, the document in `blob`, both AES-256-GCM envelopes bound to their row;
// `on_behalf_of_hash` is an HMAC keyed by the owner's data key.
Status createDraftTables(Database &db)
{
    return execAll(
        db, {
                R"(CREATE TABLE keys (
            key_id      TEXT PRIMARY KEY NOT NULL,
            owner       TEXT NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('keychain', 'passphrase')),
            kdf         TEXT,
            wrapped     BLOB NOT NULL,
            created_at  INTEGER NOT NULL))",
                "CREATE INDEX keys_owner ON keys (owner)",
                R"(CREATE TABLE drafts (
            id                 TEXT PRIMARY KEY NOT NULL,
            owner              TEXT NOT NULL,
            on_behalf_of_hash  TEXT,
            form_id            TEXT NOT NULL,
            form_version       INTEGER NOT NULL,
            meta               BLOB NOT NULL,
            created_at         INTEGER NOT NULL,
            updated_at         INTEGER NOT NULL,
            validity           TEXT NOT NULL DEFAULT 'unknown'
                               CHECK (validity IN ('valid', 'invalid', 'unknown')),
            error_count        INTEGER NOT NULL DEFAULT 0,
            sync_state         TEXT NOT NULL DEFAULT 'local',
            revision           INTEGER NOT NULL DEFAULT 1,
            blob               BLOB NOT NULL,
            key_id             TEXT NOT NULL REFERENCES keys (key_id),
            deleted_at         INTEGER))",
                "CREATE INDEX drafts_owner_updated ON drafts (owner, deleted_at, updated_at)",
            });
}

// 2: the outbox (core/sync). One row per queued submission, its Idempotency-Key written with
// it before any attempt. The request body (`payload`), the identity it was first sent as
// (`declarant`) and what the portal answered (`result`: declaration id, ticket, result,
// anomalies, problem) are AES-256-GCM envelopes under the owner's data key; the state and the
// retry bookkeeping stay in clear so the worker can pick due rows without decrypting. States:
// queued, sending, received, processing (pending); accepted, accepted-with-warnings, refused,
// waiting, failed (final). The partial index serves "the next due pending row".
Status createOutboxTables(Database &db)
{
    return execAll(db,
                   {
                       R"(CREATE TABLE outbox (
            id                TEXT PRIMARY KEY NOT NULL,
            owner             TEXT NOT NULL,
            idempotency_key   TEXT NOT NULL UNIQUE,
            draft_id          TEXT,
            form_id           TEXT NOT NULL,
            form_version      INTEGER NOT NULL,
            payload           BLOB NOT NULL,
            key_id            TEXT NOT NULL REFERENCES keys (key_id),
            declarant         BLOB,
            state             TEXT NOT NULL DEFAULT 'queued',
            attempts          INTEGER NOT NULL DEFAULT 0,
            polls             INTEGER NOT NULL DEFAULT 0,
            next_attempt_at   INTEGER NOT NULL,
            claimed_until     INTEGER,
            last_error        TEXT,
            result            BLOB,
            created_at        INTEGER NOT NULL,
            updated_at        INTEGER NOT NULL,
            completed_at      INTEGER))",
                       "CREATE INDEX outbox_owner_created ON outbox (owner, created_at)",
                       "CREATE INDEX outbox_due ON outbox (owner, next_attempt_at) WHERE state IN "
                       "('queued', 'sending', 'received', 'processing')",
                   });
}

// 3: batches of outbox items (core/sync, e.g. a Dimona for many workers at once). A batch is
// queued in one transaction with its items; `label` (what the user called it) is an AES-256-GCM
// envelope under the owner's data key, bound to the batch's id. `paused` holds the items of the
// batch that were never sent (state queued); items already sent go on until their result is
// known. `resumed_at` starts the window the progress rate is measured over. On the items:
// `batch_id`, their position in the batch (`batch_index`) and an optional sealed label
// (`item_label`, e.g. the worker's name, bound to the item's row).
Status createOutboxBatches(Database &db)
{
    return execAll(db,
                   {
                       R"(CREATE TABLE outbox_batches (
            id           TEXT PRIMARY KEY NOT NULL,
            owner        TEXT NOT NULL,
            label        BLOB NOT NULL,
            key_id       TEXT NOT NULL REFERENCES keys (key_id),
            item_count   INTEGER NOT NULL,
            paused       INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
            paused_at    INTEGER,
            resumed_at   INTEGER,
            created_at   INTEGER NOT NULL,
            updated_at   INTEGER NOT NULL))",
                       "CREATE INDEX outbox_batches_owner_created ON outbox_batches (owner, "
                       "created_at)",
                       "ALTER TABLE outbox ADD COLUMN batch_id TEXT REFERENCES outbox_batches (id)",
                       "ALTER TABLE outbox ADD COLUMN batch_index INTEGER",
                       "ALTER TABLE outbox ADD COLUMN item_label BLOB",
                       "CREATE INDEX outbox_batch ON outbox (batch_id, batch_index) WHERE "
                       "batch_id IS NOT NULL",
                   });
}

} // namespace

const std::vector<Migrations::Step> &Migrations::steps()
{
    static const std::vector<Step> all = {
        &createDraftTables,   // 1
        &createOutboxTables,  // 2
        &createOutboxBatches, // 3
    };
    return all;
}

Expected<int> Migrations::currentVersion(Database &db)
{
    auto exists = db.exec(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!exists)
        return exists.error();
    if (!exists->next() || exists->value(0).toInt() == 0)
        return 0;
    auto version = db.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    if (!version)
        return version.error();
    return version->next() ? version->value(0).toInt() : 0;
}

Status Migrations::run(Database &db)
{
    // Most opens find the file current: check without taking the write lock.
    auto seen = currentVersion(db);
    if (!seen)
        return seen.error();
    if (*seen == latestVersion())
        return success();

    Database::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto created = db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                              "version INTEGER PRIMARY KEY NOT NULL, "
                                              "applied_at INTEGER NOT NULL)"));
        !created)
        return created.error();
    auto current = currentVersion(db); // again, under the lock: another process may have won
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error{QString::fromLatin1(errors::storageNewer),
                     QCoreApplication::translate("guichet::drafts",
                                                 "The drafts file was written by a newer version "
                                                 "of Guichet (schema %1; this one knows %2).")
                         .arg(*current)
                         .arg(latestVersion()),
                     {QString::number(*current), QString::number(latestVersion())}};
    for (int version = *current + 1; version <= latestVersion(); ++version) {
        if (auto applied = steps()[std::size_t(version - 1)](db); !applied)
            return applied;
        auto recorded = db.exec(
            QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
            {version, QDateTime::currentMSecsSinceEpoch()});
        if (!recorded)
            return recorded.error();
        qCInfo(lcDrafts) << "drafts schema migrated to version" << version;
    }
    return transaction.commit();
}

} // namespace guichet::drafts
