#include "draftstore.h"

#include "core/drafts/aesgcm.h"
#include "core/drafts/draftfile.h"
#include "core/drafts/migrations.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace guichet::drafts {

namespace {

Error notFound(const QString &id)
{
    return Error{QString::fromLatin1(errors::notFound),
                 QCoreApplication::translate("guichet::drafts", "There is no draft %1.").arg(id),
                 {id}};
}

Error damaged(const QString &id)
{
    return Error{
        QString::fromLatin1(errors::damaged),
        QCoreApplication::translate(
            "guichet::drafts", "The draft %1 is damaged or was altered: it cannot be decrypted.")
            .arg(id),
        {id}};
}

Error otherKey(const QString &id)
{
    return Error{
        QString::fromLatin1(errors::keyMissing),
        QCoreApplication::translate("guichet::drafts",
                                    "The draft %1 was encrypted with a key that is not available.")
            .arg(id),
        {id}};
}

QDateTime fromMsecs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QByteArray metaJson(const QString &title, const QString &onBehalfOf,
                    const QJsonArray &setAside = {})
{
    QJsonObject meta{{QStringLiteral("title"), title}};
    if (!onBehalfOf.isEmpty())
        meta.insert(QStringLiteral("onBehalfOf"), onBehalfOf);
    if (!setAside.isEmpty())
        meta.insert(QStringLiteral("setAside"), setAside);
    return QJsonDocument(meta).toJson(QJsonDocument::Compact);
}

// The columns every query of a draft reads, in this order (see readInfo()).
const QString draftColumns = QStringLiteral(
    "id, form_id, form_version, meta, created_at, updated_at, validity, error_count, "
    "sync_state, revision, key_id, deleted_at, on_behalf_of_hash, blob");
enum Column
{
    ColId,
    ColFormId,
    ColFormVersion,
    ColMeta,
    ColCreated,
    ColUpdated,
    ColValidity,
    ColErrorCount,
    ColSyncState,
    ColRevision,
    ColKeyId,
    ColDeleted,
    ColOnBehalfOfHash,
    ColBlob,
};

DraftInfo readInfo(const QSqlQuery &q)
{
    DraftInfo info;
    info.id = q.value(ColId).toString();
    info.formId = q.value(ColFormId).toString();
    info.formVersion = q.value(ColFormVersion).toInt();
    info.created = fromMsecs(q.value(ColCreated));
    info.updated = fromMsecs(q.value(ColUpdated));
    info.validity.state = DraftValidity::stateFromName(q.value(ColValidity).toString());
    info.validity.errorCount = q.value(ColErrorCount).toInt();
    info.syncState = syncStateFromName(q.value(ColSyncState).toString()).value_or(SyncState::Local);
    info.revision = q.value(ColRevision).toLongLong();
    info.deleted = fromMsecs(q.value(ColDeleted));
    info.onBehalfOf = !q.value(ColOnBehalfOfHash).isNull();
    return info;
}

struct Meta
{
    QString title;
    QString onBehalfOf;
    QJsonArray setAside;
};

std::optional<Meta> parseMeta(QByteArray json)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    wipe(json);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return Meta{object.value(QStringLiteral("title")).toString(),
                object.value(QStringLiteral("onBehalfOf")).toString(),
                object.value(QStringLiteral("setAside")).toArray()};
}

} // namespace

DraftStore::~DraftStore() = default;

QString DraftStore::filePath() const
{
    return QDir(m_dataDir).filePath(fileName());
}

Expected<std::unique_ptr<DraftStore>> DraftStore::openDatabase(const QString &dataDir,
                                                               const QString &owner)
{
    if (owner.isEmpty())
        return Error{QString::fromLatin1(errors::storageFailed),
                     QCoreApplication::translate("guichet::drafts",
                                                 "The drafts cannot be opened without an owner."),
                     {}};
    if (!QFileInfo(dataDir).isDir()) {
        if (!QDir().mkpath(dataDir))
            return Error{QString::fromLatin1(errors::fileUnwritable),
                         QCoreApplication::translate("guichet::drafts",
                                                     "The data folder \"%1\" cannot be created.")
                             .arg(dataDir),
                         {dataDir}};
        QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    std::unique_ptr<DraftStore> store(new DraftStore);
    store->m_dataDir = QDir(dataDir).absolutePath();
    store->m_owner = owner;
    auto db = Database::open(store->filePath());
    if (!db)
        return db.error();
    store->m_db = std::move(*db);
    if (auto migrated = Migrations::run(*store->m_db); !migrated)
        return migrated.error();
    return store;
}

Expected<std::vector<KeyRecord>> DraftStore::keyRecords()
{
    auto q =
        m_db->exec(QStringLiteral("SELECT key_id, kind, kdf, wrapped FROM keys WHERE owner = ? "
                                  "ORDER BY created_at DESC, key_id"),
                   {m_owner});
    if (!q)
        return q.error();
    std::vector<KeyRecord> records;
    while (q->next()) {
        const auto kind = KeyRecord::kindFromName(q->value(1).toString());
        if (!kind)
            continue; // written by a newer version; not ours to interpret
        records.push_back(KeyRecord{q->value(0).toString(), m_owner, *kind,
                                    q->value(2).toByteArray(), q->value(3).toByteArray()});
    }
    return records;
}

Status DraftStore::insertKey(const KeyRecord &record)
{
    auto done = m_db->exec(
        QStringLiteral("INSERT INTO keys (key_id, owner, kind, kdf, wrapped, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {record.keyId, record.owner, KeyRecord::kindName(record.kind),
         record.kdf.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(record.kdf)),
         record.wrapped, QDateTime::currentMSecsSinceEpoch()});
    if (!done)
        return done.error();
    return success();
}

Expected<std::unique_ptr<DraftStore>> DraftStore::open(const QString &dataDir, const QString &owner,
                                                       KeyProvider &keys)
{
    auto store = openDatabase(dataDir, owner);
    if (!store)
        return store;
    DraftStore &s = **store;
    auto records = s.keyRecords();
    if (!records)
        return records.error();
    if (records->empty()) {
        // First use: create the key under the write lock, so that two processes starting at
        // once do not each make a key of their own.
        Database::Transaction transaction(*s.m_db);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        records = s.keyRecords();
        if (!records)
            return records.error();
        if (records->empty()) {
            auto created = keys.createKey(owner);
            if (!created)
                return created.error();
            if (auto inserted = s.insertKey(created->record); !inserted)
                return inserted.error();
            if (auto committed = transaction.commit(); !committed)
                return committed.error();
            s.m_key = std::move(created->key);
            qCInfo(lcDrafts) << "new data key" << s.m_key.keyId << "protected by"
                             << KeyRecord::kindName(created->record.kind);
            return store;
        }
    }
    auto key = keys.unlock(*records);
    if (!key)
        return key.error();
    s.m_key = std::move(*key);
    return store;
}

Expected<std::unique_ptr<DraftStore>> DraftStore::open(const QString &dataDir, const QString &owner,
                                                       const DataKey &key)
{
    auto store = openDatabase(dataDir, owner);
    if (!store)
        return store;
    DraftStore &s = **store;
    auto records = s.keyRecords();
    if (!records)
        return records.error();
    const Error missing{QString::fromLatin1(errors::keyMissing),
                        QCoreApplication::translate(
                            "guichet::drafts", "This key is not one of the owner's draft keys."),
                        {}};
    const auto record = std::find_if(records->begin(), records->end(),
                                     [&](const KeyRecord &r) { return r.keyId == key.keyId; });
    if (record == records->end())
        return missing;
    // A keychain key carries a check value; a passphrase key can only be checked with the
    // passphrase, which the caller had to give to get this key in the first place.
    if (record->kind == KeyRecord::Kind::Keychain &&
        !AesGcm::open(
            key.key, record->wrapped,
            AesGcm::associatedData({QStringLiteral("guichet-key-check/1"), key.keyId, owner})))
        return missing;
    s.m_key = key;
    return store;
}

Expected<std::unique_ptr<DraftStore>> DraftStore::openEphemeral(const QString &dataDir,
                                                                const QString &owner)
{
    auto store = openDatabase(dataDir, owner);
    if (!store)
        return store;
    KeyProvider::NewKey created = KeyProvider::memoryKey(owner);
    if (auto inserted = (*store)->insertKey(created.record); !inserted)
        return inserted.error();
    (*store)->m_key = std::move(created.key);
    return store;
}

Expected<int> DraftStore::wipeOwner()
{
    int drafts = 0;
    {
        Database::Transaction transaction(*m_db);
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
        auto tables = m_db->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                "'table'"));
        if (!tables)
            return tables.error();
        QStringList present;
        while (tables->next())
            present.append(tables->value(0).toString());
        // Children before parents (foreign keys): items, then batches, drafts, keys.
        for (const QString &table : {QStringLiteral("outbox"), QStringLiteral("outbox_batches"),
                                     QStringLiteral("drafts"), QStringLiteral("keys")}) {
            if (!present.contains(table))
                continue;
            auto deleted =
                m_db->exec(QStringLiteral("DELETE FROM %1 WHERE owner = ?").arg(table), {m_owner});
            if (!deleted)
                return deleted.error();
            if (table == QLatin1String("drafts"))
                drafts = deleted->numRowsAffected();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    // The WAL still holds the pages as they were before the delete: copy the new ones into
    // the main file and empty it (other connections reading at this moment may keep it; the
    // next checkpoint then finishes the job).
    if (auto checkpoint = m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        !checkpoint)
        return checkpoint.error();
    m_key = DataKey{};
    qCInfo(lcDrafts) << "wiped an owner's drafts:" << drafts;
    return drafts;
}

QByteArray DraftStore::seal(const QString &purpose, const QString &id, const QString &formId,
                            int formVersion, const QByteArray &plain) const
{
    return AesGcm::seal(m_key.key, plain,
                        AesGcm::associatedData({QStringLiteral("guichet-draft/1"), purpose, id,
                                                formId, QString::number(formVersion), m_owner}));
}

std::optional<QByteArray> DraftStore::unseal(const QString &purpose, const QString &id,
                                             const QString &formId, int formVersion,
                                             const QByteArray &envelope) const
{
    return AesGcm::open(m_key.key, envelope,
                        AesGcm::associatedData({QStringLiteral("guichet-draft/1"), purpose, id,
                                                formId, QString::number(formVersion), m_owner}));
}

QString DraftStore::onBehalfOfHash(const QString &onBehalfOf) const
{
    if (onBehalfOf.isEmpty())
        return {};
    // A plain hash of an 11-digit national number is reversed by trying them all: key it.
    static const QByteArray label = QByteArrayLiteral("guichet on-behalf-of/1");
    unsigned char subkey[EVP_MAX_MD_SIZE];
    unsigned int subkeyLength = 0;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int macLength = 0;
    const QByteArray value = onBehalfOf.toUtf8();
    HMAC(EVP_sha256(), m_key.key.data(), int(SecretKey::size),
         reinterpret_cast<const unsigned char *>(label.constData()), std::size_t(label.size()),
         subkey, &subkeyLength);
    HMAC(EVP_sha256(), subkey, int(subkeyLength),
         reinterpret_cast<const unsigned char *>(value.constData()), std::size_t(value.size()), mac,
         &macLength);
    OPENSSL_cleanse(subkey, sizeof subkey);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(mac), int(macLength)).toHex());
}

Expected<QString> DraftStore::create(const QString &formId, int formVersion, const QString &title,
                                     const QByteArray &document, const QString &onBehalfOf,
                                     DraftValidity validity)
{
    if (m_key.key.isNull())
        return Error{QString::fromLatin1(errors::keyMissing),
                     QCoreApplication::translate("guichet::drafts",
                                                 "These drafts were wiped; nothing more can be "
                                                 "saved in them."),
                     {}};
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray meta = metaJson(title, onBehalfOf);
    const QByteArray sealedMeta = seal(QStringLiteral("meta"), id, formId, formVersion, meta);
    wipe(meta);
    const QByteArray blob = seal(QStringLiteral("document"), id, formId, formVersion, document);
    const QString hash = onBehalfOfHash(onBehalfOf);
    auto done = m_db->exec(
        QStringLiteral("INSERT INTO drafts (id, owner, on_behalf_of_hash, form_id, form_version, "
                       "meta, created_at, updated_at, validity, error_count, sync_state, "
                       "revision, blob, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
        {id, m_owner, hash.isEmpty() ? QVariant() : QVariant(hash), formId, formVersion, sealedMeta,
         now, now, DraftValidity::stateName(validity.state), validity.errorCount,
         syncStateName(SyncState::Local), blob, m_key.keyId});
    if (!done)
        return done.error();
    return id;
}

Status DraftStore::save(const QString &id, const QByteArray &document, DraftValidity validity)
{
    if (m_key.key.isNull())
        return Error{QString::fromLatin1(errors::keyMissing),
                     QCoreApplication::translate("guichet::drafts",
                                                 "These drafts were wiped; nothing more can be "
                                                 "saved in them."),
                     {}};
    // The form fixes the associated data: read it, seal outside the lock, then write only if
    // the row still has that form (one UPDATE, one transaction).
    auto row = m_db->exec(QStringLiteral("SELECT form_id, form_version FROM drafts "
                                         "WHERE id = ? AND owner = ? AND deleted_at IS NULL"),
                          {id, m_owner});
    if (!row)
        return row.error();
    if (!row->next())
        return notFound(id);
    const QString formId = row->value(0).toString();
    const int formVersion = row->value(1).toInt();
    row->finish();
    const QByteArray blob = seal(QStringLiteral("document"), id, formId, formVersion, document);

    Database::Transaction transaction(*m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto done = m_db->exec(
        QStringLiteral("UPDATE drafts SET blob = ?, key_id = ?, updated_at = ?, validity = ?, "
                       "error_count = ?, revision = revision + 1 WHERE id = ? AND owner = ? AND "
                       "form_id = ? AND form_version = ? AND deleted_at IS NULL"),
        {blob, m_key.keyId, QDateTime::currentMSecsSinceEpoch(),
         DraftValidity::stateName(validity.state), validity.errorCount, id, m_owner, formId,
         formVersion});
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return notFound(id);
    return transaction.commit();
}

Status DraftStore::setTitle(const QString &id, const QString &title)
{
    auto current = load(id);
    if (!current)
        return current.error();
    if (current->info.deleted.isValid())
        return notFound(id);
    QByteArray meta = metaJson(title, current->onBehalfOf, current->setAside);
    const QByteArray sealed =
        seal(QStringLiteral("meta"), id, current->info.formId, current->info.formVersion, meta);
    wipe(meta);
    wipe(current->document);
    return setColumn(id, "meta = ?, updated_at = ?", {sealed, QDateTime::currentMSecsSinceEpoch()});
}

Status DraftStore::migrate(const QString &id, int formVersion, const QByteArray &document,
                           DraftValidity validity, const QJsonArray &setAside)
{
    auto current = load(id);
    if (!current)
        return current.error();
    wipe(current->document);
    if (current->info.deleted.isValid())
        return notFound(id);
    QJsonArray aside = current->setAside;
    for (const QJsonValue &value : setAside)
        aside.append(value);
    const QString formId = current->info.formId;
    QByteArray meta = metaJson(current->info.title, current->onBehalfOf, aside);
    const QByteArray sealedMeta = seal(QStringLiteral("meta"), id, formId, formVersion, meta);
    wipe(meta);
    const QByteArray blob = seal(QStringLiteral("document"), id, formId, formVersion, document);
    Database::Transaction transaction(*m_db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    auto done = m_db->exec(
        QStringLiteral("UPDATE drafts SET form_version = ?, meta = ?, blob = ?, key_id = ?, "
                       "updated_at = ?, validity = ?, error_count = ?, revision = revision + 1 "
                       "WHERE id = ? AND owner = ? AND form_version = ? AND deleted_at IS NULL"),
        {formVersion, sealedMeta, blob, m_key.keyId, QDateTime::currentMSecsSinceEpoch(),
         DraftValidity::stateName(validity.state), validity.errorCount, id, m_owner,
         current->info.formVersion});
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return notFound(id); // changed meanwhile by another process: nothing written
    return transaction.commit();
}

Status DraftStore::setSyncState(const QString &id, SyncState state)
{
    return setColumn(id, "sync_state = ?", {syncStateName(state)});
}

Status DraftStore::setColumn(const QString &id, const char *assignment, const QVariantList &values)
{
    QVariantList bindings = values;
    bindings << id << m_owner;
    auto done = m_db->exec(QStringLiteral("UPDATE drafts SET %1 WHERE id = ? AND owner = ? AND "
                                          "deleted_at IS NULL")
                               .arg(QString::fromLatin1(assignment)),
                           bindings);
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return notFound(id);
    return success();
}

Expected<Draft> DraftStore::load(const QString &id) const
{
    auto q = m_db->exec(
        QStringLiteral("SELECT %1 FROM drafts WHERE id = ? AND owner = ?").arg(draftColumns),
        {id, m_owner});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(id);
    Draft draft;
    draft.info = readInfo(*q);
    if (q->value(ColKeyId).toString() != m_key.keyId)
        return otherKey(id);
    std::optional<QByteArray> meta =
        unseal(QStringLiteral("meta"), id, draft.info.formId, draft.info.formVersion,
               q->value(ColMeta).toByteArray());
    std::optional<Meta> parsed = meta ? parseMeta(std::move(*meta)) : std::nullopt;
    std::optional<QByteArray> document =
        unseal(QStringLiteral("document"), id, draft.info.formId, draft.info.formVersion,
               q->value(ColBlob).toByteArray());
    // The keyed hash must match the identity sealed in the row: a cleared or copied hash would
    // hide the draft from (or show it in) someone else's list.
    if (!parsed || !document ||
        onBehalfOfHash(parsed->onBehalfOf) != q->value(ColOnBehalfOfHash).toString()) {
        if (document)
            wipe(*document);
        qCWarning(lcDrafts) << "draft" << id << "failed authentication";
        return damaged(id);
    }
    draft.info.title = parsed->title;
    draft.onBehalfOf = parsed->onBehalfOf;
    draft.setAside = parsed->setAside;
    draft.document = std::move(*document);
    return draft;
}

Expected<std::vector<DraftInfo>> DraftStore::list(const ListOptions &options) const
{
    QString sql = QStringLiteral("SELECT %1 FROM drafts WHERE owner = ? AND deleted_at IS %2")
                      .arg(draftColumns.left(draftColumns.lastIndexOf(QLatin1Char(','))),
                           options.deleted ? QStringLiteral("NOT NULL") : QStringLiteral("NULL"));
    QVariantList bindings{m_owner};
    if (!options.onBehalfOf.isEmpty()) {
        sql += QStringLiteral(" AND on_behalf_of_hash = ?");
        bindings << onBehalfOfHash(options.onBehalfOf);
    }
    sql += QStringLiteral(" ORDER BY updated_at DESC, id");
    auto q = m_db->exec(sql, bindings);
    if (!q)
        return q.error();
    std::vector<DraftInfo> drafts;
    while (q->next()) {
        DraftInfo info = readInfo(*q);
        std::optional<QByteArray> meta;
        if (q->value(ColKeyId).toString() == m_key.keyId)
            meta = unseal(QStringLiteral("meta"), info.id, info.formId, info.formVersion,
                          q->value(ColMeta).toByteArray());
        std::optional<Meta> parsed = meta ? parseMeta(std::move(*meta)) : std::nullopt;
        if (parsed)
            info.title = parsed->title;
        else
            info.damaged = true;
        drafts.push_back(std::move(info));
    }
    return drafts;
}

Expected<QString> DraftStore::duplicate(const QString &id, const QString &title)
{
    auto original = load(id);
    if (!original)
        return original.error();
    if (original->info.deleted.isValid())
        return notFound(id);
    auto copy = create(original->info.formId, original->info.formVersion,
                       title.isEmpty() ? original->info.title : title, original->document,
                       original->onBehalfOf, original->info.validity);
    wipe(original->document);
    return copy;
}

Status DraftStore::remove(const QString &id)
{
    auto done = m_db->exec(QStringLiteral("UPDATE drafts SET deleted_at = ? WHERE id = ? AND "
                                          "owner = ? AND deleted_at IS NULL"),
                           {QDateTime::currentMSecsSinceEpoch(), id, m_owner});
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return notFound(id);
    return success();
}

Status DraftStore::restore(const QString &id)
{
    auto done = m_db->exec(QStringLiteral("UPDATE drafts SET deleted_at = NULL WHERE id = ? AND "
                                          "owner = ? AND deleted_at IS NOT NULL"),
                           {id, m_owner});
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return notFound(id);
    return success();
}

Expected<int> DraftStore::purgeDeleted(const QDateTime &deletedBefore)
{
    auto done = m_db->exec(QStringLiteral("DELETE FROM drafts WHERE owner = ? AND deleted_at IS "
                                          "NOT NULL AND deleted_at < ?"),
                           {m_owner, deletedBefore.toMSecsSinceEpoch()});
    if (!done)
        return done.error();
    return done->numRowsAffected();
}

Status DraftStore::exportDraft(const QString &id, const QString &file,
                               const QString &passphrase) const
{
    auto draft = load(id);
    if (!draft)
        return draft.error();
    DraftFile::Content content{draft->info.formId,  draft->info.formVersion, draft->info.title,
                               draft->onBehalfOf,   draft->document,         draft->info.validity,
                               draft->info.created, draft->info.updated};
    wipe(draft->document);
    auto sealed = DraftFile::seal(content, passphrase);
    wipe(content.document);
    if (!sealed)
        return sealed.error();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(*sealed) != sealed->size() || !out.commit())
        return Error{QString::fromLatin1(errors::fileUnwritable),
                     QCoreApplication::translate("guichet::drafts", "Cannot write \"%1\": %2")
                         .arg(file, out.errorString()),
                     {file}};
    return success();
}

Expected<QString> DraftStore::importDraft(const QString &file, const QString &passphrase)
{
    QFile in(file);
    // An exported draft is a document plus a little: refuse what cannot be one before reading.
    constexpr qint64 maxSize = qint64(1) << 30;
    if (!in.open(QIODevice::ReadOnly) || in.size() > maxSize)
        return Error{QString::fromLatin1(errors::fileUnreadable),
                     QCoreApplication::translate("guichet::drafts", "Cannot read \"%1\": %2")
                         .arg(file, in.errorString()),
                     {file}};
    auto content = DraftFile::open(in.readAll(), passphrase);
    if (!content)
        return content.error();
    auto id = create(content->formId, content->formVersion, content->title, content->document,
                     content->onBehalfOf, content->validity);
    wipe(content->document);
    return id;
}

} // namespace guichet::drafts
